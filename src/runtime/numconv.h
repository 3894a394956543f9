// numconv.h: exact conversions between doubles, int64_t and libtommath's mp_int, the numeric
// layer under the value types (§9 of LANGUAGE.md): float text as Python's repr, float literals,
// correctly rounded int -> float and int / int, exact int-float comparison, rounding, floor
// division and modulo, int text and logarithms of big ints. Pure C: no Value, no state.
#ifndef CL_RUNTIME_NUMCONV_H
#define CL_RUNTIME_NUMCONV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <tommath.h>

// The outcome of a conversion that can fail. Each failure maps to one error kind.
typedef enum NumStatus {
    NUM_OK = 0,   // done; the output is set
    NUM_OVERFLOW, // beyond the range of the result type: overflow-error, or for the int64
                  // variants below "does not fit, use the mp_int variant"
    NUM_DOMAIN,   // no such value (NaN where a number is needed, malformed text): value-error
    NUM_NOMEM,    // libtommath could not allocate (its MP_MEM): out-of-memory
} NumStatus;

// The order of two numbers; NUM_UNORDERED when one of them is NaN.
typedef enum NumOrder {
    NUM_LESS = -1,
    NUM_EQUAL = 0,
    NUM_GREATER = 1,
    NUM_UNORDERED = 2,
} NumOrder;

// How a double becomes an integer: `floor`, `ceil`, `round` (halves to even), `to-int`.
typedef enum NumRounding { NUM_FLOOR, NUM_CEIL, NUM_ROUND_EVEN, NUM_TRUNCATE } NumRounding;

// The base of a logarithm.
typedef enum NumLogBase { NUM_LOG_E, NUM_LOG_2, NUM_LOG_10 } NumLogBase;

// ---------------------------------------------------------------------------------------------
// Float text

// Bytes a buffer needs for cl_num_float_text: the longest text ("-2.2250738585072014e-308")
// is 24 characters, 25 with the NUL; 32 leaves room.
#define CL_NUM_FLOAT_TEXT_SIZE 32

// Writes the text of `x` exactly as Python's repr (§9.4: `0.1`, `1.0`, `1e+16`, `-0.0`, `nan`,
// `inf`) into `buffer` (at least CL_NUM_FLOAT_TEXT_SIZE bytes), NUL-terminated, and returns
// its length. Never fails, allocates nothing.
size_t cl_num_float_text(double x, char *buffer);

// The shortest decimal digits that read back as |x| (the closest such string when several
// have that length): writes them to `digits` (at least 17 bytes, no NUL), sets *point so
// that |x| = 0.DIGITS * 10^point, and returns their count (1 to 17). Zero gives "0" with point
// 1; NaN and the infinities give a count of 0. The fast method (Grisu3) falls back to the
// exact one when it cannot prove its answer. Allocates nothing.
int cl_num_float_digits(double x, char *digits, int *point);

// The same as cl_num_float_digits by the slow exact method alone (bignum arithmetic on the
// whole interval, about 100 times slower). For tests that check the fast method against it.
int cl_num_float_digits_exact(double x, char *digits, int *point);

// ---------------------------------------------------------------------------------------------
// Float literals and int -> float

// Reads the `length` bytes at `text` (no NUL needed, no locale) as a float literal of §2.4,
// ["-"] digit+ ["." digit*] [("e"|"E") ["+"|"-"] digit+], a plain integer included, and sets
// *out to the nearest double (ties to even): too large gives +-inf, too small +-0.0 or a
// subnormal, "-0.0" negative zero. NUM_DOMAIN if the text is not of that form; NUM_NOMEM when
// the exact slow path (more than 15 significant digits or a large exponent) cannot allocate.
NumStatus cl_num_parse_float(const char *text, size_t length, double *out);

// The double nearest to `a`, ties to even (§9.1); exact when |a| <= 2^53.
static inline double cl_num_int64_to_double(int64_t a)
{
    return (double)a;
}

// Sets *out to the double nearest to `a` (ties to even). NUM_OVERFLOW when that is 2^1024 or
// more in magnitude (§9.1: an int of 400 digits; 2^1024 - 2^970 already rounds up to it).
// Allocates nothing.
NumStatus cl_num_big_to_double(const mp_int *a, double *out);

// The correctly rounded quotient a / b of two int64 (§9.2: `(/ 7 2)` => 3.5), -0.0 when a is 0
// and b negative as in Python. b must not be 0 (the caller raises division-by-zero). Never
// fails, allocates nothing.
double cl_num_divide_int64(int64_t a, int64_t b);

// Sets *out to the correctly rounded quotient a / b of two ints of any size (ties to even,
// subnormal and zero results included). b must not be 0. NUM_OVERFLOW when the quotient rounds
// to 2^1024 or more in magnitude; NUM_NOMEM.
NumStatus cl_num_divide_big(const mp_int *a, const mp_int *b, double *out);

// ---------------------------------------------------------------------------------------------
// Comparison (§8.2, §8.3): exact, never through a conversion to float

// The order of the int `a` and the double `x` by mathematical value; NUM_UNORDERED if x is
// NaN. `(== 9007199254740993 9007199254740992.0)` is NUM_GREATER.
NumOrder cl_num_compare_int64_double(int64_t a, double x);

// The same for an int of any size: `(< 1e20 100000000000000000001)` is NUM_GREATER for
// (100000000000000000001, 1e20). Allocates nothing.
NumOrder cl_num_compare_big_double(const mp_int *a, double x);

