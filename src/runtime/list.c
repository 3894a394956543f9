// list.c: lists are chains of headerless cons cells ending in CL_EMPTY. A list under
// construction by a ListBuilder is the one place a cell's tail is written after allocation;
// nothing else can see the list until the builder hands it out.
#include "runtime/runtime.h"

uint64_t cl_list_length(Value list)
{
    uint64_t n = 0;
    while (cl_is_cell(list)) {
        n++;
        list = cl_as_cell(list)->tail;
    }
    return n;
}

void cl_list_builder_init(ListBuilder *b)
{
    b->head = CL_EMPTY;
    b->last = NULL;
}

ClStatus cl_list_builder_add(ClState *S, ListBuilder *b, Value v)
{
    Cell *c = cl_alloc_cell(S, v, CL_EMPTY);
    if (!c)
        return CL_ERROR;
    if (b->last)
        b->last->tail = cl_from_cell(c);
    else
        b->head = cl_from_cell(c);
    b->last = c;
    return CL_OK;
}

ClStatus cl_list_from_array(ClState *S, const Value *values, size_t count, Value *out)
{
    Value list = CL_EMPTY;
    RootMark mark = cl_root(S, &list);
    for (size_t i = count; i-- > 0;) {
        Cell *c = cl_alloc_cell(S, values[i], list);
        if (!c) {
            cl_unroot(S, mark);
            return CL_ERROR;
        }
        list = cl_from_cell(c);
    }
    cl_unroot(S, mark);
    *out = list;
    return CL_OK;
}
