// lex.c: the lexer, first stage of the pipeline. Turns source text into zero-copy tokens (a
// kind and a byte span) as LANGUAGE.md §2 defines them, checking numbers, string escapes and
// UTF-8 on the way. The parser pulls one token at a time; tools that only need tokens
// (highlighting, the formatter) can use it directly.
#include "syntax/syntax_private.h"
#include "claudelang.h"

#include <stdarg.h>
#include <string.h>
#include <unicode/uchar.h>

// Byte classes, one table lookup per byte on the hot loops.
enum {
    C_SPACE = 1,   // ASCII whitespace and `,`: skipped between tokens
    C_DELIM = 2,   // ends an atom: whitespace, `,`, brackets, `"`, `;`
    C_HIGH = 4,    // a byte >= 0x80: decode the UTF-8 sequence and look again
    C_DIGIT = 8,   // 0-9
    C_STRING = 16, // stops the fast scan inside a string: `"`, `\`, bytes >= 0x80
};

#define W (C_SPACE | C_DELIM)
#define D C_DELIM
#define Q (C_DELIM | C_STRING)
#define B C_STRING
#define N C_DIGIT
#define H (C_HIGH | C_STRING)
static const uint8_t byte_class[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, W, W, W, W, W, 0, 0, // 00  \t \n \v \f \r
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
    return u_isupper((UChar32)cp) != 0;
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

static void report_bad_utf8(Lexer *lx, uint32_t at)
{
    Diagnostic *d = lex_error(lx, at, at + 1, "bad-utf8", "invalid UTF-8 byte 0x%02X",
                              (unsigned char)lx->source[at]);
    cl_diag_set_hint(d, (Span){0, 0}, "source files must be UTF-8 text");
}

// ---------------------------------------------------------------------------------------------
// Tokens

static inline Token make_token(uint8_t kind, uint32_t start, uint32_t length)
{
    Token t = {kind, 0, 0, start, length};
    return t;
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
static Token lex_number(Lexer *lx, uint32_t start, uint32_t length)
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
    if (CL_LIKELY(q == end))
        return make_token(kind, start, length);
    char shown[96];
    cl_text_quote(shown, sizeof shown, (const char *)text, length, 40);
    Diagnostic *d = lex_error(lx, start, start + length, "bad-number", "invalid number `%s`",
                              shown);
    cl_diag_set_hint(d, (Span){0, 0}, "%s", number_hint(text, q));
    return make_token(TOK_ERROR, start, length);
}

// Sets the kind or word of a symbol that spells a literal, a reserved word or a contextual name.
static void classify_word(Token *t, const unsigned char *a, uint32_t length)
{
#define IS(word) (memcmp(a, word, sizeof word - 1) == 0)
    switch (length) {
    case 1:
        t->word = a[0] == '_' ? WORD_UNDERSCORE : a[0] == '*' ? WORD_STAR
                                            : a[0] == ':' ? WORD_COLON
                                                          : WORD_NONE;
        return;
    case 2:
        if (a[0] == '#' && (a[1] == 't' || a[1] == 'f'))
            t->kind = a[1] == 't' ? TOK_TRUE : TOK_FALSE;
        else
            t->word = IS("if") ? WORD_IF : IS("do") ? WORD_DO : IS("as") ? WORD_AS : WORD_NONE;
        return;
    case 3:
        if (IS("nil"))
            t->kind = TOK_NIL;
        else if (IS("let"))
            t->word = WORD_LET;
        break;
    case 4:
        if (IS("true"))
            t->kind = TOK_TRUE;
        else if (IS("data"))
            t->word = WORD_DATA;
        break;
    case 5:
        if (IS("false"))
            t->kind = TOK_FALSE;
        else
            t->word = IS("begin") ? WORD_BEGIN : IS("match") ? WORD_MATCH : WORD_NONE;
        break;
    case 6:
        t->word = IS("lambda") ? WORD_LAMBDA : IS("define") ? WORD_DEFINE
                : IS("module") ? WORD_MODULE : IS("import") ? WORD_IMPORT
                : IS("export") ? WORD_EXPORT : IS("effect") ? WORD_EFFECT
                               : WORD_NONE;
        break;
    case 8:
        t->word = IS("parallel") ? WORD_PARALLEL : WORD_NONE;
        break;
    case 9:
        t->word = IS("uncertain") ? WORD_UNCERTAIN : WORD_NONE;
        break;
    case 13:
        t->word = IS("spec:contract") ? WORD_CONTRACT : WORD_NONE;
        break;
    }
    if (t->word == WORD_NONE && t->kind == TOK_SYMBOL && length >= 3 && IS("..."))
        t->word = WORD_DOTS;
#undef IS
}

// Classifies the atom [start, start+length) (LANGUAGE.md §2.3): number, literal, keyword or
// symbol.
static Token classify_atom(Lexer *lx, uint32_t start, uint32_t length, uint8_t flags)
{
    const unsigned char *a = (const unsigned char *)lx->source + start;
    if ((byte_class[a[0]] & C_DIGIT) || (a[0] == '-' && length > 1 && (byte_class[a[1]] & C_DIGIT)))
        return lex_number(lx, start, length);
    Token t = make_token(TOK_SYMBOL, start, length);
    t.flags = flags;
    if (a[0] == ':' && length > 1) {
        t.kind = TOK_KEYWORD;
        return t;
    }
    classify_word(&t, a, length);
    return t;
}

// atom := a maximal run of non-delimiter characters. Non-ASCII characters are decoded: Unicode
// whitespace ends the atom, invalid UTF-8 makes it a TOK_ERROR.
static Token lex_atom(Lexer *lx, uint32_t start)
{
    const unsigned char *s = (const unsigned char *)lx->source;
    uint32_t n = lx->length, i = start;
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
    lx->offset = i;
    if (bad)
        return make_token(TOK_ERROR, start, i - start);
    return classify_atom(lx, start, i - start, flags);
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

// string := '"' (char | '\"' | '\\' | '\n' | '\t')* '"'. Reports every bad escape and the first
// invalid UTF-8 byte; an unterminated string is reported at its opening quote and runs to the
// end of the text.
static Token lex_string(Lexer *lx, uint32_t start)
{
    const unsigned char *s = (const unsigned char *)lx->source;
    uint32_t n = lx->length, i = start + 1;
    uint8_t flags = 0;
    bool bad = false, bad_utf8 = false;
    for (;;) {
        while (i < n && !(byte_class[s[i]] & C_STRING))
            i++;
        if (CL_UNLIKELY(i >= n)) {
            Diagnostic *d = lex_error(lx, start, start + 1, "unterminated-string",
                                      "unterminated string: no closing `\"` before the end "
                                      "of the file");
            cl_diag_set_hint(d, (Span){start, start + 1},
                             "strings may span lines, so everything after this quote was read "
                             "as part of the string; add the missing `\"`");
            lx->offset = n;
            lx->eof_error = true;
            return make_token(TOK_ERROR, start, n - start);
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
    lx->offset = i + 1;
    Token t = make_token(bad ? TOK_ERROR : TOK_STRING, start, i + 1 - start);
    t.flags = flags;
    return t;
}

// comment := ";" to the end of the line (the LF, and a CR before it, are not part of it). The
// "#!" first line of a script is a comment too.
static Token lex_comment(Lexer *lx, uint32_t start)
{
    const unsigned char *s = (const unsigned char *)lx->source;
    const unsigned char *newline = memchr(s + start, '\n', lx->length - start);
    uint32_t end = newline ? (uint32_t)(newline - s) : lx->length;
    lx->offset = end;
    uint32_t bad = find_bad_utf8(s, start, end);
    if (bad < end)
        report_bad_utf8(lx, bad);
    if (end > start && s[end - 1] == '\r')
        end--;
    return make_token(TOK_COMMENT, start, end - start);
}

void cl_lex_init(Lexer *lx, const char *source, size_t length, DiagList *diags)
{
    lx->source = source;
    lx->length = length > UINT32_MAX ? UINT32_MAX : (uint32_t)length;
    lx->text_start = length >= 3 && memcmp(source, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    lx->offset = lx->text_start;
    lx->keep_comments = false;
    lx->eof_error = false;
    lx->diags = diags;
}

Token cl_lex_next(Lexer *lx)
{
    const unsigned char *s = (const unsigned char *)lx->source;
    uint32_t n = lx->length, i = lx->offset;
    for (;;) {
        while (i < n && (byte_class[s[i]] & C_SPACE))
            i++;
        if (CL_UNLIKELY(i >= n)) {
            lx->offset = n;
            return make_token(TOK_EOF, n, 0);
        }
        switch (s[i]) {
        case '(':
            lx->offset = i + 1;
            return make_token(TOK_LPAREN, i, 1);
        case ')':
            lx->offset = i + 1;
            return make_token(TOK_RPAREN, i, 1);
        case '[':
            lx->offset = i + 1;
            return make_token(TOK_LBRACKET, i, 1);
        case ']':
            lx->offset = i + 1;
            return make_token(TOK_RBRACKET, i, 1);
        case '"':
            return lex_string(lx, i);
        case ';': {
            Token t = lex_comment(lx, i);
            if (lx->keep_comments)
                return t;
            i = lx->offset;
            continue;
        }
        case '#':
            if (i == lx->text_start && i + 1 < n && s[i + 1] == '!') {
                Token t = lex_comment(lx, i);
                if (lx->keep_comments)
                    return t;
                i = lx->offset;
                continue;
            }
            return lex_atom(lx, i);
        default:
            if (CL_UNLIKELY(s[i] >= 0x80)) {
                uint32_t cp;
                int length = cl_utf8_decode(s + i, n - i, &cp);
                if (length > 0 && cl_unicode_space(cp)) {
                    i += (uint32_t)length;
                    continue;
                }
            }
            return lex_atom(lx, i);
        }
    }
}

Token cl_lex_classify(const char *text, uint32_t length)
{
    Lexer lx;
    cl_lex_init(&lx, text, length, NULL);
    if (length == 0)
        return make_token(TOK_EOF, 0, 0);
    return classify_atom(&lx, 0, length, 0);
}
