// list.c: the list builtins that do not call back into ClaudeLang (LANGUAGE.md §15.6, queues
// of §15.10, repeat/chunk/sliding-window of §15.9, sorted? of §15.15). The ones that take a
// function (map, filter, fold, ...) are in prelude.cl.
#include <stdlib.h>
#include <string.h>

#include <tommath.h>

#include "lib/lib.h"

static int cons(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_list(S, "cons", args, 1));
    Cell *c = cl_alloc_cell(S, args[0], args[1]);
    if (!c)
        return CL_ERROR;
    *result = cl_from_cell(c);
    return CL_OK;
}

// head/tail/queue-peek of []: index-out-of-range; of a non-list: type-error.
static ClStatus need_cell(ClState *S, const char *name, Value v)
{
    if (cl_is_cell(v))
        return CL_OK;
    if (v == CL_EMPTY)
        return cl_raisef(S, CL_ERR_INDEX_OUT_OF_RANGE, "%s of an empty list", name);
    return cl_type_error_arg(S, name, 1, "a list", v);
}

static int head(ClState *S, Value *args, int argc, Value *result)
{
    TRY(need_cell(S, "head", args[0]));
    *result = cl_as_cell(args[0])->head;
    return CL_OK;
}

static int tail(ClState *S, Value *args, int argc, Value *result)
{
    TRY(need_cell(S, "tail", args[0]));
    *result = cl_as_cell(args[0])->tail;
    return CL_OK;
}

static int length(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_list(S, "length", args, 0));
    return cl_int_from_int64(S, (int64_t)cl_list_length(args[0]), result);
}

// A copy of the first `count` elements of `list` followed by `rest`. May collect.
static ClStatus copy_prefix(ClState *S, Value list, uint64_t count, Value rest, Value *out)
{
    ListBuilder b;
    cl_list_builder_init(&b);
    RootMark mark = cl_root(S, &b.head);
    cl_root(S, &list);
    cl_root(S, &rest);
    ClStatus status = CL_OK;
    for (uint64_t i = 0; i < count && status == CL_OK; i++, list = cl_as_cell(list)->tail)
        status = cl_list_builder_add(S, &b, cl_as_cell(list)->head);
    cl_unroot(S, mark);
    TRY(status);
    if (b.last)
        b.last->tail = rest;
    else
        b.head = rest;
    *out = b.head;
    return CL_OK;
}

static int append(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_list(S, "append", args, 0));
    TRY(cl_arg_list(S, "append", args, 1));
    return copy_prefix(S, args[0], cl_list_length(args[0]), args[1], result);
}

static int reverse(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_list(S, "reverse", args, 0));
    Value acc = CL_EMPTY, list = args[0];
    RootMark mark = cl_root(S, &acc);
    for (; cl_is_cell(list); list = cl_as_cell(list)->tail) {
        Cell *c = cl_alloc_cell(S, cl_as_cell(list)->head, acc);
        if (!c) {
            cl_unroot(S, mark);
            return CL_ERROR;
        }
        acc = cl_from_cell(c);
    }
    cl_unroot(S, mark);
    *result = acc;
    return CL_OK;
}

static int nth(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_list(S, "nth", args, 0));
    TRY(cl_arg_int(S, "nth", args, 1));
    uint64_t n = cl_list_length(args[0]);
    if (!cl_is_small_int(args[1]) || cl_small_int(args[1]) < 0 ||
        (uint64_t)cl_small_int(args[1]) >= n) {
        Buffer index;
        cl_buffer_init(&index);
        cl_num_write(&index, args[1]);
        cl_raisef(S, CL_ERR_INDEX_OUT_OF_RANGE, "index %s outside a list of length %llu",
                  index.bytes ? index.bytes : "?", (unsigned long long)n);
        cl_buffer_fini(&index);
        return CL_ERROR;
    }
    Value l = args[0];
    for (int64_t i = cl_small_int(args[1]); i > 0; i--)
        l = cl_as_cell(l)->tail;
    *result = cl_as_cell(l)->head;
    return CL_OK;
}

