// intrinsics.c: the prelude's private helpers (%name), written in C: list builders, argument
// checks, boxes, the "no value" marker, and the calls that need the VM's help — handlers
// around a thunk, a call that catches errors (contract conditions), a contracted function's
// unchecked call. Only prelude code can name them.
#include <string.h>

#include "compile/internal.h"
#include "lib/lib.h"

// ---------------------------------------------------------------------------------------------
// List builders: a tuple (first cell, last cell) filled front to back.

static int builder_new(ClState *S, Value *args, int argc, Value *result)
{
    Value items[2] = {CL_EMPTY, CL_EMPTY};
    return cl_tuple_new(S, items, 2, result);
}

// Appends x to builder b (in place: nobody else can see the list yet). May collect.
static ClStatus builder_append(ClState *S, Value b, Value x)
{
    RootMark mark = cl_root(S, &b);
    Cell *c = cl_alloc_cell(S, x, CL_EMPTY);
    cl_unroot(S, mark);
    if (!c)
        return CL_ERROR;
    cl_builder_link(b, c);
    return CL_OK;
}

// (%builder-add b x): appends x to b and returns b. Prelude code compiles its calls to the
// BUILDERADD instruction; this is the same operation for any other way of calling it.
static int builder_add(ClState *S, Value *args, int argc, Value *result)
{
    TRY(builder_append(S, args[0], args[1]));
    *result = args[0];
    return CL_OK;
}

static int builder_add_all(ClState *S, Value *args, int argc, Value *result)
{
    if (!cl_is_list(args[1]))
        return cl_raisef(S, CL_ERR_TYPE_ERROR, "%s: the function must return a list, got %s",
                         cl_as_string(args[2])->bytes, cl_type_name(args[1]));
    for (Value l = args[1]; cl_is_cell(l); l = cl_as_cell(l)->tail)
        TRY(builder_append(S, args[0], cl_as_cell(l)->head));
    *result = args[0];
    return CL_OK;
}

static int builder_list(ClState *S, Value *args, int argc, Value *result)
{
    *result = cl_as_tuple(args[0])->items[0];
    return CL_OK;
}

// ---------------------------------------------------------------------------------------------
// Argument checks: (%check-list value "name" position)

static int check_function(ClState *S, Value *args, int argc, Value *result)
{
    *result = CL_NIL;
    if (cl_is_function(args[0]))
        return CL_OK;
    return cl_type_error_arg(S, cl_as_string(args[1])->bytes, (int)cl_small_int(args[2]),
                             "a function", args[0]);
}

static int check_list(ClState *S, Value *args, int argc, Value *result)
{
    *result = CL_NIL;
    if (cl_is_list(args[0]))
        return CL_OK;
    return cl_type_error_arg(S, cl_as_string(args[1])->bytes, (int)cl_small_int(args[2]),
                             "a list", args[0]);
}

static int check_int(ClState *S, Value *args, int argc, Value *result)
{
    *result = CL_NIL;
    if (cl_is_int(args[0]))
        return CL_OK;
    return cl_type_error_arg(S, cl_as_string(args[1])->bytes, (int)cl_small_int(args[2]),
                             "an int", args[0]);
}

// A with-handler dict: string keys naming operations, function values (§11.4).
static int check_handlers(ClState *S, Value *args, int argc, Value *result)
{
    *result = CL_NIL;
    const char *name = cl_as_string(args[1])->bytes;
    if (!cl_is_obj_type(args[0], OBJ_DICT) || (cl_as_object(args[0])->flags & OBJF_SET))
        return cl_type_error_arg(S, name, 1, "a dict of handlers", args[0]);
    uint32_t cursor = 0;
    Value key, value;
    while (cl_dict_next(args[0], &cursor, &key, &value)) {
        if (!cl_is_string(key))
            return cl_raisef(S, CL_ERR_TYPE_ERROR, "%s: handler keys must be strings, got %s",
                             name, cl_type_name(key));
        if (!cl_is_function(value))
            return cl_raisef(S, CL_ERR_TYPE_ERROR, "%s: the handler for %s is not a function",
                             name, cl_as_string(key)->bytes);
    }
    return CL_OK;
}

// ---------------------------------------------------------------------------------------------
// Boxes and the marker

static int box_new(ClState *S, Value *args, int argc, Value *result)
{
    return cl_box_new(S, args[0], result);
}

static int box_get(ClState *S, Value *args, int argc, Value *result)
{
    *result = ((Box *)cl_as_object(args[0]))->value;
    return CL_OK;
}

