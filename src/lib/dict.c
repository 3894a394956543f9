// dict.c: the dict and set builtins (LANGUAGE.md §15.10; the queues of that section are in
// list.c). Every one is a thin layer over the runtime's persistent dicts (runtime.h, cl_dict_*):
// a set is a dict flagged OBJF_SET whose values are all #t. Keys are any values, told apart with
// `==` (§8.4). None of these builtins takes a function, so all of them are C.
#include "lib/lib.h"

// ---------------------------------------------------------------------------------------------
// Dicts

static int dict_new(ClState *S, Value *args, int argc, Value *result)
{
    return cl_dict_new(S, false, result);
}

// (dict-get D K): the value under K, or nil.
static int dict_get(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_dict(S, "dict-get", args, 0));
    if (!cl_dict_get(S, args[0], args[1], result))
        *result = CL_NIL;
    return CL_OK;
}

// (dict-get-or D K DEFAULT): the value under K, or DEFAULT.
static int dict_get_or(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_dict(S, "dict-get-or", args, 0));
    if (!cl_dict_get(S, args[0], args[1], result))
        *result = args[2];
    return CL_OK;
}

static int dict_set(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_dict(S, "dict-set", args, 0));
    return cl_dict_set(S, args[0], args[1], args[2], result);
}

static int dict_remove(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_dict(S, "dict-remove", args, 0));
    return cl_dict_remove(S, args[0], args[1], result);
}

static int dict_has(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_dict(S, "dict-has?", args, 0));
    *result = cl_from_bool(cl_dict_get(S, args[0], args[1], NULL));
    return CL_OK;
}

static int dict_size(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_dict(S, "dict-size", args, 0));
    *result = cl_from_small_int(cl_dict_size(args[0]));
    return CL_OK;
}

// What dict_list collects from each entry.
typedef enum Part { KEYS, VALUES, ITEMS } Part;

// The list of a dict's (or set's) keys, values or (tuple key value) items in insertion order.
// `dict` must be rooted (it is an argument register). May collect.
static ClStatus dict_list(ClState *S, Value dict, Part part, Value *out)
{
    ListBuilder b;
    cl_list_builder_init(&b);
    Value item = CL_NIL;
    RootMark mark = cl_root(S, &b.head);
    cl_root(S, &item);
    ClStatus status = CL_OK;
    uint32_t cursor = 0;
    Value pair[2];
    while (status == CL_OK && cl_dict_next(dict, &cursor, &pair[0], &pair[1])) {
        item = part == VALUES ? pair[1] : pair[0];
        if (part == ITEMS)
            status = cl_tuple_new(S, pair, 2, &item);  // both are held by the rooted dict
        if (status == CL_OK)
            status = cl_list_builder_add(S, &b, item);
    }
    cl_unroot(S, mark);
    *out = b.head;
    return status;
}

static int dict_keys(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_dict(S, "dict-keys", args, 0));
    return dict_list(S, args[0], KEYS, result);
}

static int dict_values(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_dict(S, "dict-values", args, 0));
    return dict_list(S, args[0], VALUES, result);
}

static int dict_items(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_dict(S, "dict-items", args, 0));
    return dict_list(S, args[0], ITEMS, result);
}

// `into` with every entry of `from` set in it, in `from`'s order (new keys go last, existing
// ones keep their place and take `from`'s value). Both must be rooted. May collect.
static ClStatus set_all(ClState *S, Value into, Value from, Value *out)
{
    Value acc = into;
    RootMark mark = cl_root(S, &acc);
    ClStatus status = CL_OK;
    uint32_t cursor = 0;
    Value key, value;
    while (status == CL_OK && cl_dict_next(from, &cursor, &key, &value))
        status = cl_dict_set(S, acc, key, value, &acc);
    cl_unroot(S, mark);
    *out = acc;
    return status;
}

// (dict-merge D1 D2): D1's keys first, then D2's new ones; D2's value wins for a shared key.
static int dict_merge(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_dict(S, "dict-merge", args, 0));
    TRY(cl_arg_dict(S, "dict-merge", args, 1));
    if (cl_dict_size(args[0]) == 0) {
        *result = args[1];
        return CL_OK;
    }
    return set_all(S, args[0], args[1], result);
}

// ---------------------------------------------------------------------------------------------
// Sets

static int set_new(ClState *S, Value *args, int argc, Value *result)
{
    return cl_dict_new(S, true, result);
}

// (set-from-list L): L's elements, first occurrences in order.
static int set_from_list(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_list(S, "set-from-list", args, 0));
    Value set;
    TRY(cl_dict_new(S, true, &set));
    RootMark mark = cl_root(S, &set);
    ClStatus status = CL_OK;
    for (Value l = args[0]; cl_is_cell(l) && status == CL_OK; l = cl_as_cell(l)->tail)
        status = cl_dict_set(S, set, cl_as_cell(l)->head, CL_TRUE, &set);
    cl_unroot(S, mark);
    *result = set;
    return status;
}

