// syntax.h: the front end's one interface. Source text in, a syntax graph (`Tree`) and its
// diagnostics out. The compiler, formatter, linter, language server and the Python module all
// read programs through this header; none of them re-lexes source text on its own.
#ifndef CL_SYNTAX_H
#define CL_SYNTAX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

// ---------------------------------------------------------------------------------------------
// Spans and positions

// A half-open byte range [start, end) of the source buffer.
typedef struct Span {
    uint32_t start;
    uint32_t end;
} Span;

// A position for humans: 1-based line, 1-based column in code points (what error lines show)
// and 0-based column in UTF-16 units (what the language server speaks).
typedef struct Position {
    uint32_t line;
    uint32_t column;
    uint32_t utf16_column;
} Position;

// Line starts of a source buffer, so that offsets turn into positions in O(log lines).
// `starts[i]` is the byte offset where line i+1 begins; `count` >= 1.
typedef struct LineMap {
    const char *source;
    uint32_t length;
    uint32_t *starts;
    uint32_t count;
} LineMap;

// Builds the line map of `source` (which must outlive it). False when out of memory.
bool cl_linemap_init(LineMap *map, const char *source, size_t length);
void cl_linemap_fini(LineMap *map);
// The position of byte `offset` (clamped to the buffer). Columns count code points from the
// line start; a CR before an LF belongs to the line break.
Position cl_linemap_position(const LineMap *map, uint32_t offset);
// The text of line `line` (1-based) without its terminator; *length receives its byte length.
const char *cl_linemap_line(const LineMap *map, uint32_t line, uint32_t *length);

// ---------------------------------------------------------------------------------------------
// Tokens (zero-copy: a token is a kind and a span of the source buffer)

typedef enum TokenKind {
    TOK_EOF,
    TOK_LPAREN,
    TOK_RPAREN,
    TOK_LBRACKET,
    TOK_RBRACKET,
    TOK_INT,      // ["-"] digit+
    TOK_FLOAT,    // LANGUAGE.md §2.4
    TOK_STRING,   // span includes both quotes; escapes already checked
    TOK_TRUE,     // #t or true
    TOK_FALSE,    // #f or false
    TOK_NIL,      // nil
    TOK_SYMBOL,   // any other atom, `...`-prefixed ones and the lone `:` included
    TOK_KEYWORD,  // `:name`
    TOK_COMMENT,  // `;` to end of line (trivia: returned only when asked for)
    TOK_ERROR,    // a malformed token; the lexer has recorded a diagnostic
} TokenKind;

typedef struct Token {
    uint8_t kind;   // TokenKind
    uint8_t flags;  // TOKF_*
    uint8_t word;   // TOK_SYMBOL: a TokenWord (reserved word or contextual name), else 0
    uint32_t start;
    uint32_t length;
} Token;

enum {
    TOKF_ESCAPES = 1,  // TOK_STRING: contains a backslash escape
    TOKF_NONASCII = 2, // TOK_STRING/TOK_SYMBOL/TOK_KEYWORD: contains a byte >= 0x80
};

// What a TOK_SYMBOL spells, found by the lexer so the parser never compares text. First the
// names that only mean something in one place (`_` in patterns, `as` in import/export entries,
// `*` in import) and can otherwise name anything, then a `...` prefix (list patterns), then the
// reserved words of LANGUAGE.md §2.6 (WORD_LET .. WORD_COLON): a symbol is a plain name exactly
// when its word is below WORD_DOTS (one compare), and reserved from WORD_FIRST_RESERVED on.
typedef enum TokenWord {
    WORD_NONE,
    WORD_UNDERSCORE,
    WORD_AS,
    WORD_STAR,
    WORD_DOTS,     // `...` or any symbol starting with `...`
    WORD_LET,
    WORD_LAMBDA,
    WORD_DEFINE,
    WORD_IF,
    WORD_DO,
    WORD_BEGIN,
    WORD_MATCH,
    WORD_DATA,
    WORD_MODULE,
    WORD_IMPORT,
    WORD_EXPORT,
    WORD_EFFECT,
    WORD_PARALLEL,
    WORD_UNCERTAIN,
    WORD_CONTRACT, // spec:contract
    WORD_COLON,    // the lone `:` of (: e T)
} TokenWord;