static int box_set(ClState *S, Value *args, int argc, Value *result)
{
    ((Box *)cl_as_object(args[0]))->value = args[1];
    *result = CL_NIL;
    return CL_OK;
}

static int none(ClState *S, Value *args, int argc, Value *result)
{
    *result = CL_HOLE;
    return CL_OK;
}

static int is_none(ClState *S, Value *args, int argc, Value *result)
{
    *result = cl_from_bool(args[0] == CL_HOLE);
    return CL_OK;
}

// ---------------------------------------------------------------------------------------------
// Calls that need the VM

// Pushes a handler entry (kind, payload) and asks the VM to call `thunk` under it.
static ClStatus call_under(ClState *S, int kind, Value payload, Value thunk)
{
    Value items[3] = {cl_from_small_int(kind), payload, S->handlers};
    Value entry;
    RootMark mark = cl_root(S, &thunk);
    ClStatus status = cl_tuple_new(S, items, 3, &entry);
    cl_unroot(S, mark);
    TRY(status);
    cl_vm_request(S, thunk, NULL, 0);
    S->request.frame_flags = FRAME_RESTORE_HANDLERS;
    S->request.handlers = entry;
    return CL_REQUEST_CALL;
}

static int with_handlers(ClState *S, Value *args, int argc, Value *result)
{
    return call_under(S, HANDLER_WITH, args[0], args[1]);
}

static int pure_call(ClState *S, Value *args, int argc, Value *result)
{
    return call_under(S, HANDLER_PURE, CL_NIL, args[0]);
}

// (%try-apply f args): f applied to the list args; the %none marker if that raised an error.
static int try_apply(ClState *S, Value *args, int argc, Value *result)
{
    cl_vm_request(S, args[0], NULL, 0);
    S->request.list_args = args[1];
    S->request.frame_flags = FRAME_CATCH;
    return CL_REQUEST_CALL;
}

// (%call-unchecked contract f args): calls f without checking its contract again; under a
// `:pure #t` contract the call runs in a frame that refuses effects.
static int call_unchecked(ClState *S, Value *args, int argc, Value *result)
{
    Tuple *contract = cl_as_tuple(args[0]);
    Module *m = (Module *)cl_as_object(contract->items[0]);
    const Tree *t = cl_module_tree(m, (uint32_t)cl_small_int(contract->items[4]));
    NodeId node = (NodeId)cl_small_int(contract->items[1]);
    bool pure = false;
    for (uint32_t i = 1; i < cl_tree_kid_count(t, node); i++) {
        NodeId clause = cl_tree_kid(t, node, i);
        if (cl_tree_node(t, clause)->extra == CLAUSE_PURE)
            pure = cl_tree_node(t, cl_tree_kid(t, clause, 0))->kind == NODE_TRUE;
    }
    if (pure) {
        Value items[3] = {cl_from_small_int(HANDLER_PURE_CONTRACT), contract->items[2],
                          S->handlers};
        Value entry;
        TRY(cl_tuple_new(S, items, 3, &entry));
        cl_vm_request(S, args[1], NULL, 0);
        S->request.frame_flags = FRAME_RESTORE_HANDLERS;
        S->request.handlers = entry;
    } else {
        cl_vm_request(S, args[1], NULL, 0);
    }
    S->request.list_args = args[2];
    S->request.skip_contract = true;
    return CL_REQUEST_CALL;
}

static int function_name(ClState *S, Value *args, int argc, Value *result)
{
    Closure *c = (Closure *)cl_as_object(args[0]);
    String *name = c->name ? c->name : c->proto->name;
    *result = name ? cl_from_object(name) : CL_NIL;
    return CL_OK;
}

