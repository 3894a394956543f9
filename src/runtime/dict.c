// dict.c: dicts and sets. A dict is an immutable, insertion-ordered array of (key, value)
// entries with an open-addressing index once it has more than a few keys; every update makes
// a new dict (copy on write). Keys are compared with cl_equal and hashed with cl_hash, so 1 and
// 1.0 are one key. Removed entries leave a CL_HOLE key until the next copy compacts them.
#include <string.h>

#include "runtime/runtime.h"

typedef struct Dict {
    Obj h;                // aux: live entries; OBJF_SET for sets
    uint32_t used;        // entry slots used, removed ones included
    uint32_t capacity;    // entry slots allocated
    uint32_t index_size;  // buckets (a power of two), or 0: search linearly
    uint32_t pad;
    Value entries[];      // capacity * 2 values, then index_size uint32 buckets (entry + 1)
} Dict;

#define LINEAR_MAX 8

static inline Dict *as_dict(Value v) { return (Dict *)cl_as_object(v); }
static inline uint32_t *index_of(Dict *d) { return (uint32_t *)(d->entries + 2 * d->capacity); }

void cl_dict_mark_children(Heap *h, Obj *o)
{
    Dict *d = (Dict *)o;
    for (uint32_t i = 0; i < 2 * d->used; i++)
        cl_gc_mark_value(h, d->entries[i]);
}

// Allocates an empty dict with room for `capacity` entries. May collect.
static Dict *alloc_dict(ClState *S, uint32_t capacity, bool is_set)
{
    uint32_t index_size = 0;
    if (capacity > LINEAR_MAX) {
        index_size = 16;
        while (index_size < capacity * 2)
            index_size *= 2;
    }
    size_t size = sizeof(Dict) + (size_t)capacity * 2 * sizeof(Value) + index_size * 4u;
    Dict *d = (Dict *)cl_alloc_object(S, OBJ_DICT, size);
    if (!d)
        return NULL;
    d->capacity = capacity;
    d->index_size = index_size;
    if (is_set)
        d->h.flags |= OBJF_SET;
    return d;
}

ClStatus cl_dict_new(ClState *S, bool is_set, Value *out)
{
    Dict *d = alloc_dict(S, 0, is_set);
    if (!d)
        return CL_ERROR;
    *out = cl_from_object(d);
    return CL_OK;
}

// The entry index of `key` in `d`, or -1.
static int64_t find(ClState *S, Dict *d, Value key, uint64_t hash)
{
    if (d->index_size == 0) {
        for (uint32_t i = 0; i < d->used; i++)
            if (d->entries[2 * i] != CL_HOLE && cl_equal(S, d->entries[2 * i], key))
                return i;
        return -1;
    }
    uint32_t *index = index_of(d);
    uint32_t mask = d->index_size - 1;
    for (uint32_t b = (uint32_t)hash & mask;; b = (b + 1) & mask) {
        uint32_t e = index[b];
        if (e == 0)
            return -1;
        Value k = d->entries[2 * (e - 1)];
        if (k != CL_HOLE && cl_equal(S, k, key))
            return e - 1;
    }
}

// Appends an entry to a dict that has room, updating its index.
static void append(ClState *S, Dict *d, Value key, Value value, uint64_t hash)
{
    uint32_t i = d->used++;
    d->entries[2 * i] = key;
    d->entries[2 * i + 1] = value;
    d->h.aux++;
    if (d->index_size) {
        uint32_t *index = index_of(d);
        uint32_t mask = d->index_size - 1;
        uint32_t b = (uint32_t)hash & mask;
        while (index[b] != 0)
            b = (b + 1) & mask;
        index[b] = i + 1;
    }
}

bool cl_dict_get(ClState *S, Value dict, Value key, Value *value)
{
    Dict *d = as_dict(dict);
    if (d->h.aux == 0)
        return false;
    int64_t i = find(S, d, key, d->index_size ? cl_hash(S, key) : 0);
    if (i < 0)
        return false;
    if (value)
        *value = d->entries[2 * i + 1];
    return true;
}

