// lex.c: the lexer, first stage of the pipeline. Turns source text into zero-copy tokens (a
// kind and a byte span) as LANGUAGE.md §2 defines them, checking numbers, string escapes and
// UTF-8 on the way. The parser pulls one token at a time; tools that only need tokens
// (highlighting, the formatter) can use it directly.
#include "syntax/syntax_private.h"
#include "claudelang.h"
#include "runtime/dynload.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

// Byte classes, one table lookup per byte on the hot loops.
enum {
    C_SPACE = 1,   // ASCII whitespace and `,`: skipped between tokens
    C_DELIM = 2,   // ends an atom: whitespace, `,`, brackets, `"`, `;`
    C_HIGH = 4,    // a byte >= 0x80: decode the UTF-8 sequence and look again
    C_DIGIT = 8,   // 0-9
    C_STRING = 16, // stops the fast scan inside a string: `"`, `\`, bytes >= 0x80
    C_NUL = 32,    // the NUL byte: ends the padded scans, where NUL bytes follow the text
};

#define W (C_SPACE | C_DELIM)
#define D C_DELIM
#define Q (C_DELIM | C_STRING)
#define B C_STRING
#define N C_DIGIT
#define H (C_HIGH | C_STRING)
static const uint8_t byte_class[256] = {
    C_NUL, 0, 0, 0, 0, 0, 0, 0, 0, W, W, W, W, W, 0, 0, // 00  NUL \t \n \v \f \r
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, W, W, W, W, // 10  U+001C..U+001F
    W, 0, Q, 0, 0, 0, 0, 0, D, D, 0, 0, W, 0, 0, 0, // 20  space " ( ) ,
    N, N, N, N, N, N, N, N, N, N, 0, D, 0, 0, 0, 0, // 30  0-9 ;
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 40
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, D, B, D, 0, 0, // 50  [ \ ]
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 60
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 70
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, // 80
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, // 90
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, // A0
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, // B0
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, // C0
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, // D0
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, // E0
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, // F0
};
#undef W
#undef D
#undef Q
#undef B
#undef N
#undef H

// What a byte starts, for the dispatch of the lexer's main loop (one jump per token or space).
enum {
    S_ATOM,     // any other byte: an atom
    S_LPAREN = TOK_LPAREN, // a bracket's class is its TokenKind (TOK_LPAREN .. TOK_RBRACKET)
    S_RPAREN = TOK_RPAREN,
    S_LBRACKET = TOK_LBRACKET,
    S_RBRACKET = TOK_RBRACKET,
    S_SPACE,    // ASCII whitespace or `,`
    S_QUOTE,    // `"`
    S_COMMENT,  // `;`
    S_HASH,     // `#`: an atom, or the "#!" line of a script
    S_HIGH,     // a byte >= 0x80: Unicode whitespace or an atom
    S_NUL,      // NUL: an atom inside the text, the end in the padding after it
};

#define A S_ATOM
#define W S_SPACE
#define HS S_HASH
#define HI S_HIGH
static const uint8_t start_class[256] = {
    S_NUL, A, A, A, A, A, A, A, A, W, W, W, W, W, A, A, // 00
    A, A, A, A, A, A, A, A, A, A, A, A, W, W, W, W, // 10
    W, A, S_QUOTE, HS, A, A, A, A, S_LPAREN, S_RPAREN, A, A, W, A, A, A, // 20
    A, A, A, A, A, A, A, A, A, A, A, S_COMMENT, A, A, A, A, // 30
    A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, // 40
    A, A, A, A, A, A, A, A, A, A, A, S_LBRACKET, A, S_RBRACKET, A, A, // 50
    A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, // 60
    A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, A, // 70
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, // 80
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, // 90
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, // A0
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, // B0
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, // C0
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, // D0
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, // E0
    HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, HI, // F0
};
#undef A
#undef W
#undef HS
#undef HI

// The number of trailing zero bits of a nonzero word.
static inline unsigned count_trailing_zeros(uint64_t x)
{
#if defined(__GNUC__)
    return (unsigned)__builtin_ctzll(x);
#else
    unsigned n = 0;
    while (!(x & 1)) {
        x >>= 1;
        n++;
    }
    return n;
#endif
}

