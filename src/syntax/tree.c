// tree.c: the syntax graph's storage and read side: tree lifetime, literal values (floats,
// decoded strings), node kind names, and the listing and JSON dumps that `claudelang parse`
// prints. The parser (parse.c) is the only writer of trees.
#include "syntax/syntax_private.h"

#include <locale.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

void cl_tree_init(Tree *tree)
{
    memset(tree, 0, sizeof *tree);
    cl_diags_init(&tree->diags);
}

void cl_tree_fini(Tree *tree)
{
    free(tree->nodes);
    free(tree->kids);
    free(tree->comments);
    cl_diags_fini(&tree->diags);
    cl_parse_scratch_free(tree->scratch);
    memset(tree, 0, sizeof *tree);
}

const char *cl_node_kind_name(NodeKind kind)
{
    static const char *const names[] = {
#define CL_NODE_NAME(name, doc) #name,
        CL_NODE_KINDS(CL_NODE_NAME)
#undef CL_NODE_NAME
    };
    return (unsigned)kind < NODE_KIND_COUNT ? names[kind] : "?";
}

// The "C" locale, made once: number literals always use a decimal point, whatever locale the
// embedding program set.
static locale_t c_locale(void)
{
    static _Atomic(locale_t) cached;
    locale_t locale = atomic_load(&cached);
    if (locale)
        return locale;
    locale_t fresh = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    if (!fresh)
        return (locale_t)0;
    locale_t expected = (locale_t)0;
    if (!atomic_compare_exchange_strong(&cached, &expected, fresh)) {
        freelocale(fresh);
        return expected;
    }
    return fresh;
}

double cl_tree_float(const Tree *tree, NodeId id)
{
    const Node *n = &tree->nodes[id];
    size_t length = n->span.end - n->span.start;
    char small[64];
    char *text = length < sizeof small ? small : malloc(length + 1);
    if (!text)
        return 0.0;
    memcpy(text, tree->source + n->span.start, length);
    text[length] = '\0';
    locale_t locale = c_locale();
    locale_t previous = locale ? uselocale(locale) : (locale_t)0;
    double value = strtod(text, NULL);
    if (locale)
        uselocale(previous);
    if (text != small)
        free(text);
    return value;
}

