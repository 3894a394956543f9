// parser.h: what the two halves of the parser share (private to src/syntax). parse.c holds the
// reading machinery (storage, tokens, bracket frames and their recovery, diagnostics),
// expressions and programs; forms.c the special forms, patterns and types. The hot helpers are
// inline here; the rest are the cl_parse_* functions below.
#ifndef CL_SYNTAX_PARSER_H
#define CL_SYNTAX_PARSER_H

#include "syntax/syntax_private.h"

#include <stddef.h>
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

// How many names a NameSet holds in order, before it hashes them.
#define NAME_FEW 8

// The names seen so far in one parameter list, one pattern, one `data` form or (for exports)
// one file, for the duplicate checks. The first NAME_FEW are kept in `few`; from the next one on,
// all of them are in the hash table `slots`. Clearing bumps `generation`, so it costs nothing.
typedef struct NameSet {
    NameSlot *slots;
    uint32_t capacity; // a power of two, or 0
    uint32_t count;    // names in the set
    uint32_t hashed;   // names in `slots` (0 while count <= NAME_FEW)
    uint32_t generation;
    Span few[NAME_FEW];
} NameSet;

// How many tokens are lexed per cl_lex_batch call.
#define CL_PARSE_BATCH 256

// What a tree keeps between parses in `tree->scratch`, so that parsing again allocates nothing.
typedef struct Scratch {
    NodeId *stack; // kids of the forms being read; a form's kids are copied out when it closes
    uint32_t stack_count;
    uint32_t stack_capacity;
    NameSet names;   // parameters, pattern variables or constructors of the current form
    NameSet exports; // every name the file exports
    LineMap lines;   // the parse's line map, while Parser.have_lines (freed when it ends)
    char *padded;    // the text being parsed, followed by CL_LEX_PADDING NUL bytes
    size_t padded_capacity;
    // Lexed ahead in batches (cl_lex_batch) into tokens[1..]; tokens[0] holds the last token of
    // the batch before, so that the token before the current one is always at hand (last_end).
    Token tokens[CL_PARSE_BATCH + 1];
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
    const Token *token; // the current token, in scratch->tokens (comments go to the tree)
    const Token *limit; // the end of the lexed batch: the next token after the last is lexed
    Frame *frame;      // the innermost open form, NULL at top level
    uint32_t max_depth;
    uint32_t depth;         // open frames (the level of `frame`)
    uint32_t open[2];       // open frames whose bracket is `(` (open[0]) and `[` (open[1])
    Frame *unwind_to;  // the current closer belongs to this enclosing frame
    bool quiet_eof;    // the end of the text needs no (further) "unclosed" diagnostic
    bool oom;
    bool has_module;
    uint32_t module_at; // offset of the first `module` form
    bool have_lines;    // scratch->lines is built (on the first hint that names a line)
    bool balance_known; // excess[] is computed (see count_brackets)
    int64_t excess[2];
} Parser;

// ---------------------------------------------------------------------------------------------
// Shared functions (parse.c, except cl_parse_special)

// Grow the node array or the kid stack by at least one entry. False when out of memory (the
// parser then stops: every loop sees the end of the text).
bool cl_parse_grow_nodes(Parser *p);
bool cl_parse_grow_stack(Parser *p);
// Grows the kid array to hold `more` kids after the current ones. False when out of memory.
bool cl_parse_grow_kids(Parser *p, uint32_t more);
// A node whose kids are the stack entries from `base` up, which it pops; 0 when out of memory.
NodeId cl_parse_node(Parser *p, uint8_t kind, uint16_t flags, Span span, uint32_t base,
                     uint32_t extra);
// Empties a name set; adds a name (a byte range of the source), returning UINT32_MAX when it is
// new, else the start of its earlier occurrence.
void cl_parse_names_clear(NameSet *set);
uint32_t cl_parse_names_add(Parser *p, NameSet *set, uint32_t start, uint32_t length);

// Records a parse-error diagnostic over [start, end) (printf-style message).
Diagnostic *cl_parse_error(Parser *p, uint32_t start, uint32_t end, const char *code,
                           const char *format, ...) __attribute__((format(printf, 5, 6)));
// The position of `offset`, for hints; line 0 when out of memory.
Position cl_parse_position(Parser *p, uint32_t offset);
// How a token reads in a message: `text` (shortened) or "the end of the file"; its text alone.
const char *cl_parse_describe(const Parser *p, Token t, char *buffer, size_t size);
const char *cl_parse_text(const Parser *p, Token t, char *buffer, size_t size);

// Lexes the next batch of tokens, returning its first.
const Token *cl_parse_refill(Parser *p);