// (%contract-conditions contract f kind): the list of (condition-function, source-text) of the
// clauses of `kind` ("requires", "ensures", "invariant"), compiled for f's parameters once per
// prototype and kept in the contract's cache.
static int contract_conditions(ClState *S, Value *args, int argc, Value *result)
{
    Tuple *contract = cl_as_tuple(args[0]);
    Closure *f = (Closure *)cl_as_object(args[1]);
    const String *kind = cl_as_string(args[2]);
    Box *cache = (Box *)cl_as_object(contract->items[3]);
    Value key[2] = {cl_from_object(f->proto), args[2]};
    Value cache_key, found;
    TRY(cl_tuple_new(S, key, 2, &cache_key));
    if (cl_dict_get(S, cache->value, cache_key, &found)) {
        *result = found;
        return CL_OK;
    }
    Module *m = (Module *)cl_as_object(contract->items[0]);
    uint32_t unit = (uint32_t)cl_small_int(contract->items[4]);
    const Tree *t = cl_module_tree(m, unit);
    NodeId node = (NodeId)cl_small_int(contract->items[1]);
    ClauseKind wanted = kind->bytes[0] == 'r' ? CLAUSE_REQUIRES
                        : kind->bytes[0] == 'e' ? CLAUSE_ENSURES : CLAUSE_INVARIANT;
    ListBuilder list;
    cl_list_builder_init(&list);
    Value pair[2] = {CL_NIL, CL_NIL}, tuple = CL_NIL;
    RootMark mark = cl_root(S, &list.head);
    cl_root(S, &cache_key);
    cl_root(S, &pair[0]);
    cl_root(S, &pair[1]);
    cl_root(S, &tuple);
    ClStatus status = CL_OK;
    for (uint32_t i = 1; i < cl_tree_kid_count(t, node) && status == CL_OK; i++) {
        NodeId clause = cl_tree_kid(t, node, i);
        if (cl_tree_node(t, clause)->extra != (uint32_t)wanted)
            continue;
        for (uint32_t k = 0; k < cl_tree_kid_count(t, clause) && status == CL_OK; k++) {
            NodeId condition = cl_tree_kid(t, clause, k);
            uint32_t length;
            const char *text = cl_tree_text(t, condition, &length);
            Value proto = CL_NIL;
            RootMark inner = cl_root(S, &proto);
            status = cl_compile_condition(S, m, unit, condition, f->proto, &proto);
            Closure *c = status == CL_OK ? (Closure *)cl_alloc_object(S, OBJ_CLOSURE,
                                                                      sizeof(Closure))
                                         : NULL;
            cl_unroot(S, inner);
            if (!c) {
                status = CL_ERROR;
                break;
            }
            c->proto = (Proto *)cl_as_object(proto);
            pair[0] = cl_from_object(c);
            status = cl_string_new(S, text, length, &pair[1]);
            if (status == CL_OK)
                status = cl_tuple_new(S, pair, 2, &tuple);
            if (status == CL_OK)
                status = cl_list_builder_add(S, &list, tuple);
        }
    }
    if (status == CL_OK) {
        cache = (Box *)cl_as_object(cl_as_tuple(args[0])->items[3]);
        status = cl_dict_set(S, cache->value, cache_key, list.head, &cache->value);
    }
    cl_unroot(S, mark);
    TRY(status);
    *result = list.head;
    return CL_OK;
}

// (%contract-fail kind name text): contract-violation naming the function, clause and text.
static int contract_fail(ClState *S, Value *args, int argc, Value *result)
{
    return cl_raisef(S, CL_ERR_CONTRACT_VIOLATION, "%s of %s failed: %s",
                     cl_as_string(args[0])->bytes,
                     cl_is_string(args[1]) ? cl_as_string(args[1])->bytes : "<anonymous>",
                     cl_as_string(args[2])->bytes);
}

static const LibFunction intrinsics[] = {
    {"%builder", builder_new, 0, 0, 0, 0, NULL},
    {"%builder-add", builder_add, 2, 2, 0, 0, NULL},
    {"%builder-add-all", builder_add_all, 3, 3, 0, 0, NULL},
    {"%builder-list", builder_list, 1, 1, 0, 0, NULL},
    {"%check-function", check_function, 3, 3, 0, 0, NULL},
    {"%check-list", check_list, 3, 3, 0, 0, NULL},
    {"%check-int", check_int, 3, 3, 0, 0, NULL},
    {"%check-handlers", check_handlers, 3, 3, 0, 0, NULL},
    {"%box", box_new, 1, 1, 0, 0, NULL},
    {"%unbox", box_get, 1, 1, 0, 0, NULL},
    {"%set-box", box_set, 2, 2, 0, 0, NULL},
    {"%none", none, 0, 0, 0, 0, NULL},
    {"%none?", is_none, 1, 1, 0, 0, NULL},
    {"%with-handlers", with_handlers, 2, 2, 0, 0, NULL},
    {"%pure", pure_call, 1, 1, 0, 0, NULL},
    {"%try-apply", try_apply, 2, 2, 0, 0, NULL},
    {"%call-unchecked", call_unchecked, 3, 3, 0, 0, NULL},
    {"%function-name", function_name, 1, 1, 0, 0, NULL},
    {"%contract-conditions", contract_conditions, 3, 3, 0, 0, NULL},
    {"%contract-fail", contract_fail, 3, 3, 0, 0, NULL},
};

ClStatus cl_lib_intrinsics_open(ClState *S)
{
    return cl_lib_define_intrinsics(S, intrinsics, LIB_COUNT(intrinsics));
}
