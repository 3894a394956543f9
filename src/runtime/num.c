// num.c: numbers as values (LANGUAGE.md §9): small ints, bignums (libtommath) and boxed
// floats, with the arithmetic the VM falls back to when its inline small-int paths do not
// apply. Exactness comes from numconv.c; this file chooses representations and errors.
#include <math.h>
#include <stdlib.h>

#include "runtime/numconv.h"
#include "runtime/runtime.h"

typedef enum ArithOp { ARITH_ADD, ARITH_SUB, ARITH_MUL, ARITH_DIV, ARITH_MOD, ARITH_IDIV } ArithOp;

static const char *const op_names[] = {"+", "-", "*", "/", "mod", "div"};

static ClStatus nomem(ClState *S) { return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory"); }

// ---------------------------------------------------------------------------------------------
// Making numbers

// Allocates a bignum object that takes over `m` (whose digits it now owns). May collect.
static ClStatus adopt_big(ClState *S, mp_int *m, Value *out)
{
    BigInt *b = (BigInt *)cl_alloc_object(S, OBJ_BIGINT, sizeof(BigInt));
    if (!b) {
        mp_clear(m);
        return CL_ERROR;
    }
    b->n = *m;
    cl_heap_note_external(S, (ptrdiff_t)((size_t)m->alloc * sizeof(mp_digit)));
    *out = cl_from_object(b);
    return CL_OK;
}

ClStatus cl_int_from_int64(ClState *S, int64_t n, Value *out)
{
    if (cl_fits_small_int(n)) {
        *out = cl_from_small_int(n);
        return CL_OK;
    }
    mp_int m;
    if (mp_init_i64(&m, n) != MP_OKAY)
        return nomem(S);
    return adopt_big(S, &m, out);
}

ClStatus cl_int_from_mp(ClState *S, mp_int *m, Value *out)
{
    int64_t small;
    if (cl_num_big_get_int64(m, &small) && cl_fits_small_int(small)) {
        mp_clear(m);
        *out = cl_from_small_int(small);
        return CL_OK;
    }
    return adopt_big(S, m, out);
}

ClStatus cl_float_new(ClState *S, double d, Value *out)
{
    Float *f = (Float *)cl_alloc_object(S, OBJ_FLOAT, sizeof(Float));
    if (!f)
        return CL_ERROR;
    f->value = d;
    *out = cl_from_object(f);
    return CL_OK;
}

ClStatus cl_int_from_text(ClState *S, const char *text, size_t length, Value *out)
{
    int64_t small;
    NumStatus st = cl_num_parse_int64(text, length, true, &small);
    if (st == NUM_OK)
        return cl_int_from_int64(S, small, out);
    if (st != NUM_OVERFLOW)
        return cl_raisef(S, CL_ERR_VALUE_ERROR, "not an integer: %.*s", (int)length, text);
    mp_int m;
    if (mp_init(&m) != MP_OKAY)
        return nomem(S);
    st = cl_num_parse_big(text, length, true, &m);
    if (st != NUM_OK) {
        mp_clear(&m);
        return st == NUM_NOMEM ? nomem(S)
                               : cl_raisef(S, CL_ERR_VALUE_ERROR, "not an integer: %.*s",
                                           (int)length, text);
    }
    return cl_int_from_mp(S, &m, out);
}

static inline mp_int *big_of(Value v) { return &((BigInt *)cl_as_object(v))->n; }

ClStatus cl_int_to_mp(ClState *S, Value v, mp_int *out)
{
    mp_err e = cl_is_small_int(v) ? (mp_set_i64(out, cl_small_int(v)), MP_OKAY)
                                  : mp_copy(big_of(v), out);
    return e == MP_OKAY ? CL_OK : nomem(S);
}

// Converts a NumStatus failure into the error it stands for.
static ClStatus num_failure(ClState *S, NumStatus st, const char *what)
{
    switch (st) {
    case NUM_OVERFLOW:
        return cl_raisef(S, CL_ERR_OVERFLOW_ERROR, "%s", what);
    case NUM_DOMAIN:
        return cl_raisef(S, CL_ERR_VALUE_ERROR, "%s", what);
    default:
        return nomem(S);
    }
}

ClStatus cl_number_to_double(ClState *S, Value v, double *out)
{
    if (cl_is_small_int(v)) {
        *out = (double)cl_small_int(v);
        return CL_OK;
    }
    if (cl_is_float(v)) {
        *out = cl_float_value(v);
        return CL_OK;
    }
    NumStatus st = cl_num_big_to_double(big_of(v), out);
    return st == NUM_OK ? CL_OK : num_failure(S, st, "int too large to convert to float");
}

int cl_int_sign(Value v)
{
    if (cl_is_small_int(v))
        return (cl_small_int(v) > 0) - (cl_small_int(v) < 0);
    return mp_isneg(big_of(v)) ? -1 : mp_iszero(big_of(v)) ? 0 : 1;
}

// ---------------------------------------------------------------------------------------------
// Arithmetic

static ClStatus operand_error(ClState *S, ArithOp op, Value a, Value b)
{
    Value bad = cl_is_number(a) ? b : a;
    Buffer text;
    cl_buffer_init(&text);
    cl_describe_value(S, &text, bad);
    cl_raisef(S, CL_ERR_TYPE_ERROR, "%s expects numbers, got %s", op_names[op],
              text.failed ? cl_type_name(bad) : text.bytes);
    cl_buffer_fini(&text);
    return CL_ERROR;
}

static ClStatus zero_divisor(ClState *S, ArithOp op)
{
    return cl_raisef(S, CL_ERR_DIVISION_BY_ZERO, "%s by zero",
                     op == ARITH_DIV ? "division" : op == ARITH_MOD ? "modulo" : "integer division");
}

static bool is_zero(Value v)
{
    return cl_is_float(v) ? cl_float_value(v) == 0.0 : cl_is_small_int(v) && cl_small_int(v) == 0;
}

// Two ints, at least one a bignum, or small ints whose result overflowed.
static ClStatus arith_big(ClState *S, ArithOp op, Value a, Value b, Value *out)
{
    mp_int x, y, r;
    if (mp_init_multi(&x, &y, &r, NULL) != MP_OKAY)
        return nomem(S);
    ClStatus status = CL_OK;
    if (cl_int_to_mp(S, a, &x) != CL_OK || cl_int_to_mp(S, b, &y) != CL_OK) {
        status = CL_ERROR;
        goto done;
    }
    mp_err e = MP_OKAY;
    NumStatus st = NUM_OK;
    double d;
    switch (op) {
    case ARITH_ADD:
        e = mp_add(&x, &y, &r);
        break;
    case ARITH_SUB:
        e = mp_sub(&x, &y, &r);
        break;
    case ARITH_MUL:
        e = mp_mul(&x, &y, &r);
        break;
    case ARITH_MOD:
        st = cl_num_floor_divmod_big(&x, &y, NULL, &r);
        break;
    case ARITH_IDIV:
        st = cl_num_floor_divmod_big(&x, &y, &r, NULL);
        break;
    case ARITH_DIV:
        st = cl_num_divide_big(&x, &y, &d);
        mp_clear_multi(&x, &y, &r, NULL);
        if (st != NUM_OK)
            return num_failure(S, st, "integer division result too large for a float");
        return cl_float_new(S, d, out);
    }
    if (e != MP_OKAY || st != NUM_OK) {
        status = nomem(S);
        goto done;
    }
    mp_clear_multi(&x, &y, NULL);
    return cl_int_from_mp(S, &r, out);
done:
    mp_clear_multi(&x, &y, &r, NULL);
    return status;
}

static ClStatus arith_float(ClState *S, ArithOp op, Value a, Value b, Value *out)
{
    if (op == ARITH_IDIV)
        return cl_raisef(S, CL_ERR_TYPE_ERROR, "div expects ints (use floor and / for floats)");
    double x, y;
    TRY(cl_number_to_double(S, a, &x));
    TRY(cl_number_to_double(S, b, &y));
    double r = 0;
    switch (op) {
    case ARITH_ADD:
        r = x + y;
        break;
    case ARITH_SUB:
        r = x - y;
        break;
    case ARITH_MUL:
        r = x * y;
        break;
    case ARITH_DIV:
        r = x / y;
        break;
    case ARITH_MOD:
        r = cl_num_float_mod(x, y);
        break;
    case ARITH_IDIV:
        break;
    }
    return cl_float_new(S, r, out);
}

static ClStatus arith(ClState *S, ArithOp op, Value a, Value b, Value *out)
{
    if (!cl_is_number(a) || !cl_is_number(b))
        return operand_error(S, op, a, b);
    if (op >= ARITH_DIV && is_zero(b))
        return zero_divisor(S, op);
    if (cl_is_float(a) || cl_is_float(b))
        return arith_float(S, op, a, b, out);
    if (cl_both_small_ints(a, b)) {
        int64_t x = cl_small_int(a), y = cl_small_int(b), r;
        switch (op) {
        case ARITH_ADD:
            return cl_int_from_int64(S, x + y, out);  // 63-bit operands cannot overflow int64
        case ARITH_SUB:
            return cl_int_from_int64(S, x - y, out);
        case ARITH_MUL:
            if (!__builtin_mul_overflow(x, y, &r))
                return cl_int_from_int64(S, r, out);
            break;
        case ARITH_DIV:
            return cl_float_new(S, cl_num_divide_int64(x, y), out);
        case ARITH_MOD:
            return cl_int_from_int64(S, cl_num_floor_mod_int64(x, y), out);
        case ARITH_IDIV:
            if (cl_num_floor_div_int64(x, y, &r) == NUM_OK)
                return cl_int_from_int64(S, r, out);
            break;
        }
    }
    return arith_big(S, op, a, b, out);
}

ClStatus cl_num_add(ClState *S, Value a, Value b, Value *out) { return arith(S, ARITH_ADD, a, b, out); }
ClStatus cl_num_sub(ClState *S, Value a, Value b, Value *out) { return arith(S, ARITH_SUB, a, b, out); }
ClStatus cl_num_mul(ClState *S, Value a, Value b, Value *out) { return arith(S, ARITH_MUL, a, b, out); }
ClStatus cl_num_div(ClState *S, Value a, Value b, Value *out) { return arith(S, ARITH_DIV, a, b, out); }
ClStatus cl_num_mod(ClState *S, Value a, Value b, Value *out) { return arith(S, ARITH_MOD, a, b, out); }
ClStatus cl_num_idiv(ClState *S, Value a, Value b, Value *out) { return arith(S, ARITH_IDIV, a, b, out); }

ClStatus cl_num_neg(ClState *S, Value a, Value *out)
{
    if (cl_is_float(a))
        return cl_float_new(S, -cl_float_value(a), out);
    if (!cl_is_int(a))
        return cl_raisef(S, CL_ERR_TYPE_ERROR, "- expects numbers, got %s", cl_type_name(a));
    return arith(S, ARITH_SUB, cl_from_small_int(0), a, out);
}

// ---------------------------------------------------------------------------------------------
// Comparison and hashing

ClStatus cl_num_compare(ClState *S, Value a, Value b, int *out, bool *unordered)
{
    NumOrder order;
    *unordered = false;
    if (cl_both_small_ints(a, b)) {
        *out = (int64_t)a < (int64_t)b ? -1 : (int64_t)a > (int64_t)b;
        return CL_OK;
    }
    bool fa = cl_is_float(a), fb = cl_is_float(b);
    if (fa && fb) {
        double x = cl_float_value(a), y = cl_float_value(b);
        order = x < y ? NUM_LESS : x > y ? NUM_GREATER : x == y ? NUM_EQUAL : NUM_UNORDERED;
    } else if (fa || fb) {
        Value i = fa ? b : a;
        double x = cl_float_value(fa ? a : b);
        order = cl_is_small_int(i) ? cl_num_compare_int64_double(cl_small_int(i), x)
                                   : cl_num_compare_big_double(big_of(i), x);
        if (fa && order != NUM_UNORDERED)
            order = (NumOrder)-order;  // the float was on the left
    } else {
        mp_int x, y;
        if (mp_init_multi(&x, &y, NULL) != MP_OKAY)
            return nomem(S);
        ClStatus status = CL_OK;
        if (cl_int_to_mp(S, a, &x) != CL_OK || cl_int_to_mp(S, b, &y) != CL_OK)
            status = CL_ERROR;
        else
            order = (NumOrder)mp_cmp(&x, &y);
        mp_clear_multi(&x, &y, NULL);
        TRY(status);
    }
    if (order == NUM_UNORDERED) {
        *unordered = true;
        *out = 0;
    } else {
        *out = (int)order;
    }
    return CL_OK;
}

#define HASH_PRIME ((uint64_t)0x1FFFFFFFFFFFFFFFull)  // 2^61 - 1

static uint64_t reduce(unsigned __int128 x) { return (uint64_t)(x % HASH_PRIME); }

// n mod (2^61 - 1), negated for negative n: the same for an int whatever its representation.
static uint64_t hash_mp(const mp_int *m)
{
    uint64_t h = 0;
    for (int i = m->used; i-- > 0;)
        h = reduce(((unsigned __int128)h << MP_DIGIT_BIT) + m->dp[i]);
    return mp_isneg(m) ? (HASH_PRIME - h) % HASH_PRIME : h;
}

static uint64_t hash_int64(int64_t n)
{
    uint64_t magnitude = n < 0 ? -(uint64_t)n : (uint64_t)n;
    uint64_t h = magnitude % HASH_PRIME;
    return n < 0 ? (HASH_PRIME - h) % HASH_PRIME : h;
}

uint64_t cl_num_hash(ClState *S, Value v)
{
    (void)S;
    if (cl_is_small_int(v))
        return hash_int64(cl_small_int(v));
    if (cl_is_bigint(v))
        return hash_mp(big_of(v));
    double x = cl_float_value(v);
    if (x == floor(x) && isfinite(x)) {
        int64_t n;
        if (cl_num_double_to_int64(x, NUM_TRUNCATE, &n) == NUM_OK)
            return hash_int64(n);
        mp_int m;
        uint64_t h = 0;
        if (mp_init(&m) == MP_OKAY && cl_num_double_to_big(x, NUM_TRUNCATE, &m) == NUM_OK)
            h = hash_mp(&m);
        mp_clear(&m);
        return h;
    }
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    return bits * 0x9E3779B97F4A7C15ull;
}

void cl_num_write(Buffer *b, Value v)
{
    if (cl_is_small_int(v)) {
        char text[CL_NUM_INT64_TEXT_SIZE + 1];
        size_t n = cl_num_int64_text(cl_small_int(v), text);
        cl_buffer_append(b, text, n);
    } else if (cl_is_float(v)) {
        char text[CL_NUM_FLOAT_TEXT_SIZE];
        size_t n = cl_num_float_text(cl_float_value(v), text);
        cl_buffer_append(b, text, n);
    } else {
        const mp_int *m = big_of(v);
        size_t size = cl_num_big_text_size(m), length;
        char *text = malloc(size);
        if (!text || cl_num_big_text(m, text, size, &length) != NUM_OK)
            b->failed = true;
        else
            cl_buffer_append(b, text, length);
        free(text);
    }
}