// Opens the form whose bracket is the current token; false when it nests too deep (the datum
// was then reported and skipped, and deep_node gives its NODE_ERROR). cl_parse_too_deep is the
// slow path of open_form.
bool cl_parse_open(Parser *p, Frame *f);
bool cl_parse_too_deep(Parser *p, Frame *f);
// Decides how a closer or the end of the text ends the form of `f` (at_end's slow path).
bool cl_parse_end(Parser *p, Frame *f);
// Ends the form of `f` with a node of `kind` from its kids, or a NODE_ERROR when it is bad or
// broken; close_group ends a bracket that makes no node (its kids stay on the stack).
NodeId cl_parse_close(Parser *p, Frame *f, uint8_t kind, uint16_t flags, uint32_t extra);
bool cl_parse_close_group(Parser *p, Frame *f);
// Skips one datum, or the rest of the form of `f`, without building nodes.
void cl_parse_skip(Parser *p);
void cl_parse_skip_rest(Parser *p, Frame *f);

// The INT node of the current token; the NODE_ERROR of a misplaced reserved word, keyword or
// `...` name (reported).
NodeId cl_parse_int(Parser *p);
NodeId cl_parse_misplaced(Parser *p);
// Expressions up to the end of `f`, pushed as kids (returns how many); one expression; the
// rest of a form open on its `(`.
uint32_t cl_parse_body(Parser *p, Frame *f);
NodeId cl_parse_expr(Parser *p);
NodeId cl_parse_form(Parser *p, Frame *f);

// The special form whose head word `head` was just consumed (forms.c).
NodeId cl_parse_special(Parser *p, Frame *f, Token head);

// ---------------------------------------------------------------------------------------------
// Inline helpers


// Writes node `id` whole (kind, padding and flags in one store on little-endian machines).
static CL_ALWAYS_INLINE void put_node(Tree *t, NodeId id, uint8_t kind, uint16_t flags,
                                      uint32_t start, uint32_t end, uint32_t first,
                                      uint32_t count, uint32_t extra)
{
    Node *n = &t->nodes[id];
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    _Static_assert(offsetof(Node, pad) == 1 && offsetof(Node, flags) == 2, "put_node's store");
    uint32_t head = kind | (uint32_t)flags << 16; // kind, pad (0), flags: one store
    memcpy(n, &head, sizeof head);
#else
    n->kind = kind;
    n->pad = 0;
    n->flags = flags;
#endif
    n->span.start = start;
    n->span.end = end;
    n->first = first;
    n->count = count;
    n->extra = extra;
}

// A new node with no kids; 0 when out of memory.
static CL_ALWAYS_INLINE NodeId new_node(Parser *p, uint8_t kind, uint16_t flags, uint32_t start,
                                        uint32_t end)
{
    Tree *t = p->tree;
    if (CL_UNLIKELY(t->node_count == t->node_capacity) && !cl_parse_grow_nodes(p))
        return 0;
    NodeId id = t->node_count++;
    put_node(t, id, kind, flags, start, end, t->kid_count, 0, 0);
    return id;
}

static CL_ALWAYS_INLINE void push_kid(Parser *p, NodeId id)
{
    Scratch *s = p->scratch;
    if (CL_UNLIKELY(s->stack_count == s->stack_capacity) && !cl_parse_grow_stack(p))
        return;
    s->stack[s->stack_count++] = id;
}

static inline bool is_error(const Parser *p, NodeId id)
{
    return p->tree->nodes[id].kind == NODE_ERROR;
}

// Turns a finished node into a NODE_ERROR (its kids, if any, are simply no longer reachable).
static inline void turn_into_error(Parser *p, NodeId id)
{
    Node *n = &p->tree->nodes[id];
    n->kind = NODE_ERROR;
    n->flags = 0;
    n->count = 0;
    n->extra = 0;
}

// Consumes the current token. The token buffer is refilled only here, so a `Token` copied from
// `*p->token` stays valid, a pointer does not.
static inline void advance(Parser *p)
{
    const Token *t = p->token + 1;
    if (CL_UNLIKELY(t == p->limit))
        t = cl_parse_refill(p);
    p->token = t;
}

// The end of the last consumed token (the text start before the first).
static inline uint32_t last_end(const Parser *p)
{
    const Token *t = p->token - 1;
    return t->start + t->length;
}

