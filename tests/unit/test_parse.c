// test_parse.c: the parser. The layout of every node kind (syntax.h), every parse-error rule of
// LANGUAGE.md §2, §5, §6, §12-§14, recovery (several errors, no cascades), the nesting limit,
// positions, literal values, storage reuse and the dumps.
#include "syntax/syntax.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// ---------------------------------------------------------------------------------------------
// Helpers

// A growing text for the S-expression rendering of trees.
typedef struct Text {
    char *data;
    size_t length, capacity;
} Text;

static void put(Text *t, const char *s, size_t n)
{
    if (t->length + n + 1 > t->capacity) {
        t->capacity = (t->length + n + 1) * 2;
        t->data = realloc(t->data, t->capacity);
        cr_assert_not_null(t->data);
    }
    memcpy(t->data + t->length, s, n);
    t->length += n;
    t->data[t->length] = '\0';
}

static void puts_text(Text *t, const char *s)
{
    put(t, s, strlen(s));
}

// Renders node `id` compactly: atoms as their source text (pattern variables as ?x, the wildcard
// as ?_, type names as T:Name), forms as (KIND[flags]/extra kid ...).
static void render(const Tree *tree, NodeId id, Text *out)
{
    static const char *const flags[] = {NULL,      "parens",  "define-fn",  "begin",
                                        "rest",    "bare",    "exports",    "import-all",
                                        "import-list"};
    static const char *const clauses[] = {"requires", "ensures", "invariant", "complexity",
                                          "pure"};
    const Node *n = cl_tree_node(tree, id);
    uint32_t length;
    const char *text = cl_tree_text(tree, id, &length);
    switch (n->kind) {
    case NODE_INT:
    case NODE_FLOAT:
    case NODE_STRING:
    case NODE_TRUE:
    case NODE_FALSE:
    case NODE_NIL:
    case NODE_SYMBOL:
        put(out, text, length);
        return;
    case NODE_PAT_VAR:
        puts_text(out, "?");
        put(out, text, length);
        return;
    case NODE_PAT_WILDCARD:
        puts_text(out, "?_");
        return;
    case NODE_TYPE_NAME:
        puts_text(out, "T:");
        put(out, text, length);
        return;
    case NODE_ERROR:
        puts_text(out, "ERROR");
        return;
    default:
        break;
    }
    puts_text(out, "(");
    puts_text(out, cl_node_kind_name(n->kind));
    const char *separator = "[";
    for (unsigned bit = 1; bit < sizeof flags / sizeof flags[0]; bit++)
        if (n->flags & (1u << bit)) {
            puts_text(out, separator);
            puts_text(out, flags[bit]);
            separator = ",";
        }
    if (separator[0] == ',')
        puts_text(out, "]");
    char extra[32] = "";
    if (n->kind == NODE_LET || n->kind == NODE_DATA)
        snprintf(extra, sizeof extra, "/%u", n->extra);
    else if (n->kind == NODE_CLAUSE)
        snprintf(extra, sizeof extra, "/%s", n->extra < 5 ? clauses[n->extra] : "?");
    puts_text(out, extra);
    for (uint32_t i = 0; i < cl_tree_kid_count(tree, id); i++) {
        puts_text(out, " ");
        render(tree, cl_tree_kid(tree, id, i), out);
    }
    puts_text(out, ")");
}

// The rendering of the whole program: its top-level forms separated by spaces.
static char *render_program(const Tree *tree)
{
    Text out = {0};
    puts_text(&out, "");
    for (uint32_t i = 0; i < cl_tree_kid_count(tree, 1); i++) {
        if (i)
            puts_text(&out, " ");
        render(tree, cl_tree_kid(tree, 1, i), &out);
    }
    return out.data;
}

// Checks the invariants of syntax.h on every node reachable from the root: kids come before
// their parent, lie inside its span, are in source order (but for MODULE), and an INT with
// NF_INT_SMALL or an ERROR has no kids to walk. Returns the number of nodes reached.
static uint32_t check_node(const Tree *tree, NodeId id)
{
    const Node *n = cl_tree_node(tree, id);
    cr_assert_lt(id, tree->node_count);
    cr_assert_leq(n->span.start, n->span.end);
    cr_assert_leq(n->span.end, tree->length);
    if (n->kind == NODE_INT || n->kind == NODE_ERROR)
        return 1;
    uint32_t reached = 1, previous = n->span.start;
    for (uint32_t i = 0; i < n->count; i++) {
        NodeId kid = cl_tree_kid(tree, id, i);
        const Node *k = cl_tree_node(tree, kid);
        if (id != 1)
            cr_assert_lt(kid, id, "kid %u of %u", kid, id);
        cr_assert_geq(k->span.start, n->span.start);
        cr_assert_leq(k->span.end, n->span.end);
        if (n->kind != NODE_MODULE && !(n->flags & NF_DEFINE_FN))
            cr_assert_geq(k->span.start, previous, "kids of %s out of order",
                          cl_node_kind_name(n->kind));
        previous = k->span.start;
        reached += check_node(tree, kid);
    }
    return reached;
}

// Parses `source`, expects no diagnostic and the rendering `expected`.
static void expect_tree(const char *source, const char *expected)
{
    Tree tree;
    cl_tree_init(&tree);
    bool clean = cl_parse(&tree, "test.cl", source, strlen(source));
    for (uint32_t i = 0; i < tree.diags.count; i++)
        cr_log_error("%s: %s", source, tree.diags.items[i].message);
    cr_expect(clean, "%s: not clean", source);
    cr_expect_eq(tree.diags.count, 0);
    char *got = render_program(&tree);
    cr_expect_str_eq(got, expected, "%s", source);
    check_node(&tree, 1);
    free(got);
    cl_tree_fini(&tree);
}

// Parses `source` and expects a first diagnostic (in source order) at LINE:COL with `code` and a
// message containing `fragment`; `count` diagnostics in all (or any number when count < 0).
static void expect_error_count(const char *source, uint32_t line, uint32_t column,
                               const char *code, const char *fragment, int count)
{
    Tree tree;
    LineMap map;
    cl_tree_init(&tree);
    bool clean = cl_parse(&tree, "test.cl", source, strlen(source));
    cr_expect_not(clean, "%s: parsed cleanly", source);
    cr_assert_geq(tree.diags.count, 1, "%s: no diagnostic", source);
    cr_assert(cl_linemap_init(&map, source, strlen(source)));
    const Diagnostic *d = &tree.diags.items[0];
    Position at = cl_linemap_position(&map, d->span.start);
    cr_expect_eq(at.line, line, "%s: line %u (%s)", source, at.line, d->message);
    cr_expect_eq(at.column, column, "%s: column %u (%s)", source, at.column, d->message);
    cr_expect_str_eq(d->code, code, "%s: %s", source, d->message);
    cr_expect(strstr(d->message, fragment) != NULL, "%s: message '%s' lacks '%s'", source,
              d->message, fragment);
    cr_expect_eq(d->kind, 0, "parse-error");
    cr_expect(strchr(d->message, '\n') == NULL, "one line");
    if (count >= 0)
        cr_expect_eq(tree.diags.count, (uint32_t)count, "%s: %u diagnostics, first '%s'", source,
                     tree.diags.count, d->message);
    check_node(&tree, 1);
    cl_linemap_fini(&map);
    cl_tree_fini(&tree);
}

static void expect_error(const char *source, uint32_t line, uint32_t column, const char *code,
                         const char *fragment)
{
    expect_error_count(source, line, column, code, fragment, 1);
}

