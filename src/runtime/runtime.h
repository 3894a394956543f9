// runtime.h: values and the heap as the rest of the implementation uses them — allocation and
// GC roots, numbers, strings, lists, tuples, dicts and sets, ADTs, the written form, equality,
// ordering and hashing, and raising errors. "May collect" marks every function that can
// allocate: a C local holding a heap value is stale after such a call unless it is rooted.
#ifndef CL_RUNTIME_H
#define CL_RUNTIME_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "claudelang.h"
#include "runtime/object.h"
#include "runtime/state.h"
#include "runtime/value.h"

#if defined(__GNUC__)
#define CL_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define CL_PRINTF(f, a)
#endif

#define TRY(expr)                                                                              \
    do {                                                                                       \
        if (CL_UNLIKELY((expr) != CL_OK))                                                      \
            return CL_ERROR;                                                                   \
    } while (0)

#ifdef NDEBUG
#define CL_ASSERT(cond) ((void)0)
#else
#include <assert.h>
#define CL_ASSERT(cond) assert(cond)
#endif

// A growable byte buffer for building text in C (not a heap object).
typedef struct Buffer {
    char *bytes;
    size_t size;
    size_t capacity;
    bool failed;  // an allocation failed; the contents are incomplete
} Buffer;

// ---------------------------------------------------------------------------------------------
// Heap (gc.c)

void cl_heap_init(ClState *S);
// Until cl_heap_budget_end, allocations fail with out-of-memory once `bytes` in all have been
// allocated (the optimizer folds constants under a budget, so that it never builds a huge
// value it would throw away).
void cl_heap_budget_begin(ClState *S, size_t bytes);
void cl_heap_budget_end(ClState *S);
void cl_heap_fini(ClState *S);
// Allocates an object of `size` bytes (header included) of `type`, with the header set and the
// rest zeroed. May collect. NULL after raising out-of-memory.
Obj *cl_alloc_object(ClState *S, ObjType type, size_t size);
// Allocates a cons cell holding head/tail. May collect; both values are rooted meanwhile.
// NULL after raising out-of-memory.
CL_INLINE Cell *cl_alloc_cell(ClState *S, Value head, Value tail);
// cl_alloc_cell's general path: collections, limits, new pages. May collect.
Cell *cl_alloc_cell_slow(ClState *S, Value head, Value tail);
// Notes `bytes` held outside the heap by an object (they count toward collection and limits).
void cl_heap_note_external(ClState *S, ptrdiff_t bytes);
// Recomputes the allocation fast paths' bound after the heap's `trigger` was changed.
void cl_heap_update_trigger(ClState *S);
// Runs a full collection now.
void cl_gc_collect(ClState *S);
// For mark_extra hooks and dict.c: marks a value reachable in the current collection.
void cl_gc_mark_value(Heap *h, Value v);
// Marks what a dict or dict node references (dict.c).
void cl_dict_mark_children(Heap *h, Obj *o);
// Releases the malloc'd parts of a prototype or module when they are swept.
void cl_proto_free_code(Proto *p);
void cl_module_free_parts(Module *m);

// Protects the C local `*slot` from collection until cl_unroot(S, mark).
CL_INLINE RootMark cl_root(ClState *S, Value *slot);
void cl_roots_grow(ClState *S);
CL_INLINE RootMark cl_root(ClState *S, Value *slot)
{
    if (CL_UNLIKELY(S->roots.count == S->roots.capacity))
        cl_roots_grow(S);
    S->roots.items[S->roots.count] = slot;
    return S->roots.count++;
}
CL_INLINE void cl_unroot(ClState *S, RootMark mark) { S->roots.count = mark; }

// Takes a slot of size class `c`, whose slots are `slot_size` bytes (a constant where the
// caller knows it): the head of its free list, linked through each slot's word at offset 8, or
// its next never-used slot; NULL when it has neither. Accounts for nothing.
CL_INLINE void *cl_heap_take_slot(SizeClass *c, size_t slot_size)
{
    void *slot = c->free;
    if (slot) {
        c->free = *(void **)((char *)slot + 8);
        return slot;
    }
    if (CL_LIKELY(c->bump < c->bump_end)) {
        slot = c->bump;
        c->bump += slot_size;
        return slot;
    }
    return NULL;
}

// The fast path of cl_alloc_cell, inline: a free or never-used slot of the cell pages while no
// collection is due and no limit applies. Anything else (and every gcstress allocation) takes
// cl_alloc_cell_slow.
CL_INLINE Cell *cl_alloc_cell(ClState *S, Value head, Value tail)
{
#ifndef CL_GCSTRESS
    Heap *h = &S->heap;
    if (CL_LIKELY(!h->careful && h->since_collection + sizeof(Cell) <= h->fast_trigger)) {
        Cell *cell = cl_heap_take_slot(&h->cells, sizeof(Cell));
        if (CL_LIKELY(cell != NULL)) {
            h->total_allocations++;
            h->since_collection += sizeof(Cell);
            h->allocated += sizeof(Cell);
            cell->head = head;
            cell->tail = tail;
            return cell;
        }
    }
#endif
    return cl_alloc_cell_slow(S, head, tail);
}

