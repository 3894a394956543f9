// parse.c: the parser, second stage of the pipeline. Recursive descent over the lexer's tokens
// into the flat syntax graph of syntax.h. This half holds the reading machinery (storage, the
// token buffer, bracket frames and their recovery, diagnostics), expressions and programs;
// forms.c checks the special forms of LANGUAGE.md §5. A problem becomes a diagnostic and a
// NODE_ERROR, and parsing goes on (docs/internals/syntax.md describes recovery and storage).
#include "syntax/parser.h"
#include "claudelang.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

// ---------------------------------------------------------------------------------------------
// Storage

// Called when an allocation failed: stop reading (every loop sees the end of the text).
static void out_of_memory(Parser *p)
{
    p->oom = true;
    p->quiet_eof = true;
    p->lexer.offset = p->lexer.length;
    Token *eof = p->scratch->tokens + 1; // a batch of one EOF token: refills give EOF forever
    *eof = (Token){TOK_EOF, 0, 0, p->lexer.length, 0};
    p->token = eof;
    p->limit = eof + 1;
}

// Asks for transparent huge pages on a big array (Linux): a fresh 10 MB parse otherwise spends
// most of its time in page faults, one per 4 KiB of nodes (docs/internals/syntax.md).
static void advise_huge_pages(void *array, size_t bytes)
{
#if defined(MADV_HUGEPAGE)
    const uintptr_t huge = (uintptr_t)2 << 20;
    uintptr_t start = ((uintptr_t)array + huge - 1) & ~(huge - 1);
    uintptr_t end = ((uintptr_t)array + bytes) & ~(huge - 1);
    if (bytes >= 4 * huge && end > start)
        madvise((void *)start, end - start, MADV_HUGEPAGE);
#else
    (void)array;
    (void)bytes;
#endif
}

// Makes room for `more` elements of `size` bytes in *array (of *capacity). False when out of
// memory.
static bool reserve(Parser *p, void **array, uint32_t *capacity, uint32_t used, uint32_t more,
                    size_t size)
{
    if ((uint64_t)used + more <= *capacity)
        return true;
    uint64_t wanted = *capacity ? (uint64_t)*capacity * 2 : 64;
    while (wanted < (uint64_t)used + more)
        wanted *= 2;
    if (wanted > UINT32_MAX)
        wanted = UINT32_MAX;
    void *bigger = wanted >= (uint64_t)used + more ? realloc(*array, (size_t)wanted * size) : NULL;
    if (!bigger) {
        out_of_memory(p);
        return false;
    }
    *array = bigger;
    *capacity = (uint32_t)wanted;
    advise_huge_pages(bigger, (size_t)wanted * size);
    return true;
}

// Grows the node array by at least one node. False when out of memory.
bool cl_parse_grow_nodes(Parser *p)
{
    Tree *t = p->tree;
    return reserve(p, (void **)&t->nodes, &t->node_capacity, t->node_count, 1, sizeof(Node));
}

// Grows the kid stack by at least one entry. False when out of memory.
bool cl_parse_grow_stack(Parser *p)
{
    Scratch *s = p->scratch;
    return reserve(p, (void **)&s->stack, &s->stack_capacity, s->stack_count, 1, sizeof(NodeId));
}

// Grows the kid array to hold `more` kids after the current ones. False when out of memory.
bool cl_parse_grow_kids(Parser *p, uint32_t more)
{
    Tree *t = p->tree;
    return reserve(p, (void **)&t->kids, &t->kid_capacity, t->kid_count, more, sizeof(NodeId));
}

// make_node, out of line (for the forms that are not on the hot path).
NodeId cl_parse_node(Parser *p, uint8_t kind, uint16_t flags, Span span, uint32_t base,
                     uint32_t extra)
{
    return make_node(p, kind, flags, span, base, extra);
}

// ---------------------------------------------------------------------------------------------
// Name sets

