// lib.c: opens the standard library: registers every file's builtins, then loads the prelude
// (the builtins written in ClaudeLang) and makes its definitions builtins too. Also the
// argument checks all builtins share.
#include <stdlib.h>
#include <string.h>

#include "compile/internal.h"
#include "lib/lib.h"

extern const char cl_prelude_source[];
extern const size_t cl_prelude_source_length;
ClStatus cl_vm_load_prelude(ClState *S, const char *source, size_t length, Module **out);

// Allocates the builtin object for one table row. May collect.
static ClStatus make_builtin(ClState *S, const LibFunction *fn, uint16_t id, Value *out)
{
    Builtin *b = (Builtin *)cl_alloc_object(S, OBJ_BUILTIN, sizeof(Builtin));
    if (!b)
        return CL_ERROR;
    b->fn = fn->fn;
    b->name = fn->name;
    b->op_name = fn->op_name ? fn->op_name : fn->name;
    b->min_args = fn->min_args;
    b->max_args = fn->max_args;
    b->effect = fn->effect;
    b->fold = fn->fold;
    b->id = id;
    *out = cl_from_object(b);
    return CL_OK;
}

// Whether a builtin is an operation of the six namespaces the `effect` form names (§11.2).
static bool is_effect_operation(const LibFunction *fn)
{
    static const char *const namespaces[] = {"io:", "state:", "error:", "time:", "random:",
                                             "network:"};
    for (size_t i = 0; i < sizeof namespaces / sizeof namespaces[0]; i++)
        if (strncmp(fn->name, namespaces[i], strlen(namespaces[i])) == 0)
            return true;
    return false;
}

static ClStatus define_into(ClState *S, Value *dict, const LibFunction *functions, size_t count,
                            bool effects)
{
    Value builtin = CL_NIL, key = CL_NIL;
    RootMark mark = cl_root(S, &builtin);
    cl_root(S, &key);
    ClStatus status = CL_OK;
    for (size_t i = 0; i < count && status == CL_OK; i++) {
        status = make_builtin(S, &functions[i], (uint16_t)cl_dict_size(*dict), &builtin);
        if (status == CL_OK)
            status = cl_string_from_cstr(S, functions[i].name, &key);
        if (status == CL_OK)
            status = cl_dict_set(S, *dict, key, builtin, dict);
        if (status == CL_OK && effects && is_effect_operation(&functions[i]))
            status = cl_dict_set(S, S->effect_ops, key, builtin, &S->effect_ops);
    }
    cl_unroot(S, mark);
    return status;
}

ClStatus cl_lib_define(ClState *S, const LibFunction *functions, size_t count)
{
    return define_into(S, &S->builtins, functions, count, true);
}

ClStatus cl_lib_define_intrinsics(ClState *S, const LibFunction *functions, size_t count)
{
    return define_into(S, &S->intrinsics, functions, count, false);
}

// Makes every top-level definition of the prelude whose name has no % a builtin.
static ClStatus export_prelude(ClState *S, Module *prelude)
{
    for (uint32_t i = 0; i < prelude->global_count; i++) {
        String *name = prelude->global_names[i];
        Value v = prelude->globals[i];
        if (name->bytes[0] == '%' || !cl_is_obj_type(v, OBJ_CLOSURE))
            continue;
        Closure *c = (Closure *)cl_as_object(v);
        if (!c->proto->name || !cl_string_equal(c->proto->name, name))
            continue;  // a name the prelude only reads (a C builtin), not one it defines
        c->proto->h.flags |= OBJF_SHOW_BUILTIN;
        TRY(cl_dict_set(S, S->builtins, cl_from_object(name), v, &S->builtins));
        if (strcmp(name->bytes, "%contract-call") == 0)
            S->contract_caller = v;
    }
    int64_t slot = cl_module_find_slot(prelude, "%contract-call", 14);
    if (slot >= 0)
        S->contract_caller = prelude->globals[slot];
    return CL_OK;
}