// ---------------------------------------------------------------------------------------------
// Double -> int (§9.3, §15.5)

// Sets *out to `x` rounded to an integer by `mode`. NUM_DOMAIN for NaN; NUM_OVERFLOW for an
// infinity or a result outside int64: for a finite x, call cl_num_double_to_big then.
NumStatus cl_num_double_to_int64(double x, NumRounding mode, int64_t *out);

// Sets `out` (an initialised mp_int) to `x` rounded to an integer by `mode`, exactly
// (`(round 1e300)`). NUM_DOMAIN for NaN, NUM_OVERFLOW for an infinity, NUM_NOMEM.
NumStatus cl_num_double_to_big(double x, NumRounding mode, mp_int *out);

// True when `a` fits in int64, and then sets *out to it.
bool cl_num_big_get_int64(const mp_int *a, int64_t *out);

// ---------------------------------------------------------------------------------------------
// round-to (§9.3, §15.11): the exact value rounded to `places` decimal places, halves to even,
// as Python's round(x, n). A caller whose N is a bignum passes INT64_MIN or INT64_MAX.

// Sets *out to `x` rounded to `places` places, then the nearest double: `(round-to 2.675 2)`
// => 2.67, `(round-to 1250.0 -2)` => 1200.0, -0.4 to 0 places => -0.0; NaN and infinities are
// returned unchanged. NUM_OVERFLOW when the rounded value is beyond the double range (1.7e308
// to -308 places); NUM_NOMEM.
NumStatus cl_num_round_to_double(double x, int64_t places, double *out);

// Sets *out to the int `a` rounded to `places` places (unchanged if places >= 0):
// (1250, -2) => 1200, (1350, -2) => 1400, (-1250, -2) => -1200. NUM_OVERFLOW when the result
// does not fit in int64 (call cl_num_round_to_big then).
NumStatus cl_num_round_to_int64(int64_t a, int64_t places, int64_t *out);

// The same for an int of any size, into `out` (an initialised mp_int, may be `a`). NUM_NOMEM.
NumStatus cl_num_round_to_big(const mp_int *a, int64_t places, mp_int *out);

// ---------------------------------------------------------------------------------------------
// Floor division and modulo (§9.2)

// Python's float `a % b`: the result has the sign of b, a zero result too:
// (-7.5, 2) => 0.5, (7.5, -2) => -0.5, (0.0, -5) => -0.0. b must not be 0.
double cl_num_float_mod(double a, double b);

// Sets *out to floor(a / b): (-7, 2) => -4. b must not be 0. NUM_OVERFLOW for INT64_MIN / -1,
// whose quotient 2^63 needs a bignum.
NumStatus cl_num_floor_div_int64(int64_t a, int64_t b, int64_t *out);

// a - b * floor(a / b), with the sign of b: (-7, 3) => 2, (7, -3) => -2. b must not be 0.
// Never overflows (INT64_MIN mod -1 is 0).
int64_t cl_num_floor_mod_int64(int64_t a, int64_t b);

// Sets `quotient` to floor(a / b) and `remainder` to a - b * quotient (the sign of b); either
// may be NULL, and they may alias the inputs. b must not be 0. NUM_NOMEM.
NumStatus cl_num_floor_divmod_big(const mp_int *a, const mp_int *b, mp_int *quotient,
                                  mp_int *remainder);

// ---------------------------------------------------------------------------------------------
// Int text

// Bytes a buffer needs for cl_num_int64_text: "-9223372036854775808" and the NUL.
#define CL_NUM_INT64_TEXT_SIZE 21

// Writes `value` in decimal into `buffer` (at least CL_NUM_INT64_TEXT_SIZE bytes),
// NUL-terminated, and returns its length.
size_t cl_num_int64_text(int64_t value, char *buffer);

// An upper bound on the bytes cl_num_big_text writes for `a`: sign, digits and NUL.
size_t cl_num_big_text_size(const mp_int *a);

// Writes `a` in decimal ("-" for negatives, no leading zeros) into `buffer` of `size` bytes,
// NUL-terminated, and sets *length to the length without the NUL. NUM_OVERFLOW if `size` is
// below cl_num_big_text_size(a); NUM_NOMEM.
NumStatus cl_num_big_text(const mp_int *a, char *buffer, size_t size, size_t *length);

// Reads the `length` bytes at `text` as ["-"] digit+, or also ["+"] digit+ when `allow_plus`
// (`to-int`, §15.5), leading zeros allowed ("-0" is 0), into *out. NUM_DOMAIN for any other
// text (empty, spaces, other characters); NUM_OVERFLOW when the value does not fit in int64
// (call cl_num_parse_big then).
NumStatus cl_num_parse_int64(const char *text, size_t length, bool allow_plus, int64_t *out);

// The same for an int of any size, into `out` (an initialised mp_int). NUM_DOMAIN, NUM_NOMEM.
NumStatus cl_num_parse_big(const char *text, size_t length, bool allow_plus, mp_int *out);

// ---------------------------------------------------------------------------------------------
// Logarithms of ints (§15.11)

// Sets *out to the logarithm of `a` in `base` without converting a huge `a` to a double first,
// with Python's math.log/log2/log10 results: for 10^400, log10 gives 400.0. NUM_DOMAIN when
// a <= 0. Allocates nothing.
NumStatus cl_num_big_log(const mp_int *a, NumLogBase base, double *out);

#endif