// An int argument clamped to [0, limit] (negative counts mean 0: §15.6).
static ClStatus count_arg(ClState *S, const char *name, Value *args, int i, uint64_t limit,
                          uint64_t *out)
{
    TRY(cl_arg_int(S, name, args, i));
    if (cl_int_sign(args[i]) <= 0)
        *out = 0;
    else if (!cl_is_small_int(args[i]) || (uint64_t)cl_small_int(args[i]) > limit)
        *out = limit;
    else
        *out = (uint64_t)cl_small_int(args[i]);
    return CL_OK;
}

static int take(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_list(S, "take", args, 1));
    uint64_t n;
    TRY(count_arg(S, "take", args, 0, cl_list_length(args[1]), &n));
    return copy_prefix(S, args[1], n, CL_EMPTY, result);
}

static int drop(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_list(S, "drop", args, 1));
    uint64_t n;
    TRY(count_arg(S, "drop", args, 0, cl_list_length(args[1]), &n));
    Value l = args[1];
    for (uint64_t i = 0; i < n; i++)
        l = cl_as_cell(l)->tail;
    *result = l;
    return CL_OK;
}

static int list(ClState *S, Value *args, int argc, Value *result)
{
    return cl_list_from_array(S, args, (size_t)argc, result);
}

// (range A B) for ints beyond the small-int range: counts down from B - 1 to A in mp_ints.
static int range_big(ClState *S, Value *args, Value *result)
{
    mp_int i, a, span;
    if (mp_init_multi(&i, &a, &span, NULL) != MP_OKAY)
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "range: out of memory");
    ClStatus status = cl_int_to_mp(S, args[0], &a);
    if (status == CL_OK)
        status = cl_int_to_mp(S, args[1], &i);
    if (status == CL_OK && mp_sub(&i, &a, &span) != MP_OKAY)
        status = cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "range: out of memory");
    // More elements than any heap holds: refuse at once instead of filling memory first.
    if (status == CL_OK && mp_count_bits(&span) > 40 && !mp_isneg(&span))
        status = cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "range: too many elements");
    Value acc = CL_EMPTY;
    RootMark mark = cl_root(S, &acc);
    while (status == CL_OK && mp_cmp(&i, &a) == MP_GT) {
        Value n;
        Cell *c = NULL;
        mp_int element;  // cl_int_from_mp takes its digits
        if (mp_sub_d(&i, 1, &i) != MP_OKAY || mp_init_copy(&element, &i) != MP_OKAY)
            status = cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "range: out of memory");
        else if ((status = cl_int_from_mp(S, &element, &n)) == CL_OK &&
                 !(c = cl_alloc_cell(S, n, acc)))
            status = CL_ERROR;
        if (c)
            acc = cl_from_cell(c);
    }
    cl_unroot(S, mark);
    mp_clear_multi(&i, &a, &span, NULL);
    *result = acc;
    return status;
}

// (range A B): the ints A, A+1, ..., B-1; [] when B <= A.
static int range(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_int(S, "range", args, 0));
    TRY(cl_arg_int(S, "range", args, 1));
    if (!cl_is_small_int(args[0]) || !cl_is_small_int(args[1]))
        return range_big(S, args, result);
    int64_t a = cl_small_int(args[0]), b = cl_small_int(args[1]);
    Value acc = CL_EMPTY;
    RootMark mark = cl_root(S, &acc);
    for (int64_t i = b; i > a; i--) {
        Value n;
        Cell *c = cl_int_from_int64(S, i - 1, &n) == CL_OK ? cl_alloc_cell(S, n, acc) : NULL;
        if (!c) {
            cl_unroot(S, mark);
            return CL_ERROR;
        }
        acc = cl_from_cell(c);
    }
    cl_unroot(S, mark);
    *result = acc;
    return CL_OK;
}

// Python slice index rules: negative counts from the end, then clamp to [0, n].
static int64_t slice_index(Value v, int64_t n)
{
    int64_t i = cl_is_small_int(v) ? cl_small_int(v) : (cl_int_sign(v) < 0 ? INT64_MIN / 2 : INT64_MAX / 2);
    if (i < 0)
        i += n;
    return i < 0 ? 0 : i > n ? n : i;
}

