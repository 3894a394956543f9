// forms.c: the parser's second half: the special forms of LANGUAGE.md §5, patterns (§6) and
// types (§13). Each form's function runs after its head word, with the form's bracket frame
// open (parser.h), checks the documented layout and either builds its node or reports what is
// wrong and yields a NODE_ERROR; element-level problems leave the form standing.
#include "syntax/parser.h"
#include "claudelang.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

// ---------------------------------------------------------------------------------------------
// Helpers for the forms

// True when the token's text starts with an uppercase letter (a constructor or type name).
static bool starts_upper(const Parser *p, Token t)
{
    const unsigned char *s = (const unsigned char *)p->tree->source + t.start;
    if (s[0] < 0x80)
        return s[0] >= 'A' && s[0] <= 'Z';
    uint32_t cp;
    return cl_utf8_decode(s, t.length, &cp) > 0 && cl_unicode_upper(cp);
}

// Reads a name that a form binds (a let name, parameter, define name, alias ...): a symbol that
// is not reserved. Anything else is reported, skipped and returned as a NODE_ERROR. `what`
// names the role in the message ("parameter").
static NodeId bad_binder(Parser *p, const char *what);

static CL_ALWAYS_INLINE NodeId parse_binder(Parser *p, const char *what)
{
    const Token *t = p->token;
    if (CL_LIKELY(plain_symbol(*t)))
        return leaf(p, NODE_SYMBOL, (t->flags & TOKF_NONASCII) ? NF_NONASCII : 0);
    return bad_binder(p, what);
}

// parse_binder's slow path: the current token is not a plain symbol.
static NodeId bad_binder(Parser *p, const char *what)
{
    Token t = *p->token;
    if (t.kind == TOK_ERROR) {
        advance(p);
        return error_leaf(p, t.start, t.start + t.length);
    }
    char shown[96];
    if (t.kind == TOK_SYMBOL) {
        Diagnostic *d = cl_parse_error(p, t.start, t.start + t.length, "reserved-word",
                                 "reserved word `%s` cannot be used as %s",
                                 cl_parse_text(p, t, shown, sizeof shown), what);
        cl_diag_set_hint(d, (Span){0, 0}, "choose another name");
        advance(p);
        return error_leaf(p, t.start, t.start + t.length);
    }
    cl_parse_error(p, t.start, t.start + t.length, "expected-name", "expected %s, found %s", what,
             cl_parse_describe(p, t, shown, sizeof shown));
    cl_parse_skip(p);
    return error_leaf(p, t.start, last_end(p));
}

// Reads the rest of a form already known to be bad as expressions, so that the problems inside
// them are reported too; the nodes are dropped when the form closes.
static void parse_rest(Parser *p, Frame *f)
{
    while (!at_end(p, f))
        cl_parse_expr(p);
}

// Reports every element of `f` after the allowed ones ("`:` takes exactly one type") at the
// first of them, and skips them all.
static void report_extra(Parser *p, Frame *f, const char *code, const char *message);

static CL_ALWAYS_INLINE void reject_extra(Parser *p, Frame *f, const char *code,
                                          const char *message)
{
    if (!at_end(p, f))
        report_extra(p, f, code, message);
}

// reject_extra's slow path: there are extra elements.
static void report_extra(Parser *p, Frame *f, const char *code, const char *message)
{
    uint32_t start = p->token->start;
    cl_parse_skip_rest(p, f);
    cl_parse_error(p, start, last_end(p), code, "%s", message);
    f->bad = true;
}

// The end offset of the form of `f` once at_end said it ends: after its closer if it has one.
static uint32_t form_end(const Parser *p, const Frame *f)
{
    return f->end == END_CLOSED ? p->token->start + p->token->length : last_end(p);
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
    char message[512];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    return cl_parse_error(p, f->open, form_end(p, f), code, "%s", message);
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
        Token t = *p->token;
        d = cl_parse_error(p, t.start, t.start + t.length, code, "%s, found %s", need,
                     cl_parse_describe(p, t, shown, sizeof shown));
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
    Diagnostic *d = cl_parse_error(p, t.start, t.start + t.length, "duplicate-name",
                             "%s `%s` appears twice %s", what,
                             cl_parse_text(p, t, name, sizeof name), where);
    Position at = cl_parse_position(p, earlier);
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
    uint32_t earlier = cl_parse_names_add(p, &p->scratch->names, t.start, t.length);
    if (earlier != UINT32_MAX) {
        report_duplicate(p, t, earlier, "pattern variable", "in one pattern");
        return error_leaf(p, t.start, t.start + t.length);
    }
    return new_node(p, NODE_PAT_VAR, flags, t.start, t.start + t.length);
}