// FNV-1a of a name.
static uint32_t hash_name(const char *text, uint32_t length)
{
    uint32_t h = 2166136261u;
    for (uint32_t i = 0; i < length; i++)
        h = (h ^ (unsigned char)text[i]) * 16777619u;
    return h;
}

void cl_parse_names_clear(NameSet *set)
{
    set->count = 0;
    set->hashed = 0;
    if (++set->generation == 0) {
        if (set->slots)
            memset(set->slots, 0, sizeof(NameSlot) * set->capacity);
        set->generation = 1;
    }
}

// Doubles the table (or makes the first one) and re-inserts the live names.
static bool names_grow(Parser *p, NameSet *set)
{
    uint32_t capacity = set->capacity ? set->capacity * 2 : 16;
    NameSlot *slots = calloc(capacity, sizeof(NameSlot));
    if (!slots) {
        out_of_memory(p);
        return false;
    }
    for (uint32_t i = 0; set->hashed > 0 && i < set->capacity; i++) {
        NameSlot old = set->slots[i];
        if (old.generation != set->generation)
            continue;
        uint32_t j = old.hash & (capacity - 1);
        while (slots[j].generation == set->generation)
            j = (j + 1) & (capacity - 1);
        slots[j] = old;
    }
    free(set->slots);
    set->slots = slots;
    set->capacity = capacity;
    return true;
}

// Adds the name [start, start+length) to the hash table. Returns UINT32_MAX when it is new,
// otherwise the start of the earlier occurrence (out of memory counts as new).
static uint32_t names_add_hashed(Parser *p, NameSet *set, uint32_t start, uint32_t length)
{
    if (set->generation == 0)
        set->generation = 1;
    if ((set->hashed + 1) * 2 > set->capacity && !names_grow(p, set))
        return UINT32_MAX;
    const char *text = p->tree->source + start;
    uint32_t hash = hash_name(text, length), mask = set->capacity - 1;
    for (uint32_t j = hash & mask;; j = (j + 1) & mask) {
        NameSlot *slot = &set->slots[j];
        if (slot->generation != set->generation) {
            *slot = (NameSlot){start, length, hash, set->generation};
            set->hashed++;
            return UINT32_MAX;
        }
        if (slot->hash == hash && slot->length == length &&
            memcmp(p->tree->source + slot->start, text, length) == 0)
            return slot->start;
    }
}

// Adds the name [start, start+length). Returns UINT32_MAX when it is new, otherwise the start
// of the earlier occurrence (out of memory counts as new: parsing is stopping anyway). Small
// sets (most patterns have a few variables) are searched in order, without hashing.
uint32_t cl_parse_names_add(Parser *p, NameSet *set, uint32_t start, uint32_t length)
{
    const char *source = p->tree->source;
    if (set->count < NAME_FEW) {
        for (uint32_t i = 0; i < set->count; i++) {
            Span name = set->few[i];
            if (name.end - name.start == length && source[name.start] == source[start] &&
                memcmp(source + name.start, source + start, length) == 0)
                return name.start;
        }
        set->few[set->count++] = (Span){start, start + length};
        return UINT32_MAX;
    }
    if (set->hashed == 0) // the set outgrows `few`: its names (all distinct) go to the table
        for (uint32_t i = 0; i < NAME_FEW; i++)
            names_add_hashed(p, set, set->few[i].start, set->few[i].end - set->few[i].start);
    uint32_t earlier = names_add_hashed(p, set, start, length);
    if (earlier == UINT32_MAX)
        set->count++;
    return earlier;
}

// ---------------------------------------------------------------------------------------------
// Diagnostics

Diagnostic *cl_parse_error(Parser *p, uint32_t start, uint32_t end, const char *code,
                            const char *format, ...)
{
    va_list args;
    va_start(args, format);
    Diagnostic *d = cl_diags_addv(&p->tree->diags, DIAG_ERROR, CL_ERR_PARSE_ERROR,
                                  (Span){start, end}, code, format, args);
    va_end(args);
    if (!d)
        out_of_memory(p);
    return d;
}

