// parse_cases.c: the front end's benchmark cases, shared by bench_parse and `claudelang bench`.
// The six cases the Python reference implementation was timed on (text to syntax graph), the
// throughput on generated, realistic ClaudeLang, and the memory the syntax graph takes per node.
#include "toolkit.h"
#include "syntax/syntax.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// One text parsed again and again into a reused tree (no allocation after the first parse).
typedef struct ParseCase {
    const char *source;
    size_t length;
    NodeKind first_kind; // what the first top-level form must be
    uint32_t nodes;      // how many nodes the tree must have (0: any)
    bool fresh_tree;     // parse into a new tree each time (allocation included)
    bool padded;         // the text is padded as a file read by the CLI: cl_parse_padded
    Tree tree;
} ParseCase;

// Parses the case's text into `tree` once, as its caller would (a file read by the CLI is
// padded and parsed in place; an in-memory string is copied by cl_parse).
static bool parse_case(Tree *tree, const ParseCase *c)
{
    return c->padded ? cl_parse_padded(tree, "bench.cl", c->source, c->length)
                     : cl_parse(tree, "bench.cl", c->source, c->length);
}

// Parses the case's text `iterations` times (into a fresh tree each time when asked).
static void run_parse(void *context, uint64_t iterations)
{
    ParseCase *c = context;
    for (uint64_t i = 0; i < iterations; i++) {
        if (c->fresh_tree) {
            Tree tree;
            cl_tree_init(&tree);
            parse_case(&tree, c);
            bench_keep(tree.nodes);
            cl_tree_fini(&tree);
        } else {
            parse_case(&c->tree, c);
            bench_keep(c->tree.nodes);
        }
    }
}

// The text must parse without diagnostics into the expected first form and node count.
static const char *check_parse(void *context)
{
    static char problem[160];
    ParseCase *c = context;
    if (!parse_case(&c->tree, c)) {
        snprintf(problem, sizeof problem, "%u diagnostics, first: %s", c->tree.diags.count,
                 c->tree.diags.items[0].message);
        return problem;
    }
    if (cl_tree_kid_count(&c->tree, 1) == 0 ||
        cl_tree_node(&c->tree, cl_tree_kid(&c->tree, 1, 0))->kind != c->first_kind) {
        snprintf(problem, sizeof problem, "the first form is not a %s",
                 cl_node_kind_name(c->first_kind));
        return problem;
    }
    if (c->nodes && c->tree.node_count != c->nodes) {
        snprintf(problem, sizeof problem, "%u nodes, expected %u", c->tree.node_count, c->nodes);
        return problem;
    }
    return NULL;
}

// ---------------------------------------------------------------------------------------------
// A realistic program text of any size

// A small deterministic generator (xorshift64), so every run parses the same text.
static uint64_t next_random(uint64_t *state)
{
    uint64_t x = *state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *state = x;
}

typedef struct Source {
    char *text;
    size_t length, capacity;
} Source;

// Appends `length` bytes of `text` (a snprintf result) to the source; false when out of memory
// or when `length` is negative (a formatting error).
static bool append(Source *s, const char *text, int length)
{
    if (length < 0)
        return false;
    if (s->length + (size_t)length + 1 > s->capacity) {
        size_t capacity = (s->length + (size_t)length + 1) * 2;
        char *bigger = realloc(s->text, capacity);
        if (!bigger)
            return false;
        s->text = bigger;
        s->capacity = capacity;
    }
    memcpy(s->text + s->length, text, (size_t)length);
    s->length += (size_t)length;
    s->text[s->length] = '\0';
    return true;
}