static int list_slice(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_list(S, "list-slice", args, 0));
    TRY(cl_arg_int(S, "list-slice", args, 1));
    TRY(cl_arg_int(S, "list-slice", args, 2));
    int64_t n = (int64_t)cl_list_length(args[0]);
    int64_t start = slice_index(args[1], n), end = slice_index(args[2], n);
    if (start >= end) {
        *result = CL_EMPTY;
        return CL_OK;
    }
    Value l = args[0];
    for (int64_t i = 0; i < start; i++)
        l = cl_as_cell(l)->tail;
    return copy_prefix(S, l, (uint64_t)(end - start), CL_EMPTY, result);
}

// ---------------------------------------------------------------------------------------------
// Sorting: a stable merge sort over an array copy, ordered by cl_compare (§8.3).

static ClStatus merge_sort(ClState *S, Value *items, Value *scratch, size_t n)
{
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                int c;
                TRY(cl_compare(S, items[j], items[i], &c));
                scratch[k++] = c == -1 ? items[j++] : items[i++];
            }
            while (i < mid)
                scratch[k++] = items[i++];
            while (j < hi)
                scratch[k++] = items[j++];
        }
        memcpy(items, scratch, n * sizeof(Value));
    }
    return CL_OK;
}

static int list_sort(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_list(S, "list-sort", args, 0));
    size_t n = (size_t)cl_list_length(args[0]);
    Value items_array, scratch_array;
    TRY(cl_array_new(S, (uint32_t)(n ? n : 1), &items_array));
    RootMark mark = cl_root(S, &items_array);
    ClStatus status = cl_array_new(S, (uint32_t)(n ? n : 1), &scratch_array);
    cl_root(S, &scratch_array);
    Array *items = (Array *)cl_as_object(items_array);
    for (Value l = args[0]; status == CL_OK && cl_is_cell(l); l = cl_as_cell(l)->tail)
        items->items[items->count++] = cl_as_cell(l)->head;
    if (status == CL_OK && n == 1) {
        int c;
        status = cl_compare(S, items->items[0], items->items[0], &c);
    }
    if (status == CL_OK) {
        Array *scratch = (Array *)cl_as_object(scratch_array);
        status = merge_sort(S, items->items, scratch->items, n);
    }
    if (status == CL_OK)
        status = cl_list_from_array(S, items->items, n, result);
    cl_unroot(S, mark);
    return status;
}

static int is_sorted(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_list(S, "sorted?", args, 0));
    *result = CL_TRUE;
    for (Value l = args[0]; cl_is_cell(l) && cl_is_cell(cl_as_cell(l)->tail);
         l = cl_as_cell(l)->tail) {
        int c;
        TRY(cl_compare(S, cl_as_cell(l)->head, cl_as_cell(cl_as_cell(l)->tail)->head, &c));
        if (c == 1 || c == 2) {
            *result = CL_FALSE;
            if (c == 1)
                return CL_OK;
        }
    }
    return CL_OK;
}

// ---------------------------------------------------------------------------------------------
// Reshaping

static int list_flatten(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_list(S, "list-flatten", args, 0));
    ListBuilder b;
    cl_list_builder_init(&b);
    RootMark mark = cl_root(S, &b.head);
    ClStatus status = CL_OK;
    for (Value l = args[0]; cl_is_cell(l) && status == CL_OK; l = cl_as_cell(l)->tail) {
        Value x = cl_as_cell(l)->head;
        if (cl_is_list(x))
            for (; cl_is_cell(x) && status == CL_OK; x = cl_as_cell(x)->tail)
                status = cl_list_builder_add(S, &b, cl_as_cell(x)->head);
        else
            status = cl_list_builder_add(S, &b, x);
    }
    cl_unroot(S, mark);
    *result = b.head;
    return status;
}