// ---------------------------------------------------------------------------------------------
// Expressions and layouts

Test(layout, atoms)
{
    expect_tree("1 -2 1.5 \"s\" #t #f true false nil x io:print",
                "1 -2 1.5 \"s\" #t #f true false nil x io:print");
    expect_tree("", "");
    expect_tree("; only a comment\n", "");
}

Test(layout, calls_and_lists)
{
    expect_tree("(+ 1 2)", "(CALL + 1 2)");
    expect_tree("((lambda (x) x) 1)", "(CALL (LAMBDA (PARAMS x) x) 1)");
    expect_tree("(1 2)", "(CALL 1 2)");
    expect_tree("(and a b) (or)", "(CALL and a b) (CALL or)");
    expect_tree("[1 [2] (f)]", "(LIST 1 (LIST 2) (CALL f))");
    expect_tree("[] ()", "(LIST) (LIST[parens])");
    expect_tree("[1, 2, 3]", "(LIST 1 2 3)");
    expect_tree("(_ x) (as) (* 2 3)", "(CALL _ x) (CALL as) (CALL * 2 3)");
}

Test(layout, let)
{
    expect_tree("(let ((x 1) (y (+ x 1))) (f x) y)",
                "(LET/2 (BINDING x 1) (BINDING y (CALL + x 1)) (CALL f x) y)");
    expect_tree("(let () 1)", "(LET/0 1)");
    expect_tree("(let ((x 1) (x 2)) x)", "(LET/2 (BINDING x 1) (BINDING x 2) x)");
}

Test(layout, define)
{
    expect_tree("(define x 1)", "(DEFINE x 1)");
    expect_tree("(define (f x y) (g x) y)",
                "(DEFINE[define-fn] f (LAMBDA (PARAMS x y) (CALL g x) y))");
    expect_tree("(define (thunk) 1)", "(DEFINE[define-fn] thunk (LAMBDA (PARAMS) 1))");
    expect_tree("(define map (lambda (f) f))", "(DEFINE map (LAMBDA (PARAMS f) f))");
}

Test(layout, define_function_spans)
{
    const char *source = "(define (f x) x)";
    Tree tree;
    cl_tree_init(&tree);
    cr_assert(cl_parse(&tree, "t", source, strlen(source)));
    NodeId define = cl_tree_kid(&tree, 1, 0);
    NodeId lambda = cl_tree_kid(&tree, define, 1);
    NodeId params = cl_tree_kid(&tree, lambda, 0);
    cr_expect_eq(cl_tree_node(&tree, lambda)->span.start, 0);
    cr_expect_eq(cl_tree_node(&tree, lambda)->span.end, 16);
    cr_expect_eq(cl_tree_node(&tree, params)->span.start, 8);
    cr_expect_eq(cl_tree_node(&tree, params)->span.end, 13);
    cl_tree_fini(&tree);
}

Test(layout, lambda_if_do)
{
    expect_tree("(lambda () 1)", "(LAMBDA (PARAMS) 1)");
    expect_tree("(lambda (a b) a b)", "(LAMBDA (PARAMS a b) a b)");
    expect_tree("(if c t e)", "(IF c t e)");
    expect_tree("(do) (do 1 2) (begin 3)", "(DO) (DO 1 2) (DO[begin] 3)");
}

Test(layout, match_and_patterns)
{
    expect_tree("(match x (1 a) (2.5 b) (\"s\" c) (#t d) (false e) (nil f) (_ g) (v v))",
                "(MATCH x (BRANCH 1 a) (BRANCH 2.5 b) (BRANCH \"s\" c) (BRANCH #t d) "
                "(BRANCH false e) (BRANCH nil f) (BRANCH ?_ g) (BRANCH ?v v))");
    expect_tree("(match x ([] 0) ([a b] a) ([h ... t] h) ([h ...t] t) ([... _] 0) ([...r] r))",
                "(MATCH x (BRANCH (PAT_LIST) 0) (BRANCH (PAT_LIST ?a ?b) a) "
                "(BRANCH (PAT_LIST[rest] ?h ?t) h) (BRANCH (PAT_LIST[rest] ?h ?t) t) "
                "(BRANCH (PAT_LIST[rest] ?_) 0) (BRANCH (PAT_LIST[rest] ?r) r))");
    expect_tree("(match x ((Some v) v) ((None) 0) (None 1) ((Pair (Just a) [b]) a))",
                "(MATCH x (BRANCH (PAT_CTOR Some ?v) v) (BRANCH (PAT_CTOR None) 0) "
                "(BRANCH (PAT_CTOR[bare] None) 1) "
                "(BRANCH (PAT_CTOR Pair (PAT_CTOR Just ?a) (PAT_LIST ?b)) a))");
    expect_tree("(match x ((y) y) (([a]) a) ((_) 0) (() 1) ((-3) 2))",
                "(MATCH x (BRANCH ?y y) (BRANCH (PAT_LIST ?a) a) (BRANCH ?_ 0) "
                "(BRANCH (PAT_LIST[parens]) 1) (BRANCH -3 2))");
    expect_tree("(match x)", "(MATCH x)");
    expect_tree("(match x ([_ _] 1) ([_x *acc* x? as] 2))",
                "(MATCH x (BRANCH (PAT_LIST ?_ ?_) 1) (BRANCH (PAT_LIST ?_x ?*acc* ?x? ?as) 2))");
    expect_tree("(match x (\xC3\x89t\xC3\xA9 1) (\xC3\xA9t\xC3\xA9 2))",
                "(MATCH x (BRANCH (PAT_CTOR[bare] \xC3\x89t\xC3\xA9) 1) "
                "(BRANCH ?\xC3\xA9t\xC3\xA9 2))");
}

Test(layout, rest_variable_span_is_the_name)
{
    const char *source = "(match x ([a ...rest] rest))";
    Tree tree;
    cl_tree_init(&tree);
    cr_assert(cl_parse(&tree, "t", source, strlen(source)));
    NodeId branch = cl_tree_kid(&tree, cl_tree_kid(&tree, 1, 0), 1);
    NodeId list = cl_tree_kid(&tree, branch, 0);
    NodeId rest = cl_tree_kid(&tree, list, 1);
    uint32_t length;
    const char *text = cl_tree_text(&tree, rest, &length);
    cr_expect_eq(length, 4);
    cr_expect(memcmp(text, "rest", 4) == 0);
    cl_tree_fini(&tree);
}

Test(layout, data_and_types)
{
    expect_tree("(data Shape (Circle Float) (Rect Float Float) (Empty))",
                "(DATA/0 Shape (CTOR_DECL Circle T:Float) (CTOR_DECL Rect T:Float T:Float) "
                "(CTOR_DECL Empty))");
    expect_tree("(data Maybe a (Nothing) (Just a))",
                "(DATA/1 Maybe a (CTOR_DECL Nothing) (CTOR_DECL Just T:a))");
    expect_tree("(data Pair a b (P (List a) (Function a b Int)))",
                "(DATA/2 Pair a b (CTOR_DECL P (TYPE_APP List T:a) (TYPE_APP Function T:a "
                "T:b T:Int)))");
    expect_tree("(data Void)", "(DATA/0 Void)");
    expect_tree("(: 1 Int) (: f (-> Int Int)) (: u (Unit))",
                "(ASCRIBE 1 T:Int) (ASCRIBE f (TYPE_APP -> T:Int T:Int)) (ASCRIBE u (TYPE_APP "
                "Unit))");
}