ClStatus cl_lib_open(ClState *S)
{
    ClStatus (*const opens[])(ClState *) = {
        cl_lib_core_open,   cl_lib_list_open, cl_lib_string_open,   cl_lib_math_open,
        cl_lib_dict_open,   cl_lib_io_open,   cl_lib_json_open,     cl_lib_datetime_open,
        cl_lib_effects_open, cl_lib_intrinsics_open};
    for (size_t i = 0; i < sizeof opens / sizeof opens[0]; i++)
        TRY(opens[i](S));
    Module *prelude;
    TRY(cl_vm_load_prelude(S, cl_prelude_source, cl_prelude_source_length, &prelude));
    return export_prelude(S, prelude);
}

// ---------------------------------------------------------------------------------------------
// Argument checks

bool cl_is_function(Value v)
{
    return cl_is_obj_type(v, OBJ_CLOSURE) || cl_is_obj_type(v, OBJ_BUILTIN) ||
           cl_is_obj_type(v, OBJ_CTOR);
}

ClStatus cl_arg_int64(ClState *S, const char *fn, const Value *args, int i, int64_t *out)
{
    Value v = args[i];
    if (cl_is_small_int(v)) {
        *out = cl_small_int(v);
        return CL_OK;
    }
    if (cl_is_bigint(v))
        return cl_raisef(S, CL_ERR_VALUE_ERROR, "%s: argument %d is too large", fn, i + 1);
    return cl_type_error_arg(S, fn, i + 1, "an int", v);
}

ClStatus cl_arg_int(ClState *S, const char *fn, const Value *args, int i)
{
    return cl_is_int(args[i]) ? CL_OK : cl_type_error_arg(S, fn, i + 1, "an int", args[i]);
}

ClStatus cl_arg_number(ClState *S, const char *fn, const Value *args, int i)
{
    return cl_is_number(args[i]) ? CL_OK : cl_type_error_arg(S, fn, i + 1, "a number", args[i]);
}

ClStatus cl_arg_double(ClState *S, const char *fn, const Value *args, int i, double *out)
{
    TRY(cl_arg_number(S, fn, args, i));
    return cl_number_to_double(S, args[i], out);
}

ClStatus cl_arg_string(ClState *S, const char *fn, const Value *args, int i, String **out)
{
    if (!cl_is_string(args[i]))
        return cl_type_error_arg(S, fn, i + 1, "a string", args[i]);
    if (out)
        *out = cl_as_string(args[i]);
    return CL_OK;
}

ClStatus cl_arg_list(ClState *S, const char *fn, const Value *args, int i)
{
    return cl_is_list(args[i]) ? CL_OK : cl_type_error_arg(S, fn, i + 1, "a list", args[i]);
}

ClStatus cl_arg_tuple(ClState *S, const char *fn, const Value *args, int i)
{
    return cl_is_obj_type(args[i], OBJ_TUPLE) ? CL_OK
                                              : cl_type_error_arg(S, fn, i + 1, "a tuple", args[i]);
}

ClStatus cl_arg_dict(ClState *S, const char *fn, const Value *args, int i)
{
    Value v = args[i];
    if (cl_is_obj_type(v, OBJ_DICT) && !(cl_as_object(v)->flags & OBJF_SET))
        return CL_OK;
    return cl_type_error_arg(S, fn, i + 1, "a dict", v);
}

ClStatus cl_arg_set(ClState *S, const char *fn, const Value *args, int i)
{
    Value v = args[i];
    if (cl_is_obj_type(v, OBJ_DICT) && (cl_as_object(v)->flags & OBJF_SET))
        return CL_OK;
    return cl_type_error_arg(S, fn, i + 1, "a set", v);
}

ClStatus cl_arg_function(ClState *S, const char *fn, const Value *args, int i)
{
    return cl_is_function(args[i]) ? CL_OK
                                    : cl_type_error_arg(S, fn, i + 1, "a function", args[i]);
}

ClStatus cl_value_to_string(ClState *S, Value v, bool display, Value *out)
{
    if (display && cl_is_string(v)) {
        *out = v;
        return CL_OK;
    }
    Buffer b;
    cl_buffer_init(&b);
    if (display)
        cl_display_value(S, &b, v);
    else
        cl_write_value(S, &b, v);
    return cl_buffer_to_string(S, &b, out);
}