// Copies `count` kid ids; most forms have a few kids, copied without a call to memcpy.
static CL_ALWAYS_INLINE void copy_kids(NodeId *to, const NodeId *from, uint32_t count)
{
    switch (count) {
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
}

// A node whose kids are the stack entries from `base` up, which it pops; 0 when out of memory.
static CL_ALWAYS_INLINE NodeId make_node(Parser *p, uint8_t kind, uint16_t flags, Span span,
                                         uint32_t base, uint32_t extra)
{
    Tree *t = p->tree;
    Scratch *s = p->scratch;
    uint32_t count = s->stack_count - base;
    s->stack_count = base;
    if (CL_UNLIKELY(t->kid_count + count > t->kid_capacity) && !cl_parse_grow_kids(p, count))
        return 0;
    if (CL_UNLIKELY(t->node_count == t->node_capacity) && !cl_parse_grow_nodes(p))
        return 0;
    NodeId id = t->node_count++;
    put_node(t, id, kind, flags, span.start, span.end, t->kid_count, count, extra);
    copy_kids(t->kids + t->kid_count, s->stack + base, count);
    t->kid_count += count;
    return id;
}

static inline bool is_opener(uint8_t kind)
{
    return kind == TOK_LPAREN || kind == TOK_LBRACKET;
}

// True when the current token ends the form of `f` (see end_of_form).
static inline bool at_end(Parser *p, Frame *f)
{
    uint8_t kind = p->token->kind;
    if (CL_LIKELY(kind > TOK_RBRACKET) || is_opener(kind))
        return false;
    if (CL_LIKELY(kind == f->closer && f->end == END_OPEN && !p->unwind_to)) {
        f->end = END_CLOSED;
        return true;
    }
    return cl_parse_end(p, f);
}

// Opens the form whose bracket is the current token and consumes the bracket. False when that
// would nest deeper than the limit: the whole datum is then reported and skipped.
static CL_ALWAYS_INLINE bool open_form(Parser *p, Frame *f)
{
    const Token *t = p->token;
    f->open = t->start;
    f->level = p->depth + 1;
    if (CL_UNLIKELY(f->level > p->max_depth))
        return cl_parse_too_deep(p, f);
    p->depth = f->level;
    f->outer = p->frame;
    f->base = p->scratch->stack_count;
    f->node_mark = p->tree->node_count;
    f->kid_mark = p->tree->kid_count;
    bool paren = t->kind == TOK_LPAREN;
    f->bracket = paren ? '(' : '[';
    f->closer = paren ? TOK_RPAREN : TOK_RBRACKET;
    f->end = END_OPEN;
    f->bad = false;
    p->frame = f;
    p->open[!paren]++;
    advance(p);
    return true;
}

// Makes the form around `f` the innermost again.
static inline void pop_frame(Parser *p, Frame *f)
{
    p->frame = f->outer;
    p->depth--;
    p->open[f->bracket != '(']--;
}

// Ends the form of `f` as cl_parse_close does, with the common case (closed, not bad) inline.
static CL_ALWAYS_INLINE NodeId close_form(Parser *p, Frame *f, uint8_t kind, uint16_t flags,
                                          uint32_t extra)
{
    if (CL_UNLIKELY(f->end != END_CLOSED || f->bad))
        return cl_parse_close(p, f, kind, flags, extra);
    uint32_t end = p->token->start + 1; // after the closer
    advance(p);
    pop_frame(p, f);
    return make_node(p, kind, flags, (Span){f->open, end}, f->base, extra);
}

// A NODE_ERROR leaf over [start, end).
static inline NodeId error_leaf(Parser *p, uint32_t start, uint32_t end)
{
    return new_node(p, NODE_ERROR, 0, start, end);
}

// The NODE_ERROR for a datum skipped by open_form because it nests too deep.
static inline NodeId deep_node(Parser *p, const Frame *f)
{
    return error_leaf(p, f->open, last_end(p));
}

static inline NodeId leaf(Parser *p, uint8_t kind, uint16_t flags)
{
    Token t = *p->token;
    advance(p);
    return new_node(p, kind, flags, t.start, t.start + t.length);
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
    return t.kind == TOK_SYMBOL && t.word < WORD_DOTS;
}

// form := "(" ")" | "(" special-form ")" | "(" expr expr* ")"; `f` is open on the `(`.
static CL_ALWAYS_INLINE NodeId read_form(Parser *p, Frame *f)
{
    const Token *t = p->token;
    if (t->kind == TOK_SYMBOL && t->word >= WORD_FIRST_RESERVED) {
        Token head = *t;
        advance(p);
        return cl_parse_special(p, f, head);
    }
    if (at_end(p, f))
        return close_form(p, f, NODE_LIST, NF_PARENS, 0);
    cl_parse_body(p, f);
    return close_form(p, f, NODE_CALL, 0, 0);
}

// A form starting at the current `(`.
static CL_ALWAYS_INLINE NodeId parse_paren(Parser *p)
{
    Frame f;
    if (!open_form(p, &f))
        return deep_node(p, &f);
    return read_form(p, &f);
}

// list := "[" expr* "]"
static CL_ALWAYS_INLINE NodeId parse_list(Parser *p)
{
    Frame f;
    if (!open_form(p, &f))
        return deep_node(p, &f);
    cl_parse_body(p, &f);
    return close_form(p, &f, NODE_LIST, 0, 0);
}

// An expression (cl_parse_expr), with the most common ones, a plain symbol, a form, a list and
// an integer, read inline: nested forms and lists cost one call of cl_parse_body per level
// (which bounds the C stack per level of CL_PARSE_MAX_DEPTH).
static CL_ALWAYS_INLINE NodeId parse_operand(Parser *p)
{
    const Token *t = p->token;
    if (CL_LIKELY(plain_symbol(*t)))
        return leaf(p, NODE_SYMBOL, (t->flags & TOKF_NONASCII) ? NF_NONASCII : 0);
    if (t->kind == TOK_LPAREN)
        return parse_paren(p);
    if (t->kind == TOK_LBRACKET)
        return parse_list(p);
    if (t->kind == TOK_INT)
        return cl_parse_int(p);
    return cl_parse_expr(p);
}

#endif
