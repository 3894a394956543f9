#!/usr/bin/env python3
"""capture_python.py: measures a checkout of the Python implementation of ClaudeLang
(beamsjr/FluentAI, later renamed ClaudeLang) on the benchmark cases that carry a Python figure,
the same way `claudelang bench` measures the C implementation, and writes a baseline file for
`claudelang bench --python FILE`.

    python3 bench/capture_python.py PATH/TO/CHECKOUT [--out FILE] [--quick] [--wall]

The cases are those of the Python implementation's own tools/capture_baseline.py (which
produced the published figures in bench/python_baseline.json): the six parser cases, the four
interpreter cases (parsed once, interpretation timed) and the VM cases (compiled once,
execution timed). Like the C harness, each case is checked (run once), warmed up for 0.2 s,
batched so that a sample lasts at least 1 ms, and sampled 31 times (at most 2 s); the figure is
the median of the thread's CPU time per operation (--wall: the monotonic clock). The mean is
kept too, since the published figures are means.
"""

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import time

PARSE_CASES = [
    ("parse/add", "(+ 1 2)"),
    ("parse/nested_arith", "(* (+ 1 2) (- 4 3))"),
    ("parse/lambda", "(lambda (x y) (+ x y))"),
    ("parse/let", "(let ((x 10) (y 20)) (+ x y))"),
    ("parse/list", "[1 2 3 4 5 6 7 8 9 10]"),
    ("parse/recursive_map",
     "(let ((map (lambda (f xs) (if (empty? xs) [] (cons (f (head xs)) (map f (tail xs)))))))\n"
     "  (map (lambda (x) (* x 2)) [1 2 3 4 5]))"),
]

FIB10 = ("(let ((fib (lambda (n) (if (<= n 1) n (+ (fib (- n 1)) (fib (- n 2)))))))\n"
         "  (fib 10))")
LIST_MAP = ("(let ((map (lambda (f lst) (if (empty? lst) [] (cons (f (head lst)) "
            "(map f (tail lst))))))\n      (double (lambda (x) (* x 2))))\n"
            "  (map double [1 2 3 4 5]))")
FACT15 = "(let ((fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))) (fact 15))"
LIST_SUM = ("(let ((sum (lambda (lst) (if (empty? lst) 0 (+ (head lst) (sum (tail lst)))))))\n"
            "  (sum [1 2 3 4 5 6 7 8 9 10]))")

INTERP_CASES = [
    ("interp/arith", "(+ (* 2 3) (* 4 5))", 26),
    ("interp/fib10", FIB10, 55),
    ("interp/list_map", LIST_MAP, [2, 4, 6, 8, 10]),
    ("interp/fact15", FACT15, 1307674368000),
]

VM_CASES = [
    ("vm/arith", "(+ (* 2 3) (* 4 5))", 26),
    ("vm/function_call", "(let ((square (lambda (x) (* x x)))) (square 7))", 49),
    ("vm/list_sum", LIST_SUM, 55),
]


def first_attribute(candidates):
    """Imports the first (module, attribute) of `candidates` that exists; None otherwise."""
    for module_name, attribute in candidates:
        try:
            module = __import__(module_name, fromlist=[attribute])
            return getattr(module, attribute)
        except (ImportError, AttributeError):
            continue
    return None


def plain(value):
    """The Python value inside an interpreter result (results wrap it in `.data` there)."""
    value = getattr(value, "data", value)
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


class Timer:
    """Measures like bench/harness.c: warm-up, calibrated batches, samples, median."""

    def __init__(self, quick, wall):
        self.clock = time.perf_counter if wall else time.thread_time
        self.warmup = 0.02 if quick else 0.2
        self.samples = 7 if quick else 31
        self.max_seconds = 0.3 if quick else 2.0
        self.min_sample = 0.001

    def calibrate(self, operation):
        iterations, start = 1, time.perf_counter()
        while True:
            before = self.clock()
            for _ in range(iterations):
                operation()
            elapsed = self.clock() - before
            if elapsed >= self.min_sample and time.perf_counter() - start >= self.warmup:
                return iterations
            if elapsed < self.min_sample:
                factor = self.min_sample / elapsed if elapsed > 0 else 1000
                iterations = int(iterations * min(10, factor * 1.2)) + 1

    def measure(self, operation):
        iterations = self.calibrate(operation)
        times, start = [], time.perf_counter()
        while len(times) < self.samples:
            before = self.clock()
            for _ in range(iterations):
                operation()
            times.append((self.clock() - before) * 1e9 / iterations)
            if len(times) >= 5 and time.perf_counter() - start > self.max_seconds:
                break
        times.sort()
        median = statistics.median(times)
        return {"us": median / 1000, "mean_us": statistics.mean(times) / 1000,
                "min_us": times[0] / 1000, "max_us": times[-1] / 1000,
                "samples": len(times), "iterations": iterations}