#define WORD_FIRST_RESERVED WORD_LET
#define WORD_LAST_RESERVED WORD_COLON

// ---------------------------------------------------------------------------------------------
// Diagnostics: one record for the CLI, the REPL, the language server and the Python module.

typedef enum DiagSeverity { DIAG_ERROR, DIAG_WARNING, DIAG_INFO, DIAG_HINT } DiagSeverity;

typedef struct Diagnostic {
    uint8_t severity;  // DiagSeverity
    uint8_t kind;      // ClErrorKind (errkinds.def); CL_ERR_PARSE_ERROR for the front end
    Span span;         // what the caret underlines; span.start gives LINE:COL
    char *message;     // one line, owned by the diagnostic list
    char *hint;        // NULL or one line ("unclosed `(` opened at line 3"), owned
    Span related;      // a second place the hint refers to, or {0,0} when none
    const char *code;  // short stable id for tools ("unclosed-paren", "bad-escape", ...)
} Diagnostic;

typedef struct DiagList {
    Diagnostic *items;
    uint32_t count;
    uint32_t capacity;
} DiagList;

void cl_diags_init(DiagList *list);
void cl_diags_fini(DiagList *list);
// Appends a diagnostic; `message` is formatted printf-style and copied. False when out of
// memory (the list stays valid). The returned pointer lets the caller attach a hint.
Diagnostic *cl_diags_add(DiagList *list, DiagSeverity severity, int kind, Span span,
                         const char *code, const char *format, ...)
    __attribute__((format(printf, 6, 7)));
// Sets (replaces) the hint of `d`, formatted printf-style.
void cl_diag_set_hint(Diagnostic *d, Span related, const char *format, ...)
    __attribute__((format(printf, 3, 4)));

// Writes `d` as the CLI shows it: "FILE:LINE:COL: error[KIND]: message", then the source line
// with a caret (^~~~) under the span, then "  hint: ..." when there is one. Returns a malloc'd
// string the caller frees, or NULL when out of memory.
char *cl_diag_render(const Diagnostic *d, const char *path, const LineMap *map, bool color);

// ---------------------------------------------------------------------------------------------
// The lexer

// How many NUL bytes a padded text has after its end (Lexer.padded, cl_parse's copy).
#define CL_LEX_PADDING 16

typedef struct Lexer {
    const char *source;
    uint32_t length;
    uint32_t offset;
    uint32_t text_start; // offset of the first byte after a byte-order mark (0 without one)
    bool keep_comments;  // return TOK_COMMENT tokens instead of skipping them
    bool eof_error;      // an unterminated string ran to the end of the text (the parser then
                         // does not also report the brackets it left open)
    bool comments_lost;  // a comment could not be added to comment_tree (out of memory)
    bool padded;         // CL_LEX_PADDING NUL bytes follow the text: cl_lex_batch's fast path
    DiagList *diags;     // where malformed tokens are reported; may be NULL
    struct Tree *comment_tree; // when set, comments are appended to its `comments` instead of
                               // being skipped or returned (how the parser keeps them)
} Lexer;

// Starts lexing `source` (which must outlive the lexer). Skips a UTF-8 byte-order mark; a first
// line starting with "#!" is a comment (returned as TOK_COMMENT when comments are kept). Text of
// 4 GiB or more is not supported (cl_parse reports it); the lexer then sees only its first
// UINT32_MAX bytes.
void cl_lex_init(Lexer *lx, const char *source, size_t length, DiagList *diags);
// The next token; TOK_EOF at the end (and forever after). Whitespace and commas are skipped.
// A malformed number, string or invalid UTF-8 gives a diagnostic (in lx->diags) and TOK_ERROR,
// spanning the whole atom or string; lexing goes on after it.
Token cl_lex_next(Lexer *lx);
// Lexes up to `capacity` tokens into `tokens`, stopping after TOK_EOF; returns how many. The
// same tokens as that many cl_lex_next calls, without a call per token (the parser's fast path).
uint32_t cl_lex_batch(Lexer *lx, Token *tokens, uint32_t capacity);

