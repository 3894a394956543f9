// test_lex.c: the lexer (LANGUAGE.md §2), positions and the line map, and the rendering of
// diagnostics. Each token class, each malformed token, and the exact diagnostic lines.
#include "syntax/syntax.h"
#include "syntax/syntax_private.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_TOKENS = 64 };

// The tokens of `source` up to (without) TOK_EOF; diagnostics go to `diags` when not NULL.
typedef struct Lexed {
    Token tokens[MAX_TOKENS];
    int count;
    DiagList diags;
    Lexer lexer;
    const char *source;
} Lexed;

static void lex_text(Lexed *out, const char *source, size_t length, bool keep_comments)
{
    cl_diags_init(&out->diags);
    cl_lex_init(&out->lexer, source, length, &out->diags);
    out->lexer.keep_comments = keep_comments;
    out->source = source;
    out->count = 0;
    for (;;) {
        Token t = cl_lex_next(&out->lexer);
        if (t.kind == TOK_EOF)
            break;
        cr_assert_lt(out->count, MAX_TOKENS);
        out->tokens[out->count++] = t;
    }
}

static void lex(Lexed *out, const char *source)
{
    lex_text(out, source, strlen(source), false);
}

// Asserts token i has `kind` and spells `text`.
static void expect_token(const Lexed *l, int i, TokenKind kind, const char *text)
{
    cr_assert_lt(i, l->count, "token %d missing", i);
    Token t = l->tokens[i];
    cr_expect_eq(t.kind, kind, "token %d (%.*s): kind %d, expected %d", i, (int)t.length,
                 l->source + t.start, t.kind, kind);
    cr_expect_eq(t.length, strlen(text), "token %d: length %u, expected %zu", i, t.length,
                 strlen(text));
    cr_expect(memcmp(l->source + t.start, text, t.length) == 0, "token %d is %.*s, expected %s", i,
              (int)t.length, l->source + t.start, text);
}

// Asserts `source` is one token of `kind` spanning all of it, without diagnostics.
static void expect_single(const char *source, TokenKind kind)
{
    Lexed l;
    lex(&l, source);
    cr_expect_eq(l.count, 1, "%s: %d tokens", source, l.count);
    if (l.count == 1)
        expect_token(&l, 0, kind, source);
    cr_expect_eq(l.diags.count, 0, "%s: %u diagnostics", source, l.diags.count);
    cl_diags_fini(&l.diags);
}

// Asserts `source` is one malformed token with exactly one diagnostic of `code` starting at byte
// `at`, whose message contains `fragment`.
static void expect_bad(const char *source, const char *code, uint32_t at, const char *fragment)
{
    Lexed l;
    lex(&l, source);
    cr_expect_eq(l.count, 1, "%s: %d tokens", source, l.count);
    if (l.count >= 1)
        cr_expect_eq(l.tokens[0].kind, TOK_ERROR, "%s: not TOK_ERROR", source);
    cr_expect_eq(l.diags.count, 1, "%s: %u diagnostics", source, l.diags.count);
    if (l.diags.count >= 1) {
        Diagnostic *d = &l.diags.items[0];
        cr_expect_str_eq(d->code, code, "%s", source);
        cr_expect_eq(d->span.start, at, "%s: diagnostic at %u", source, d->span.start);
        cr_expect_eq(d->kind, 0, "parse-error is kind 0");
        cr_expect(strstr(d->message, fragment) != NULL, "%s: message '%s' lacks '%s'", source,
                  d->message, fragment);
    }
    cl_diags_fini(&l.diags);
}

// ---------------------------------------------------------------------------------------------
// Token classes

Test(lex, brackets)
{
    Lexed l;
    lex(&l, "( ) [ ]()");
    cr_assert_eq(l.count, 6);
    TokenKind kinds[] = {TOK_LPAREN, TOK_RPAREN, TOK_LBRACKET, TOK_RBRACKET, TOK_LPAREN,
                         TOK_RPAREN};
    uint32_t starts[] = {0, 2, 4, 6, 7, 8};
    for (int i = 0; i < 6; i++) {
        cr_expect_eq(l.tokens[i].kind, kinds[i]);
        cr_expect_eq(l.tokens[i].start, starts[i]);
        cr_expect_eq(l.tokens[i].length, 1);
    }
}