static int list_zip(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_list(S, "list-zip", args, 0));
    TRY(cl_arg_list(S, "list-zip", args, 1));
    ListBuilder b;
    cl_list_builder_init(&b);
    Value pair = CL_NIL;
    RootMark mark = cl_root(S, &b.head);
    cl_root(S, &pair);
    ClStatus status = CL_OK;
    for (Value x = args[0], y = args[1]; cl_is_cell(x) && cl_is_cell(y) && status == CL_OK;
         x = cl_as_cell(x)->tail, y = cl_as_cell(y)->tail) {
        Value items[2] = {cl_as_cell(x)->head, cl_as_cell(y)->head};
        status = cl_tuple_new(S, items, 2, &pair);
        if (status == CL_OK)
            status = cl_list_builder_add(S, &b, pair);
    }
    cl_unroot(S, mark);
    *result = b.head;
    return status;
}

static int list_unzip(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_list(S, "list-unzip", args, 0));
    ListBuilder firsts, seconds;
    cl_list_builder_init(&firsts);
    cl_list_builder_init(&seconds);
    RootMark mark = cl_root(S, &firsts.head);
    cl_root(S, &seconds.head);
    ClStatus status = CL_OK;
    for (Value l = args[0]; cl_is_cell(l) && status == CL_OK; l = cl_as_cell(l)->tail) {
        Value p = cl_as_cell(l)->head, a, b;
        if (cl_is_obj_type(p, OBJ_TUPLE) && cl_as_tuple(p)->h.aux == 2) {
            a = cl_as_tuple(p)->items[0];
            b = cl_as_tuple(p)->items[1];
        } else if (cl_is_cell(p) && cl_list_length(p) == 2) {
            a = cl_as_cell(p)->head;
            b = cl_as_cell(cl_as_cell(p)->tail)->head;
        } else {
            status = cl_raisef(S, CL_ERR_TYPE_ERROR,
                               "list-unzip expects pairs (2-tuples or 2-element lists), got %s",
                               cl_type_name(p));
            break;
        }
        status = cl_list_builder_add(S, &firsts, a);
        if (status == CL_OK)
            status = cl_list_builder_add(S, &seconds, b);
    }
    if (status == CL_OK) {
        Value items[2] = {firsts.head, seconds.head};
        status = cl_tuple_new(S, items, 2, result);
    }
    cl_unroot(S, mark);
    return status;
}

static int list_index_of(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_list(S, "list-index-of", args, 1));
    int64_t i = 0;
    for (Value l = args[1]; cl_is_cell(l); l = cl_as_cell(l)->tail, i++)
        if (cl_equal(S, cl_as_cell(l)->head, args[0]))
            return cl_int_from_int64(S, i, result);
    *result = CL_NIL;
    return CL_OK;
}

static int list_unique(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_list(S, "list-unique", args, 0));
    ListBuilder b;
    cl_list_builder_init(&b);
    Value seen;
    TRY(cl_dict_new(S, true, &seen));
    RootMark mark = cl_root(S, &b.head);
    cl_root(S, &seen);
    ClStatus status = CL_OK;
    for (Value l = args[0]; cl_is_cell(l) && status == CL_OK; l = cl_as_cell(l)->tail) {
        Value x = cl_as_cell(l)->head;
        if (cl_dict_get(S, seen, x, NULL))
            continue;
        status = cl_dict_set(S, seen, x, CL_TRUE, &seen);
        if (status == CL_OK)
            status = cl_list_builder_add(S, &b, x);
    }
    cl_unroot(S, mark);
    *result = b.head;
    return status;
}

static int repeat(ClState *S, Value *args, int argc, Value *result)
{
    uint64_t n;
    TRY(count_arg(S, "repeat", args, 1, UINT32_MAX, &n));
    Value acc = CL_EMPTY, x = args[0];
    RootMark mark = cl_root(S, &acc);
    for (uint64_t i = 0; i < n; i++) {
        Cell *c = cl_alloc_cell(S, x, acc);
        if (!c) {
            cl_unroot(S, mark);
            return CL_ERROR;
        }
        acc = cl_from_cell(c);
    }
    cl_unroot(S, mark);
    *result = acc;
    return CL_OK;
}

