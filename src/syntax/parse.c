// parse.c: the parser, second stage of the pipeline. Recursive descent over the lexer's tokens
// into the flat syntax graph of syntax.h. Every special form of LANGUAGE.md §5 is recognised
// and shape-checked here, so later stages only ever see the documented layouts. A problem
// becomes a diagnostic and a NODE_ERROR, and parsing goes on: docs/internals/syntax.md
// describes the recovery rules and the storage.
#include "syntax/syntax_private.h"
#include "claudelang.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

// ---------------------------------------------------------------------------------------------
// Working storage

// One entry of a NameSet: a name as a byte range of the source.
typedef struct NameSlot {
    uint32_t start;
    uint32_t length;
    uint32_t hash;
    uint32_t generation; // the slot is in use when this equals the set's generation
} NameSlot;

// The names seen so far in one parameter list, one pattern, one `data` form or (for exports)
// one file, for the duplicate checks. Clearing bumps `generation`, so it costs nothing.
typedef struct NameSet {
    NameSlot *slots;
    uint32_t capacity; // a power of two, or 0
    uint32_t count;
    uint32_t generation;
} NameSet;

// What a tree keeps between parses in `tree->scratch`, so that parsing again allocates nothing.
typedef struct Scratch {
    NodeId *stack; // kids of the forms being read; a form's kids are copied out when it closes
    uint32_t stack_count;
    uint32_t stack_capacity;
    NameSet names;   // parameters, pattern variables or constructors of the current form
    NameSet exports; // every name the file exports
    Token tokens[256]; // lexed ahead in batches (cl_lex_batch)
} Scratch;

typedef enum FrameEnd { END_OPEN, END_CLOSED, END_BROKEN } FrameEnd;

// A bracketed form being read. Frames live on the C stack and are chained to the enclosing one.
// END_CLOSED: the current token is the form's closer (close_form consumes it). END_BROKEN: the
// text ended, or the closer belongs to an enclosing form; the form becomes a NODE_ERROR and
// nothing is consumed. `bad` means a diagnostic turned the form into a NODE_ERROR.
typedef struct Frame {
    struct Frame *outer;
    uint32_t open;      // offset of the opening bracket
    uint32_t level;     // nesting depth, 1 for a top-level form
    uint32_t base;      // height of the kid stack when the form opened
    uint32_t node_mark; // node and kid counts when it opened: a broken form rolls back to them
    uint32_t kid_mark;
    uint8_t bracket; // '(' or '['
    uint8_t closer;  // the TokenKind that closes it: TOK_RPAREN or TOK_RBRACKET
    uint8_t end;     // FrameEnd
    bool bad;
} Frame;

typedef struct Parser {
    Tree *tree;
    Scratch *scratch;
    Lexer lexer;
    Token token;       // the current token (never a comment)
    uint32_t last_end; // end of the last consumed token
    uint32_t next;     // the token after `token` is scratch->tokens[next] (when next < ahead)
    uint32_t ahead;
    Frame *frame;      // the innermost open form, NULL at top level
    uint32_t max_depth;
    uint32_t open_parens;   // open frames whose bracket is `(`
    uint32_t open_brackets; // open frames whose bracket is `[`
    Frame *unwind_to;  // the current closer belongs to this enclosing frame
    bool quiet_eof;    // the end of the text needs no (further) "unclosed" diagnostic
    bool oom;
    bool has_module;
    uint32_t module_at; // offset of the first `module` form
    LineMap lines;      // built on the first hint that names a line
    bool have_lines;
    bool balance_known; // excess[] is computed (see count_brackets)
    int64_t excess[2];
} Parser;

// ---------------------------------------------------------------------------------------------
// Storage

// Called when an allocation failed: stop reading (every loop sees the end of the text).
static void out_of_memory(Parser *p)
{
    p->oom = true;
    p->quiet_eof = true;
    p->lexer.offset = p->lexer.length;
    p->next = p->ahead = 0;
    p->token = (Token){TOK_EOF, 0, 0, p->lexer.length, 0};
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
    return true;
}

// Grows the node array by at least one node. False when out of memory.
static bool grow_nodes(Parser *p)
{
    Tree *t = p->tree;
    return reserve(p, (void **)&t->nodes, &t->node_capacity, t->node_count, 1, sizeof(Node));
}

// A new node with no kids; 0 when out of memory.
static CL_ALWAYS_INLINE NodeId new_node(Parser *p, uint8_t kind, uint16_t flags, uint32_t start,
                                        uint32_t end)
{
    Tree *t = p->tree;
    if (CL_UNLIKELY(t->node_count == t->node_capacity) && !grow_nodes(p))
        return 0;
    NodeId id = t->node_count++;
    Node *n = &t->nodes[id];
    n->kind = kind;
    n->pad = 0;
    n->flags = flags;
    n->span.start = start;
    n->span.end = end;
    n->first = t->kid_count;
    n->count = 0;
    n->extra = 0;
    return id;
}

// Grows the kid stack by at least one entry. False when out of memory.
static bool grow_stack(Parser *p)
{
    Scratch *s = p->scratch;
    return reserve(p, (void **)&s->stack, &s->stack_capacity, s->stack_count, 1, sizeof(NodeId));
}

static CL_ALWAYS_INLINE void push_kid(Parser *p, NodeId id)
{
    Scratch *s = p->scratch;
    if (CL_UNLIKELY(s->stack_count == s->stack_capacity) && !grow_stack(p))
        return;
    s->stack[s->stack_count++] = id;
}

// A node whose kids are the stack entries from `base` up, which it pops; 0 when out of memory.
static NodeId make_node(Parser *p, uint8_t kind, uint16_t flags, Span span, uint32_t base,
                        uint32_t extra)
{
    Tree *t = p->tree;
    Scratch *s = p->scratch;
    uint32_t count = s->stack_count - base;
    s->stack_count = base;
    if (CL_UNLIKELY(t->kid_count + count > t->kid_capacity) &&
        !reserve(p, (void **)&t->kids, &t->kid_capacity, t->kid_count, count, sizeof(NodeId)))
        return 0;
    NodeId id = new_node(p, kind, flags, span.start, span.end);
    if (!id)
        return 0;
    Node *n = &t->nodes[id];
    n->count = count;
    n->extra = extra;
    NodeId *to = t->kids + t->kid_count;
    const NodeId *from = s->stack + base;
    switch (count) { // most forms have a few kids: no call to memcpy for them
    case 4:
        to[3] = from[3];
        // fall through
    case 3:
        to[2] = from[2];
        // fall through
    case 2:
        to[1] = from[1];
        // fall through
    case 1:
        to[0] = from[0];
        // fall through
    case 0:
        break;
    default:
        memcpy(to, from, sizeof(NodeId) * count);
    }
    t->kid_count += count;
    return id;
}

static bool is_error(const Parser *p, NodeId id)
{
    return p->tree->nodes[id].kind == NODE_ERROR;
}

// Turns a finished node into a NODE_ERROR (its kids, if any, are simply no longer reachable).
static void turn_into_error(Parser *p, NodeId id)
{
    Node *n = &p->tree->nodes[id];
    n->kind = NODE_ERROR;
    n->flags = 0;
    n->count = 0;
    n->extra = 0;
}

// ---------------------------------------------------------------------------------------------
// Name sets

static uint32_t hash_name(const char *text, uint32_t length)
{
    uint32_t h = 2166136261u;
    for (uint32_t i = 0; i < length; i++)
        h = (h ^ (unsigned char)text[i]) * 16777619u;
    return h;
}

