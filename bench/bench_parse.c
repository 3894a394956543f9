// bench_parse.c: the front end's benchmarks. The six cases the Python reference implementation
// was timed on (text to syntax graph, compared with its medians), the throughput on about 10 MB
// of generated, realistic ClaudeLang, and the memory the syntax graph takes per node.
//
//   bench_parse [--json FILE] [--filter TEXT] [--samples N] [--quick] [--check]
#include "harness.h"
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
    Tree tree;
} ParseCase;

static void run_parse(void *context, uint64_t iterations)
{
    ParseCase *c = context;
    for (uint64_t i = 0; i < iterations; i++) {
        if (c->fresh_tree) {
            Tree tree;
            cl_tree_init(&tree);
            cl_parse(&tree, "bench.cl", c->source, c->length);
            bench_keep(tree.nodes);
            cl_tree_fini(&tree);
        } else {
            cl_parse(&c->tree, "bench.cl", c->source, c->length);
            bench_keep(c->tree.nodes);
        }
    }
}

// The text must parse without diagnostics into the expected first form and node count.
static const char *check_parse(void *context)
{
    static char problem[160];
    ParseCase *c = context;
    if (!cl_parse(&c->tree, "bench.cl", c->source, c->length)) {
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
    *length = s.length;
    return s.text;
}

// ---------------------------------------------------------------------------------------------

// The reference's medians (µs per parse, Python implementation) for the six small cases.
static const struct {
    const char *name;
    const char *source;
    NodeKind first_kind;
    uint32_t nodes;
    double python_us;
} small_cases[] = {
    {"parse/add", "(+ 1 2)", NODE_CALL, 6, 19.0},
    {"parse/nested_arith", "(* (+ 1 2) (- 4 3))", NODE_CALL, 12, 48.9},
    {"parse/lambda", "(lambda (x y) (+ x y))", NODE_LAMBDA, 10, 28.1},
    {"parse/let", "(let ((x 10) (y 20)) (+ x y))", NODE_LET, 13, 38.0},
    {"parse/list", "[1 2 3 4 5 6 7 8 9 10]", NODE_LIST, 13, 113.4},
    {"parse/recursive_map",
     "(let ((map (lambda (f xs) (if (empty? xs) [] (cons (f (head xs)) (map f (tail xs)))))))\n"
     "  (map (lambda (x) (* x 2)) [1 2 3 4 5]))",
     NODE_LET, 42, 211.9},
};

// Parses the big text once more and records the storage the tree takes per node.
static void memory_metrics(BenchSuite *suite, ParseCase *big)
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

int main(int argc, char **argv)
{
    BenchOptions options;
    bench_options_default(&options);
    int status;
    if (!bench_parse_options(&options, argc, argv, "bench_parse", NULL, &status))
        return status;

    BenchSuite suite;
    bench_suite_init(&suite, "parse", &options);
    size_t count = sizeof small_cases / sizeof small_cases[0];
    ParseCase cases[sizeof small_cases / sizeof small_cases[0]];
    BenchCase benches[sizeof small_cases / sizeof small_cases[0]];
    for (size_t i = 0; i < count; i++) {
        cases[i] = (ParseCase){small_cases[i].source, strlen(small_cases[i].source),
                               small_cases[i].first_kind, small_cases[i].nodes, false, {0}};
        cl_tree_init(&cases[i].tree);
        benches[i] = (BenchCase){small_cases[i].name, "parse", run_parse, check_parse, &cases[i],
                                 small_cases[i].python_us * 1000, "python", 0};
        bench_run(&suite, &benches[i]);
    }

    size_t length = 0;
    char *program = generate_program(10u << 20, &length);
    if (!program) {
        fputs("bench_parse: out of memory\n", stderr);
        return 1;
    }
    ParseCase big = {program, length, NODE_DEFINE, 0, true, {0}};
    ParseCase reused = {program, length, NODE_DEFINE, 0, false, {0}};
    cl_tree_init(&big.tree);
    cl_tree_init(&reused.tree);
    BenchCase throughput = {"parse/10mb", "file", run_parse, check_parse, &big, 0, NULL, length};
    BenchCase steady = {"parse/10mb_reused_tree", "file", run_parse, check_parse, &reused, 0,
                        NULL, length};
    bench_run(&suite, &throughput);
    bench_run(&suite, &steady);
    if (!options.check_only)
        memory_metrics(&suite, &big);

    status = bench_report(&suite);
    for (size_t i = 0; i < count; i++)
        cl_tree_fini(&cases[i].tree);
    cl_tree_fini(&big.tree);
    cl_tree_fini(&reused.tree);
    free(program);
    bench_suite_fini(&suite);
    return status;
}
