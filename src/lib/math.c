// math.c: the math builtins (LANGUAGE.md §15.11): libm functions under Python's math-module
// error rule, exact rounding to ints, round-to, factorial/gcd/lcm on libtommath, and the list
// folds sum, product and mean over the runtime's number arithmetic. abs, max and min are
// core.c's (§15.1).
#include <math.h>

#include "lib/lib.h"
#include "runtime/numconv.h"

// ---------------------------------------------------------------------------------------------
// Errors

// Raises `kind` with "MESSAGE: (NAME ARG ...)", the call written out.
static ClStatus call_error(ClState *S, ClErrorKind kind, const char *message, const char *name,
                           const Value *args, int argc)
{
    Buffer b;
    cl_buffer_init(&b);
    cl_buffer_printf(&b, "%s: (%s", message, name);
    for (int i = 0; i < argc; i++) {
        cl_buffer_append(&b, " ", 1);
        cl_write_value(S, &b, args[i]);
    }
    cl_buffer_append(&b, ")", 2);  // the NUL too
    cl_raisef(S, kind, "%s", b.failed ? message : b.bytes);
    cl_buffer_fini(&b);
    return CL_ERROR;
}

static ClStatus domain_error(ClState *S, const char *name, const Value *args, int argc)
{
    return call_error(S, CL_ERR_VALUE_ERROR, "math domain error", name, args, argc);
}

static ClStatus range_error(ClState *S, const char *name, const Value *args, int argc)
{
    return call_error(S, CL_ERR_OVERFLOW_ERROR, "math range error (too large for a float)", name,
                      args, argc);
}

// Boxes the libm result `r` of a call on x[0 .. argc-1] under Python's math-module rule: NaN
// from arguments without a NaN is a domain error (value-error); an infinity from finite
// arguments is a range error (overflow-error), or a domain error for a function that has a pole
// there rather than an overflow (`can_overflow` false: log of 0). May collect.
static int float_result(ClState *S, const char *name, const Value *args, int argc,
                        const double *x, double r, bool can_overflow, Value *result)
{
    bool any_nan = false, all_finite = true;
    for (int i = 0; i < argc; i++) {
        any_nan = any_nan || isnan(x[i]);
        all_finite = all_finite && isfinite(x[i]);
    }
    if (isnan(r) && !any_nan)
        return domain_error(S, name, args, argc);
    if (isinf(r) && all_finite)
        return can_overflow ? range_error(S, name, args, argc) : domain_error(S, name, args, argc);
    return cl_float_new(S, r, result);
}

// ---------------------------------------------------------------------------------------------
// Functions of floats

typedef double (*UnaryFn)(double);

// A one-argument libm function; an int argument is converted to a float first (§9.1).
static int unary(ClState *S, const char *name, UnaryFn fn, bool can_overflow, Value *args,
                 Value *result)
{
    double x;
    TRY(cl_arg_double(S, name, args, 0, &x));
    return float_result(S, name, args, 1, &x, fn(x), can_overflow, result);
}

static double to_degrees(double x) { return x * (180.0 / 3.141592653589793); }
static double to_radians(double x) { return x * (3.141592653589793 / 180.0); }

#define UNARY(cname, name, fn, can_overflow)                                                   \
    static int cname(ClState *S, Value *args, int argc, Value *result)                        \
    {                                                                                          \
        return unary(S, name, fn, can_overflow, args, result);                                 \
    }

UNARY(math_sin, "sin", sin, false)
UNARY(math_cos, "cos", cos, false)
UNARY(math_tan, "tan", tan, false)
UNARY(math_asin, "asin", asin, false)
UNARY(math_acos, "acos", acos, false)
UNARY(math_atan, "atan", atan, false)
UNARY(math_exp, "exp", exp, true)
UNARY(math_sqrt, "sqrt", sqrt, false)
UNARY(math_degrees, "degrees", to_degrees, true)
UNARY(math_radians, "radians", to_radians, true)