// A pattern that is one symbol: `_`, a variable, or a bare constructor `C` (same as `(C)`).
static NodeId symbol_pattern(Parser *p)
{
    Token t = *p->token;
    uint16_t flags = (t.flags & TOKF_NONASCII) ? NF_NONASCII : 0;
    if (t.word == WORD_UNDERSCORE)
        return leaf(p, NODE_PAT_WILDCARD, 0);
    if (!plain_symbol(t))
        return cl_parse_misplaced(p);
    if (starts_upper(p, t)) {
        uint32_t base = p->scratch->stack_count;
        push_kid(p, leaf(p, NODE_SYMBOL, flags));
        return make_node(p, NODE_PAT_CTOR, NF_BARE, (Span){t.start, t.start + t.length}, base, 0);
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
        Diagnostic *d = cl_parse_error(p, name.start, last_end(p), "bad-rest",
                                 "the rest of a list pattern must be a variable or `_`, found %s",
                                 cl_parse_describe(p, name, shown, sizeof shown));
        cl_diag_set_hint(d, (Span){0, 0}, "write [first ... rest] or [first ...rest]");
    }
    return error_leaf(p, dots.start, last_end(p));
}

// rest := "..." (VARIABLE | "_") | "...VARIABLE" | "..._"
static NodeId rest_pattern(Parser *p, Frame *f)
{
    Token dots = *p->token;
    advance(p);
    if (dots.length > 3) {
        Token name = cl_lex_classify(p->tree->source + dots.start + 3, dots.length - 3);
        name.start += dots.start + 3;
        return rest_name(p, dots, name, false);
    }
    if (at_end(p, f)) {
        cl_parse_error(p, dots.start, dots.start + 3, "bad-rest",
                 "`...` must be followed by the name of the rest of the list, as in "
                 "[x ... rest]");
        return error_leaf(p, dots.start, dots.start + 3);
    }
    Token name = *p->token;
    cl_parse_skip(p);
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
        if (p->token->kind == TOK_SYMBOL && p->token->word == WORD_DOTS) {
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
    Token head = *p->token;
    if (plain_symbol(head) && head.word != WORD_UNDERSCORE && starts_upper(p, head)) {
        push_kid(p, leaf(p, NODE_SYMBOL, (head.flags & TOKF_NONASCII) ? NF_NONASCII : 0));
        while (!at_end(p, &f))
            push_kid(p, parse_pattern(p));
        return close_form(p, &f, NODE_PAT_CTOR, 0, 0);
    }
    NodeId inner = parse_pattern(p);
    if (!at_end(p, &f)) {
        cl_parse_skip_rest(p, &f);
        char shown[96];
        Diagnostic *d = form_error(p, &f, "bad-pattern",
                                   "invalid pattern: %s is not a constructor name, so the "
                                   "parentheses must hold a single pattern",
                                   cl_parse_describe(p, head, shown, sizeof shown));
        cl_diag_set_hint(d, (Span){0, 0},
                         "constructor names start with an uppercase letter, as in (Some x); "
                         "list patterns are written [a b]");
    }
    if (f.bad || f.end != END_CLOSED)
        return cl_parse_close(p, &f, NODE_ERROR, 0, 0);
    cl_parse_close_group(p, &f);
    return inner;
}

// pattern := "_" | VARIABLE | CONSTRUCTOR | NUMBER | STRING | BOOLEAN | "nil"
//          | list-pattern | ctor-pattern | group | "(" ")"
static NodeId parse_pattern(Parser *p)
{
    switch (p->token->kind) {
    case TOK_SYMBOL:
        return symbol_pattern(p);
    case TOK_INT:
        return cl_parse_int(p);
    case TOK_FLOAT:
        return leaf(p, NODE_FLOAT, 0);
    case TOK_STRING:
        return leaf(p, NODE_STRING, string_flags(*p->token));
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
        return cl_parse_misplaced(p);
    default: { // TOK_ERROR, already reported by the lexer
        Token t = *p->token;
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
    Token t = *p->token;
    if (t.kind == TOK_ERROR) {
        advance(p);
        return error_leaf(p, t.start, t.start + t.length);
    }
    char shown[96];
    Diagnostic *d = cl_parse_error(p, t.start, t.start + t.length, "bad-type", "expected %s, found %s",
                             what, cl_parse_describe(p, t, shown, sizeof shown));
    const char *hint = "types are names such as Int or applications such as (List Int)";
    if (t.kind == TOK_LBRACKET)
        hint = "a list type is written (List Int)";
    else if (t.kind == TOK_STRING)
        hint = "type names are written without quotes: Int";
    else if (t.kind == TOK_SYMBOL && !type_name_ok(p, t) && plain_symbol(t))
        hint = "effect rows ({...}), <...> parameters and ~ are not part of the type language";
    cl_diag_set_hint(d, (Span){0, 0}, "%s", hint);
    cl_parse_skip(p);
    return error_leaf(p, t.start, last_end(p));
}

// type := NAME | "(" NAME type* ")"
static NodeId parse_type(Parser *p)
{
    Token t = *p->token;
    if (t.kind == TOK_SYMBOL && type_name_ok(p, t))
        return leaf(p, NODE_TYPE_NAME, (t.flags & TOKF_NONASCII) ? NF_NONASCII : 0);
    if (t.kind != TOK_LPAREN)
        return bad_type(p, "a type such as Int or (List Int)");
    Frame f;
    if (!open_form(p, &f))
        return deep_node(p, &f);
    if (at_end(p, &f)) {
        form_error(p, &f, "bad-type", "empty type `()`: write a name such as Int or (List Int)");
        return cl_parse_close(p, &f, NODE_ERROR, 0, 0);
    }
    Token head = *p->token;
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
        return cl_parse_close(p, &f, NODE_ERROR, 0, 0);
    }
    Token name = *p->token;
    NodeId id = parse_binder(p, "a binding name");
    f.bad = is_error(p, id);
    push_kid(p, id);
    if (at_end(p, &f)) {
        char text[96];
        cl_parse_text(p, name, text, sizeof text);
        form_error(p, &f, "bad-binding", "binding of `%s` needs a value: (%s value)", text, text);
        return cl_parse_close(p, &f, NODE_ERROR, 0, 0);
    }
    push_kid(p, parse_operand(p));
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
        if (p->token->kind == TOK_LPAREN) {
            push_kid(p, parse_binding(p));
            count++;
            continue;
        }
        Token t = *p->token;
        cl_parse_skip(p);
        if (slipped)
            continue;
        slipped = true;
        if (t.kind != TOK_ERROR) {
            char shown[96];
            Diagnostic *d = cl_parse_error(p, t.start, last_end(p), "bad-binding",
                                     "a binding must be a (name value) pair, found %s",
                                     cl_parse_describe(p, t, shown, sizeof shown));
            if (count == 0 && t.kind == TOK_SYMBOL)
                cl_diag_set_hint(d, (Span){0, 0},
                                 "to bind one name write (let ((%s value)) body ...), with two "
                                 "pairs of parentheses",
                                 cl_parse_text(p, t, shown, sizeof shown));
        }
        push_kid(p, error_leaf(p, t.start, last_end(p)));
        count++;
    }
    cl_parse_close_group(p, &f);
    return count;
}

// let-form := "(" "let" bindings expr+ ")"
static NodeId parse_let(Parser *p, Frame *f, Token head)
{
    if (p->token->kind != TOK_LPAREN) {
        expected(p, f, "let-bindings", "`let` needs a list of bindings in parentheses",
                 "(let ((name value) ...) body ...)");
        parse_rest(p, f);
        return cl_parse_close(p, f, NODE_ERROR, 0, 0);
    }
    uint32_t bindings = parse_bindings(p);
    if (cl_parse_body(p, f) == 0)
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
            cl_parse_names_clear(&p->scratch->names);
            for (uint32_t i = 0; i < count; i++) {
                Span s = p->tree->nodes[params[i]].span;
                cl_parse_names_add(p, &p->scratch->names, s.start, s.end - s.start);
            }
            *hashed = true;
        }
        return cl_parse_names_add(p, &p->scratch->names, t.start, t.length);
    }
    for (uint32_t i = 0; i < count; i++) {
        Span s = p->tree->nodes[params[i]].span;
        if (s.end - s.start == t.length && source[s.start] == source[t.start] &&
            memcmp(source + s.start, source + t.start, t.length) == 0)
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
        Token t = *p->token;
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
    if (p->token->kind != TOK_LPAREN) {
        expected(p, f, "lambda-params", "`lambda` needs a parameter list in parentheses",
                 "(lambda (x y) body ...)");
        parse_rest(p, f);
        return cl_parse_close(p, f, NODE_ERROR, 0, 0);
    }
    push_kid(p, parse_params(p));
    if (cl_parse_body(p, f) == 0)
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
        return cl_parse_close(p, f, NODE_ERROR, 0, 0);
    }
    if (at_end(p, &signature)) {
        form_error(p, &signature, "expected-name",
                   "`define` needs a function name: (define (name param ...) body ...)");
        cl_parse_close_group(p, &signature);
        f->bad = true;
        parse_rest(p, f);
        return cl_parse_close(p, f, NODE_ERROR, 0, 0);
    }
    Token name = *p->token;
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
    if (cl_parse_body(p, f) == 0) {
        char text[96];
        form_error(p, f, "missing-body", "`define` of function `%s` needs at least one body form",
                   cl_parse_text(p, name, text, sizeof text));
    }
    if (f->bad || f->end != END_CLOSED)
        return cl_parse_close(p, f, NODE_ERROR, 0, 0);
    push_kid(p, make_node(p, NODE_LAMBDA, 0, (Span){f->open, form_end(p, f)}, base, 0));
    return close_form(p, f, NODE_DEFINE, NF_DEFINE_FN, 0);
}

