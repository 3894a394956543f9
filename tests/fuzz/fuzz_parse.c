// fuzz_parse.c: libFuzzer target for the front end. Lexes and parses the input, renders every
// diagnostic, dumps the tree both ways, reads every literal, and checks the invariants of
// syntax.h; parsing the same input into a reused tree, from a padded copy (cl_parse_padded),
// must give the same tree as a fresh one (cl_parse).
// Built only with CL_FUZZ (preset `fuzz`); tests/cmake/frontend.cmake runs it for 30 s.
#include "syntax/syntax.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// Stops the run (libFuzzer reports it as a crash) when an invariant does not hold.
#define CHECK(condition)                                                                       \
    do {                                                                                       \
        if (!(condition)) {                                                                    \
            fprintf(stderr, "fuzz_parse: %s:%d: %s\n", __FILE__, __LINE__, #condition);        \
            abort();                                                                           \
        }                                                                                      \
    } while (0)

// Checks node `id` and its subtree (syntax.h): kids before parents, spans nested, ERROR and INT
// without kids to walk, the special forms' kid counts. Recursion is bounded by the nesting limit.
static void check_node(const Tree *tree, NodeId id, uint32_t depth)
{
    const Node *n = cl_tree_node(tree, id);
    CHECK(id > 0 && id < tree->node_count);
    CHECK(n->kind > NODE_NONE && n->kind < NODE_KIND_COUNT);
    CHECK(n->span.start <= n->span.end && n->span.end <= tree->length);
    CHECK(depth <= 2 * CL_PARSE_MAX_DEPTH + 2);
    if (n->kind == NODE_INT || n->kind == NODE_ERROR) {
        CHECK(n->kind != NODE_ERROR || n->count == 0);
        return;
    }
    CHECK((uint64_t)n->first + n->count <= tree->kid_count);
    for (uint32_t i = 0; i < n->count; i++) {
        NodeId kid = cl_tree_kid(tree, id, i);
        const Node *k = cl_tree_node(tree, kid);
        CHECK(id == 1 || kid < id);
        CHECK(k->span.start >= n->span.start && k->span.end <= n->span.end);
        check_node(tree, kid, depth + 1);
    }
    switch (n->kind) {
    case NODE_IF:
        CHECK(n->count == 3);
        break;
    case NODE_LET:
        CHECK(n->count > n->extra);
        break;
    case NODE_LAMBDA:
        CHECK(n->count >= 2 && cl_tree_node(tree, cl_tree_kid(tree, id, 0))->kind == NODE_PARAMS);
        break;
    case NODE_BINDING:
    case NODE_ASCRIBE:
    case NODE_CHOICE:
        CHECK(n->count == 2);
        break;
    case NODE_DEFINE:
        CHECK(n->count == 2);
        break;
    case NODE_BRANCH:
        CHECK(n->count >= 2);
        break;
    case NODE_UNCERTAIN:
        CHECK(n->count >= 1);
        break;
    default:
        break;
    }
}

// Reads the value of every literal below `id`.
static void read_literals(const Tree *tree, NodeId id)
{
    const Node *n = cl_tree_node(tree, id);
    char buffer[64];
    if (n->kind == NODE_FLOAT || (n->kind == NODE_INT && !(n->flags & NF_INT_SMALL)))
        (void)cl_tree_float(tree, id);
    if (n->kind == NODE_STRING)
        CHECK(cl_tree_string(tree, id, buffer, sizeof buffer) <= n->span.end - n->span.start);
    if (n->kind == NODE_INT || n->kind == NODE_ERROR)
        return;
    for (uint32_t i = 0; i < n->count; i++)
        read_literals(tree, cl_tree_kid(tree, id, i));
}

// Lexes the whole input on its own: tokens in order, inside the text, and the batch lexer
// agrees with the one-token lexer.
static void check_tokens(const char *text, size_t size)
{
    Lexer one, many;
    cl_lex_init(&one, text, size, NULL);
    cl_lex_init(&many, text, size, NULL);
    one.keep_comments = many.keep_comments = true;
    Token batch[7];
    uint32_t previous_end = 0;
    for (;;) {
        uint32_t count = cl_lex_batch(&many, batch, 7);
        CHECK(count >= 1 && count <= 7);
        for (uint32_t i = 0; i < count; i++) {
            Token t = cl_lex_next(&one);
            CHECK(t.kind == batch[i].kind && t.start == batch[i].start);
            CHECK(t.length == batch[i].length && t.word == batch[i].word);
            CHECK(t.start >= previous_end && t.start + t.length <= size);
            previous_end = t.start + t.length;
        }
        if (batch[count - 1].kind == TOK_EOF)
            return;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Tree reused;
    static bool ready;
    static FILE *sink;
    if (!ready) {
        cl_tree_init(&reused);
        sink = fopen("/dev/null", "w");
        ready = true;
    }
    const char *text = (const char *)data;
    check_tokens(text, size);

    Tree fresh;
    cl_tree_init(&fresh);
    bool clean = cl_parse(&fresh, "fuzz.cl", text, size);
    // the reused tree reads a padded copy in place (cl_parse_padded): the same tree again
    char *padded = calloc(1, size + CL_LEX_PADDING);
    CHECK(padded != NULL);
    if (size)
        memcpy(padded, text, size);
    bool again = cl_parse_padded(&reused, "fuzz.cl", padded, size);
    CHECK(clean == again && clean == (fresh.diags.count == 0));
    CHECK(fresh.node_count == reused.node_count && fresh.kid_count == reused.kid_count);
    CHECK(memcmp(fresh.nodes, reused.nodes, sizeof(Node) * fresh.node_count) == 0);
    CHECK(fresh.kid_count == 0 ||
          memcmp(fresh.kids, reused.kids, sizeof(NodeId) * fresh.kid_count) == 0);
    CHECK(fresh.diags.count == reused.diags.count && fresh.comment_count == reused.comment_count);
    for (uint32_t i = 0; i < fresh.comment_count; i++)
        CHECK(fresh.comments[i].start == reused.comments[i].start &&
              fresh.comments[i].length == reused.comments[i].length);
    free(padded);
    CHECK(fresh.node_count >= 2 && cl_tree_node(&fresh, 1)->kind == NODE_PROGRAM);
    check_node(&fresh, 1, 0);
    read_literals(&fresh, 1);

    LineMap map;
    if (cl_linemap_init(&map, text, size)) {
        for (uint32_t i = 0; i < fresh.diags.count; i++) {
            const Diagnostic *d = &fresh.diags.items[i];
            CHECK(d->span.start <= d->span.end && d->span.end <= size);
            CHECK(i == 0 || fresh.diags.items[i - 1].span.start <= d->span.start);
            CHECK(strchr(d->message, '\n') == NULL);
            char *rendered = cl_diag_render(d, "fuzz.cl", &map, false);
            CHECK(rendered != NULL && strncmp(rendered, "fuzz.cl:", 8) == 0);
            fputs(rendered, sink);
            free(rendered);
            rendered = cl_diag_render(d, "fuzz.cl", &map, true);
            CHECK(rendered != NULL);
            fputs(rendered, sink);
            free(rendered);
        }
        cl_tree_dump(&fresh, &map, sink, false);
        cl_tree_dump(&fresh, &map, sink, true);
        cl_linemap_fini(&map);
    }
    cl_tree_fini(&fresh);
    return 0;
}