static int set_add(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_set(S, "set-add", args, 0));
    return cl_dict_set(S, args[0], args[1], CL_TRUE, result);
}

static int set_remove(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_set(S, "set-remove", args, 0));
    return cl_dict_remove(S, args[0], args[1], result);
}

static int set_has(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_set(S, "set-has?", args, 0));
    *result = cl_from_bool(cl_dict_get(S, args[0], args[1], NULL));
    return CL_OK;
}

static int set_size(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_set(S, "set-size", args, 0));
    *result = cl_from_small_int(cl_dict_size(args[0]));
    return CL_OK;
}

static int set_to_list(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_set(S, "set-to-list", args, 0));
    return dict_list(S, args[0], KEYS, result);
}

// Checks that both arguments of a two-set operation are sets.
static ClStatus two_sets(ClState *S, const char *name, const Value *args)
{
    TRY(cl_arg_set(S, name, args, 0));
    return cl_arg_set(S, name, args, 1);
}

// (set-union A B): A's elements, then B's that are not in A.
static int set_union(ClState *S, Value *args, int argc, Value *result)
{
    TRY(two_sets(S, "set-union", args));
    if (cl_dict_size(args[0]) == 0) {
        *result = args[1];
        return CL_OK;
    }
    return set_all(S, args[0], args[1], result);
}

// A's elements that are (`keep_shared`) or are not in B, in A's order. A and B are rooted
// argument registers. May collect.
static ClStatus filter_set(ClState *S, Value a, Value b, bool keep_shared, Value *out)
{
    Value acc;
    TRY(cl_dict_new(S, true, &acc));
    RootMark mark = cl_root(S, &acc);
    ClStatus status = CL_OK;
    uint32_t cursor = 0;
    Value x;
    while (status == CL_OK && cl_dict_next(a, &cursor, &x, NULL))
        if (cl_dict_get(S, b, x, NULL) == keep_shared)
            status = cl_dict_set(S, acc, x, CL_TRUE, &acc);
    cl_unroot(S, mark);
    // Nothing left out: A itself is the answer, and shares its storage.
    *out = status == CL_OK && cl_dict_size(acc) == cl_dict_size(a) ? a : acc;
    return status;
}

// (set-intersection A B): A's elements that are in B, in A's order.
static int set_intersection(ClState *S, Value *args, int argc, Value *result)
{
    TRY(two_sets(S, "set-intersection", args));
    return filter_set(S, args[0], args[1], true, result);
}

// (set-difference A B): A's elements that are not in B, in A's order. When B is the smaller,
// removing its elements from A is the cheaper way to the same set.
static int set_difference(ClState *S, Value *args, int argc, Value *result)
{
    TRY(two_sets(S, "set-difference", args));
    if (cl_dict_size(args[1]) >= cl_dict_size(args[0]))
        return filter_set(S, args[0], args[1], false, result);
    Value acc = args[0];
    RootMark mark = cl_root(S, &acc);
    ClStatus status = CL_OK;
    uint32_t cursor = 0;
    Value x;
    while (status == CL_OK && cl_dict_next(args[1], &cursor, &x, NULL))
        status = cl_dict_remove(S, acc, x, &acc);
    cl_unroot(S, mark);
    *result = acc;
    return status;
}

static const LibFunction dict_functions[] = {
    {"dict-new", dict_new, 0, 0, CL_EFFECT_PURE, 1, NULL},
    {"dict-get", dict_get, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"dict-get-or", dict_get_or, 3, 3, CL_EFFECT_PURE, 1, NULL},
    {"dict-set", dict_set, 3, 3, CL_EFFECT_PURE, 1, NULL},
    {"dict-remove", dict_remove, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"dict-has?", dict_has, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"dict-keys", dict_keys, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"dict-values", dict_values, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"dict-items", dict_items, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"dict-size", dict_size, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"dict-merge", dict_merge, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"set-new", set_new, 0, 0, CL_EFFECT_PURE, 1, NULL},
    {"set-from-list", set_from_list, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"set-add", set_add, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"set-remove", set_remove, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"set-has?", set_has, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"set-union", set_union, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"set-intersection", set_intersection, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"set-difference", set_difference, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"set-size", set_size, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"set-to-list", set_to_list, 1, 1, CL_EFFECT_PURE, 1, NULL},
};

ClStatus cl_lib_dict_open(ClState *S)
{
    return cl_lib_define(S, dict_functions, LIB_COUNT(dict_functions));
}