// One of six kinds of top-level form, numbered `i`: functions with recursion, let/lambda, data
// and match, contracts, list patterns, and calls with strings, floats and ascriptions; with
// comments, indentation and names like those of real programs.
static int write_form(char *out, size_t size, uint64_t i, uint64_t *state)
{
    static const char *const names[] = {"total", "count", "items", "result", "acc", "value",
                                        "node",  "left",  "right", "key",    "index", "limit"};
    const char *name = names[next_random(state) % 12];
    unsigned number = (unsigned)(next_random(state) % 1000000);
    switch (i % 6) {
    case 0:
        return snprintf(out, size,
                        ";; Adds up a list of %s, recursively.\n"
                        "(define (sum-%llu xs)\n"
                        "  (if (empty? xs)\n"
                        "      0\n"
                        "      (+ (head xs) (sum-%llu (tail xs)))))\n\n",
                        name, (unsigned long long)i, (unsigned long long)i);
    case 1:
        return snprintf(out, size,
                        "(let ((map-%llu (lambda (f xs)\n"
                        "                 (if (empty? xs) [] (cons (f (head xs)) (map-%llu f "
                        "(tail xs))))))\n"
                        "      (%s [1 2 3 4 5 %u]))\n"
                        "  (io:print \"result:\" (map-%llu (lambda (x) (* x %u)) %s)))\n\n",
                        (unsigned long long)i, (unsigned long long)i, name, number,
                        (unsigned long long)i, number % 9 + 2, name);
    case 2:
        return snprintf(out, size,
                        "(data Shape%llu (Circle%llu Float) (Rect%llu Float Float) (Empty%llu))\n"
                        "(define (area-%llu s)\n"
                        "  (match s\n"
                        "    ((Circle%llu r) (* 3.14159 (* r r)))\n"
                        "    ((Rect%llu w h) (* w h))\n"
                        "    (Empty%llu 0.0)))\n\n",
                        (unsigned long long)i, (unsigned long long)i, (unsigned long long)i,
                        (unsigned long long)i, (unsigned long long)i, (unsigned long long)i,
                        (unsigned long long)i, (unsigned long long)i);
    case 3:
        return snprintf(out, size,
                        "(spec:contract clamp-%llu\n"
                        "  :requires [(number? x) (<= lo hi)]\n"
                        "  :ensures [(>= result lo) (<= result hi)])\n"
                        "(define (clamp-%llu x lo hi) ; keep x within [lo, hi]\n"
                        "  (if (< x lo) lo (if (> x hi) hi x)))\n\n",
                        (unsigned long long)i, (unsigned long long)i);
    case 4:
        return snprintf(out, size,
                        "(define (describe-%llu %s)\n"
                        "  (match %s\n"
                        "    ([] \"empty\")\n"
                        "    ([x] (string-append \"one: \" (to-string x)))\n"
                        "    ([x y ... rest] (string-append \"many, from \" (to-string x)))))\n\n",
                        (unsigned long long)i, name, name);
    default:
        return snprintf(out, size,
                        "(define config-%llu (dict-set (dict-new) \"name\" \"service-%llu\"))\n"
                        "(io:print (string-join \", \" [\"alpha\" \"beta\"]) %u.%03u "
                        "(: %u Int))\n\n",
                        (unsigned long long)i, (unsigned long long)i, number % 100, number % 1000,
                        number % 997);
    }
}

// Generates about `size` bytes of program text. NULL when out of memory.
static char *generate_program(size_t size, size_t *length)
{
    Source s = {0};
    uint64_t state = 0x9E3779B97F4A7C15ull;
    char form[1024];
    for (uint64_t i = 0; s.length < size; i++)
        if (!append(&s, form, write_form(form, sizeof form, i, &state))) {
            free(s.text);
            return NULL;
        }
    static const char padding[CL_LEX_PADDING]; // NUL bytes, as cli_read_file adds them
    if (!append(&s, padding, CL_LEX_PADDING)) {
        free(s.text);
        return NULL;
    }
    *length = s.length - CL_LEX_PADDING;
    return s.text;
}

// ---------------------------------------------------------------------------------------------

// The six cases the Python implementation was timed on (its figures are in
// bench/python_baseline.json under the same names).
static const struct {
    const char *name;
    const char *source;
    NodeKind first_kind;
    uint32_t nodes;
} small_cases[] = {
    {"parse/add", "(+ 1 2)", NODE_CALL, 6},
    {"parse/nested_arith", "(* (+ 1 2) (- 4 3))", NODE_CALL, 12},
    {"parse/lambda", "(lambda (x y) (+ x y))", NODE_LAMBDA, 10},
    {"parse/let", "(let ((x 10) (y 20)) (+ x y))", NODE_LET, 13},
    {"parse/list", "[1 2 3 4 5 6 7 8 9 10]", NODE_LIST, 13},
    {"parse/recursive_map",
     "(let ((map (lambda (f xs) (if (empty? xs) [] (cons (f (head xs)) (map f (tail xs)))))))\n"
     "  (map (lambda (x) (* x 2)) [1 2 3 4 5]))",
     NODE_LET, 42},
};
#define SMALL_CASE_COUNT (sizeof small_cases / sizeof small_cases[0])

