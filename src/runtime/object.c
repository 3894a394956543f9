// object.c: constructors for the small fixed-layout objects: tuples, ADT values and their
// constructors, boxes and internal arrays.
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"

ClStatus cl_tuple_new(ClState *S, const Value *items, uint32_t count, Value *out)
{
    Tuple *t = (Tuple *)cl_alloc_object(S, OBJ_TUPLE, sizeof(Tuple) + count * sizeof(Value));
    if (!t)
        return CL_ERROR;
    t->h.aux = count;
    if (count)
        memcpy(t->items, items, count * sizeof(Value));
    *out = cl_from_object(t);
    return CL_OK;
}

ClStatus cl_ctor_new(ClState *S, Value type_name, Value name, uint32_t arity, Value *out)
{
    RootMark mark = cl_root(S, &type_name);
    cl_root(S, &name);
    Ctor *c = (Ctor *)cl_alloc_object(S, OBJ_CTOR, sizeof(Ctor));
    cl_unroot(S, mark);
    if (!c)
        return CL_ERROR;
    c->h.aux = arity;
    c->type_name = cl_as_string(type_name);
    c->name = cl_as_string(name);
    *out = cl_from_object(c);
    return CL_OK;
}

ClStatus cl_adt_new(ClState *S, Ctor *ctor, const Value *fields, Value *out)
{
    // The caller roots the constructor (it is the callee in a VM register) and the fields.
    uint32_t count = ctor->h.aux;
    Adt *a = (Adt *)cl_alloc_object(S, OBJ_ADT, sizeof(Adt) + count * sizeof(Value));
    if (!a)
        return CL_ERROR;
    a->h.aux = count;
    a->ctor = ctor;
    if (count)
        memcpy(a->fields, fields, count * sizeof(Value));
    *out = cl_from_object(a);
    return CL_OK;
}

ClStatus cl_box_new(ClState *S, Value v, Value *out)
{
    RootMark mark = cl_root(S, &v);
    Box *b = (Box *)cl_alloc_object(S, OBJ_BOX, sizeof(Box));
    cl_unroot(S, mark);
    if (!b)
        return CL_ERROR;
    b->value = v;
    *out = cl_from_object(b);
    return CL_OK;
}

ClStatus cl_array_new(ClState *S, uint32_t capacity, Value *out)
{
    Array *a = (Array *)cl_alloc_object(S, OBJ_ARRAY, sizeof(Array));
    if (!a)
        return CL_ERROR;
    if (capacity) {
        a->items = malloc(capacity * sizeof(Value));
        if (!a->items)
            return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory");
        a->capacity = capacity;
        cl_heap_note_external(S, (ptrdiff_t)(capacity * sizeof(Value)));
    }
    *out = cl_from_object(a);
    return CL_OK;
}

ClStatus cl_array_push(ClState *S, Value array, Value v)
{
    Array *a = (Array *)cl_as_object(array);
    if (a->count == a->capacity) {
        uint32_t capacity = a->capacity ? a->capacity * 2 : 8;
        Value *items = realloc(a->items, capacity * sizeof(Value));
        if (!items)
            return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory");
        cl_heap_note_external(S, (ptrdiff_t)((capacity - a->capacity) * sizeof(Value)));
        a->items = items;
        a->capacity = capacity;
    }
    a->items[a->count++] = v;
    return CL_OK;
}