Test(layout, modules)
{
    expect_tree("(module shapes (export area perim) (tuple area perim))",
                "(MODULE[exports] shapes (CALL tuple area perim) area perim)");
    expect_tree("(module m 1)", "(MODULE m 1)");
    expect_tree("(module m (export) 1)", "(MODULE[exports] m 1)");
    expect_tree("(import \"a\") (import \"b\" *) (import \"c\" (x y as z (p as q)))",
                "(IMPORT \"a\") (IMPORT[import-all] \"b\") "
                "(IMPORT[import-list] \"c\" (RENAME x) (RENAME y z) (RENAME p q))");
    expect_tree("(import \"c\" ())", "(IMPORT[import-list] \"c\")");
    expect_tree("(export a b as c (d as e))", "(EXPORT (RENAME a) (RENAME b c) (RENAME d e))");
    expect_tree("(import \"p\" (as as as))", "(IMPORT[import-list] \"p\" (RENAME as as))");
}

Test(layout, import_star_is_not_a_kid)
{
    expect_tree("(import \"b\" *)", "(IMPORT[import-all] \"b\")");
}

Test(layout, effect_parallel_uncertain)
{
    expect_tree("(effect io:print \"x\" 1)", "(EFFECT io:print \"x\" 1)");
    expect_tree("(effect time:now)", "(EFFECT time:now)");
    expect_tree("(parallel) (parallel a (f))", "(PARALLEL) (PARALLEL a (CALL f))");
    expect_tree("(uncertain (0.5 a) (1 (f)))",
                "(UNCERTAIN (CHOICE 0.5 a) (CHOICE 1 (CALL f)))");
}

Test(layout, contracts)
{
    expect_tree("(spec:contract f :requires [(> x 0) (int? x)] :ensures [(>= result 0)] "
                ":invariant [] :complexity \"O(n)\" :pure #t :pre [a] :post [b] :pure false)",
                "(CONTRACT f (CLAUSE/requires (CALL > x 0) (CALL int? x)) "
                "(CLAUSE/ensures (CALL >= result 0)) (CLAUSE/invariant) "
                "(CLAUSE/complexity \"O(n)\") (CLAUSE/pure #t) (CLAUSE/requires a) "
                "(CLAUSE/ensures b) (CLAUSE/pure false))");
    expect_tree("(spec:contract g)", "(CONTRACT g)");
}

Test(layout, special_forms_nest_anywhere_but_modules)
{
    expect_tree("(f (data T (C)) (define x 1) (spec:contract f))",
                "(CALL f (DATA/0 T (CTOR_DECL C)) (DEFINE x 1) (CONTRACT f))");
}

Test(layout, big_program_invariants)
{
    const char *source =
        "; a program\n"
        "(data Tree (Leaf) (Node Tree Int Tree))\n"
        "(spec:contract insert :requires [(int? v)] :ensures [(not (nil? result))])\n"
        "(define (insert t v)\n"
        "  (match t\n"
        "    (Leaf (Node (Leaf) v (Leaf)))\n"
        "    ((Node l x r) (if (< v x) (Node (insert l v) x r) (Node l x (insert r v))))))\n"
        "(let ((xs [5 3 8 1]) (go (lambda (t ys) (match ys ([] t) ([y ... rest] (go (insert t "
        "y) rest))))))\n"
        "  (io:print (go (Leaf) xs) (: 1 Int) (uncertain (0.5 \"a\") (0.5 \"b\"))))\n";
    Tree tree;
    cl_tree_init(&tree);
    cr_assert(cl_parse(&tree, "t", source, strlen(source)));
    uint32_t reached = check_node(&tree, 1);
    cr_expect_eq(reached + 1, tree.node_count, "every node but NONE is reachable");
    cr_expect_eq(tree.comment_count, 1);
    cl_tree_fini(&tree);
}

// ---------------------------------------------------------------------------------------------
// Literal values

Test(values, small_and_big_integers)
{
    const char *source = "0 -0 007 9223372036854775807 -9223372036854775808 "
                         "9223372036854775808 -9223372036854775809 00000000000000000000000042 "
                         "123456789012345678901234567890";
    Tree tree;
    cl_tree_init(&tree);
    cr_assert(cl_parse(&tree, "t", source, strlen(source)));
    int64_t expected[] = {0, 0, 7, INT64_MAX, INT64_MIN};
    for (uint32_t i = 0; i < 5; i++) {
        NodeId id = cl_tree_kid(&tree, 1, i);
        cr_expect(cl_tree_node(&tree, id)->flags & NF_INT_SMALL, "literal %u", i);
        cr_expect_eq(cl_tree_int(&tree, id), expected[i], "literal %u", i);
    }
    cr_expect_not(cl_tree_node(&tree, cl_tree_kid(&tree, 1, 5))->flags & NF_INT_SMALL);
    cr_expect_not(cl_tree_node(&tree, cl_tree_kid(&tree, 1, 6))->flags & NF_INT_SMALL);
    NodeId padded = cl_tree_kid(&tree, 1, 7);
    cr_expect(cl_tree_node(&tree, padded)->flags & NF_INT_SMALL);
    cr_expect_eq(cl_tree_int(&tree, padded), 42);
    cr_expect_not(cl_tree_node(&tree, cl_tree_kid(&tree, 1, 8))->flags & NF_INT_SMALL);
    cr_expect_float_eq(cl_tree_float(&tree, cl_tree_kid(&tree, 1, 8)), 1.2345678901234568e29,
                       1e14);
    cl_tree_fini(&tree);
}

Test(values, floats)
{
    const char *source = "1.5 1. 1e3 -4e2 -0.0 1e400 2.5e-3 0.1";
    double expected[] = {1.5, 1.0, 1000.0, -400.0, -0.0, 0, 0.0025, 0.1};
    Tree tree;
    cl_tree_init(&tree);
    cr_assert(cl_parse(&tree, "t", source, strlen(source)));
    for (uint32_t i = 0; i < 8; i++) {
        double v = cl_tree_float(&tree, cl_tree_kid(&tree, 1, i));
        if (i == 5)
            cr_expect(v > 1e308 && v * 0 != v * 0, "1e400 is inf");
        else
            cr_expect_eq(v, expected[i], "literal %u: %g", i, v);
    }
    cr_expect(1 / cl_tree_float(&tree, cl_tree_kid(&tree, 1, 4)) < 0, "-0.0 is negative zero");
    cl_tree_fini(&tree);
}

Test(values, strings_decode_escapes)
{
    const char *source = "\"a\\\"b\\\\c\\nd\\te\" \"plain\" \"\"";
    Tree tree;
    cl_tree_init(&tree);
    cr_assert(cl_parse(&tree, "t", source, strlen(source)));
    char buffer[32];
    NodeId first = cl_tree_kid(&tree, 1, 0);
    cr_expect(cl_tree_node(&tree, first)->flags & NF_ESCAPES);
    uint32_t n = cl_tree_string(&tree, first, buffer, sizeof buffer);
    cr_expect_eq(n, 9);
    cr_expect(memcmp(buffer, "a\"b\\c\nd\te", 9) == 0);
    cr_expect_eq(cl_tree_string(&tree, first, buffer, 3), 9, "full length even when cut");
    n = cl_tree_string(&tree, cl_tree_kid(&tree, 1, 1), buffer, sizeof buffer);
    cr_expect_eq(n, 5);
    cr_expect(memcmp(buffer, "plain", 5) == 0);
    cr_expect_eq(cl_tree_string(&tree, cl_tree_kid(&tree, 1, 2), buffer, sizeof buffer), 0);
    cl_tree_fini(&tree);
}