// ---------------------------------------------------------------------------------------------
// Errors (error.c)

// Records an error of `kind` with a formatted message at no position (the VM adds the position
// of the instruction that signalled it). Returns CL_ERROR.
ClStatus cl_raisef(ClState *S, ClErrorKind kind, const char *format, ...) CL_PRINTF(3, 4);
ClStatus cl_raisev(ClState *S, ClErrorKind kind, const char *format, va_list args);
// Records an error:raise with its TYPE, MESSAGE and DATA values.
ClStatus cl_raise_user(ClState *S, Value type, Value message, Value data);
// Whether error:catch and with-handler may handle errors of `kind`.
bool cl_error_kind_catchable(ClErrorKind kind);
// Forgets the recorded error.
void cl_error_clear(ClState *S);
// Type-check helpers with uniform messages: "NAME expects a list as argument N, got 5".
ClStatus cl_type_error_arg(ClState *S, const char *function, int position, const char *expected,
                           Value got);

// ---------------------------------------------------------------------------------------------
// Numbers (num.c)

// Makes an integer value from an int64 (small when it fits, else a bignum). May collect.
ClStatus cl_int_from_int64(ClState *S, int64_t n, Value *out);
// Takes ownership of `m`'s digits: normalises to a small int when it fits. May collect.
ClStatus cl_int_from_mp(ClState *S, mp_int *m, Value *out);
// Boxes a double. May collect.
ClStatus cl_float_new(ClState *S, double d, Value *out);
// Parses a decimal integer literal (with optional sign) of any length. May collect.
ClStatus cl_int_from_text(ClState *S, const char *text, size_t length, Value *out);
// Copies an integer value into an initialised mp_int.
ClStatus cl_int_to_mp(ClState *S, Value v, mp_int *out);
// The double nearest to an int or float value; overflow-error for huge ints.
ClStatus cl_number_to_double(ClState *S, Value v, double *out);

// Arithmetic on any two numbers (small-int fast paths live in the VM). May collect.
ClStatus cl_num_add(ClState *S, Value a, Value b, Value *out);
ClStatus cl_num_sub(ClState *S, Value a, Value b, Value *out);
ClStatus cl_num_mul(ClState *S, Value a, Value b, Value *out);
ClStatus cl_num_div(ClState *S, Value a, Value b, Value *out);   // true division
ClStatus cl_num_mod(ClState *S, Value a, Value b, Value *out);   // floor modulo
ClStatus cl_num_idiv(ClState *S, Value a, Value b, Value *out);  // floor division (ints)
ClStatus cl_num_neg(ClState *S, Value a, Value *out);
// Compares two numbers exactly: *out is -1, 0 or 1; *unordered is set when a NaN is involved.
ClStatus cl_num_compare(ClState *S, Value a, Value b, int *out, bool *unordered);
// Sign of an int: -1, 0, 1.
int cl_int_sign(Value v);
// A hash of a number, equal for equal ints and floats (1 and 1.0).
uint64_t cl_num_hash(ClState *S, Value v);
// Appends the written form of a number (§9.4 for floats, full digits for ints).
void cl_num_write(Buffer *b, Value v);

// ---------------------------------------------------------------------------------------------
// Strings (str.c)

// Makes a string from UTF-8 bytes (assumed valid). May collect.
ClStatus cl_string_new(ClState *S, const char *bytes, size_t size, Value *out);
// Same, for a NUL-terminated C string.
ClStatus cl_string_from_cstr(ClState *S, const char *text, Value *out);
// Checks that bytes are valid UTF-8 and counts code points; false when invalid.
bool cl_utf8_validate(const char *bytes, size_t size, uint32_t *code_points);
// The byte offset of code point `index` in `s` (index <= length).
uint32_t cl_string_byte_offset(const String *s, uint32_t index);
// Hash of a string's bytes (cached in the object); cl_hash_bytes gives the same for raw bytes.
uint32_t cl_string_hash(String *s);
uint32_t cl_hash_bytes(const char *bytes, size_t size);
// The cl_hash of a string with these bytes.
uint64_t cl_hash_string_bytes(const char *bytes, size_t size);
bool cl_string_equal(const String *a, const String *b);
// Byte-wise comparison, which for UTF-8 is code-point order: -1, 0, 1.
int cl_string_compare(const String *a, const String *b);

void cl_buffer_init(Buffer *b);
void cl_buffer_fini(Buffer *b);
void cl_buffer_append(Buffer *b, const char *bytes, size_t size);
void cl_buffer_append_cstr(Buffer *b, const char *text);
void cl_buffer_printf(Buffer *b, const char *format, ...) CL_PRINTF(2, 3);
// A malloc'd formatted string, or NULL when out of memory.
char *cl_vformat(const char *format, va_list args);
char *cl_format(const char *format, ...) CL_PRINTF(1, 2);
// Turns the buffer into a string value and empties it. May collect.
ClStatus cl_buffer_to_string(ClState *S, Buffer *b, Value *out);