// define-form := "(" "define" SYMBOL expr ")" | define-function
static NodeId parse_define(Parser *p, Frame *f, Token head)
{
    if (p->token->kind == TOK_LPAREN)
        return parse_define_function(p, f);
    if (at_end(p, f)) {
        Diagnostic *d = form_error(p, f, "missing-name", "`define` needs a name and a value");
        cl_diag_set_hint(d, (Span){0, 0},
                         "write (define name value) or (define (name param ...) body ...)");
        return cl_parse_close(p, f, NODE_ERROR, 0, 0);
    }
    Token name = *p->token;
    NodeId id = parse_binder(p, "the name of a definition");
    f->bad = is_error(p, id);
    push_kid(p, id);
    if (at_end(p, f)) {
        char text[96];
        cl_parse_text(p, name, text, sizeof text);
        form_error(p, f, "missing-value", "`define` of `%s` needs a value: (define %s value)",
                   text, text);
        return cl_parse_close(p, f, NODE_ERROR, 0, 0);
    }
    push_kid(p, parse_operand(p));
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
            fourth = p->token->start;
        push_kid(p, parse_operand(p));
        count++;
    }
    if (count > 3 && f->end == END_CLOSED && !f->bad) {
        cl_parse_error(p, fourth, last_end(p), "if-arity",
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
    cl_parse_body(p, f);
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
        return cl_parse_close(p, &f, NODE_ERROR, 0, 0);
    }
    cl_parse_names_clear(&p->scratch->names);
    push_kid(p, parse_pattern(p));
    if (cl_parse_body(p, &f) == 0)
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
        return cl_parse_close(p, f, NODE_ERROR, 0, 0);
    }
    push_kid(p, parse_operand(p));
    bool slipped = false;
    while (!at_end(p, f)) {
        if (p->token->kind == TOK_LPAREN) {
            push_kid(p, parse_branch(p));
            continue;
        }
        Token t = *p->token;
        cl_parse_skip(p);
        if (slipped)
            continue;
        slipped = true;
        if (t.kind != TOK_ERROR) {
            char shown[96];
            Diagnostic *d = cl_parse_error(p, t.start, last_end(p), "bad-branch",
                                     "a `match` branch must be a list (pattern body ...), "
                                     "found %s",
                                     cl_parse_describe(p, t, shown, sizeof shown));
            cl_diag_set_hint(d, (Span){0, 0},
                             t.kind == TOK_LBRACKET
                                 ? "branches are written in parentheses: ([a b] body)"
                                 : "put each pattern and its body in parentheses, as in "
                                   "(match n (0 \"zero\") (_ \"other\"))");
        }
        push_kid(p, error_leaf(p, t.start, last_end(p)));
    }
    return close_form(p, f, NODE_MATCH, 0, 0);
}