// Reads the two float arguments of atan2, hypot and pow.
static ClStatus two_doubles(ClState *S, const char *name, const Value *args, double *x)
{
    TRY(cl_arg_double(S, name, args, 0, &x[0]));
    return cl_arg_double(S, name, args, 1, &x[1]);
}

// (atan2 Y X): the angle of the point (X, Y).
static int math_atan2(ClState *S, Value *args, int argc, Value *result)
{
    double x[2];
    TRY(two_doubles(S, "atan2", args, x));
    return float_result(S, "atan2", args, 2, x, atan2(x[0], x[1]), true, result);
}

static int math_hypot(ClState *S, Value *args, int argc, Value *result)
{
    double x[2];
    TRY(two_doubles(S, "hypot", args, x));
    return float_result(S, "hypot", args, 2, x, hypot(x[0], x[1]), true, result);
}

// (pow X Y) as C pow. An infinite result from finite arguments is 0 to a negative power (a
// domain error, as Python's math.pow) or an overflow.
static int math_pow(ClState *S, Value *args, int argc, Value *result)
{
    double x[2];
    TRY(two_doubles(S, "pow", args, x));
    return float_result(S, "pow", args, 2, x, pow(x[0], x[1]), x[0] != 0.0, result);
}

// log, log2 and log10. Ints are not converted to floats first, so that any size works
// (the log10 of the int 10^400 is 400.0); an int <= 0 is a domain error.
static int logarithm(ClState *S, const char *name, NumLogBase base, UnaryFn fn, Value *args,
                     Value *result)
{
    Value v = args[0];
    if (cl_is_float(v)) {
        double x = cl_float_value(v);
        return float_result(S, name, args, 1, &x, fn(x), false, result);
    }
    if (cl_is_small_int(v)) {
        if (cl_small_int(v) <= 0)
            return domain_error(S, name, args, 1);
        return cl_float_new(S, fn((double)cl_small_int(v)), result);
    }
    if (!cl_is_bigint(v))
        return cl_type_error_arg(S, name, 1, "a number", v);
    double r;
    if (cl_num_big_log(&((BigInt *)cl_as_object(v))->n, base, &r) != NUM_OK)
        return domain_error(S, name, args, 1);
    return cl_float_new(S, r, result);
}

static int math_log(ClState *S, Value *args, int argc, Value *result)
{
    return logarithm(S, "log", NUM_LOG_E, log, args, result);
}

static int math_log2(ClState *S, Value *args, int argc, Value *result)
{
    return logarithm(S, "log2", NUM_LOG_2, log2, args, result);
}

static int math_log10(ClState *S, Value *args, int argc, Value *result)
{
    return logarithm(S, "log10", NUM_LOG_10, log10, args, result);
}

// The constants are functions of no arguments.
static int math_pi(ClState *S, Value *args, int argc, Value *result)
{
    return cl_float_new(S, 3.141592653589793, result);
}

static int math_e(ClState *S, Value *args, int argc, Value *result)
{
    return cl_float_new(S, 2.718281828459045, result);
}

static int math_tau(ClState *S, Value *args, int argc, Value *result)
{
    return cl_float_new(S, 6.283185307179586, result);
}

// ---------------------------------------------------------------------------------------------
// Rounding (§9.3)

static ClStatus no_memory(ClState *S, const char *name)
{
    return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory in %s", name);
}

// The int that `x` rounds to by `mode`, exactly, whatever its size: nan is value-error and the
// infinities overflow-error. May collect.
static ClStatus double_to_int(ClState *S, const char *name, double x, NumRounding mode,
                              Value *result)
{
    int64_t n;
    NumStatus st = cl_num_double_to_int64(x, mode, &n);
    if (st == NUM_OK)
        return cl_int_from_int64(S, n, result);
    if (st == NUM_DOMAIN)
        return cl_raisef(S, CL_ERR_VALUE_ERROR, "%s: cannot convert nan to an int", name);
    if (isinf(x))
        return cl_raisef(S, CL_ERR_OVERFLOW_ERROR, "%s: cannot convert %s to an int", name,
                         x > 0 ? "inf" : "-inf");
    mp_int m;
    if (mp_init(&m) != MP_OKAY)
        return no_memory(S, name);
    if (cl_num_double_to_big(x, mode, &m) != NUM_OK) {
        mp_clear(&m);
        return no_memory(S, name);
    }
    return cl_int_from_mp(S, &m, result);
}