// ---------------------------------------------------------------------------------------------
// The syntax graph
//
// Nodes live in one flat array addressed by `NodeId`; id 0 is the invalid/"none" node and the
// root (NODE_PROGRAM) is always id 1. A node's children are a contiguous block of
// `tree->kids[first .. first+count)`. Every node has the span of its source text. Special
// forms are recognised and shape-checked by the parser, so a NODE_LET always has the layout
// documented below; anything malformed became a NODE_ERROR with a diagnostic.
//
// Details the one-line layouts below leave out:
// - Kids come before their parent in the array (ids grow bottom-up); a node's kids are
//   distinct, in source order (but for MODULE: name, body, then the exports written before the
//   body; and the LAMBDA of a define shorthand spans the whole form) and inside its span. The span of a form runs from its opening bracket to its closing
//   one, inclusive.
// - NODE_INT with NF_INT_SMALL keeps its value in `first`/`count`: it has no kids, and generic
//   walkers must not read its `count` as a kid count (use cl_tree_kid_count only on non-INT
//   nodes, or check the kind first).
// - Element-level recovery: a malformed let binding, lambda/define parameter, match branch,
//   pattern, constructor declaration, type, import/export entry or contract clause becomes a
//   NODE_ERROR in its place and the enclosing form keeps its kind. A form whose overall shape is
//   wrong (`(if c t)`, `(let x 5 x)`) becomes one NODE_ERROR. Trees are only handed to later
//   stages when cl_parse returned true, and then contain no NODE_ERROR at all.
// - (define (f x ...) body ...) is DEFINE[SYMBOL f, LAMBDA[PARAMS[x ...], body ...]] with
//   NF_DEFINE_FN; the LAMBDA's span is the whole define form, the PARAMS span is `(f x ...)`.
//   A plain lambda's PARAMS span is its parameter list `(x ...)`.
// - Patterns (the first kid of a BRANCH) are PAT_* nodes or literal nodes: INT, FLOAT, STRING,
//   TRUE, FALSE, NIL match by ==. A grouping `(P)` is the node of P itself (span of P, not of
//   the parentheses). A `()` pattern is an empty PAT_LIST with NF_PARENS (the empty list, as
//   `()` is in expressions). In a rest pattern written `...rest` the PAT_VAR's span covers only
//   `rest` (so cl_tree_text gives the variable's name); `... rest` is two tokens anyway.
// - CTOR_DECL field types and the type of ASCRIBE are TYPE_NAME or TYPE_APP; TYPE_APP may have
//   no type after its head (`(Unit)`).
// - The reserved words never appear as SYMBOL nodes; keywords (`:requires`) and `...` names
//   only appear as the pieces of CLAUSE and PAT_LIST they are part of, never as nodes.

typedef uint32_t NodeId;