// The position of `offset` for a hint ("line 3, column 7"); builds the line map on first use.
Position cl_parse_position(Parser *p, uint32_t offset)
{
    if (!p->have_lines) {
        if (!cl_linemap_init(&p->scratch->lines, p->tree->source, p->tree->length))
            return (Position){0, 0, 0};
        p->have_lines = true;
    }
    return cl_linemap_position(&p->scratch->lines, offset);
}

// Writes how a token reads in a message: `text` (shortened) or "the end of the file".
const char *cl_parse_describe(const Parser *p, Token t, char *buffer, size_t size)
{
    if (t.kind == TOK_EOF)
        return "the end of the file";
    buffer[0] = '`';
    size_t n = cl_text_quote(buffer + 1, size - 2, p->tree->source + t.start, t.length, 24);
    buffer[n + 1] = '`';
    buffer[n + 2] = '\0';
    return buffer;
}

// The text of a token for a message, without backquotes (shortened).
const char *cl_parse_text(const Parser *p, Token t, char *buffer, size_t size)
{
    cl_text_quote(buffer, size, p->tree->source + t.start, t.length, 24);
    return buffer;
}

// ---------------------------------------------------------------------------------------------
// Tokens and frames

// Lexes the next batch of tokens; returns the first. The last token of the batch before stays
// in front of it (tokens[0]), for last_end.
const Token *cl_parse_refill(Parser *p)
{
    Token *tokens = p->scratch->tokens;
    if (p->limit)
        tokens[0] = p->limit[-1];
    p->limit = tokens + 1 + cl_lex_batch_padded(&p->lexer, tokens + 1, CL_PARSE_BATCH);
    return tokens + 1;
}

// Skips the bracketed datum at the current token without parsing it, counting brackets only
// (used past the nesting limit, where building frames is what must be avoided).
static void skip_raw(Parser *p)
{
    uint32_t nesting = 0;
    for (;;) {
        uint8_t kind = p->token->kind;
        if (kind == TOK_EOF) {
            p->quiet_eof = true;
            return;
        }
        if (is_opener(kind))
            nesting++;
        else if (kind == TOK_RPAREN || kind == TOK_RBRACKET)
            nesting--;
        advance(p);
        if (nesting == 0)
            return;
    }
}

// Reports the bracket at the current token, which would nest deeper than the limit, and skips its
// whole datum (open_form's slow path). Returns false.
bool cl_parse_too_deep(Parser *p, Frame *f)
{
    Diagnostic *d = cl_parse_error(p, f->open, f->open + 1, "too-deep",
                                   "nesting too deep: more than %u levels of brackets",
                                   p->max_depth);
    cl_diag_set_hint(d, (Span){0, 0},
                     "split the expression up, naming its parts with let or define");
    skip_raw(p);
    return false;
}

// open_form, out of line.
bool cl_parse_open(Parser *p, Frame *f)
{
    return open_form(p, f);
}

// Reports the form of `f`, still open at the end of the text, at its opening bracket.
static void report_unclosed(Parser *p, const Frame *f)
{
    char closer = f->bracket == '(' ? ')' : ']';
    Diagnostic *d = cl_parse_error(p, f->open, f->open + 1, "unclosed",
                             "unclosed `%c`: the file ends before its `%c`", f->bracket, closer);
    Position at = cl_parse_position(p, f->open);
    if (!d || at.line == 0)
        return;
    if (f->level > 1)
        cl_diag_set_hint(d, (Span){f->open, f->open + 1},
                         "`%c` opened at line %u, column %u is never closed (nor are the %u "
                         "form%s around it)",
                         f->bracket, at.line, at.column, f->level - 1, f->level > 2 ? "s" : "");
    else
        cl_diag_set_hint(d, (Span){f->open, f->open + 1},
                         "`%c` opened at line %u, column %u is never closed", f->bracket,
                         at.line, at.column);
}

