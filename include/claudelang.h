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

// ---------------------------------------------------------------------------------------------
// Configuration

typedef struct ClState ClState;

// Effect kinds, for ClConfig.deny and the effect hook.
typedef enum ClEffectKind {
    CL_EFFECT_PURE,
    CL_EFFECT_ERROR,
    CL_EFFECT_IO,
    CL_EFFECT_STATE,
    CL_EFFECT_TIME,
    CL_EFFECT_RANDOM,
    CL_EFFECT_NETWORK,
    CL_EFFECT_KIND_COUNT
} ClEffectKind;

// Called before every effect operation the program performs (after with-handler and pure had
// their say): `operation` is the canonical name ("io:print"). Return true to let it run, false
// to refuse it (the program sees error[effect-denied]). Use it to record or sandbox.
typedef bool (*ClEffectHook)(void *user_data, ClEffectKind kind, const char *operation);

// Where program output goes. `stream` is 1 for stdout, 2 for stderr.
typedef void (*ClWriteFn)(void *user_data, int stream, const char *bytes, size_t length);

typedef struct ClConfig {
    size_t memory_limit;       // heap bytes; 0: no limit (default)
    uint32_t depth_limit;      // ClaudeLang call depth; 0: default 1,000,000 frames
    unsigned deny;             // bit (1 << ClEffectKind) set: that kind is refused
    bool allow_network;        // network:fetch is refused unless true
    bool seeded;               // use `seed` for the random generator (else the OS)
    uint64_t seed;
    bool no_optimize;          // turn the optimizer off
    bool no_jit;               // turn the JIT off
    ClEffectHook effect_hook;  // may be NULL
    void *effect_user_data;
    ClWriteFn write;           // NULL: the process's stdout/stderr
    void *write_user_data;
    const char *search_path;   // module search path (colon-separated); NULL: CLAUDELANG_PATH
    // Test hook: fail the Nth heap allocation and every later one (0: never).
    uint64_t fail_allocation_after;
} ClConfig;

// Fills `config` with the defaults.
CL_API void cl_config_init(ClConfig *config);

// ---------------------------------------------------------------------------------------------
// States

// Creates an interpreter. `config` may be NULL for the defaults; it is copied. Returns NULL
// only when even the initial allocation fails.
CL_API ClState *cl_open(const ClConfig *config);
// Frees everything the state owns. Handles become invalid.
CL_API void cl_close(ClState *S);

// Runs every top-level form of `source` as the main program named `path` (the FILE of error
// lines; "<eval>" for eval). The value of the last form is left in slot 0 (nil when there is
// none). CL_ERROR: the error is in cl_error_*; what ran before it stays done.
CL_API CL_MUST_CHECK ClStatus cl_run_string(ClState *S, const char *path, const char *source,
                                            size_t length);
// Reads and runs the file at `path` as the main program (module imports are resolved relative
// to it). An unreadable file is error[io-error].
CL_API CL_MUST_CHECK ClStatus cl_run_file(ClState *S, const char *path);

// Compiles `source` without running it and returns the bytecode listing of every top-level
// form and function (malloc'd; the caller frees it), or NULL with the error in cl_error_*.
CL_API char *cl_disassemble_source(ClState *S, const char *path, const char *source,
                                   size_t length);

// ---------------------------------------------------------------------------------------------
// Errors of the last failed call

CL_API ClErrorKind cl_error_kind(ClState *S);
// The one-line message, without position or kind. Owned by the state until the next call.
CL_API const char *cl_error_message(ClState *S);
// Where the error happened: file path (NULL when it has no position), 1-based line and
// code-point column.
CL_API const char *cl_error_location(ClState *S, uint32_t *line, uint32_t *column);
// The full report as the CLI prints it: "FILE:LINE:COL: error[KIND]: message", the source line
// with a caret, and a backtrace. Owned by the state until the next call.
CL_API const char *cl_error_text(ClState *S);

// ---------------------------------------------------------------------------------------------
// Slots: how values cross the boundary. Slots are numbered from 0; they are GC roots.

typedef enum ClType {
    CL_TYPE_NIL, CL_TYPE_BOOL, CL_TYPE_INT, CL_TYPE_FLOAT, CL_TYPE_STRING, CL_TYPE_LIST,
    CL_TYPE_TUPLE, CL_TYPE_DICT, CL_TYPE_SET, CL_TYPE_ADT, CL_TYPE_FUNCTION, CL_TYPE_DATE,
    CL_TYPE_DATETIME, CL_TYPE_FILE, CL_TYPE_OTHER
} ClType;