// floor, ceil and round: an int is returned unchanged, a float becomes an int.
static int to_int(ClState *S, const char *name, NumRounding mode, Value *args, Value *result)
{
    if (cl_is_int(args[0])) {
        *result = args[0];
        return CL_OK;
    }
    if (!cl_is_float(args[0]))
        return cl_type_error_arg(S, name, 1, "a number", args[0]);
    return double_to_int(S, name, cl_float_value(args[0]), mode, result);
}

static int math_floor(ClState *S, Value *args, int argc, Value *result)
{
    return to_int(S, "floor", NUM_FLOOR, args, result);
}

static int math_ceil(ClState *S, Value *args, int argc, Value *result)
{
    return to_int(S, "ceil", NUM_CEIL, args, result);
}

static int math_round(ClState *S, Value *args, int argc, Value *result)
{
    return to_int(S, "round", NUM_ROUND_EVEN, args, result);
}

// (round-to X N) for an int X: exact, any size. May collect.
static ClStatus round_int_to(ClState *S, Value x, int64_t places, Value *result)
{
    int64_t r;
    if (cl_is_small_int(x) && cl_num_round_to_int64(cl_small_int(x), places, &r) == NUM_OK)
        return cl_int_from_int64(S, r, result);
    mp_int m;
    if (mp_init(&m) != MP_OKAY)
        return no_memory(S, "round-to");
    if (cl_int_to_mp(S, x, &m) != CL_OK) {
        mp_clear(&m);
        return CL_ERROR;
    }
    if (cl_num_round_to_big(&m, places, &m) != NUM_OK) {
        mp_clear(&m);
        return no_memory(S, "round-to");
    }
    return cl_int_from_mp(S, &m, result);
}

// (round-to X N): X rounded to N decimal places (N < 0 rounds to tens, hundreds ...), halves
// to even on the exact value, the type of X kept. A bignum N is as good as +-infinity.
static int math_round_to(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_number(S, "round-to", args, 0));
    TRY(cl_arg_int(S, "round-to", args, 1));
    int64_t places = cl_is_small_int(args[1]) ? cl_small_int(args[1])
                     : cl_int_sign(args[1]) < 0 ? INT64_MIN
                                                : INT64_MAX;
    if (cl_is_int(args[0]))
        return round_int_to(S, args[0], places, result);
    double r;
    NumStatus st = cl_num_round_to_double(cl_float_value(args[0]), places, &r);
    if (st == NUM_OVERFLOW)
        return call_error(S, CL_ERR_OVERFLOW_ERROR, "rounded value too large for a float",
                          "round-to", args, 2);
    if (st != NUM_OK)
        return no_memory(S, "round-to");
    return cl_float_new(S, r, result);
}

// ---------------------------------------------------------------------------------------------
// Integers: factorial, gcd, lcm

// The largest N whose N! we compute: 10^8! has about 7.6 * 10^8 digits (300 MB). Beyond it,
// overflow-error rather than minutes of work towards an out-of-memory.
#define FACTORIAL_MAX 100000000

// Sets `out` (initialised) to lo * (lo + 1) * ... * hi, lo <= hi, by binary splitting so that
// the big multiplications are between numbers of similar size.
static mp_err range_product(uint64_t lo, uint64_t hi, mp_int *out)
{
    mp_err e = MP_OKAY;
    if (hi - lo < 16) {
        mp_set_u64(out, lo);
        for (uint64_t k = lo + 1; k <= hi && e == MP_OKAY; k++)
            e = mp_mul_d(out, (mp_digit)k, out);
        return e;
    }
    uint64_t middle = lo + (hi - lo) / 2;
    mp_int right;
    if ((e = mp_init(&right)) != MP_OKAY)
        return e;
    e = range_product(lo, middle, out);
    if (e == MP_OKAY)
        e = range_product(middle + 1, hi, &right);
    if (e == MP_OKAY)
        e = mp_mul(out, &right, out);
    mp_clear(&right);
    return e;
}