// Counts the brackets of the whole text (a second, silent lexing pass, made only once a closer
// mismatches): excess[0] is the number of `)` minus the number of `(`, excess[1] the same for
// `]` and `[`. They tell a mistyped closer from a missing or an extra one.
static void count_brackets(Parser *p)
{
    Lexer lx;
    int64_t counts[5] = {0};
    cl_lex_init(&lx, p->tree->source, p->tree->length, NULL);
    for (Token t = cl_lex_next(&lx); t.kind != TOK_EOF; t = cl_lex_next(&lx))
        if (t.kind <= TOK_RBRACKET)
            counts[t.kind]++;
    p->excess[0] = counts[TOK_RPAREN] - counts[TOK_LPAREN];
    p->excess[1] = counts[TOK_RBRACKET] - counts[TOK_LBRACKET];
    p->balance_known = true;
}

// Reports the closer at the current token, which does not match the bracket of `f`: as a
// mistyped closer, or (`missing`) as the sign that `f` was never closed.
static void report_mismatch(Parser *p, Frame *f, bool missing)
{
    Token t = *p->token;
    char closer = t.kind == TOK_RPAREN ? ')' : ']';
    char wanted = f->bracket == '(' ? ')' : ']';
    Diagnostic *d;
    if (missing)
        d = cl_parse_error(p, t.start, t.start + 1, "mismatched-bracket",
                     "found `%c` where the `%c` before it needs its `%c`", closer, f->bracket,
                     wanted);
    else
        d = cl_parse_error(p, t.start, t.start + 1, "mismatched-bracket",
                     "`%c` does not match the `%c` it closes: expected `%c`", closer, f->bracket,
                     wanted);
    Position at = cl_parse_position(p, f->open);
    if (d && at.line)
        cl_diag_set_hint(d, (Span){f->open, f->open + 1},
                         "the `%c` was opened at line %u, column %u", f->bracket, at.line,
                         at.column);
}

// Handles a closer that does not match the bracket of `f`, in one of three ways:
// - a mistyped closer (the text has one too many of it and one too few of f's): it closes `f`;
// - a missing closer (an enclosing form opened with the matching bracket): `f` ends broken and
//   the closer goes to that form;
// - an extra closer (nothing open matches it): it is skipped and `f` goes on.
// Each gives one diagnostic. Returns what at_end returns.
static bool mismatched_closer(Parser *p, Frame *f)
{
    int closer = p->token->kind == TOK_RPAREN ? 0 : 1, own = f->bracket == '(' ? 0 : 1;
    if (!p->balance_known)
        count_brackets(p);
    if (p->excess[closer] > 0 && p->excess[own] < 0) {
        report_mismatch(p, f, false);
        p->excess[closer]--;
        p->excess[own]++;
        f->end = END_CLOSED;
        return true;
    }
    uint32_t open_elsewhere = p->open[closer];
    if (open_elsewhere > 0) {
        Frame *g = f->outer;
        while (g->bracket != (closer == 0 ? '(' : '['))
            g = g->outer;
        report_mismatch(p, f, true);
        p->excess[own]++;
        p->unwind_to = g;
        f->end = END_BROKEN;
        return true;
    }
    uint32_t start = p->token->start;
    uint8_t kind = p->token->kind;
    while (p->token->kind == kind) {
        p->excess[closer]--;
        advance(p);
    }
    Diagnostic *d = cl_parse_error(p, start, last_end(p), "unexpected-closer",
                             "unexpected `%c`: no `%c` is open", closer ? ']' : ')',
                             closer ? '[' : '(');
    cl_diag_set_hint(d, (Span){0, 0}, "delete it");
    return at_end(p, f);
}