Test(values, nonascii_flags)
{
    const char *source = "\"\xC3\xA9\" \xCE\xBB x";
    Tree tree;
    cl_tree_init(&tree);
    cr_assert(cl_parse(&tree, "t", source, strlen(source)));
    cr_expect(cl_tree_node(&tree, cl_tree_kid(&tree, 1, 0))->flags & NF_NONASCII);
    cr_expect(cl_tree_node(&tree, cl_tree_kid(&tree, 1, 1))->flags & NF_NONASCII);
    cr_expect_not(cl_tree_node(&tree, cl_tree_kid(&tree, 1, 2))->flags & NF_NONASCII);
    cl_tree_fini(&tree);
}

// ---------------------------------------------------------------------------------------------
// Parse errors, one rule at a time (LANGUAGE.md)

Test(errors, brackets)
{
    expect_error(")", 1, 1, "unexpected-closer", "unexpected `)`");
    expect_error("(io:print 1))", 1, 13, "unexpected-closer", "unexpected `)`");
    expect_error("(a)))]", 1, 4, "unexpected-closer", "3 unexpected closing brackets");
    expect_error("(io:print \"x\")\n(io:print (+ 1 2)\n", 2, 1, "unclosed", "unclosed `(`");
    expect_error("[1 2", 1, 1, "unclosed", "unclosed `[`");
    expect_error("(io:print [1 2 3)", 1, 17, "mismatched-bracket",
                 "found `)` where the `[` before it needs its `]`");
    expect_error("(1 2]", 1, 5, "mismatched-bracket", "`]` does not match the `(`");
    expect_error("[1 2)", 1, 5, "mismatched-bracket", "`)` does not match the `[`");
    expect_error("(a b] c)", 1, 5, "unexpected-closer", "unexpected `]`: no `[` is open");
}

Test(errors, unclosed_paren_hint_points_at_the_opener)
{
    const char *source = "(define (f x)\n  (+ x 1)\n(define (g y) y)\n";
    Tree tree;
    cl_tree_init(&tree);
    cr_assert_not(cl_parse(&tree, "t", source, strlen(source)));
    cr_assert_eq(tree.diags.count, 1);
    cr_expect_eq(tree.diags.items[0].span.start, 0);
    cr_expect(strstr(tree.diags.items[0].hint, "`(` opened at line 1") != NULL, "%s",
              tree.diags.items[0].hint);
    cr_expect_eq(tree.diags.items[0].related.start, 0);
    cl_tree_fini(&tree);
}

Test(errors, strings_and_numbers_in_forms)
{
    expect_error("(io:print \"ok\")\n(io:print \"bad \\q escape\")", 2, 16, "bad-escape",
                 "unknown escape `\\q` in string");
    expect_error("(io:print \"fine\")\n(io:print \"never closed)", 2, 11, "unterminated-string",
                 "unterminated string");
    expect_error("(io:print \"fine\")\n\"dangling", 2, 1, "unterminated-string",
                 "unterminated string");
    expect_error("(+ 1.5E x) (f e)", 1, 4, "bad-number", "`1.5E`");
    expect_error("(f 12abc)", 1, 4, "bad-number", "invalid number `12abc`");
}

Test(errors, reserved_words_and_keywords)
{
    expect_error("(map if xs)", 1, 6, "reserved-word", "reserved word `if`");
    expect_error("(let ((if 1)) 2)", 1, 8, "reserved-word", "`if` cannot be used as a binding");
    expect_error("(lambda (define) 1)", 1, 10, "reserved-word", "`define`");
    expect_error("(define let 1)", 1, 9, "reserved-word", "`let`");
    expect_error("(f :key)", 1, 4, "misplaced-keyword", "keyword `:key`");
    expect_error(":requires", 1, 1, "misplaced-keyword", "only allowed as a clause key");
    expect_error("(f ...)", 1, 4, "misplaced-dots", "only allowed in a list pattern");
    expect_error("[...rest]", 1, 2, "misplaced-dots", "`...rest`");
    expect_error("(f :)", 1, 4, "reserved-word", "type ascription");
    expect_error("(let ((x 1)) spec:contract)", 1, 14, "reserved-word", "spec:contract");
    expect_error("(import \"m\" (a as if))", 1, 19, "reserved-word", "`if`");
    expect_error("(match x (match 1))", 1, 11, "reserved-word", "match");
    expect_error("(data T (if))", 1, 10, "bad-constructor", "expected a constructor name");
}

Test(errors, let)
{
    expect_error("(let x 5 x)", 1, 6, "let-bindings", "`let` needs a list of bindings");
    expect_error("(let)", 1, 1, "let-bindings", "`let` needs a list of bindings");
    expect_error("(let [(x 1)] x)", 1, 6, "let-bindings", "found `[`");
    expect_error("(let ((x)) x)", 1, 7, "bad-binding", "binding of `x` needs a value");
    expect_error("(let ((x 1 2)) x)", 1, 12, "bad-binding", "one name and one value");
    expect_error("(let ((1 2)) (io:print 1))", 1, 8, "expected-name",
                 "expected a binding name, found `1`");
    expect_error("(let (()) 1)", 1, 7, "bad-binding", "empty binding");
    expect_error("(let ((x 1)))", 1, 1, "missing-body", "at least one body form");
    expect_error("(let ((x 1)) )", 1, 1, "missing-body", "at least one body form");
}

Test(errors, let_slip_gives_one_diagnostic_with_a_hint)
{
    const char *source = "(let (x 1) x)";
    Tree tree;
    cl_tree_init(&tree);
    cr_assert_not(cl_parse(&tree, "t", source, strlen(source)));
    cr_assert_eq(tree.diags.count, 1);
    cr_expect_str_eq(tree.diags.items[0].code, "bad-binding");
    cr_expect(strstr(tree.diags.items[0].hint, "(let ((x value))") != NULL);
    cl_tree_fini(&tree);
}

Test(errors, define)
{
    expect_error("(define)", 1, 1, "missing-name", "`define` needs a name and a value");
    expect_error("(define x)", 1, 1, "missing-value", "`define` of `x` needs a value");
    expect_error("(define x 1 2)", 1, 13, "extra-value", "one value");
    expect_error("(define (1 x) x)", 1, 10, "expected-name", "a function name");
    expect_error("(define (f))", 1, 1, "missing-body", "`define` of function `f`");
    expect_error("(define (f 1) 2)", 1, 12, "expected-name", "a parameter name");
    expect_error("(define (f x x) 2)", 1, 14, "duplicate-name", "parameter `x` appears twice");
    expect_error("(define () 1)", 1, 9, "expected-name", "function name");
    expect_error("(define \"x\" 1)", 1, 9, "expected-name", "found `\"x\"`");
}

Test(errors, lambda)
{
    expect_error("(io:print ((lambda x x) 1))", 1, 20, "lambda-params",
                 "`lambda` needs a parameter list");
    expect_error("(lambda)", 1, 1, "lambda-params", "parameter list");
    expect_error("(lambda (1) x)", 1, 10, "expected-name", "a parameter name, found `1`");
    expect_error("(lambda (x x) x)", 1, 12, "duplicate-name", "parameter `x` appears twice");
    expect_error("(lambda (x))", 1, 1, "missing-body", "at least one body form");
    expect_error("(lambda [x] x)", 1, 9, "lambda-params", "found `[`");
    expect_error("(lambda ((x : Int)) x)", 1, 10, "expected-name", "a parameter name");
    expect_error("(lambda (:x) x)", 1, 10, "expected-name", "`:x`");
}

