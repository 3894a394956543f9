// object.h: the layouts of heap objects. Every object starts with an `Obj` header except cons
// cells (value.h), which live headerless in pages of their own. Objects are immutable once
// published, with three documented exceptions: a closure's captures are patched while its
// `let` is still binding (letrec), a `Box` is a mutable variable, and a closure may take a
// name once (LANGUAGE.md §4.5).
#ifndef CL_OBJECT_H
#define CL_OBJECT_H

#include <stdint.h>
#include <stdio.h>
#include <tommath.h>

#include "runtime/value.h"

typedef enum ObjType {
    OBJ_FREE,     // a free slot in a small-object page
    OBJ_FLOAT,    // Float
    OBJ_BIGINT,   // BigInt: an integer outside the small range, always normalised
    OBJ_STRING,   // String
    OBJ_TUPLE,    // Tuple
    OBJ_DICT,     // Dict (also sets: OBJF_SET)
    OBJ_DICTNODE, // internal node of a dict's trie
    OBJ_ADT,      // Adt: a constructor applied to its fields
    OBJ_CTOR,     // Ctor: a constructor function
    OBJ_CLOSURE,  // Closure: a ClaudeLang function value
    OBJ_BUILTIN,  // Builtin: a C function value
    OBJ_PROTO,    // Proto: compiled code of one function
    OBJ_BOX,      // Box: a captured variable that is assigned after capture
    OBJ_DATE,     // Date / DateTime (OBJF_DATETIME)
    OBJ_FILE,     // File: an io:open-file handle
    OBJ_MODULE,   // Module: one file's global environment and exports
    OBJ_ARRAY,    // Array: internal growable vector of values (GC-managed scratch)
    OBJ_TYPE_COUNT
} ObjType;

// Flags of the header, per type.
enum {
    OBJF_LARGE = 1 << 0,     // allocated outside the small-object pages
    OBJF_SET = 1 << 1,       // OBJ_DICT: a set (keys only)
    OBJF_DATETIME = 1 << 1,  // OBJ_DATE: a DateTime rather than a Date
    OBJF_ASCII = 1 << 1,     // OBJ_STRING: every byte < 0x80 (O(1) indexing)
    OBJF_HASHED = 1 << 2,    // OBJ_STRING: `hash` is valid
    OBJF_PRELUDE = 1 << 1,   // OBJ_PROTO: standard-library code (errors belong to its caller)
    OBJF_SHOW_BUILTIN = 1 << 2, // OBJ_PROTO: a prelude function that is a builtin
    OBJF_TOP_LEVEL = 1 << 3, // OBJ_PROTO: a file's top-level form (not a function)
};

struct Obj {
    uint8_t type;   // ObjType
    uint8_t mark;   // GC mark: equal to heap.mark_epoch when reached in the current cycle
    uint16_t flags; // OBJF_*
    uint32_t aux;   // per type: element count, arity ...
};

typedef struct Float {
    Obj h;
    double value;
} Float;

typedef struct BigInt {
    Obj h;
    mp_int n;  // digits are malloc'd by libtommath; freed when the object is swept
} BigInt;

// UTF-8 text, NUL-terminated for convenience. `length` counts code points.
typedef struct String {
    Obj h;       // aux: hash (valid when OBJF_HASHED)
    uint32_t size;
    uint32_t length;
    char bytes[];
} String;

typedef struct Tuple {
    Obj h;  // aux: number of items
    Value items[];
} Tuple;

typedef struct Ctor Ctor;

typedef struct Adt {
    Obj h;  // aux: number of fields
    Ctor *ctor;
    Value fields[];
} Adt;

struct Ctor {
    Obj h;  // aux: arity
    struct String *type_name;
    struct String *name;
};

typedef struct ClState ClState;
typedef struct Module Module;
typedef struct Proto Proto;