static void names_clear(NameSet *set)
{
    set->count = 0;
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
    for (uint32_t i = 0; i < set->capacity; i++) {
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

// Adds the name [start, start+length). Returns UINT32_MAX when it is new, otherwise the start
// of the earlier occurrence (out of memory counts as new: parsing is stopping anyway).
static uint32_t names_add(Parser *p, NameSet *set, uint32_t start, uint32_t length)
{
    if (set->generation == 0)
        set->generation = 1;
    if ((set->count + 1) * 2 > set->capacity && !names_grow(p, set))
        return UINT32_MAX;
    const char *text = p->tree->source + start;
    uint32_t hash = hash_name(text, length), mask = set->capacity - 1;
    for (uint32_t j = hash & mask;; j = (j + 1) & mask) {
        NameSlot *slot = &set->slots[j];
        if (slot->generation != set->generation) {
            *slot = (NameSlot){start, length, hash, set->generation};
            set->count++;
            return UINT32_MAX;
        }
        if (slot->hash == hash && slot->length == length &&
            memcmp(p->tree->source + slot->start, text, length) == 0)
            return slot->start;
    }
}

// ---------------------------------------------------------------------------------------------
// Diagnostics

static Diagnostic *error_at(Parser *p, uint32_t start, uint32_t end, const char *code,
                            const char *format, ...) __attribute__((format(printf, 5, 6)));

static Diagnostic *error_at(Parser *p, uint32_t start, uint32_t end, const char *code,
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
static Position position_of(Parser *p, uint32_t offset)
{
    if (!p->have_lines) {
        if (!cl_linemap_init(&p->lines, p->tree->source, p->tree->length))
            return (Position){0, 0, 0};
        p->have_lines = true;
    }
    return cl_linemap_position(&p->lines, offset);
}

// Writes how a token reads in a message: `text` (shortened) or "the end of the file".
static const char *describe(const Parser *p, Token t, char *buffer, size_t size)
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
static const char *token_text(const Parser *p, Token t, char *buffer, size_t size)
{
    cl_text_quote(buffer, size, p->tree->source + t.start, t.length, 24);
    return buffer;
}

// ---------------------------------------------------------------------------------------------
// Tokens and frames

// Lexes the next batch of tokens.
static void refill(Parser *p)
{
    p->ahead = cl_lex_batch(&p->lexer, p->scratch->tokens, 256);
    p->next = 0;
}

// Moves the comment at the current token (and those right after it) to tree->comments.
static void keep_comments(Parser *p)
{
    Tree *t = p->tree;
    do {
        if (reserve(p, (void **)&t->comments, &t->comment_capacity, t->comment_count, 1,
                    sizeof(Token)))
            t->comments[t->comment_count++] = p->token;
        if (p->oom)
            return;
        if (p->next == p->ahead)
            refill(p);
        p->token = p->scratch->tokens[p->next++];
    } while (p->token.kind == TOK_COMMENT);
}

// Consumes the current token.
static inline void advance(Parser *p)
{
    p->last_end = p->token.start + p->token.length;
    if (CL_UNLIKELY(p->next == p->ahead))
        refill(p);
    p->token = p->scratch->tokens[p->next++];
    if (CL_UNLIKELY(p->token.kind == TOK_COMMENT))
        keep_comments(p);
}

static inline bool is_opener(uint8_t kind)
{
    return kind == TOK_LPAREN || kind == TOK_LBRACKET;
}

// Skips the bracketed datum at the current token without parsing it, counting brackets only
// (used past the nesting limit, where building frames is what must be avoided).
static void skip_raw(Parser *p)
{
    uint32_t nesting = 0;
    for (;;) {
        uint8_t kind = p->token.kind;
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

// Opens the form whose bracket is the current token and consumes the bracket. False when that
// would nest deeper than the limit: the whole datum is then reported and skipped.
static bool open_form(Parser *p, Frame *f)
{
    f->open = p->token.start;
    f->level = p->frame ? p->frame->level + 1 : 1;
    if (CL_UNLIKELY(f->level > p->max_depth)) {
        Diagnostic *d = error_at(p, f->open, f->open + 1, "too-deep",
                                 "nesting too deep: more than %u levels of brackets",
                                 p->max_depth);
        cl_diag_set_hint(d, (Span){0, 0},
                         "split the expression up, naming its parts with let or define");
        skip_raw(p);
        return false;
    }
    f->outer = p->frame;
    f->base = p->scratch->stack_count;
    f->node_mark = p->tree->node_count;
    f->kid_mark = p->tree->kid_count;
    f->bracket = p->token.kind == TOK_LPAREN ? '(' : '[';
    f->closer = p->token.kind == TOK_LPAREN ? TOK_RPAREN : TOK_RBRACKET;
    f->end = END_OPEN;
    f->bad = false;
    p->frame = f;
    if (f->bracket == '(')
        p->open_parens++;
    else
        p->open_brackets++;
    advance(p);
    return true;
}

static void pop_frame(Parser *p, Frame *f)
{
    p->frame = f->outer;
    if (f->bracket == '(')
        p->open_parens--;
    else
        p->open_brackets--;
}

// Reports the form of `f`, still open at the end of the text, at its opening bracket.
static void report_unclosed(Parser *p, const Frame *f)
{
    char closer = f->bracket == '(' ? ')' : ']';
    Diagnostic *d = error_at(p, f->open, f->open + 1, "unclosed",
                             "unclosed `%c`: the file ends before its `%c`", f->bracket, closer);
    Position at = position_of(p, f->open);
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
    Token t = p->token;
    char closer = t.kind == TOK_RPAREN ? ')' : ']';
    char wanted = f->bracket == '(' ? ')' : ']';
    Diagnostic *d;
    if (missing)
        d = error_at(p, t.start, t.start + 1, "mismatched-bracket",
                     "found `%c` where the `%c` before it needs its `%c`", closer, f->bracket,
                     wanted);
    else
        d = error_at(p, t.start, t.start + 1, "mismatched-bracket",
                     "`%c` does not match the `%c` it closes: expected `%c`", closer, f->bracket,
                     wanted);
    Position at = position_of(p, f->open);
    if (d && at.line)
        cl_diag_set_hint(d, (Span){f->open, f->open + 1},
                         "the `%c` was opened at line %u, column %u", f->bracket, at.line,
                         at.column);
}

static inline bool at_end(Parser *p, Frame *f);

// Handles a closer that does not match the bracket of `f`, in one of three ways:
// - a mistyped closer (the text has one too many of it and one too few of f's): it closes `f`;
// - a missing closer (an enclosing form opened with the matching bracket): `f` ends broken and
//   the closer goes to that form;
// - an extra closer (nothing open matches it): it is skipped and `f` goes on.
// Each gives one diagnostic. Returns what at_end returns.
static bool mismatched_closer(Parser *p, Frame *f)
{
    int closer = p->token.kind == TOK_RPAREN ? 0 : 1, own = f->bracket == '(' ? 0 : 1;
    if (!p->balance_known)
        count_brackets(p);
    if (p->excess[closer] > 0 && p->excess[own] < 0) {
        report_mismatch(p, f, false);
        p->excess[closer]--;
        p->excess[own]++;
        f->end = END_CLOSED;
        return true;
    }
    uint32_t open_elsewhere = closer == 0 ? p->open_parens : p->open_brackets;
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
    uint32_t start = p->token.start;
    uint8_t kind = p->token.kind;
    while (p->token.kind == kind) {
        p->excess[closer]--;
        advance(p);
    }
    Diagnostic *d = error_at(p, start, p->last_end, "unexpected-closer",
                             "unexpected `%c`: no `%c` is open", closer ? ']' : ')',
                             closer ? '[' : '(');
    cl_diag_set_hint(d, (Span){0, 0}, "delete it");
    return at_end(p, f);
}

// Decides whether a closer or the end of the text ends the form of `f`, reporting what is
// wrong with it. A matching closer gives END_CLOSED, the end of the text END_BROKEN.
static bool end_of_form(Parser *p, Frame *f)
{
    if (f->end != END_OPEN)
        return true; // asked again: the answer (and its diagnostic) stands
    uint8_t kind = p->token.kind;
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

// True when the current token ends the form of `f` (see end_of_form).
static inline bool at_end(Parser *p, Frame *f)
{
    uint8_t kind = p->token.kind;
    if (CL_LIKELY(kind > TOK_RBRACKET) || is_opener(kind))
        return false;
    if (CL_LIKELY(kind == f->closer && f->end == END_OPEN && !p->unwind_to)) {
        f->end = END_CLOSED;
        return true;
    }
    return end_of_form(p, f);
}

// The end offset of the form of `f` once at_end said it ends: after its closer if it has one.
static uint32_t form_end(const Parser *p, const Frame *f)
{
    return f->end == END_CLOSED ? p->token.start + p->token.length : p->last_end;
}

// Reports a problem with the whole form of `f` (called once at_end is true) and marks it bad.
// Nothing is reported for a form that is already broken or bad: its problem was reported.
static Diagnostic *form_error(Parser *p, Frame *f, const char *code, const char *format, ...)
    __attribute__((format(printf, 4, 5)));

static Diagnostic *form_error(Parser *p, Frame *f, const char *code, const char *format, ...)
{
    if (f->end != END_CLOSED || f->bad) {
        f->bad = true;
        return NULL;
    }
    f->bad = true;
    va_list args;
    va_start(args, format);
    Diagnostic *d = cl_diags_addv(&p->tree->diags, DIAG_ERROR, CL_ERR_PARSE_ERROR,
                                  (Span){f->open, form_end(p, f)}, code, format, args);
    va_end(args);
    if (!d)
        out_of_memory(p);
    return d;
}

// A NODE_ERROR leaf over [start, end).
static NodeId error_leaf(Parser *p, uint32_t start, uint32_t end)
{
    return new_node(p, NODE_ERROR, 0, start, end);
}

// Ends the form of `f`: consumes its closer, and makes the node `kind` from the kids it pushed,
// or a NODE_ERROR (dropping every node made since it opened) when it is bad or broken.
static NodeId close_form(Parser *p, Frame *f, uint8_t kind, uint16_t flags, uint32_t extra)
{
    if (f->end == END_CLOSED)
        advance(p);
    pop_frame(p, f);
    Span span = {f->open, p->last_end};
    if (CL_UNLIKELY(f->bad || f->end != END_CLOSED)) {
        p->tree->node_count = f->node_mark;
        p->tree->kid_count = f->kid_mark;
        p->scratch->stack_count = f->base;
        return error_leaf(p, span.start, span.end);
    }
    return make_node(p, kind, flags, span, f->base, extra);
}

// Ends a bracketed group that makes no node of its own (a binding list, an export clause): its
// kids stay on the stack for the enclosing form. False when the group is broken.
static bool close_group(Parser *p, Frame *f)
{
    if (f->end == END_CLOSED)
        advance(p);
    pop_frame(p, f);
    return f->end == END_CLOSED;
}

// The NODE_ERROR for a datum skipped by open_form because it nests too deep.
static NodeId deep_node(Parser *p, const Frame *f)
{
    return error_leaf(p, f->open, p->last_end);
}

// Skips one datum (an atom, or a bracketed form and everything in it) without building nodes.
// Bracket errors inside it are still reported.
static void skip_datum(Parser *p)
{
    if (!is_opener(p->token.kind)) {
        advance(p);
        return;
    }
    Frame f;
    if (!open_form(p, &f))
        return;
    while (!at_end(p, &f))
        skip_datum(p);
    close_group(p, &f);
}

// Skips the rest of the form of `f`.
static void skip_rest(Parser *p, Frame *f)
{
    while (!at_end(p, f))
        skip_datum(p);
}

// ---------------------------------------------------------------------------------------------
// Atoms

static NodeId parse_expr(Parser *p);
static NodeId parse_form(Parser *p, Frame *f);

static inline NodeId leaf(Parser *p, uint8_t kind, uint16_t flags)
{
    Token t = p->token;
    advance(p);
    return new_node(p, kind, flags, t.start, t.start + t.length);
}

// Sets *value to the integer the digits [text, text+length) spell, when it fits int64.
static bool small_int(const char *text, uint32_t length, int64_t *value)
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

static NodeId int_node(Parser *p)
{
    Token t = p->token;
    int64_t value;
    if (!small_int(p->tree->source + t.start, t.length, &value))
        return leaf(p, NODE_INT, 0);
    NodeId id = leaf(p, NODE_INT, NF_INT_SMALL);
    if (id) {
        p->tree->nodes[id].first = (uint32_t)(uint64_t)value;
        p->tree->nodes[id].count = (uint32_t)((uint64_t)value >> 32);
    }
    return id;
}

static inline uint16_t string_flags(Token t)
{
    return (uint16_t)(((t.flags & TOKF_ESCAPES) ? NF_ESCAPES : 0) |
                      ((t.flags & TOKF_NONASCII) ? NF_NONASCII : 0));
}

// True for a symbol that may name a variable, parameter or binding: not a reserved word, not a
// `...` name (keywords are TOK_KEYWORD, never TOK_SYMBOL).
static inline bool plain_symbol(Token t)
{
    return t.kind == TOK_SYMBOL && (t.word == WORD_NONE || t.word > WORD_LAST_RESERVED) &&
           t.word != WORD_DOTS;
}

// True when the token's text starts with an uppercase letter (a constructor or type name).
static bool starts_upper(const Parser *p, Token t)
{
    const unsigned char *s = (const unsigned char *)p->tree->source + t.start;
    if (s[0] < 0x80)
        return s[0] >= 'A' && s[0] <= 'Z';
    uint32_t cp;
    return cl_utf8_decode(s, t.length, &cp) > 0 && cl_unicode_upper(cp);
}

// Reports a token that cannot stand where a value or a name is expected: a reserved word, a
// keyword, a `...` name. Consumes it and returns a NODE_ERROR.
static NodeId misplaced_word(Parser *p)
{
    Token t = p->token;
    char text[96];
    token_text(p, t, text, sizeof text);
    Diagnostic *d;
    if (t.kind == TOK_KEYWORD) {
        d = error_at(p, t.start, t.start + t.length, "misplaced-keyword",
                     "keyword `%s` is only allowed as a clause key of spec:contract", text);
        cl_diag_set_hint(d, (Span){0, 0}, "for a text value write a string: \"%s\"", text + 1);
    } else if (t.word == WORD_DOTS) {
        d = error_at(p, t.start, t.start + t.length, "misplaced-dots",
                     "`%s` is only allowed in a list pattern", text);
        cl_diag_set_hint(d, (Span){0, 0},
                         "`...` marks the rest of a list in a match pattern, as in [x ... rest]");
    } else if (t.word == WORD_COLON) {
        d = error_at(p, t.start, t.start + t.length, "reserved-word",
                     "`:` can only start a type ascription (: expr Type)");
    } else {
        d = error_at(p, t.start, t.start + t.length, "reserved-word",
                     "reserved word `%s` can only be the head of its own form, as in (%s ...)",
                     text, text);
    }
    advance(p);
    return error_leaf(p, t.start, t.start + t.length);
}

// Reads a name that a form binds (a let name, parameter, define name, alias ...): a symbol that
// is not reserved. Anything else is reported, skipped and returned as a NODE_ERROR. `what`
// names the role in the message ("parameter").
static NodeId parse_binder(Parser *p, const char *what)
{
    Token t = p->token;
    if (CL_LIKELY(plain_symbol(t)))
        return leaf(p, NODE_SYMBOL, (t.flags & TOKF_NONASCII) ? NF_NONASCII : 0);
    if (t.kind == TOK_ERROR) {
        advance(p);
        return error_leaf(p, t.start, t.start + t.length);
    }
    char shown[96];
    if (t.kind == TOK_SYMBOL) {
        Diagnostic *d = error_at(p, t.start, t.start + t.length, "reserved-word",
                                 "reserved word `%s` cannot be used as %s",
                                 token_text(p, t, shown, sizeof shown), what);
        cl_diag_set_hint(d, (Span){0, 0}, "choose another name");
        advance(p);
        return error_leaf(p, t.start, t.start + t.length);
    }
    error_at(p, t.start, t.start + t.length, "expected-name", "expected %s, found %s", what,
             describe(p, t, shown, sizeof shown));
    skip_datum(p);
    return error_leaf(p, t.start, p->last_end);
}

// Reads expressions up to the end of the form of `f`, pushing them as kids. Returns how many.
static uint32_t parse_body(Parser *p, Frame *f)
{
    uint32_t count = 0;
    while (!at_end(p, f)) {
        push_kid(p, parse_expr(p));
        count++;
    }
    return count;
}

// Reads the rest of a form already known to be bad as expressions, so that the problems inside
// them are reported too; the nodes are dropped when the form closes.
static void parse_rest(Parser *p, Frame *f)
{
    while (!at_end(p, f))
        parse_expr(p);
}

// Reports every element of `f` after the allowed ones ("`:` takes exactly one type") at the
// first of them, and skips them all.
static void reject_extra(Parser *p, Frame *f, const char *code, const char *message)
{
    if (at_end(p, f))
        return;
    uint32_t start = p->token.start;
    skip_rest(p, f);
    error_at(p, start, p->last_end, code, "%s", message);
    f->bad = true;
}

// Reports that the form of `f` lacks something at the current token: at its end the whole form
// is reported ("`let` needs ..."), otherwise the token that stands in the way ("..., found `x`").
// `usage` becomes the hint. Marks the form bad.
static void expected(Parser *p, Frame *f, const char *code, const char *need, const char *usage)
{
    Diagnostic *d;
    if (at_end(p, f)) {
        d = form_error(p, f, code, "%s", need);
    } else {
        char shown[96];
        Token t = p->token;
        d = error_at(p, t.start, t.start + t.length, code, "%s, found %s", need,
                     describe(p, t, shown, sizeof shown));
        f->bad = true;
    }
    cl_diag_set_hint(d, (Span){0, 0}, "write %s", usage);
}

// Reports the second occurrence of a name that must be unique (`what` `name` appears twice
// `where`), with a hint pointing at the first.
static void report_duplicate(Parser *p, Token t, uint32_t earlier, const char *what,
                             const char *where)
{
    char name[96];
    Diagnostic *d = error_at(p, t.start, t.start + t.length, "duplicate-name",
                             "%s `%s` appears twice %s", what,
                             token_text(p, t, name, sizeof name), where);
    Position at = position_of(p, earlier);
    if (d && at.line)
        cl_diag_set_hint(d, (Span){earlier, earlier + t.length},
                         "the first `%s` is at line %u, column %u", name, at.line, at.column);
}

// ---------------------------------------------------------------------------------------------
// Patterns (LANGUAGE.md §6)

static NodeId parse_pattern(Parser *p);

// The pattern variable spelled by [start, end) (the token, or the part after `...`). A name
// already bound in the same pattern is reported and becomes a NODE_ERROR.
static NodeId pattern_variable(Parser *p, Token t, uint16_t flags)
{
    uint32_t earlier = names_add(p, &p->scratch->names, t.start, t.length);
    if (earlier != UINT32_MAX) {
        report_duplicate(p, t, earlier, "pattern variable", "in one pattern");
        return error_leaf(p, t.start, t.start + t.length);
    }
    return new_node(p, NODE_PAT_VAR, flags, t.start, t.start + t.length);
}

// A pattern that is one symbol: `_`, a variable, or a bare constructor `C` (same as `(C)`).
static NodeId symbol_pattern(Parser *p)
{
    Token t = p->token;
    uint16_t flags = (t.flags & TOKF_NONASCII) ? NF_NONASCII : 0;
    if (t.word == WORD_UNDERSCORE)
        return leaf(p, NODE_PAT_WILDCARD, 0);
    if (!plain_symbol(t))
        return misplaced_word(p);
    if (starts_upper(p, t)) {
        uint32_t base = p->scratch->stack_count;
        push_kid(p, leaf(p, NODE_SYMBOL, flags));
        return make_node(p, NODE_PAT_CTOR, NF_BARE, (Span){t.start, t.start + t.length}, base,
                         0);
    }
    advance(p);
    return pattern_variable(p, t, flags);
}

// The rest variable of a list pattern: `name` is the token after `...`, or the part of `...name`
// after the dots. It must be a variable or `_`.
static NodeId rest_name(Parser *p, Token dots, Token name, bool separate)
{
    if (name.kind == TOK_SYMBOL && name.word == WORD_UNDERSCORE)
        return new_node(p, NODE_PAT_WILDCARD, 0, name.start, name.start + name.length);
    if (plain_symbol(name) && !starts_upper(p, name))
        return pattern_variable(p, name, (name.flags & TOKF_NONASCII) ? NF_NONASCII : 0);
    if (!(separate && name.kind == TOK_ERROR)) {
        char shown[96];
        Diagnostic *d = error_at(p, name.start, p->last_end, "bad-rest",
                                 "the rest of a list pattern must be a variable or `_`, found %s",
                                 describe(p, name, shown, sizeof shown));
        cl_diag_set_hint(d, (Span){0, 0}, "write [first ... rest] or [first ...rest]");
    }
    return error_leaf(p, dots.start, p->last_end);
}

// rest := "..." (VARIABLE | "_") | "...VARIABLE" | "..._"
static NodeId rest_pattern(Parser *p, Frame *f)
{
    Token dots = p->token;
    advance(p);
    if (dots.length > 3) {
        Token name = cl_lex_classify(p->tree->source + dots.start + 3, dots.length - 3);
        name.start += dots.start + 3;
        return rest_name(p, dots, name, false);
    }
    if (at_end(p, f)) {
        error_at(p, dots.start, dots.start + 3, "bad-rest",
                 "`...` must be followed by the name of the rest of the list, as in "
                 "[x ... rest]");
        return error_leaf(p, dots.start, dots.start + 3);
    }
    Token name = p->token;
    skip_datum(p);
    return rest_name(p, dots, name, true);
}

// list-pattern := "[" pattern* [rest] "]"
static NodeId list_pattern(Parser *p)
{
    Frame f;
    if (!open_form(p, &f))
        return deep_node(p, &f);
    uint16_t flags = 0;
    while (!at_end(p, &f)) {
        if (p->token.kind == TOK_SYMBOL && p->token.word == WORD_DOTS) {
            push_kid(p, rest_pattern(p, &f));
            flags = NF_REST;
            reject_extra(p, &f, "rest-not-last",
                         "nothing may follow the rest of a list pattern: `... rest` comes last");
            break;
        }
        push_kid(p, parse_pattern(p));
    }
    return close_form(p, &f, NODE_PAT_LIST, flags, 0);
}

// ctor-pattern := "(" CONSTRUCTOR pattern* ")"     group := "(" pattern ")"     empty := "(" ")"
// A group is the node of the pattern inside it.
static NodeId paren_pattern(Parser *p)
{
    Frame f;
    if (!open_form(p, &f))
        return deep_node(p, &f);
    if (at_end(p, &f))
        return close_form(p, &f, NODE_PAT_LIST, NF_PARENS, 0);
    Token head = p->token;
    if (plain_symbol(head) && head.word != WORD_UNDERSCORE && starts_upper(p, head)) {
        push_kid(p, leaf(p, NODE_SYMBOL, (head.flags & TOKF_NONASCII) ? NF_NONASCII : 0));
        while (!at_end(p, &f))
            push_kid(p, parse_pattern(p));
        return close_form(p, &f, NODE_PAT_CTOR, 0, 0);
    }
    NodeId inner = parse_pattern(p);
    if (!at_end(p, &f)) {
        skip_rest(p, &f);
        char shown[96];
        Diagnostic *d = form_error(p, &f, "bad-pattern",
                                   "invalid pattern: %s is not a constructor name, so the "
                                   "parentheses must hold a single pattern",
                                   describe(p, head, shown, sizeof shown));
        cl_diag_set_hint(d, (Span){0, 0},
                         "constructor names start with an uppercase letter, as in (Some x); "
                         "list patterns are written [a b]");
    }
    if (f.bad || f.end != END_CLOSED)
        return close_form(p, &f, NODE_ERROR, 0, 0);
    close_group(p, &f);
    return inner;
}

// pattern := "_" | VARIABLE | CONSTRUCTOR | NUMBER | STRING | BOOLEAN | "nil"
//          | list-pattern | ctor-pattern | group | "(" ")"
static NodeId parse_pattern(Parser *p)
{
    switch (p->token.kind) {
    case TOK_SYMBOL:
        return symbol_pattern(p);
    case TOK_INT:
        return int_node(p);
    case TOK_FLOAT:
        return leaf(p, NODE_FLOAT, 0);
    case TOK_STRING:
        return leaf(p, NODE_STRING, string_flags(p->token));
    case TOK_TRUE:
        return leaf(p, NODE_TRUE, 0);
    case TOK_FALSE:
        return leaf(p, NODE_FALSE, 0);
    case TOK_NIL:
        return leaf(p, NODE_NIL, 0);
    case TOK_LBRACKET:
        return list_pattern(p);
    case TOK_LPAREN:
        return paren_pattern(p);
    case TOK_KEYWORD:
        return misplaced_word(p);
    default: { // TOK_ERROR, already reported by the lexer
        Token t = p->token;
        advance(p);
        return error_leaf(p, t.start, t.start + t.length);
    }
    }
}

// ---------------------------------------------------------------------------------------------
// Types (LANGUAGE.md §13)

// True for a symbol that can name a type: a plain symbol without the `{ } < ~` of the effect
// rows and angle-bracket parameters the language does not have (`->` is a plain name).
static bool type_name_ok(const Parser *p, Token t)
{
    if (!plain_symbol(t))
        return false;
    const char *s = p->tree->source + t.start;
    for (uint32_t i = 0; i < t.length; i++)
        if (s[i] == '{' || s[i] == '}' || s[i] == '<' || s[i] == '~')
            return false;
    return true;
}

// Reports the current token where a type was expected, skips it, and returns a NODE_ERROR.
static NodeId bad_type(Parser *p, const char *what)
{
    Token t = p->token;
    if (t.kind == TOK_ERROR) {
        advance(p);
        return error_leaf(p, t.start, t.start + t.length);
    }
    char shown[96];
    Diagnostic *d = error_at(p, t.start, t.start + t.length, "bad-type", "expected %s, found %s",
                             what, describe(p, t, shown, sizeof shown));
    const char *hint = "types are names such as Int or applications such as (List Int)";
    if (t.kind == TOK_LBRACKET)
        hint = "a list type is written (List Int)";
    else if (t.kind == TOK_STRING)
        hint = "type names are written without quotes: Int";
    else if (t.kind == TOK_SYMBOL && !type_name_ok(p, t) && plain_symbol(t))
        hint = "effect rows ({...}), <...> parameters and ~ are not part of the type language";
    cl_diag_set_hint(d, (Span){0, 0}, "%s", hint);
    skip_datum(p);
    return error_leaf(p, t.start, p->last_end);
}

// type := NAME | "(" NAME type* ")"
static NodeId parse_type(Parser *p)
{
    Token t = p->token;
    if (t.kind == TOK_SYMBOL && type_name_ok(p, t))
        return leaf(p, NODE_TYPE_NAME, (t.flags & TOKF_NONASCII) ? NF_NONASCII : 0);
    if (t.kind != TOK_LPAREN)
        return bad_type(p, "a type such as Int or (List Int)");
    Frame f;
    if (!open_form(p, &f))
        return deep_node(p, &f);
    if (at_end(p, &f)) {
        form_error(p, &f, "bad-type", "empty type `()`: write a name such as Int or (List Int)");
        return close_form(p, &f, NODE_ERROR, 0, 0);
    }
    Token head = p->token;
    if (head.kind == TOK_SYMBOL && type_name_ok(p, head)) {
        push_kid(p, leaf(p, NODE_SYMBOL, (head.flags & TOKF_NONASCII) ? NF_NONASCII : 0));
    } else {
        bad_type(p, "a type name at the head of a type application");
        f.bad = true;
    }
    while (!at_end(p, &f))
        push_kid(p, parse_type(p));
    return close_form(p, &f, NODE_TYPE_APP, 0, 0);
}

// ---------------------------------------------------------------------------------------------
// Special forms (LANGUAGE.md §5). Each is called after the head word was consumed, with the
// form's frame open, and ends by closing it.

// binding := "(" SYMBOL expr ")"
static NodeId parse_binding(Parser *p)
{
    Frame f;
    if (!open_form(p, &f))
        return deep_node(p, &f);
    if (at_end(p, &f)) {
        form_error(p, &f, "bad-binding", "empty binding `()`: a binding is (name value)");
        return close_form(p, &f, NODE_ERROR, 0, 0);
    }
    Token name = p->token;
    NodeId id = parse_binder(p, "a binding name");
    f.bad = is_error(p, id);
    push_kid(p, id);
    if (at_end(p, &f)) {
        char text[96];
        token_text(p, name, text, sizeof text);
        form_error(p, &f, "bad-binding", "binding of `%s` needs a value: (%s value)", text, text);
        return close_form(p, &f, NODE_ERROR, 0, 0);
    }
    push_kid(p, parse_expr(p));
    reject_extra(p, &f, "bad-binding",
                 "a binding holds one name and one value; wrap several forms in (do ...)");
    return close_form(p, &f, NODE_BINDING, 0, 0);
}

// bindings := "(" binding* ")"
// A malformed binding becomes a NODE_ERROR and parsing continues with the next one. After an
// element that is not a list at all (the (let (x 1) ...) slip) the other non-lists are skipped
// silently, so one slip gives one diagnostic. Returns the number of kids pushed.
static uint32_t parse_bindings(Parser *p)
{
    Frame f;
    if (!open_form(p, &f)) {
        push_kid(p, deep_node(p, &f));
        return 1;
    }
    uint32_t count = 0;
    bool slipped = false;
    while (!at_end(p, &f)) {
        if (p->token.kind == TOK_LPAREN) {
            push_kid(p, parse_binding(p));
            count++;
            continue;
        }
        Token t = p->token;
        skip_datum(p);
        if (slipped)
            continue;
        slipped = true;
        if (t.kind != TOK_ERROR) {
            char shown[96];
            Diagnostic *d = error_at(p, t.start, p->last_end, "bad-binding",
                                     "a binding must be a (name value) pair, found %s",
                                     describe(p, t, shown, sizeof shown));
            if (count == 0 && t.kind == TOK_SYMBOL)
                cl_diag_set_hint(d, (Span){0, 0},
                                 "to bind one name write (let ((%s value)) body ...), with two "
                                 "pairs of parentheses",
                                 token_text(p, t, shown, sizeof shown));
        }
        push_kid(p, error_leaf(p, t.start, p->last_end));
        count++;
    }
    close_group(p, &f);
    return count;
}

// let-form := "(" "let" bindings expr+ ")"
static NodeId parse_let(Parser *p, Frame *f, Token head)
{
    if (p->token.kind != TOK_LPAREN) {
        expected(p, f, "let-bindings", "`let` needs a list of bindings in parentheses",
                 "(let ((name value) ...) body ...)");
        parse_rest(p, f);
        return close_form(p, f, NODE_ERROR, 0, 0);
    }
    uint32_t bindings = parse_bindings(p);
    if (parse_body(p, f) == 0)
        form_error(p, f, "missing-body", "`let` needs at least one body form after its bindings");
    return close_form(p, f, NODE_LET, 0, bindings);
}

// The start of an earlier parameter (kids of the stack from `base`) spelled like `t`, or
// UINT32_MAX. Short lists are searched directly; from the ninth parameter on, the name set
// takes over (filled with all the earlier ones the first time, which *hashed records), so that
// huge lists stay linear.
static uint32_t earlier_param(Parser *p, uint32_t base, Token t, bool *hashed)
{
    const NodeId *params = p->scratch->stack + base;
    uint32_t count = p->scratch->stack_count - base;
    const char *source = p->tree->source;
    if (count >= 8) {
        if (!*hashed) {
            names_clear(&p->scratch->names);
            for (uint32_t i = 0; i < count; i++) {
                Span s = p->tree->nodes[params[i]].span;
                names_add(p, &p->scratch->names, s.start, s.end - s.start);
            }
            *hashed = true;
        }
        return names_add(p, &p->scratch->names, t.start, t.length);
    }
    for (uint32_t i = 0; i < count; i++) {
        Span s = p->tree->nodes[params[i]].span;
        if (s.end - s.start == t.length && memcmp(source + s.start, source + t.start, t.length) == 0)
            return s.start;
    }
    return UINT32_MAX;
}

// Reads parameter names up to the end of `f`: distinct plain symbols. A bad or repeated one is
// reported and becomes a NODE_ERROR; the others are still read.
static void parse_param_names(Parser *p, Frame *f)
{
    uint32_t base = p->scratch->stack_count;
    bool hashed = false;
    while (!at_end(p, f)) {
        Token t = p->token;
        NodeId id = parse_binder(p, "a parameter name");
        if (id && !is_error(p, id)) {
            uint32_t earlier = earlier_param(p, base, t, &hashed);
            if (earlier != UINT32_MAX) {
                report_duplicate(p, t, earlier, "parameter", "in one parameter list");
                turn_into_error(p, id);
            }
        }
        push_kid(p, id);
    }
}

// params := "(" SYMBOL* ")"
static NodeId parse_params(Parser *p)
{
    Frame f;
    if (!open_form(p, &f))
        return deep_node(p, &f);
    parse_param_names(p, &f);
    return close_form(p, &f, NODE_PARAMS, 0, 0);
}

// lambda-form := "(" "lambda" params expr+ ")"
static NodeId parse_lambda(Parser *p, Frame *f, Token head)
{
    if (p->token.kind != TOK_LPAREN) {
        expected(p, f, "lambda-params", "`lambda` needs a parameter list in parentheses",
                 "(lambda (x y) body ...)");
        parse_rest(p, f);
        return close_form(p, f, NODE_ERROR, 0, 0);
    }
    push_kid(p, parse_params(p));
    if (parse_body(p, f) == 0)
        form_error(p, f, "missing-body",
                   "`lambda` needs at least one body form after its parameters");
    return close_form(p, f, NODE_LAMBDA, 0, 0);
}

// define-function := "(" "define" "(" SYMBOL SYMBOL* ")" expr+ ")"
// Builds DEFINE[name, LAMBDA[PARAMS[...], body ...]] (syntax.h).
static NodeId parse_define_function(Parser *p, Frame *f)
{
    Frame signature;
    if (!open_form(p, &signature)) {
        f->bad = true;
        parse_rest(p, f);
        return close_form(p, f, NODE_ERROR, 0, 0);
    }
    if (at_end(p, &signature)) {
        form_error(p, &signature, "expected-name",
                   "`define` needs a function name: (define (name param ...) body ...)");
        close_group(p, &signature);
        f->bad = true;
        parse_rest(p, f);
        return close_form(p, f, NODE_ERROR, 0, 0);
    }
    Token name = p->token;
    NodeId id = parse_binder(p, "a function name");
    f->bad = is_error(p, id);
    push_kid(p, id);
    // The parameters alone are the kids of PARAMS; the name belongs to the DEFINE.
    signature.base = p->scratch->stack_count;
    signature.node_mark = p->tree->node_count;
    signature.kid_mark = p->tree->kid_count;
    parse_param_names(p, &signature);
    NodeId params = close_form(p, &signature, NODE_PARAMS, 0, 0);
    uint32_t base = p->scratch->stack_count;
    push_kid(p, params);
    if (parse_body(p, f) == 0) {
        char text[96];
        form_error(p, f, "missing-body", "`define` of function `%s` needs at least one body form",
                   token_text(p, name, text, sizeof text));
    }
    if (f->bad || f->end != END_CLOSED)
        return close_form(p, f, NODE_ERROR, 0, 0);
    push_kid(p, make_node(p, NODE_LAMBDA, 0, (Span){f->open, form_end(p, f)}, base, 0));
    return close_form(p, f, NODE_DEFINE, NF_DEFINE_FN, 0);
}

// define-form := "(" "define" SYMBOL expr ")" | define-function
static NodeId parse_define(Parser *p, Frame *f, Token head)
{
    if (p->token.kind == TOK_LPAREN)
        return parse_define_function(p, f);
    if (at_end(p, f)) {
        Diagnostic *d = form_error(p, f, "missing-name", "`define` needs a name and a value");
        cl_diag_set_hint(d, (Span){0, 0},
                         "write (define name value) or (define (name param ...) body ...)");
        return close_form(p, f, NODE_ERROR, 0, 0);
    }
    Token name = p->token;
    NodeId id = parse_binder(p, "the name of a definition");
    f->bad = is_error(p, id);
    push_kid(p, id);
    if (at_end(p, f)) {
        char text[96];
        token_text(p, name, text, sizeof text);
        form_error(p, f, "missing-value", "`define` of `%s` needs a value: (define %s value)",
                   text, text);
        return close_form(p, f, NODE_ERROR, 0, 0);
    }
    push_kid(p, parse_expr(p));
    reject_extra(p, f, "extra-value",
                 "`define` takes one value after the name; a function is written "
                 "(define (name param ...) body ...)");
    return close_form(p, f, NODE_DEFINE, 0, 0);
}

// if-form := "(" "if" expr expr expr ")"
static NodeId parse_if(Parser *p, Frame *f, Token head)
{
    uint32_t count = 0, fourth = 0;
    while (!at_end(p, f)) {
        if (count == 3)
            fourth = p->token.start;
        push_kid(p, parse_expr(p));
        count++;
    }
    if (count > 3 && f->end == END_CLOSED && !f->bad) {
        error_at(p, fourth, p->last_end, "if-arity",
                 "`if` needs exactly 3 operands: condition, then, else (found %u)", count);
        f->bad = true;
    } else if (count < 3) {
        Diagnostic *d = form_error(p, f, "if-arity",
                                   "`if` needs exactly 3 operands: condition, then, else "
                                   "(found %u)",
                                   count);
        if (count == 2)
            cl_diag_set_hint(d, (Span){0, 0}, "there is no one-armed if: add an else branch, "
                                              "such as nil");
    }
    return close_form(p, f, NODE_IF, 0, 0);
}

// do-form := "(" ("do" | "begin") expr* ")"
static NodeId parse_do(Parser *p, Frame *f, Token head)
{
    parse_body(p, f);
    return close_form(p, f, NODE_DO, head.word == WORD_BEGIN ? NF_BEGIN : 0, 0);
}

// branch := "(" pattern expr+ ")"
static NodeId parse_branch(Parser *p)
{
    Frame f;
    if (!open_form(p, &f))
        return deep_node(p, &f);
    if (at_end(p, &f)) {
        form_error(p, &f, "bad-branch", "empty `match` branch `()`: write (pattern body ...)");
        return close_form(p, &f, NODE_ERROR, 0, 0);
    }
    names_clear(&p->scratch->names);
    push_kid(p, parse_pattern(p));
    if (parse_body(p, &f) == 0)
        form_error(p, &f, "missing-body", "`match` branch needs a body after its pattern");
    return close_form(p, &f, NODE_BRANCH, 0, 0);
}

// match-form := "(" "match" expr branch* ")"
// After an element that is not a branch list, later ones are skipped silently (one slip, one
// diagnostic); proper branches after it are still read.
static NodeId parse_match(Parser *p, Frame *f, Token head)
{
    if (at_end(p, f)) {
        expected(p, f, "missing-operand", "`match` needs an expression to match",
                 "(match expr (pattern body ...) ...)");
        return close_form(p, f, NODE_ERROR, 0, 0);
    }
    push_kid(p, parse_expr(p));
    bool slipped = false;
    while (!at_end(p, f)) {
        if (p->token.kind == TOK_LPAREN) {
            push_kid(p, parse_branch(p));
            continue;
        }
        Token t = p->token;
        skip_datum(p);
        if (slipped)
            continue;
        slipped = true;
        if (t.kind != TOK_ERROR) {
            char shown[96];
            Diagnostic *d = error_at(p, t.start, p->last_end, "bad-branch",
                                     "a `match` branch must be a list (pattern body ...), "
                                     "found %s",
                                     describe(p, t, shown, sizeof shown));
            cl_diag_set_hint(d, (Span){0, 0},
                             t.kind == TOK_LBRACKET
                                 ? "branches are written in parentheses: ([a b] body)"
                                 : "put each pattern and its body in parentheses, as in "
                                   "(match n (0 \"zero\") (_ \"other\"))");
        }
        push_kid(p, error_leaf(p, t.start, p->last_end));
    }
    return close_form(p, f, NODE_MATCH, 0, 0);
}

// ctor-decl := "(" CONSTRUCTOR type* ")"; constructor names are unique within one `data` form.
static NodeId parse_ctor_decl(Parser *p)
{
    Frame f;
    if (!open_form(p, &f))
        return deep_node(p, &f);
    Token t = p->token;
    if (at_end(p, &f)) {
        form_error(p, &f, "bad-constructor",
                   "empty constructor declaration `()`: write (Name FieldType ...)");
        return close_form(p, &f, NODE_ERROR, 0, 0);
    }
    if (plain_symbol(t) && starts_upper(p, t)) {
        uint32_t earlier = names_add(p, &p->scratch->names, t.start, t.length);
        if (earlier != UINT32_MAX) {
            report_duplicate(p, t, earlier, "constructor", "in one `data` form");
            f.bad = true;
        }
        push_kid(p, leaf(p, NODE_SYMBOL, (t.flags & TOKF_NONASCII) ? NF_NONASCII : 0));
    } else {
        if (t.kind != TOK_ERROR) {
            char shown[96];
            Diagnostic *d = error_at(p, t.start, t.start + t.length, "bad-constructor",
                                     "expected a constructor name, found %s",
                                     describe(p, t, shown, sizeof shown));
            cl_diag_set_hint(d, (Span){0, 0},
                             "constructor names start with an uppercase letter: (Circle Float)");
        }
        skip_datum(p);
        f.bad = true;
    }
    while (!at_end(p, &f))
        push_kid(p, parse_type(p));
    return close_form(p, &f, NODE_CTOR_DECL, 0, 0);
}

// data-form := "(" "data" TYPE TVAR* ctor-decl* ")"
static NodeId parse_data(Parser *p, Frame *f, Token head)
{
    Token t = p->token;
    if (!plain_symbol(t) || !starts_upper(p, t)) {
        if (t.kind != TOK_ERROR)
            expected(p, f, "bad-type-name", "`data` needs a type name that starts with an "
                                            "uppercase letter",
                     "(data Shape (Circle Float) (Rect Float Float))");
        f->bad = true;
        skip_rest(p, f);
        return close_form(p, f, NODE_ERROR, 0, 0);
    }
    push_kid(p, leaf(p, NODE_SYMBOL, (t.flags & TOKF_NONASCII) ? NF_NONASCII : 0));
    names_clear(&p->scratch->names);
    uint32_t tvars = 0;
    bool constructors = false;
    while (!at_end(p, f)) {
        t = p->token;
        if (t.kind == TOK_LPAREN) {
            push_kid(p, parse_ctor_decl(p));
            constructors = true;
        } else if (plain_symbol(t) && !constructors) {
            push_kid(p, leaf(p, NODE_SYMBOL, (t.flags & TOKF_NONASCII) ? NF_NONASCII : 0));
            tvars++;
        } else {
            char shown[96];
            if (t.kind != TOK_ERROR && plain_symbol(t))
                error_at(p, t.start, t.start + t.length, "bad-data",
                         "type variable %s comes after a constructor; type variables come "
                         "first",
                         describe(p, t, shown, sizeof shown));
            else if (t.kind != TOK_ERROR)
                error_at(p, t.start, t.start + t.length, "bad-data",
                         "expected a type variable or a constructor (Name FieldType ...) in "
                         "`data`, found %s",
                         describe(p, t, shown, sizeof shown));
            skip_datum(p);
            f->bad = true;
        }
    }
    return close_form(p, f, NODE_DATA, 0, tvars);
}

// Reports a top-level-only form (`module`, `import`, `export`) found inside another form, and
// skips it. True when the form is at top level.
static bool at_top_level(Parser *p, Frame *f, Token head)
{
    if (f->level == 1)
        return true;
    char text[32];
    token_text(p, head, text, sizeof text);
    Diagnostic *d = error_at(p, head.start, head.start + head.length, "not-top-level",
                             "`%s` is only allowed at the top level of a file", text);
    cl_diag_set_hint(d, (Span){0, 0}, "move the (%s ...) form out of the form around it", text);
    f->bad = true;
    skip_rest(p, f);
    return false;
}

// Records an exported name (the alias when there is one), reporting a name exported twice.
static void note_export(Parser *p, NodeId id, Token name)
{
    if (!id || is_error(p, id))
        return;
    uint32_t earlier = names_add(p, &p->scratch->exports, name.start, name.length);
    if (earlier != UINT32_MAX) {
        report_duplicate(p, name, earlier, "exported name", "in one file");
        turn_into_error(p, id);
    }
}

// entry := NAME | NAME "as" NAME | "(" NAME "as" NAME ")"     (inside the list of `list`)
// Makes a RENAME node; `exporting` checks the exported name for duplicates.
static NodeId parse_entry(Parser *p, Frame *list, bool exporting)
{
    uint32_t base = p->scratch->stack_count, start = p->token.start;
    Frame f, *frame = list;
    bool parens = p->token.kind == TOK_LPAREN;
    if (parens) {
        if (!open_form(p, &f))
            return deep_node(p, &f);
        frame = &f;
        if (at_end(p, &f)) {
            form_error(p, &f, "bad-entry", "empty entry `()`: write (name as alias)");
            return close_form(p, &f, NODE_ERROR, 0, 0);
        }
    }
    Token name = p->token, as = name;
    NodeId id = parse_binder(p, exporting ? "an exported name" : "an imported name");
    push_kid(p, id);
    bool bad = is_error(p, id), renamed = false;
    if (!at_end(p, frame) && p->token.kind == TOK_SYMBOL && p->token.word == WORD_AS) {
        as = p->token;
        advance(p);
        if (at_end(p, frame)) {
            error_at(p, as.start, as.start + as.length, "bad-entry",
                     "expected a name after `as`");
            bad = true;
        } else {
            name = p->token;
            id = parse_binder(p, "an alias");
            push_kid(p, id);
            bad |= is_error(p, id);
            renamed = true;
        }
    }
    if (parens) {
        if (!renamed && !bad)
            expected(p, &f, "bad-entry", "a parenthesised entry renames", "(name as alias)");
        else
            reject_extra(p, &f, "bad-entry", "an entry is name, name as alias, or (name as alias)");
        skip_rest(p, &f);
        f.bad |= bad;
        id = close_form(p, &f, NODE_RENAME, 0, 0);
    } else {
        id = bad ? error_leaf(p, start, p->last_end)
                 : make_node(p, NODE_RENAME, 0, (Span){start, p->last_end}, base, 0);
        p->scratch->stack_count = base;
    }
    if (exporting)
        note_export(p, id, name);
    return id;
}

// Moves the top stack entry down to `position`, shifting the entries above it up by one.
static void rotate_last_to(Parser *p, uint32_t position)
{
    NodeId *stack = p->scratch->stack;
    uint32_t top = p->scratch->stack_count - 1;
    if (p->oom || position >= top)
        return;
    NodeId last = stack[top];
    memmove(stack + position + 1, stack + position, sizeof(NodeId) * (top - position));
    stack[position] = last;
}

// export-clause := "(" "export" NAME* ")"; pushes the names. `g` is open on its `(` and the
// `export` word is consumed.
static void parse_export_clause(Parser *p, Frame *g)
{
    while (!at_end(p, g)) {
        Token name = p->token;
        NodeId id = parse_binder(p, "an exported name");
        note_export(p, id, name);
        push_kid(p, id);
    }
    close_group(p, g);
}

// module-form := "(" "module" NAME [export-clause] expr ")"       (top level, once per file)
// Kids are name, body, exports (the body moves in front of the exports read before it).
static NodeId parse_module(Parser *p, Frame *f, Token head)
{
    if (!at_top_level(p, f, head))
        return close_form(p, f, NODE_ERROR, 0, 0);
    if (p->has_module) {
        Position at = position_of(p, p->module_at);
        Diagnostic *d = error_at(p, head.start, head.start + head.length, "second-module",
                                 "a file may hold only one `module` form");
        if (d && at.line)
            cl_diag_set_hint(d, (Span){p->module_at, p->module_at + 1},
                             "the first `module` form is at line %u, column %u", at.line,
                             at.column);
        f->bad = true;
    }
    p->has_module = true;
    p->module_at = f->open;
    if (at_end(p, f) || !plain_symbol(p->token)) {
        expected(p, f, "missing-name", "`module` needs a name",
                 "(module name (export a b) body)");
        skip_rest(p, f);
        return close_form(p, f, NODE_ERROR, 0, 0);
    }
    push_kid(p, leaf(p, NODE_SYMBOL, (p->token.flags & TOKF_NONASCII) ? NF_NONASCII : 0));
    uint16_t flags = 0;
    uint32_t bodies = 0, body_at = p->scratch->stack_count;
    if (p->token.kind == TOK_LPAREN) {
        Frame g;
        if (!open_form(p, &g)) {
            push_kid(p, deep_node(p, &g));
            bodies++;
        } else if (p->token.kind == TOK_SYMBOL && p->token.word == WORD_EXPORT) {
            advance(p);
            flags = NF_EXPORTS;
            parse_export_clause(p, &g);
        } else {
            push_kid(p, parse_form(p, &g));
            bodies++;
        }
    }
    while (!at_end(p, f)) {
        if (bodies++ == 1) {
            uint32_t start = p->token.start;
            skip_rest(p, f);
            error_at(p, start, p->last_end, "extra-body",
                     "`module` takes exactly one body expression; wrap several in (do ...)");
            f->bad = true;
            break;
        }
        push_kid(p, parse_expr(p));
    }
    if (bodies == 0)
        form_error(p, f, "missing-body", "`module` needs a body expression after its exports");
    else
        rotate_last_to(p, body_at);
    return close_form(p, f, NODE_MODULE, flags, 0);
}

// import-form := "(" "import" STRING ["*" | "(" entry* ")"] ")"        (top level only)
static NodeId parse_import(Parser *p, Frame *f, Token head)
{
    if (!at_top_level(p, f, head))
        return close_form(p, f, NODE_ERROR, 0, 0);
    if (p->token.kind != TOK_STRING) {
        if (p->token.kind != TOK_ERROR)
            expected(p, f, "bad-import", "`import` needs a module path string",
                     "(import \"path\" (name ...))");
        f->bad = true;
        skip_rest(p, f);
        return close_form(p, f, NODE_ERROR, 0, 0);
    }
    push_kid(p, leaf(p, NODE_STRING, string_flags(p->token)));
    uint16_t flags = 0;
    if (p->token.kind == TOK_SYMBOL && p->token.word == WORD_STAR) {
        advance(p);
        flags = NF_IMPORT_ALL;
    } else if (p->token.kind == TOK_LPAREN) {
        Frame g;
        if (open_form(p, &g)) {
            while (!at_end(p, &g))
                push_kid(p, parse_entry(p, &g, false));
            close_group(p, &g);
        } else {
            f->bad = true;
        }
        flags = NF_IMPORT_LIST;
    }
    if (!at_end(p, f)) {
        if (flags == 0) {
            expected(p, f, "bad-import", "expected `*` or a list of names after the path",
                     "(import \"path\" (name ...)) or (import \"path\" *)");
            skip_rest(p, f);
        } else {
            reject_extra(p, f, "bad-import",
                         "`import` takes a path and one list of names (or `*`)");
        }
    }
    return close_form(p, f, NODE_IMPORT, flags, 0);
}

// export-form := "(" "export" entry* ")"          (top level only)
static NodeId parse_export(Parser *p, Frame *f, Token head)
{
    if (!at_top_level(p, f, head))
        return close_form(p, f, NODE_ERROR, 0, 0);
    while (!at_end(p, f))
        push_kid(p, parse_entry(p, f, true));
    return close_form(p, f, NODE_EXPORT, 0, 0);
}

// effect-form := "(" "effect" NAME expr* ")"
static NodeId parse_effect(Parser *p, Frame *f, Token head)
{
    if (at_end(p, f) || !plain_symbol(p->token)) {
        if (p->token.kind != TOK_ERROR)
            expected(p, f, "bad-effect", "`effect` needs an operation name",
                     "(effect io:print \"hello\")");
        f->bad = true;
        if (!at_end(p, f))
            skip_datum(p);
        parse_rest(p, f);
        return close_form(p, f, NODE_ERROR, 0, 0);
    }
    push_kid(p, leaf(p, NODE_SYMBOL, (p->token.flags & TOKF_NONASCII) ? NF_NONASCII : 0));
    parse_body(p, f);
    return close_form(p, f, NODE_EFFECT, 0, 0);
}

// ascription := "(" ":" expr type ")"
static NodeId parse_ascribe(Parser *p, Frame *f, Token head)
{
    if (at_end(p, f)) {
        form_error(p, f, "bad-ascription", "`:` needs an expression and a type: (: expr Type)");
        return close_form(p, f, NODE_ERROR, 0, 0);
    }
    push_kid(p, parse_expr(p));
    if (at_end(p, f)) {
        form_error(p, f, "bad-ascription", "`:` needs a type after the expression: (: expr Type)");
        return close_form(p, f, NODE_ERROR, 0, 0);
    }
    push_kid(p, parse_type(p));
    reject_extra(p, f, "bad-ascription", "`:` takes exactly one expression and one type");
    return close_form(p, f, NODE_ASCRIBE, 0, 0);
}

// The clause kind a contract keyword names, or -1.
static int clause_kind(const char *text, uint32_t length)
{
    static const struct {
        const char *name;
        int kind;
    } clauses[] = {
        {":requires", CLAUSE_REQUIRES}, {":pre", CLAUSE_REQUIRES},
        {":ensures", CLAUSE_ENSURES},   {":post", CLAUSE_ENSURES},
        {":invariant", CLAUSE_INVARIANT}, {":complexity", CLAUSE_COMPLEXITY},
        {":pure", CLAUSE_PURE},
    };
    for (size_t i = 0; i < sizeof clauses / sizeof clauses[0]; i++)
        if (strlen(clauses[i].name) == length && memcmp(clauses[i].name, text, length) == 0)
            return clauses[i].kind;
    return -1;
}

// Skips a clause's values up to the next keyword (after a bad clause) and returns a NODE_ERROR
// over the clause.
static NodeId skip_clause(Parser *p, Frame *f, uint32_t start)
{
    while (!at_end(p, f) && p->token.kind != TOK_KEYWORD)
        skip_datum(p);
    return error_leaf(p, start, p->last_end);
}

// conditions := "[" expr* "]"; pushes the conditions.
static bool parse_conditions(Parser *p, Frame *f, Token key)
{
    if (at_end(p, f) || p->token.kind != TOK_LBRACKET) {
        char text[32];
        token_text(p, key, text, sizeof text);
        Token at = at_end(p, f) ? key : p->token;
        Diagnostic *d = error_at(p, at.start, at.start + at.length, "bad-clause",
                                 "`%s` needs a list of conditions in brackets", text);
        cl_diag_set_hint(d, (Span){0, 0}, "write %s [(> x 0) ...]", text);
        return false;
    }
    Frame g;
    if (!open_form(p, &g))
        return false;
    while (!at_end(p, &g))
        push_kid(p, parse_expr(p));
    return close_group(p, &g);
}

// clause := (":requires" | ":pre" | ":ensures" | ":post" | ":invariant") conditions
//         | ":complexity" STRING | ":pure" BOOLEAN
static NodeId parse_clause(Parser *p, Frame *f)
{
    Token key = p->token;
    int kind = clause_kind(p->tree->source + key.start, key.length);
    char text[96];
    token_text(p, key, text, sizeof text);
    advance(p);
    if (kind < 0) {
        Diagnostic *d = error_at(p, key.start, key.start + key.length, "bad-clause",
                                 "unknown contract clause `%s`", text);
        cl_diag_set_hint(d, (Span){0, 0}, "the clauses are :requires (or :pre), :ensures (or "
                                          ":post), :invariant, :complexity and :pure");
        return skip_clause(p, f, key.start);
    }
    uint32_t base = p->scratch->stack_count;
    bool ok;
    if (kind == CLAUSE_COMPLEXITY || kind == CLAUSE_PURE) {
        uint8_t want = p->token.kind;
        ok = !at_end(p, f) && (kind == CLAUSE_COMPLEXITY ? want == TOK_STRING
                                                         : want == TOK_TRUE || want == TOK_FALSE);
        if (ok) {
            push_kid(p, leaf(p, want == TOK_STRING ? NODE_STRING
                                : want == TOK_TRUE ? NODE_TRUE
                                                   : NODE_FALSE,
                             want == TOK_STRING ? string_flags(p->token) : 0));
        } else if (p->token.kind != TOK_ERROR) {
            char shown[96];
            Token at = at_end(p, f) ? key : p->token;
            error_at(p, at.start, at.start + at.length, "bad-clause", "`%s` takes %s, found %s",
                     text, kind == CLAUSE_PURE ? "#t or #f" : "a string",
                     at.start == key.start ? "nothing" : describe(p, at, shown, sizeof shown));
        }
    } else {
        ok = parse_conditions(p, f, key);
    }
    if (!ok) {
        p->scratch->stack_count = base;
        return skip_clause(p, f, key.start);
    }
    return make_node(p, NODE_CLAUSE, 0, (Span){key.start, p->last_end}, base, (uint32_t)kind);
}

// contract-form := "(" "spec:contract" NAME clause* ")"
static NodeId parse_contract(Parser *p, Frame *f, Token head)
{
    if (at_end(p, f) || !plain_symbol(p->token)) {
        if (p->token.kind != TOK_ERROR)
            expected(p, f, "missing-name", "`spec:contract` needs the name of a function",
                     "(spec:contract name :requires [...] :ensures [...])");
        f->bad = true;
        skip_rest(p, f);
        return close_form(p, f, NODE_ERROR, 0, 0);
    }
    push_kid(p, leaf(p, NODE_SYMBOL, (p->token.flags & TOKF_NONASCII) ? NF_NONASCII : 0));
    while (!at_end(p, f)) {
        if (p->token.kind == TOK_KEYWORD) {
            push_kid(p, parse_clause(p, f));
            continue;
        }
        Token t = p->token;
        char shown[96];
        if (t.kind != TOK_ERROR)
            error_at(p, t.start, t.start + t.length, "bad-clause",
                     "expected a clause keyword such as :requires or :ensures, found %s",
                     describe(p, t, shown, sizeof shown));
        push_kid(p, skip_clause(p, f, t.start));
    }
    return close_form(p, f, NODE_CONTRACT, 0, 0);
}

// parallel-form := "(" "parallel" expr* ")"
static NodeId parse_parallel(Parser *p, Frame *f, Token head)
{
    parse_body(p, f);
    return close_form(p, f, NODE_PARALLEL, 0, 0);
}

// choice := "(" NUMBER expr ")"
static NodeId parse_choice(Parser *p)
{
    Frame f;
    if (!open_form(p, &f))
        return deep_node(p, &f);
    uint8_t kind = p->token.kind;
    if (kind == TOK_INT) {
        push_kid(p, int_node(p));
    } else if (kind == TOK_FLOAT) {
        push_kid(p, leaf(p, NODE_FLOAT, 0));
    } else {
        if (kind != TOK_ERROR)
            expected(p, &f, "bad-choice", "a choice of `uncertain` starts with a probability "
                                          "(a number literal)",
                     "(uncertain (0.7 \"likely\") (0.3 \"unlikely\"))");
        f.bad = true;
        if (!at_end(p, &f))
            skip_datum(p);
    }
    if (at_end(p, &f)) {
        form_error(p, &f, "bad-choice", "a choice needs an expression after its probability");
        return close_form(p, &f, NODE_ERROR, 0, 0);
    }
    push_kid(p, parse_expr(p));
    reject_extra(p, &f, "bad-choice", "a choice holds one probability and one expression");
    return close_form(p, &f, NODE_CHOICE, 0, 0);
}

// uncertain-form := "(" "uncertain" choice+ ")"
static NodeId parse_uncertain(Parser *p, Frame *f, Token head)
{
    uint32_t count = 0;
    bool slipped = false;
    while (!at_end(p, f)) {
        count++;
        if (p->token.kind == TOK_LPAREN) {
            push_kid(p, parse_choice(p));
            continue;
        }
        Token t = p->token;
        skip_datum(p);
        if (!slipped && t.kind != TOK_ERROR) {
            char shown[96];
            error_at(p, t.start, p->last_end, "bad-choice",
                     "a choice of `uncertain` is (probability expr), found %s",
                     describe(p, t, shown, sizeof shown));
        }
        slipped = true;
        push_kid(p, error_leaf(p, t.start, p->last_end));
    }
    if (count == 0) {
        Diagnostic *d = form_error(p, f, "bad-choice", "`uncertain` needs at least one choice");
        cl_diag_set_hint(d, (Span){0, 0}, "write (uncertain (0.5 \"heads\") (0.5 \"tails\"))");
    }
    return close_form(p, f, NODE_UNCERTAIN, 0, 0);
}

// ---------------------------------------------------------------------------------------------
// Expressions

typedef NodeId (*FormParser)(Parser *p, Frame *f, Token head);

// The parser of each reserved word's form, indexed by TokenWord.
static const FormParser form_parsers[WORD_LAST_RESERVED + 1] = {
    [WORD_LET] = parse_let,           [WORD_LAMBDA] = parse_lambda,
    [WORD_DEFINE] = parse_define,     [WORD_IF] = parse_if,
    [WORD_DO] = parse_do,             [WORD_BEGIN] = parse_do,
    [WORD_MATCH] = parse_match,       [WORD_DATA] = parse_data,
    [WORD_MODULE] = parse_module,     [WORD_IMPORT] = parse_import,
    [WORD_EXPORT] = parse_export,     [WORD_EFFECT] = parse_effect,
    [WORD_PARALLEL] = parse_parallel, [WORD_UNCERTAIN] = parse_uncertain,
    [WORD_CONTRACT] = parse_contract, [WORD_COLON] = parse_ascribe,
};

// form := "(" ")" | "(" special-form ")" | "(" expr expr* ")"; `f` is open on the `(`.
static NodeId parse_form(Parser *p, Frame *f)
{
    Token head = p->token;
    if (head.kind == TOK_SYMBOL && head.word != WORD_NONE && head.word <= WORD_LAST_RESERVED) {
        advance(p);
        return form_parsers[head.word](p, f, head);
    }
    if (at_end(p, f))
        return close_form(p, f, NODE_LIST, NF_PARENS, 0);
    parse_body(p, f);
    return close_form(p, f, NODE_CALL, 0, 0);
}

static NodeId parse_paren(Parser *p)
{
    Frame f;
    if (!open_form(p, &f))
        return deep_node(p, &f);
    return parse_form(p, &f);
}

// list := "[" expr* "]"
static NodeId parse_list(Parser *p)
{
    Frame f;
    if (!open_form(p, &f))
        return deep_node(p, &f);
    parse_body(p, &f);
    return close_form(p, &f, NODE_LIST, 0, 0);
}

// expr := INT | FLOAT | STRING | BOOLEAN | "nil" | SYMBOL | list | form
static NodeId parse_expr(Parser *p)
{
    Token t = p->token;
    switch (t.kind) {
    case TOK_LPAREN:
        return parse_paren(p);
    case TOK_SYMBOL:
        if (CL_LIKELY(plain_symbol(t)))
            return leaf(p, NODE_SYMBOL, (t.flags & TOKF_NONASCII) ? NF_NONASCII : 0);
        return misplaced_word(p);
    case TOK_INT:
        return int_node(p);
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
        return misplaced_word(p);
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
    uint32_t start = p->token.start, count = 0;
    char first = p->tree->source[start];
    if (!p->balance_known)
        count_brackets(p);
    while (p->token.kind == TOK_RPAREN || p->token.kind == TOK_RBRACKET) {
        p->excess[p->token.kind == TOK_RPAREN ? 0 : 1]--;
        count++;
        advance(p);
    }
    Diagnostic *d;
    if (count == 1)
        d = error_at(p, start, p->last_end, "unexpected-closer",
                     "unexpected `%c`: no form is open", first);
    else
        d = error_at(p, start, p->last_end, "unexpected-closer",
                     "%u unexpected closing brackets: no form is open", count);
    cl_diag_set_hint(d, (Span){0, 0},
                     "delete it, or look for a form closed too early before it");
}

// program := form* — the kids of node 1.
static void parse_program(Parser *p)
{
    uint32_t base = p->scratch->stack_count;
    for (;;) {
        uint8_t kind = p->token.kind;
        if (kind == TOK_EOF)
            break;
        if (kind == TOK_RPAREN || kind == TOK_RBRACKET)
            stray_closers(p);
        else
            push_kid(p, parse_expr(p));
    }
    Tree *t = p->tree;
    uint32_t count = p->scratch->stack_count - base;
    p->scratch->stack_count = base;
    if (p->oom ||
        !reserve(p, (void **)&t->kids, &t->kid_capacity, t->kid_count, count, sizeof(NodeId)))
        return;
    t->nodes[1].first = t->kid_count;
    t->nodes[1].count = count;
    if (count > 0)
        memcpy(t->kids + t->kid_count, p->scratch->stack + base, sizeof(NodeId) * count);
    t->kid_count += count;
}

// Prepares `tree` for a parse of `length` bytes: empties it, keeps its storage, and makes node 0
// (NONE) and node 1 (the PROGRAM root). False when out of memory.
static bool reset_tree(Parser *p, size_t length)
{
    Tree *t = p->tree;
    t->node_count = t->kid_count = t->comment_count = 0;
    cl_diags_clear(&t->diags);
    if (!t->scratch && !(t->scratch = calloc(1, sizeof(Scratch))))
        return false;
    p->scratch = t->scratch;
    p->scratch->stack_count = 0;
    names_clear(&p->scratch->exports);
    uint32_t guess = (uint32_t)(length / 8 > 1u << 28 ? 1u << 28 : length / 8) + 16;
    Scratch *s = p->scratch;
    if (!reserve(p, (void **)&t->nodes, &t->node_capacity, 0, guess, sizeof(Node)) ||
        !reserve(p, (void **)&t->kids, &t->kid_capacity, 0, guess, sizeof(NodeId)) ||
        !reserve(p, (void **)&s->stack, &s->stack_capacity, 0, 64, sizeof(NodeId)))
        return false;
    t->nodes[0] = (Node){NODE_NONE, 0, 0, {0, 0}, 0, 0, 0};
    uint32_t end = length > UINT32_MAX ? UINT32_MAX : (uint32_t)length;
    t->nodes[1] = (Node){NODE_PROGRAM, 0, 0, {0, end}, 0, 0, 0};
    t->node_count = 2;
    return true;
}

bool cl_parse(Tree *tree, const char *path, const char *source, size_t length)
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
    cl_lex_init(&p.lexer, source, length, &tree->diags);
    p.lexer.keep_comments = true;
    p.last_end = p.lexer.text_start;
    refill(&p);
    p.token = p.scratch->tokens[p.next++];
    if (p.token.kind == TOK_COMMENT)
        keep_comments(&p);
    parse_program(&p);
    if (p.have_lines)
        cl_linemap_fini(&p.lines);
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

void cl_parse_scratch_free(void *scratch)
{
    Scratch *s = scratch;
    if (!s)
        return;
    free(s->stack);
    free(s->names.slots);
    free(s->exports.slots);
    free(s);
}