Test(errors, many_parameters_duplicate_found)
{
    expect_error("(lambda (a b c d e f g h i j k l a) 1)", 1, 34, "duplicate-name",
                 "parameter `a`");
    expect_error("(lambda (a b c d e f g h i j k l l2 l) 1)", 1, 37, "duplicate-name",
                 "parameter `l`");
    expect_tree("(lambda (a b c d e f g h i j k l) 1)",
                "(LAMBDA (PARAMS a b c d e f g h i j k l) 1)");
}

Test(errors, if)
{
    expect_error("(io:print (if #t 1))", 1, 11, "if-arity",
                 "`if` needs exactly 3 operands: condition, then, else (found 2)");
    expect_error("(if c t e x)", 1, 11, "if-arity", "(found 4)");
    expect_error("(if)", 1, 1, "if-arity", "(found 0)");
}

Test(errors, match)
{
    expect_error("(io:print (match 1 1 \"one\"))", 1, 20, "bad-branch",
                 "a `match` branch must be a list");
    expect_error("(match)", 1, 1, "missing-operand", "`match` needs an expression");
    expect_error("(match x (1))", 1, 10, "missing-body", "branch needs a body");
    expect_error("(match x ())", 1, 10, "bad-branch", "empty `match` branch");
    expect_error("(match x ([x x] 1))", 1, 14, "duplicate-name",
                 "pattern variable `x` appears twice");
    expect_error("(match x ((Pair a a) 1))", 1, 19, "duplicate-name", "`a`");
    expect_error("(match x ([a [b a]] 1))", 1, 17, "duplicate-name", "`a`");
    expect_error("(match x ((f x) 1))", 1, 11, "bad-pattern", "`f` is not a constructor");
    expect_error("(match x ((1 2) 1))", 1, 11, "bad-pattern", "single pattern");
    expect_error("(match x ([x ...] 1))", 1, 14, "bad-rest", "`...` must be followed");
    expect_error("(match x ([x ... r s] 1))", 1, 20, "rest-not-last", "nothing may follow");
    expect_error("(match x ([... r ... s] 1))", 1, 18, "rest-not-last", "nothing may follow");
    expect_error("(match x ([x ... Foo] 1))", 1, 18, "bad-rest", "found `Foo`");
    expect_error("(match x ([x ...Foo] 1))", 1, 17, "bad-rest", "found `Foo`");
    expect_error("(match x ([x ...5] 1))", 1, 17, "bad-rest", "found `5`");
    expect_error("(match x ([x ... [y]] 1))", 1, 18, "bad-rest", "found `[`");
    expect_error("(match x ([x ......r] 1))", 1, 17, "bad-rest", "variable or `_`");
    expect_error("(match x (... 1))", 1, 11, "misplaced-dots", "list pattern");
    expect_error("(match x (:k 1))", 1, 11, "misplaced-keyword", "`:k`");
    expect_error("(match x (let 1))", 1, 11, "reserved-word", "`let`");
    expect_error("(match x [[] 0])", 1, 10, "bad-branch", "found `[`");
}

Test(errors, match_slip_gives_one_diagnostic)
{
    expect_error_count("(match 1 1 \"one\" 2 \"two\")", 1, 10, "bad-branch", "found `1`", 1);
}

Test(errors, data)
{
    expect_error("(data shape (Circle Float))", 1, 7, "bad-type-name",
                 "uppercase letter, found `shape`");
    expect_error("(data)", 1, 1, "bad-type-name", "`data` needs a type name");
    expect_error("(data Shape (Circle Float) (Circle Int))", 1, 29, "duplicate-name",
                 "constructor `Circle` appears twice");
    expect_error("(data Shape (circle Float))", 1, 14, "bad-constructor",
                 "expected a constructor name, found `circle`");
    expect_error("(data Shape (Circle [Float]))", 1, 21, "bad-type", "found `[`");
    expect_error("(data Shape (Circle \"Float\"))", 1, 21, "bad-type", "found `\"Float\"`");
    expect_error("(data Shape (Circle ()))", 1, 21, "bad-type", "empty type");
    expect_error("(data Shape (C) a)", 1, 17, "bad-data", "type variable `a` comes after");
    expect_error("(data Shape 5)", 1, 13, "bad-data", "found `5`");
    expect_error("(data Shape ())", 1, 13, "bad-constructor", "empty constructor");
    expect_error("(data Shape (Circle (1 Int)))", 1, 22, "bad-type", "type name at the head");
}

Test(errors, ascription_and_types)
{
    expect_error("(: 5)", 1, 1, "bad-ascription", "needs a type");
    expect_error("(:)", 1, 1, "bad-ascription", "needs an expression and a type");
    expect_error("(: 5 Int Int)", 1, 10, "bad-ascription", "exactly one expression and one type");
    expect_error("(: 5 ())", 1, 6, "bad-type", "empty type");
    expect_error("(: 5 \"Int\")", 1, 6, "bad-type", "found `\"Int\"`");
    expect_error("(: 5 [Int])", 1, 6, "bad-type", "found `[`");
    expect_error("(: 5 ~{IO})", 1, 6, "bad-type", "`~{IO}`");
    expect_error("(: 5 Uncertain<Int)", 1, 6, "bad-type", "Uncertain<Int");
    expect_error("(: 5 :Int)", 1, 6, "bad-type", "`:Int`");
    expect_error("(: 5 (List if))", 1, 12, "bad-type", "`if`");
}

Test(errors, modules_imports_exports)
{
    expect_error("(do (module m (export a) 1))", 1, 6, "not-top-level",
                 "`module` is only allowed at the top level");
    expect_error("(f (import \"x\"))", 1, 5, "not-top-level", "`import`");
    expect_error("(let ((x 1)) (export x))", 1, 15, "not-top-level", "`export`");
    expect_error("[(import \"x\")]", 1, 3, "not-top-level", "`import`");
    expect_error("(module a 1)\n(module b 2)", 2, 2, "second-module", "only one `module`");
    expect_error("(module m (export a a) 1)", 1, 21, "duplicate-name",
                 "exported name `a` appears twice");
    expect_error("(module m (export a) 1)\n(export b a)", 2, 11, "duplicate-name", "`a`");
    expect_error("(export a as b c as b)", 1, 21, "duplicate-name", "`b`");
    expect_error("(module m)", 1, 1, "missing-body", "needs a body");
    expect_error("(module m (export a))", 1, 1, "missing-body", "needs a body");
    expect_error("(module m 1 2)", 1, 13, "extra-body", "exactly one body");
    expect_error("(module)", 1, 1, "missing-name", "`module` needs a name");
    expect_error("(module 5 1)", 1, 9, "missing-name", "found `5`");
    expect_error("(import x)", 1, 9, "bad-import", "module path string");
    expect_error("(import)", 1, 1, "bad-import", "module path string");
    expect_error("(import \"x\" y)", 1, 13, "bad-import", "`*` or a list of names");
    expect_error("(import \"x\" (a) (b))", 1, 17, "bad-import", "one list of names");
    expect_error("(import \"x\" * (b))", 1, 15, "bad-import", "one list of names");
    expect_error("(import \"x\" (a as))", 1, 16, "bad-entry", "a name after `as`");
    expect_error("(import \"x\" ((a b)))", 1, 17, "bad-entry", "renames, found `b`");
    expect_error("(import \"x\" ((a)))", 1, 14, "bad-entry", "renames");
    expect_error("(import \"x\" ((a as b c)))", 1, 22, "bad-entry", "an entry is");
    expect_error("(import \"x\" (1))", 1, 14, "expected-name", "an imported name");
}