// A C builtin: reads `argc` arguments from `args` (rooted VM registers, stable during the
// call; args[-1] holds the builtin itself) and writes its result to *result. Returns CL_OK, or
// CL_ERROR after cl_raise (or CL_REQUEST_CALL, see vm.h).
typedef int (*BuiltinFn)(ClState *S, Value *args, int argc, Value *result);

typedef struct Builtin {
    Obj h;
    BuiltinFn fn;
    const char *name;     // the name it was looked up by (aliases get their own object)
    const char *op_name;  // effect operations: the canonical name handlers use
    int16_t min_args;
    int16_t max_args;     // -1: any number
    uint8_t effect;       // EffectKind
    uint8_t fold;         // may the optimizer call it on constants (pure and total)?
    uint16_t id;          // index in the builtin table (the optimizer and JIT use it)
    void *user;           // embedder builtins: the ClBuiltinFn
} Builtin;

typedef struct Closure {
    Obj h;  // aux: number of captures
    Proto *proto;
    String *name;  // NULL: the proto's name, or anonymous if that is NULL too
    Value captures[];
} Closure;

typedef struct Box {
    Obj h;
    Value value;
} Box;

// How a new closure obtains capture i: from a register of the creating frame or from one of
// the creating closure's own captures.
typedef struct CaptureDesc {
    uint8_t from_register;  // 1: register `index`; 0: capture `index` of the enclosing closure
    uint16_t index;         // registers may be far (beyond 255), see opcodes.def
} CaptureDesc;

struct Proto {
    Obj h;
    uint32_t *code;
    uint32_t *offsets;       // source byte offset of each instruction (error positions)
    Value *constants;
    CaptureDesc *captures;
    Module *module;
    String *name;            // NULL when anonymous
    Value param_names;       // tuple of strings (contracts bind conditions to them) or nil
    Value capture_names;     // tuple of strings (error messages) or nil
    uint32_t code_count;
    uint32_t constant_count;
    uint32_t offset_start;   // the source offset of the lambda itself
    uint16_t param_count;
    uint16_t register_count; // near registers 0..255 and far ones above (up to 65535)
    uint16_t capture_count;
    uint8_t variadic;        // prelude only: the last parameter takes the rest as a list
    uint16_t fast_arity;     // param_count, or 0xFFFF when variadic (calls compare argc to it)
    uint16_t unit;           // the module's source text this code came from
    uint32_t call_count;     // for the JIT's hotness threshold
    void *jit_code;          // native entry, or NULL
};

typedef struct Date {
    Obj h;            // OBJF_DATETIME for a DateTime
    int64_t micros;   // microseconds since 0001-01-01T00:00:00 (proleptic Gregorian)
} Date;

typedef struct File {
    Obj h;
    FILE *fp;          // NULL once closed
    String *path;
    uint8_t readable;
    uint8_t writable;
} File;

typedef struct Array {
    Obj h;
    uint32_t count;
    uint32_t capacity;
    Value *items;      // malloc'd; freed when swept
} Array;

// Typed access for code that has already checked the type.
#define CL_OBJ_TYPE(v) (cl_as_object(v)->type)
CL_INLINE bool cl_is_obj_type(Value v, ObjType t)
{
    return cl_is_object(v) && v != 0 && cl_as_object(v)->type == t;
}
CL_INLINE double cl_float_value(Value v) { return ((Float *)cl_as_object(v))->value; }
CL_INLINE String *cl_as_string(Value v) { return (String *)cl_as_object(v); }
CL_INLINE bool cl_is_string(Value v) { return cl_is_obj_type(v, OBJ_STRING); }
CL_INLINE bool cl_is_float(Value v) { return cl_is_obj_type(v, OBJ_FLOAT); }
CL_INLINE bool cl_is_bigint(Value v) { return cl_is_obj_type(v, OBJ_BIGINT); }
CL_INLINE bool cl_is_int(Value v) { return cl_is_small_int(v) || cl_is_bigint(v); }
CL_INLINE bool cl_is_number(Value v) { return cl_is_int(v) || cl_is_float(v); }

#endif