// Makes sure slots 0 .. count-1 exist (new ones hold nil). CL_ERROR when out of memory.
CL_API CL_MUST_CHECK ClStatus cl_ensure_slots(ClState *S, uint32_t count);
CL_API uint32_t cl_slot_count(ClState *S);
CL_API ClType cl_slot_type(ClState *S, uint32_t slot);

CL_API void cl_set_nil(ClState *S, uint32_t slot);
CL_API void cl_set_bool(ClState *S, uint32_t slot, bool value);
CL_API CL_MUST_CHECK ClStatus cl_set_int64(ClState *S, uint32_t slot, int64_t value);
CL_API CL_MUST_CHECK ClStatus cl_set_double(ClState *S, uint32_t slot, double value);
// Copies `length` bytes of UTF-8 (invalid UTF-8 is error[value-error]).
CL_API CL_MUST_CHECK ClStatus cl_set_string(ClState *S, uint32_t slot, const char *text,
                                            size_t length);
// Slot `slot` = the list of slots first .. first+count-1.
CL_API CL_MUST_CHECK ClStatus cl_set_list(ClState *S, uint32_t slot, uint32_t first,
                                          uint32_t count);
CL_API CL_MUST_CHECK ClStatus cl_set_tuple(ClState *S, uint32_t slot, uint32_t first,
                                           uint32_t count);
// Copies slot `from` into slot `to`.
CL_API void cl_copy_slot(ClState *S, uint32_t to, uint32_t from);

// Readers: CL_ERROR (error[type-error] recorded) when the slot holds another type.
CL_API CL_MUST_CHECK ClStatus cl_get_bool(ClState *S, uint32_t slot, bool *out);
// Ints that do not fit int64 are error[overflow-error].
CL_API CL_MUST_CHECK ClStatus cl_get_int64(ClState *S, uint32_t slot, int64_t *out);
// Ints are converted (exactly when possible); other types are type-error.
CL_API CL_MUST_CHECK ClStatus cl_get_double(ClState *S, uint32_t slot, double *out);
// Borrowed UTF-8 text, valid while the value stays in the slot.
CL_API CL_MUST_CHECK ClStatus cl_get_string(ClState *S, uint32_t slot, const char **text,
                                            size_t *length);
// Number of elements of a list, tuple, dict or set.
CL_API CL_MUST_CHECK ClStatus cl_get_length(ClState *S, uint32_t slot, size_t *length);
// Element `index` of a list or tuple into slot `to`.
CL_API CL_MUST_CHECK ClStatus cl_get_element(ClState *S, uint32_t slot, size_t index,
                                             uint32_t to);
// The written form of a value (what `eval` prints), malloc'd; the caller frees it.
CL_API char *cl_write_slot(ClState *S, uint32_t slot);

// ---------------------------------------------------------------------------------------------
// Globals, calls and builtins

// Slot `to` = the global `name` of the main program (error[unbound-variable] if none).
CL_API CL_MUST_CHECK ClStatus cl_get_global(ClState *S, const char *name, uint32_t to);
// Binds the global `name` of the main program to the value in slot `from`.
CL_API CL_MUST_CHECK ClStatus cl_set_global(ClState *S, const char *name, uint32_t from);
// Calls the function in slot `function` with `argc` arguments from slots first .. and puts
// the result in slot `result`.
CL_API CL_MUST_CHECK ClStatus cl_call(ClState *S, uint32_t function, uint32_t first,
                                      uint32_t argc, uint32_t result);

// A C builtin: arguments arrive in slots 0 .. argc-1; it puts its result in slot 0 and returns
// CL_OK, or returns cl_raise(...).
typedef ClStatus (*ClBuiltinFn)(ClState *S, uint32_t argc);
// Makes `fn` callable from ClaudeLang as `name` in every module loaded afterwards (and in the
// main program). It accepts min_args .. max_args arguments (max_args < 0: any number).
CL_API CL_MUST_CHECK ClStatus cl_register_builtin(ClState *S, const char *name,
                                                  ClBuiltinFn fn, int min_args, int max_args);
// Records an error of `kind` with a printf-style message; returns CL_ERROR.
CL_API ClStatus cl_raise(ClState *S, ClErrorKind kind, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

// ---------------------------------------------------------------------------------------------
// Handles: values kept across calls

typedef struct ClHandle ClHandle;
// A handle on the value in `slot`: it stays alive until released.
CL_API ClHandle *cl_handle_new(ClState *S, uint32_t slot);
CL_API void cl_handle_get(ClState *S, ClHandle *handle, uint32_t to);
CL_API void cl_handle_release(ClState *S, ClHandle *handle);

// ---------------------------------------------------------------------------------------------
// Garbage collector

// Runs a full collection.
CL_API void cl_collect(ClState *S);

#ifdef __cplusplus
}
#endif
#endif