def capture(timer, results, cases, prepare, run, what):
    """Measures `run(prepare(source))` for every case; records failures instead of stopping."""
    for case in cases:
        name, source = case[0], case[1]
        try:
            prepared = prepare(source)
            value = plain(run(prepared))
            if len(case) > 2 and value != case[2]:
                print(f"  {name}: unexpected result {value!r} (expected {case[2]!r})",
                      file=sys.stderr)
            figures = timer.measure(lambda: run(prepared))
        except Exception as error:  # the checkout may lack a component or a builtin
            print(f"  {name}: not measured: {type(error).__name__}: {error}", file=sys.stderr)
            continue
        figures["what"] = f"{what}: {source.splitlines()[0]}"
        results[name] = figures
        print(f"  {name:24} {figures['us']:12.2f} us (median), {figures['mean_us']:.2f} us "
              f"(mean)", file=sys.stderr)


def checkout_commit(path):
    """The git commit of the checkout, or None."""
    try:
        return subprocess.check_output(["git", "-C", path, "rev-parse", "HEAD"], text=True,
                                       stderr=subprocess.DEVNULL).strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("checkout", help="path to a checkout of the Python implementation")
    parser.add_argument("--out", default="python_baseline.captured.json",
                        help="the baseline file to write")
    parser.add_argument("--quick", action="store_true", help="short samples (a smoke run)")
    parser.add_argument("--wall", action="store_true", help="time with the monotonic clock")
    args = parser.parse_args()

    checkout = os.path.abspath(args.checkout)
    if not os.path.isdir(os.path.join(checkout, "src")):
        sys.exit(f"capture_python.py: {checkout} has no src/ folder: not a checkout of the "
                 "Python implementation")
    sys.path.insert(0, checkout)
    sys.setrecursionlimit(100000)
    parse = first_attribute([("src.parser.sexpr_parser", "parse"), ("src.parser", "parse")])
    interpreter_class = first_attribute([("src.interpreter.interpreter", "Interpreter"),
                                         ("src.interpreter", "Interpreter")])
    compiler_class = first_attribute([("src.vm.compiler", "BytecodeCompiler"),
                                      ("src.vm", "BytecodeCompiler")])
    vm_class = first_attribute([("src.vm.vm", "VM"), ("src.vm", "VM")])
    if parse is None:
        sys.exit("capture_python.py: cannot import the parser (src.parser.sexpr_parser.parse)")

    timer = Timer(args.quick, args.wall)
    results = {}
    print("parser", file=sys.stderr)
    capture(timer, results, PARSE_CASES, lambda source: source, parse, "parse")
    if interpreter_class:
        interpreter = interpreter_class()
        print("interpreter", file=sys.stderr)
        capture(timer, results, INTERP_CASES, parse, interpreter.interpret,
                "interpret the parsed program")
    if compiler_class and vm_class:
        compiler, vm = compiler_class(), vm_class()
        print("vm", file=sys.stderr)
        capture(timer, results, VM_CASES, lambda source: compiler.compile(parse(source)),
                vm.execute, "execute the compiled program")

    baseline = {
        "format": "claudelang-python-baseline/1",
        "implementation": "ClaudeLang in Python (beamsjr/FluentAI, then ClaudeLang)",
        "source": f"captured by bench/capture_python.py from {checkout}",
        "captured": True,
        "statistic": "median",
        "clock": "monotonic" if args.wall else "thread CPU time",
        "method": "as bench/harness.c: warm-up, batches of at least 1 ms, "
                  f"{timer.samples} samples; us is the median, mean_us the mean",
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
                   f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "commit": checkout_commit(checkout),
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "unit": "us",
        "results": results,
    }
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump(baseline, out, indent=1)
        out.write("\n")
    print(f"wrote {args.out} ({len(results)} cases); use it with "
          f"`claudelang bench --python {args.out}`", file=sys.stderr)


if __name__ == "__main__":
    main()