// Decides whether a closer or the end of the text ends the form of `f`, reporting what is
// wrong with it. A matching closer gives END_CLOSED, the end of the text END_BROKEN.
bool cl_parse_end(Parser *p, Frame *f)
{
    if (f->end != END_OPEN)
        return true; // asked again: the answer (and its diagnostic) stands
    uint8_t kind = p->token->kind;
    if (kind == TOK_EOF) {
        if (!p->quiet_eof && !p->lexer.eof_error)
            report_unclosed(p, f);
        p->quiet_eof = true;
        f->end = END_BROKEN;
        return true;
    }
    if (p->unwind_to) {
        f->end = p->unwind_to == f ? END_CLOSED : END_BROKEN;
        if (p->unwind_to == f)
            p->unwind_to = NULL;
        return true;
    }
    if ((kind == TOK_RPAREN) == (f->bracket == '(')) {
        f->end = END_CLOSED;
        return true;
    }
    return mismatched_closer(p, f);
}

// Ends the form of `f`: consumes its closer, and makes the node `kind` from the kids it pushed,
// or a NODE_ERROR (dropping every node made since it opened) when it is bad or broken.
NodeId cl_parse_close(Parser *p, Frame *f, uint8_t kind, uint16_t flags, uint32_t extra)
{
    if (f->end == END_CLOSED)
        advance(p);
    pop_frame(p, f);
    Span span = {f->open, last_end(p)};
    if (CL_UNLIKELY(f->bad || f->end != END_CLOSED)) {
        p->tree->node_count = f->node_mark;
        p->tree->kid_count = f->kid_mark;
        p->scratch->stack_count = f->base;
        return error_leaf(p, span.start, span.end);
    }
    return cl_parse_node(p, kind, flags, span, f->base, extra);
}

// Ends a bracketed group that makes no node of its own (a binding list, an export clause): its
// kids stay on the stack for the enclosing form. False when the group is broken.
bool cl_parse_close_group(Parser *p, Frame *f)
{
    if (f->end == END_CLOSED)
        advance(p);
    pop_frame(p, f);
    return f->end == END_CLOSED;
}

// Skips one datum (an atom, or a bracketed form and everything in it) without building nodes.
// Bracket errors inside it are still reported.
void cl_parse_skip(Parser *p)
{
    if (!is_opener(p->token->kind)) {
        advance(p);
        return;
    }
    Frame f;
    if (!cl_parse_open(p, &f))
        return;
    while (!at_end(p, &f))
        cl_parse_skip(p);
    cl_parse_close_group(p, &f);
}

// Skips the rest of the form of `f`.
void cl_parse_skip_rest(Parser *p, Frame *f)
{
    while (!at_end(p, f))
        cl_parse_skip(p);
}

// ---------------------------------------------------------------------------------------------
// Atoms and expressions

static bool long_int(const char *text, uint32_t length, int64_t *value);

// Sets *value to the integer the digits [text, text+length) spell, when it fits int64.
static CL_ALWAYS_INLINE bool small_int(const char *text, uint32_t length, int64_t *value)
{
    if (CL_UNLIKELY(length > 18))
        return long_int(text, length, value);
    bool negative = text[0] == '-';
    int64_t v = 0; // at most 18 digits: no overflow, no leading zeros to strip first
    for (uint32_t i = negative; i < length; i++)
        v = v * 10 + (text[i] - '0');
    *value = negative ? -v : v;
    return true;
}

// small_int for 19 digits and more.
static bool long_int(const char *text, uint32_t length, int64_t *value)
{
    bool negative = text[0] == '-';
    uint32_t i = negative;
    while (i + 1 < length && text[i] == '0')
        i++;
    if (length - i > 19)
        return false;
    uint64_t v = 0;
    for (; i < length; i++)
        v = v * 10 + (uint64_t)(text[i] - '0');
    if (negative) {
        if (v > (uint64_t)INT64_MAX + 1)
            return false;
        *value = v == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)v;
    } else {
        if (v > (uint64_t)INT64_MAX)
            return false;
        *value = (int64_t)v;
    }
    return true;
}

