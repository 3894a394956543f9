// value.h: the bits of a `Value`. Only this header knows them; everything else uses the inline
// accessors below, so that trying another representation is this file and a benchmark run.
//
// A Value is one 64-bit word, tagged in its low three bits:
//   ..xx1  small integer: 63-bit two's complement, the value is (int64_t)v >> 1
//   ..000  pointer to a heap object that starts with an `Obj` header (never 0)
//   ..010  pointer to a cons cell (16-byte aligned, headerless; see `Cell`)
//   ..100  an immediate constant: nil, #f, #t, [], and two internal markers
// Floats are boxed heap objects (docs/internals/values.md has the measurements behind this).
#ifndef CL_VALUE_H
#define CL_VALUE_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#if defined(__GNUC__)
#define CL_LIKELY(x) __builtin_expect(!!(x), 1)
#define CL_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define CL_INLINE static inline __attribute__((always_inline))
#define CL_NOINLINE __attribute__((noinline))
#else
#define CL_LIKELY(x) (x)
#define CL_UNLIKELY(x) (x)
#define CL_INLINE static inline
#define CL_NOINLINE
#endif

typedef uint64_t Value;
_Static_assert(sizeof(Value) == 8, "a Value is one machine word");
_Static_assert(sizeof(void *) == 8, "ClaudeLang needs a 64-bit target");

#define CL_TAG_MASK 7u
#define CL_TAG_OBJECT 0u
#define CL_TAG_CELL 2u
#define CL_TAG_CONST 4u

// Immediate constants. nil and #f differ only in bit 3, so "falsy" is one mask and compare.
#define CL_NIL ((Value)0x04)
#define CL_FALSE ((Value)0x0C)
#define CL_TRUE ((Value)0x14)
#define CL_EMPTY ((Value)0x1C)      // the empty list []
#define CL_UNDEFINED ((Value)0x24)  // internal: a variable not assigned yet
#define CL_HOLE ((Value)0x2C)       // internal: an empty slot (dict tombstone, absent result)

// The range of small integers: 63 bits.
#define CL_SMALL_INT_MAX (INT64_MAX >> 1)
#define CL_SMALL_INT_MIN (INT64_MIN >> 1)

typedef struct Obj Obj;
typedef struct Cell Cell;

// A cons cell: the unit of ClaudeLang lists. `tail` is another cell or CL_EMPTY.
struct Cell {
    Value head;
    Value tail;
};

CL_INLINE bool cl_is_small_int(Value v) { return (v & 1) != 0; }
CL_INLINE int64_t cl_small_int(Value v) { return (int64_t)v >> 1; }
CL_INLINE Value cl_from_small_int(int64_t n) { return ((uint64_t)n << 1) | 1; }
CL_INLINE bool cl_fits_small_int(int64_t n)
{
    return n >= CL_SMALL_INT_MIN && n <= CL_SMALL_INT_MAX;
}
CL_INLINE bool cl_both_small_ints(Value a, Value b) { return (a & b & 1) != 0; }

CL_INLINE bool cl_is_object(Value v) { return (v & CL_TAG_MASK) == CL_TAG_OBJECT; }
CL_INLINE Obj *cl_as_object(Value v) { return (Obj *)(uintptr_t)v; }
CL_INLINE Value cl_from_object(const void *o) { return (Value)(uintptr_t)o; }

CL_INLINE bool cl_is_cell(Value v) { return (v & CL_TAG_MASK) == CL_TAG_CELL; }
CL_INLINE Cell *cl_as_cell(Value v) { return (Cell *)(uintptr_t)(v - CL_TAG_CELL); }
CL_INLINE Value cl_from_cell(const Cell *c) { return (Value)(uintptr_t)c + CL_TAG_CELL; }

// A list is a cons cell or the empty list.
CL_INLINE bool cl_is_list(Value v) { return cl_is_cell(v) || v == CL_EMPTY; }

CL_INLINE bool cl_is_falsy(Value v) { return (v | 8) == CL_FALSE; }
CL_INLINE bool cl_is_truthy(Value v) { return (v | 8) != CL_FALSE; }
CL_INLINE Value cl_from_bool(bool b) { return b ? CL_TRUE : CL_FALSE; }
CL_INLINE bool cl_is_bool(Value v) { return v == CL_TRUE || v == CL_FALSE; }

#endif
