// syntax_private.h: helpers shared by the files of src/syntax and nobody else: UTF-8 decoding,
// the text sanitiser used in messages and dumps, and the diagnostic sort.
#ifndef CL_SYNTAX_PRIVATE_H
#define CL_SYNTAX_PRIVATE_H

#include "syntax/syntax.h"

#include <stdarg.h>

#if defined(__GNUC__)
#define CL_LIKELY(x) __builtin_expect(!!(x), 1)
#define CL_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define CL_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define CL_LIKELY(x) (x)
#define CL_UNLIKELY(x) (x)
#define CL_ALWAYS_INLINE inline
#endif

// cl_lex_batch for a padded text (lx->padded), called by the parser directly.
uint32_t cl_lex_batch_padded(Lexer *lx, Token *tokens, uint32_t capacity);

// Decodes the UTF-8 sequence at `s` (at most `available` bytes). Returns its length (1-4) and
// the code point in *code_point, or 0 when the bytes are not valid UTF-8 (a bad lead byte,
// a missing continuation, an overlong form, a surrogate or a value above U+10FFFF).
int cl_utf8_decode(const unsigned char *s, size_t available, uint32_t *code_point);

// True for the non-ASCII whitespace code points of LANGUAGE.md §2.2.
bool cl_unicode_space(uint32_t code_point);

// True when the code point is an uppercase letter (A-Z, or Unicode general category Lu).
bool cl_unicode_upper(uint32_t code_point);

// Classifies one atom on its own, without diagnostics: its TokenKind (TOK_ERROR for a malformed
// number) and TokenWord, as cl_lex_next would. The parser uses it for the name in `...rest`.
Token cl_lex_classify(const char *text, uint32_t length);

// Appends `text` to `out` (capacity `capacity`, always NUL-terminated) as one printable line:
// control characters and invalid UTF-8 become escapes (\n, \t, \xNN), and text longer than
// `max_points` code points is cut with "...". Returns the number of bytes written.
size_t cl_text_quote(char *out, size_t capacity, const char *text, size_t length,
                     size_t max_points);

// cl_diags_add with a va_list.
Diagnostic *cl_diags_addv(DiagList *list, DiagSeverity severity, int kind, Span span,
                          const char *code, const char *format, va_list args);

// Empties the list (freeing the messages) but keeps its storage.
void cl_diags_clear(DiagList *list);

// Frees the parser's working storage kept in `tree->scratch` (cl_tree_fini calls it).
void cl_parse_scratch_free(void *scratch);

// Sorts the diagnostics by span.start, keeping the order of those that start at the same byte.
void cl_diags_sort(DiagList *list);

#endif