// Parses the big text once more and records the storage the tree takes per node.
static void memory_metrics(BenchSuite *suite, const ParseCase *big)
{
    Tree tree;
    cl_tree_init(&tree);
    cl_parse(&tree, "bench.cl", big->source, big->length);
    double nodes = tree.node_count;
    double used = (double)tree.node_count * sizeof(Node) + (double)tree.kid_count * sizeof(NodeId);
    double allocated =
        (double)tree.node_capacity * sizeof(Node) + (double)tree.kid_capacity * sizeof(NodeId);
    bench_metric(suite, "nodes", nodes, "nodes in the 10 MB tree");
    bench_metric(suite, "source_bytes_per_node", (double)big->length / nodes, "bytes");
    bench_metric(suite, "tree_bytes_per_node", used / nodes, "bytes (nodes + kid ids, used)");
    bench_metric(suite, "allocated_bytes_per_node", allocated / nodes,
                 "bytes (including spare capacity)");
    bench_metric(suite, "node_size", sizeof(Node), "bytes");
    cl_tree_fini(&tree);
}

struct ParseCases {
    ParseCase small[SMALL_CASE_COUNT];
    BenchCase small_benches[SMALL_CASE_COUNT];
    char *program;          // the generated text, or NULL when no throughput cases
    ParseCase big, reused;
    BenchCase throughput, steady;
};

ParseCases *bench_parse_cases_new(size_t big_bytes)
{
    ParseCases *cases = calloc(1, sizeof *cases);
    if (!cases)
        return NULL;
    for (size_t i = 0; i < SMALL_CASE_COUNT; i++) {
        cases->small[i] = (ParseCase){small_cases[i].source, strlen(small_cases[i].source),
                                      small_cases[i].first_kind, small_cases[i].nodes, false, false,
                                      {0}};
        cl_tree_init(&cases->small[i].tree);
        cases->small_benches[i] = (BenchCase){small_cases[i].name, "parse", run_parse,
                                              check_parse, &cases->small[i], 0, NULL, 0};
    }
    cl_tree_init(&cases->big.tree);
    cl_tree_init(&cases->reused.tree);
    if (big_bytes == 0)
        return cases;
    size_t length = 0;
    cases->program = generate_program(big_bytes, &length);
    if (!cases->program) {
        bench_parse_cases_free(cases);
        return NULL;
    }
    cases->big = (ParseCase){cases->program, length, NODE_DEFINE, 0, true, true, cases->big.tree};
    cases->reused =
        (ParseCase){cases->program, length, NODE_DEFINE, 0, false, true, cases->reused.tree};
    cases->throughput = (BenchCase){big_bytes >= (10u << 20) ? "parse/10mb" : "parse/1mb", "file",
                                    run_parse, check_parse, &cases->big, 0, NULL, length};
    cases->steady = (BenchCase){big_bytes >= (10u << 20) ? "parse/10mb_reused_tree"
                                                         : "parse/1mb_reused_tree",
                                "file", run_parse, check_parse, &cases->reused, 0, NULL, length};
    return cases;
}

void bench_parse_cases_run(ParseCases *cases, BenchSuite *suite, json_t *python)
{
    for (size_t i = 0; i < SMALL_CASE_COUNT; i++) {
        BenchCase *bench = &cases->small_benches[i];
        bench->baseline_ns = bench_python_ns(python, bench->name);
        bench->baseline = bench->baseline_ns > 0 ? "python" : NULL;
        bench_run(suite, bench);
    }
    if (!cases->program)
        return;
    bench_run(suite, &cases->throughput);
    bench_run(suite, &cases->steady);
    if (!suite->options.check_only)
        memory_metrics(suite, &cases->big);
}

void bench_parse_cases_free(ParseCases *cases)
{
    if (!cases)
        return;
    for (size_t i = 0; i < SMALL_CASE_COUNT; i++)
        cl_tree_fini(&cases->small[i].tree);
    cl_tree_fini(&cases->big.tree);
    cl_tree_fini(&cases->reused.tree);
    free(cases->program);
    free(cases);
}

int bench_suite_parse(const BenchPlan *plan, json_t *results)
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
    ParseCases *cases = bench_parse_cases_new(plan->quick || plan->verify ? 1u << 20 : 10u << 20);
    if (!cases) {
        fputs("claudelang bench: out of memory\n", stderr);
        return 1;
    }
    bench_progress(plan, "  parse/* (in process)");
    BenchSuite suite;
    bench_suite_init(&suite, "parse", &options);
    bench_parse_cases_run(cases, &suite, plan->python);
    int failed = bench_results_from_suite(&suite, plan->python, results);
    bench_suite_fini(&suite);
    bench_parse_cases_free(cases);
    return failed;
}
