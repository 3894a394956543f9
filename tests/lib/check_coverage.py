#!/usr/bin/env python3
"""check_coverage.py SOURCE_DIR: every public builtin of the standard library is exercised by
a case of its own under tests/lang (beyond the shared conformance suite), has an error path
there (a case whose .err names the expected KIND, or one that catches errors with error:catch,
error:try or with-handler), and is documented on a page of docs/lib.

The builtins are read from the library's registration tables in src/lib/*.c (rows of the form
{"name", function, min, max, ...}) and from the top-level definitions of src/lib/prelude.cl;
names starting with % are private intrinsics. Prints what is missing and exits 1 if anything is.
"""
import glob
import os
import re
import sys

TOKEN = re.compile(r'[^\s()\[\]{}",;]+')
CATCHERS = {"error:catch", "error:try", "with-handler"}


def builtin_names(source):
    names = set()
    row = re.compile(r'^\s+\{"([^"]+)", [A-Za-z_0-9]+, -?[0-9]+, -?[0-9]+', re.M)
    for path in glob.glob(os.path.join(source, "src/lib/*.c")):
        with open(path, encoding="utf-8") as f:
            names.update(row.findall(f.read()))
    with open(os.path.join(source, "src/lib/prelude.cl"), encoding="utf-8") as f:
        names.update(re.findall(r'^\(define \(([^\s()]+)', f.read(), re.M))
    return {n for n in names if not n.startswith("%")}


def case_tokens(source):
    """(tokens, has_error_path) for every case of tests/lang, comments and strings left out."""
    cases = []
    for path in glob.glob(os.path.join(source, "tests/lang/**/*.cl"), recursive=True):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = re.sub(r'"(\\.|[^"\\])*"', " ", f.read())
        text = re.sub(r";[^\n]*", " ", text)
        tokens = set(TOKEN.findall(text))
        error_path = os.path.exists(path[:-3] + ".err") or bool(tokens & CATCHERS)
        cases.append((tokens, error_path))
    return cases


def documented(source):
    text = ""
    for path in glob.glob(os.path.join(source, "docs/lib/*.md")):
        with open(path, encoding="utf-8") as f:
            text += f.read()
    return set(TOKEN.findall(text.replace("`", " ")))


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "."
    names = sorted(builtin_names(source))
    if len(names) < 100:
        print(f"FAIL: only {len(names)} builtins found; has the table format changed?")
        return 1
    cases = case_tokens(source)
    docs = documented(source)
    problems = []
    for name in names:
        if not any(name in tokens for tokens, _ in cases):
            problems.append(f"{name}: no case under tests/lang uses it")
        elif not any(name in tokens for tokens, error in cases if error):
            problems.append(f"{name}: no error-path case under tests/lang")
        if name not in docs:
            problems.append(f"{name}: not documented in docs/lib")
    for problem in problems:
        print("FAIL " + problem)
    print(f"{len(names)} builtins checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