// chunk (step = size, keep a short last piece) and sliding-window (step 1, full pieces only).
static int pieces(ClState *S, const char *name, Value *args, bool window, Value *result)
{
    TRY(cl_arg_list(S, name, args, 1));
    uint64_t length = cl_list_length(args[1]), size;
    TRY(count_arg(S, name, args, 0, UINT64_MAX, &size));
    *result = CL_EMPTY;
    if (size == 0 || (window && size > length))
        return CL_OK;
    ListBuilder b;
    cl_list_builder_init(&b);
    Value piece = CL_NIL, l = args[1];
    RootMark mark = cl_root(S, &b.head);
    cl_root(S, &piece);
    cl_root(S, &l);
    ClStatus status = CL_OK;
    for (uint64_t at = 0; status == CL_OK && (window ? at + size <= length : at < length);) {
        uint64_t take_count = at + size <= length ? size : length - at;
        status = copy_prefix(S, l, take_count, CL_EMPTY, &piece);
        if (status == CL_OK)
            status = cl_list_builder_add(S, &b, piece);
        uint64_t step = window ? 1 : size;
        for (uint64_t i = 0; i < step && cl_is_cell(l); i++)
            l = cl_as_cell(l)->tail;
        at += step;
    }
    cl_unroot(S, mark);
    *result = b.head;
    return status;
}

static int chunk(ClState *S, Value *args, int argc, Value *result)
{
    return pieces(S, "chunk", args, false, result);
}

static int sliding_window(ClState *S, Value *args, int argc, Value *result)
{
    return pieces(S, "sliding-window", args, true, result);
}

// ---------------------------------------------------------------------------------------------
// Queues (§15.10): lists, front first.

static int queue_new(ClState *S, Value *args, int argc, Value *result)
{
    *result = CL_EMPTY;
    return CL_OK;
}

static int queue_enqueue(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_list(S, "queue-enqueue", args, 0));
    Value last;
    Cell *c = cl_alloc_cell(S, args[1], CL_EMPTY);
    if (!c)
        return CL_ERROR;
    last = cl_from_cell(c);
    return copy_prefix(S, args[0], cl_list_length(args[0]), last, result);
}

static int queue_dequeue(ClState *S, Value *args, int argc, Value *result)
{
    TRY(need_cell(S, "queue-dequeue", args[0]));
    Value items[2] = {cl_as_cell(args[0])->head, cl_as_cell(args[0])->tail};
    return cl_tuple_new(S, items, 2, result);
}

static int queue_peek(ClState *S, Value *args, int argc, Value *result)
{
    TRY(need_cell(S, "queue-peek", args[0]));
    *result = cl_as_cell(args[0])->head;
    return CL_OK;
}

static int queue_is_empty(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_list(S, "queue-empty?", args, 0));
    *result = cl_from_bool(args[0] == CL_EMPTY);
    return CL_OK;
}

static const LibFunction lists[] = {
    {"cons", cons, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"head", head, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"tail", tail, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"length", length, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"append", append, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"reverse", reverse, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"list-reverse", reverse, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"nth", nth, 2, 2, CL_EFFECT_ERROR, 1, NULL},
    {"take", take, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"drop", drop, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"list", list, 0, -1, CL_EFFECT_PURE, 1, NULL},
    {"range", range, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"list-slice", list_slice, 3, 3, CL_EFFECT_PURE, 1, NULL},
    {"list-sort", list_sort, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"sorted?", is_sorted, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"list-flatten", list_flatten, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"list-zip", list_zip, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"list-unzip", list_unzip, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"list-index-of", list_index_of, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"list-unique", list_unique, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"repeat", repeat, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"chunk", chunk, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"sliding-window", sliding_window, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"queue-new", queue_new, 0, 0, CL_EFFECT_PURE, 1, NULL},
    {"queue-enqueue", queue_enqueue, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"queue-dequeue", queue_dequeue, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"queue-peek", queue_peek, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"queue-empty?", queue_is_empty, 1, 1, CL_EFFECT_PURE, 1, NULL},
};

ClStatus cl_lib_list_open(ClState *S) { return cl_lib_define(S, lists, LIB_COUNT(lists)); }