// (factorial N): N! exactly. A negative N is value-error, a non-int type-error.
static int math_factorial(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_int(S, "factorial", args, 0));
    if (cl_int_sign(args[0]) < 0)
        return call_error(S, CL_ERR_VALUE_ERROR, "factorial of a negative number", "factorial",
                          args, 1);
    if (cl_is_bigint(args[0]) || cl_small_int(args[0]) > FACTORIAL_MAX)
        return call_error(S, CL_ERR_OVERFLOW_ERROR, "factorial argument too large",
                          "factorial", args, 1);
    int64_t n = cl_small_int(args[0]);
    if (n <= 20) {  // 20! < 2^63
        int64_t product = 1;
        for (int64_t k = 2; k <= n; k++)
            product *= k;
        return cl_int_from_int64(S, product, result);
    }
    mp_int m;
    if (mp_init(&m) != MP_OKAY)
        return no_memory(S, "factorial");
    if (range_product(1, (uint64_t)n, &m) != MP_OKAY) {
        mp_clear(&m);
        return no_memory(S, "factorial");
    }
    return cl_int_from_mp(S, &m, result);
}

// The magnitude of a small int (at most 2^62).
static uint64_t magnitude(Value v)
{
    int64_t n = cl_small_int(v);
    return n < 0 ? -(uint64_t)n : (uint64_t)n;
}

// Euclid's algorithm on magnitudes.
static uint64_t gcd_u64(uint64_t a, uint64_t b)
{
    while (b != 0) {
        uint64_t r = a % b;
        a = b;
        b = r;
    }
    return a;
}

typedef mp_err (*BigOp)(const mp_int *, const mp_int *, mp_int *);

// gcd/lcm of two ints of which at least one is big, by libtommath. May collect.
static ClStatus big_op(ClState *S, const char *name, BigOp op, const Value *args, Value *result)
{
    mp_int a, b, r;
    if (mp_init_multi(&a, &b, &r, NULL) != MP_OKAY)
        return no_memory(S, name);
    mp_err e = MP_MEM;
    if (cl_int_to_mp(S, args[0], &a) == CL_OK && cl_int_to_mp(S, args[1], &b) == CL_OK)
        e = op(&a, &b, &r);
    if (e == MP_OKAY)
        e = mp_abs(&r, &r);
    mp_clear_multi(&a, &b, NULL);
    if (e != MP_OKAY) {
        mp_clear(&r);
        return no_memory(S, name);
    }
    return cl_int_from_mp(S, &r, result);
}

// Checks that both arguments of gcd/lcm are ints (floats too are type-error).
static ClStatus two_ints(ClState *S, const char *name, const Value *args)
{
    TRY(cl_arg_int(S, name, args, 0));
    return cl_arg_int(S, name, args, 1);
}

// (gcd A B): the greatest common divisor, >= 0; (gcd 0 0) => 0.
static int math_gcd(ClState *S, Value *args, int argc, Value *result)
{
    TRY(two_ints(S, "gcd", args));
    if (cl_both_small_ints(args[0], args[1]))
        return cl_int_from_int64(S, (int64_t)gcd_u64(magnitude(args[0]), magnitude(args[1])),
                                 result);
    return big_op(S, "gcd", mp_gcd, args, result);
}

// (lcm A B): the least common multiple, >= 0; 0 when either is 0.
static int math_lcm(ClState *S, Value *args, int argc, Value *result)
{
    TRY(two_ints(S, "lcm", args));
    if (cl_int_sign(args[0]) == 0 || cl_int_sign(args[1]) == 0) {
        *result = cl_from_small_int(0);
        return CL_OK;
    }
    if (cl_both_small_ints(args[0], args[1])) {
        uint64_t a = magnitude(args[0]), b = magnitude(args[1]);
        uint64_t part = a / gcd_u64(a, b);
        if (part <= (uint64_t)INT64_MAX / b)
            return cl_int_from_int64(S, (int64_t)(part * b), result);
    }
    return big_op(S, "lcm", mp_lcm, args, result);
}