// The INT node of the current token, with its value in the node when it fits int64.
static CL_ALWAYS_INLINE NodeId int_leaf(Parser *p)
{
    Token t = *p->token;
    advance(p);
    Tree *tree = p->tree;
    if (CL_UNLIKELY(tree->node_count == tree->node_capacity) && !cl_parse_grow_nodes(p))
        return 0;
    NodeId id = tree->node_count++;
    int64_t value;
    if (CL_LIKELY(small_int(tree->source + t.start, t.length, &value)))
        put_node(tree, id, NODE_INT, NF_INT_SMALL, t.start, t.start + t.length,
                 (uint32_t)(uint64_t)value, (uint32_t)((uint64_t)value >> 32), 0);
    else
        put_node(tree, id, NODE_INT, 0, t.start, t.start + t.length, tree->kid_count, 0, 0);
    return id;
}

NodeId cl_parse_int(Parser *p)
{
    return int_leaf(p);
}

// Reports a token that cannot stand where a value or a name is expected: a reserved word, a
// keyword, a `...` name. Consumes it and returns a NODE_ERROR.
NodeId cl_parse_misplaced(Parser *p)
{
    Token t = *p->token;
    char text[96];
    cl_parse_text(p, t, text, sizeof text);
    Diagnostic *d;
    if (t.kind == TOK_KEYWORD) {
        d = cl_parse_error(p, t.start, t.start + t.length, "misplaced-keyword",
                     "keyword `%s` is only allowed as a clause key of spec:contract", text);
        cl_diag_set_hint(d, (Span){0, 0}, "for a text value write a string: \"%s\"", text + 1);
    } else if (t.word == WORD_DOTS) {
        d = cl_parse_error(p, t.start, t.start + t.length, "misplaced-dots",
                     "`%s` is only allowed in a list pattern", text);
        cl_diag_set_hint(d, (Span){0, 0},
                         "`...` marks the rest of a list in a match pattern, as in [x ... rest]");
    } else if (t.word == WORD_COLON) {
        d = cl_parse_error(p, t.start, t.start + t.length, "reserved-word",
                     "`:` can only start a type ascription (: expr Type)");
    } else {
        d = cl_parse_error(p, t.start, t.start + t.length, "reserved-word",
                     "reserved word `%s` can only be the head of its own form, as in (%s ...)",
                     text, text);
    }
    advance(p);
    return error_leaf(p, t.start, t.start + t.length);
}

// read_form, out of line.
NodeId cl_parse_form(Parser *p, Frame *f)
{
    return read_form(p, f);
}

// Reads expressions up to the end of the form of `f`, pushing them as kids. Returns how many.
// Plain symbols and forms, the most common elements, are read without a call of cl_parse_expr
// (parse_operand: a nested form costs one call of this function).
uint32_t cl_parse_body(Parser *p, Frame *f)
{
    uint32_t count = 0;
    while (!at_end(p, f)) {
        push_kid(p, parse_operand(p));
        count++;
    }
    return count;
}

// expr := INT | FLOAT | STRING | BOOLEAN | "nil" | SYMBOL | list | form
NodeId cl_parse_expr(Parser *p)
{
    Token t = *p->token;
    switch (t.kind) {
    case TOK_LPAREN:
        return parse_paren(p);
    case TOK_SYMBOL:
        if (CL_LIKELY(plain_symbol(t)))
            return leaf(p, NODE_SYMBOL, (t.flags & TOKF_NONASCII) ? NF_NONASCII : 0);
        return cl_parse_misplaced(p);
    case TOK_INT:
        return int_leaf(p);
    case TOK_FLOAT:
        return leaf(p, NODE_FLOAT, 0);
    case TOK_STRING:
        return leaf(p, NODE_STRING, string_flags(t));
    case TOK_TRUE:
        return leaf(p, NODE_TRUE, 0);
    case TOK_FALSE:
        return leaf(p, NODE_FALSE, 0);
    case TOK_NIL:
        return leaf(p, NODE_NIL, 0);
    case TOK_LBRACKET:
        return parse_list(p);
    case TOK_KEYWORD:
        return cl_parse_misplaced(p);
    default: // TOK_ERROR, already reported by the lexer
        advance(p);
        return error_leaf(p, t.start, t.start + t.length);
    }
}

