// claudelang.h: the one public header of ClaudeLang, for programs that embed the language.
// A `ClState` is one interpreter: its heap, its modules and its effect policy. Values cross
// the boundary in numbered slots, so an embedder never holds a pointer into the heap.
#ifndef CLAUDELANG_H
#define CLAUDELANG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define CL_API __attribute__((visibility("default")))
#define CL_MUST_CHECK __attribute__((warn_unused_result))
#else
#define CL_API
#define CL_MUST_CHECK
#endif

// Every error KIND of the language: X(ENUM_SUFFIX, "kind-text", catchable-by-error:catch).
// The enum, the text of the error line and the catchability rule are all built from this list.
#define CL_ERROR_KINDS(X)                                                                      \
    X(PARSE_ERROR, "parse-error", 0)                                                           \
    X(UNBOUND_VARIABLE, "unbound-variable", 1)                                                 \
    X(TYPE_ERROR, "type-error", 1)                                                             \
    X(VALUE_ERROR, "value-error", 1)                                                           \
    X(ARITY_ERROR, "arity-error", 1)                                                           \
    X(DIVISION_BY_ZERO, "division-by-zero", 1)                                                 \
    X(OVERFLOW_ERROR, "overflow-error", 1)                                                     \
    X(INDEX_OUT_OF_RANGE, "index-out-of-range", 1)                                             \
    X(MATCH_FAILURE, "match-failure", 1)                                                       \
    X(CONTRACT_VIOLATION, "contract-violation", 1)                                             \
    X(UNDEFINED_EFFECT, "undefined-effect", 1)                                                 \
    X(EFFECT_DENIED, "effect-denied", 1)                                                       \
    X(USER_ERROR, "user-error", 1)                                                             \
    X(STACK_OVERFLOW, "stack-overflow", 0)                                                     \
    X(OUT_OF_MEMORY, "out-of-memory", 0)                                                       \
    X(IO_ERROR, "io-error", 1)                                                                 \
    X(MODULE_NOT_FOUND, "module-not-found", 1)                                                 \
    X(IMPORT_CYCLE, "import-cycle", 1)

typedef enum ClErrorKind {
#define CL_ERROR_KIND_ENUM(name, text, catchable) CL_ERR_##name,
    CL_ERROR_KINDS(CL_ERROR_KIND_ENUM)
#undef CL_ERROR_KIND_ENUM
        CL_ERR_KIND_COUNT
} ClErrorKind;

// The text of an error kind ("type-error"); "unknown" for an out-of-range value.
CL_API const char *cl_error_kind_name(ClErrorKind kind);

// The result of every call that can fail. CL_OK is 0; CL_ERROR means a ClaudeLang error is
// recorded in the state (see cl_error_kind, cl_error_text).
typedef enum ClStatus { CL_OK = 0, CL_ERROR = 1 } ClStatus;

#ifdef __cplusplus
}
#endif
#endif
