// equal.c: equality (LANGUAGE.md §8.2), ordering (§8.3) and hashing (§8.4). All three walk
// nested data without C recursion proportional to its depth: equality with an explicit stack
// of pairs, ordering by descending into the first differing element, hashing with a cap.
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"

typedef struct Pair {
    Value a, b;
} Pair;

typedef struct PairStack {
    Pair *items;
    size_t count, capacity;
    Pair inline_items[32];
    bool failed;
} PairStack;

static void push_pair(PairStack *st, Value a, Value b)
{
    if (st->count == st->capacity) {
        size_t capacity = st->capacity * 2;
        Pair *items = st->items == st->inline_items ? malloc(capacity * sizeof(Pair))
                                                    : realloc(st->items, capacity * sizeof(Pair));
        if (!items) {
            st->failed = true;
            return;
        }
        if (st->items == st->inline_items)
            memcpy(items, st->inline_items, sizeof st->inline_items);
        st->items = items;
        st->capacity = capacity;
    }
    st->items[st->count++] = (Pair){a, b};
}

static bool date_equal(Value a, Value b)
{
    Date *x = (Date *)cl_as_object(a), *y = (Date *)cl_as_object(b);
    return (x->h.flags & OBJF_DATETIME) == (y->h.flags & OBJF_DATETIME) && x->micros == y->micros;
}

static bool ctor_same(const Ctor *x, const Ctor *y)
{
    return x == y || (x->h.aux == y->h.aux && cl_string_equal(x->name, y->name) &&
                      cl_string_equal(x->type_name, y->type_name));
}

static bool dicts_equal(ClState *S, Value a, Value b, PairStack *st)
{
    Obj *x = cl_as_object(a), *y = cl_as_object(b);
    if ((x->flags & OBJF_SET) != (y->flags & OBJF_SET) || cl_dict_size(a) != cl_dict_size(b))
        return false;
    uint32_t cursor = 0;
    Value key, value, other;
    while (cl_dict_next(a, &cursor, &key, &value)) {
        if (!cl_dict_get(S, b, key, &other))
            return false;
        push_pair(st, value, other);
    }
    return true;
}

// Compares one pair shallowly, pushing the pairs of children still to compare.
static bool equal_step(ClState *S, Value a, Value b, PairStack *st)
{
    if (cl_is_small_int(a) || cl_is_small_int(b) || cl_is_float(a) || cl_is_float(b) ||
        cl_is_bigint(a) || cl_is_bigint(b)) {
        if (!cl_is_number(a) || !cl_is_number(b))
            return false;
        if (cl_both_small_ints(a, b))
            return a == b;
        int c;
        bool unordered;
        return cl_num_compare(S, a, b, &c, &unordered) == CL_OK && !unordered && c == 0;
    }
    if (cl_is_cell(a) || cl_is_cell(b)) {
        while (cl_is_cell(a) && cl_is_cell(b)) {
            push_pair(st, cl_as_cell(a)->head, cl_as_cell(b)->head);
            a = cl_as_cell(a)->tail;
            b = cl_as_cell(b)->tail;
        }
        return a == CL_EMPTY && b == CL_EMPTY;
    }
    if (!cl_is_object(a) || !cl_is_object(b))
        return a == b;
    Obj *x = cl_as_object(a), *y = cl_as_object(b);
    if (x->type != y->type)
        return false;
    switch ((ObjType)x->type) {
    case OBJ_STRING:
        return cl_string_equal((String *)x, (String *)y);
    case OBJ_TUPLE:
        if (x->aux != y->aux)
            return false;
        for (uint32_t i = 0; i < x->aux; i++)
            push_pair(st, ((Tuple *)x)->items[i], ((Tuple *)y)->items[i]);
        return true;
    case OBJ_ADT:
        if (!ctor_same(((Adt *)x)->ctor, ((Adt *)y)->ctor))
            return false;
        for (uint32_t i = 0; i < x->aux; i++)
            push_pair(st, ((Adt *)x)->fields[i], ((Adt *)y)->fields[i]);
        return true;
    case OBJ_DICT:
        return dicts_equal(S, a, b, st);
    case OBJ_DATE:
        return date_equal(a, b);
    default:
        return a == b;
    }
}

bool cl_equal(ClState *S, Value a, Value b)
{
    if (a == b && !cl_is_object(a) && !cl_is_cell(a))
        return true;  // immediates and small ints; objects may hold a nan
    PairStack st = {.capacity = 32};
    st.items = st.inline_items;
    bool equal = equal_step(S, a, b, &st);
    while (equal && st.count > 0 && !st.failed) {
        Pair p = st.items[--st.count];
        if (p.a == p.b && !cl_is_object(p.a) && !cl_is_cell(p.a))
            continue;
        equal = equal_step(S, p.a, p.b, &st);
    }
    if (st.failed)
        equal = false;  // out of memory while comparing: the conservative answer
    if (st.items != st.inline_items)
        free(st.items);
    return equal;
}

// ---------------------------------------------------------------------------------------------
// Ordering

static ClStatus unordered_pair(ClState *S, Value a, Value b)
{
    return cl_raisef(S, CL_ERR_TYPE_ERROR, "cannot order %s and %s", cl_type_name(a),
                     cl_type_name(b));
}

// Ordering walks both values in step with a stack of pairs still to compare, so that each
// element is visited once (a first-difference search with equality at every level would be
// quadratic in the depth). A list pair pushes its tails; a tuple pair pushes its items, last
// first, above a marker pair (CL_UNDEFINED, the order of the lengths) for when all are equal.

