// lib.h: what every file of the standard library uses: the table that declares builtins, and
// argument checks with uniform messages. Each file of src/lib defines one library module
// (LANGUAGE.md §15) as a table of LibFunction and an opening function that registers it.
#ifndef CL_LIB_H
#define CL_LIB_H

#include "vm/vm.h"

// One builtin. Effect operations (effect >= CL_EFFECT_IO, and the error: operations) are also
// reachable by the `effect` form under `name`; an alias names its canonical operation in
// `op_name` (what with-handler dicts are keyed by).
typedef struct LibFunction {
    const char *name;
    BuiltinFn fn;
    int16_t min_args;
    int16_t max_args;   // -1: any number
    uint8_t effect;     // ClEffectKind
    uint8_t fold;       // pure, total on its domain and without callbacks: may run at compile time
    const char *op_name;
} LibFunction;

#define LIB_COUNT(table) (sizeof(table) / sizeof((table)[0]))

// Registers builtins into the initial global environment (and effect operations into the
// `effect` form's table). May collect.
ClStatus cl_lib_define(ClState *S, const LibFunction *functions, size_t count);
// Registers the prelude's private %helpers.
ClStatus cl_lib_define_intrinsics(ClState *S, const LibFunction *functions, size_t count);

// Argument checks: each raises type-error naming the function and the argument position
// ("take expects an int as argument 1, got string \"x\"") and returns CL_ERROR.
ClStatus cl_arg_int64(ClState *S, const char *fn, const Value *args, int i, int64_t *out);
ClStatus cl_arg_int(ClState *S, const char *fn, const Value *args, int i);
ClStatus cl_arg_number(ClState *S, const char *fn, const Value *args, int i);
ClStatus cl_arg_double(ClState *S, const char *fn, const Value *args, int i, double *out);
ClStatus cl_arg_string(ClState *S, const char *fn, const Value *args, int i, String **out);
ClStatus cl_arg_list(ClState *S, const char *fn, const Value *args, int i);
ClStatus cl_arg_tuple(ClState *S, const char *fn, const Value *args, int i);
ClStatus cl_arg_dict(ClState *S, const char *fn, const Value *args, int i);
ClStatus cl_arg_set(ClState *S, const char *fn, const Value *args, int i);
ClStatus cl_arg_function(ClState *S, const char *fn, const Value *args, int i);

// Whether a value can be called (closure, builtin, constructor).
bool cl_is_function(Value v);

// The written form of `v` as a new string value (strings raw when `display`). May collect.
ClStatus cl_value_to_string(ClState *S, Value v, bool display, Value *out);

// Writes program output to stdout (stream 1) or stderr (2), or to the embedder's writer.
void cl_lib_write(ClState *S, int stream, const char *bytes, size_t length);

// The opening functions of the library files, called by cl_lib_open in order.
ClStatus cl_lib_core_open(ClState *S);      // core.c
ClStatus cl_lib_list_open(ClState *S);      // list.c
ClStatus cl_lib_string_open(ClState *S);    // string.c
ClStatus cl_lib_math_open(ClState *S);      // math.c
ClStatus cl_lib_dict_open(ClState *S);      // dict.c: dicts and sets
ClStatus cl_lib_io_open(ClState *S);        // io.c: files, console, handles
ClStatus cl_lib_json_open(ClState *S);      // json.c
ClStatus cl_lib_datetime_open(ClState *S);  // datetime.c
ClStatus cl_lib_effects_open(ClState *S);   // effects.c: state, error, time, random, network, gc
ClStatus cl_lib_intrinsics_open(ClState *S);// intrinsics.c

#endif