Test(lex, integers)
{
    const char *ints[] = {"0", "42", "-7", "007", "-0", "123456789012345678901234567890",
                          "-9223372036854775808"};
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        expect_single(ints[i], TOK_INT);
}

Test(lex, floats)
{
    const char *floats[] = {"1.5", "1.", "1e3", "1E3", "-4e2", "-0.0", "2.5e-3", "1.e5", "1e+5",
                            "0.000001", "1e400", "12.50E-07"};
    for (size_t i = 0; i < sizeof floats / sizeof floats[0]; i++)
        expect_single(floats[i], TOK_FLOAT);
}

Test(lex, malformed_numbers)
{
    expect_bad("12abc", "bad-number", 0, "`12abc`");
    expect_bad("1e", "bad-number", 0, "`1e`");
    expect_bad("1.5e+", "bad-number", 0, "`1.5e+`");
    expect_bad("1.2.3", "bad-number", 0, "`1.2.3`");
    expect_bad("1_000", "bad-number", 0, "`1_000`");
    expect_bad("0x1F", "bad-number", 0, "`0x1F`");
    expect_bad("1/2", "bad-number", 0, "`1/2`");
    expect_bad("-5x", "bad-number", 0, "`-5x`");
    expect_bad("1.5E", "bad-number", 0, "`1.5E`");
    expect_bad("1e5x", "bad-number", 0, "`1e5x`");
    expect_bad("1-", "bad-number", 0, "`1-`");
}