// ---------------------------------------------------------------------------------------------
// Programs

// Reports a run of closing brackets at top level, where no form is open, as one diagnostic.
static void stray_closers(Parser *p)
{
    uint32_t start = p->token->start, count = 0;
    char first = p->tree->source[start];
    if (!p->balance_known)
        count_brackets(p);
    while (p->token->kind == TOK_RPAREN || p->token->kind == TOK_RBRACKET) {
        p->excess[p->token->kind == TOK_RPAREN ? 0 : 1]--;
        count++;
        advance(p);
    }
    Diagnostic *d;
    if (count == 1)
        d = cl_parse_error(p, start, last_end(p), "unexpected-closer",
                     "unexpected `%c`: no form is open", first);
    else
        d = cl_parse_error(p, start, last_end(p), "unexpected-closer",
                     "%u unexpected closing brackets: no form is open", count);
    cl_diag_set_hint(d, (Span){0, 0},
                     "delete it, or look for a form closed too early before it");
}

// program := form* — the kids of node 1.
static void parse_program(Parser *p)
{
    uint32_t base = p->scratch->stack_count;
    for (;;) {
        uint8_t kind = p->token->kind;
        if (kind == TOK_EOF)
            break;
        if (kind == TOK_RPAREN || kind == TOK_RBRACKET)
            stray_closers(p);
        else
            push_kid(p, cl_parse_expr(p));
    }
    Tree *t = p->tree;
    uint32_t count = p->scratch->stack_count - base;
    p->scratch->stack_count = base;
    if (p->oom || (t->kid_count + count > t->kid_capacity && !cl_parse_grow_kids(p, count)))
        return;
    t->nodes[1].first = t->kid_count;
    t->nodes[1].count = count;
    copy_kids(t->kids + t->kid_count, p->scratch->stack + base, count);
    t->kid_count += count;
}

// Prepares `tree` for a parse of `length` bytes: empties it, keeps its storage, and makes node 0
// (NONE) and node 1 (the PROGRAM root). False when out of memory.
static bool reset_tree(Parser *p, size_t length)
{
    Tree *t = p->tree;
    t->node_count = t->kid_count = t->comment_count = 0;
    if (t->diags.count)
        cl_diags_clear(&t->diags);
    if (!t->scratch && !(t->scratch = calloc(1, sizeof(Scratch))))
        return false;
    p->scratch = t->scratch;
    p->scratch->stack_count = 0;
    cl_parse_names_clear(&p->scratch->exports);
    uint32_t guess = (uint32_t)(length / 8 > 1u << 28 ? 1u << 28 : length / 8) + 16;
    Scratch *s = p->scratch;
    if ((t->node_capacity < guess &&
         !reserve(p, (void **)&t->nodes, &t->node_capacity, 0, guess, sizeof(Node))) ||
        (t->kid_capacity < guess &&
         !reserve(p, (void **)&t->kids, &t->kid_capacity, 0, guess, sizeof(NodeId))) ||
        (s->stack_capacity < 64 &&
         !reserve(p, (void **)&s->stack, &s->stack_capacity, 0, 64, sizeof(NodeId))))
        return false;
    t->nodes[0] = (Node){NODE_NONE, 0, 0, {0, 0}, 0, 0, 0};
    uint32_t end = length > UINT32_MAX ? UINT32_MAX : (uint32_t)length;
    t->nodes[1] = (Node){NODE_PROGRAM, 0, 0, {0, end}, 0, 0, 0};
    t->node_count = 2;
    return true;
}