// The order of `a` and `b` when neither contains anything to descend into.
static ClStatus compare_leaves(ClState *S, Value a, Value b, bool nested, int *out)
{
    if (cl_is_number(a) && cl_is_number(b)) {
        bool unordered;
        TRY(cl_num_compare(S, a, b, out, &unordered));
        if (unordered)
            *out = 2;
        return CL_OK;
    }
    if (cl_is_object(a) && cl_is_object(b) && CL_OBJ_TYPE(a) == CL_OBJ_TYPE(b)) {
        if (CL_OBJ_TYPE(a) == OBJ_STRING) {
            *out = cl_string_compare(cl_as_string(a), cl_as_string(b));
            return CL_OK;
        }
        if (CL_OBJ_TYPE(a) == OBJ_DATE) {
            Date *x = (Date *)cl_as_object(a), *y = (Date *)cl_as_object(b);
            if ((x->h.flags & OBJF_DATETIME) == (y->h.flags & OBJF_DATETIME)) {
                *out = x->micros < y->micros ? -1 : x->micros > y->micros;
                return CL_OK;
            }
        }
    }
    // Inside lists and tuples, equal elements are passed over even when they have no order.
    if (nested && cl_equal(S, a, b)) {
        *out = 0;
        return CL_OK;
    }
    return unordered_pair(S, a, b);
}

ClStatus cl_compare(ClState *S, Value a, Value b, int *out)
{
    PairStack st = {.capacity = 32};
    st.items = st.inline_items;
    ClStatus status = CL_OK;
    bool nested = false;
    int c = 0;
    for (;;) {
        if (cl_both_small_ints(a, b)) {
            c = (int64_t)a < (int64_t)b ? -1 : (int64_t)a > (int64_t)b;
        } else if (a == CL_UNDEFINED) {  // a tuple's items were all equal: its length decides
            c = (int)cl_small_int(b);
        } else if (cl_is_list(a) && cl_is_list(b)) {
            if (cl_is_cell(a) && cl_is_cell(b)) {
                push_pair(&st, cl_as_cell(a)->tail, cl_as_cell(b)->tail);
                a = cl_as_cell(a)->head;
                b = cl_as_cell(b)->head;
                nested = true;
                if (!st.failed)
                    continue;
            }
            c = a == b ? 0 : (a == CL_EMPTY ? -1 : 1);
        } else if (cl_is_obj_type(a, OBJ_TUPLE) && cl_is_obj_type(b, OBJ_TUPLE)) {
            Tuple *x = cl_as_tuple(a), *y = cl_as_tuple(b);
            uint32_t n = x->h.aux < y->h.aux ? x->h.aux : y->h.aux;
            push_pair(&st, CL_UNDEFINED,
                      cl_from_small_int(x->h.aux == y->h.aux ? 0 : x->h.aux < y->h.aux ? -1 : 1));
            for (uint32_t i = n; i-- > 0;)
                push_pair(&st, x->items[i], y->items[i]);
            nested = true;
            c = 0;
        } else if ((status = compare_leaves(S, a, b, nested, &c)) != CL_OK) {
            break;
        }
        if (st.failed) {
            status = cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory while comparing");
            break;
        }
        if (c != 0 || st.count == 0)
            break;
        Pair next = st.items[--st.count];
        a = next.a;
        b = next.b;
    }
    if (st.items != st.inline_items)
        free(st.items);
    *out = c;
    return status;
}

// ---------------------------------------------------------------------------------------------
// Hashing

static inline uint64_t mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return h;
}

// Nested values deeper than this hash as a constant: still consistent with equality.
#define HASH_DEPTH 32

static uint64_t hash_at(ClState *S, Value v, int depth)
{
    if (depth > HASH_DEPTH)
        return 0x9e3779b97f4a7c15ull;
    if (cl_is_number(v))
        return cl_num_hash(S, v);
    if (cl_is_cell(v) || v == CL_EMPTY) {
        uint64_t h = 0x51ed27;
        for (; cl_is_cell(v); v = cl_as_cell(v)->tail)
            h = mix(h * 31 + hash_at(S, cl_as_cell(v)->head, depth + 1));
        return h;
    }
    if (!cl_is_object(v))
        return mix(v);
    Obj *o = cl_as_object(v);
    switch ((ObjType)o->type) {
    case OBJ_STRING:
        return mix(cl_string_hash((String *)o));
    case OBJ_TUPLE: {
        uint64_t h = 0x7475706c65;
        for (uint32_t i = 0; i < o->aux; i++)
            h = mix(h * 31 + hash_at(S, ((Tuple *)o)->items[i], depth + 1));
        return h;
    }
    case OBJ_ADT: {
        uint64_t h = cl_string_hash(((Adt *)o)->ctor->name);
        for (uint32_t i = 0; i < o->aux; i++)
            h = mix(h * 31 + hash_at(S, ((Adt *)o)->fields[i], depth + 1));
        return h;
    }
    case OBJ_DICT: {
        uint64_t h = o->flags & OBJF_SET ? 0x736574 : 0x64696374;
        uint32_t cursor = 0;
        Value key, value;
        while (cl_dict_next(v, &cursor, &key, &value))  // order-independent: a sum
            h += mix(hash_at(S, key, depth + 1) * 31 + hash_at(S, value, depth + 1));
        return h;
    }
    case OBJ_DATE:
        return mix((uint64_t)((Date *)o)->micros ^ (o->flags & OBJF_DATETIME));
    default:
        return mix(v);  // identity: the collector never moves objects
    }
}

uint64_t cl_hash(ClState *S, Value v) { return hash_at(S, v, 0); }

uint64_t cl_hash_string_bytes(const char *bytes, size_t size)
{
    return mix(cl_hash_bytes(bytes, size));
}