// ctor-decl := "(" CONSTRUCTOR type* ")"; constructor names are unique within one `data` form.
static NodeId parse_ctor_decl(Parser *p)
{
    Frame f;
    if (!open_form(p, &f))
        return deep_node(p, &f);
    Token t = *p->token;
    if (at_end(p, &f)) {
        form_error(p, &f, "bad-constructor",
                   "empty constructor declaration `()`: write (Name FieldType ...)");
        return cl_parse_close(p, &f, NODE_ERROR, 0, 0);
    }
    if (plain_symbol(t) && starts_upper(p, t)) {
        uint32_t earlier = cl_parse_names_add(p, &p->scratch->names, t.start, t.length);
        if (earlier != UINT32_MAX) {
            report_duplicate(p, t, earlier, "constructor", "in one `data` form");
            f.bad = true;
        }
        push_kid(p, leaf(p, NODE_SYMBOL, (t.flags & TOKF_NONASCII) ? NF_NONASCII : 0));
    } else {
        if (t.kind != TOK_ERROR) {
            char shown[96];
            Diagnostic *d = cl_parse_error(p, t.start, t.start + t.length, "bad-constructor",
                                     "expected a constructor name, found %s",
                                     cl_parse_describe(p, t, shown, sizeof shown));
            cl_diag_set_hint(d, (Span){0, 0},
                             "constructor names start with an uppercase letter: (Circle Float)");
        }
        cl_parse_skip(p);
        f.bad = true;
    }
    while (!at_end(p, &f))
        push_kid(p, parse_type(p));
    return close_form(p, &f, NODE_CTOR_DECL, 0, 0);
}