// X(name, layout of kids / payload)
#define CL_NODE_KINDS(X)                                                                       \
    X(NONE, "the invalid node, id 0")                                                          \
    X(PROGRAM, "kids: top-level forms")                                                        \
    X(ERROR, "a broken form; no kids; a diagnostic covers it")                                 \
    X(INT, "flags NF_INT_SMALL: value in cl_tree_int(); otherwise the digits of the span")     \
    X(FLOAT, "text in the span; value from cl_tree_float()")                                   \
    X(STRING, "span includes the quotes; text from cl_tree_string()")                          \
    X(TRUE, "no kids")                                                                         \
    X(FALSE, "no kids")                                                                        \
    X(NIL, "no kids")                                                                          \
    X(SYMBOL, "a name reference or binding; text from cl_tree_text()")                        \
    X(LIST, "[e ...] or (); kids: elements (NF_PARENS for the () spelling)")                   \
    X(CALL, "(f a ...); kids: callee, arguments. and/or are ordinary calls")                   \
    X(LET, "kids: BINDING * extra, then body forms (>= 1)")                                    \
    X(BINDING, "kids: SYMBOL name, value expression")                                          \
    X(DEFINE, "kids: SYMBOL name, value; NF_DEFINE_FN: value is the LAMBDA of (define (f x) b)") \
    X(LAMBDA, "kids: PARAMS, body forms (>= 1)")                                               \
    X(PARAMS, "kids: SYMBOL parameters, all distinct")                                         \
    X(IF, "kids: condition, then, else")                                                       \
    X(DO, "kids: forms (>= 0); NF_BEGIN when spelled begin")                                   \
    X(MATCH, "kids: scrutinee, BRANCH ...")                                                    \
    X(BRANCH, "kids: pattern, body forms (>= 1)")                                              \
    X(PAT_WILDCARD, "_; no kids")                                                              \
    X(PAT_VAR, "a pattern variable; text from cl_tree_text()")                                \
    X(PAT_LIST, "kids: element patterns; NF_REST: the last kid is the rest (PAT_VAR/WILDCARD)") \
    X(PAT_CTOR, "kids: SYMBOL constructor, field patterns; NF_BARE for a bare C")              \
    X(DATA, "kids: SYMBOL type, SYMBOL tvars * extra, CTOR_DECL ...")                          \
    X(CTOR_DECL, "kids: SYMBOL name, field TYPE_NAME/TYPE_APP ...")                            \
    X(TYPE_NAME, "a type name; text from cl_tree_text()")                                      \
    X(TYPE_APP, "(Head T ...); kids: SYMBOL head, types (>= 0)")                               \
    X(MODULE, "kids: SYMBOL name, body, SYMBOL exports ...; NF_EXPORTS if the clause appears") \
    X(IMPORT, "kids: STRING path, RENAME ...; NF_IMPORT_ALL for *, NF_IMPORT_LIST for (...)")  \
    X(EXPORT, "kids: RENAME ...")                                                              \
    X(RENAME, "kids: SYMBOL name [, SYMBOL alias] (N, N as M, (N as M))")                      \
    X(EFFECT, "kids: SYMBOL operation, arguments")                                             \
    X(ASCRIBE, "(: e T); kids: expression, type")                                              \
    X(CONTRACT, "kids: SYMBOL name, CLAUSE ...")                                               \
    X(CLAUSE, "extra: ClauseKind; kids: conditions, or the STRING, or the TRUE/FALSE")         \
    X(PARALLEL, "kids: expressions")                                                           \
    X(UNCERTAIN, "kids: CHOICE ... (>= 1)")                                                    \
    X(CHOICE, "kids: INT/FLOAT probability, expression")

typedef enum NodeKind {
#define CL_NODE_ENUM(name, doc) NODE_##name,
    CL_NODE_KINDS(CL_NODE_ENUM)
#undef CL_NODE_ENUM
        NODE_KIND_COUNT
} NodeKind;

enum NodeFlags {
    NF_INT_SMALL = 1 << 0,   // INT: fits int64, see cl_tree_int
    NF_PARENS = 1 << 1,      // LIST: written (); PAT_LIST: the `()` pattern
    NF_DEFINE_FN = 1 << 2,   // DEFINE: function shorthand
    NF_BEGIN = 1 << 3,       // DO: spelled begin
    NF_REST = 1 << 4,        // PAT_LIST: ends with a rest pattern
    NF_BARE = 1 << 5,        // PAT_CTOR: written without parentheses
    NF_EXPORTS = 1 << 6,     // MODULE: has an (export ...) clause
    NF_IMPORT_ALL = 1 << 7,  // IMPORT: (import "p" *)
    NF_IMPORT_LIST = 1 << 8, // IMPORT: (import "p" (...))
    NF_ESCAPES = 1 << 9,     // STRING: has escapes, cl_tree_string must decode
    NF_NONASCII = 1 << 10,   // STRING/SYMBOL: contains non-ASCII text
};

typedef enum ClauseKind {
    CLAUSE_REQUIRES,  // :requires / :pre
    CLAUSE_ENSURES,   // :ensures / :post
    CLAUSE_INVARIANT, // :invariant
    CLAUSE_COMPLEXITY,
    CLAUSE_PURE,
} ClauseKind;

typedef struct Node {
    uint8_t kind;    // NodeKind
    uint8_t pad;
    uint16_t flags;  // NF_*
    Span span;
    uint32_t first;  // index of the first kid in tree->kids (payload for NF_INT_SMALL)
    uint32_t count;  // number of kids (payload for NF_INT_SMALL)
    uint32_t extra;  // kind-specific count, see CL_NODE_KINDS
} Node;