// A copy of `dict` with room for `extra` more entries, removed entries dropped. May collect.
static Dict *copy_dict(ClState *S, Value *dict, uint32_t extra)
{
    Dict *d = as_dict(*dict);
    uint32_t live = d->h.aux;
    uint32_t capacity = live + extra;
    if (extra)
        capacity += capacity / 2;  // amortise a run of insertions into one lineage
    Dict *copy = alloc_dict(S, capacity, d->h.flags & OBJF_SET);
    if (!copy)
        return NULL;
    d = as_dict(*dict);
    for (uint32_t i = 0; i < d->used; i++) {
        Value k = d->entries[2 * i];
        if (k != CL_HOLE)
            append(S, copy, k, d->entries[2 * i + 1], copy->index_size ? cl_hash(S, k) : 0);
    }
    return copy;
}

ClStatus cl_dict_set(ClState *S, Value dict, Value key, Value value, Value *out)
{
    Dict *d = as_dict(dict);
    uint64_t hash = cl_hash(S, key);
    int64_t i = d->h.aux ? find(S, d, key, hash) : -1;
    if (i >= 0 && d->entries[2 * i + 1] == value) {
        *out = dict;
        return CL_OK;
    }
    RootMark mark = cl_root(S, &dict);
    cl_root(S, &key);
    cl_root(S, &value);
    Dict *copy = copy_dict(S, &dict, i >= 0 ? 0 : 1);
    cl_unroot(S, mark);
    if (!copy)
        return CL_ERROR;
    if (i >= 0) {
        int64_t j = find(S, copy, key, hash);
        copy->entries[2 * j + 1] = value;
    } else {
        append(S, copy, key, value, hash);
    }
    *out = cl_from_object(copy);
    return CL_OK;
}

ClStatus cl_dict_remove(ClState *S, Value dict, Value key, Value *out)
{
    Dict *d = as_dict(dict);
    int64_t i = d->h.aux ? find(S, d, key, d->index_size ? cl_hash(S, key) : 0) : -1;
    if (i < 0) {
        *out = dict;
        return CL_OK;
    }
    // Copy, then drop the entry by rebuilding without it.
    RootMark mark = cl_root(S, &dict);
    Dict *copy = alloc_dict(S, d->h.aux - 1, d->h.flags & OBJF_SET);
    cl_unroot(S, mark);
    if (!copy)
        return CL_ERROR;
    d = as_dict(dict);
    for (uint32_t j = 0; j < d->used; j++) {
        Value k = d->entries[2 * j];
        if (k != CL_HOLE && (int64_t)j != i)
            append(S, copy, k, d->entries[2 * j + 1], copy->index_size ? cl_hash(S, k) : 0);
    }
    *out = cl_from_object(copy);
    return CL_OK;
}

// Whether `k` is a string with exactly these bytes.
static inline bool string_is(Value k, const char *text, size_t length)
{
    return cl_is_string(k) && cl_as_string(k)->size == length &&
           memcmp(cl_as_string(k)->bytes, text, length) == 0;
}

bool cl_dict_get_text(ClState *S, Value dict, const char *text, size_t length, Value *value)
{
    Dict *d = as_dict(dict);
    if (d->h.aux == 0)
        return false;
    int64_t found = -1;
    if (d->index_size == 0) {
        for (uint32_t i = 0; i < d->used && found < 0; i++)
            if (string_is(d->entries[2 * i], text, length))
                found = i;
    } else {
        uint32_t *index = index_of(d);
        uint32_t mask = d->index_size - 1;
        uint64_t hash = cl_hash_string_bytes(text, length);
        for (uint32_t b = (uint32_t)hash & mask; index[b] != 0; b = (b + 1) & mask)
            if (string_is(d->entries[2 * (index[b] - 1)], text, length)) {
                found = index[b] - 1;
                break;
            }
    }
    if (found < 0)
        return false;
    if (value)
        *value = d->entries[2 * found + 1];
    return true;
}

uint32_t cl_dict_size(Value dict) { return as_dict(dict)->h.aux; }

bool cl_dict_next(Value dict, uint32_t *cursor, Value *key, Value *value)
{
    Dict *d = as_dict(dict);
    while (*cursor < d->used) {
        uint32_t i = (*cursor)++;
        if (d->entries[2 * i] != CL_HOLE) {
            *key = d->entries[2 * i];
            if (value)
                *value = d->entries[2 * i + 1];
            return true;
        }
    }
    return false;
}