Test(errors, effect)
{
    expect_error("(effect :io (print \"x\"))", 1, 9, "bad-effect",
                 "`effect` needs an operation name, found `:io`");
    expect_error("(effect)", 1, 1, "bad-effect", "operation name");
    expect_error("(effect \"io:print\" 1)", 1, 9, "bad-effect", "found `\"io:print\"`");
}

Test(errors, contracts)
{
    expect_error("(spec:contract f :requires (> x 0))", 1, 28, "bad-clause",
                 "`:requires` needs a list of conditions in brackets");
    expect_error("(spec:contract f :requires)", 1, 18, "bad-clause", "list of conditions");
    expect_error("(spec:contract f :effects [io])", 1, 18, "bad-clause",
                 "unknown contract clause `:effects`");
    expect_error("(spec:contract f :pure 1)", 1, 24, "bad-clause", "`:pure` takes #t or #f");
    expect_error("(spec:contract f :pure)", 1, 18, "bad-clause", "found nothing");
    expect_error("(spec:contract f :complexity 2)", 1, 30, "bad-clause", "takes a string");
    expect_error("(spec:contract f x)", 1, 18, "bad-clause", "expected a clause keyword");
    expect_error("(spec:contract)", 1, 1, "missing-name", "the name of a function");
    expect_error("(spec:contract :requires [x])", 1, 16, "missing-name", "found `:requires`");
    expect_error("(spec:contract f :requires [(f :k)])", 1, 32, "misplaced-keyword", "`:k`");
}

Test(errors, contract_unknown_clause_skips_its_value)
{
    expect_error_count("(spec:contract f :abstract [a b] :requires [x] :extends g)", 1, 18,
                       "bad-clause", "`:abstract`", 2);
}

Test(errors, uncertain)
{
    expect_error("(uncertain)", 1, 1, "bad-choice", "at least one choice");
    expect_error("(uncertain (x 1))", 1, 13, "bad-choice", "probability");
    expect_error("(uncertain (0.5))", 1, 12, "bad-choice", "an expression after");
    expect_error("(uncertain (0.5 a b))", 1, 19, "bad-choice", "one probability and one");
    expect_error("(uncertain 0.5 a)", 1, 12, "bad-choice", "(probability expr)");
    expect_error("(uncertain (\"p\" a))", 1, 13, "bad-choice", "found `\"p\"`");
}

// ---------------------------------------------------------------------------------------------
// Recovery

Test(recovery, every_error_is_reported)
{
    const char *source = "(f 1)\n"
                         "(g \"x\\q\" 12abc (if 1))\n"
                         "(lambda (x x) x)\n"
                         "(match y ([a a] 1))\n"
                         "(let (()) 1)\n"
                         "(h :k)\n";
    Tree tree;
    cl_tree_init(&tree);
    cr_assert_not(cl_parse(&tree, "t", source, strlen(source)));
    const char *codes[] = {"bad-escape",     "bad-number",  "if-arity",         "duplicate-name",
                           "duplicate-name", "bad-binding", "misplaced-keyword"};
    cr_assert_eq(tree.diags.count, 7);
    for (uint32_t i = 0; i < 7; i++)
        cr_expect_str_eq(tree.diags.items[i].code, codes[i], "diagnostic %u", i);
    for (uint32_t i = 1; i < tree.diags.count; i++)
        cr_expect_leq(tree.diags.items[i - 1].span.start, tree.diags.items[i].span.start);
    // The good form before the errors is intact, the broken ones are ERROR nodes or hold them.
    char *got = render_program(&tree);
    cr_expect(strncmp(got, "(CALL f 1) (CALL g ERROR ERROR ERROR) ", 38) == 0, "%s", got);
    free(got);
    check_node(&tree, 1);
    cl_tree_fini(&tree);
}

Test(recovery, bad_binding_keeps_the_let)
{
    const char *source = "(let ((1 2) (y 3)) y)";
    Tree tree;
    cl_tree_init(&tree);
    cr_assert_not(cl_parse(&tree, "t", source, strlen(source)));
    char *got = render_program(&tree);
    cr_expect_str_eq(got, "(LET/2 ERROR (BINDING y 3) y)");
    free(got);
    cl_tree_fini(&tree);
}

Test(recovery, broken_form_becomes_one_error_node)
{
    const char *source = "(if 1 2) (f)";
    Tree tree;
    cl_tree_init(&tree);
    cr_assert_not(cl_parse(&tree, "t", source, strlen(source)));
    char *got = render_program(&tree);
    cr_expect_str_eq(got, "ERROR (CALL f)");
    free(got);
    NodeId error = cl_tree_kid(&tree, 1, 0);
    cr_expect_eq(cl_tree_node(&tree, error)->span.start, 0);
    cr_expect_eq(cl_tree_node(&tree, error)->span.end, 8);
    cl_tree_fini(&tree);
}

Test(recovery, errors_inside_broken_forms_are_still_found)
{
    expect_error_count("(let x (f \"\\q\") (if 1))", 1, 6, "let-bindings", "`let` needs", 3);
}

Test(recovery, no_cascades)
{
    // One unclosed paren, one stray paren, one unterminated string, one mistyped closer.
    expect_error_count("(define (f x)\n  (if (> x 0) x (- x))\n(f 1)\n", 1, 1, "unclosed",
                       "unclosed", 1);
    expect_error_count("(f 1))\n(g 2)\n", 1, 6, "unexpected-closer", "unexpected", 1);
    expect_error_count("(a (b \"c)\n(d)\n", 1, 7, "unterminated-string", "unterminated", 1);
    expect_error_count("(a [b c) d)", 1, 8, "mismatched-bracket", "does not match", 1);
    expect_error_count("(a (b (c", 1, 7, "unclosed", "unclosed", 1);
    expect_error_count("(module m (export a) (let ((a 1)) (tuple a))", 1, 1, "unclosed",
                       "unclosed", 1);
}

Test(recovery, top_level_forms_after_an_error_parse_normally)
{
    const char *source = "(if) (define x 1) (g x)";
    Tree tree;
    cl_tree_init(&tree);
    cr_assert_not(cl_parse(&tree, "t", source, strlen(source)));
    char *got = render_program(&tree);
    cr_expect_str_eq(got, "ERROR (DEFINE x 1) (CALL g x)");
    free(got);
    cl_tree_fini(&tree);
}

// ---------------------------------------------------------------------------------------------
// Nesting limit

// `depth` opening brackets, an atom, `depth` closing ones.
static char *nested(uint32_t depth, char open, char close)
{
    char *text = malloc(2 * depth + 2);
    memset(text, open, depth);
    text[depth] = 'x';
    memset(text + depth + 1, close, depth);
    text[2 * depth + 1] = '\0';
    return text;
}