typedef struct Tree {
    const char *path;     // as given to the parser; not owned
    const char *source;   // not owned: must outlive the tree
    uint32_t length;
    Node *nodes;
    uint32_t node_count;
    uint32_t node_capacity;
    NodeId *kids;
    uint32_t kid_count;
    uint32_t kid_capacity;
    Token *comments;      // every comment, in source order (for the formatter and LSP)
    uint32_t comment_count;
    uint32_t comment_capacity;
    DiagList diags;       // every problem found, in source order
    uint32_t max_depth;   // nesting limit (0 means the default, CL_PARSE_MAX_DEPTH)
    void *scratch;        // parser-private working storage, kept between parses
} Tree;

// Nesting deeper than this is reported as a parse error ("nesting too deep") instead of
// exhausting the C stack; every later stage can rely on it as the bound of its recursion.
#define CL_PARSE_MAX_DEPTH 10000

// Prepares an empty tree. Parsing into the same tree again reuses its storage, so that the
// hot path of a benchmark or a language server allocates nothing.
void cl_tree_init(Tree *tree);
void cl_tree_fini(Tree *tree);
// Parses `source` (which must outlive the tree) into `tree`, replacing what it held. Never
// stops at the first error: returns true when the text has no error diagnostics, false
// otherwise (diagnostics in tree->diags, broken forms as NODE_ERROR). Out of memory is reported
// as a diagnostic too.
bool cl_parse(Tree *tree, const char *path, const char *source, size_t length);
// cl_parse without the copy it makes of the text for the lexer: `source` must be followed by
// CL_LEX_PADDING NUL bytes (source[length] .. source[length + CL_LEX_PADDING - 1]), as a file
// buffer read for parsing can be (the CLI's is). Same result as cl_parse.
bool cl_parse_padded(Tree *tree, const char *path, const char *source, size_t length);

// Accessors.
static inline const Node *cl_tree_node(const Tree *tree, NodeId id) { return &tree->nodes[id]; }
static inline NodeId cl_tree_kid(const Tree *tree, NodeId id, uint32_t i)
{
    return tree->kids[tree->nodes[id].first + i];
}
static inline uint32_t cl_tree_kid_count(const Tree *tree, NodeId id)
{
    return tree->nodes[id].kind == NODE_INT ? 0 : tree->nodes[id].count;
}
// The source text of a node's span (not NUL-terminated).
static inline const char *cl_tree_text(const Tree *tree, NodeId id, uint32_t *length)
{
    *length = tree->nodes[id].span.end - tree->nodes[id].span.start;
    return tree->source + tree->nodes[id].span.start;
}
// The value of an INT node with NF_INT_SMALL.
static inline int64_t cl_tree_int(const Tree *tree, NodeId id)
{
    const Node *n = &tree->nodes[id];
    return (int64_t)((uint64_t)n->first | ((uint64_t)n->count << 32));
}
// The value of a FLOAT node (or of an INT node converted, for uncertain's probabilities):
// the IEEE double nearest to the literal (strtod in the C locale, whatever the process's
// locale). Literals of 64 characters or more need a malloc; 0.0 if that fails.
double cl_tree_float(const Tree *tree, NodeId id);
// The decoded text of a STRING node: escapes replaced. Writes at most `capacity` bytes into
// `buffer` (not NUL-terminated) and returns the whole decoded length, which is never more than
// the span's length minus the two quotes (so a buffer of that size always suffices).
uint32_t cl_tree_string(const Tree *tree, NodeId id, char *buffer, uint32_t capacity);

// The name of a node kind ("LET"); "?" for a value out of range.
const char *cl_node_kind_name(NodeKind kind);

// Writes the tree as an indented listing (`claudelang parse FILE`), or as JSON (`--json`),
// to `out`. Both show kind, span as LINE:COL-LINE:COL (the end is the position just after the
// node), flags, LET/DATA/CLAUSE extras and the text of atoms; the JSON also has byte spans,
// small integer values, the comments and the diagnostics. Walks without recursion.
void cl_tree_dump(const Tree *tree, const LineMap *map, FILE *out, bool json);

#endif