// Copies the text into the scratch, followed by CL_LEX_PADDING NUL bytes, for the lexer's fast
// path (Lexer.padded). False when out of memory.
static bool copy_padded(Scratch *s, const char *source, size_t length)
{
    if (s->padded_capacity < length + CL_LEX_PADDING) {
        char *bigger = malloc(length + CL_LEX_PADDING);
        if (!bigger)
            return false;
        free(s->padded);
        s->padded = bigger;
        s->padded_capacity = length + CL_LEX_PADDING;
        advise_huge_pages(bigger, s->padded_capacity);
    }
    if (length)
        memcpy(s->padded, source, length);
    memset(s->padded + length, 0, CL_LEX_PADDING);
    return true;
}

// cl_parse and cl_parse_padded: `padded` is the text followed by CL_LEX_PADDING NUL bytes, or
// NULL to have it copied so (into the scratch).
static bool parse_text(Tree *tree, const char *path, const char *source, size_t length,
                       const char *padded)
{
    Parser p = {.tree = tree};
    tree->path = path;
    tree->source = source;
    tree->length = length > UINT32_MAX ? UINT32_MAX : (uint32_t)length;
    p.max_depth = tree->max_depth ? tree->max_depth : CL_PARSE_MAX_DEPTH;
    if (!reset_tree(&p, length)) {
        tree->node_count = tree->node_capacity >= 2 ? 2 : 0;
        cl_diags_add(&tree->diags, DIAG_ERROR, CL_ERR_PARSE_ERROR, (Span){0, 0},
                     "out-of-memory", "out of memory while parsing");
        return false;
    }
    if (length >= UINT32_MAX) {
        cl_diags_add(&tree->diags, DIAG_ERROR, CL_ERR_PARSE_ERROR, (Span){0, 0}, "too-large",
                     "the file is too large: the limit is 4 GiB");
        return false;
    }
    if (!padded) {
        if (!copy_padded(p.scratch, source, length)) {
            cl_diags_add(&tree->diags, DIAG_ERROR, CL_ERR_PARSE_ERROR, (Span){0, 0},
                         "out-of-memory", "out of memory while parsing");
            return false;
        }
        padded = p.scratch->padded;
    }
    cl_lex_init(&p.lexer, padded, length, &tree->diags);
    p.lexer.padded = true;
    p.lexer.comment_tree = tree;
    p.scratch->tokens[0] = (Token){TOK_EOF, 0, 0, p.lexer.text_start, 0}; // for last_end
    p.token = cl_parse_refill(&p);
    parse_program(&p);
    p.oom |= p.lexer.comments_lost;
    if (p.have_lines)
        cl_linemap_fini(&p.scratch->lines);
    if (p.oom) {
        tree->node_count = 2;
        tree->kid_count = 0;
        tree->nodes[1].first = 0;
        tree->nodes[1].count = 0;
        cl_diags_add(&tree->diags, DIAG_ERROR, CL_ERR_PARSE_ERROR, (Span){0, 0},
                     "out-of-memory", "out of memory while parsing");
        return false;
    }
    if (tree->diags.count > 1)
        cl_diags_sort(&tree->diags);
    return tree->diags.count == 0;
}

bool cl_parse(Tree *tree, const char *path, const char *source, size_t length)
{
    return parse_text(tree, path, source, length, NULL);
}

bool cl_parse_padded(Tree *tree, const char *path, const char *source, size_t length)
{
    return parse_text(tree, path, source, length, source);
}

void cl_parse_scratch_free(void *scratch)
{
    Scratch *s = scratch;
    if (!s)
        return;
    free(s->stack);
    free(s->padded);
    free(s->names.slots);
    free(s->exports.slots);
    free(s);
}