// data-form := "(" "data" TYPE TVAR* ctor-decl* ")"
static NodeId parse_data(Parser *p, Frame *f, Token head)
{
    Token t = *p->token;
    if (!plain_symbol(t) || !starts_upper(p, t)) {
        if (t.kind != TOK_ERROR)
            expected(p, f, "bad-type-name", "`data` needs a type name that starts with an "
                                            "uppercase letter",
                     "(data Shape (Circle Float) (Rect Float Float))");
        f->bad = true;
        cl_parse_skip_rest(p, f);
        return cl_parse_close(p, f, NODE_ERROR, 0, 0);
    }
    push_kid(p, leaf(p, NODE_SYMBOL, (t.flags & TOKF_NONASCII) ? NF_NONASCII : 0));
    cl_parse_names_clear(&p->scratch->names);
    uint32_t tvars = 0;
    bool constructors = false;
    while (!at_end(p, f)) {
        t = *p->token;
        if (t.kind == TOK_LPAREN) {
            push_kid(p, parse_ctor_decl(p));
            constructors = true;
        } else if (plain_symbol(t) && !constructors) {
            push_kid(p, leaf(p, NODE_SYMBOL, (t.flags & TOKF_NONASCII) ? NF_NONASCII : 0));
            tvars++;
        } else {
            char shown[96];
            if (t.kind != TOK_ERROR && plain_symbol(t))
                cl_parse_error(p, t.start, t.start + t.length, "bad-data",
                         "type variable %s comes after a constructor; type variables come "
                         "first",
                         cl_parse_describe(p, t, shown, sizeof shown));
            else if (t.kind != TOK_ERROR)
                cl_parse_error(p, t.start, t.start + t.length, "bad-data",
                         "expected a type variable or a constructor (Name FieldType ...) in "
                         "`data`, found %s",
                         cl_parse_describe(p, t, shown, sizeof shown));
            cl_parse_skip(p);
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
    cl_parse_text(p, head, text, sizeof text);
    Diagnostic *d = cl_parse_error(p, head.start, head.start + head.length, "not-top-level",
                             "`%s` is only allowed at the top level of a file", text);
    cl_diag_set_hint(d, (Span){0, 0}, "move the (%s ...) form out of the form around it", text);
    f->bad = true;
    cl_parse_skip_rest(p, f);
    return false;
}

// Records an exported name (the alias when there is one), reporting a name exported twice.
static void note_export(Parser *p, NodeId id, Token name)
{
    if (!id || is_error(p, id))
        return;
    uint32_t earlier = cl_parse_names_add(p, &p->scratch->exports, name.start, name.length);
    if (earlier != UINT32_MAX) {
        report_duplicate(p, name, earlier, "exported name", "in one file");
        turn_into_error(p, id);
    }
}

// entry := NAME | NAME "as" NAME | "(" NAME "as" NAME ")"     (inside the list of `list`)
// Makes a RENAME node; `exporting` checks the exported name for duplicates.
static NodeId parse_entry(Parser *p, Frame *list, bool exporting)
{
    uint32_t base = p->scratch->stack_count, start = p->token->start;
    Frame f, *frame = list;
    bool parens = p->token->kind == TOK_LPAREN;
    if (parens) {
        if (!open_form(p, &f))
            return deep_node(p, &f);
        frame = &f;
        if (at_end(p, &f)) {
            form_error(p, &f, "bad-entry", "empty entry `()`: write (name as alias)");
            return cl_parse_close(p, &f, NODE_ERROR, 0, 0);
        }
    }
    Token name = *p->token, as = name;
    NodeId id = parse_binder(p, exporting ? "an exported name" : "an imported name");
    push_kid(p, id);
    bool bad = is_error(p, id), renamed = false;
    if (!at_end(p, frame) && p->token->kind == TOK_SYMBOL && p->token->word == WORD_AS) {
        as = *p->token;
        advance(p);
        if (at_end(p, frame)) {
            cl_parse_error(p, as.start, as.start + as.length, "bad-entry",
                     "expected a name after `as`");
            bad = true;
        } else {
            name = *p->token;
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
        cl_parse_skip_rest(p, &f);
        f.bad |= bad;
        id = cl_parse_close(p, &f, NODE_RENAME, 0, 0);
    } else {
        id = bad ? error_leaf(p, start, last_end(p))
                 : cl_parse_node(p, NODE_RENAME, 0, (Span){start, last_end(p)}, base, 0);
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
        Token name = *p->token;
        NodeId id = parse_binder(p, "an exported name");
        note_export(p, id, name);
        push_kid(p, id);
    }
    cl_parse_close_group(p, g);
}

// module-form := "(" "module" NAME [export-clause] expr ")"       (top level, once per file)
// Kids are name, body, exports (the body moves in front of the exports read before it).
static NodeId parse_module(Parser *p, Frame *f, Token head)
{
    if (!at_top_level(p, f, head))
        return cl_parse_close(p, f, NODE_ERROR, 0, 0);
    if (p->has_module) {
        Position at = cl_parse_position(p, p->module_at);
        Diagnostic *d = cl_parse_error(p, head.start, head.start + head.length, "second-module",
                                 "a file may hold only one `module` form");
        if (d && at.line)
            cl_diag_set_hint(d, (Span){p->module_at, p->module_at + 1},
                             "the first `module` form is at line %u, column %u", at.line,
                             at.column);
        f->bad = true;
    }
    p->has_module = true;
    p->module_at = f->open;
    if (at_end(p, f) || !plain_symbol(*p->token)) {
        expected(p, f, "missing-name", "`module` needs a name",
                 "(module name (export a b) body)");
        cl_parse_skip_rest(p, f);
        return cl_parse_close(p, f, NODE_ERROR, 0, 0);
    }
    push_kid(p, leaf(p, NODE_SYMBOL, (p->token->flags & TOKF_NONASCII) ? NF_NONASCII : 0));
    uint16_t flags = 0;
    uint32_t bodies = 0, body_at = p->scratch->stack_count;
    if (p->token->kind == TOK_LPAREN) {
        Frame g;
        if (!open_form(p, &g)) {
            push_kid(p, deep_node(p, &g));
            bodies++;
        } else if (p->token->kind == TOK_SYMBOL && p->token->word == WORD_EXPORT) {
            advance(p);
            flags = NF_EXPORTS;
            parse_export_clause(p, &g);
        } else {
            push_kid(p, cl_parse_form(p, &g));
            bodies++;
        }
    }
    while (!at_end(p, f)) {
        if (bodies++ == 1) {
            uint32_t start = p->token->start;
            cl_parse_skip_rest(p, f);
            cl_parse_error(p, start, last_end(p), "extra-body",
                     "`module` takes exactly one body expression; wrap several in (do ...)");
            f->bad = true;
            break;
        }
        push_kid(p, cl_parse_expr(p));
    }
    if (bodies == 0)
        form_error(p, f, "missing-body", "`module` needs a body expression after its exports");
    else
        rotate_last_to(p, body_at);
    return cl_parse_close(p, f, NODE_MODULE, flags, 0);
}

// import-form := "(" "import" STRING ["*" | "(" entry* ")"] ")"        (top level only)
static NodeId parse_import(Parser *p, Frame *f, Token head)
{
    if (!at_top_level(p, f, head))
        return cl_parse_close(p, f, NODE_ERROR, 0, 0);
    if (p->token->kind != TOK_STRING) {
        if (p->token->kind != TOK_ERROR)
            expected(p, f, "bad-import", "`import` needs a module path string",
                     "(import \"path\" (name ...))");
        f->bad = true;
        cl_parse_skip_rest(p, f);
        return cl_parse_close(p, f, NODE_ERROR, 0, 0);
    }
    push_kid(p, leaf(p, NODE_STRING, string_flags(*p->token)));
    uint16_t flags = 0;
    if (p->token->kind == TOK_SYMBOL && p->token->word == WORD_STAR) {
        advance(p);
        flags = NF_IMPORT_ALL;
    } else if (p->token->kind == TOK_LPAREN) {
        Frame g;
        if (open_form(p, &g)) {
            while (!at_end(p, &g))
                push_kid(p, parse_entry(p, &g, false));
            cl_parse_close_group(p, &g);
        } else {
            f->bad = true;
        }
        flags = NF_IMPORT_LIST;
    }
    if (!at_end(p, f)) {
        if (flags == 0) {
            expected(p, f, "bad-import", "expected `*` or a list of names after the path",
                     "(import \"path\" (name ...)) or (import \"path\" *)");
            cl_parse_skip_rest(p, f);
        } else {
            reject_extra(p, f, "bad-import",
                         "`import` takes a path and one list of names (or `*`)");
        }
    }
    return cl_parse_close(p, f, NODE_IMPORT, flags, 0);
}

// export-form := "(" "export" entry* ")"          (top level only)
static NodeId parse_export(Parser *p, Frame *f, Token head)
{
    if (!at_top_level(p, f, head))
        return cl_parse_close(p, f, NODE_ERROR, 0, 0);
    while (!at_end(p, f))
        push_kid(p, parse_entry(p, f, true));
    return cl_parse_close(p, f, NODE_EXPORT, 0, 0);
}

// effect-form := "(" "effect" NAME expr* ")"
static NodeId parse_effect(Parser *p, Frame *f, Token head)
{
    if (at_end(p, f) || !plain_symbol(*p->token)) {
        if (p->token->kind != TOK_ERROR)
            expected(p, f, "bad-effect", "`effect` needs an operation name",
                     "(effect io:print \"hello\")");
        f->bad = true;
        if (!at_end(p, f))
            cl_parse_skip(p);
        parse_rest(p, f);
        return cl_parse_close(p, f, NODE_ERROR, 0, 0);
    }
    push_kid(p, leaf(p, NODE_SYMBOL, (p->token->flags & TOKF_NONASCII) ? NF_NONASCII : 0));
    cl_parse_body(p, f);
    return cl_parse_close(p, f, NODE_EFFECT, 0, 0);
}

// ascription := "(" ":" expr type ")"
static NodeId parse_ascribe(Parser *p, Frame *f, Token head)
{
    if (at_end(p, f)) {
        form_error(p, f, "bad-ascription", "`:` needs an expression and a type: (: expr Type)");
        return cl_parse_close(p, f, NODE_ERROR, 0, 0);
    }
    push_kid(p, cl_parse_expr(p));
    if (at_end(p, f)) {
        form_error(p, f, "bad-ascription", "`:` needs a type after the expression: (: expr Type)");
        return cl_parse_close(p, f, NODE_ERROR, 0, 0);
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
    while (!at_end(p, f) && p->token->kind != TOK_KEYWORD)
        cl_parse_skip(p);
    return error_leaf(p, start, last_end(p));
}

// conditions := "[" expr* "]"; pushes the conditions.
static bool parse_conditions(Parser *p, Frame *f, Token key)
{
    if (at_end(p, f) || p->token->kind != TOK_LBRACKET) {
        char text[32];
        cl_parse_text(p, key, text, sizeof text);
        Token at = at_end(p, f) ? key : *p->token;
        Diagnostic *d = cl_parse_error(p, at.start, at.start + at.length, "bad-clause",
                                 "`%s` needs a list of conditions in brackets", text);
        cl_diag_set_hint(d, (Span){0, 0}, "write %s [(> x 0) ...]", text);
        return false;
    }
    Frame g;
    if (!open_form(p, &g))
        return false;
    while (!at_end(p, &g))
        push_kid(p, parse_operand(p));
    return cl_parse_close_group(p, &g);
}

// clause := (":requires" | ":pre" | ":ensures" | ":post" | ":invariant") conditions
//         | ":complexity" STRING | ":pure" BOOLEAN
static NodeId parse_clause(Parser *p, Frame *f)
{
    Token key = *p->token;
    int kind = clause_kind(p->tree->source + key.start, key.length);
    char text[96]; // the key as messages show it, made only when there is a message
    advance(p);
    if (kind < 0) {
        cl_parse_text(p, key, text, sizeof text);
        Diagnostic *d = cl_parse_error(p, key.start, key.start + key.length, "bad-clause",
                                 "unknown contract clause `%s`", text);
        cl_diag_set_hint(d, (Span){0, 0}, "the clauses are :requires (or :pre), :ensures (or "
                                          ":post), :invariant, :complexity and :pure");
        return skip_clause(p, f, key.start);
    }
    uint32_t base = p->scratch->stack_count;
    bool ok;
    if (kind == CLAUSE_COMPLEXITY || kind == CLAUSE_PURE) {
        uint8_t want = p->token->kind;
        ok = !at_end(p, f) && (kind == CLAUSE_COMPLEXITY ? want == TOK_STRING
                                                         : want == TOK_TRUE || want == TOK_FALSE);
        if (ok) {
            push_kid(p, leaf(p, want == TOK_STRING ? NODE_STRING
                                : want == TOK_TRUE ? NODE_TRUE
                                                   : NODE_FALSE,
                             want == TOK_STRING ? string_flags(*p->token) : 0));
        } else if (p->token->kind != TOK_ERROR) {
            char shown[96];
            cl_parse_text(p, key, text, sizeof text);
            Token at = at_end(p, f) ? key : *p->token;
            cl_parse_error(p, at.start, at.start + at.length, "bad-clause", "`%s` takes %s, found %s",
                     text, kind == CLAUSE_PURE ? "#t or #f" : "a string",
                     at.start == key.start ? "nothing" : cl_parse_describe(p, at, shown, sizeof shown));
        }
    } else {
        ok = parse_conditions(p, f, key);
    }
    if (!ok) {
        p->scratch->stack_count = base;
        return skip_clause(p, f, key.start);
    }
    return make_node(p, NODE_CLAUSE, 0, (Span){key.start, last_end(p)}, base, (uint32_t)kind);
}

// contract-form := "(" "spec:contract" NAME clause* ")"
static NodeId parse_contract(Parser *p, Frame *f, Token head)
{
    if (at_end(p, f) || !plain_symbol(*p->token)) {
        if (p->token->kind != TOK_ERROR)
            expected(p, f, "missing-name", "`spec:contract` needs the name of a function",
                     "(spec:contract name :requires [...] :ensures [...])");
        f->bad = true;
        cl_parse_skip_rest(p, f);
        return cl_parse_close(p, f, NODE_ERROR, 0, 0);
    }
    push_kid(p, leaf(p, NODE_SYMBOL, (p->token->flags & TOKF_NONASCII) ? NF_NONASCII : 0));
    while (!at_end(p, f)) {
        if (p->token->kind == TOK_KEYWORD) {
            push_kid(p, parse_clause(p, f));
            continue;
        }
        Token t = *p->token;
        char shown[96];
        if (t.kind != TOK_ERROR)
            cl_parse_error(p, t.start, t.start + t.length, "bad-clause",
                     "expected a clause keyword such as :requires or :ensures, found %s",
                     cl_parse_describe(p, t, shown, sizeof shown));
        push_kid(p, skip_clause(p, f, t.start));
    }
    return close_form(p, f, NODE_CONTRACT, 0, 0);
}

// parallel-form := "(" "parallel" expr* ")"
static NodeId parse_parallel(Parser *p, Frame *f, Token head)
{
    cl_parse_body(p, f);
    return cl_parse_close(p, f, NODE_PARALLEL, 0, 0);
}

// choice := "(" NUMBER expr ")"
static NodeId parse_choice(Parser *p)
{
    Frame f;
    if (!open_form(p, &f))
        return deep_node(p, &f);
    uint8_t kind = p->token->kind;
    if (kind == TOK_INT) {
        push_kid(p, cl_parse_int(p));
    } else if (kind == TOK_FLOAT) {
        push_kid(p, leaf(p, NODE_FLOAT, 0));
    } else {
        if (kind != TOK_ERROR)
            expected(p, &f, "bad-choice", "a choice of `uncertain` starts with a probability "
                                          "(a number literal)",
                     "(uncertain (0.7 \"likely\") (0.3 \"unlikely\"))");
        f.bad = true;
        if (!at_end(p, &f))
            cl_parse_skip(p);
    }
    if (at_end(p, &f)) {
        form_error(p, &f, "bad-choice", "a choice needs an expression after its probability");
        return cl_parse_close(p, &f, NODE_ERROR, 0, 0);
    }
    push_kid(p, cl_parse_expr(p));
    reject_extra(p, &f, "bad-choice", "a choice holds one probability and one expression");
    return cl_parse_close(p, &f, NODE_CHOICE, 0, 0);
}

// uncertain-form := "(" "uncertain" choice+ ")"
static NodeId parse_uncertain(Parser *p, Frame *f, Token head)
{
    uint32_t count = 0;
    bool slipped = false;
    while (!at_end(p, f)) {
        count++;
        if (p->token->kind == TOK_LPAREN) {
            push_kid(p, parse_choice(p));
            continue;
        }
        Token t = *p->token;
        cl_parse_skip(p);
        if (!slipped && t.kind != TOK_ERROR) {
            char shown[96];
            cl_parse_error(p, t.start, last_end(p), "bad-choice",
                     "a choice of `uncertain` is (probability expr), found %s",
                     cl_parse_describe(p, t, shown, sizeof shown));
        }
        slipped = true;
        push_kid(p, error_leaf(p, t.start, last_end(p)));
    }
    if (count == 0) {
        Diagnostic *d = form_error(p, f, "bad-choice", "`uncertain` needs at least one choice");
        cl_diag_set_hint(d, (Span){0, 0}, "write (uncertain (0.5 \"heads\") (0.5 \"tails\"))");
    }
    return cl_parse_close(p, f, NODE_UNCERTAIN, 0, 0);
}

// ---------------------------------------------------------------------------------------------
// Dispatch

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

// The special form of `head` (a reserved word, WORD_LET .. WORD_COLON).
NodeId cl_parse_special(Parser *p, Frame *f, Token head)
{
    return form_parsers[head.word](p, f, head);
}