// ---------------------------------------------------------------------------------------------
// Lists of numbers

typedef ClStatus (*NumOp)(ClState *S, Value a, Value b, Value *out);

// `start` combined with the elements of the list args[0] by `op`, left to right. Elements
// must be numbers. May collect.
static ClStatus accumulate(ClState *S, const char *name, Value start, NumOp op, Value *args,
                           Value *result)
{
    TRY(cl_arg_list(S, name, args, 0));
    Value acc = start;
    RootMark mark = cl_root(S, &acc);
    ClStatus status = CL_OK;
    for (Value l = args[0]; cl_is_cell(l) && status == CL_OK; l = cl_as_cell(l)->tail) {
        Value x = cl_as_cell(l)->head;
        if (!cl_is_number(x))
            status = cl_type_error_arg(S, name, 1, "a list of numbers", args[0]);
        else
            status = op(S, acc, x, &acc);
    }
    cl_unroot(S, mark);
    *result = acc;
    return status;
}

// (sum L): 0 + each element, left to right, so a float anywhere makes the rest float.
static int math_sum(ClState *S, Value *args, int argc, Value *result)
{
    return accumulate(S, "sum", cl_from_small_int(0), cl_num_add, args, result);
}

static int math_product(ClState *S, Value *args, int argc, Value *result)
{
    return accumulate(S, "product", cl_from_small_int(1), cl_num_mul, args, result);
}

// (mean L): (/ (sum L) (length L)), always a float; [] is value-error.
static int math_mean(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_list(S, "mean", args, 0));
    if (args[0] == CL_EMPTY)
        return cl_raisef(S, CL_ERR_VALUE_ERROR, "mean of an empty list");
    Value total;
    TRY(accumulate(S, "mean", cl_from_small_int(0), cl_num_add, args, &total));
    uint64_t count = cl_list_length(args[0]);
    return cl_num_div(S, total, cl_from_small_int((int64_t)count), result);
}

// (clamp X LO HI): (max LO (min X HI)) with the tie rules of min and max (the first of equal
// values wins), by the ordering of §8.3: (clamp 2.5 0 1) => 1, (clamp 5 10 3) => 10.
static int math_clamp(ClState *S, Value *args, int argc, Value *result)
{
    int c;
    Value low = args[0];
    TRY(cl_compare(S, args[2], low, &c));
    if (c == -1)
        low = args[2];
    TRY(cl_compare(S, low, args[1], &c));
    *result = c == 1 ? low : args[1];
    return CL_OK;
}

static const LibFunction math_functions[] = {
    {"sin", math_sin, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"cos", math_cos, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"tan", math_tan, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"asin", math_asin, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"acos", math_acos, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"atan", math_atan, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"atan2", math_atan2, 2, 2, CL_EFFECT_ERROR, 1, NULL},
    {"exp", math_exp, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"log", math_log, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"log10", math_log10, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"log2", math_log2, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"pow", math_pow, 2, 2, CL_EFFECT_ERROR, 1, NULL},
    {"sqrt", math_sqrt, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"floor", math_floor, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"ceil", math_ceil, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"round", math_round, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"round-to", math_round_to, 2, 2, CL_EFFECT_ERROR, 1, NULL},
    {"pi", math_pi, 0, 0, CL_EFFECT_PURE, 1, NULL},
    {"e", math_e, 0, 0, CL_EFFECT_PURE, 1, NULL},
    {"tau", math_tau, 0, 0, CL_EFFECT_PURE, 1, NULL},
    {"degrees", math_degrees, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"radians", math_radians, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"hypot", math_hypot, 2, 2, CL_EFFECT_ERROR, 1, NULL},
    {"factorial", math_factorial, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"gcd", math_gcd, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"lcm", math_lcm, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"sum", math_sum, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"product", math_product, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"mean", math_mean, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"clamp", math_clamp, 3, 3, CL_EFFECT_PURE, 1, NULL},
};

ClStatus cl_lib_math_open(ClState *S)
{
    return cl_lib_define(S, math_functions, LIB_COUNT(math_functions));
}