// ---------------------------------------------------------------------------------------------
// Lists (list.c)

// Number of elements (walks the list).
uint64_t cl_list_length(Value list);
// Builds a list front to back: init with a rooted `*head` of CL_EMPTY; each append may collect.
typedef struct ListBuilder {
    Value head;   // the list so far (root it!)
    Cell *last;   // last cell, or NULL
} ListBuilder;
void cl_list_builder_init(ListBuilder *b);
ClStatus cl_list_builder_add(ClState *S, ListBuilder *b, Value v);
// The list of values[0 .. count-1]. May collect; `values` must be rooted (e.g. VM registers).
ClStatus cl_list_from_array(ClState *S, const Value *values, size_t count, Value *out);
// The prelude's list builders (%builder) are tuples (first cell, last cell), filled front to
// back in place: nobody else sees the list until %builder-list hands it out. Links the new
// cell `c` (whose tail is []) at the end of builder `b`. Allocates nothing.
CL_INLINE void cl_builder_link(Value b, Cell *c)
{
    Tuple *t = (Tuple *)cl_as_object(b);
    if (t->items[1] == CL_EMPTY)
        t->items[0] = cl_from_cell(c);
    else
        cl_as_cell(t->items[1])->tail = cl_from_cell(c);
    t->items[1] = cl_from_cell(c);
}

// ---------------------------------------------------------------------------------------------
// Tuples, ADTs, constructors, boxes (object.c)

ClStatus cl_tuple_new(ClState *S, const Value *items, uint32_t count, Value *out);
CL_INLINE Tuple *cl_as_tuple(Value v) { return (Tuple *)cl_as_object(v); }
ClStatus cl_ctor_new(ClState *S, Value type_name, Value name, uint32_t arity, Value *out);
ClStatus cl_adt_new(ClState *S, Ctor *ctor, const Value *fields, Value *out);
ClStatus cl_box_new(ClState *S, Value v, Value *out);
ClStatus cl_array_new(ClState *S, uint32_t capacity, Value *out);
ClStatus cl_array_push(ClState *S, Value array, Value v);

// ---------------------------------------------------------------------------------------------
// Dicts and sets (dict.c): persistent, insertion-ordered, keys compared with cl_equal.

ClStatus cl_dict_new(ClState *S, bool is_set, Value *out);
// Looks `key` up: true and *value when present.
bool cl_dict_get(ClState *S, Value dict, Value key, Value *value);
// A new dict with key -> value (an existing key keeps its position). May collect.
ClStatus cl_dict_set(ClState *S, Value dict, Value key, Value value, Value *out);
// A new dict without key (the same dict when absent). May collect.
ClStatus cl_dict_remove(ClState *S, Value dict, Value key, Value *out);
// Looks up a string key given as bytes, without allocating it.
bool cl_dict_get_text(ClState *S, Value dict, const char *text, size_t length, Value *value);
uint32_t cl_dict_size(Value dict);
// Iterates in insertion order: start with *cursor = 0; false at the end.
bool cl_dict_next(Value dict, uint32_t *cursor, Value *key, Value *value);

// ---------------------------------------------------------------------------------------------
// Equality, ordering, hashing (equal.c) — LANGUAGE.md §8

// Structural equality of §8.2 (nan equal to nothing). Iterative: any depth.
bool cl_equal(ClState *S, Value a, Value b);
// The ordering of §8.3: *out -1/0/1; unordered (nan) is reported as *out = 2; values of kinds
// without an order raise type-error.
ClStatus cl_compare(ClState *S, Value a, Value b, int *out);
// A hash consistent with cl_equal (1 and 1.0 hash alike).
uint64_t cl_hash(ClState *S, Value v);

// ---------------------------------------------------------------------------------------------
// Written form (print.c) — LANGUAGE.md §10

// Appends the written form of `v` to `b` (strings quoted). Iterative: any depth.
void cl_write_value(ClState *S, Buffer *b, Value v);
// Appends `v` as io:print shows it: strings raw, everything else written.
void cl_display_value(ClState *S, Buffer *b, Value v);
// Appends how an error message shows a value it did not accept: its type and its written form
// cut to one line of about 60 bytes at a character boundary ("int 5", "string \"ab\"", "nil"),
// then a NUL: `b->bytes` is a C string afterwards unless `b->failed`.
void cl_describe_value(ClState *S, Buffer *b, Value v);
// Appends `#<date ...>` / `#<datetime ...>` (print.c).
void cl_date_write(Buffer *b, Value v);
// The name of a value's type for messages ("int", "list", "function").
const char *cl_type_name(Value v);

#endif