// ---------------------------------------------------------------------------------------------
// Unicode

int cl_utf8_decode(const unsigned char *s, size_t available, uint32_t *code_point)
{
    unsigned char c = s[0];
    if (c < 0x80) {
        *code_point = c;
        return 1;
    }
    int length;
    uint32_t cp, min;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2, cp = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3, cp = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4, cp = c & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if ((size_t)length > available)
        return 0;
    for (int i = 1; i < length; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    *code_point = cp;
    return length;
}

bool cl_unicode_space(uint32_t cp)
{
    if (cp < 0x1680)
        return cp == 0x85 || cp == 0xA0;
    return cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

bool cl_unicode_upper(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    const ClIcu *icu = cl_icu();  // without ICU, only ASCII letters count as upper case
    return icu && icu->isupper((UChar32)cp) != 0;
}

// The offset of the first byte in [from, to) that does not start a valid UTF-8 sequence, or
// `to`. Runs of ASCII go eight bytes at a time.
static uint32_t find_bad_utf8(const unsigned char *s, uint32_t from, uint32_t to)
{
    uint32_t i = from;
    while (i < to) {
        if (to - i >= 8) {
            uint64_t word;
            memcpy(&word, s + i, 8);
            if ((word & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
        }
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        int n = cl_utf8_decode(s + i, to - i, &cp);
        if (n == 0)
            return i;
        i += (uint32_t)n;
    }
    return to;
}

// ---------------------------------------------------------------------------------------------
// Errors

// Records a parse-error over [start, end) when the lexer has a diagnostic list.
static Diagnostic *lex_error(Lexer *lx, uint32_t start, uint32_t end, const char *code,
                             const char *format, ...) __attribute__((format(printf, 5, 6)));

static Diagnostic *lex_error(Lexer *lx, uint32_t start, uint32_t end, const char *code,
                             const char *format, ...)
{
    if (!lx->diags)
        return NULL;
    va_list args;
    va_start(args, format);
    Diagnostic *d = cl_diags_addv(lx->diags, DIAG_ERROR, CL_ERR_PARSE_ERROR,
                                  (Span){start, end}, code, format, args);
    va_end(args);
    return d;
}

// Reports the byte at `at`, which does not start a valid UTF-8 sequence.
static void report_bad_utf8(Lexer *lx, uint32_t at)
{
    Diagnostic *d = lex_error(lx, at, at + 1, "bad-utf8", "invalid UTF-8 byte 0x%02X",
                              (unsigned char)lx->source[at]);
    cl_diag_set_hint(d, (Span){0, 0}, "source files must be UTF-8 text");
}

// ---------------------------------------------------------------------------------------------
// Tokens

// Tokens are written in place (not returned by value): building a 12-byte struct from byte
// fields and returning it costs a store-forwarding stall per token.
// On little-endian machines the kind, flags, word and padding byte go in as one 4-byte store.
static inline void set_token(Token *t, uint8_t kind, uint32_t start, uint32_t length)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    _Static_assert(offsetof(Token, flags) == 1 && offsetof(Token, word) == 2 &&
                       offsetof(Token, start) == 4,
                   "the layout set_token writes");
    uint32_t head = kind; // flags, word and the padding byte are 0
    memcpy(t, &head, sizeof head);
#else
    t->kind = kind;
    t->flags = 0;
    t->word = 0;
#endif
    t->start = start;
    t->length = length;
}

// Picks the hint for an atom that starts like a number but is not one: `bad` is where the
// number grammar stopped matching.
static const char *number_hint(const unsigned char *text, const unsigned char *bad)
{
    unsigned char c = *bad;
    if ((c == 'x' || c == 'X') && bad - text >= 1 && bad[-1] == '0')
        return "hexadecimal numbers do not exist: write the value in decimal";
    if (c == '_')
        return "digit separators do not exist: write 1000, not 1_000";
    if (c == '/')
        return "fractions do not exist: write (/ 1 2)";
    if (c == '.')
        return "a number has at most one decimal point";
    if (c == 'e' || c == 'E')
        return "an exponent needs digits, as in 1e3 or 2.5e-3";
    return "a name cannot start with a digit; numbers look like 42, -7, 3.14 or 1e3";
}

// number := ["-"] digit+ ["." digit*] [("e" | "E") ["+" | "-"] digit+]     (LANGUAGE.md §2.4)
// The atom at `start` starts with a digit or with "-" and a digit; it must match in full.
static void lex_number(Lexer *lx, uint32_t start, uint32_t length, Token *t)
{
    const unsigned char *text = (const unsigned char *)lx->source + start;
    const unsigned char *end = text + length, *q = text + (*text == '-');
    uint8_t kind = TOK_INT;
    while (q < end && (byte_class[*q] & C_DIGIT))
        q++;
    if (q < end && *q == '.') {
        kind = TOK_FLOAT;
        for (q++; q < end && (byte_class[*q] & C_DIGIT);)
            q++;
    }
    if (q < end && (*q == 'e' || *q == 'E')) {
        const unsigned char *digits = q + 1;
        if (digits < end && (*digits == '+' || *digits == '-'))
            digits++;
        const unsigned char *r = digits;
        while (r < end && (byte_class[*r] & C_DIGIT))
            r++;
        if (r > digits) {
            kind = TOK_FLOAT;
            q = r;
        }
    }
    set_token(t, kind, start, length);
    if (CL_LIKELY(q == end))
        return;
    char shown[96];
    cl_text_quote(shown, sizeof shown, (const char *)text, length, 40);
    Diagnostic *d = lex_error(lx, start, start + length, "bad-number", "invalid number `%s`",
                              shown);
    cl_diag_set_hint(d, (Span){0, 0}, "%s", number_hint(text, q));
    t->kind = TOK_ERROR;
}

// The atoms that are literals, reserved words or contextual names, placed by a perfect hash of
// their length and first two bytes (word_hash); a unit test checks every entry.
typedef struct Word {
    char text[16]; // zero-filled: padded_same_text reads it 8 bytes at a time
    uint8_t length;
    uint8_t kind; // TokenKind
    uint8_t word; // TokenWord
} Word;

static const Word words[64] = {
    [37] = {"let", 3, TOK_SYMBOL, WORD_LET},
    [13] = {"lambda", 6, TOK_SYMBOL, WORD_LAMBDA},
    [41] = {"define", 6, TOK_SYMBOL, WORD_DEFINE},
    [7] = {"if", 2, TOK_SYMBOL, WORD_IF},
    [51] = {"do", 2, TOK_SYMBOL, WORD_DO},
    [35] = {"begin", 5, TOK_SYMBOL, WORD_BEGIN},
    [10] = {"match", 5, TOK_SYMBOL, WORD_MATCH},
    [61] = {"data", 4, TOK_SYMBOL, WORD_DATA},
    [12] = {"module", 6, TOK_SYMBOL, WORD_MODULE},
    [54] = {"import", 6, TOK_SYMBOL, WORD_IMPORT},
    [53] = {"export", 6, TOK_SYMBOL, WORD_EXPORT},
    [19] = {"effect", 6, TOK_SYMBOL, WORD_EFFECT},
    [25] = {"parallel", 8, TOK_SYMBOL, WORD_PARALLEL},
    [55] = {"uncertain", 9, TOK_SYMBOL, WORD_UNCERTAIN},
    [23] = {"spec:contract", 13, TOK_SYMBOL, WORD_CONTRACT},
    [8] = {":", 1, TOK_SYMBOL, WORD_COLON},
    [26] = {"_", 1, TOK_SYMBOL, WORD_UNDERSCORE},
    [20] = {"as", 2, TOK_SYMBOL, WORD_AS},
    [40] = {"*", 1, TOK_SYMBOL, WORD_STAR},
    [63] = {"#t", 2, TOK_TRUE, WORD_NONE},
    [1] = {"#f", 2, TOK_FALSE, WORD_NONE},
    [6] = {"true", 4, TOK_TRUE, WORD_NONE},
    [3] = {"false", 5, TOK_FALSE, WORD_NONE},
    [11] = {"nil", 3, TOK_NIL, WORD_NONE},
};

// True when the `length` bytes at `a` spell `text` (words are short: no call to memcmp).
static inline bool same_text(const char *text, const unsigned char *a, uint32_t length)
{
    for (uint32_t i = 0; i < length; i++)
        if ((unsigned char)text[i] != a[i])
            return false;
    return true;
}

// same_text for an atom of at most 16 bytes in a padded text (Lexer.padded: 16 bytes can be
// read at `a`), as one or two 8-byte compares.
static inline bool padded_same_text(const char *text, const unsigned char *a, uint32_t length)
{
    uint64_t x, y;
    memcpy(&x, a, 8);
    memcpy(&y, text, 8);
    uint64_t mask = length >= 8 ? ~(uint64_t)0 : ((uint64_t)1 << (length * 8)) - 1;
    if ((x ^ y) & mask)
        return false;
    if (length <= 8)
        return true;
    memcpy(&x, a + 8, 8);
    memcpy(&y, text + 8, 8);
    mask = length >= 16 ? ~(uint64_t)0 : ((uint64_t)1 << ((length - 8) * 8)) - 1;
    return !((x ^ y) & mask);
}

// The slot of an atom in `words`: collision-free for the words above.
static inline unsigned word_hash(const unsigned char *a, uint32_t length)
{
    unsigned second = length > 1 ? a[1] : a[0];
    return (length * 4 + a[0] + second * 41) & 63;
}

// What an atom's first byte allows, so that most symbols are told apart with one lookup: bit L
// (1 to 13) when a word of `words` of length L starts with the byte, A_OTHER when the atom may
// be a number (a digit or `-`), a keyword (`:`) or a `...` name (`.`). An atom whose entry has
// neither A_OTHER nor the bit of its length is a plain symbol. Must agree with `words`.
enum { A_OTHER = 1 << 15 };
#define L(length) (1 << (length))
static const uint16_t atom_start[256] = {
    ['0'] = A_OTHER, ['1'] = A_OTHER, ['2'] = A_OTHER, ['3'] = A_OTHER, ['4'] = A_OTHER,
    ['5'] = A_OTHER, ['6'] = A_OTHER, ['7'] = A_OTHER, ['8'] = A_OTHER, ['9'] = A_OTHER,
    ['-'] = A_OTHER, [':'] = A_OTHER | L(1), ['.'] = A_OTHER,
    ['l'] = L(3) | L(6),        // let lambda
    ['d'] = L(2) | L(4) | L(6), // do data define
    ['i'] = L(2) | L(6),        // if import
    ['b'] = L(5),               // begin
    ['m'] = L(5) | L(6),        // match module
    ['e'] = L(6),               // export effect
    ['p'] = L(8),               // parallel
    ['u'] = L(9),               // uncertain
    ['s'] = L(13),              // spec:contract
    ['_'] = L(1),               // _
    ['a'] = L(2),               // as
    ['*'] = L(1),               // *
    ['#'] = L(2),               // #t #f
    ['t'] = L(4),               // true
    ['f'] = L(5),               // false
    ['n'] = L(3),               // nil
};
#undef L

// Classifies the atom [start, start+length) (LANGUAGE.md §2.3): number, literal, keyword or
// symbol (with its TokenWord). `padded`: the text is padded (Lexer.padded).
static CL_ALWAYS_INLINE void classify_any(const unsigned char *s, uint32_t start, uint32_t length,
                                          uint8_t flags, Token *t, Lexer *lx, bool padded)
{
    const unsigned char *a = s + start;
    unsigned allows = atom_start[a[0]];
    if (CL_LIKELY(!(allows & A_OTHER) && (length > 13 || !(allows & (1u << length))))) {
        set_token(t, TOK_SYMBOL, start, length);
        t->flags = flags;
        return;
    }
    if ((byte_class[a[0]] & C_DIGIT) || (a[0] == '-' && length > 1 && (byte_class[a[1]] & C_DIGIT))) {
        uint32_t i = a[0] == '-';
        while (i < length && (byte_class[a[i]] & C_DIGIT))
            i++;
        if (i == length)
            set_token(t, TOK_INT, start, length);
        else
            lex_number(lx, start, length, t);
        return;
    }
    set_token(t, TOK_SYMBOL, start, length);
    t->flags = flags;
    if (a[0] == ':' && length > 1) {
        t->kind = TOK_KEYWORD;
        return;
    }
    if (length <= 13) {
        const Word *w = &words[word_hash(a, length)];
        if (w->length == length && (padded ? padded_same_text(w->text, a, length)
                                           : same_text(w->text, a, length))) {
            t->kind = w->kind;
            t->word = w->word;
            return;
        }
    }
    if (length >= 3 && a[0] == '.' && a[1] == '.' && a[2] == '.')
        t->word = WORD_DOTS;
}

static CL_ALWAYS_INLINE void classify_atom(const unsigned char *s, uint32_t start, uint32_t length,
                                           uint8_t flags, Token *t, Lexer *lx)
{
    classify_any(s, start, length, flags, t, lx, false);
}

// The rest of an atom that has a non-ASCII character at `i`: decoded, so that Unicode whitespace
// ends the atom and invalid UTF-8 makes it a TOK_ERROR.
static uint32_t lex_atom_unicode(Lexer *lx, uint32_t start, uint32_t i, Token *t)
{
    const unsigned char *s = (const unsigned char *)lx->source;
    uint32_t n = lx->length;
    uint8_t flags = 0;
    bool bad = false;
    for (;;) {
        while (i < n && !(byte_class[s[i]] & (C_DELIM | C_HIGH)))
            i++;
        if (i >= n || s[i] < 0x80)
            break;
        uint32_t cp;
        int length = cl_utf8_decode(s + i, n - i, &cp);
        if (length == 0) {
            if (!bad)
                report_bad_utf8(lx, i);
            bad = true;
            i++;
            continue;
        }
        if (cl_unicode_space(cp))
            break;
        flags |= TOKF_NONASCII;
        i += (uint32_t)length;
    }
    if (bad)
        set_token(t, TOK_ERROR, start, i - start);
    else
        classify_atom(s, start, i - start, flags, t, lx);
    return i;
}

// The offset of the first byte at or after `i` whose class has a bit of `stop` (or `n`). Four
// bytes per round, with one bounds check for the four: three instructions a byte (atoms and
// strings are short, so vector compares cost more than they save). A pointer, not an index:
// no zero-extensions. Always inlined, so each caller's constant `stop` is folded in.
static CL_ALWAYS_INLINE uint32_t run_end(const unsigned char *s, uint32_t i, uint32_t n,
                                         uint8_t stop)
{
    const unsigned char *q = s + i, *end = s + n;
    while (end - q >= 4) {
        if (byte_class[q[0]] & stop)
            return (uint32_t)(q - s);
        if (byte_class[q[1]] & stop)
            return (uint32_t)(q + 1 - s);
        if (byte_class[q[2]] & stop)
            return (uint32_t)(q + 2 - s);
        if (byte_class[q[3]] & stop)
            return (uint32_t)(q + 3 - s);
        q += 4;
    }
    while (q < end && !(byte_class[*q] & stop))
        q++;
    return (uint32_t)(q - s);
}

// The end of an atom's ASCII run: the first delimiter or byte >= 0x80 at or after `i`.
static CL_ALWAYS_INLINE uint32_t atom_end(const unsigned char *s, uint32_t i, uint32_t n)
{
    return run_end(s, i, n, C_DELIM | C_HIGH);
}

// atom := a maximal run of non-delimiter characters. ASCII runs are the fast path (scan has its
// own copy for atoms that start with an ASCII byte). Returns the offset after the atom.
static CL_ALWAYS_INLINE uint32_t lex_atom(Lexer *lx, const unsigned char *s, uint32_t n,
                                          uint32_t start, Token *t)
{
    uint32_t i = atom_end(s, start, n);
    if (CL_UNLIKELY(i < n && s[i] >= 0x80))
        return lex_atom_unicode(lx, start, i, t);
    classify_atom(s, start, i - start, 0, t, lx);
    return i;
}

// Reports the escape `\c` at `at` (the backslash), which is not one of \" \\ \n \t.
static void report_bad_escape(Lexer *lx, uint32_t at)
{
    const unsigned char *s = (const unsigned char *)lx->source + at + 1;
    uint32_t cp;
    int length = cl_utf8_decode(s, lx->length - at - 1, &cp);
    Diagnostic *d;
    if (length == 0 || cp < 0x20 || cp == 0x7F) {
        d = lex_error(lx, at, at + 2, "bad-escape",
                      "unknown escape in string: `\\` followed by byte 0x%02X", s[0]);
        cl_diag_set_hint(d, (Span){0, 0},
                         "the only escapes are \\\" \\\\ \\n \\t; write \\\\ for a backslash");
        return;
    }
    char shown[8];
    memcpy(shown, s, (size_t)length);
    shown[length] = '\0';
    d = lex_error(lx, at, at + 1 + (uint32_t)length, "bad-escape",
                  "unknown escape `\\%s` in string", shown);
    cl_diag_set_hint(d, (Span){0, 0},
                     "`\\%s` is not an escape: the only escapes are \\\" \\\\ \\n \\t "
                     "(write `\\\\%s` for a backslash followed by `%s`)",
                     shown, shown, shown);
}

// The offset of the first byte at or after `i` that stops the scan of a string (a quote, a
// backslash, a byte >= 0x80), or `n`.
static CL_ALWAYS_INLINE uint32_t string_run_end(const unsigned char *s, uint32_t i, uint32_t n)
{
    return run_end(s, i, n, C_STRING);
}

// string := '"' (char | '\"' | '\\' | '\n' | '\t')* '"'. Reports every bad escape and the first
// invalid UTF-8 byte; an unterminated string is reported at its opening quote and runs to the
// end of the text.
static uint32_t lex_string(Lexer *lx, uint32_t start, Token *t)
{
    const unsigned char *s = (const unsigned char *)lx->source;
    uint32_t n = lx->length, i = start + 1;
    uint8_t flags = 0;
    bool bad = false, bad_utf8 = false;
    for (;;) {
        i = string_run_end(s, i, n);
        if (CL_UNLIKELY(i >= n)) {
            Diagnostic *d = lex_error(lx, start, start + 1, "unterminated-string",
                                      "unterminated string: no closing `\"` before the end "
                                      "of the file");
            cl_diag_set_hint(d, (Span){start, start + 1},
                             "strings may span lines, so everything after this quote was read "
                             "as part of the string; add the missing `\"`");
            lx->eof_error = true;
            set_token(t, TOK_ERROR, start, n - start);
            return n;
        }
        unsigned char c = s[i];
        if (c == '"')
            break;
        if (c == '\\') {
            flags |= TOKF_ESCAPES;
            if (i + 1 >= n) {
                i++;
                continue;
            }
            unsigned char e = s[i + 1];
            if (e == '"' || e == '\\' || e == 'n' || e == 't') {
                i += 2;
                continue;
            }
            report_bad_escape(lx, i);
            bad = true;
            i++;
            continue;
        }
        uint32_t cp;
        int length = cl_utf8_decode(s + i, n - i, &cp);
        if (length == 0) {
            if (!bad_utf8)
                report_bad_utf8(lx, i);
            bad = bad_utf8 = true;
            i++;
            continue;
        }
        flags |= TOKF_NONASCII;
        i += (uint32_t)length;
    }
    set_token(t, bad ? TOK_ERROR : TOK_STRING, start, i + 1 - start);
    t->flags = flags;
    return i + 1;
}

// comment := ";" to the end of the line (the LF, and a CR before it, are not part of it). The
// "#!" first line of a script is a comment too.
static uint32_t lex_comment(Lexer *lx, uint32_t start, Token *t)
{
    const unsigned char *s = (const unsigned char *)lx->source;
    const unsigned char *newline = memchr(s + start, '\n', lx->length - start);
    uint32_t end = newline ? (uint32_t)(newline - s) : lx->length, next = end;
    uint32_t bad = find_bad_utf8(s, start, end);
    if (bad < end)
        report_bad_utf8(lx, bad);
    if (end > start && s[end - 1] == '\r')
        end--;
    set_token(t, TOK_COMMENT, start, end - start);
    return next;
}

void cl_lex_init(Lexer *lx, const char *source, size_t length, DiagList *diags)
{
    lx->source = source;
    lx->length = length > UINT32_MAX ? UINT32_MAX : (uint32_t)length;
    lx->text_start = length >= 3 && memcmp(source, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    lx->offset = lx->text_start;
    lx->keep_comments = false;
    lx->eof_error = false;
    lx->comments_lost = false;
    lx->padded = false;
    lx->diags = diags;
    lx->comment_tree = NULL;
}

// Appends the comment `t` to lx->comment_tree's comments (growing them by doubling).
static void store_comment(Lexer *lx, Token t)
{
    Tree *tree = lx->comment_tree;
    if (tree->comment_count == tree->comment_capacity) {
        uint32_t capacity = tree->comment_capacity ? tree->comment_capacity * 2 : 16;
        Token *bigger = capacity > tree->comment_capacity
                            ? realloc(tree->comments, sizeof(Token) * capacity)
                            : NULL;
        if (!bigger) {
            lx->comments_lost = true;
            return;
        }
        tree->comments = bigger;
        tree->comment_capacity = capacity;
    }
    tree->comments[tree->comment_count++] = t;
}

// Skips a run of spaces (indentation) from `i`, eight bytes at a time.
static inline uint32_t skip_spaces(const unsigned char *s, uint32_t i, uint32_t n)
{
    while (i + 8 <= n) {
        uint64_t word;
        memcpy(&word, s + i, 8);
        uint64_t other = word ^ 0x2020202020202020ull;
        if (other != 0)
            return i + (count_trailing_zeros(other) >> 3);
        i += 8;
    }
    while (i < n && s[i] == ' ')
        i++;
    return i;
}

// Writes the token at or after offset `i` to *t and returns the offset after it: the body of
// cl_lex_next, inlined into cl_lex_batch so that the offset stays in a register.
static CL_ALWAYS_INLINE uint32_t scan(Lexer *lx, const unsigned char *s, uint32_t n, uint32_t i,
                                      Token *t)
{
    for (;;) {
        if (CL_UNLIKELY(i >= n)) {
            set_token(t, TOK_EOF, n, 0);
            return n;
        }
        uint8_t start = start_class[s[i]];
        if (start == S_ATOM) { // the most common cases first, as branches rather than a jump
            uint32_t end = atom_end(s, i + 1, n);
            unsigned after = end < n ? s[end] : 0; // the byte that ended it (0 at the end)
            if (CL_UNLIKELY(after >= 0x80))
                return lex_atom_unicode(lx, i, end, t);
            classify_atom(s, i, end - i, 0, t, lx);
            return end + (after == ' '); // a space after it need not be looked at again
        }
        if (start <= S_RBRACKET) { // a bracket: start_class is its TokenKind
            set_token(t, start, i, 1);
            return i + 1;
        }
        if (start == S_SPACE) {
            i++;
            if (i < n && s[i] == ' ')
                i = skip_spaces(s, i, n);
            continue;
        }
        switch (start) {
        case S_SPACE:
            i++;
            if (i < n && s[i] == ' ')
                i = skip_spaces(s, i, n);
            continue;
        case S_QUOTE: {
            uint32_t end = string_run_end(s, i + 1, n);
            if (CL_LIKELY(end < n && s[end] == '"')) { // no escape, no non-ASCII byte: done
                set_token(t, TOK_STRING, i, end + 1 - i);
                return end + 1;
            }
            return lex_string(lx, i, t);
        }
        case S_COMMENT:
            i = lex_comment(lx, i, t);
            if (lx->comment_tree)
                store_comment(lx, *t);
            else if (lx->keep_comments)
                return i;
            continue;
        case S_HASH:
            if (i == lx->text_start && i + 1 < n && s[i + 1] == '!') {
                i = lex_comment(lx, i, t);
                if (lx->comment_tree)
                    store_comment(lx, *t);
                else if (lx->keep_comments)
                    return i;
                continue;
            }
            return lex_atom(lx, s, n, i, t);
        case S_HIGH: {
            uint32_t cp;
            int length = cl_utf8_decode(s + i, n - i, &cp);
            if (length > 0 && cl_unicode_space(cp)) {
                i += (uint32_t)length;
                continue;
            }
            return lex_atom(lx, s, n, i, t);
        }
        default:
            return lex_atom(lx, s, n, i, t);
        }
    }
}

Token cl_lex_next(Lexer *lx)
{
    Token t;
    lx->offset = scan(lx, (const unsigned char *)lx->source, lx->length, lx->offset, &t);
    return t;
}

// cl_lex_batch over a padded text (CL_LEX_PADDING NUL bytes after it): the scans of atoms and
// spaces need no bounds check, since the NUL after the text stops them. A NUL inside the text
// (an atom byte) and the rarer tokens go the general way (scan).
uint32_t cl_lex_batch_padded(Lexer *lx, Token *tokens, uint32_t capacity)
{
    const unsigned char *s = (const unsigned char *)lx->source;
    const unsigned char *c = s + lx->offset; // the cursor
    uint32_t n = lx->length;
    Token *t = tokens, *end = tokens + capacity;
    while (t < end) {
        unsigned first = *c;
        uint8_t start = start_class[first];
        if (CL_LIKELY(start == S_ATOM)) {
            const unsigned char *q = c + 1;
            while (!(byte_class[*q] & (C_DELIM | C_HIGH | C_NUL)))
                q++;
            unsigned after = *q; // the byte that ended it
            if (CL_LIKELY(after - 1 < 0x7F || (uint32_t)(q - s) >= n)) { // not a NUL of the
                                                                         // text, not >= 0x80
                uint32_t length = (uint32_t)(q - c);
                unsigned allows = atom_start[first]; // classify_any's first test, here
                if (CL_LIKELY(!(allows & A_OTHER) &&
                              (length > 13 || !(allows & (1u << length)))))
                    set_token(t, TOK_SYMBOL, (uint32_t)(c - s), length);
                else
                    classify_any(s, (uint32_t)(c - s), length, 0, t, lx, true);
                t++;
                c = q + (after == ' '); // a space after it need not be looked at again
                continue;
            }
        } else if (start <= S_RBRACKET) { // a bracket: start_class is its TokenKind
            set_token(t++, start, (uint32_t)(c - s), 1);
            c++;
            continue;
        } else if (start == S_SPACE) {
            c++;
            while (*c == ' ') // NUL ends the run
                c++;
            continue;
        } else if (start == S_NUL && (uint32_t)(c - s) >= n) {
            set_token(t++, TOK_EOF, n, 0);
            break;
        }
        c = s + scan(lx, s, n, (uint32_t)(c - s), t);
        if (t++->kind == TOK_EOF)
            break;
    }
    lx->offset = (uint32_t)(c - s);
    return (uint32_t)(t - tokens);
}

uint32_t cl_lex_batch(Lexer *lx, Token *tokens, uint32_t capacity)
{
    if (lx->padded)
        return cl_lex_batch_padded(lx, tokens, capacity);
    const unsigned char *s = (const unsigned char *)lx->source;
    uint32_t offset = lx->offset, n = lx->length;
    Token *t = tokens, *end = tokens + capacity;
    while (t < end) {
        offset = scan(lx, s, n, offset, t);
        if (t++->kind == TOK_EOF)
            break;
    }
    lx->offset = offset;
    return (uint32_t)(t - tokens);
}

Token cl_lex_classify(const char *text, uint32_t length)
{
    Lexer lx;
    Token t;
    cl_lex_init(&lx, text, length, NULL);
    if (length == 0)
        set_token(&t, TOK_EOF, 0, 0);
    else
        classify_atom((const unsigned char *)text, 0, length, 0, &t, &lx);
    return t;
}