Test(depth, limit_is_exact)
{
    Tree tree;
    cl_tree_init(&tree);
    char *ok = nested(CL_PARSE_MAX_DEPTH, '(', ')');
    cr_expect(cl_parse(&tree, "t", ok, strlen(ok)));
    free(ok);
    char *deep = nested(CL_PARSE_MAX_DEPTH + 1, '[', ']');
    cr_expect_not(cl_parse(&tree, "t", deep, strlen(deep)));
    cr_assert_eq(tree.diags.count, 1);
    cr_expect_str_eq(tree.diags.items[0].code, "too-deep");
    cr_expect(strstr(tree.diags.items[0].message, "nesting too deep") != NULL);
    cr_expect_eq(tree.diags.items[0].span.start, CL_PARSE_MAX_DEPTH);
    free(deep);
    cl_tree_fini(&tree);
}

Test(depth, a_million_open_parens)
{
    uint32_t n = 1000000;
    char *text = malloc(n);
    memset(text, '(', n);
    Tree tree;
    cl_tree_init(&tree);
    cr_expect_not(cl_parse(&tree, "t", text, n));
    cr_expect_eq(tree.diags.count, 1);
    cr_expect_str_eq(tree.diags.items[0].code, "too-deep");
    free(text);
    cl_tree_fini(&tree);
}

Test(depth, configurable_and_counted_in_patterns_and_types)
{
    Tree tree;
    cl_tree_init(&tree);
    tree.max_depth = 2;
    const char *ok = "(f (g x))";
    cr_expect(cl_parse(&tree, "t", ok, strlen(ok)));
    const char *deep = "(f (g (h x)))";
    cr_expect_not(cl_parse(&tree, "t", deep, strlen(deep)));
    const char *pattern = "(match x ([[a]] 1))";
    cr_expect_not(cl_parse(&tree, "t", pattern, strlen(pattern)));
    const char *type = "(: x (A (B C)))";
    cr_expect_not(cl_parse(&tree, "t", type, strlen(type)));
    const char *later = "(f (g (h x))) (a b";
    cr_expect_not(cl_parse(&tree, "t", later, strlen(later)));
    cr_expect_eq(tree.diags.count, 2, "the depth error and the unclosed form after it");
    cl_tree_fini(&tree);
}

// ---------------------------------------------------------------------------------------------
// Storage, comments, positions, dumps

Test(storage, reuse_allocates_nothing)
{
    Tree tree;
    cl_tree_init(&tree);
    const char *a = "(+ 1 2)";
    const char *b = "(let ((x 10) (y 20)) (+ x y))";
    cr_assert(cl_parse(&tree, "t", b, strlen(b)));
    Node *nodes = tree.nodes;
    NodeId *kids = tree.kids;
    uint32_t capacity = tree.node_capacity;
    for (int i = 0; i < 1000; i++) {
        cr_assert(cl_parse(&tree, "t", a, strlen(a)));
        cr_assert(cl_parse(&tree, "t", b, strlen(b)));
    }
    cr_expect_eq(tree.nodes, nodes);
    cr_expect_eq(tree.kids, kids);
    cr_expect_eq(tree.node_capacity, capacity);
    char *got = render_program(&tree);
    cr_expect_str_eq(got, "(LET/2 (BINDING x 10) (BINDING y 20) (CALL + x y))");
    free(got);
    cl_tree_fini(&tree);
}

Test(storage, reparse_after_errors_is_clean)
{
    Tree tree;
    cl_tree_init(&tree);
    const char *bad = "(module a (export x x) 1) (lambda (y y) 1) (";
    cr_expect_not(cl_parse(&tree, "t", bad, strlen(bad)));
    const char *good = "(module a (export x) 1) (lambda (y) 1)";
    cr_expect(cl_parse(&tree, "t", good, strlen(good)));
    cr_expect_eq(tree.diags.count, 0);
    cr_expect_eq(tree.comment_count, 0);
    cl_tree_fini(&tree);
}

Test(storage, comments_are_kept_in_order)
{
    const char *source = "#!/bin/claudelang\n; one\n(f ; two\n x) ; three";
    Tree tree;
    cl_tree_init(&tree);
    cr_assert(cl_parse(&tree, "t", source, strlen(source)));
    cr_assert_eq(tree.comment_count, 4);
    const char *texts[] = {"#!/bin/claudelang", "; one", "; two", "; three"};
    for (uint32_t i = 0; i < 4; i++) {
        Token c = tree.comments[i];
        cr_expect_eq(c.kind, TOK_COMMENT);
        cr_expect_eq(c.length, strlen(texts[i]));
        cr_expect(memcmp(source + c.start, texts[i], c.length) == 0, "comment %u", i);
    }
    cl_tree_fini(&tree);
}

// Parses the `length` bytes at `source` with cl_parse and, from a padded copy, with
// cl_parse_padded; the two trees (nodes, kids, comments, diagnostics) must be the same.
static void expect_same_padded(const char *source, size_t length)
{
    Tree copied, padded;
    cl_tree_init(&copied);
    cl_tree_init(&padded);
    char *text = calloc(1, length + CL_LEX_PADDING);
    cr_assert(text);
    memcpy(text, source, length);
    bool a = cl_parse(&copied, "t", source, length);
    bool b = cl_parse_padded(&padded, "t", text, length);
    cr_expect_eq(a, b, "clean: %d and %d", a, b);
    cr_assert_eq(copied.node_count, padded.node_count, "%zu bytes", length);
    cr_expect(memcmp(copied.nodes, padded.nodes, sizeof(Node) * copied.node_count) == 0);
    cr_assert_eq(copied.kid_count, padded.kid_count);
    cr_expect(memcmp(copied.kids, padded.kids, sizeof(NodeId) * copied.kid_count) == 0);
    cr_assert_eq(copied.comment_count, padded.comment_count);
    for (uint32_t i = 0; i < copied.comment_count; i++) // field by field: Token has padding
        cr_expect(copied.comments[i].start == padded.comments[i].start &&
                      copied.comments[i].length == padded.comments[i].length,
                  "comment %u", i);
    cr_assert_eq(copied.diags.count, padded.diags.count);
    for (uint32_t i = 0; i < copied.diags.count; i++) {
        cr_expect_str_eq(copied.diags.items[i].message, padded.diags.items[i].message);
        cr_expect_eq(copied.diags.items[i].span.start, padded.diags.items[i].span.start);
    }
    free(text);
    cl_tree_fini(&copied);
    cl_tree_fini(&padded);
}

