// vm_cases.c: the interpreter and VM micro cases, measured in process through the embedding API
// (claudelang.h). The programs are the ones the Python implementation's baseline capture timed
// (tools/capture_baseline.py there): it parsed each program once and timed interpreting the
// parsed graph, or executing the compiled bytecode. Here each program is compiled once into a
// function of no arguments and the call is timed, with the optimizer off so that the arithmetic
// really happens (`interp/` and `vm/`); `eval/` times the whole pipeline from source text.
#include "toolkit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claudelang.h"

// How a case runs: a precompiled function called through cl_call, the whole source text run
// with cl_run_string, or a fresh interpreter opened and closed.
typedef enum VmMode { VM_CALL, VM_EVAL, VM_STARTUP } VmMode;

typedef struct VmCase {
    const char *name;
    const char *source;   // the program (VM_CALL: the body of the timed function)
    const char *expected; // the written form of its value
    VmMode mode;
    ClState *S;
    char problem[256];
} VmCase;

static const char fib10[] =
    "(let ((fib (lambda (n) (if (<= n 1) n (+ (fib (- n 1)) (fib (- n 2)))))))\n"
    "  (fib 10))";
static const char list_map[] =
    "(let ((map (lambda (f lst) (if (empty? lst) [] (cons (f (head lst)) (map f (tail lst))))))\n"
    "      (double (lambda (x) (* x 2))))\n"
    "  (map double [1 2 3 4 5]))";
static const char fact15[] =
    "(let ((fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1)))))))\n"
    "  (fact 15))";
static const char list_sum[] =
    "(let ((sum (lambda (lst) (if (empty? lst) 0 (+ (head lst) (sum (tail lst)))))))\n"
    "  (sum [1 2 3 4 5 6 7 8 9 10]))";

// The cases; the Python figures are in bench/python_baseline.json under the same names.
static VmCase vm_cases[] = {
    {"interp/arith", "(+ (* 2 3) (* 4 5))", "26", VM_CALL, NULL, ""},
    {"interp/fib10", fib10, "55", VM_CALL, NULL, ""},
    {"interp/list_map", list_map, "[2 4 6 8 10]", VM_CALL, NULL, ""},
    {"interp/fact15", fact15, "1307674368000", VM_CALL, NULL, ""},
    {"vm/arith", "(+ (* 2 3) (* 4 5))", "26", VM_CALL, NULL, ""},
    {"vm/function_call", "(let ((square (lambda (x) (* x x)))) (square 7))", "49", VM_CALL, NULL,
     ""},
    {"vm/list_sum", list_sum, "55", VM_CALL, NULL, ""},
    {"eval/add", "(+ 1 2)", "3", VM_EVAL, NULL, ""},
    {"eval/fib10", fib10, "55", VM_EVAL, NULL, ""},
    {"eval/list_map", list_map, "[2 4 6 8 10]", VM_EVAL, NULL, ""},
    {"api/open_close", "", "", VM_STARTUP, NULL, ""},
};
#define VM_CASE_COUNT (sizeof vm_cases / sizeof vm_cases[0])

// Times `iterations` runs of the case.
static void run_vm_case(void *context, uint64_t iterations)
{
    VmCase *c = context;
    size_t length = strlen(c->source);
    for (uint64_t i = 0; i < iterations; i++) {
        ClStatus status = CL_OK;
        if (c->mode == VM_CALL)
            status = cl_call(c->S, 0, 1, 0, 1);
        else if (c->mode == VM_EVAL)
            status = cl_run_string(c->S, "bench.cl", c->source, length);
        else
            cl_close(cl_open(NULL));
        bench_keep(&status);
    }
}

// Records a problem of the case and returns its text.
static const char *problem(VmCase *c, const char *what, const char *detail)
{
    snprintf(c->problem, sizeof c->problem, "%s%s%.*s", what, detail ? ": " : "", 200,
             detail ? detail : "");
    return c->problem;
}

// Opens the case's interpreter and, for VM_CALL, compiles its function into slot 0; then runs
// it once and checks the written form of its value.
static const char *check_vm_case(void *context)
{
    VmCase *c = context;
    if (c->mode == VM_STARTUP)
        return NULL;
    ClConfig config;
    cl_config_init(&config);
    config.no_optimize = c->mode == VM_CALL;
    c->S = cl_open(&config);
    if (!c->S || cl_ensure_slots(c->S, 2) != CL_OK)
        return problem(c, "cannot open an interpreter", NULL);
    char source[1024];
    snprintf(source, sizeof source, c->mode == VM_CALL ? "(lambda () %s)" : "%s", c->source);
    if (cl_run_string(c->S, "bench.cl", source, strlen(source)) != CL_OK)
        return problem(c, "the program fails", cl_error_message(c->S));
    uint32_t result = 0;
    if (c->mode == VM_CALL) {
        if (cl_call(c->S, 0, 1, 0, 1) != CL_OK)
            return problem(c, "the call fails", cl_error_message(c->S));
        result = 1;
    }
    char *text = cl_write_slot(c->S, result);
    bool same = text && strcmp(text, c->expected) == 0;
    if (!same)
        problem(c, "wrong value", text ? text : "(none)");
    free(text);
    return same ? NULL : c->problem;
}

int bench_suite_vm(const BenchPlan *plan, json_t *results)
{
    BenchOptions options;
    bench_options_default(&options);
    if (plan->quick) {
        options.warmup_seconds = 0.02;
        options.samples = 7;
        options.max_seconds = 0.3;
    }
    options.check_only = plan->verify;
    options.filter = plan->filter;
    options.quiet = true;
    options.cpu_clock = true;
    BenchSuite suite;
    bench_suite_init(&suite, "vm", &options);
    BenchCase benches[VM_CASE_COUNT];
    for (size_t i = 0; i < VM_CASE_COUNT; i++) {
        VmCase *c = &vm_cases[i];
        double python_ns = bench_python_ns(plan->python, c->name);
        benches[i] = (BenchCase){c->name, c->mode == VM_STARTUP ? "open+close" : "run",
                                 run_vm_case, check_vm_case, c, python_ns,
                                 python_ns > 0 ? "python" : NULL, 0};
        if (!bench_name_matches(plan->filter, c->name))
            continue;
        bench_progress(plan, "  %s", c->name);
        bench_run(&suite, &benches[i]);
        cl_close(c->S);
        c->S = NULL;
    }
    int failed = bench_results_from_suite(&suite, plan->python, results);
    bench_suite_fini(&suite);
    return failed;
}