Test(lex, number_hints)
{
    const char *cases[][2] = {
        {"0x1F", "hexadecimal"}, {"1_000", "separators"}, {"1/2", "fractions"},
        {"1.2.3", "decimal point"}, {"1e", "exponent"}, {"12abc", "cannot start with a digit"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Lexed l;
        lex(&l, cases[i][0]);
        cr_assert_eq(l.diags.count, 1);
        cr_expect(l.diags.items[0].hint && strstr(l.diags.items[0].hint, cases[i][1]),
                  "%s: hint %s", cases[i][0], l.diags.items[0].hint);
        cl_diags_fini(&l.diags);
    }
}

Test(lex, number_like_identifiers)
{
    const char *names[] = {"+5", ".5", "-.5", "-", "->", "--5", "+", "-a", "e5", "_1"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        expect_single(names[i], TOK_SYMBOL);
}

Test(lex, bad_number_ends_at_delimiter)
{
    Lexed l;
    lex(&l, "(f 12abc)");
    cr_assert_eq(l.count, 4);
    expect_token(&l, 2, TOK_ERROR, "12abc");
    expect_token(&l, 3, TOK_RPAREN, ")");
    cr_expect_eq(l.diags.items[0].span.start, 3);
    cr_expect_eq(l.diags.items[0].span.end, 8);
    cl_diags_fini(&l.diags);
}

Test(lex, strings)
{
    expect_single("\"\"", TOK_STRING);
    expect_single("\"abc\"", TOK_STRING);
    expect_single("\"a\\\"b\\\\c\\nd\\te\"", TOK_STRING);
    expect_single("\"line one\nline two\"", TOK_STRING);
    expect_single("\"h\xC3\xA9llo\"", TOK_STRING);
    Lexed l;
    lex(&l, "\"plain\" \"esc\\n\" \"\xCE\xBB\"");
    cr_assert_eq(l.count, 3);
    cr_expect_eq(l.tokens[0].flags, 0);
    cr_expect_eq(l.tokens[1].flags, TOKF_ESCAPES);
    cr_expect_eq(l.tokens[2].flags, TOKF_NONASCII);
    cl_diags_fini(&l.diags);
}

Test(lex, bad_escapes)
{
    expect_bad("\"bad \\q escape\"", "bad-escape", 5, "unknown escape `\\q` in string");
    expect_bad("\"\\x41\"", "bad-escape", 1, "`\\x`");
    expect_bad("\"\\r\"", "bad-escape", 1, "`\\r`");
    expect_bad("\"\\0\"", "bad-escape", 1, "`\\0`");
    expect_bad("\"\\u0041\"", "bad-escape", 1, "`\\u`");
    expect_bad("\"\\\xCE\xBB\"", "bad-escape", 1, "`\\\xCE\xBB`");
    expect_bad("\"a\\\nb\"", "bad-escape", 2, "byte 0x0A");
}

Test(lex, bad_escape_hint_names_the_escape)
{
    Lexed l;
    lex(&l, "\"\\q\"");
    cr_assert_eq(l.diags.count, 1);
    cr_expect(strstr(l.diags.items[0].hint, "`\\q` is not an escape") != NULL, "%s",
              l.diags.items[0].hint);
    cr_expect_eq(l.diags.items[0].span.end, 3);
    cl_diags_fini(&l.diags);
}

Test(lex, every_bad_escape_is_reported)
{
    Lexed l;
    lex(&l, "\"\\q and \\r\" 5");
    cr_expect_eq(l.count, 2);
    cr_expect_eq(l.diags.count, 2);
    cr_expect_eq(l.diags.items[0].span.start, 1);
    cr_expect_eq(l.diags.items[1].span.start, 8);
    expect_token(&l, 1, TOK_INT, "5");
    cl_diags_fini(&l.diags);
}

Test(lex, unterminated_string)
{
    Lexed l;
    lex(&l, "(f \"never closed)\n(g)");
    cr_assert_eq(l.count, 3);
    cr_expect_eq(l.tokens[2].kind, TOK_ERROR);
    cr_expect_eq(l.tokens[2].start, 3);
    cr_expect_eq(l.tokens[2].start + l.tokens[2].length, 21);
    cr_expect(l.lexer.eof_error);
    cr_assert_eq(l.diags.count, 1);
    cr_expect_str_eq(l.diags.items[0].code, "unterminated-string");
    cr_expect_eq(l.diags.items[0].span.start, 3);
    cr_expect_eq(l.diags.items[0].span.end, 4);
    cl_diags_fini(&l.diags);
    expect_bad("\"abc\\", "unterminated-string", 0, "unterminated string");
    expect_bad("\"", "unterminated-string", 0, "unterminated string");
}

Test(lex, literals)
{
    Lexed l;
    lex(&l, "#t #f true false nil #true nil? True");
    cr_assert_eq(l.count, 8);
    TokenKind kinds[] = {TOK_TRUE, TOK_FALSE, TOK_TRUE, TOK_FALSE, TOK_NIL,
                         TOK_SYMBOL, TOK_SYMBOL, TOK_SYMBOL};
    for (int i = 0; i < 8; i++)
        cr_expect_eq(l.tokens[i].kind, kinds[i], "token %d", i);
    cl_diags_fini(&l.diags);
}

Test(lex, keywords_and_colons)
{
    Lexed l;
    lex(&l, ":requires : io:print :pre a: ::");
    cr_assert_eq(l.count, 6);
    expect_token(&l, 0, TOK_KEYWORD, ":requires");
    expect_token(&l, 1, TOK_SYMBOL, ":");
    cr_expect_eq(l.tokens[1].word, WORD_COLON);
    expect_token(&l, 2, TOK_SYMBOL, "io:print");
    cr_expect_eq(l.tokens[2].word, WORD_NONE);
    expect_token(&l, 3, TOK_KEYWORD, ":pre");
    expect_token(&l, 4, TOK_SYMBOL, "a:");
    expect_token(&l, 5, TOK_KEYWORD, "::");
    cl_diags_fini(&l.diags);
}

Test(lex, reserved_and_contextual_words)
{
    struct {
        const char *text;
        TokenWord word;
    } words[] = {
        {"let", WORD_LET},        {"lambda", WORD_LAMBDA},       {"define", WORD_DEFINE},
        {"if", WORD_IF},          {"do", WORD_DO},               {"begin", WORD_BEGIN},
        {"match", WORD_MATCH},    {"data", WORD_DATA},           {"module", WORD_MODULE},
        {"import", WORD_IMPORT},  {"export", WORD_EXPORT},       {"effect", WORD_EFFECT},
        {"parallel", WORD_PARALLEL}, {"uncertain", WORD_UNCERTAIN},
        {"spec:contract", WORD_CONTRACT}, {":", WORD_COLON},     {"_", WORD_UNDERSCORE},
        {"as", WORD_AS},          {"*", WORD_STAR},              {"...", WORD_DOTS},
        {"...rest", WORD_DOTS},   {"....", WORD_DOTS},           {"lets", WORD_NONE},
        {"Let", WORD_NONE},       {"iff", WORD_NONE},            {"an", WORD_NONE},
        {"..", WORD_NONE},        {"_x", WORD_NONE},             {"**", WORD_NONE},
        {"spec:contracts", WORD_NONE}, {"and", WORD_NONE},       {"or", WORD_NONE},
        {"x...", WORD_NONE},      {"ds", WORD_NONE},             {"nul", WORD_NONE},
    };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        Lexed l;
        lex(&l, words[i].text);
        cr_assert_eq(l.count, 1);
        cr_expect_eq(l.tokens[0].kind, TOK_SYMBOL, "%s", words[i].text);
        cr_expect_eq(l.tokens[0].word, words[i].word, "%s: word %d, expected %d", words[i].text,
                     l.tokens[0].word, words[i].word);
        cl_diags_fini(&l.diags);
    }
}

// Every word and literal the lexer's hash table knows, and near misses of the same length and
// first letters, classify as expected (the table is laid out by hand).
Test(lex, word_table_has_no_false_matches)
{
    const char *near[] = {"lex", "lambdb", "definf", "ig", "dp", "begim", "matcg", "datb",
                          "modulf", "impors", "exporu", "effecs", "parallem", "uncertaio",
                          "spec:contracs", "#u", "#g", "truf", "falsf", "nim", "ar", ";"};
    for (size_t i = 0; i < sizeof near / sizeof near[0] - 1; i++) {
        Token t = cl_lex_classify(near[i], (uint32_t)strlen(near[i]));
        cr_expect_eq(t.kind, TOK_SYMBOL, "%s", near[i]);
        cr_expect_eq(t.word, WORD_NONE, "%s", near[i]);
    }
}

Test(lex, commas_are_whitespace)
{
    Lexed l;
    lex(&l, "[1,2 ,3,]");
    cr_assert_eq(l.count, 5);
    expect_token(&l, 1, TOK_INT, "1");
    expect_token(&l, 2, TOK_INT, "2");
    expect_token(&l, 3, TOK_INT, "3");
    expect_token(&l, 4, TOK_RBRACKET, "]");
    cl_diags_fini(&l.diags);
}

Test(lex, ascii_whitespace)
{
    Lexed l;
    lex(&l, "a\tb\nc\vd\fe\rf\x1cg\x1dh\x1ei\x1fj k");
    cr_expect_eq(l.count, 11);
    cl_diags_fini(&l.diags);
}

Test(lex, unicode_whitespace_separates_tokens)
{
    const char *spaces[] = {"\xC2\x85",     "\xC2\xA0",     "\xE1\x9A\x80", "\xE2\x80\x80",
                            "\xE2\x80\x8A", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xE2\x80\xAF",
                            "\xE2\x81\x9F", "\xE3\x80\x80"};
    for (size_t i = 0; i < sizeof spaces / sizeof spaces[0]; i++) {
        char text[32];
        snprintf(text, sizeof text, "a%sb%s", spaces[i], spaces[i]);
        Lexed l;
        lex(&l, text);
        cr_expect_eq(l.count, 2, "space %zu", i);
        expect_token(&l, 0, TOK_SYMBOL, "a");
        expect_token(&l, 1, TOK_SYMBOL, "b");
        cl_diags_fini(&l.diags);
    }
}

Test(lex, unicode_symbols)
{
    Lexed l;
    lex(&l, "\xCE\xBB n\xC2\xB2 \xE2\x80\x8B x->y empty-ok? #| a.b");
    cr_assert_eq(l.count, 7);
    expect_token(&l, 0, TOK_SYMBOL, "\xCE\xBB");
    cr_expect_eq(l.tokens[0].flags, TOKF_NONASCII);
    expect_token(&l, 1, TOK_SYMBOL, "n\xC2\xB2");
    expect_token(&l, 2, TOK_SYMBOL, "\xE2\x80\x8B"); // U+200B is not whitespace
    expect_token(&l, 3, TOK_SYMBOL, "x->y");
    cr_expect_eq(l.tokens[3].flags, 0);
    expect_token(&l, 5, TOK_SYMBOL, "#|");
    cl_diags_fini(&l.diags);
}

Test(lex, quote_splits_atoms)
{
    Lexed l;
    lex(&l, "a\"b\"c");
    cr_assert_eq(l.count, 3);
    expect_token(&l, 0, TOK_SYMBOL, "a");
    expect_token(&l, 1, TOK_STRING, "\"b\"");
    expect_token(&l, 2, TOK_SYMBOL, "c");
    cl_diags_fini(&l.diags);
}

Test(lex, comments)
{
    Lexed l;
    lex(&l, "a ; comment (not code)\nb;c\r\nd");
    cr_assert_eq(l.count, 3);
    expect_token(&l, 2, TOK_SYMBOL, "d");
    cl_diags_fini(&l.diags);
    lex_text(&l, "a ; one\r\nb;two", 14, true);
    cr_assert_eq(l.count, 4);
    expect_token(&l, 1, TOK_COMMENT, "; one");
    expect_token(&l, 3, TOK_COMMENT, ";two");
    cl_diags_fini(&l.diags);
}

Test(lex, byte_order_mark_and_shebang)
{
    Lexed l;
    const char *text = "\xEF\xBB\xBF#!/usr/bin/env claudelang run\n(f #!x)";
    lex_text(&l, text, strlen(text), true);
    cr_assert_eq(l.count, 5);
    expect_token(&l, 0, TOK_COMMENT, "#!/usr/bin/env claudelang run");
    cr_expect_eq(l.tokens[0].start, 3);
    expect_token(&l, 3, TOK_SYMBOL, "#!x");
    cl_diags_fini(&l.diags);
    lex(&l, "\xEF\xBB\xBF" "x");
    cr_assert_eq(l.count, 1);
    expect_token(&l, 0, TOK_SYMBOL, "x");
    cl_diags_fini(&l.diags);
    lex(&l, " #!x");
    cr_assert_eq(l.count, 1);
    expect_token(&l, 0, TOK_SYMBOL, "#!x");
    cl_diags_fini(&l.diags);
}

Test(lex, invalid_utf8)
{
    expect_bad("ab\xFF", "bad-utf8", 2, "0xFF");
    expect_bad("\x80", "bad-utf8", 0, "0x80");
    expect_bad("a\xC0\x80", "bad-utf8", 1, "0xC0");         // overlong
    expect_bad("a\xED\xA0\x80", "bad-utf8", 1, "0xED");     // surrogate
    expect_bad("a\xF4\x90\x80\x80", "bad-utf8", 1, "0xF4"); // above U+10FFFF
    expect_bad("a\xE2\x82", "bad-utf8", 1, "0xE2");         // truncated at the end
    expect_bad("\"a\xFE\"", "bad-utf8", 2, "0xFE");
    Lexed l;
    lex(&l, "x ; caf\xE9\ny");
    cr_expect_eq(l.count, 2);
    cr_assert_eq(l.diags.count, 1);
    cr_expect_eq(l.diags.items[0].span.start, 7);
    cl_diags_fini(&l.diags);
}

Test(lex, control_characters_are_atom_characters)
{
    const char text[] = "a\0b c";
    Lexed l;
    lex_text(&l, text, sizeof text - 1, false);
    cr_assert_eq(l.count, 2);
    cr_expect_eq(l.tokens[0].length, 3);
    cl_diags_fini(&l.diags);
}

Test(lex, eof_forever)
{
    Lexer lx;
    cl_lex_init(&lx, "x", 1, NULL);
    cr_expect_eq(cl_lex_next(&lx).kind, TOK_SYMBOL);
    for (int i = 0; i < 3; i++) {
        Token t = cl_lex_next(&lx);
        cr_expect_eq(t.kind, TOK_EOF);
        cr_expect_eq(t.start, 1);
        cr_expect_eq(t.length, 0);
    }
    cl_lex_init(&lx, "", 0, NULL);
    cr_expect_eq(cl_lex_next(&lx).kind, TOK_EOF);
}

Test(lex, batch_equals_single_steps)
{
    const char *text = "(define (f x) ; c\n  [x 1.5 \"s\\n\" #t :k ... \xCE\xBB 12abc])";
    Lexer a, b;
    cl_lex_init(&a, text, strlen(text), NULL);
    cl_lex_init(&b, text, strlen(text), NULL);
    a.keep_comments = b.keep_comments = true;
    Token batch[4];
    for (;;) {
        uint32_t n = cl_lex_batch(&b, batch, 4);
        cr_assert_gt(n, 0);
        for (uint32_t i = 0; i < n; i++) {
            Token t = cl_lex_next(&a);
            cr_expect_eq(t.kind, batch[i].kind);
            cr_expect_eq(t.start, batch[i].start);
            cr_expect_eq(t.length, batch[i].length);
            cr_expect_eq(t.flags, batch[i].flags);
            cr_expect_eq(t.word, batch[i].word);
        }
        if (batch[n - 1].kind == TOK_EOF)
            break;
    }
}

// ---------------------------------------------------------------------------------------------
// Positions

Test(linemap, lines_columns_and_utf16)
{
    const char *text = "ab\n\xCE\xBB" "c\r\n\xF0\x9F\x98\x80x\n";
    LineMap map;
    cr_assert(cl_linemap_init(&map, text, strlen(text)));
    cr_expect_eq(map.count, 4);
    Position p = cl_linemap_position(&map, 1);
    cr_expect_eq(p.line, 1);
    cr_expect_eq(p.column, 2);
    cr_expect_eq(p.utf16_column, 1);
    p = cl_linemap_position(&map, 5); // the c after λ
    cr_expect_eq(p.line, 2);
    cr_expect_eq(p.column, 2);
    cr_expect_eq(p.utf16_column, 1);
    p = cl_linemap_position(&map, 12); // the x after 😀
    cr_expect_eq(p.line, 3);
    cr_expect_eq(p.column, 2);
    cr_expect_eq(p.utf16_column, 2);
    p = cl_linemap_position(&map, 1000); // clamped to the end
    cr_expect_eq(p.line, 4);
    cr_expect_eq(p.column, 1);
    uint32_t length;
    const char *line = cl_linemap_line(&map, 2, &length);
    cr_expect_eq(length, 3);
    cr_expect(memcmp(line, "\xCE\xBB" "c", 3) == 0);
    cl_linemap_line(&map, 4, &length);
    cr_expect_eq(length, 0);
    cl_linemap_line(&map, 9, &length);
    cr_expect_eq(length, 0);
    cl_linemap_fini(&map);
}

Test(linemap, tabs_count_one_and_bom_is_skipped)
{
    const char *text = "\xEF\xBB\xBF\tx";
    LineMap map;
    cr_assert(cl_linemap_init(&map, text, strlen(text)));
    Position p = cl_linemap_position(&map, 4);
    cr_expect_eq(p.line, 1);
    cr_expect_eq(p.column, 2);
    uint32_t length;
    cl_linemap_line(&map, 1, &length);
    cr_expect_eq(length, 2);
    cl_linemap_fini(&map);
}

Test(linemap, empty_text)
{
    LineMap map;
    cr_assert(cl_linemap_init(&map, "", 0));
    Position p = cl_linemap_position(&map, 0);
    cr_expect_eq(p.line, 1);
    cr_expect_eq(p.column, 1);
    cl_linemap_fini(&map);
}

// ---------------------------------------------------------------------------------------------
// Diagnostics

// Renders the first diagnostic of lexing `source`.
static char *render_first(const char *source, bool color)
{
    Lexed l;
    LineMap map;
    lex(&l, source);
    cr_assert_geq(l.diags.count, 1);
    cr_assert(cl_linemap_init(&map, source, strlen(source)));
    char *text = cl_diag_render(&l.diags.items[0], "demo.cl", &map, color);
    cl_linemap_fini(&map);
    cl_diags_fini(&l.diags);
    return text;
}

Test(diag, render_exact_lines)
{
    char *text = render_first("(io:print \"ok\")\n(io:print \"bad \\q escape\")\n", false);
    cr_expect_str_eq(text,
                     "demo.cl:2:16: error[parse-error]: unknown escape `\\q` in string\n"
                     "    (io:print \"bad \\q escape\")\n"
                     "                   ^~\n"
                     "  hint: `\\q` is not an escape: the only escapes are \\\" \\\\ \\n \\t "
                     "(write `\\\\q` for a backslash followed by `q`)\n");
    free(text);
}

Test(diag, caret_follows_tabs_and_counts_code_points)
{
    char *text = render_first("\t\xCE\xBB 12abc", false);
    cr_expect_str_eq(text, "demo.cl:1:4: error[parse-error]: invalid number `12abc`\n"
                           "    \t\xCE\xBB 12abc\n"
                           "    \t  ^~~~~\n"
                           "  hint: a name cannot start with a digit; numbers look like 42, -7, "
                           "3.14 or 1e3\n");
    free(text);
}

Test(diag, span_past_the_line_stops_at_its_end)
{
    char *text = render_first("x \"a\\\nb\"", false);
    cr_expect(strstr(text, "demo.cl:1:5: error[parse-error]") == text, "%s", text);
    cr_expect(strstr(text, "\n    x \"a\\\n        ^\n") != NULL, "%s", text);
    free(text);
}

Test(diag, long_lines_are_shown_around_the_span)
{
    char source[400];
    memset(source, 'a', sizeof source);
    memcpy(source + 200, " 1x ", 4);
    source[sizeof source - 1] = '\0';
    char *text = render_first(source, false);
    cr_expect(strstr(text, "demo.cl:1:202: ") == text, "%s", text);
    const char *excerpt = strchr(text, '\n') + 1;
    cr_expect(strncmp(excerpt, "    ...", 7) == 0, "%s", excerpt);
    const char *caret_line = strchr(excerpt, '\n') + 1;
    const char *caret = strchr(caret_line, '^');
    const char *one = strstr(excerpt, " 1x ") + 1;
    cr_expect_eq(caret - caret_line, one - excerpt, "caret under the atom");
    free(text);
}

Test(diag, color_codes_only_when_asked)
{
    char *plain = render_first("1e", false);
    char *color = render_first("1e", true);
    cr_expect(strchr(plain, '\x1b') == NULL);
    cr_expect(strchr(color, '\x1b') != NULL);
    free(plain);
    free(color);
}

Test(diag, invalid_utf8_in_the_excerpt_is_replaced)
{
    char *text = render_first("a\xFF", false);
    cr_expect(strstr(text, "    a\xEF\xBF\xBD\n") != NULL, "%s", text);
    free(text);
}

Test(diag, sort_is_stable_by_start)
{
    DiagList list;
    cl_diags_init(&list);
    uint32_t starts[] = {9, 3, 9, 1, 3};
    for (int i = 0; i < 5; i++)
        cr_assert_not_null(
            cl_diags_add(&list, DIAG_ERROR, 0, (Span){starts[i], starts[i] + 1}, "x", "%d", i));
    cl_diags_sort(&list);
    const char *order[] = {"3", "1", "4", "0", "2"};
    for (int i = 0; i < 5; i++)
        cr_expect_str_eq(list.items[i].message, order[i]);
    cl_diags_fini(&list);
}

Test(diag, hints_replace_and_null_is_ignored)
{
    DiagList list;
    cl_diags_init(&list);
    Diagnostic *d = cl_diags_add(&list, DIAG_ERROR, 0, (Span){0, 1}, "x", "m %s", "one");
    cr_assert_not_null(d);
    cl_diag_set_hint(d, (Span){0, 0}, "first");
    cl_diag_set_hint(d, (Span){2, 3}, "second %d", 2);
    cr_expect_str_eq(d->message, "m one");
    cr_expect_str_eq(d->hint, "second 2");
    cr_expect_eq(d->related.start, 2);
    cl_diag_set_hint(NULL, (Span){0, 0}, "ignored");
    cl_diags_fini(&list);
}