uint32_t cl_tree_string(const Tree *tree, NodeId id, char *buffer, uint32_t capacity)
{
    const Node *n = &tree->nodes[id];
    uint32_t length = n->span.end - n->span.start;
    if (length < 2)
        return 0;
    const char *s = tree->source + n->span.start + 1;
    length -= 2;
    if (!(n->flags & NF_ESCAPES)) {
        memcpy(buffer, s, length < capacity ? length : capacity);
        return length;
    }
    uint32_t out = 0;
    for (uint32_t i = 0; i < length; out++) {
        char c = s[i++];
        if (c == '\\' && i < length) {
            char e = s[i++];
            c = e == 'n' ? '\n' : e == 't' ? '\t' : e;
        }
        if (out < capacity)
            buffer[out] = c;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Dumps

// Turns offsets into positions when they mostly come in increasing order (as the starts of
// nodes do in a pre-order walk): from the previous answer when it is on the same line, so that
// long lines are not scanned again for every node.
typedef struct Cursor {
    const LineMap *map;
    uint32_t offset;
    uint32_t line_end; // offset of the next line start (or the text length)
    Position position;
} Cursor;

static Position cursor_position(Cursor *c, uint32_t offset)
{
    const LineMap *map = c->map;
    if (offset > map->length)
        offset = map->length;
    if (c->position.line && offset >= c->offset && offset < c->line_end) {
        const unsigned char *s = (const unsigned char *)map->source;
        for (uint32_t i = c->offset; i < offset; i++) {
            c->position.column += (s[i] & 0xC0) != 0x80;
            c->position.utf16_column += ((s[i] & 0xC0) != 0x80) + (s[i] >= 0xF0);
        }
    } else {
        c->position = cl_linemap_position(map, offset);
        uint32_t line = c->position.line;
        c->line_end = line < map->count ? map->starts[line] : map->length + 1;
    }
    c->offset = offset;
    return c->position;
}

static const char *const flag_names[] = {
    "small", "parens", "define-fn", "begin", "rest", "bare",
    "exports", "import-all", "import-list", "escapes", "nonascii",
};

static const char *const clause_names[] = {"requires", "ensures", "invariant", "complexity",
                                           "pure"};

// True for node kinds whose source text the dumps show.
static bool shows_text(uint8_t kind)
{
    switch (kind) {
    case NODE_INT:
    case NODE_FLOAT:
    case NODE_STRING:
    case NODE_TRUE:
    case NODE_FALSE:
    case NODE_NIL:
    case NODE_SYMBOL:
    case NODE_PAT_WILDCARD:
    case NODE_PAT_VAR:
    case NODE_TYPE_NAME:
        return true;
    default:
        return false;
    }
}

// The kids of `n` as a walker may visit them (a small INT keeps its value in the kid fields).
static uint32_t kid_count(const Node *n)
{
    return n->kind == NODE_INT || n->kind == NODE_ERROR ? 0 : n->count;
}

// Writes text for the listing: control characters and invalid UTF-8 escaped (\n, \t, \xNN).
static void write_plain(FILE *out, const char *text, uint32_t length)
{
    const unsigned char *s = (const unsigned char *)text;
    for (uint32_t i = 0; i < length;) {
        uint32_t cp;
        int n = s[i] < 0x80 ? 1 : cl_utf8_decode(s + i, length - i, &cp);
        if (n == 1 && s[i] >= 0x20 && s[i] != 0x7F) {
            uint32_t run = i + 1;
            while (run < length && s[run] >= 0x20 && s[run] < 0x7F)
                run++;
            fwrite(s + i, 1, run - i, out);
            i = run;
        } else if (n > 1) {
            fwrite(s + i, 1, (size_t)n, out);
            i += (uint32_t)n;
        } else {
            if (s[i] == '\n')
                fputs("\\n", out);
            else if (s[i] == '\t')
                fputs("\\t", out);
            else if (s[i] == '\r')
                fputs("\\r", out);
            else
                fprintf(out, "\\x%02X", s[i]);
            i++;
        }
    }
}

// Writes text as the body of a JSON string (invalid UTF-8 becomes U+FFFD).
static void write_json_text(FILE *out, const char *text, uint32_t length)
{
    const unsigned char *s = (const unsigned char *)text;
    for (uint32_t i = 0; i < length;) {
        uint32_t cp;
        int n = s[i] < 0x80 ? 1 : cl_utf8_decode(s + i, length - i, &cp);
        if (n == 0) {
            fputs("\\ufffd", out);
            i++;
            continue;
        }
        if (n > 1) {
            fwrite(s + i, 1, (size_t)n, out);
        } else if (s[i] == '"' || s[i] == '\\') {
            fputc('\\', out);
            fputc(s[i], out);
        } else if (s[i] == '\n') {
            fputs("\\n", out);
        } else if (s[i] == '\t') {
            fputs("\\t", out);
        } else if (s[i] < 0x20 || s[i] == 0x7F) {
            fprintf(out, "\\u%04x", s[i]);
        } else {
            fputc(s[i], out);
        }
        i += (uint32_t)n;
    }
}

// One line of the listing: KIND START-END [flags] extra text.
static void list_node(const Tree *tree, NodeId id, Cursor *starts, Cursor *ends, FILE *out,
                      uint32_t depth)
{
    const Node *n = &tree->nodes[id];
    Position a = cursor_position(starts, n->span.start);
    Position b = cursor_position(ends, n->span.end);
    fprintf(out, "%*s%s %u:%u-%u:%u", (int)(depth * 2), "", cl_node_kind_name(n->kind), a.line,
            a.column, b.line, b.column);
    const char *separator = " [";
    for (unsigned bit = 0; bit < sizeof flag_names / sizeof flag_names[0]; bit++)
        if (n->flags & (1u << bit)) {
            fprintf(out, "%s%s", separator, flag_names[bit]);
            separator = " ";
        }
    if (separator[0] == ' ' && separator[1] == '\0')
        fputc(']', out);
    if (n->kind == NODE_LET)
        fprintf(out, " bindings=%u", n->extra);
    else if (n->kind == NODE_DATA)
        fprintf(out, " tvars=%u", n->extra);
    else if (n->kind == NODE_CLAUSE && n->extra < 5)
        fprintf(out, " %s", clause_names[n->extra]);
    if (shows_text(n->kind)) {
        fputc(' ', out);
        write_plain(out, tree->source + n->span.start, n->span.end - n->span.start);
    }
    fputc('\n', out);
}

// Opens the JSON object of one node, up to where its kids would go.
static void json_node(const Tree *tree, NodeId id, Cursor *starts, Cursor *ends, FILE *out)
{
    const Node *n = &tree->nodes[id];
    Position a = cursor_position(starts, n->span.start);
    Position b = cursor_position(ends, n->span.end);
    fprintf(out, "{\"kind\":\"%s\",\"start\":[%u,%u],\"end\":[%u,%u],\"span\":[%u,%u]",
            cl_node_kind_name(n->kind), a.line, a.column, b.line, b.column, n->span.start,
            n->span.end);
    if (n->flags) {
        const char *separator = "";
        fputs(",\"flags\":[", out);
        for (unsigned bit = 0; bit < sizeof flag_names / sizeof flag_names[0]; bit++)
            if (n->flags & (1u << bit)) {
                fprintf(out, "%s\"%s\"", separator, flag_names[bit]);
                separator = ",";
            }
        fputc(']', out);
    }
    if (n->kind == NODE_LET)
        fprintf(out, ",\"bindings\":%u", n->extra);
    else if (n->kind == NODE_DATA)
        fprintf(out, ",\"tvars\":%u", n->extra);
    else if (n->kind == NODE_CLAUSE && n->extra < 5)
        fprintf(out, ",\"clause\":\"%s\"", clause_names[n->extra]);
    if (n->kind == NODE_INT && (n->flags & NF_INT_SMALL))
        fprintf(out, ",\"value\":%lld", (long long)cl_tree_int(tree, id));
    if (shows_text(n->kind)) {
        fputs(",\"text\":\"", out);
        write_json_text(out, tree->source + n->span.start, n->span.end - n->span.start);
        fputc('"', out);
    }
    if (kid_count(n) > 0)
        fputs(",\"kids\":[", out);
}

// One level of the explicit walk stack: a node and the next kid to visit.
typedef struct Step {
    NodeId id;
    uint32_t next;
} Step;

// Walks the tree in pre-order without recursion (trees can nest CL_PARSE_MAX_DEPTH deep).
static void dump_walk(const Tree *tree, const LineMap *map, FILE *out, bool json)
{
    Cursor starts = {.map = map}, ends = {.map = map};
    uint32_t capacity = 64, depth = 0;
    Step *stack = malloc(sizeof(Step) * capacity);
    if (!stack || tree->node_count < 2) {
        free(stack);
        return;
    }
    stack[0] = (Step){1, 0};
    if (json)
        json_node(tree, 1, &starts, &ends, out);
    else
        list_node(tree, 1, &starts, &ends, out, 0);
    for (;;) {
        Step *top = &stack[depth];
        const Node *n = &tree->nodes[top->id];
        if (top->next == kid_count(n)) {
            if (json)
                fputs(kid_count(n) > 0 ? "]}" : "}", out);
            if (depth-- == 0)
                break;
            continue;
        }
        NodeId kid = tree->kids[n->first + top->next];
        if (json && top->next > 0)
            fputc(',', out);
        top->next++;
        if (depth + 1 == capacity) {
            Step *bigger = realloc(stack, sizeof(Step) * capacity * 2);
            if (!bigger)
                break;
            stack = bigger;
            capacity *= 2;
        }
        stack[++depth] = (Step){kid, 0};
        if (json)
            json_node(tree, kid, &starts, &ends, out);
        else
            list_node(tree, kid, &starts, &ends, out, depth);
    }
    free(stack);
}

// The "comments" and "diagnostics" members of the JSON dump.
static void json_extras(const Tree *tree, const LineMap *map, FILE *out)
{
    fputs(",\"comments\":[", out);
    for (uint32_t i = 0; i < tree->comment_count; i++) {
        Token t = tree->comments[i];
        Position a = cl_linemap_position(map, t.start);
        Position b = cl_linemap_position(map, t.start + t.length);
        fprintf(out, "%s{\"start\":[%u,%u],\"end\":[%u,%u],\"span\":[%u,%u]}", i ? "," : "",
                a.line, a.column, b.line, b.column, t.start, t.start + t.length);
    }
    fputs("],\"diagnostics\":[", out);
    for (uint32_t i = 0; i < tree->diags.count; i++) {
        const Diagnostic *d = &tree->diags.items[i];
        Position a = cl_linemap_position(map, d->span.start);
        Position b = cl_linemap_position(map, d->span.end);
        fprintf(out, "%s{\"code\":\"%s\",\"start\":[%u,%u],\"end\":[%u,%u],\"message\":\"",
                i ? "," : "", d->code ? d->code : "", a.line, a.column, b.line, b.column);
        write_json_text(out, d->message, (uint32_t)strlen(d->message));
        fputc('"', out);
        if (d->hint) {
            fputs(",\"hint\":\"", out);
            write_json_text(out, d->hint, (uint32_t)strlen(d->hint));
            fputc('"', out);
        }
        fputc('}', out);
    }
    fputc(']', out);
}

void cl_tree_dump(const Tree *tree, const LineMap *map, FILE *out, bool json)
{
    if (!json) {
        dump_walk(tree, map, out, false);
        return;
    }
    fputs("{\"path\":\"", out);
    if (tree->path)
        write_json_text(out, tree->path, (uint32_t)strlen(tree->path));
    fputs("\",\"tree\":", out);
    if (tree->node_count >= 2)
        dump_walk(tree, map, out, true);
    else
        fputs("null", out);
    json_extras(tree, map, out);
    fputs("}\n", out);
}