Test(storage, padded_text_parses_the_same)
{
    // Every kind of token at the very end of the text (where the padding stops the scans), NUL
    // bytes inside atoms and between forms, spaces, comments and non-ASCII text.
    static const struct {
        const char *text;
        size_t length;
    } cases[] = {
        {"", 0},          {"x", 1},          {"(f x)", 5},        {"(f x", 4},
        {"  ", 2},        {"42", 2},         {"-7", 2},           {"1.5e3", 5},
        {"\"ab\"", 4},    {"\"ab", 3},        {"; end", 5},        {"lambda", 6},
        {"spec:contract", 13}, {"...rest", 7},  {":key", 4},         {"\xCE\xBB", 2},
        {"a\0b", 3},      {"(f a\0b)", 8},   {"\0", 1},           {"(f)\0(g)", 8},
        {"x\0", 2},       {"(f \xCE\xBB\0)", 7}, {"#t #f nil", 9},  {"[1 2, 3]", 8},
        {"\xEF\xBB\xBF(f)", 6}, {"#!/bin/x\n(f)", 12}, {"(f\t\n  x)   ", 12},
        {"(let ((x 10) (y 20)) (+ x y))", 29},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        expect_same_padded(cases[i].text, cases[i].length);
    // and every prefix of a program with every token kind in it
    const char *program = "#!/bin/x\n; c\n(define (f x) (if (= x 0) \"z\\n\" [1 -2 3.5 #t :k]))\n"
                          "(match y ([a ... rest] a) (_ nil)) (: 1 Int) \xCE\xBB a,b";
    for (size_t n = 0; n <= strlen(program); n++)
        expect_same_padded(program, n);
}

Test(storage, root_is_node_one)
{
    const char *source = "(f) 1";
    Tree tree;
    cl_tree_init(&tree);
    cr_assert(cl_parse(&tree, "t", source, strlen(source)));
    cr_expect_eq(cl_tree_node(&tree, 0)->kind, NODE_NONE);
    cr_expect_eq(cl_tree_node(&tree, 1)->kind, NODE_PROGRAM);
    cr_expect_eq(cl_tree_node(&tree, 1)->span.end, 5);
    cr_expect_eq(cl_tree_kid_count(&tree, 1), 2);
    cr_expect_str_eq(tree.path, "t");
    cl_tree_fini(&tree);
}

Test(positions, utf16_columns_of_nodes)
{
    const char *source = "(f \"\xF0\x9F\x98\x80\" \xCE\xBB)";
    Tree tree;
    LineMap map;
    cl_tree_init(&tree);
    cr_assert(cl_parse(&tree, "t", source, strlen(source)));
    cr_assert(cl_linemap_init(&map, source, strlen(source)));
    NodeId lambda = cl_tree_kid(&tree, cl_tree_kid(&tree, 1, 0), 2);
    Position at = cl_linemap_position(&map, cl_tree_node(&tree, lambda)->span.start);
    cr_expect_eq(at.column, 8);
    cr_expect_eq(at.utf16_column, 8);
    cl_linemap_fini(&map);
    cl_tree_fini(&tree);
}

Test(positions, errors_on_later_lines_count_code_points)
{
    expect_error("(f)\n  (\xCE\xBB\xCE\xBB (if))", 2, 7, "if-arity", "found 0");
    expect_error("\xEF\xBB\xBF(if)", 1, 1, "if-arity", "found 0");
    expect_error("(f)\r\n(if)", 2, 1, "if-arity", "found 0");
}

// Dumps `source` as the listing (or JSON) into a string.
static char *dump(const char *source, bool json)
{
    Tree tree;
    LineMap map;
    cl_tree_init(&tree);
    cl_parse(&tree, "d.cl", source, strlen(source));
    cr_assert(cl_linemap_init(&map, source, strlen(source)));
    char *text = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    cl_tree_dump(&tree, &map, out, json);
    fclose(out);
    cl_linemap_fini(&map);
    cl_tree_fini(&tree);
    return text;
}

Test(dump, listing)
{
    char *text = dump("(let ((x 1)) [x \"a\\nb\"])\n(define (f) ())", false);
    cr_expect_str_eq(text, "PROGRAM 1:1-2:16\n"
                           "  LET 1:1-1:25 bindings=1\n"
                           "    BINDING 1:7-1:12\n"
                           "      SYMBOL 1:8-1:9 x\n"
                           "      INT 1:10-1:11 [small] 1\n"
                           "    LIST 1:14-1:24\n"
                           "      SYMBOL 1:15-1:16 x\n"
                           "      STRING 1:17-1:23 [escapes] \"a\\nb\"\n"
                           "  DEFINE 2:1-2:16 [define-fn]\n"
                           "    SYMBOL 2:10-2:11 f\n"
                           "    LAMBDA 2:1-2:16\n"
                           "      PARAMS 2:9-2:12\n"
                           "      LIST 2:13-2:15 [parens]\n");
    free(text);
}

Test(dump, json)
{
    char *text = dump("(f 1) ; c\n(if)", true);
    cr_expect(strncmp(text, "{\"path\":\"d.cl\",\"tree\":{\"kind\":\"PROGRAM\"", 38) == 0, "%s",
              text);
    cr_expect(strstr(text, "{\"kind\":\"INT\",\"start\":[1,4],\"end\":[1,5],\"span\":[3,4],"
                           "\"flags\":[\"small\"],\"value\":1,\"text\":\"1\"}") != NULL,
              "%s", text);
    cr_expect(strstr(text, "\"comments\":[{\"start\":[1,7],\"end\":[1,10],\"span\":[6,9]}]") !=
                  NULL,
              "%s", text);
    cr_expect(strstr(text, "\"diagnostics\":[{\"code\":\"if-arity\",\"start\":[2,1]") != NULL,
              "%s", text);
    cr_expect_eq(text[strlen(text) - 1], '\n');
    free(text);
}

Test(dump, json_escapes_text)
{
    char *text = dump("\"q\\\"\t\" \xFF", true);
    cr_expect(strstr(text, "\"text\":\"\\\"q\\\\\\\"\\t\\\"\"") != NULL, "%s", text);
    free(text);
}

Test(names, kind_names)
{
    cr_expect_str_eq(cl_node_kind_name(NODE_LET), "LET");
    cr_expect_str_eq(cl_node_kind_name(NODE_CHOICE), "CHOICE");
    cr_expect_str_eq(cl_node_kind_name((NodeKind)200), "?");
}

// ---------------------------------------------------------------------------------------------
// Regressions found by fuzz_parse

// Parsing `source` into a tree that parsed other texts before gives the same tree and the same
// diagnostics as a fresh parse.
static void expect_same_when_reused(const char *warm_up, const char *source)
{
    Tree fresh, reused;
    cl_tree_init(&fresh);
    cl_tree_init(&reused);
    cl_parse(&reused, "t", warm_up, strlen(warm_up));
    bool a = cl_parse(&fresh, "t", source, strlen(source));
    bool b = cl_parse(&reused, "t", source, strlen(source));
    cr_expect_eq(a, b);
    cr_assert_eq(fresh.node_count, reused.node_count);
    cr_expect(memcmp(fresh.nodes, reused.nodes, sizeof(Node) * fresh.node_count) == 0);
    cr_assert_eq(fresh.diags.count, reused.diags.count);
    for (uint32_t i = 0; i < fresh.diags.count; i++)
        cr_expect_str_eq(fresh.diags.items[i].message, reused.diags.items[i].message);
    cl_tree_fini(&fresh);
    cl_tree_fini(&reused);
}

// A ninth parameter that repeats an earlier one was found by a linear scan that left the name
// set unfilled, so the tenth was compared with the names of an earlier parse.
Test(regress, long_parameter_lists_with_repeats)
{
    expect_error_count("(lambda (a b c d e f g h a b) 1)", 1, 26, "duplicate-name", "`a`", 2);
    expect_same_when_reused("(lambda (p q r s t u v w x y z) 1) (lambda (a b c d e f g h i j k) 1)",
                            "(lambda (a \xA2 c d e f g \xA8 c d e f g) 1)");
    // Malformed eighth and ninth parameters skipped the switch to the name set.
    expect_error_count("(lambda (a b c d e f g \"s\" \"t\" a) 1)", 1, 24, "expected-name",
                       "`\"s\"`", 3);
    expect_same_when_reused("(lambda (p q r s t u v w x a) 1)",
                            "(lambda (a b c d e f g \"s\" \"t\" a) 1)");
}

// Nothing was ever pushed on a fresh tree's kid stack before `[]` closed: the copy of zero kids
// started from a null pointer.
Test(regress, empty_form_first_in_a_fresh_tree)
{
    expect_tree("[] [] 7", "(LIST) (LIST) 7");
}
