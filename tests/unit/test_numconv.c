// test_numconv.c: unit tests of the exact numeric conversions (src/runtime/numconv.c). The
// tables at the end hold expected values computed with CPython 3.11, the reference for every
// rule here (repr, float(), int / int, round, divmod, math.log); the tests need no Python.
#include "runtime/numconv.h"

#include <criterion/criterion.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// An int written compactly as sign * (m * 2^shift + delta), wide ints included.
typedef struct IntSpec {
    int sign;
    uint64_t m;
    int shift;
    int64_t delta;
} IntSpec;

typedef struct ReprCase {
    uint64_t bits;
    const char *text;
} ReprCase;

typedef struct ParseCase {
    const char *text;
    uint64_t bits;
} ParseCase;

typedef struct BigDoubleCase {
    IntSpec a;
    uint64_t bits;
    NumStatus status;
} BigDoubleCase;

typedef struct DivideCase {
    IntSpec a, b;
    uint64_t bits;
    NumStatus status;
} DivideCase;

typedef struct Int64DivideCase {
    int64_t a, b;
    uint64_t bits;
} Int64DivideCase;

typedef struct CompareCase {
    IntSpec a;
    uint64_t bits;
    NumOrder order;
} CompareCase;

typedef struct RoundCase {
    uint64_t bits;
    NumRounding mode;
    const char *text;
    NumStatus status;
} RoundCase;

typedef struct RoundToCase {
    uint64_t bits;
    int64_t places;
    uint64_t expected;
    NumStatus status;
} RoundToCase;

typedef struct RoundToIntCase {
    const char *a;
    int64_t places;
    const char *expected;
} RoundToIntCase;

typedef struct ModCase {
    uint64_t a, b, expected;
} ModCase;

typedef struct FloorCase {
    const char *a, *b, *quotient, *remainder;
} FloorCase;

typedef struct LogCase {
    uint32_t base_of_power;
    uint32_t exponent;
    int64_t delta;
    NumLogBase base;
    uint64_t bits;
    NumStatus status;
} LogCase;

extern const ReprCase repr_cases[];
extern const ParseCase parse_cases[];
extern const BigDoubleCase big_double_cases[];
extern const DivideCase divide_cases[];
extern const Int64DivideCase int64_divide_cases[];
extern const CompareCase compare_cases[];
extern const RoundCase round_cases[];
extern const RoundToCase round_to_cases[];
extern const RoundToIntCase round_to_int_cases[];
extern const ModCase mod_cases[];
extern const FloorCase floor_cases[];
extern const LogCase log_cases[];
extern const size_t repr_cases_count, parse_cases_count, big_double_cases_count,
    divide_cases_count, int64_divide_cases_count, compare_cases_count, round_cases_count,
    round_to_cases_count, round_to_int_cases_count, mod_cases_count, floor_cases_count,
    log_cases_count;

// ---------------------------------------------------------------------------------------------
// Helpers

#define MP_OK(call) cr_assert_eq((call), MP_OKAY, "%s failed", #call)

// The double with the bit pattern `bits`.
static double from_bits(uint64_t bits)
{
    double x;
    memcpy(&x, &bits, sizeof x);
    return x;
}

// The bit pattern of `x`.
static uint64_t to_bits(double x)
{
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    return bits;
}

// A xorshift64 generator with a fixed seed, so every run sees the same values.
static uint64_t random_state = UINT64_C(0x9E3779B97F4A7C15);

// The next pseudo-random 64-bit number.
static uint64_t next_random(void)
{
    random_state ^= random_state << 13;
    random_state ^= random_state >> 7;
    random_state ^= random_state << 17;
    return random_state;
}

// A pseudo-random finite double: half with any bit pattern, half with exponents near 1.
static double random_double(void)
{
    for (;;) {
        uint64_t bits = next_random();
        if (bits & 1)
            bits = (bits & UINT64_C(0x800FFFFFFFFFFFFF)) | ((0x3C0 + (next_random() % 0x80)) << 52);
        if (((bits >> 52) & 0x7FF) != 0x7FF)
            return from_bits(bits);
    }
}

// Sets `out` to the int `spec` describes.
static void make_int(mp_int *out, IntSpec spec)
{
    mp_int delta;
    MP_OK(mp_init_i64(&delta, spec.delta));
    mp_set_u64(out, spec.m);
    MP_OK(mp_mul_2d(out, spec.shift, out));
    MP_OK(mp_add(out, &delta, out));
    if (spec.sign < 0)
        MP_OK(mp_neg(out, out));
    mp_clear(&delta);
}

// Sets `out` to the int written in decimal in `text`.
static void set_text(mp_int *out, const char *text)
{
    cr_assert_eq(cl_num_parse_big(text, strlen(text), false, out), NUM_OK, "parse %s", text);
}

// The decimal text of `a` in a buffer the caller frees.
static char *big_text(const mp_int *a)
{
    size_t size = cl_num_big_text_size(a), length;
    char *buffer = malloc(size);
    cr_assert_not_null(buffer);
    cr_assert_eq(cl_num_big_text(a, buffer, size, &length), NUM_OK);
    cr_assert_eq(length, strlen(buffer));
    return buffer;
}

// Asserts that `a` has the decimal text `expected`.
static void assert_text(const mp_int *a, const char *expected, const char *context)
{
    char *text = big_text(a);
    cr_assert_str_eq(text, expected, "%s: got %s, expected %s", context, text, expected);
    free(text);
}

// Asserts that `got` and `expected` are the same double, bit for bit (NaNs: both NaN).
static void assert_same_double(double got, double expected, const char *context)
{
    if (isnan(expected)) {
        cr_assert(isnan(got), "%s: got %.17g, expected nan", context, got);
        return;
    }
    cr_assert_eq(to_bits(got), to_bits(expected), "%s: got %.17g (%016" PRIx64 "), expected %.17g",
                 context, got, to_bits(got), expected);
}

// The float text of `x`, in a static buffer.
static const char *float_text(double x)
{
    static char buffer[CL_NUM_FLOAT_TEXT_SIZE];
    size_t length = cl_num_float_text(x, buffer);
    cr_assert_eq(length, strlen(buffer));
    return buffer;
}

// Parses `text` as a float literal, asserting success.
static double parse_float(const char *text)
{
    double x = -12345.0;
    cr_assert_eq(cl_num_parse_float(text, strlen(text), &x), NUM_OK, "parse %s", text);
    return x;
}

// ---------------------------------------------------------------------------------------------
// Float text

Test(float_text, language_examples)
{
    static const struct {
        double x;
        const char *text;
    } examples[] = {
        {1.0, "1.0"},
        {0.5, "0.5"},
        {0.0001, "0.0001"},
        {1000000000000000.0, "1000000000000000.0"},
        {0.1 + 0.2, "0.30000000000000004"},
        {1e16, "1e+16"},
        {1e-5, "1e-05"},
        {6.02e23, "6.02e+23"},
        {123456789012345678.0, "1.2345678901234568e+17"},
        {1e300, "1e+300"},
        {-0.0, "-0.0"},
        {0.0, "0.0"},
        {0.1, "0.1"},
        {-1.5, "-1.5"},
        {3.141592653589793, "3.141592653589793"},
        {5e-324, "5e-324"},
        {1.7976931348623157e308, "1.7976931348623157e+308"},
        {-2.2250738585072014e-308, "-2.2250738585072014e-308"},
        {INFINITY, "inf"},
        {-INFINITY, "-inf"},
    };
    for (size_t i = 0; i < sizeof examples / sizeof examples[0]; i++)
        cr_assert_str_eq(float_text(examples[i].x), examples[i].text);
}

Test(float_text, every_nan_is_nan)
{
    cr_assert_str_eq(float_text(NAN), "nan");
    cr_assert_str_eq(float_text(-NAN), "nan");
    cr_assert_str_eq(float_text(from_bits(UINT64_C(0x7FF0000000000001))), "nan");
    cr_assert_str_eq(float_text(from_bits(UINT64_C(0xFFFFFFFFFFFFFFFF))), "nan");
}

Test(float_text, python_table)
{
    for (size_t i = 0; i < repr_cases_count; i++) {
        const char *text = float_text(from_bits(repr_cases[i].bits));
        cr_assert_str_eq(text, repr_cases[i].text, "%016" PRIx64 ": got %s, expected %s",
                         repr_cases[i].bits, text, repr_cases[i].text);
    }
}

Test(float_text, fits_the_documented_size)
{
    size_t longest = 0;
    for (int i = 0; i < 100000; i++) {
        size_t length = strlen(float_text(-random_double()));
        longest = length > longest ? length : longest;
    }
    cr_assert_leq(longest, 24);
    cr_assert_eq(strlen(float_text(-2.2250738585072014e-308)), 24);
    cr_assert_lt(25, CL_NUM_FLOAT_TEXT_SIZE + 1);
}

// Asserts that the fast digits of `x` equal the exact ones.
static void assert_fast_digits_exact(double x)
{
    char fast[17], exact[17];
    int fast_point, exact_point;
    int fast_count = cl_num_float_digits(x, fast, &fast_point);
    int exact_count = cl_num_float_digits_exact(x, exact, &exact_point);
    cr_assert(fast_count == exact_count && fast_point == exact_point &&
                  memcmp(fast, exact, (size_t)fast_count) == 0,
              "%016" PRIx64 ": fast %.*s e%d, exact %.*s e%d", to_bits(x), fast_count, fast,
              fast_point, exact_count, exact, exact_point);
    cr_assert(fast_count >= 1 && fast_count <= 17);
}

Test(float_text, fast_digits_match_exact_digits)
{
    for (int i = 0; i < 300000; i++)
        assert_fast_digits_exact(random_double());
    for (uint64_t bits = 0; bits < 2047 * (UINT64_C(1) << 52); bits += UINT64_C(1) << 52) {
        // Every power of two and its neighbours: the lopsided intervals.
        for (int delta = -2; delta <= 2; delta++)
            if (bits > 2 || delta >= 0)
                assert_fast_digits_exact(from_bits(bits + (uint64_t)delta));
    }
}

Test(float_text, reads_back)
{
    for (int i = 0; i < 300000; i++) {
        double x = random_double();
        assert_same_double(parse_float(float_text(x)), x, float_text(x));
    }
}

Test(float_text, digits_of_zero_and_non_finite)
{
    char digits[17];
    int point = 0;
    cr_assert_eq(cl_num_float_digits(-0.0, digits, &point), 1);
    cr_assert_eq(digits[0], '0');
    cr_assert_eq(point, 1);
    cr_assert_eq(cl_num_float_digits(INFINITY, digits, &point), 0);
    cr_assert_eq(cl_num_float_digits(NAN, digits, &point), 0);
    cr_assert_eq(cl_num_float_digits_exact(NAN, digits, &point), 0);
    cr_assert_eq(cl_num_float_digits(1234.5, digits, &point), 5);
    cr_assert_eq(memcmp(digits, "12345", 5), 0);
    cr_assert_eq(point, 4);
}

// ---------------------------------------------------------------------------------------------
// Float literals

Test(parse_float, python_table)
{
    for (size_t i = 0; i < parse_cases_count; i++)
        assert_same_double(parse_float(parse_cases[i].text), from_bits(parse_cases[i].bits),
                           parse_cases[i].text);
}

Test(parse_float, language_examples)
{
    assert_same_double(parse_float("1."), 1.0, "1.");
    assert_same_double(parse_float("1e3"), 1000.0, "1e3");
    assert_same_double(parse_float("1E3"), 1000.0, "1E3");
    assert_same_double(parse_float("-4e2"), -400.0, "-4e2");
    assert_same_double(parse_float("-0.0"), -0.0, "-0.0");
    assert_same_double(parse_float("1e400"), INFINITY, "1e400");
    assert_same_double(parse_float("-1e400"), -INFINITY, "-1e400");
    assert_same_double(parse_float("1e-400"), 0.0, "1e-400");
    assert_same_double(parse_float("4e-324"), 5e-324, "4e-324");
    assert_same_double(parse_float("42"), 42.0, "42");
}

Test(parse_float, extreme_exponents_and_lengths)
{
    assert_same_double(parse_float("1e99999999999999999999999"), INFINITY, "huge exponent");
    assert_same_double(parse_float("1e-99999999999999999999999"), 0.0, "tiny exponent");
    assert_same_double(parse_float("0e99999999999999999999999"), 0.0, "zero, huge exponent");
    assert_same_double(parse_float("-0.0000e-99999"), -0.0, "negative zero");
    static char text[4200];
    memcpy(text, "0.", 2);
    memset(text + 2, '0', 3999);
    memcpy(text + 4001, "1e4001", 7); // 10^-4000 * 10^4001
    assert_same_double(parse_float(text), 10.0, "4000 zeros");
    memset(text, '9', 4000);
    memcpy(text + 4000, "e-4000", 7); // 0.999...9 with 4000 nines: rounds to 1
    assert_same_double(parse_float(text), 1.0, "4000 nines");
}

Test(parse_float, reads_only_the_given_length)
{
    double x = 0;
    cr_assert_eq(cl_num_parse_float("1.5e3xyz", 5, &x), NUM_OK);
    assert_same_double(x, 1500.0, "prefix");
    cr_assert_eq(cl_num_parse_float("12345", 3, &x), NUM_OK);
    assert_same_double(x, 123.0, "digit prefix");
    cr_assert_eq(cl_num_parse_float("1e5", 2, &x), NUM_DOMAIN);
}

Test(parse_float, rejects_other_forms)
{
    static const char *const bad[] = {
        "",    "-",     "+1",   ".5",   "-.5",  "1e",   "1e+",   "1.5e-", "1..2", "1.2.3", "0x10",
        " 1",  "1 ",    "nan",  "inf",  "-inf", "1_0",  "--1",   "1e5.0", "e5",   "1,5",   "1.5f",
        "1e+-2", "\xd9\xa1",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        double x = 7.0;
        cr_assert_eq(cl_num_parse_float(bad[i], strlen(bad[i]), &x), NUM_DOMAIN, "'%s'", bad[i]);
        cr_assert_eq(x, 7.0);
    }
}

// ---------------------------------------------------------------------------------------------
// Int -> float

Test(int_to_double, python_table)
{
    mp_int a;
    MP_OK(mp_init(&a));
    for (size_t i = 0; i < big_double_cases_count; i++) {
        const BigDoubleCase *c = &big_double_cases[i];
        make_int(&a, c->a);
        double x = 0;
        NumStatus status = cl_num_big_to_double(&a, &x);
        cr_assert_eq(status, c->status, "case %zu", i);
        if (status == NUM_OK)
            assert_same_double(x, from_bits(c->bits), "int to double");
        int64_t small;
        if (cl_num_big_get_int64(&a, &small))
            assert_same_double(cl_num_int64_to_double(small), x, "int64 to double");
    }
    mp_clear(&a);
}

Test(int_to_double, decimal_sizes)
{
    mp_int a;
    MP_OK(mp_init(&a));
    double x = 0;
    MP_OK(mp_set_double(&a, 1e300)); // 301 digits
    cr_assert_eq(cl_num_big_to_double(&a, &x), NUM_OK);
    assert_same_double(x, 1e300, "10^300");
    static char digits[401];
    memset(digits, '9', 400);
    set_text(&a, digits);
    cr_assert_eq(cl_num_big_to_double(&a, &x), NUM_OVERFLOW, "400 digits");
    MP_OK(mp_neg(&a, &a));
    cr_assert_eq(cl_num_big_to_double(&a, &x), NUM_OVERFLOW, "-400 digits");
    mp_clear(&a);
}

Test(int_to_double, get_int64)
{
    static const struct {
        const char *text;
        bool fits;
        int64_t value;
    } cases[] = {
        {"0", true, 0},
        {"-1", true, -1},
        {"9223372036854775807", true, INT64_MAX},
        {"9223372036854775808", false, 0},
        {"-9223372036854775808", true, INT64_MIN},
        {"-9223372036854775809", false, 0},
        {"18446744073709551616", false, 0},
        {"-18446744073709551615", false, 0},
    };
    mp_int a;
    MP_OK(mp_init(&a));
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        set_text(&a, cases[i].text);
        int64_t value = 42;
        cr_assert_eq(cl_num_big_get_int64(&a, &value), cases[i].fits, "%s", cases[i].text);
        cr_assert_eq(value, cases[i].fits ? cases[i].value : 42);
    }
    mp_clear(&a);
}

// ---------------------------------------------------------------------------------------------
// Division

Test(divide, python_table)
{
    mp_int a, b;
    MP_OK(mp_init_multi(&a, &b, NULL));
    for (size_t i = 0; i < divide_cases_count; i++) {
        const DivideCase *c = &divide_cases[i];
        make_int(&a, c->a);
        make_int(&b, c->b);
        double x = 0;
        NumStatus status = cl_num_divide_big(&a, &b, &x);
        cr_assert_eq(status, c->status, "case %zu", i);
        if (status == NUM_OK)
            assert_same_double(x, from_bits(c->bits), "big / big");
        int64_t small_a, small_b;
        if (cl_num_big_get_int64(&a, &small_a) && cl_num_big_get_int64(&b, &small_b))
            assert_same_double(cl_num_divide_int64(small_a, small_b), x, "int64 / int64");
    }
    mp_clear_multi(&a, &b, NULL);
}

Test(divide, int64_python_table)
{
    for (size_t i = 0; i < int64_divide_cases_count; i++) {
        const Int64DivideCase *c = &int64_divide_cases[i];
        assert_same_double(cl_num_divide_int64(c->a, c->b), from_bits(c->bits), "int64 / int64");
    }
}

Test(divide, int64_agrees_with_big)
{
    mp_int a, b;
    MP_OK(mp_init_multi(&a, &b, NULL));
    for (int i = 0; i < 20000; i++) {
        int64_t x = (int64_t)next_random() >> (next_random() % 64);
        int64_t y = (int64_t)next_random() >> (next_random() % 64);
        if (y == 0)
            continue;
        mp_set_i64(&a, x);
        mp_set_i64(&b, y);
        double expected = 0;
        cr_assert_eq(cl_num_divide_big(&a, &b, &expected), NUM_OK);
        assert_same_double(cl_num_divide_int64(x, y), expected, "int64 / int64");
    }
    mp_clear_multi(&a, &b, NULL);
}

Test(divide, language_examples)
{
    mp_int a, b;
    MP_OK(mp_init_multi(&a, &b, NULL));
    double x = 0;
    assert_same_double(cl_num_divide_int64(7, 2), 3.5, "7 / 2");
    assert_same_double(cl_num_divide_int64(6, 3), 2.0, "6 / 3");
    assert_same_double(cl_num_divide_int64(0, -5), -0.0, "0 / -5");
    // A 400-digit int over a 399-digit one is finite.
    static char text[402];
    memset(text, '0', 401);
    memcpy(text, "7", 1);
    memcpy(text + 397, "0003", 4); // 7 * 10^399 + 3
    text[400] = '\0';
    set_text(&a, text);
    text[0] = '3';
    text[399] = '\0';
    memcpy(text + 396, "001", 3); // 3 * 10^398 + 1
    set_text(&b, text);
    cr_assert_eq(cl_num_divide_big(&a, &b, &x), NUM_OK);
    assert_same_double(x, 23.333333333333332, "400 digits / 399 digits");
    mp_set(&b, 1);
    cr_assert_eq(cl_num_divide_big(&a, &b, &x), NUM_OVERFLOW, "400 digits / 1");
    mp_set(&b, 1);
    MP_OK(mp_neg(&b, &b));
    cr_assert_eq(cl_num_divide_big(&b, &a, &x), NUM_OK);
    assert_same_double(x, -0.0, "-1 / 400 digits");
    mp_clear_multi(&a, &b, NULL);
}

// ---------------------------------------------------------------------------------------------
// Comparison

Test(compare, python_table)
{
    mp_int a;
    MP_OK(mp_init(&a));
    for (size_t i = 0; i < compare_cases_count; i++) {
        const CompareCase *c = &compare_cases[i];
        make_int(&a, c->a);
        double x = from_bits(c->bits);
        cr_assert_eq(cl_num_compare_big_double(&a, x), c->order, "case %zu", i);
        int64_t small;
        if (cl_num_big_get_int64(&a, &small))
            cr_assert_eq(cl_num_compare_int64_double(small, x), c->order, "int64 case %zu", i);
    }
    mp_clear(&a);
}

Test(compare, language_examples)
{
    mp_int a;
    MP_OK(mp_init(&a));
    set_text(&a, "9007199254740993");
    cr_assert_eq(cl_num_compare_big_double(&a, 9007199254740992.0), NUM_GREATER);
    cr_assert_eq(cl_num_compare_int64_double(9007199254740993, 9007199254740992.0), NUM_GREATER);
    set_text(&a, "100000000000000000001");
    cr_assert_eq(cl_num_compare_big_double(&a, 1e20), NUM_GREATER);
    cr_assert_eq(cl_num_compare_big_double(&a, NAN), NUM_UNORDERED);
    cr_assert_eq(cl_num_compare_int64_double(1, 1.0), NUM_EQUAL);
    cr_assert_eq(cl_num_compare_int64_double(0, -0.0), NUM_EQUAL);
    cr_assert_eq(cl_num_compare_int64_double(INT64_MAX, 9223372036854775808.0), NUM_LESS);
    cr_assert_eq(cl_num_compare_int64_double(INT64_MIN, -9223372036854775808.0), NUM_EQUAL);
    cr_assert_eq(cl_num_compare_int64_double(INT64_MIN + 1, -9223372036854775808.0), NUM_GREATER);
    cr_assert_eq(cl_num_compare_int64_double(INT64_MAX, INFINITY), NUM_LESS);
    cr_assert_eq(cl_num_compare_int64_double(INT64_MIN, -INFINITY), NUM_GREATER);
    cr_assert_eq(cl_num_compare_int64_double(3, NAN), NUM_UNORDERED);
    cr_assert_eq(cl_num_compare_int64_double(-3, -2.5), NUM_LESS);
    cr_assert_eq(cl_num_compare_int64_double(INT64_MAX - 511, 9223372036854774784.0), NUM_GREATER);
    mp_clear(&a);
}

// ---------------------------------------------------------------------------------------------
// Double -> int

Test(double_to_int, python_table)
{
    mp_int a;
    MP_OK(mp_init(&a));
    for (size_t i = 0; i < round_cases_count; i++) {
        const RoundCase *c = &round_cases[i];
        double x = from_bits(c->bits);
        NumStatus status = cl_num_double_to_big(x, c->mode, &a);
        cr_assert_eq(status, c->status, "case %zu", i);
        int64_t small = 0, expected_small;
        NumStatus small_status = cl_num_double_to_int64(x, c->mode, &small);
        if (status != NUM_OK) {
            cr_assert_eq(small_status, status);
            continue;
        }
        assert_text(&a, c->text, "double to int");
        if (cl_num_big_get_int64(&a, &expected_small)) {
            cr_assert_eq(small_status, NUM_OK);
            cr_assert_eq(small, expected_small);
        } else {
            cr_assert_eq(small_status, NUM_OVERFLOW);
        }
    }
    mp_clear(&a);
}

Test(double_to_int, language_examples)
{
    int64_t n = 0;
    cr_assert_eq(cl_num_double_to_int64(-2.7, NUM_FLOOR, &n), NUM_OK);
    cr_assert_eq(n, -3);
    cr_assert_eq(cl_num_double_to_int64(-2.1, NUM_CEIL, &n), NUM_OK);
    cr_assert_eq(n, -2);
    cr_assert_eq(cl_num_double_to_int64(2.5, NUM_ROUND_EVEN, &n), NUM_OK);
    cr_assert_eq(n, 2);
    cr_assert_eq(cl_num_double_to_int64(3.5, NUM_ROUND_EVEN, &n), NUM_OK);
    cr_assert_eq(n, 4);
    cr_assert_eq(cl_num_double_to_int64(-0.5, NUM_ROUND_EVEN, &n), NUM_OK);
    cr_assert_eq(n, 0);
    cr_assert_eq(cl_num_double_to_int64(-2.9, NUM_TRUNCATE, &n), NUM_OK);
    cr_assert_eq(n, -2);
    cr_assert_eq(cl_num_double_to_int64(INFINITY, NUM_FLOOR, &n), NUM_OVERFLOW);
    cr_assert_eq(cl_num_double_to_int64(NAN, NUM_ROUND_EVEN, &n), NUM_DOMAIN);
    cr_assert_eq(cl_num_double_to_int64(-9223372036854775808.0, NUM_FLOOR, &n), NUM_OK);
    cr_assert_eq(n, INT64_MIN);
    cr_assert_eq(cl_num_double_to_int64(9223372036854775808.0, NUM_FLOOR, &n), NUM_OVERFLOW);
    mp_int a;
    MP_OK(mp_init(&a));
    cr_assert_eq(cl_num_double_to_big(1e300, NUM_ROUND_EVEN, &a), NUM_OK);
    assert_text(&a, "1000000000000000052504760255204420248704468581108159154915854115511802457"
                    "9889081957863713750804478640437044438328838781769425232353604305756447921"
                    "8478670698284838720092657580373783023379478809005936895323497079994508111"
                    "9038967640880074652742780142494579258788820056842838115669472196386865459"
                    "400540160",
                "round 1e300");
    cr_assert_eq(cl_num_double_to_big(-INFINITY, NUM_FLOOR, &a), NUM_OVERFLOW);
    cr_assert_eq(cl_num_double_to_big(NAN, NUM_CEIL, &a), NUM_DOMAIN);
    mp_clear(&a);
}

// ---------------------------------------------------------------------------------------------
// round-to

Test(round_to, python_table)
{
    for (size_t i = 0; i < round_to_cases_count; i++) {
        const RoundToCase *c = &round_to_cases[i];
        double x = 12345.0;
        NumStatus status = cl_num_round_to_double(from_bits(c->bits), c->places, &x);
        cr_assert_eq(status, c->status, "case %zu", i);
        if (status == NUM_OK)
            assert_same_double(x, from_bits(c->expected), "round-to");
    }
}

Test(round_to, language_examples)
{
    double x = 0;
    cr_assert_eq(cl_num_round_to_double(2.675, 2, &x), NUM_OK);
    assert_same_double(x, 2.67, "(round-to 2.675 2)");
    cr_assert_eq(cl_num_round_to_double(1250.0, -2, &x), NUM_OK);
    assert_same_double(x, 1200.0, "(round-to 1250.0 -2)");
    cr_assert_eq(cl_num_round_to_double(-0.4, 0, &x), NUM_OK);
    assert_same_double(x, -0.0, "(round-to -0.4 0)");
    cr_assert_eq(cl_num_round_to_double(1.7976931348623157e308, -308, &x), NUM_OVERFLOW);
    int64_t n = 0;
    cr_assert_eq(cl_num_round_to_int64(1250, -2, &n), NUM_OK);
    cr_assert_eq(n, 1200);
    cr_assert_eq(cl_num_round_to_int64(1350, -2, &n), NUM_OK);
    cr_assert_eq(n, 1400);
    cr_assert_eq(cl_num_round_to_int64(-1250, -2, &n), NUM_OK);
    cr_assert_eq(n, -1200);
    cr_assert_eq(cl_num_round_to_int64(12345, INT64_MIN, &n), NUM_OK);
    cr_assert_eq(n, 0);
    cr_assert_eq(cl_num_round_to_int64(INT64_MAX, -1, &n), NUM_OVERFLOW);
    cr_assert_eq(cl_num_round_to_int64(INT64_MIN, -19, &n), NUM_OVERFLOW);
    cr_assert_eq(cl_num_round_to_int64(-5000000000000000000, -19, &n), NUM_OK);
    cr_assert_eq(n, 0);
}

Test(round_to, ints_python_table)
{
    mp_int a, rounded;
    MP_OK(mp_init_multi(&a, &rounded, NULL));
    for (size_t i = 0; i < round_to_int_cases_count; i++) {
        const RoundToIntCase *c = &round_to_int_cases[i];
        set_text(&a, c->a);
        cr_assert_eq(cl_num_round_to_big(&a, c->places, &rounded), NUM_OK);
        assert_text(&rounded, c->expected, c->a);
        int64_t small, result = 0, expected;
        if (!cl_num_big_get_int64(&a, &small))
            continue;
        NumStatus status = cl_num_round_to_int64(small, c->places, &result);
        if (cl_num_big_get_int64(&rounded, &expected)) {
            cr_assert_eq(status, NUM_OK, "%s %" PRId64, c->a, c->places);
            cr_assert_eq(result, expected);
        } else {
            cr_assert_eq(status, NUM_OVERFLOW, "%s %" PRId64, c->a, c->places);
        }
    }
    // The result may replace the argument; huge negative places give 0 without 10^huge.
    set_text(&a, "-123456789123456789123456789");
    cr_assert_eq(cl_num_round_to_big(&a, -5, &a), NUM_OK);
    assert_text(&a, "-123456789123456789123500000", "in place");
    cr_assert_eq(cl_num_round_to_big(&a, INT64_MIN, &a), NUM_OK);
    assert_text(&a, "0", "INT64_MIN places");
    mp_clear_multi(&a, &rounded, NULL);
}

// ---------------------------------------------------------------------------------------------
// Floor division and modulo

Test(floor, float_mod_python_table)
{
    for (size_t i = 0; i < mod_cases_count; i++) {
        const ModCase *c = &mod_cases[i];
        double got = cl_num_float_mod(from_bits(c->a), from_bits(c->b));
        assert_same_double(got, from_bits(c->expected), "float mod");
    }
}

Test(floor, language_examples)
{
    assert_same_double(cl_num_float_mod(-7.5, 2), 0.5, "(mod -7.5 2)");
    assert_same_double(cl_num_float_mod(7.5, -2), -0.5, "(mod 7.5 -2)");
    assert_same_double(cl_num_float_mod(0.0, -5), -0.0, "(mod 0.0 -5)");
    int64_t q = 0;
    cr_assert_eq(cl_num_floor_div_int64(-7, 2, &q), NUM_OK);
    cr_assert_eq(q, -4);
    cr_assert_eq(cl_num_floor_mod_int64(-7, 3), 2);
    cr_assert_eq(cl_num_floor_mod_int64(7, -3), -2);
    cr_assert_eq(cl_num_floor_div_int64(INT64_MIN, -1, &q), NUM_OVERFLOW);
    cr_assert_eq(cl_num_floor_mod_int64(INT64_MIN, -1), 0);
    cr_assert_eq(cl_num_floor_div_int64(INT64_MIN, 1, &q), NUM_OK);
    cr_assert_eq(q, INT64_MIN);
    cr_assert_eq(cl_num_floor_div_int64(INT64_MAX, -1, &q), NUM_OK);
    cr_assert_eq(q, -INT64_MAX);
}

Test(floor, big_python_table)
{
    mp_int a, b, quotient, remainder;
    MP_OK(mp_init_multi(&a, &b, &quotient, &remainder, NULL));
    for (size_t i = 0; i < floor_cases_count; i++) {
        const FloorCase *c = &floor_cases[i];
        set_text(&a, c->a);
        set_text(&b, c->b);
        cr_assert_eq(cl_num_floor_divmod_big(&a, &b, &quotient, &remainder), NUM_OK);
        assert_text(&quotient, c->quotient, "quotient");
        assert_text(&remainder, c->remainder, "remainder");
        int64_t x, y, q, expected;
        if (!cl_num_big_get_int64(&a, &x) || !cl_num_big_get_int64(&b, &y))
            continue;
        cr_assert_eq(cl_num_big_get_int64(&remainder, &expected), true);
        cr_assert_eq(cl_num_floor_mod_int64(x, y), expected);
        if (cl_num_big_get_int64(&quotient, &expected)) {
            cr_assert_eq(cl_num_floor_div_int64(x, y, &q), NUM_OK);
            cr_assert_eq(q, expected);
        } else {
            cr_assert_eq(cl_num_floor_div_int64(x, y, &q), NUM_OVERFLOW);
        }
    }
    mp_clear_multi(&a, &b, &quotient, &remainder, NULL);
}

Test(floor, int64_agrees_with_big)
{
    mp_int a, b, quotient, remainder;
    MP_OK(mp_init_multi(&a, &b, &quotient, &remainder, NULL));
    for (int i = 0; i < 20000; i++) {
        int64_t x = (int64_t)next_random() >> (next_random() % 64);
        int64_t y = (int64_t)next_random() >> (next_random() % 64);
        if (y == 0)
            continue;
        mp_set_i64(&a, x);
        mp_set_i64(&b, y);
        cr_assert_eq(cl_num_floor_divmod_big(&a, &b, &quotient, &remainder), NUM_OK);
        int64_t q = 0;
        cr_assert_eq(cl_num_floor_div_int64(x, y, &q), NUM_OK);
        cr_assert_eq(q, mp_get_i64(&quotient));
        cr_assert_eq(cl_num_floor_mod_int64(x, y), mp_get_i64(&remainder));
    }
    mp_clear_multi(&a, &b, &quotient, &remainder, NULL);
}

Test(floor, big_outputs_optional_and_aliased)
{
    mp_int a, b;
    MP_OK(mp_init_multi(&a, &b, NULL));
    set_text(&a, "-100000000000000000000000000007");
    set_text(&b, "2");
    cr_assert_eq(cl_num_floor_divmod_big(&a, &b, NULL, &b), NUM_OK);
    assert_text(&b, "1", "remainder into the divisor");
    set_text(&b, "-2");
    cr_assert_eq(cl_num_floor_divmod_big(&a, &b, &a, NULL), NUM_OK);
    assert_text(&a, "50000000000000000000000000003", "quotient into the dividend");
    mp_clear_multi(&a, &b, NULL);
}

// ---------------------------------------------------------------------------------------------
// Int text

Test(int_text, int64)
{
    static const int64_t values[] = {0, 1, -1, 9, 10, 99, 100, -100, 12345678901, INT64_MAX,
                                     INT64_MIN, INT64_MIN + 1, 1000000000000000000};
    char buffer[CL_NUM_INT64_TEXT_SIZE], expected[32];
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        snprintf(expected, sizeof expected, "%" PRId64, values[i]);
        cr_assert_eq(cl_num_int64_text(values[i], buffer), strlen(expected));
        cr_assert_str_eq(buffer, expected);
    }
    for (int i = 0; i < 100000; i++) {
        int64_t value = (int64_t)next_random() >> (next_random() % 64);
        snprintf(expected, sizeof expected, "%" PRId64, value);
        cl_num_int64_text(value, buffer);
        cr_assert_str_eq(buffer, expected);
    }
}

Test(int_text, big_agrees_with_libtommath)
{
    mp_int a, b;
    MP_OK(mp_init_multi(&a, &b, NULL));
    static char expected[20000];
    for (int i = 0; i < 300; i++) {
        MP_OK(mp_rand(&a, 1 + (int)(next_random() % 120)));
        MP_OK(mp_div_2d(&a, (int)(next_random() % 60), &a, NULL));
        if (next_random() & 1)
            MP_OK(mp_neg(&a, &a));
        size_t written;
        MP_OK(mp_to_radix(&a, expected, sizeof expected, &written, 10));
        assert_text(&a, expected, "mp_to_radix");
        cr_assert_eq(cl_num_parse_big(expected, strlen(expected), false, &b), NUM_OK);
        cr_assert_eq(mp_cmp(&a, &b), MP_EQ);
    }
    mp_clear_multi(&a, &b, NULL);
}

Test(int_text, big_chunk_boundaries)
{
    static const char *const texts[] = {
        "0",
        "999999999999999999",
        "1000000000000000000",
        "-1000000000000000001",
        "18446744073709551615",
        "18446744073709551616",
        "-18446744073709551616",
        "1000000000000000000000000000000000000",
        "1000000000000000000000000000000000001",
        "999999999999999999999999999999999999999999999999999999",
        "100000000000000000000000000000000000000000000000000000000000000000000000001",
    };
    mp_int a;
    MP_OK(mp_init(&a));
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        set_text(&a, texts[i]);
        assert_text(&a, texts[i], "round trip");
    }
    mp_clear(&a);
}

Test(int_text, factorial_1000)
{
    mp_int a;
    MP_OK(mp_init_set(&a, 1));
    for (mp_digit i = 2; i <= 1000; i++)
        MP_OK(mp_mul_d(&a, i, &a));
    char *text = big_text(&a);
    cr_assert_eq(strlen(text), 2568);
    cr_assert_eq(strncmp(text, "40238726007709377354370243392300398571937486421071463254379991", 62),
                 0);
    cr_assert_eq(strncmp(text + 2568 - 254, "53472", 5), 0);
    for (int i = 2568 - 249; i < 2568; i++)
        cr_assert_eq(text[i], '0');
    free(text);
    mp_clear(&a);
}

Test(int_text, big_buffer_too_small)
{
    mp_int a;
    MP_OK(mp_init(&a));
    set_text(&a, "-123456789012345678901234567890");
    char buffer[64];
    size_t length = 0;
    size_t size = cl_num_big_text_size(&a);
    cr_assert_leq(size, sizeof buffer);
    cr_assert_eq(cl_num_big_text(&a, buffer, size - 1, &length), NUM_OVERFLOW);
    cr_assert_eq(cl_num_big_text(&a, buffer, size, &length), NUM_OK);
    cr_assert_str_eq(buffer, "-123456789012345678901234567890");
    cr_assert_eq(length, 31);
    mp_clear(&a);
}

Test(int_text, parse)
{
    mp_int a;
    MP_OK(mp_init(&a));
    int64_t n = 0;
    cr_assert_eq(cl_num_parse_int64("-0", 2, false, &n), NUM_OK);
    cr_assert_eq(n, 0);
    cr_assert_eq(cl_num_parse_big("-0", 2, false, &a), NUM_OK);
    assert_text(&a, "0", "-0");
    cr_assert(!mp_isneg(&a));
    cr_assert_eq(cl_num_parse_int64("007", 3, false, &n), NUM_OK);
    cr_assert_eq(n, 7);
    cr_assert_eq(cl_num_parse_int64("+5", 2, false, &n), NUM_DOMAIN);
    cr_assert_eq(cl_num_parse_int64("+5", 2, true, &n), NUM_OK);
    cr_assert_eq(n, 5);
    cr_assert_eq(cl_num_parse_big("+5", 2, false, &a), NUM_DOMAIN);
    cr_assert_eq(cl_num_parse_big("-42", 3, true, &a), NUM_OK);
    assert_text(&a, "-42", "-42");
    cr_assert_eq(cl_num_parse_int64("123456", 3, false, &n), NUM_OK);
    cr_assert_eq(n, 123);
    cr_assert_eq(cl_num_parse_int64("9223372036854775807", 19, false, &n), NUM_OK);
    cr_assert_eq(n, INT64_MAX);
    cr_assert_eq(cl_num_parse_int64("9223372036854775808", 19, false, &n), NUM_OVERFLOW);
    cr_assert_eq(cl_num_parse_int64("-9223372036854775808", 20, false, &n), NUM_OK);
    cr_assert_eq(n, INT64_MIN);
    cr_assert_eq(cl_num_parse_int64("-9223372036854775809", 20, false, &n), NUM_OVERFLOW);
    cr_assert_eq(cl_num_parse_int64("99999999999999999999999x", 24, false, &n), NUM_DOMAIN);
    static const char *const bad[] = {"", "-", "+", "1a", " 1", "1 ", "--1", "+-1", "1.0", "0x1",
                                      "\xd9\xa1"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        cr_assert_eq(cl_num_parse_int64(bad[i], strlen(bad[i]), true, &n), NUM_DOMAIN, "%s", bad[i]);
        cr_assert_eq(cl_num_parse_big(bad[i], strlen(bad[i]), true, &a), NUM_DOMAIN, "%s", bad[i]);
    }
    mp_clear(&a);
}

// ---------------------------------------------------------------------------------------------
// Logarithms

Test(log, python_table)
{
    mp_int a, power;
    MP_OK(mp_init_multi(&a, &power, NULL));
    for (size_t i = 0; i < log_cases_count; i++) {
        const LogCase *c = &log_cases[i];
        mp_set(&power, c->base_of_power);
        MP_OK(mp_expt_u32(&power, c->exponent, &a));
        mp_set_i64(&power, c->delta);
        MP_OK(mp_add(&a, &power, &a));
        double x = 0;
        cr_assert_eq(cl_num_big_log(&a, c->base, &x), c->status, "case %zu", i);
        if (c->status == NUM_OK)
            assert_same_double(x, from_bits(c->bits), "log");
    }
    mp_clear_multi(&a, &power, NULL);
}

Test(log, language_examples)
{
    mp_int a;
    MP_OK(mp_init_set(&a, 10));
    MP_OK(mp_expt_u32(&a, 400, &a));
    double x = 0;
    cr_assert_eq(cl_num_big_log(&a, NUM_LOG_10, &x), NUM_OK);
    assert_same_double(x, 400.0, "log10 10^400");
    mp_zero(&a);
    cr_assert_eq(cl_num_big_log(&a, NUM_LOG_E, &x), NUM_DOMAIN);
    mp_set_i64(&a, -8);
    cr_assert_eq(cl_num_big_log(&a, NUM_LOG_2, &x), NUM_DOMAIN);
    mp_clear(&a);
}

// ---------------------------------------------------------------------------------------------
// Tables generated with CPython 3.11 (fixed seed): each expected value is what Python computes
// for the same operation, e.g. repr(x), float(text), a / b, round(x, n), divmod(a, b).

// float text: bit pattern -> repr(x) (2600 cases)
const ReprCase repr_cases[] = {
    {0x749882321E35049E, "4.492152248019643e+253"}, {0x79C8C2926B94B5B5, "4.389120112770094e+278"},
    {0x4242AADBC8F429A4, "160351883752.32532"}, {0xEB7A79959588532D, "-5.4399131119142674e+209"},
    {0x3CF3BD58DA60FB1C, "4.383079907872608e-15"}, {0x515C61236C88C537, "8.614354442467737e+83"},
    {0xF4B1B64633BE40F5, "-1.2985664392816573e+254"},
    {0x88718C966F3D88F7, "-5.314965623006408e-268"},
    {0xDA1B195060C40EB7, "-1.146488202889241e+126"}, {0x5B08ACC213A5BF07, "3.420758551378043e+130"},
    {0x6A5D670AF9A3638E, "2.3046315439163635e+204"}, {0x4A894DB7E48F12B9, "1.1833994934170815e+51"},
    {0xDABE22CAD37B17C6, "-1.3055768296735293e+129"},
    {0x82B9BFBC91BA7257, "-1.5748679552677205e-295"}, {0x0CF197F45625871B, "2.51627196477289e-246"},
    {0xA5240B6020D0B29C, "-9.036613517376497e-130"}, {0xB4A3165DE1AB3E01, "-3.892215651960722e-55"},
    {0x400CB70F964E03C0, "3.589385198837107"}, {0xE683ACDF2060D7C4, "-6.688184663054428e+185"},
    {0x83D8E92DF2ADCC0E, "-3.994044171376333e-290"}, {0x4F3D9A4DE6CF02BB, "5.2303534038858595e+73"},
    {0xB039EE169646A718, "-2.239361282907897e-76"}, {0x135AB03D8DE49EB1, "1.9354693131874806e-215"},
    {0xE085B021E0D44F2B, "-9.305240496802682e+156"},
    {0xA6A86BD5A7550D23, "-1.8471377613108987e-122"}, {0x428474C15E9ECBA7, "2811461620697.4565"},
    {0x69D6BD800BC49874, "6.962609881020059e+201"},
    {0x94A2DE50FF542939, "-2.8696480509335243e-209"},
    {0xDCB25C12903C3AD2, "-3.41619470970423e+138"}, {0x764AE4D4359E9D02, "6.616060051749092e+261"},
    {0x959BA1690CE64264, "-1.3769933585597693e-204"},
    {0x79FDDA8FD41F125B, "4.2336503662127315e+279"}, {0x4E5AC63A43514E2E, "2.887337660350333e+69"},
    {0x167DD41A347A2E47, "2.4355366694702615e-200"},
    {0x23263C49440A9A11, "2.3339888564043163e-139"},
    {0xA30354EF398BDEDF, "-5.072987159160624e-140"},
    {0x98F01733D942B204, "-1.444561059875671e-188"}, {0x67C8765C57810CE8, "8.719375264419009e+191"},
    {0x0DF2D1AFF1067DBD, "1.7639331668509974e-241"},
    {0xA37F115C6A44F3CC, "-1.0435487072953564e-137"}, {0x4A7CE6E5F89C8D33, "6.75843876005182e+50"},
    {0xA22FA1F725601B2F, "-5.066499894016898e-144"},
    {0x1B39320448410FE3, "1.5544023441874205e-177"}, {0x5043796D40618823, "4.509945161717723e+78"},
    {0xC58718296E887807, "-8.934206376953689e+26"}, {0x1098D6A904943815, "1.0239269122939286e-228"},
    {0x3A38B767352E4941, "3.119650612955522e-28"}, {0x9B19CDEC60C9E347, "-3.979936478258974e-178"},
    {0x780B86486A2A1812, "1.8176331567502735e+270"},
    {0x8935B28FAFB5454B, "-2.6916191680102057e-264"},
    {0xEF8D8E8E32474E22, "-2.2406033019642223e+229"},
    {0x17CDE531518BD8AB, "5.1191220706885394e-194"},
    {0x6D33CE50DCFE4BCC, "1.0924257505679557e+218"}, {0xCFC2FFE4ED2261F1, "-1.718751453462524e+76"},
    {0x89E0B9583A589E65, "-4.24887536492955e-261"}, {0x3F0279A1ABE7020E, "3.523850090259374e-05"},
    {0x46F6D2E1C91D6DA3, "7.406732842697646e+33"}, {0xC10C2788A8E1F980, "-230641.08246226236"},
    {0x9E5D4D25C8EC9FEB, "-2.0353077945140491e-162"},
    {0xD703D5B062C4A228, "-1.4906461069017133e+111"},
    {0x7D3109BF6BD33D83, "1.0881689946975821e+295"}, {0xC8BD8770D23AD2D9, "-2.572344376666327e+42"},
    {0x62F56763D5236AC1, "5.048586880232952e+168"}, {0x26B8E5BA2D10A9F2, "3.766303194632279e-122"},
    {0x5439F75F10C01D5D, "5.546366806697518e+97"}, {0xFD39265BB32E9EA1, "-1.6062418535594396e+295"},
    {0x8CA4C608EF605ABF, "-9.284634142654976e-248"},
    {0x616273CDD6A19E4F, "1.2971183612942818e+161"}, {0x40FC275E69B5220D, "115317.90080750753"},
    {0xBB9D2EBEF476092F, "-1.544914046103647e-21"}, {0xC2D14E0A57E101E1, "-76107514610695.52"},
    {0x2F62323B36225FAD, "1.9182811083926818e-80"},
    {0x8564F1DC632417C4, "-1.1268073132697686e-282"},
    {0x2E3D6A6340ED367E, "5.9147803353002586e-86"}, {0x3A5F9CCDAD9A6F2D, "1.596024059935851e-27"},
    {0x9713B93662CB4300, "-1.6490982535525327e-197"},
    {0x248FCFF28CC334F4, "1.4005767696709742e-132"},
    {0x9E8C1878D5464AC5, "-1.5612431716807163e-161"},
    {0x769799BACBEBB741, "1.857879539846099e+263"}, {0x52BD78EE9FF29D16, "3.7522700644430283e+90"},
    {0x168AFE5E7D671459, "4.408127744872612e-200"}, {0x670C22F05C9CB0AD, "2.4484828906951957e+188"},
    {0xCC64498C8EE93884, "-1.0187636184384608e+60"},
    {0xEF5EAD0BE38A95E0, "-2.906798524606354e+228"}, {0x0E1908E532AE8F10, "9.386132684463132e-241"},
    {0x65FEB06CDAC1D38D, "2.0375224210602439e+183"}, {0x5654E963457642BD, "7.673742163252605e+107"},
    {0x4D0D21A3710EFC3F, "1.4979953669761758e+63"}, {0xA2982E5B770E5F35, "-4.957443869699183e-142"},
    {0xF230B77B1C4DE493, "-1.1146734535427213e+242"},
    {0x036FCBE0D077E1BE, "3.9828335704674696e-292"}, {0x087D804EBD29370D, "8.934773985868121e-268"},
    {0x7D66C01F47376EB4, "1.1624017815353555e+296"},
    {0x0BA75E632205DAD7, "1.5937059814357505e-252"},
    {0x15CE2FD817781AC9, "1.2035145121442573e-203"},
    {0xFAC19BD781637187, "-2.0456655896606624e+283"},
    {0xD04883EB74645968, "-5.677358274456412e+78"}, {0xA736357E8E82C020, "-8.600624804047986e-120"},
    {0x14F69A60F9D97768, "1.1000435959643567e-207"},
    {0xA1A58CE83556173A, "-1.3483040002715785e-146"},
    {0x76067AE6AC125000, "3.456401326348284e+260"}, {0xFE5DD6F65D04C969, "-4.995858102624242e+300"},
    {0xA7E567E387ED23B1, "-1.6977098426682013e-116"},
    {0x5D4A47EC58CAA18C, "2.5037389504224344e+141"}, {0x226A6C288814F4BF, "6.771203519258164e-143"},
    {0x24B99AA4E600B110, "9.018017223717599e-132"}, {0x6325AF54A30A6E7A, "4.091897097751034e+169"},
    {0x0476DFF0F4FBD348, "3.755613487225919e-287"}, {0x7E6B74A0934C4538, "9.193401602166176e+300"},
    {0x8C5E5EFD1D23E7FE, "-4.241929062227163e-249"}, {0x34BEA62D788C5F34, "1.2499682100800243e-54"},
    {0x8B79EC1A5A26FE7A, "-2.2098195346875435e-253"},
    {0xA4296461BEDDD096, "-1.7467503883805055e-134"},
    {0x509C253003678F48, "2.0857592999671978e+80"}, {0xE3F7B4EF51FB5227, "-3.664629130009126e+173"},
    {0xD3A71489888C3C0B, "-9.628722339994155e+94"}, {0x851D62B5BD703358, "-4.940358355155338e-284"},
    {0x787B118631FD7A9D, "2.2880185864906387e+272"},
    {0xDDA7E515E33A2538, "-1.4569093923171344e+143"},
    {0x1E036FF5150FB7FD, "4.219189736405942e-164"}, {0xB29BC6B33AC4414B, "-6.593763150987159e-65"},
    {0x65CE110A2689AE92, "2.495233270641561e+182"}, {0xFD703B61AA80BB6C, "-1.658695582999252e+296"},
    {0xB2256110D660D13B, "-3.9649861760688254e-67"},
    {0x8A6E83734BC9404E, "-1.9845655405218892e-258"},
    {0x993BB873540B742E, "-3.981841037629933e-187"},
    {0x936CD61319C06515, "-4.1824578601242436e-215"},
    {0x5FDD3A168A6189A7, "6.1229491867839026e+153"},
    {0xF62E7330BA45CD54, "-1.872720725712569e+261"}, {0xE644C315C2CB1187, "-4.41100559443871e+184"},
    {0xCFDA60DC99517A7E, "-4.7725095596129884e+76"}, {0x0E30277E50B7C84F, "2.422650900233094e-240"},
    {0xD069212DF802FEA9, "-2.3278478198143204e+79"}, {0x717EAFFF25AAC128, "4.995717923186662e+238"},
    {0x5B0F56452C0188BB, "4.3443565369439083e+130"},
    {0xF6B8F116CC81737B, "-7.853861037083563e+263"},
    {0x092469AE194A5491, "1.2661252577370544e-264"},
    {0x8F841A8AB31F4E8B, "-6.322792311665379e-234"},
    {0x18498D8838794684, "1.1201399405709578e-191"},
    {0xDE065C4329C739A0, "-8.725443218850247e+144"}, {0x1D1D95E1AD61682B, "1.959841638673769e-168"},
    {0x63C7FE352F6D7F84, "4.6360922545179674e+172"}, {0x493544EC8F808C2A, "4.743197819981564e+44"},
    {0xF631206795AC08C8, "-2.106623457646274e+261"},
    {0x87847FF4A1CB8B0A, "-1.894715984542199e-272"}, {0x4CB9D2A2E639167B, "4.149563675033037e+61"},
    {0x38B6A352E2FF5520, "1.7030925900288637e-35"},
    {0xF12E90595EA39278, "-1.5548727729577764e+237"},
    {0x293AFCB7751F5F5F, "4.488683770807075e-110"}, {0xE676F5D252F0A7F6, "-3.902417943885608e+185"},
    {0xFAAAD0810748850F, "-7.787806352358806e+282"}, {0xC43AE8DDFBA0608F, "-4.96395190369334e+20"},
    {0x3F1855582AC1FFE9, "9.28244650726381e-05"}, {0x9ED88E2A90A70B10, "-4.3664472114821684e-160"},
    {0x8FE6D6A4CAABC400, "-4.597058348063278e-232"}, {0x2D0497366CDFD84F, "7.896995642981566e-92"},
    {0xE4169B08EA4F0468, "-1.3977633268281097e+174"},
    {0x366E180F649B522B, "1.6472912029533486e-46"},
    {0x9C3EAE2243986ACD, "-1.2404544748682251e-172"},
    {0xED61EF1FAA94CFA4, "-7.913450564815632e+218"},
    {0x642B5DFC4F2D1CAE, "3.3843617714670357e+174"}, {0xAE1591F09E1E266C, "-1.084308765645294e-86"},
    {0x8FC7AA86136B14BF, "-1.1909134733135316e-232"},
    {0xC76CA69148CB821C, "-1.190101621165544e+36"}, {0xC79EF1335C080031, "-1.0282306277702805e+37"},
    {0x5BC0FD0271EA75EC, "9.64669358457446e+133"}, {0x819A4670FB12493A, "-6.1304130627554555e-301"},
    {0xE7C228F16A13FFC1, "-6.472938990995804e+191"},
    {0x9729D0724E79C5F9, "-4.3167039283862054e-197"},
    {0x92D5907CAC3CAB0A, "-6.108865656126489e-218"},
    {0x7F89361A37D88A47, "2.2130004124635655e+306"},
    {0xA4BED9C0727125B1, "-1.0865892917166616e-131"},
    {0xD7FD045047240C55, "-7.145763132947393e+115"},
    {0xA4A08A9775EB627B, "-2.913020111278581e-132"}, {0x512CF3B8C5EE21F7, "1.0985199982262947e+83"},
    {0x51D7D76397006895, "1.8526349987258743e+86"}, {0xC7D325E8EC7C8BC9, "-1.0180868463639489e+38"},
    {0x121DEAD79D20DE26, "2.069123239692005e-221"}, {0x4EFF06E927630C4C, "3.4262472063568423e+72"},
    {0x310BB556A2D637A5, "1.9602965194361385e-72"}, {0xB6D2B1F929AB23A5, "-1.3098783250907679e-44"},
    {0xA99110A2E4C185E1, "-1.816550579486404e-108"}, {0x39CE32FA96AB8FAD, "2.9778647377745456e-30"},
    {0xE693F92B8A8060E7, "-1.357899447172612e+186"}, {0x55D69771159D393A, "3.238358305005676e+105"},
    {0x327C7383A85F021A, "1.6885034997037139e-65"}, {0xDDC90119B14FFD17, "-6.098213432296521e+143"},
    {0x3BE9898D6F838F53, "4.3261893338674154e-20"}, {0x044CC6E7BA18AAF1, "5.9058073118665386e-288"},
    {0x7094CA21D979F2E0, "2.0656766421065036e+234"},
    {0xA8BE297CB9E2F88B, "-1.9596685440121212e-112"},
    {0x99D3C3A9F079D3B1, "-2.907129374529381e-184"},
    {0x652345E9E37AF0D3, "1.5619927529976422e+179"}, {0x38B04807E8AB4B4B, "1.2248741924871445e-35"},
    {0x7911C20FC3887EF2, "1.5370620604926714e+275"},
    {0xB4BAFEA885EB78CD, "-1.1009313827902224e-54"},
    {0x62DE90A92D55E081, "1.8023667008897553e+168"},
    {0xBE49D9F40579F411, "-1.2037986759538277e-08"},
    {0xBE8832780D6CF9F3, "-1.8028277423173874e-07"}, {0x427841FC787551E9, "1666980480853.1194"},
    {0x4ED8725DF18BB63D, "6.749009586092471e+71"}, {0xDA50C324AF85F504, "-1.1346743574250495e+127"},
    {0x30E7099C4E16B9B1, "4.074620713995696e-73"}, {0x9BBD06A7EA6E4C96, "-4.584265040505714e-175"},
    {0xB5ED4573BD385458, "-6.2588232330414495e-49"}, {0x4E78CABEFDE2C389, "1.0694245957982102e+70"},
    {0xCD985EC71615C89B, "-6.416210691108998e+65"}, {0x7D3DCE6BEB890ED2, "1.9036378667061072e+295"},
    {0x53FF17A6E35FB4ED, "4.150808907150311e+96"}, {0xEF0B3463827103E2, "-8.055820668292979e+226"},
    {0xA09D47D9D11BFCC8, "-1.3976652421804917e-151"}, {0x974BEC8DDAA30637, "-1.8678030665365e-196"},
    {0x2E3F5B04D9319EA5, "6.304861795172722e-86"}, {0xDF22AA770DAB202B, "-1.909397292774055e+150"},
    {0xFB7142C14B106174, "-4.106727172627296e+286"}, {0xCA8E6256F8A38355, "-1.421007031649357e+51"},
    {0x72C60E56C4B488CD, "7.529973907614492e+244"}, {0x8E7E003B52756F14, "-7.198761906823445e-239"},
    {0xF32C77D3C5322D58, "-6.22020315376469e+246"}, {0x281267381999686E, "1.1676562657934972e-115"},
    {0x210E33D505712676, "1.8453324283135258e-149"},
    {0x9ABC34933C96276B, "-6.797268544973194e-180"},
    {0x56940D3D0F4704BC, "1.1773075428242756e+109"},
    {0x8F9CFDB77BC37EC4, "-1.823592437672581e-233"},
    {0xB997A62145B3D24D, "-2.9149575490243673e-31"}, {0x1D2F3E74046E36CB, "4.139410289052952e-168"},
    {0x94D8E218C6B9C5D8, "-3.0275343173348697e-208"},
    {0x8E0FD1467540AC12, "-5.9645719266038304e-241"},
    {0xCB3379DB216FAD6A, "-1.8654301892419652e+54"},
    {0xD45B52D17B3C4B07, "-2.3345064342124827e+98"},
    {0x89EDE605B9754749, "-7.595975046416753e-261"},
    {0xCEC0E16F9B0A5021, "-2.3301136598601416e+71"},
    {0x7E7C3D9E680F6228, "1.8912594590924298e+301"}, {0x50240FF61D343103, "1.1615306617053656e+78"},
    {0xE7C8EF898DDE98EA, "-8.88809507979429e+191"}, {0x0A039C7BF4D6E10A, "1.9929637485034126e-260"},
    {0x096EDA5E95E94BC3, "3.061901975391559e-263"},
    {0xA2FB1CDE7D7AAAB4, "-3.5574263540002644e-140"},
    {0xB05A5B5EA4C421F1, "-9.104909694817141e-76"}, {0xEB04DE69A5556F2E, "-3.349997607936687e+207"},
    {0xA24ADC672B680ED3, "-1.7208912767674444e-143"},
    {0x8F1C0D64EFC0807B, "-6.892745040659321e-236"},
    {0xFDF1433CFE6AC1D1, "-4.515888051686113e+298"}, {0x04EA236249795727, "5.493006321435325e-285"},
    {0xBB9CAD656AC6C533, "-1.5181651432652627e-21"}, {0x2FA6F016394BF166, "3.86904384434951e-79"},
    {0x6F95ABAA3D86D63C, "3.28554164298151e+229"}, {0x619979D68056C865, "1.4326751208583327e+162"},
    {0x8336AED053DBB690, "-3.551584609829457e-293"}, {0x3E2FB6FAFC72C928, "3.692084835418704e-09"},
    {0x89B49F0FD950FEF2, "-6.548782562118667e-262"},
    {0xCF8FBFF984AA41B3, "-1.7951110258671696e+75"},
    {0xAEB40EB897E1FB07, "-1.0324715781660581e-83"}, {0x7220B3B4BDC8E8A8, "5.568451066019664e+241"},
    {0x4D38A6625B620680, "1.0140396455946771e+64"}, {0x7BB3520A56E5597C, "7.354845687603718e+287"},
    {0x76EB3A7FCBBD9BBC, "6.859147191069182e+264"}, {0xE223388E4153402F, "-5.534288961210152e+164"},
    {0x9B36CBB74861ECE9, "-1.4063607790712183e-177"},
    {0xBA72E69445393220, "-3.816965952916708e-27"}, {0x2F9ADC07EEBF1D7D, "2.2652649914352362e-79"},
    {0x6C58396C04BCD9CE, "8.155080556399565e+213"},
    {0x917E4539D663209B, "-2.0444740423065615e-224"},
    {0xCC2EE0B4BD34413F, "-9.691141372228215e+58"}, {0x537F1C790AAE33B1, "1.62239176652916e+94"},
    {0x612BA9E8DC2B16AE, "1.2153969129141236e+160"},
    {0x8038D33BDF8F80D7, "-1.3809438253044101e-307"}, {0x4C91E3AA88D0BA54, "7.186757584628305e+60"},
    {0xCAB9424F6CE9F461, "-9.450523026113315e+51"},
    {0x94240D9E62872FE8, "-1.1913426755226462e-211"},
    {0x78B604A6DB88A7AD, "2.9778123131572693e+273"},
    {0xC6FF0710A2A3959E, "-1.0069031091671156e+34"}, {0x454BD62F2BEF4AFD, "6.730490743946414e+25"},
    {0x30141B74A828406D, "4.3412397437776455e-77"},
    {0xA87B6FA2D29490F1, "-1.1140987324814888e-113"},
    {0xF402488E4DEB1C44, "-6.545214356954631e+250"},
    {0x87FF9587BE3F31A6, "-3.7365641541641144e-270"},
    {0x85B659382754A8E0, "-3.8474474079756985e-281"},
    {0x12FB493D79104862, "3.091893414245572e-217"}, {0xAEA3BAC4368C0B2F, "-5.077951408206584e-84"},
    {0x8BBC5E0D3C2223FF, "-3.8692163411206105e-252"},
    {0x4C4CA2AA553B8C9A, "3.5949478337436013e+59"},
    {0xF356DEE32F37C2CF, "-3.9977445322462493e+247"},
    {0xCCA246D0ED200D7F, "-1.468470238769072e+61"},
    {0xE76F3E70733FCE19, "-1.7400934291293874e+190"},
    {0xAFFE9C9CC35B6EEA, "-1.6523023732081692e-77"}, {0x5EA65843F8373F8D, "8.928615275736706e+147"},
    {0x3B7FC28464A64F89, "4.203378853397913e-22"}, {0x5F1C8E9899199917, "1.4605979349627133e+150"},
    {0x87D1FBF51C02973E, "-5.319064391089182e-271"},
    {0xF6E1C9FAF6ECAA20, "-4.481231613792842e+264"}, {0x037BEC8BAC964A9C, "6.995551228540129e-292"},
    {0x02AECE82E920057F, "9.421048496971579e-296"}, {0xBEF25B58E9417FD8, "-1.750643294007301e-05"},
    {0x8FCDD013EDC4E3AB, "-1.5002242685700894e-232"},
    {0x67AFD069F0951FD2, "2.834961277172817e+191"}, {0x1D0C8A7E1E8A1EFD, "9.453256191690105e-169"},
    {0x7EE10427467D0AE3, "1.458642463444844e+303"}, {0x9DA8574F514FCD72, "-8.255659613202394e-166"},
    {0xF74B8A709ED8A648, "-4.440198962503848e+266"}, {0x0D30DBD60A9C1B9B, "3.857878236505326e-245"},
    {0x6599272CEF1C14EE, "2.609322176330261e+181"}, {0x17021BA140DF6BEB, "7.57010053461746e-198"},
    {0xD67D8F75F2FCE45E, "-4.3389901828355407e+108"},
    {0xDC0B4FC037465EF1, "-2.4813844060692464e+135"},
    {0x53BDB0ACCF2067F3, "2.4772557586788327e+95"}, {0x416B8577F0D46278, "14429119.52592586"},
    {0x958AE602C6FA3319, "-6.7025598206933765e-205"},
    {0xE967C5E12DA48FFF, "-5.686571887275224e+199"},
    {0xD8EAFA83DB4A9983, "-2.1770443950524033e+120"},
    {0xE1D2A705616BDF7F, "-1.678313119229247e+163"}, {0x5BBDDC474A31D711, "8.478023705387132e+133"},
    {0x9106BD545974D444, "-1.199873577020988e-226"}, {0xB0DFEFE41B01D49B, "-2.824334923378021e-73"},
    {0x4A9F13EC8394F9A2, "2.906898945291108e+51"}, {0x2CB27393C42D95DE, "2.2114259743871687e-93"},
    {0xCF0D0F8484A031F6, "-6.418207969232254e+72"}, {0xCBA6BE3B6899889D, "-2.78829521162999e+56"},
    {0x6E5862FB1B4826A6, "3.526053032659087e+223"}, {0x610EFF9E3C8DF48F, "3.4047757902147883e+159"},
    {0xD308A4859562AA92, "-1.0039598348333909e+92"}, {0x366556D0270450AC, "1.168065124726474e-46"},
    {0x49C8C041D9E6CEAE, "2.826065160490896e+47"}, {0x3FBDC7A43D40CA3B, "0.11632753844677605"},
    {0x7D65FDD33CC486F4, "1.1236231962001576e+296"},
    {0x99E8B6130FEE94E4, "-7.269541031712606e-184"}, {0xAF4EA88FE75F9338, "-8.080185105795193e-81"},
    {0x88823F2C7D3F6EED, "-1.1052484719290994e-267"},
    {0x22589202C6BFAD48, "3.1482810954058373e-143"},
    {0x121472C284A96359, "1.4142298393321592e-221"},
    {0x20328297D0E544E8, "1.3805484927150717e-153"},
    {0x8FDFE26773CC0F7A, "-3.2089391598157008e-232"},
    {0xE8A5C06C26E0E6E1, "-1.2702798422587238e+196"}, {0x1A06DA06213A807E, "2.68899706177582e-183"},
    {0xDE3EB48751FCB815, "-9.585388181819028e+145"},
    {0xD9909EF250431765, "-2.746833794239098e+123"}, {0x7AA9C5D7A01AF928, "7.485277587804995e+282"},
    {0x465A9EB5FDCECB13, "8.436203484277512e+30"}, {0xB7F5285B926E772C, "-3.8860460705855444e-39"},
    {0x6B1721D45B5FDB1D, "7.426650060922058e+207"},
    {0x9AA133D13CC16548, "-2.0728216550420345e-180"},
    {0x0D99F3B950D9CBD0, "3.8008009148168515e-243"}, {0xF1BEAF09F89043BD, "-7.99217423751154e+239"},
    {0x3C2420A973A9A555, "5.455593016566662e-19"}, {0x30AB1F25DD49F0FA, "2.998109781757037e-74"},
    {0xEBFC639D4A78BC8A, "-1.4933062311176461e+212"}, {0x4464C2490AC0CFB8, "3.063476913712671e+21"},
    {0x814519AF19668A71, "-1.5384506648035993e-302"},
    {0xC383F51250E9BB06, "-1.7975947434284666e+17"}, {0x3B50E8DA7F130A21, "5.594912017224943e-23"},
    {0xD5E054356DDC6B92, "-4.681300237022092e+105"}, {0x37AF19A19FA6CF88, "1.7850594837666538e-40"},
    {0x2DB879EE2B87CE5D, "1.9225023589782577e-88"},
    {0xE426EF39AF2B8395, "-2.8361963238148615e+174"},
    {0x631996D944319A55, "2.4143219562920193e+169"},
    {0xA11FAE9EFD250F5D, "-3.871473621370019e-149"},
    {0x9BAAE642C02F5DA6, "-2.1242030804069794e-175"},
    {0x6281E5A78DF769A2, "3.297994988289274e+166"}, {0x169FAF20EE1D69F8, "1.0348185646333343e-199"},
    {0xE7B010B464CF8A90, "-2.863154724715111e+191"},
    {0x5DEF61D865E5A0DA, "3.0614800944579062e+144"},
    {0xA19BF2D080C46C29, "-8.743001153084143e-147"},
    {0x64BACC77E856C2B7, "1.6968024009351178e+177"},
    {0xE3D1D2EBA2895132, "-6.888116128576833e+172"}, {0xCA1AA64A4E98014A, "-9.737098035046965e+48"},
    {0xF81E6108EBD9D5E6, "-4.012270487375224e+270"}, {0x2CD445549B6E065E, "9.717906353177782e-93"},
    {0x51CFD2D947BE68EA, "1.2364554404831195e+86"}, {0x7591D47D7A614A53, "2.141749162855443e+258"},
    {0xF14262A2A3553F16, "-3.741253869827536e+237"},
    {0xB93F2738193C6D1A, "-5.9998880255015996e-33"},
    {0x0D5D13DDD916DA7B, "2.6615960630750868e-244"}, {0xC65681593BCA7431, "-7.132204073331808e+30"},
    {0x180B1A1D06CEB39D, "7.425303604488854e-193"}, {0x30FE7D4C5118DC81, "1.078525921949198e-72"},
    {0xDC87829D58AC9212, "-5.4682027285354354e+137"},
    {0xA24B075551D16533, "-1.7316350236513615e-143"},
    {0x1F5F7FBE11A53E1C, "1.433900327946587e-157"}, {0x3AAF76755492D21B, "5.083077826201853e-26"},
    {0x51C8F23F6A25DBA1, "9.692472477299987e+85"}, {0x17B85E5E13569410, "2.086381862009171e-194"},
    {0x5205559663D4895E, "1.3262570077804388e+87"}, {0x1788E7B0CB2905BD, "2.665385868724754e-195"},
    {0x4F01E449E277543B, "3.951498774259314e+72"}, {0x91CC3B275782B320, "-6.101555219992968e-223"},
    {0xDC7DB0B50F5729C5, "-3.4528052327967173e+137"}, {0x523C6AF8BC17E09C, "1.413286105814578e+88"},
    {0x3A4C5025A043CD98, "7.14722473151579e-28"}, {0x617098E1B3A89E7E, "2.3334170234223386e+161"},
    {0x829965DB72B5F747, "-3.883485948983453e-296"},
    {0x96E8343304DE87C9, "-2.5296374296441788e-198"},
    {0xF329AF6CFAEAC08F, "-5.6121642873000105e+246"},
    {0x1C0DE783B9396333, "1.5113565454083457e-173"}, {0x4F11FF2C7573FD69, "7.94938600664277e+72"},
    {0x718346FC31B94886, "6.276426715416313e+238"}, {0x44ACD5343176C38A, "6.807958946289812e+22"},
    {0x2965A3B019081905, "2.8793662753336286e-109"},
    {0xE82CB92DFC3CAFF7, "-6.5524307447184935e+193"},
    {0xAD61185AE49DA83E, "-4.196081246523601e-90"}, {0xF6CAF58060D7DB6F, "-1.697812921972396e+264"},
    {0x5580D200D4C764E5, "7.534646977894222e+103"}, {0x7A65D690C5BF3046, "3.964073873659468e+281"},
    {0xCBC51F2C83D2E5BF, "-1.0358087337130705e+57"},
    {0x22F95CD9DADB19DF, "3.3278021678296833e-140"},
    {0xE0E9A52862A1D2C9, "-7.041949936712295e+158"},
    {0xEF5CBBE2854A43C2, "-2.7227745792465103e+228"}, {0x2E92664AC5A3E2D4, "2.367822239844333e-84"},
    {0x1EFAC11C35EBD2ED, "1.9029899522856539e-159"}, {0x25C3EE0EFC721E09, "9.200624492587778e-127"},
    {0x8639D9DE5C450943, "-1.1393107575102738e-278"},
    {0xFB9AC424545F778D, "-2.5473127207676395e+287"},
    {0xC642417AB333E553, "-2.892743572212095e+30"},
    {0x9FF7145E6BFDF5E0, "-1.0758454086786659e-154"},
    {0x2DBD56BFD2D8DAAD, "2.3044356476389798e-88"}, {0x6AAC03DD5D946C72, "7.026825666003296e+205"},
    {0x780EF74B1ED93C23, "2.0448953958864013e+270"},
    {0x12EABC139CD3278C, "1.5147049359038828e-217"}, {0x5FF09EC90FEEC51D, "1.392757456489056e+154"},
    {0x36AAB32A1594E329, "2.3384046302855348e-45"},
    {0xF795DED48C15F170, "-1.1283231386016415e+268"},
    {0x3E3905BB14886912, "5.8259782072641215e-09"}, {0x5A38021A5AD846EA, "4.062918039025669e+126"},
    {0x081810A7E34D0723, "1.1388089572984042e-269"},
    {0xAEB8AE12B8C2E1A2, "-1.2704158320338422e-83"},
    {0xA9046C544B8C53E7, "-4.246142596263467e-111"}, {0x7C054A7422316A26, "2.593573354106552e+289"},
    {0x66D219B2721B471A, "1.968906041907884e+187"}, {0x8A27F4CCDE847C42, "-9.738063594875928e-260"},
    {0x0FB324C89DEA2E01, "4.816692602389145e-233"}, {0xCCC25095CEAE7D91, "-5.886145240205383e+61"},
    {0xC45C823ABF6BE7A3, "-2.1035714292304637e+21"},
    {0x85DB8F36512811E2, "-1.8978162617054526e-280"},
    {0x05ED654FEEBA9289, "4.0485415833856668e-280"}, {0x45A4720C32E80652, "3.163787673658554e+27"},
    {0xACFBDD8BFCAD8032, "-5.3435131987911045e-92"},
    {0xA92756C0F6DE513B, "-1.9409379267466776e-110"},
    {0x6ED427486867E0DE, "7.459782024117405e+225"},
    {0x9225E5BEB39F06F2, "-3.0289113527705903e-221"},
    {0xCC3EC906A4DB82D8, "-1.9324219408735353e+59"},
    {0x75F3C278D22C6A52, "1.5190625338064824e+260"},
    {0xE6CFB5CBE93047C4, "-1.724668061362471e+187"}, {0x4E4529E35B3482CA, "1.141140425826361e+69"},
    {0x0E97622E98FA08F6, "2.2443645263503906e-238"},
    {0x6B740218FFE7B20E, "4.1111648201381315e+209"}, {0x4074A27C785B73D6, "330.155388219105"},
    {0x01AC622F1CF0F77C, "1.3244658604588482e-300"},
    {0xA2A9E13EF85490DA, "-1.0611434377137097e-141"},
    {0x7B3E5E4D23549E0E, "4.515827154282578e+285"},
    {0xDF5D9484C2400AE2, "-2.4206846901781808e+151"},
    {0x16DF811D7B08D221, "1.6463170578203918e-198"},
    {0xF616D104AC448468, "-7.016246853795981e+260"}, {0xAC92A5EA4DBBD92C, "-5.587481534696164e-94"},
    {0x8AAC608E90BD1413, "-2.952996146044875e-257"}, {0x4B5B5FCB4B7DEBAC, "1.0487708243383536e+55"},
    {0x5CFA43803B0BB8AB, "7.819041308254984e+139"}, {0xE5461C3DB474DEBE, "-7.167742400364225e+179"},
    {0x490DB40F267390B0, "8.280087219641516e+43"}, {0x95C911D507EE7AD4, "-9.99496628518082e-204"},
    {0x612AD5FF890F1A33, "1.1790286866551334e+160"},
    {0xA4D34130211AD6E4, "-2.7126722010673066e-131"},
    {0x3DE15F3C516DA037, "1.2639803848901816e-10"}, {0x60D7356E050ABA12, "3.186461964430639e+158"},
    {0x9B8825F4663483AA, "-4.767364927810061e-176"}, {0x1D98F96F4C0C186D, "4.235226821608615e-166"},
    {0xBE633C25880B4B80, "-3.582788199941964e-08"}, {0x3F8DCDC3EE4BCB5F, "0.014552622518271439"},
    {0x8D6FE3F10AE67FD7, "-5.8381257845036506e-244"},
    {0xB4F825DAB8DB8BFD, "-1.5757219541887536e-53"},
    {0xBDEBDBA8A73C02DF, "-2.0269393422139275e-10"}, {0x7FA96792999DCF74, "8.919851620994603e+306"},
    {0x1F028A96B40EC07D, "2.637630382426157e-159"}, {0x2598A5EB5A583072, "1.4223474222058198e-127"},
    {0x1328CF5C10F0E409, "2.2490539092108885e-216"}, {0xB2C12461B685E483, "-3.255482472209233e-64"},
    {0x4DD74BB35C640D88, "9.813296562732635e+66"}, {0xDC917D9604DA15EC, "-8.1362072613682e+137"},
    {0x590CEBD1746F4861, "9.335209277430476e+120"}, {0xAE63AA42C1E00657, "-3.16334805152449e-85"},
    {0x10EEBD80120AA6C5, "4.055089761243865e-227"}, {0x3233FEFAB96F1994, "7.416933533609888e-67"},
    {0x680ED70DF4DB30C2, "1.7588240922264607e+193"}, {0xB91EA05DE43AE0C9, "-1.474609094268575e-33"},
    {0x18E13164BC6B0EFF, "7.71761233763065e-189"}, {0xCF91337FE1CC0736, "-1.9450775588699857e+75"},
    {0x74FEFB88023F0DA6, "3.6344057980280694e+255"}, {0x5D8444E4A6482507, "3.089603368192107e+142"},
    {0xB241CD54499C8D92, "-1.3206307561106264e-66"},
    {0xA0738D30ED82563D, "-2.3331513017705867e-152"},
    {0x5CD06373B80D0537, "1.2197667997008906e+139"},
    {0x20D59EB83F288C17, "1.6511930190647383e-150"},
    {0xF0484DEF046E24BE, "-7.546612951828915e+232"},
    {0xCC3BE45FD6EA0110, "-1.7508147018969618e+59"},
    {0xDD433C50C1EAE28B, "-1.832541781099431e+141"},
    {0x93F840F892736E32, "-1.8011203574088948e-212"},
    {0x844A751346FD540B, "-5.42975328806241e-288"}, {0x86F0BDA5E49599B5, "-3.022042070759121e-275"},
    {0x5354187C965D528E, "2.619876106325473e+93"}, {0xDC0BFD29FD20B24F, "-2.542929040381202e+135"},
    {0xEA5AD61F2C78B7BF, "-2.1034953057913225e+204"},
    {0xD1F951557BF4272C, "-7.869428619767416e+86"}, {0xDBBA1CB96F1F7B4A, "-7.413813049572618e+133"},
    {0x4F1A03A2113730F9, "1.1490774561912946e+73"}, {0x72DA494B26642904, "1.7948410617940576e+245"},
    {0x0D5F15A687721646, "2.8453023689505216e-244"},
    {0x86A0CA241B546405, "-9.471411176420382e-277"}, {0x377CB6E3C6A67C93, "2.060158103594996e-41"},
    {0x067900B0BEEF11DE, "1.763075307610623e-277"}, {0x2B8B1BA9CF120226, "6.196834117038689e-99"},
    {0x56AB511AD10B2F51, "3.2077352141534364e+109"},
    {0xFE23A0D2276EFA3E, "-4.107771956743589e+299"},
    {0x02B69FE6085FD193, "1.3837742625377947e-295"},
    {0x94AF44DDDDDF1129, "-4.755620159204146e-209"}, {0x4199F047C1E2BE06, "108794352.471428"},
    {0xC1F4ECFAA5EEF791, "-5617199710.935441"}, {0xBC09346D14C5DC8A, "-1.7079429671610038e-19"},
    {0x9C8E4F2AB1BB6443, "-3.921458264057579e-171"},
    {0xB3B461BC9E21BE51, "-1.2683615526156025e-59"}, {0x644BA535E6FF4948, "1.367507287595421e+175"},
    {0xF88ACAAA958813A9, "-4.5292449006368223e+272"},
    {0x67E200D966F3381B, "2.566845814748054e+192"}, {0xBF09E9237FF987FC, "-4.942073428250424e-05"},
    {0xD63CD15D2642D5EB, "-2.643745908466864e+107"},
    {0xA8F9A9E316EA28BB, "-2.667838601173161e-111"},
    {0x905A5FF19FE49B8F, "-6.7953554369067895e-230"},
    {0xA9E9D74CE87D6858, "-8.802401102704155e-107"}, {0x1ECE683D2183AEDC, "2.703513263190532e-160"},
    {0x08364FE894D75891, "4.223428664446905e-269"}, {0x0BD45D12814748BB, "1.1110085859827813e-251"},
    {0x88D1E42560B9C4A2, "-3.467873117914383e-266"}, {0xC15AEEADD288A538, "-7060151.2895901725"},
    {0x67AFBD4060F51451, "2.8282911207767408e+191"},
    {0x12FBECAE4DF9349C, "3.1642375807123174e-217"}, {0x6D0219DB58DAD0FD, "1.247985492251345e+217"},
    {0x2DBA9DA8FAC6D99E, "2.0905558847843694e-88"}, {0x55332D43C04D126A, "2.6844481676236077e+102"},
    {0x8DAB4003BD5F95A2, "-7.981801515079109e-243"},
    {0xDD41972AA6EF3B71, "-1.6758148474359025e+141"},
    {0xB8A58896CDF0479F, "-8.100021652244985e-36"},
    {0x946E9AD9388EB768, "-2.9091336803015467e-210"},
    {0x5D10F200FA9B83F1, "2.017938665856912e+140"}, {0x31A5C827F484FD6C, "1.5779962470947552e-69"},
    {0x2F47F320EC64DA36, "6.312067518681491e-81"}, {0x45D37CFFBBA7233B, "2.4125318613102314e+28"},
    {0x10AE58870868C859, "2.5019120584139215e-228"}, {0x1DFB087164729B71, "2.933974283768773e-164"},
    {0xC7D2805DA831013A, "-9.837047004644654e+37"}, {0x31F390027B6D2D12, "4.535092862916562e-68"},
    {0x6C6F1F1E20F46DAC, "2.0954060897436433e+214"},
    {0xABB3641552707A22, "-3.5461778805011924e-98"},
    {0xCCA028C6944D0EE3, "-1.2983480963923703e+61"}, {0x2979BFB6E9F6B86D, "6.85235733636454e-109"},
    {0xA677A03757385BE4, "-2.2337220246419336e-123"},
    {0x0F86403D771155BE, "6.998125057043516e-234"},
    {0xE878DD3AD08021FC, "-1.8150614202728009e+195"},
    {0xD4847FDA5B2D3493, "-1.401168234452123e+99"},
    {0xE1CCCCB3232BE2DD, "-1.2956695559648341e+163"},
    {0x4EFD2CD25A968326, "3.2217445529159657e+72"}, {0x5B3762E361E7F5CA, "2.5936974233410375e+131"},
    {0xDC6DAF638B50AC1B, "-1.7261031541201689e+137"},
    {0xFFCF8CC6A1DB43A3, "-4.431019470293055e+307"},
    {0x294F3FDBE08593FB, "1.0395226409693019e-109"},
    {0x833482250097E05F, "-3.211112540633608e-293"},
    {0xF0E1C4D7C5724177, "-5.649728667050959e+235"}, {0x7DEB42BC0E6990F4, "3.565680592403553e+298"},
    {0xEE13E6ABF0CE7231, "-1.7984279794164416e+222"},
    {0x5A1FEFDE833261D5, "1.3511767819260139e+126"}, {0xB83C605E83197175, "-8.3390868580908e-38"},
    {0xFAA328A83961DCB6, "-5.564352474998072e+282"}, {0x5F11709ABFB96CBB, "8.919918456376706e+149"},
    {0xD55D4F43509EB0C8, "-1.6411517323244895e+103"},
    {0x843392140BF75BC5, "-2.008208085047994e-288"},
    {0x913B6E9E884272B3, "-1.1579836274885102e-225"},
    {0x97C95A29DC7FC91A, "-4.341186853479976e-194"},
    {0xC88C6C0E7F2CAF3B, "-3.0948922140458744e+41"},
    {0x755158F4AA18C6B8, "1.3023652268520286e+257"}, {0x4DA7D543261D00C3, "1.2549568650720759e+66"},
    {0xE0371FF8CC5B489A, "-3.1005408499977935e+155"},
    {0x8E69DC82294A9143, "-3.1027360680214795e-239"},
    {0xB701893DF8CDEC1D, "-9.829325046044415e-44"}, {0x226B23D06813D4AA, "6.955050567126062e-143"},
    {0x919FBF016E0B7B18, "-8.576573772089815e-224"},
    {0x5916D17B9E1AEBA0, "1.4730633259704252e+121"}, {0x19B4A92CA8CD062D, "7.597498046594394e-185"},
    {0xD8B7AF99E8A0058E, "-2.389180522844644e+119"},
    {0x9B070CD6D60A262A, "-1.777568702157286e-178"},
    {0xFE9F98B82C110538, "-8.463996564665656e+301"}, {0x62BF1B92F0B03864, "4.585911405502702e+167"},
    {0xC0E18DFD9DBEA1B0, "-35951.92550593929"}, {0x2A4D2393641352B7, "6.352514789806574e-105"},
    {0x58BE61C6CEC57069, "3.0646000149496317e+119"}, {0xB600ECA0E78B2271, "-1.447512080642117e-48"},
    {0x6763656D54930548, "1.0802491262435625e+190"},
    {0xE865B43C135ABB9C, "-7.921872106541208e+194"},
    {0x692D66F7C68E0200, "4.3956920260334646e+198"},
    {0x666823CF62CF7C6F, "2.0514574583050324e+185"},
    {0xB4AE056C46740C32, "-6.1217925676640134e-55"}, {0xC0FEAD6471213548, "-125654.27761956037"},
    {0x350B35E26F96380F, "3.5511341680048007e-53"}, {0x6F2CC147B04795D3, "3.405964504063009e+227"},
    {0xE2260C94734248F1, "-6.348619575807823e+164"},
    {0xE46611DBB6B8F505, "-4.3668178466836226e+175"},
    {0x5FA8E69A9E2E9AAE, "6.520802745200257e+152"}, {0x85DFDE36DB4F7D7C, "-2.19451822972588e-280"},
    {0x1FA150169E50A73A, "2.521974570382661e-156"}, {0x1762F3B664BD2786, "5.070700054476732e-196"},
    {0x54D14A6187EBF5D9, "3.781876955945087e+100"}, {0x5F5491402DAD819B, "1.683127165989922e+151"},
    {0xA7671502C6E5D1FE, "-7.150996135171126e-119"}, {0xBEA45F87ADFB54A1, "-6.071676032735242e-07"},
    {0xE6CF1F3399E7726F, "-1.6926733794949455e+187"},
    {0x9911963C7D1ED7F5, "-6.315547890640664e-188"},
    {0xB2A604DF0D7E7A25, "-1.0454158847652934e-64"}, {0x21604E5DAC848F65, "6.37621111210105e-148"},
    {0x86405CBA9DE818BD, "-1.4422359432623555e-278"},
    {0xF65B7D1259A10B4F, "-1.3524719120407041e+262"},
    {0xA6C0BDF41DE927A2, "-5.06523107506007e-122"}, {0x0D39E740DD35EE51, "5.927604174156428e-245"},
    {0xD2A29D57996E0702, "-1.1849576989979894e+90"}, {0x9FADB70B15AC4D31, "-4.32860724520305e-156"},
    {0x45FF9D988109A2CE, "1.5655290941073471e+29"}, {0xE996FD26B7DB6A4D, "-4.3992109992548e+200"},
    {0x0117918411687F0D, "2.148002957299822e-303"},
    {0xE1636C33E36B9ADB, "-1.3653266153806693e+161"},
    {0x62C98E7A12F756B3, "7.535114076030917e+167"},
    {0xF3A412132A82BC21, "-1.1226564976023122e+249"},
    {0xFE43AC8DCF8B3274, "-1.6469454669080837e+300"},
    {0xD2FD2D7FB499E82B, "-5.943608547512483e+91"}, {0x71772D4063CD20A2, "3.7730223453758194e+238"},
    {0xD0B3B99C5BD4A279, "-5.847049816142218e+80"}, {0x3F174E6F27831300, "8.890679771684715e-05"},
    {0x57B2F1CD580CCBED, "2.91583150287036e+114"}, {0x497CC6B8B059B69F, "1.0267711112620882e+46"},
    {0x0C7A774F23E050DA, "1.4786069415542317e-248"}, {0x43D5E15C69450BDD, "6.306571807024444e+18"},
    {0x938AE2EC9F89A4DA, "-1.5598618216462631e-214"}, {0xA483118356882595, "-8.3951103524575e-133"},
    {0xEEEEA9828E037198, "-2.2699136769019492e+226"},
    {0x1E199976839E2B74, "1.111356132680336e-163"}, {0x4E63B03CFC7403CC, "4.246392306036097e+69"},
    {0x53D46BAB069BF4E7, "6.815326675268575e+95"}, {0x27C829A8E49AC9C0, "4.790907178055686e-117"},
    {0xE7609C352B088A8F, "-9.250853094950264e+189"},
    {0xB5D92021F4996FF3, "-2.6861839260815936e-49"},
    {0xAB34F004B73177FF, "-1.4957112967411128e-100"},
    {0x2455B3A6C5DE59BE, "1.194309701861359e-133"},
    {0xE146B02FE3BC6A35, "-3.9872028998987805e+160"},
    {0xEA7A214B20BD0B30, "-8.192517032984948e+204"},
    {0xA7B12A829E25C084, "-1.701814476953173e-117"}, {0x3A9703295440BDE1, "1.8589227791274776e-26"},
    {0xE4BA9AB6A1EBB10B, "-1.6844964815716643e+177"},
    {0xE1020F8F21CA435B, "-1.983737359707064e+159"}, {0x62F008CBA1B87719, "3.782066342429289e+168"},
    {0x572BEBA708BD9E58, "8.393283104695482e+111"}, {0xDE655811D8813ECB, "-5.330453654861307e+146"},
    {0x1768A0A3669BCDDB, "6.589205328911229e-196"}, {0x240B8F04CF6FB4FA, "4.739474216930678e-135"},
    {0xB47BB557C2C06035, "-7.062716913835999e-56"}, {0x4120B4A18B020A5D, "547408.7714999426"},
    {0xF72858E8EC62DCF6, "-9.813345046333091e+265"},
    {0x293EA318DE98B239, "5.0957630418858917e-110"},
    {0x63DCAED44669C6D4, "1.1084624596197431e+173"}, {0x4938888B0221A343, "5.471124577335695e+44"},
    {0xCD3454CD2442060F, "-8.363793277220782e+63"}, {0x022F988C5FB796A6, "3.7743739440263784e-298"},
    {0x845A8ED3C91A4BA7, "-1.0900795627552247e-287"},
    {0x7B37E75BC3D0DE46, "3.554527146130846e+285"}, {0x271F8111FE7D9E8C, "3.0500708980168605e-120"},
    {0x2C1E0380A47B1916, "3.51285859582507e-96"}, {0x3A2F5433264EDE75, "1.9771318990227312e-28"},
    {0xCF4AE7E72BE7617A, "-9.507711892327959e+73"}, {0x4EDFAA5C61EE26DC, "8.741882268037491e+71"},
    {0xD5E82FA4707EFDD4, "-6.933849189970138e+105"},
    {0x26A7407053F5EA5D, "1.7586796796773865e-122"}, {0xB6F307FEEECD485D, "-5.333687716122088e-44"},
    {0xBEF5170FDA29C8A7, "-2.0113073001267478e-05"}, {0x479084F0022CA7E5, "5.489474767116691e+36"},
    {0x16B3254A36E25B78, "2.5012281315743824e-199"},
    {0x8847A858F0272F88, "-8.956218811055847e-269"}, {0x58660AC28CE4342F, "6.948001968768468e+117"},
    {0x1FC639AE62302A00, "1.2950311564663523e-155"},
    {0xBD3CF3C9B4DAE3AB, "-1.0285921997309005e-13"},
    {0x072002772373D86C, "2.3120395819249263e-274"}, {0x5B751CE46D598573, "3.746495265574073e+132"},
    {0x03E074619383F631, "5.276450647170681e-290"}, {0xAB5BFFAB6581C31E, "-8.000542855000384e-100"},
    {0xC53F6FA01FE9E6E5, "-3.8003836866326785e+25"}, {0x6FD110112E72303E, "4.139101089086836e+230"},
    {0x64B13C71E6C5050B, "1.0913317754001926e+177"}, {0xACD88208479F9264, "-1.174919554730398e-92"},
    {0xED609BC2FF1DA8D0, "-7.328512209932014e+218"},
    {0xAA68191F7E8FB1B9, "-2.1014302470550886e-104"},
    {0xC4706F59E5A48417, "-4.850745630163897e+21"}, {0x07261A3B5DF3F259, "3.191940127335982e-274"},
    {0x555D46FFC2B30BE4, "1.6393442136353573e+103"}, {0x0F5D856B4E2FED44, "1.160584953673069e-234"},
    {0xAD03B177118678DB, "-7.552802561262358e-92"}, {0xB58583CF6F5DEE3C, "-7.18802782285718e-51"},
    {0x1108612F16D13755, "1.2864126165851602e-226"}, {0x41B08C9426562179, "277648422.33644825"},
    {0x0DEEAE30CD4143DD, "1.4378545735415186e-241"}, {0x43AE1B412995910F, "1.084699646183901e+18"},
    {0xA8A91F66C437867F, "-8.161261382828698e-113"}, {0x4480D5EB3E8EBB6E, "9.937996419574698e+21"},
    {0xC118F02BEDE4398A, "-408586.9823159209"}, {0x668FD4950991C64D, "1.0820053954841446e+186"},
    {0x3831FE7B06E1B379, "5.287980362912381e-38"}, {0x20EA09B2940B2369, "3.977203495929384e-150"},
    {0x07181B79A181C65A, "1.7407362779042967e-274"},
    {0x9EE19B2251D8A297, "-6.261419793763813e-160"},
    {0x9BC4767465D93922, "-6.463619068707118e-175"}, {0x4F96506B529185B7, "2.5232427867285385e+75"},
    {0xE3815CC84D90435D, "-2.096805236329016e+171"}, {0x4B9A7B5AFBDCDFCB, "1.6233331139155502e+56"},
    {0x5EB1DD62E4A91C3A, "1.4276962057003818e+148"},
    {0xB94EA9CB66A3F2C4, "-1.1811058087567921e-32"}, {0x353D9B90809542A6, "3.0911853655945277e-52"},
    {0x045994F046CD64FB, "1.0500140395515982e-287"}, {0x9B7649E33B323468, "-2.20011710853263e-176"},
    {0x6AC1649826C0B0A9, "1.7450192086252793e+206"}, {0x2D01F47A8B64365D, "6.8861521904705e-92"},
    {0x748966CC16DFF854, "2.3279123112586695e+253"}, {0x5B30FCDE89D223CE, "1.884059075844525e+131"},
    {0x9836065DC6AB0C65, "-4.827431248936776e-192"},
    {0x5F189872940E0376, "1.2579792690493117e+150"},
    {0x96E3DA46019DB447, "-2.0748701856614512e-198"}, {0x3E09F38D4E5EE109, "7.552844155146407e-10"},
    {0xB9ABC92786E6E3CE, "-6.849718531113653e-31"}, {0xD27C85E4B76AA11D, "-2.269625793375491e+89"},
    {0x43D76ADEB1A438F9, "6.749623459797788e+18"}, {0xC3CE8BC942987871, "-4.4021482615273477e+18"},
    {0xBED60FDFCBFEA9B1, "-5.259992747067724e-06"}, {0x7E61B893EAD3DBDA, "5.933816115652925e+300"},
    {0x19E76C92C3AE0851, "6.890898282150215e-184"}, {0x58DC673D444167F4, "1.1460056674012458e+120"},
    {0x80588D41FFB2F9BF, "-5.462954235295532e-307"},
    {0xF5BCFEEC1BC16DA6, "-1.393192851875563e+259"}, {0x3210121618738174, "1.4902338132539225e-67"},
    {0xF1284205DD59A32D, "-1.2340701336948327e+237"},
    {0xB02C85E5AE9BD196, "-1.2316487295485632e-76"},
    {0xBA2D46B25A6E8AAD, "-1.8475853803461449e-28"}, {0x6DDBDDF3FBADFDB9, "1.573936173406397e+221"},
    {0xF45084ADD330A80A, "-1.892261432665649e+252"}, {0x04B0A45148ACAF4D, "4.371657506563603e-286"},
    {0x82AAC0172E508D1E, "-8.180574421703454e-296"},
    {0x9B885456A4CEA741, "-4.8031349000585236e-176"},
    {0xB688CE4C623051D0, "-5.431313084977757e-46"}, {0xF716EE46780D4901, "-4.621199251795894e+265"},
    {0xF96151C3A663B37C, "-4.797098822988064e+276"}, {0xC3D0B08927C7CCC1, "-4.810447617826948e+18"},
    {0x46223AAE226B682B, "7.221337857303886e+29"}, {0x1B21E33E115BCB2B, "5.517803676545348e-178"},
    {0x26CE6BA6C35B00A4, "9.203612035679427e-122"}, {0x12EF4F70A6AA5032, "1.7739466235625768e-217"},
    {0x10C206FBA2B8D649, "5.945158352199214e-228"}, {0x7C34047B0C73D343, "1.950768483006025e+290"},
    {0x4589501E9CF19FF3, "9.792479846500326e+26"}, {0x01EEE72184D34D13, "2.3072408378089672e-299"},
    {0xB8BF00413CF3F5D7, "-2.332255681694617e-35"}, {0x40CDC80D14063E78, "15248.102173595908"},
    {0x96D3271221AE559D, "-1.0008547898588906e-198"},
    {0x546C59EE34A8B396, "4.8446391988805077e+98"}, {0x09CB54362C06E2BA, "1.73578826584201e-261"},
    {0xA253910D7791B321, "-2.5071348862038633e-143"},
    {0xE191E6536A20CFF7, "-1.0066156701312552e+162"},
    {0xDAF73CFA4FC2F924, "-1.610795937539043e+130"}, {0x2C17A14FD94D30A3, "2.765714895400588e-96"},
    {0x0174ECEEECB3C29E, "1.22056419799185e-301"}, {0x850970A9A4D8D841, "-2.1385170888073241e-284"},
    {0x9DC4214E35CF6A2C, "-2.730978705397357e-165"},
    {0xFC5E3AE39E11E758, "-1.1784047605959146e+291"},
    {0xDC4D585FD9E650E3, "-4.2658473741185217e+136"},
    {0x6862EB895EDA065D, "6.905733791585722e+194"}, {0xC12469379D5E2E1E, "-668827.8073591625"},
    {0x7100AFDDD014AA76, "2.1222879876203666e+236"}, {0x77F337494E5DE1BF, "6.344804875167172e+269"},
    {0xCFA5E8B7DFDEF276, "-4.95487369720291e+75"}, {0x0394BDC18B37549A, "2.0784462960418527e-291"},
    {0xADBA35B8CCD14223, "-2.0586657382395152e-88"}, {0x46EAA864562D729B, "4.3254722694445044e+33"},
    {0xBF720A0E56E70414, "-0.004404121411824686"}, {0xD4D395752F2E4DF4, "-4.2834723046571334e+100"},
    {0x712935DA7D4B62A0, "1.2825247083486281e+237"}, {0xC6FA704FA0DEB4ED, "-8.579853563074415e+33"},
    {0xE1B35B91391A583C, "-4.3544277314164315e+162"},
    {0x27D19167260CB023, "6.966642481047893e-117"}, {0x79E9E9D207AE8B1D, "1.8374255200460066e+279"},
    {0xE35C75D4E030397F, "-4.2963210136861766e+170"}, {0x3655D0CC9DDD84EC, "5.970741775511293e-47"},
    {0x7B8D8B5A3C352DF6, "1.4058541280396835e+287"}, {0x0389E3883F7D2EA6, "1.297137732205975e-291"},
    {0xB6E62156F30A0C39, "-3.1011061507018637e-44"},
    {0xA7A9104F47A37F1A, "-1.2423874508269462e-117"},
    {0x8361FA3E2105E6D4, "-2.251872360148925e-292"}, {0x30D1DE52B8308697, "1.5801850206310587e-73"},
    {0x99114D5F3ADEC9D6, "-6.213336923127701e-188"},
    {0xCDDC4386F784BAD3, "-1.1906093005805262e+67"}, {0x4588C0B90448A0F9, "9.575784637372568e+26"},
    {0xC3DF2D7A8A1B3E9D, "-8.986346090835637e+18"}, {0xDFAF951A82727403, "-8.270531885669307e+152"},
    {0x22EC3ECAD438253E, "1.8530108198439983e-140"},
    {0x8054080147F811F8, "-4.457105422502793e-307"}, {0x529E19FF884D1801, "9.580929878582614e+89"},
    {0x5B90B326DF562E1C, "1.185358395935746e+133"}, {0x3C7901754F4EF9E8, "2.1688984163759195e-17"},
    {0x84E9C5DA7143EA55, "-5.416226328324044e-285"}, {0xCDA01997F94286DF, "-8.477626412272106e+65"},
    {0x55720F15058310D2, "4.044735883017578e+103"}, {0x6F0D3AC0BC8CC38E, "8.655420856046455e+226"},
    {0x4E65486061D590DD, "4.590248114665922e+69"}, {0xF66B9E6113EC5319, "-2.7177467344386844e+262"},
    {0x8F0D598A1A32DE26, "-3.6057699816419585e-236"},
    {0x9F68BE3094BC9A17, "-2.2527001169838534e-157"},
    {0xA0F83AA0E9BA867D, "-7.401810764384581e-150"},
    {0x8E1D78AAA0EA9443, "-1.1049523768341858e-240"},
    {0x6E72D3A3FDE99627, "1.0888585848801919e+224"},
    {0xA00899A71D357070, "-2.2934589995330935e-154"}, {0xC1FE8DD86BD3CAF9, "-8201799357.237054"},
    {0xFEEA88A8E381E813, "-2.2744979241443833e+303"},
    {0xEF0F3C3AAA6DFBF3, "-9.24936715201827e+226"}, {0x1F58E8F4FAB3E3F7, "1.1339549485307829e-157"},
    {0xFB38250F77844778, "-3.590367716031905e+285"},
    {0x2476373E2E785F45, "4.8903927261259455e-133"}, {0x656C6AE934488EED, "3.684980012936769e+180"},
    {0xEA8FF10F08E94A8D, "-2.0029228270658719e+205"},
    {0xBE32FD0989ED6CEC, "-4.421087633869104e-09"}, {0xC6E8709BD5203EE3, "-3.965596900153883e+33"},
    {0xACFF8379FFC5A23A, "-6.043090279744424e-92"}, {0x6F22BD418F74FD57, "2.219625378025879e+227"},
    {0x988034519A92F3D4, "-1.136540481436595e-190"},
    {0x9D6159B5227CBCDA, "-3.677921122331564e-167"},
    {0x1C3D31F18B0B3829, "1.1804085438723013e-172"}, {0xC85E478F278AD745, "-4.121435798317495e+40"},
    {0xEC3CA83F39558B4D, "-2.4118535038848285e+213"},
    {0x18A75843B9C442EB, "6.549416260061609e-190"}, {0x14474710336F36D2, "5.531603981349596e-211"},
    {0x3BD4ABD920EE861A, "1.750925680596438e-20"}, {0xA3CD2591E1BDAB24, "-3.1328688640947365e-136"},
    {0x4DC2A5CBD50339FA, "3.927651717096592e+66"}, {0x6780B2C2C2DC65B2, "3.7199673156629755e+190"},
    {0xB2B1219D8398AADA, "-1.62671512054388e-64"}, {0x93ED51387BEF3EFE, "-1.0885705310030283e-212"},
    {0xDEDDBC11AA0FE845, "-9.505186147750933e+148"}, {0xC01CB3A1A8C08A8E, "-7.175421368362221"},
    {0x02D43D17C7057AF3, "4.951373301275974e-295"}, {0xBD51D46D1FBB2209, "-2.5337655670401326e-13"},
    {0xB19CB9A10EFA0B1F, "-1.0405016485820129e-69"}, {0x1E61B1463DADD847, "2.45788189793912e-162"},
    {0xE03D47B9511E79F0, "-3.9258291510552647e+155"},
    {0x13DE9859010BB4E1, "5.6800880828565244e-213"},
    {0xA1C6837CB5A33074, "-5.634267668675877e-146"},
    {0xC7E30EE8A66ACD20, "-2.0266194223911445e+38"},
    {0xF26F4284EF99660B, "-1.6675285645333232e+243"},
    {0x863DA4EEF4876768, "-1.3064861227300067e-278"},
    {0x5880271BFF18B7C7, "2.0366450584167874e+118"}, {0x62F104D233C03C70, "4.014277131642541e+168"},
    {0x612CDD5B3FACB104, "1.2681609200391155e+160"}, {0x6D9890BE460987F1, "8.671630243258733e+219"},
    {0xC7C7A36E765438F5, "-6.284165746207884e+37"}, {0x37E1E765199EA76C, "1.6442122920549713e-39"},
    {0x77C5856557265565, "8.882396555340345e+268"}, {0x74ECBB6ED4E688CF, "1.6852122970869955e+255"},
    {0x3A075BF02342133C, "3.685421354546162e-29"}, {0xE332A2A130742E94, "-7.032881650477442e+169"},
    {0x4C1AB18FC854602F, "4.1889611030720367e+58"}, {0x2CB991FB48D07665, "3.064616718043847e-93"},
    {0x0B30FE78C454BCDB, "9.054408078966955e-255"}, {0x6ECA359E8F4484EE, "4.850703044771787e+225"},
    {0x96F0FFE2F52475E2, "-3.553370249590688e-198"},
    {0x90DC26E112C62C78, "-1.8568232417930156e-227"},
    {0x093838CE70C3EEDB, "3.004775455610494e-264"}, {0x5DA10D2972FE2BD9, "1.039652852420967e+143"},
    {0x53128ED07AE5840D, "1.5121218436369276e+92"}, {0xB1119D0F7CD23DCE, "-2.492224415299323e-72"},
    {0xDBD9989FFBCE8068, "-2.9069223323244434e+134"},
    {0xEAC49674F8479753, "-2.0655482730258707e+206"},
    {0x492C9B0F7442417E, "3.1896426432412577e+44"}, {0xA2A26C52A5B117A2, "-7.553976184722373e-142"},
    {0xAE322541FB386815, "-3.6486407062300296e-86"},
    {0x18BCD0281AE71F96, "1.6167129128244458e-189"}, {0x71F5E46CD3C615BB, "9.123629760142717e+240"},
    {0x185EBCD799A92CF6, "2.6948440428857914e-191"}, {0x17A2822B61B0F18D, "7.923251433027077e-195"},
    {0xF05709113279972D, "-1.430516169207939e+233"},
    {0x81E54DE8396D9AC7, "-1.5906040936425696e-299"},
    {0x0ECFA369E1DFBC16, "2.429332954912368e-237"}, {0xACB28CB31B27F10E, "-2.223187478790411e-93"},
    {0x578E8B7B0DAC90C5, "5.876602670736318e+113"}, {0xEA44C13601235840, "-8.134000147747611e+203"},
    {0xC65A0896F245D89E, "-8.250362353694035e+30"}, {0xCBBF7166E2AF5879, "-7.709795320580166e+56"},
    {0x3E1BB046CD19415C, "1.6116874956099063e-09"},
    {0x925B0202CA4DE960, "-2.9886377456384288e-220"},
    {0xB68686D6DE51CF30, "-4.932289487850998e-46"}, {0x660FCC336304130C, "4.22223620766818e+183"},
    {0x706817BB3C3B88AF, "2.9923483025158063e+233"}, {0x46F439FA6FED93B1, "6.563867262423889e+33"},
    {0x918A2D4F45AEE051, "-3.536005730473362e-224"}, {0xD7549E51089602DE, "-4.95854046124735e+112"},
    {0x95BCF9364A84B3A5, "-5.7756874016230196e-204"},
    {0x89581F757A9266AE, "-1.1969970428411845e-263"},
    {0x009B76514C708A9F, "9.776859904908648e-306"}, {0x86891F1978BAA0C3, "-3.542903028927735e-277"},
    {0x18B5B66296BD9886, "1.2182920455227777e-189"}, {0x4E452C4F2B8F5A93, "1.1416503791135387e+69"},
    {0x5F0428226E782C6A, "5.154765564471013e+149"}, {0x00CF69C89E108D7F, "8.946781300904512e-305"},
    {0x3A61E11419D521B0, "1.8053391519513723e-27"}, {0xD1DBF2DE685DED92, "-2.1718032823261792e+86"},
    {0x0C2838047C0F9B3C, "4.2283074971563914e-250"}, {0x4026C8CA48E3D699, "11.39216830998639"},
    {0x73320287331D915A, "7.870225426457826e+246"}, {0xA1EBCD3900CEF7B9, "-2.783060779185636e-145"},
    {0xF19C1B85D7F966A7, "-1.8302860283248707e+239"},
    {0xDBA4DAF8F9042C88, "-2.9606414772521623e+133"},
    {0xC43C62CA188E749E, "-5.236273632250009e+20"}, {0xCCB568B94CBC1D41, "-3.44030610464557e+61"},
    {0x8A5B0A7CAB4F38EF, "-8.793584080574009e-259"}, {0x7983111D858920AA, "2.112443620382271e+277"},
    {0xDB594FBA96D15217, "-1.1228842404227414e+132"},
    {0xE181C3FD5BF5B6AF, "-4.995364631052714e+161"},
    {0x8B35B4A256793E40, "-1.1564730428456478e-254"},
    {0xD99CF616D3DAA6B5, "-4.7862577139280114e+123"},
    {0xF4850AFE01C99FB7, "-1.9284694056069635e+253"},
    {0x495189DC91685B53, "1.5644884277932196e+45"},
    {0xFF2BCED19BB45EE6, "-3.8139377990167967e+304"},
    {0xE039634EB41AC2F9, "-3.4039635068440213e+155"},
    {0xEF2223DD0D7C9083, "-2.14865269714669e+227"},
    {0xDCD3E2AEF9CBEB34, "-1.4800423601093757e+139"},
    {0xE11E2B96379F365F, "-6.627607562235087e+159"}, {0xC6C4045883014D13, "-8.119849955587625e+32"},
    {0x8E83C65CAFAFB375, "-9.490010307263039e-239"},
    {0xBCEBC40654DE7D96, "-3.0826143428227713e-15"},
    {0xABD76A8C58BBD7FF, "-1.7129232605364924e-97"}, {0x5C89BCFBA4535E96, "5.986409975997565e+137"},
    {0x1B452FC4C241B9A4, "2.6141695333295206e-177"}, {0xBB81F61F5C02D247, "-4.754347230329351e-22"},
    {0x614E60E64DC84B3D, "5.3386842344412874e+160"},
    {0x5E170F9D641B7E64, "1.7997657198139125e+145"},
    {0xC84F4499C5E1CA54, "-2.1279878626410937e+40"}, {0x5836F08086CE9D5C, "9.038607907733388e+116"},
    {0x850F4AB9F5383FD0, "-2.6304257044598533e-284"},
    {0xD9D7F472ECD680A0, "-6.3342061969864675e+124"},
    {0x7E5A66D7976EB8B3, "4.4202621722909814e+300"},
    {0x1BA138921C11DF13, "1.3599106822390422e-175"},
    {0xB1191B27588C2EB5, "-3.5523828888622574e-72"},
    {0xD1B53CE9AF333B89, "-4.1258286811683305e+85"}, {0x204A841AF200CD37, "3.955312649401866e-153"},
    {0x21F29F79699B05D4, "3.728468608597025e-145"}, {0xAB5830B7338C2BBE, "-6.912300667219808e-100"},
    {0x5BA18F8B69CE4C27, "2.492932044892139e+133"},
    {0xD871650F2E6DBE2B, "-1.0966216888626149e+118"}, {0x48CFD38CC17FECCB, "5.544935079864432e+42"},
    {0x27B227FF5BBF6C29, "1.7999797514379207e-117"},
    {0xCF9EAFC8DC97E4EB, "-3.4699924975720403e+75"}, {0x66D15AAB0EC15051, "1.887735893805214e+187"},
    {0x599592FFBACA0D79, "3.565440837408077e+123"}, {0x8620A21ED8706423, "-3.665320949782729e-279"},
    {0x152F11AA6B987EFB, "1.2096517433230057e-206"}, {0x07564EFB67C3BA63, "2.577358170266148e-273"},
    {0x568B8AB6C90D7FB2, "8.085401406472985e+108"}, {0x06C209B676914CBC, "4.070248574071255e-276"},
    {0x0BFB2EC09163BB6B, "5.932189725812679e-251"},
    {0xDC30786BD0B6E2A4, "-1.1971320985498607e+136"},
    {0xAA4B3DD38AE3BC4E, "-5.93885449571052e-105"}, {0x27241DD8BED5D6D3, "3.8951669034469926e-120"},
    {0x24F851405EE86B28, "1.3703730943532008e-130"},
    {0x6D1F3896FAB59530, "4.3051118959423316e+217"},
    {0xFE06F34ACC6CC0A3, "-1.2007572445881323e+299"},
    {0x1A1D7C2F5AE123FB, "6.939133045151838e-183"},
    {0x83F9BCFAD2BCBB8B, "-1.6506780994996282e-289"},
    {0xE85D18786A54EB5C, "-5.3098755885341614e+194"},
    {0x6D4CD536F7AF8E1F, "3.1806416920021367e+218"},
    {0xA77EE8565D7F8E13, "-1.9150783565028677e-118"},
    {0xCA87385130C51DCE, "-1.0859536560192944e+51"},
    {0xDAFE487F45C931AE, "-2.0991322192777262e+130"}, {0x0DD49005BBE3964A, "4.81838233573546e-242"},
    {0x0E6DDF31069C9D68, "3.5838964807825465e-239"},
    {0x8E92F3BCDD460C93, "-1.819033911895799e-238"},
    {0xF57EFDDCE7E152C6, "-9.306813959118437e+257"},
    {0xA7AA9CA6B543012E, "-1.3191308984361037e-117"},
    {0xDC258AA3767BB2EE, "-7.828618811853637e+135"},
    {0xACDA156CB5F0B078, "-1.2504616439880433e-92"}, {0x00BB07A9D079B2FD, "3.849190500392011e-305"},
    {0xFD910A1B1324D3EF, "-6.964853209585765e+296"}, {0x3BEA54399FDB1852, "4.4603068185640246e-20"},
    {0x8FEDD75719A119DD, "-6.00660729419656e-232"}, {0x5EB1A3009E82F37B, "1.4094702255231085e+148"},
    {0x7996AC475834B7EE, "5.023938459955489e+277"},
    {0xFBF9AB10CDFBE301, "-1.5634057148729044e+289"},
    {0x6819BF8A6A2AB3E3, "2.936866498285334e+193"}, {0x6B86A135C7776F8A, "9.299643646247749e+209"},
    {0x901D5F264E99E2CD, "-4.7296837335804454e-231"},
    {0xD4FBD02C0269995E, "-2.4333751835453043e+101"}, {0x42A9292D0700B5CE, "13832319893594.902"},
    {0x60E50CF01A6DC04E, "5.78030754827475e+158"}, {0x6451A751B1F940F8, "1.7465078325119674e+175"},
    {0x1FF4062E8C5781EF, "9.334182307218933e-155"}, {0x258B2D1BD6163BEA, "7.841166527841386e-128"},
    {0x99ACB638560469E9, "-5.279016894561693e-185"},
    {0x5DA305C7036095E0, "1.1598373812932783e+143"}, {0x27472ADBFF8DB864, "1.794359221668338e-119"},
    {0xFE73DD5793A0AB82, "-1.330319293639083e+301"}, {0x4985A4C545D0A5BF, "1.5445414159626444e+46"},
    {0x4941FB985C139FA6, "8.020593949090634e+44"}, {0x3301CFDE0776CF64, "5.412316109006706e-63"},
    {0x0202C3CACADDD5F7, "5.604005564888057e-299"}, {0x6429001A773D58E6, "3.091679958843127e+174"},
    {0x835AD00B377938B5, "-1.6792845991402198e-292"},
    {0x1A32DABF31F9F908, "1.774913502943886e-182"}, {0x2FA902EF85EE9783, "4.218813431695726e-79"},
    {0x4F907F502B4C7182, "1.865487115398749e+75"}, {0xC9B3D3141CCE5F9B, "-1.131780339304852e+47"},
    {0x7B6DE1E8C199816A, "3.5548576046282718e+286"},
    {0x07B6D348F80DC886, "1.6877224450814968e-271"}, {0xB9B35871AB8B2E30, "-9.538060243335585e-31"},
    {0xFFCA9DC685B393E8, "-3.7381217647141634e+307"}, {0x50685803A79AE7FB, "2.25505610374401e+79"},
    {0xD73A6C867AA731C5, "-1.5886775740526666e+112"},
    {0xE831BE23E8C96515, "-8.095017680626585e+193"}, {0x0DAEB2D7EDBB8743, "8.991914760401883e-243"},
    {0x7023BBEE83D8E0FE, "1.5318780008349096e+232"}, {0x0BA4FFD6719F2684, "1.432121377498178e-252"},
    {0x83B03558319DA267, "-6.49686326239028e-291"},
    {0x9E5952DC6EFE7968, "-1.7590132033696086e-162"},
    {0x9E9E06A5B8506981, "-3.3370239526028846e-161"},
    {0xA88C0085C2F8011A, "-2.2741616475398052e-113"},
    {0xB43E8E47CDAF3345, "-4.867817094872259e-57"},
    {0xA16F650BDF770563, "-1.2276332618488968e-147"},
    {0xCC9E091BEC49DBA4, "-1.2066329978351154e+61"},
    {0xBA8ED11AE8D91BBD, "-1.2446813205562107e-26"}, {0x07022B4AF321A336, "6.55975590095345e-275"},
    {0x2F6CDA492FEA62D3, "3.0417065582065562e-80"}, {0xBAE8E2B5037EBDC4, "-6.432770249779548e-25"},
    {0xFB500F64EDF86423, "-9.55267621296258e+285"},
    {0xA0D7414504A2936F, "-1.7760605262491774e-150"},
    {0x8A276F5C450FFBE8, "-9.526179038765838e-260"}, {0x6C8A38E473A47C00, "7.062145252316105e+214"},
    {0x152221B8CA3676C2, "7.059470587678702e-207"},
    {0xA46C9147EEC09D04, "-3.1443017989951473e-133"}, {0x3E05675C79736161, "6.229312507674289e-10"},
    {0x2367297D7D9447EC, "3.8899980983803106e-138"},
    {0xAF8B0C7D84D2E5B3, "-1.1406148044173892e-79"}, {0xAF063A6C5222DAA5, "-3.661472595169455e-82"},
    {0x978E8DA0808CA68F, "-3.269866008508752e-195"},
    {0x26DFE36411824C29, "1.9295337870334258e-121"}, {0x031143B5024246E0, "6.757993363662786e-294"},
    {0xCAECA5126413AF5F, "-8.573837200136572e+52"}, {0x0F4FC41A410F9A9B, "6.244192405700084e-235"},
    {0xEFDA084C533B1612, "-6.3149679215091426e+230"},
    {0xF9AC4275D756E3CD, "-1.2523686530991319e+278"},
    {0x5DCB338BCC0366C2, "6.6340453752893895e+143"},
    {0x01434E559C0FA747, "1.4076235649759613e-302"}, {0x7405DE0DD6AC746A, "7.82822911456413e+250"},
    {0x4992C2800C10F515, "2.6774833230467977e+46"}, {0xBAAEF6FB1CFD9672, "-5.002628269767025e-26"},
    {0xDBEFF02A171FBADE, "-7.254337052342937e+134"},
    {0xED814790C52C8919, "-3.0498561385859853e+219"},
    {0xD1D2E7E39B3BC58A, "-1.4691096831192601e+86"},
    {0x8B0E13BDA9423430, "-2.003133222048385e-255"},
    {0xFEC8B5D45373EF55, "-5.295453631223863e+302"},
    {0x9C8D51C05C97E653, "-3.793382944513758e-171"}, {0x6B11722E57B70BB2, "5.601100720711315e+207"},
    {0xA6302E28FC127F57, "-9.56111890018591e-125"}, {0x539EF99BC543BC79, "6.46115909979964e+94"},
    {0xE9EF5515AEFC8D89, "-1.9186698230823883e+202"},
    {0x106BA33373D119A7, "1.4241381914206064e-229"}, {0x14AC1B420D70A83D, "4.274638854542922e-209"},
    {0x79FC0704524F7502, "3.9746505843833674e+279"}, {0x3069CA64BC459E6A, "1.7818557223149126e-75"},
    {0x31E53FBA3E96D0C1, "2.4630213337526315e-68"}, {0xD3A0038E63317AC5, "-6.680754774866686e+94"},
    {0x2580D8AD98B79A1F, "4.860701268206076e-128"}, {0xCC4793B4375F79C3, "-2.9599006143665163e+59"},
    {0x26CD4BC02468F965, "8.863364674346943e-122"}, {0xA58174657B6D8E51, "-5.036207098619959e-128"},
    {0xDE47743B2C54E5F0, "-1.4643515526000786e+146"},
    {0x2D792AD0D3071A0C, "1.2354837714572612e-89"}, {0x274260EF87352660, "1.4234606081735172e-119"},
    {0xACE152D1FBC05078, "-1.6609914472657283e-92"}, {0x409F7DD54D04BB0A, "2015.4583016146812"},
    {0x72FEEF2033A001E6, "8.44877520774574e+245"}, {0x28F628B32F9CB8D6, "2.3035172034559122e-111"},
    {0x28AE0073572089C6, "9.746268387860518e-113"}, {0x61FE481BB1C359B5, "1.0898770760371688e+164"},
    {0x15DBC57BC90FB45A, "2.2144252628729393e-203"}, {0x0EF6BEACE8C9E8D9, "1.397159645812956e-236"},
    {0x122DE2BD55204CDB, "4.133868427455285e-221"}, {0xAB0051BE2AB56D3B, "-1.457247128053588e-101"},
    {0x71CE798A89889E79, "1.5875484942902402e+240"}, {0x109E6F60C0FE99A4, "1.25463561157549e-228"},
    {0xE80B151F71503CD8, "-1.5445293541794585e+193"},
    {0x5C2CA7A373D7AA84, "1.0413722889303935e+136"}, {0x409F2B690BA7220A, "1994.8525835146452"},
    {0x93552401A2086D06, "-1.5331387047822247e-215"},
    {0xB0A186913F7B1B85, "-1.9373376041675256e-74"},
    {0x7D65AD6ABDB6FD89, "1.1075750057831197e+296"},
    {0x8E248C54D215FB8B, "-1.540801198558617e-240"}, {0x3D0099D43A65A832, "7.372278163062302e-15"},
    {0x81947F949299ED6D, "-4.782593590807957e-301"},
    {0x90FC7D59077EBAD6, "-7.516406083030745e-227"}, {0xB196617A177337EC, "-8.106922543743693e-70"},
    {0xA192FCA68922395F, "-5.93959122173694e-147"}, {0xC81D1097AF69A183, "-2.472560970814009e+39"},
    {0x637D61CBFA719BCB, "1.7741861533393294e+171"},
    {0xF6584939CDEA8914, "-1.1949037391123085e+262"},
    {0xF6AEBF9FFA93607F, "-4.841173527441798e+263"},
    {0x1DAEBC7CA23D1CD0, "1.0424702162924284e-165"}, {0xC3962B4CCBE4FA0F, "-3.993637328591595e+17"},
    {0x3622CBC36D7D33BB, "6.430355690278539e-48"}, {0x220C50BF641D68C4, "1.1337964901576002e-144"},
    {0xB80E247427AFC500, "-1.1072568076984813e-38"},
    {0xDD269FEB61E11B79, "-5.388532932069389e+140"}, {0x59001AF1038981BB, "5.198469278817762e+120"},
    {0xBB84F5C263FD8DB5, "-5.548065120264716e-22"}, {0x057E02A18440F532, "3.229044875213639e-282"},
    {0xB3D0427D8682A9D7, "-4.047381396978634e-59"}, {0x6A79CFBBDBF14A28, "8.092629238902998e+204"},
    {0x09DCFDDE05693564, "3.6827902977936697e-261"}, {0x631F55D83DBD245C, "2.956459027889463e+169"},
    {0xFE5243A0204BEE50, "-3.0578448239272e+300"}, {0x01EF6661BC2DC7A7, "2.3443528952194623e-299"},
    {0x3C2ABEA92134A0E4, "7.249183950211361e-19"}, {0xDC09472F88B6737A, "-2.296634933691673e+135"},
    {0x1067058170D8F40F, "1.1862795789210606e-229"},
    {0xA29AC73B9C99675D, "-5.489898327630171e-142"},
    {0xF1C5F9DAB9BE0BC1, "-1.144814401687627e+240"},
    {0x760DE89136246E2C, "4.5985445878470247e+260"}, {0x5DC3DAE4A9BBE959, "4.842381141704307e+143"},
    {0x7E2F59B637876CEF, "6.5609888124200695e+299"},
    {0xE6039260C4C45945, "-2.598830190880667e+183"},
    {0xFF188AC79D43B4F5, "-1.6830131430313162e+304"},
    {0xACAA8848B1E44A20, "-1.5899637615273152e-93"}, {0x5B6C411296102942, "2.506865149965235e+132"},
    {0xC82E3B75FDD86C52, "-5.1437540533541744e+39"},
    {0xA29CBBDF7FF9ED41, "-5.890827630694683e-142"}, {0x251C05CCDF684633, "6.316713774656916e-130"},
    {0x8893D8AF5A306B3A, "-2.4042861843587265e-267"},
    {0xACF0F28C592D2BD1, "-3.249868590221374e-92"}, {0x2C9FA00F9E02C321, "9.475784343083308e-94"},
    {0x3A5A380046956807, "1.3237088113657088e-27"}, {0x5B784F0248FD5146, "4.3135870640014944e+132"},
    {0x09B9A224BBE4C59F, "8.140471092312e-262"}, {0x465083C5286A4390, "5.233725943024689e+30"},
    {0xE338F4F5A40D8876, "-9.418630162851924e+169"}, {0x56F1BB1114382A1C, "6.662619666060479e+110"},
    {0xF9CCEB6584729272, "-5.126453867808817e+278"}, {0x53A2F1AC7543501F, "7.903167782113292e+94"},
    {0xA29BD6CDA604D6EE, "-5.707380975460091e-142"}, {0x7F705FAAC97B851F, "7.18625186500101e+305"},
    {0xB7C306DB5995D964, "-4.368335490452463e-40"}, {0x334AD5CA0EB7E833, "1.304650991492165e-61"},
    {0x08AE15DD696CD473, "7.289366476454959e-267"}, {0x19227CDF267D8EAB, "1.3278147069723497e-187"},
    {0xE4A91C7CCFA7222E, "-7.949802025032202e+176"},
    {0xE999C2B14CA7CF97, "-4.929600433211018e+200"}, {0x29160F5B7C0C9B84, "9.172905291683265e-111"},
    {0x865BAB2A21175D7D, "-4.877658401662663e-278"}, {0x3D6DE58408864448, "8.497109410613693e-13"},
    {0x3AA5E68BECBA3F12, "3.538228328794043e-26"}, {0x3E566B5F1B6897F0, "2.087971192657847e-08"},
    {0x05CE956C7A473BA6, "1.0530376213183537e-280"},
    {0x9BCA7AF398800066, "-8.364405757229826e-175"},
    {0xB436D9EA31ADE459, "-3.6404109302440555e-57"},
    {0x69CAD2D471CB2FEA, "4.1064206793104115e+201"},
    {0x20B1EC28CD72781C, "3.4220056021449106e-151"}, {0x417C69DEFCC8D023, "29793775.79902662"},
    {0x7E127A6BDD3663F6, "1.9335507148403617e+299"},
    {0xC91281B98830D460, "-1.0317850793129345e+44"},
    {0xE5AA198AB474C4A1, "-5.415070662069426e+181"},
    {0x9D8C7A3DC65EEE80, "-2.4146508654273808e-166"},
    {0xCC960C7EAC6EA7E5, "-8.857767055315285e+60"}, {0x9B79CE8C14B0EAB8, "-2.547399890345252e-176"},
    {0x10F65E0BE44D6E07, "5.901170729813302e-227"}, {0xB61A18BDE2D8B161, "-4.46401269175018e-48"},
    {0xCF56DD5E61A71AFC, "-1.615938635471494e+74"}, {0x5A7650A6D6940C4B, "6.042212018628094e+127"},
    {0x74A5722E91F42EBA, "7.861639617328596e+253"}, {0x15239D21D9098864, "7.636505690276791e-207"},
    {0xF4AEC1A4C60940FA, "-1.1274626194439065e+254"}, {0x45B9BE2B176CDA5D, "7.967024645137967e+27"},
    {0x01615535D5B71FEF, "5.055037760546431e-302"}, {0x486C341A20522C2F, "7.677729427866324e+40"},
    {0xFB64D4AE15AB7E74, "-2.4780579232813087e+286"},
    {0xD8A479DD2354A655, "-1.0326997536510512e+119"},
    {0x6A96FD1A52CF5EF9, "2.883043201619046e+205"}, {0xFF9ECFD2A2C1C340, "-5.409196811420865e+306"},
    {0x929AE36E3D26E8CE, "-4.7606706721164735e-219"}, {0x3FC6319C56EF9723, "0.173388998459978"},
    {0x1EB4D6E583ABB65B, "9.264209345891515e-161"}, {0xD1382A9D6B629A1D, "-1.8338843311934144e+83"},
    {0x64818BE18AD99CB2, "1.388723421582804e+176"}, {0x232BC60CED095F7C, "2.9153099562423555e-139"},
    {0xA05979A49ACBE772, "-7.600099300678372e-153"},
    {0x8BD2AEE3B38E5230, "-1.019328135812968e-251"}, {0x753741324FCBEEA6, "4.364621399893049e+256"},
    {0x7E7779E3923AF488, "1.5721796235862356e+301"},
    {0xDB81E9066F15F570, "-6.356380115880242e+132"}, {0x831753C288626473, "-9.13117388324235e-294"},
    {0x845D8AB1ED8A9023, "-1.2125531277768508e-287"},
    {0xE46BB34E478F98E1, "-5.480923454361659e+175"}, {0x3FD320AA650488F0, "0.2988687502385252"},
    {0x3FE58DF63EC140B6, "0.6735793328935162"}, {0x3FE36A3D9966383B, "0.6067188259201041"},
    {0x3FB10ED957BC81F8, "0.066632827682504"}, {0x3FB3BF03903D22F8, "0.07713339110808792"},
    {0x3FC8187796532B20, "0.18824667778093218"}, {0x3FBD8971A1529270, "0.11537847698725456"},
    {0x3FD6BAF9B72AC0C8, "0.35516207587626214"}, {0x3FE39EFC08844718, "0.6131572882024754"},
    {0x3FE8896C5769DBA0, "0.7667752940459316"}, {0x3FD6F538D73B4BB4, "0.3587171651717498"},
    {0x3FCE349D497E3E00, "0.23598066414386665"}, {0x3FE57064D55CDCF6, "0.6699699561349053"},
    {0x3FDC5040F9B8FC48, "0.4423983038613568"}, {0x3FE0244A3F15E679, "0.504429934705697"},
    {0x3FEB2B1BB5E183CA, "0.8490122368203796"}, {0x3FC6B15DD9FA01E4, "0.17728779929531335"},
    {0x3FE29C96817AFAE8, "0.5816147354997527"}, {0x3FED3F81A824CCCD, "0.9140022548730485"},
    {0x3FE9786F739160DF, "0.7959515816865198"}, {0x3FA2DC6011E4B990, "0.03683757990289671"},
    {0x3FE27912D4E58DE1, "0.577279487432346"}, {0x3FE8AD391C62E9B2, "0.7711453966542676"},
    {0x3FD40473973AB946, "0.3127716996049411"}, {0x3FE9E4F0F01D0C6F, "0.8091969194141607"},
    {0x3FE5DA5A281DEED2, "0.6829043181928347"}, {0x3FE245EA13C9FD88, "0.5710344683174506"},
    {0x3FDF7E4325DFAD5C, "0.4920814390049679"}, {0x3FE7C6CAB90786F6, "0.7430165876250772"},
    {0x3FC1C34E412765E0, "0.1387727563986081"}, {0x3FD9718A782B4124, "0.39755498633623376"},
    {0x3FC5CE4C4C8692C0, "0.170358216634801"}, {0x3FB4636FAAABD158, "0.07964227597023432"},
    {0x3FC997FCED5CA434, "0.19995080556808065"}, {0x3FD2F02EB3D8A9E6, "0.29590957224959735"},
    {0x3FE880FF0568B96C, "0.7657466035505371"}, {0x3FD9B9C82194E8DE, "0.4019642188974454"},
    {0x3FE47EC031C0C982, "0.6404725047816984"}, {0x3FD42534BCB9AB70, "0.31477087431146966"},
    {0x3FEDCD0E0C51765D, "0.9312811127271733"}, {0x3FEFA4D2FCC76BE0, "0.9888701378907818"},
    {0x3FEC83CC6ECE1E90, "0.8910886921084558"}, {0x3FE4CF86A1D86527, "0.65033275232705"},
    {0x3FEAD924D8760881, "0.8390068271403522"}, {0x3FE4CEE01F64962D, "0.6502533543723011"},
    {0x3FA8EFE93187ED30, "0.048705375000248075"}, {0x3FE248CAFB469E85, "0.5713858516437119"},
    {0x3FD94B8D317E498E, "0.3952362998326401"}, {0x3FE151901B66F6B2, "0.5412064109038595"},
    {0x3FEE21CDB243CFB4, "0.9416264039741606"}, {0x3FE60A89A96625B1, "0.688786345345923"},
    {0x3FD21CAE6C7BA1B6, "0.2830005702403712"}, {0x3FE9BFCA2471E598, "0.8046618186773911"},
    {0x3FD5D438E7C7035E, "0.34107802042495006"}, {0x3FEF691FD4820CAA, "0.9815825605914104"},
    {0x3FE7171B13794D1F, "0.7215705280636121"}, {0x3F82DD23839AED80, "0.009210851148387489"},
    {0x3FD7F65FA01B28D6, "0.37441244731293233"}, {0x3FD41FBF2C0A0B82, "0.314437668807095"},
    {0x3FD6E13A49B03F9A, "0.35749680706157394"}, {0x3FD9E2C7251F49E6, "0.404466425182504"},
    {0x3FD88E54A5BAC962, "0.3836871736958952"}, {0x3FDCC32478A9D6A2, "0.44941055091417514"},
    {0x3FD6F991651C1A7C, "0.35898241876603953"}, {0x3FED69BA024DC69F, "0.91915607881511"},
    {0x3FDB269AC11DD558, "0.4242312322524717"}, {0x3FD341EB627DECB2, "0.3008984052500622"},
    {0x3FE41507DF8F4B82, "0.6275672308350837"}, {0x3FD992C4135292E0, "0.3995828808495343"},
    {0x3FDE0A624E15292E, "0.4693837893033955"}, {0x3FE4447984E2A59E, "0.6333587260643758"},
    {0x3FE9E210D88BBB80, "0.8088459233675707"}, {0x3FED81FAD67AC302, "0.922116679101322"},
    {0x3FC0B67B854845B0, "0.13056892402577835"}, {0x3FD52577D36588D6, "0.33041186947060674"},
    {0x3FC93BD5B4EB45E8, "0.19713851293504026"}, {0x3FB82709FFE9D878, "0.09434568879973593"},
    {0x3FEE7D38BCC6E00B, "0.9527858435676547"}, {0x3FECF2430B9BCB0D, "0.9045729853372407"},
    {0x3FA275B06185A7D0, "0.036054145721962194"}, {0x3FEF07D9D7FF4849, "0.9697083681769608"},
    {0x3FD7715AE66E8938, "0.36629364493468897"}, {0x3F977625FB41C980, "0.02291163774538907"},
    {0x3FD765B045FBD1F4, "0.3655815776285458"}, {0x3FB726CF4B051F38, "0.09043593961280016"},
    {0x3FEC518D300E73CA, "0.8849550188639281"}, {0x3FB3B484E14D15D8, "0.07697325230136387"},
    {0x3FDC50FA6009AC40, "0.4424425065869322"}, {0x3FC0DAFABE052B9C, "0.1316827228386871"},
    {0x3FD322CE46529E02, "0.29899937503293483"}, {0x3FD8D77082BB3902, "0.38814938322765624"},
    {0x3FD8D5E2C07497CA, "0.3880545501182239"}, {0x3FD8FB9489D5FEF4, "0.39035523853816234"},
    {0x3F71AA4B1EB80F00, "0.004312795102581424"}, {0x3FE6FAB75262E480, "0.7181049927813916"},
    {0x3FE56CC7DE2DA9E9, "0.6695288981839528"}, {0x3FEF6D7D2388F207, "0.9821153348962647"},
    {0x3F75B9CFA8B40380, "0.005304156463581289"}, {0x3FD990360DCC9E6C, "0.39942694995486394"},
    {0x3FD2AD6CC0B1F1BE, "0.2918350106990849"}, {0x3F90FDD6A1A45F40, "0.016593316665505897"},
    {0x3FE9498D4C590372, "0.7902285090604961"}, {0x3FE37D1BE9076716, "0.6090220977159528"},
    {0x3FECE79E59618702, "0.9032737489435194"}, {0x3FEB93F8D487A0DF, "0.8618129874203325"},
    {0x3FE0B07CFED1DF3E, "0.5215439774465052"}, {0x3FEC9384FD2A18BB, "0.8930077499978987"},
    {0x3FB05EB339268458, "0.06394500870966746"}, {0x3FC59B6BEF2EAD24, "0.16880559138130835"},
    {0x3FEA362527AE489C, "0.8191095137610946"}, {0x3FC15A3F74469848, "0.1355666463616123"},
    {0x3FE704FBB18434C4, "0.7193582980268265"}, {0x3FD56A6EA4D5132E, "0.33462110611826545"},
    {0x3FC80AD9517BD208, "0.18783108214087485"}, {0x3FD8F54272ADA31A, "0.38996945570993236"},
    {0x3FBA6D56A12E9468, "0.10323087153536081"}, {0x3FDDDCE85D6E3C04, "0.46660813449938154"},
    {0x3FE823A43E8AD8C1, "0.7543507787256872"}, {0x3FC53210618DC074, "0.16559033168187265"},
    {0x3FA32A22E6E5C890, "0.037430849729291116"}, {0x3FEA0D7CFC622244, "0.8141465119707125"},
    {0x3FE2B2FC1E4701FE, "0.5843487349848713"}, {0x3FE17EDEFE9C46AD, "0.5467371914730471"},
    {0x3FD3C6D87C918A44, "0.309011575364057"}, {0x3FD30B86986BF666, "0.2975784767621462"},
    {0x3FB1A9A1B304A938, "0.06899462338029572"}, {0x3FDB3D1E16BCB03A, "0.42560531826416403"},
    {0x3FDB3205A612401A, "0.42492810457133745"}, {0x3FEAFA89B9F45FBD, "0.8430832511830811"},
    {0x3FE23E0C27136A4B, "0.5700741542053235"}, {0x3FB65602A5904DA8, "0.08724991361696388"},
    {0x3FEB4C6F7346FED8, "0.8530804873953128"}, {0x3FCCB6203DB712F4, "0.22430804265436388"},
    {0x3FD7B9428908A9C2, "0.37068236715517966"}, {0x3FD3BA15A45EEB0A, "0.3082326989348735"},
    {0x3FEDB10E4447AD38, "0.9278632482141012"}, {0x3FDE0D4922FAA5E2, "0.469560894164344"},
    {0x3FDAD88DC7698834, "0.419467396486769"}, {0x3FEFFE848C2E7133, "0.9998190629881151"},
    {0x3FDFD6960BF275B2, "0.497472297350977"}, {0x3FD8C820CEE3510C, "0.38721485332395456"},
    {0x3FEE366BF8E7C719, "0.9441432820733296"}, {0x3FBA9A9EB44CC6A8, "0.10392181302884274"},
    {0x3FE6518F4D94631B, "0.697456027529458"}, {0x3FD93A2B9E4F817C, "0.39417543849960857"},
    {0x3FD6FF5F0F32E7F4, "0.35933662876379846"}, {0x3FEC3569ED9BB711, "0.8815202370439882"},
    {0x3FD13E50778115E0, "0.26942836447082463"}, {0x3FE827D4E91D2879, "0.7548622658735119"},
    {0x3FEFD391236649C4, "0.9945760432622639"}, {0x3FEEF18C722D7C30, "0.9669859151871432"},
    {0x3FE2D205AA5FCC69, "0.588137467157492"}, {0x3FC69BDCA864FDC8, "0.1766315290678746"},
    {0x3FCF3EA5FC69CD74, "0.244099376915624"}, {0x3FEADE100C2B5B9F, "0.8396072614367432"},
    {0x3FEF575A51C8DC51, "0.9794131848674487"}, {0x3FC8D05CDE1E3C14, "0.19385872693644102"},
    {0x3FBA91290D62A120, "0.10377747132099957"}, {0x3FD8331CFFAB31DC, "0.3781197067990243"},
    {0x3FE8B7FA5A63C4D1, "0.7724582448410279"}, {0x3FE1F7D874C29A6F, "0.5615045814964342"},
    {0x3FEE5BFD0DE3EACD, "0.9487290641112281"}, {0x3FACC7847C282F30, "0.05620969787204755"},
    {0x3FE569D61DC0C837, "0.6691694813837391"}, {0x3FEA775DC9A304EE, "0.8270710886210091"},
    {0x3FB9AB976FF73888, "0.10027452930009606"}, {0x3FECA1FEA2DD8581, "0.8947747403109788"},
    {0x3FEEC3894584BD17, "0.9613691671164898"}, {0x3FEAACB2B00E515B, "0.8335812986938821"},
    {0x3FCE784314F70A00, "0.23804510615998709"}, {0x3FC1684060CFAD7C, "0.13599400260077832"},
    {0x3FC2B527F49C85FC, "0.14615344470898595"}, {0x3FA0FFE31E6216D0, "0.033202264269716175"},
    {0x3FE03DAA4CF7472E, "0.5075274947396105"}, {0x3FEF8BF29232D44A, "0.9858334403458084"},
    {0x3FD4EDBAE22C40BC, "0.32700988852685575"}, {0x3FE003C3E4616A8C, "0.5004596195752398"},
    {0x3FEA40DD05814029, "0.8204178912656107"}, {0x3FB23DB0F0D3CE08, "0.0712538326222828"},
    {0x3FEB11A61985440B, "0.8459043978165267"}, {0x3FEC4C72D8F71FE9, "0.8843321073154559"},
    {0x3FC36FE6D304C41C, "0.1518524675716727"}, {0x3FE478658B000E83, "0.6396968569610667"},
    {0x3FCFBE1180C868DC, "0.2479879263708601"}, {0x3FE5F289C571079F, "0.685856710079168"},
    {0x3FE7588B7C47A404, "0.7295586993542433"}, {0x3FEFEE62E4857664, "0.9978498900706652"},
    {0x3FAA8F08748AAB60, "0.05187250540378474"}, {0x3FE2AF9ABE1F3132, "0.5839360917393945"},
    {0x3FD3D374B41BD768, "0.30978124226327575"}, {0x3FEB2185DF4066A7, "0.8478421554929881"},
    {0x3FC988E41A0969BC, "0.19949008246733324"}, {0x3FE3F9E68C255CE2, "0.6242554414010579"},
    {0x3FE3D39537AD4942, "0.6195779883803783"}, {0x3FE39299DD340945, "0.6116456337333963"},
    {0x3FD30A38CEFBCC6E, "0.29749889577141786"}, {0x3FEF78EA2330F706, "0.9835100829438665"},
    {0x3FE7C51A2A895D7D, "0.7428103285591728"}, {0x3FE9C8645E88B1EA, "0.8057119222990512"},
    {0x3FE35B8C36743B76, "0.6049252570681876"}, {0x412D3D6D9999999A, "958134.8"},
    {0x412411AC00000000, "657622.0"}, {0xC121C75266666666, "-582569.2"},
    {0xC118C548E17CE52E, "-405842.220203"}, {0x411561A257EB6BF4, "350312.585859"},
    {0x41248F4D8083126F, "673702.751"}, {0x4110A643D6041893, "272784.959"},
    {0xC121864000000000, "-574240.0"}, {0xC10316CB645A1CAC, "-156377.424"},
    {0x41206D3A00000000, "538269.0"}, {0x4129BD8A0F5C28F6, "843461.03"},
    {0xC11B57527AE147AE, "-447956.62"}, {0xC11B1E9A28F5C28F, "-444326.54"},
    {0x411142D800000000, "282806.0"}, {0xC0FCE2B400000000, "-118315.25"},
    {0x4122460A3BFB15B5, "598789.11715"}, {0xC113D2027DBF4880, "-324736.6228"},
    {0x411E0FC800000000, "492530.0"}, {0x4113CD6158793DD9, "324440.3364"},
    {0x411B681C27EF9DB2, "449031.039"}, {0xC115464800000000, "-348562.0"},
    {0xC0E2018EF9DB22D1, "-36876.468"}, {0xC12A4E2B66666666, "-861973.7"},
    {0xC11A33F58B7FE08B, "-429309.38623"}, {0x40FE637D8D50EBAB, "124471.847001"},
    {0x40EA0B21CE075F70, "53337.0564"}, {0xC12AEF7B13B01C93, "-882621.538453"},
    {0x412110C69999999A, "559203.3"}, {0x4127340ACCCCCCCD, "760325.4"},
    {0xC111ED9400000000, "-293733.0"}, {0x4121A725B3333333, "578450.85"},
    {0x4127E76E3D70A3D7, "783287.12"}, {0xC120B1CB9999999A, "-547045.8"},
    {0x411BB6F5B851EB85, "454077.43"}, {0xC12CD410F8A0902E, "-944648.4856"},
    {0xC12BA2E6C160956C, "-905587.37769"}, {0xC108D7F56D288CE7, "-203518.6783"},
    {0xC12421FB29FBE76D, "-659709.582"}, {0xC117519FC6CCA2DB, "-382055.94414"},
    {0xC121F4FEC26809D5, "-588415.3797"}, {0x40F81AE000000000, "98734.0"},
    {0xC122E09529FBE76D, "-618570.582"}, {0xC111B0E6B0BE0DED, "-289849.6726"},
    {0x410B0C99398201CD, "221587.15308"}, {0xC10E544AF5C28F5C, "-248457.37"},
    {0x411407DAC1A8AC5C, "328182.68912"}, {0xC1093831D23C42A6, "-206598.227654"},
    {0x411B102451EB851F, "443401.08"}, {0x411C881C00000000, "467463.0"},
    {0xC123D9B1C28F5C29, "-650456.88"}, {0x4115FF5F8F5C28F6, "360407.89"},
    {0xC112450821B3AEEF, "-299330.032912"}, {0xC12CFFA600000000, "-950227.0"},
    {0xC10035088FF97247, "-132769.0703"}, {0x41033F9180581494, "157682.187668"},
    {0x40FC3E8000000000, "115688.0"}, {0xC1164671B4395810, "-364956.426"},
    {0x4127DC56393DD97F, "781867.1118"}, {0x410D156396E04C06, "238252.44867"},
    {0x411F74FCA2EB1C43, "515391.1591"}, {0x4108662000000000, "199876.0"},
    {0xC12896A6ACA57A78, "-805715.3372"}, {0x410F86D1B4B8BEF9, "258266.213243"},
    {0xC119512400000000, "-414793.0"}, {0x412A986A2B52EB5F, "871477.084617"},
    {0x412A71961999999A, "866507.05"}, {0xC11AA51C00000000, "-436551.0"},
    {0xC12476BF0872B021, "-670559.5165"}, {0xC12CA54C883126E9, "-938662.266"},
    {0x4126248FFF559B3D, "725575.9987"}, {0x411AA363F0D5A5B9, "436440.98519"},
    {0xC12524333D70A3D7, "-692761.62"}, {0x40D3B9C000000000, "20199.0"},
    {0x412271E1570A3D71, "604400.67"}, {0xC0FE737A18FC5048, "-124727.6311"},
    {0xC10DA314CCCCCCCD, "-242786.6"}, {0xC1297BF8CCCCCCCD, "-835068.4"},
    {0xC1189B7984189375, "-403166.379"}, {0x41031C6666666666, "156556.8"},
    {0x411B0D18612D7732, "443206.0949"}, {0x41239E1200000000, "642825.0"},
    {0xC1213EC8CCCCCCCD, "-565092.4"}, {0xC11E83D3A3D70A3D, "-499956.91"},
    {0x412401F98154C986, "655612.7526"}, {0x412CD74C1999999A, "945062.05"},
    {0x41201ECC7E76C8B4, "528230.247"}, {0x412E09A4851EB852, "984274.26"},
    {0xC1234B11CCCCCCCD, "-632200.9"}, {0x41218FFF9D8E64B2, "575487.807727"},
    {0x411836386D916873, "396686.107"}, {0x410B6D422FEAC42F, "224680.273397"},
    {0xC0EE724000000000, "-62354.0"}, {0x4127176183A29C78, "756656.7571"},
    {0x41231D9FCC044285, "626383.89847"}, {0xC12A099D33333333, "-853198.6"},
    {0xC11CF28400000000, "-474273.0"}, {0xC123855C00000000, "-639662.0"},
    {0xC113DC684C083127, "-325402.07425"}, {0xC1036DD800000000, "-159163.0"},
    {0x40F6F0BA4189374C, "93963.641"}, {0x40F60CD666666666, "90317.4"},
    {0xC101532AEFD75E20, "-141925.36711"}, {0xC117439254FDF3B6, "-381156.583"},
    {0x412DDC259999999A, "978450.8"}, {0xC11737AF9999999A, "-380395.9"},
    {0xC116397473EEE526, "-364125.113216"}, {0xC11744B400000000, "-381229.0"},
    {0x4112F9DA883126E9, "310902.633"}, {0xC103A34E878E9F6B, "-160873.81619"},
    {0xC12C2D4FCCCCCCCD, "-923303.9"}, {0x40DE38BE88CE703B, "30946.9771"},
    {0xC121C94CD98F1D3F, "-582822.42492"}, {0x412B87EBEE573216, "902133.965509"},
    {0x40F8C5F3AE147AE1, "101471.23"}, {0xC1278DFF1999999A, "-771839.55"},
    {0xC1160D4476C8B439, "-361297.116"}, {0x412D7DB2D374BC6A, "966361.413"},
    {0xC0F7DF4D22D0E560, "-97780.821"}, {0xC105F04ED8793DD9, "-179721.8557"},
    {0xC10097529BDF8F47, "-135914.32611"}, {0xC126AF8409D66ADB, "-743362.019214"},
    {0x41229C2690BE0DED, "609811.2827"}, {0xC10B3C299999999A, "-223109.2"},
    {0x411EF7EBC28F5C29, "507386.94"}, {0xC11B7D5034395810, "-450388.051"},
    {0x4112FE01526E978D, "311168.3305"}, {0x4124427800000000, "663868.0"},
    {0x412B837A00000000, "901565.0"}, {0xC107F0B3EB463498, "-196118.48988"},
    {0x411B87D3DD566CF4, "451060.96615"}, {0x411A5F77C28F5C29, "432093.94"},
    {0x40DCD8A4F03D145E, "29538.577163"}, {0xC12BCDC800000000, "-911076.0"},
    {0x4124FF3300000000, "688025.5"}, {0x41228F774CCCCCCD, "608187.65"},
    {0x410C7AD000000000, "233306.0"}, {0x4122D4464B256FFC, "616995.14677"},
    {0xC11F04A7AC083127, "-508201.918"}, {0xC111C930F0A3D70A, "-291404.235"},
    {0x41267A04CE22C450, "736514.402609"}, {0xC125F323C28F5C29, "-719249.88"},
    {0x41167C2D4D551D69, "368395.32552"}, {0xC113959E7AE147AE, "-320871.62"},
    {0x4103B7A800000000, "161525.0"}, {0x412AF85941283904, "883756.62726"},
    {0x412D0B58CCCCCCCD, "951724.4"}, {0xC121A732DC28F5C3, "-578457.43"},
    {0x41138B1B86EE73E7, "320198.881769"}, {0xC11CB3BFA5E353F8, "-470255.912"},
    {0x40E0D9D99999999A, "34510.8"}, {0x412A3D1A00000000, "859789.0"},
    {0xC1134DD0FB024F66, "-316276.245126"}, {0xC10C46E000000000, "-231644.0"},
    {0xC105DC979999999A, "-179090.95"}, {0x4102968000000000, "152272.0"},
    {0x4121BA38F9947CFA, "580892.487461"}, {0x412667BCB7E90FF9, "734174.3592"},
    {0xC0F27A7789374BC7, "-75687.471"}, {0x4114357DE703AFB8, "331103.4756"},
    {0xC10B63B400000000, "-224374.5"}, {0xC0F4B0E53143393B, "-84750.324527"},
    {0x41161EEB0F5C28F6, "362426.765"}, {0xC12C557124B5DCC6, "-928440.5717"},
    {0xC124DF02CCCCCCCD, "-683905.4"}, {0x411721B2758E2196, "378988.6148"},
    {0xC12E5646CCCCCCCD, "-994083.4"}, {0xC12C07AC81C2E33F, "-918486.25344"},
    {0xC117D84400000000, "-390673.0"}, {0x411D471D75C28F5C, "479687.365"},
    {0xC1209F43107C84B6, "-544673.5322"}, {0x411199C39999999A, "288368.9"},
    {0xC11973637BB2FEC5, "-416984.8708"}, {0x4114E99E6EF0AE53, "342631.60834"},
    {0xC11D32E14CEFAA47, "-478392.325133"}, {0x40FCAA0F2708EDE5, "117408.94703"},
    {0xC12E472F18D4FDF4, "-992151.5485"}, {0xC12D067000000000, "-951096.0"},
    {0xC126D43400000000, "-748058.0"}, {0xC11FFCE6DF01B867, "-524089.71778"},
    {0xC113057AF62B6AE8, "-311646.7404"}, {0xC1268BB800000000, "-738780.0"},
    {0xC104CBEF55CFAACE, "-170365.9169"}, {0xC0EB702394BBE447, "-56193.111906"},
    {0x41041C7000000000, "164750.0"}, {0xC12B0CDC362E09FF, "-886382.10582"},
    {0xC117AE7800000000, "-387998.0"}, {0x411D306056F0068E, "478232.0849"},
    {0x411FFD8800000000, "524130.0"}, {0x4126343C036E2EB2, "727582.0067"},
    {0x411847C87AE147AE, "397810.12"}, {0x4117F098D495182B, "392230.2076"},
    {0x41256E7600000000, "702267.0"}, {0x412AF775CC67DFE3, "883642.89923"},
    {0xC12382C000000000, "-639328.0"}, {0x41042F0F573EAB36, "165345.9176"},
    {0x4127B59CEE978D50, "776910.466"}, {0xC12699DDDFBE76C9, "-740590.937"},
    {0xC1130F4E33D07C85, "-312275.5506"}, {0x412A2001C3FE5C92, "856064.8828"},
    {0xC1183F40B74BC6A8, "-397264.179"}, {0x442CB2E9DB812721, "2.6470045540997297e+20"},
    {0xC448DBEB9823336B, "-9.171375695196328e+20"}, {0xC43A00FE7E65A0D3, "-4.796869795354878e+20"},
    {0x444AC03A4BB808E9, "9.869336255483506e+20"}, {0x444CF86EE4BB3630, "1.0688206622508618e+21"},
    {0x4447E4D820E4CA6E, "8.815301597959152e+20"}, {0x44351FF85E6F5048, "3.896853205894819e+20"},
    {0x4447A86B232C4FCB, "8.728218919788477e+20"}, {0x44491D2B8FFB7439, "9.265410676079734e+20"},
    {0xC4492DEBF14D4A8C, "-9.28955211016476e+20"}, {0x444369956D51ABFA, "7.161924894870777e+20"},
    {0xC4426AF93F071508, "-6.794993097272868e+20"}, {0x443DC0336D6EC842, "5.48805111739245e+20"},
    {0x442CF871882FE274, "2.67205536898443e+20"}, {0x442CA2EEEE91A632, "2.6412470882589744e+20"},
    {0x443973041A67ED0C, "4.694563800906683e+20"}, {0xC431C79D994E777C, "-3.279784706002447e+20"},
    {0x44350FC5184C15E0, "3.885179667439451e+20"}, {0x444495301A7000A3, "7.593700057061475e+20"},
    {0xC416A6C835B6442A, "-1.0446157107104806e+20"}, {0xC44A577D76F3C1A5, "-9.718393435182697e+20"},
    {0xC43A303C7A011507, "-4.8309113307393786e+20"}, {0xC444EE6CB99D3908, "-7.722303844752409e+20"},
    {0xC43F9CB61FF786D1, "-5.831413145486534e+20"}, {0xC4452BA33D9224C9, "-7.81052100421254e+20"},
    {0xC43496618A01F92E, "-3.797709753937013e+20"}, {0x4449D3144A956642, "9.52756931379604e+20"},
    {0x440B43952706ED72, "6.286649143411699e+19"}, {0xC40D320226417FE5, "-6.731988285652341e+19"},
    {0xC3E0B84DB9DF7700, "-9.638386888280113e+18"}, {0x443EB640A6480291, "5.665350015529098e+20"},
    {0xC42AB2228FD1D0BD, "-2.4622566296786033e+20"}, {0x4435CF07F5B3975E, "4.022997879902761e+20"},
    {0xC43B4D8E6B30022F, "-5.036506120317105e+20"}, {0xC44613AEE8E9D18D, "-8.144933932904382e+20"},
    {0xC43DA253897CD376, "-5.46652421964005e+20"}, {0xC42BAC2C7D2A939E, "-2.5523425934273774e+20"},
    {0xC4427A9FE90F021B, "-6.817548611427305e+20"}, {0xC44ABA38B6F3AC59, "-9.860680443277671e+20"},
    {0x444F5F9FCE6178CD, "1.1574790383158602e+21"}, {0x4435037DA3B817E5, "3.876331627131734e+20"},
    {0x4437DCA5C6D0403D, "4.401744463525543e+20"}, {0xC449BD7CC05E4012, "-9.496452030481073e+20"},
    {0xC44F5EB0A9AA57A3, "-1.1573444125390845e+21"}, {0x444566B6173A247D, "7.895655082480366e+20"},
    {0x440006CF17EDBCDE, "3.695481779670036e+19"}, {0x444E02E2B350C50C, "1.1072204958071673e+21"},
    {0xC433B914C893C346, "-3.6382464233399425e+20"}, {0x443132A4EAF24DAC, "3.172439491775454e+20"},
    {0xC44547166C457EE4, "-7.85008052439637e+20"}, {0xC4338DB430A678C7, "-3.6069897714718625e+20"},
    {0xC441CA93FB9342C1, "-6.56383873360398e+20"}, {0xC439D503B977189D, "-4.7651791771891276e+20"},
    {0x443A60F5104F5A29, "4.866018542463846e+20"}, {0xC44D87C3933C30EC, "-1.0894768056797679e+21"},
    {0x442C4F4896F592F7, "2.6111090808633187e+20"}, {0xC3DE27011B021D4E, "-8.690826242963094e+18"},
    {0xC4418ADD1895EA9A, "-6.472016604646293e+20"}, {0xC4476006F42C703D, "-8.623892000890396e+20"},
    {0xC435CCDE6FFA21FE, "-4.0214398529657045e+20"}, {0xC42B21033A43B5EF, "-2.502204495404146e+20"},
    {0x44175E4B4A3C0727, "1.0776742994495418e+20"}, {0x442B6F76585DD787, "2.5304689706784545e+20"},
    {0xC44EEB9EC42E7DA2, "-1.1407610911209504e+21"}, {0xC42CC2998BC43104, "-2.652656133267072e+20"},
    {0xC43647D0FF984A3D, "-4.1100328662300446e+20"},
    {0xC42960E231AAA1D0, "-2.3407489941202272e+20"}, {0x44438B442493205E, "7.210466469689832e+20"},
    {0xC42A2CEB0BC1C6EF, "-2.4142601980026916e+20"}, {0xC413BBFB8F96BEB2, "-9.10084288955839e+19"},
    {0xC44EEC0EFFA4F461, "-1.1408242722757024e+21"}, {0x4448A4FD44EA1A5B, "9.092211842652248e+20"},
    {0x442AD0A581946E0C, "2.4732495566099802e+20"}, {0xC44ED3C203253842, "-1.1373221683143275e+21"},
    {0x44263B2DDAD17D14, "2.0504633731854067e+20"}, {0xC4401A16034E365D, "-5.94055197416562e+20"},
    {0x443803B3099D7E6A, "4.429884251440096e+20"}, {0xC44411346B303F41, "-7.403492302531772e+20"},
    {0x442857AC906605EA, "2.2451972045709174e+20"}, {0xC4482803DE26AF5A, "-8.91210500426417e+20"},
    {0xC44B097746494426, "-9.974883622784354e+20"}, {0x444C821ED921FA8D, "1.0517700085561202e+21"},
    {0x444EBCF83AC4320B, "1.1340380405979377e+21"}, {0x44448A0CAD246A6C, "7.57764795046123e+20"},
    {0x443928A2A17D66F1, "4.640966821104531e+20"}, {0xC43419C4EAC809DA, "-3.7079174856545416e+20"},
    {0xC442D5E716E9B76E, "-6.949094135390627e+20"}, {0x44410E789B5BCDE5, "6.292748067707946e+20"},
    {0xC4208266D9F0F740, "-1.5227217124043574e+20"}, {0x4445534B8C194C20, "7.867673410331623e+20"},
    {0x4441C4A4D6FB4E7C, "6.555286719110374e+20"}, {0x44474D420792FD9F, "8.596842682252094e+20"},
    {0x4445355AC6DFB07C, "7.824524588877113e+20"}, {0x443BFBF3C83A0FB9, "5.1621716466471594e+20"},
    {0xC44AEC8B9B2A2ACC, "-9.933204674731421e+20"}, {0xC446DB9644F1D23D, "-8.43302559535656e+20"},
    {0xC42BD74FD6297C7A, "-2.5678847235257146e+20"},
    {0xC4246F0B8595CDE9, "-1.8846825875779804e+20"}, {0x443E96D3367267E0, "5.642704124020586e+20"},
    {0x443C47A7BD587D39, "5.216721377494267e+20"}, {0x000F1B7868AB6344, "2.100929484362738e-308"},
    {0x00028428A85A5D7A, "3.49926989399016e-309"}, {0x000AF4D5BA46B30F, "1.5236730358090816e-308"},
    {0x000542ABF2470D51, "7.315536911976503e-309"}, {0x0005135289BD8C8A, "7.058321137023475e-309"},
    {0x0009A3755CE2E0D1, "1.3403997292215884e-308"}, {0x0006DECA584F21A1, "9.55429336880368e-309"},
    {0x000FD892EA135200, "2.2036563732555497e-308"}, {0x000CC095734A61B7, "1.773422864019488e-308"},
    {0x000CD035174E49F8, "1.7819100847176247e-308"}, {0x0009D0ADAA88837D, "1.364964596117473e-308"},
    {0x0004F790A4D4229A, "6.907534361473117e-309"}, {0x0007AFE42D9DC39C, "1.069019417687815e-308"},
    {0x000569D569543BD6, "7.5282768582537e-309"}, {0x00046E725A54E3F3, "6.16266522383372e-309"},
    {0x000F96AC78B58E36, "2.1678573645637423e-308"}, {0x00088D946C6C4525, "1.189447443424007e-308"},
    {0x0005132A077ED8DA, "7.05746154264491e-309"}, {0x000826DF65556F27, "1.133653749329429e-308"},
    {0x0000B3452F8740E1, "9.73851467993166e-310"}, {0x00094365B64DCA0D, "1.2882163499169524e-308"},
    {0x000234B5CD494B7F, "3.067680231485587e-309"}, {0x000858711C89623C, "1.1605812724984946e-308"},
    {0x000E04B2CC09B6F4, "1.949491956414489e-308"}, {0x00036EA1FC5E6A3A, "4.77300483162704e-309"},
    {0x000AB8CDBA876F9F, "1.4910622065896384e-308"}, {0x0004494E5FE239E0, "5.960906324244237e-309"},
    {0x000398522DF85EFE, "4.99946833392101e-309"}, {0x000AD8C9966D13A0, "1.508436808866912e-308"},
    {0x0007BF98F1A288A6, "1.0775514655749607e-308"}, {0x0000329F6F7FD8C1, "2.74998676787906e-310"},
    {0x0007570AFDA41B96, "1.020754225753501e-308"}, {0x000D60A534FBE418, "1.860373247087768e-308"},
    {0x000EC02FB8C2AFEE, "2.051341228601771e-308"}, {0x0000C0FB3B0BCFA6, "1.048334474972083e-309"},
    {0x000FFB9A8D68B87A, "2.2226856633928264e-308"},
    {0x000AE39CD2373D02, "1.5143173548032037e-308"}, {0x000D2E32D7297E8F, "1.832969015749509e-308"},
    {0x00086C1EAC417B99, "1.171270956592133e-308"}, {0x000979B0F5AB3359, "1.3177104946500535e-308"},
    {0x0008CC1A3CDA62CF, "1.223411713745438e-308"}, {0x0009FA41D5CC3F49, "1.3875514779386393e-308"},
    {0x00030886786C5EBD, "4.218325414804374e-309"}, {0x0007CBF2EB59E1E5, "1.084261164179331e-308"},
    {0x000BC5A2E379528F, "1.6371004183135647e-308"}, {0x00079F8F2C6F68CE, "1.06014734349582e-308"},
    {0x000EE665D8AB9FEB, "2.072098855931723e-308"}, {0x000D0ABB9F2BEC7E, "1.8137029518554184e-308"},
    {0x000C6FAE36CB7229, "1.729473707739979e-308"}, {0x000572749F42C841, "7.57511377579454e-309"},
    {0x000D9332B8110682, "1.887835081167997e-308"}, {0x000C4BD5E8023413, "1.71000162130044e-308"},
    {0x0002CA43AC1C2622, "3.880104790011505e-309"}, {0x000083B3D8B8ADDE, "7.15448845060855e-310"},
    {0x000BB143171F1561, "1.626032516376429e-308"}, {0x000458ECDB7C50DD, "6.04575396138655e-309"},
    {0x00028B57EA2A29E5, "3.538298851749206e-309"}, {0x0003FB83AED9869E, "5.538317408002836e-309"},
    {0x0009F8187F6F5B9A, "1.386377298400601e-308"}, {0x000D9B4E9E4A58FE, "1.892240130770884e-308"},
    {0x00083D40410B9464, "1.1458103624188685e-308"},
    {0x000E7887FDAC1E93, "2.0124159090257573e-308"}, {0x00062AE1D99518AB, "8.57697648288225e-309"},
    {0x0006EF3EE48A1D32, "9.643683455281675e-309"}, {0x000FB1FAC98C7DC6, "2.182690785225699e-308"},
    {0x0002D1134AA77629, "3.91710431844895e-309"}, {0x0003953086D17DB6, "4.98245729233947e-309"},
    {0x000764289A62E30C, "1.0278790648922107e-308"},
    {0x000A025A2A6B4653, "1.3919489546465533e-308"}, {0x0003680205447EE9, "4.737016520634015e-309"},
    {0x000B2FD253AAD7D5, "1.555716443719264e-308"}, {0x00074C1B4D830E3C, "1.014813299592284e-308"},
    {0x00039EB275A4A81F, "5.034105246236785e-309"}, {0x00020AFBFD26BD4D, "2.841012608648045e-309"},
    {0x000E6925F599B57A, "2.0040594226924513e-308"}, {0x0001950A2BA45AD9, "2.2003010531583e-309"},
    {0x0001C472B65C644B, "2.457837960822873e-309"}, {0x0005B0C6360CB35E, "7.913648263275656e-309"},
    {0x0000229AD8FB05EB, "1.8798437278218e-310"}, {0x000F99422DFB1CC3, "2.169261506351094e-308"},
    {0x000D0ECF889FCDD9, "1.815918128565225e-308"}, {0x000F81D21D00743E, "2.1565293908644793e-308"},
    {0x0006ABDFC394DAC4, "9.277700109306373e-309"}, {0x000CD2FA3500948D, "1.7834148258886653e-308"},
    {0x00044EF4E257274D, "5.99160119700151e-309"}, {0x000801BD678334EA, "1.113482075400677e-308"},
    {0x00040B85708600A6, "5.62527162926395e-309"}, {0x0002E716DA2B4A83, "4.036690677290895e-309"},
    {0x0009AFC49FCDE814, "1.3470866926459636e-308"}, {0x0002624A7DFD67CD, "3.315289347414633e-309"},
    {0x0005E6A4AC553F31, "8.20628128741391e-309"}, {0x0004FF83EDB29EB2, "6.95072301597095e-309"},
    {0x000F732AE6E92AD1, "2.1485693362900754e-308"}, {0x0004009DF7D70F9E, "5.56603672323837e-309"},
    {0x0009AD422A4A9D87, "1.3457233972786855e-308"}, {0x0006361E9A553A7D, "8.638021059009464e-309"},
    {0x0005352E95A61E96, "7.24225671928361e-309"}, {0x000BE703B6B9E6C4, "1.655232501431297e-308"},
    {0x0009ACD8033BF8CE, "1.3454981419779054e-308"}, {0x00039228132A6553, "4.96598101849469e-309"},
    {0x0000000000000001, "5e-324"}, {0x0000000000000002, "1e-323"}, {0x0000000000000004, "2e-323"},
    {0x0000000000000008, "4e-323"}, {0x0000000000000010, "8e-323"},
    {0x0000000000000020, "1.6e-322"}, {0x0000000000000040, "3.16e-322"},
    {0x0000000000000080, "6.3e-322"}, {0x0000000000000100, "1.265e-321"},
    {0x0000000000000200, "2.53e-321"}, {0x0000000000000400, "5.06e-321"},
    {0x0000000000000800, "1.012e-320"}, {0x0000000000001000, "2.0237e-320"},
    {0x0000000000002000, "4.0474e-320"}, {0x0000000000004000, "8.095e-320"},
    {0x0000000000008000, "1.61895e-319"}, {0x0000000000010000, "3.2379e-319"},
    {0x0000000000020000, "6.4758e-319"}, {0x0000000000040000, "1.295163e-318"},
    {0x0000000000080000, "2.590327e-318"}, {0x0000000000100000, "5.180654e-318"},
    {0x0000000000200000, "1.036131e-317"}, {0x0000000000400000, "2.0722615e-317"},
    {0x0000000000800000, "4.144523e-317"}, {0x0000000001000000, "8.289046e-317"},
    {0x0000000002000000, "1.6578092e-316"}, {0x0000000004000000, "3.3156184e-316"},
    {0x0000000008000000, "6.63123685e-316"}, {0x0000000010000000, "1.32624737e-315"},
    {0x0000000020000000, "2.65249474e-315"}, {0x0000000040000000, "5.304989477e-315"},
    {0x0000000080000000, "1.0609978955e-314"}, {0x0000000100000000, "2.121995791e-314"},
    {0x0000000200000000, "4.243991582e-314"}, {0x0000008000000000, "2.716154612436e-312"},
    {0x0001000000000000, "1.390671161567e-309"}, {0x0060000000000000, "7.120236347223045e-307"},
    {0x00F0000000000000, "3.645561009778199e-304"}, {0x0180000000000000, "1.8665272370064378e-301"},
    {0x0210000000000000, "9.556619453472961e-299"}, {0x02A0000000000000, "4.892989160178156e-296"},
    {0x0330000000000000, "2.505210450011216e-293"}, {0x03C0000000000000, "1.2826677504057426e-290"},
    {0x0450000000000000, "6.567258882077402e-288"}, {0x04E0000000000000, "3.36243654762363e-285"},
    {0x0570000000000000, "1.7215675123832985e-282"}, {0x0600000000000000, "8.814425663402488e-280"},
    {0x0690000000000000, "4.512985939662074e-277"}, {0x0720000000000000, "2.310648801106982e-274"},
    {0x07B0000000000000, "1.1830521861667747e-271"}, {0x0840000000000000, "6.057227193173887e-269"},
    {0x08D0000000000000, "3.10130032290503e-266"}, {0x0960000000000000, "1.5878657653273753e-263"},
    {0x09F0000000000000, "8.129872718476162e-261"}, {0x0A80000000000000, "4.162494831859795e-258"},
    {0x0B10000000000000, "2.131197353912215e-255"}, {0x0BA0000000000000, "1.091173045203054e-252"},
    {0x0C30000000000000, "5.586805991439637e-250"}, {0x0CC0000000000000, "2.860444667617094e-247"},
    {0x0D50000000000000, "1.4645476698199521e-244"}, {0x0DE0000000000000, "7.498484069478155e-242"},
    {0x0E70000000000000, "3.8392238435728152e-239"},
    {0x0F00000000000000, "1.9656826079092814e-236"},
    {0x0F90000000000000, "1.0064294952495521e-233"}, {0x1020000000000000, "5.152919015677707e-231"},
    {0x10B0000000000000, "2.638294536026986e-228"}, {0x1140000000000000, "1.3508068024458167e-225"},
    {0x11D0000000000000, "6.916130828522582e-223"}, {0x1260000000000000, "3.541058984203562e-220"},
    {0x12F0000000000000, "1.8130221999122236e-217"}, {0x1380000000000000, "9.282673663550585e-215"},
    {0x1410000000000000, "4.7527289157379e-212"}, {0x14A0000000000000, "2.4333972048578046e-209"},
    {0x1530000000000000, "1.245899368887196e-206"}, {0x15C0000000000000, "6.379004768702443e-204"},
    {0x1650000000000000, "3.266050441575651e-201"}, {0x16E0000000000000, "1.6722178260867333e-198"},
    {0x1770000000000000, "8.561755269564074e-196"}, {0x1800000000000000, "4.383618698016806e-193"},
    {0x1890000000000000, "2.2444127733846047e-190"},
    {0x1920000000000000, "1.1491393399729176e-187"}, {0x19B0000000000000, "5.883593420661338e-185"},
    {0x1A40000000000000, "3.012399831378605e-182"}, {0x1AD0000000000000, "1.542348713665846e-179"},
    {0x1B60000000000000, "7.896825413969131e-177"}, {0x1BF0000000000000, "4.043174611952195e-174"},
    {0x1C80000000000000, "2.070105401319524e-171"}, {0x1D10000000000000, "1.0598939654755962e-168"},
    {0x1DA0000000000000, "5.426657103235053e-166"}, {0x1E30000000000000, "2.778448436856347e-163"},
    {0x1EC0000000000000, "1.4225655996704496e-160"}, {0x1F50000000000000, "7.283535870312702e-158"},
    {0x1FE0000000000000, "3.7291703656001034e-155"}, {0x2070000000000000, "1.909335227187253e-152"},
    {0x2100000000000000, "9.775796363198735e-150"}, {0x2190000000000000, "5.0052077379577523e-147"},
    {0x2220000000000000, "2.5626663618343692e-144"}, {0x22B0000000000000, "1.312085177259197e-141"},
    {0x2340000000000000, "6.717876107567089e-139"}, {0x23D0000000000000, "3.4395525670743494e-136"},
    {0x2460000000000000, "1.761050914342067e-133"}, {0x24F0000000000000, "9.016580681431383e-131"},
    {0x2580000000000000, "4.616489308892868e-128"}, {0x2610000000000000, "2.3636425261531484e-125"},
    {0x26A0000000000000, "1.210184973390412e-122"}, {0x2730000000000000, "6.196147063758909e-120"},
    {0x27C0000000000000, "3.1724272966445615e-117"},
    {0x2850000000000000, "1.6242827758820155e-114"}, {0x28E0000000000000, "8.31632781251592e-112"},
    {0x2970000000000000, "4.257959840008151e-109"}, {0x2A00000000000000, "2.1800754380841732e-106"},
    {0x2A90000000000000, "1.1161986242990967e-103"}, {0x2B20000000000000, "5.714936956411375e-101"},
    {0x2BB0000000000000, "2.926047721682624e-98"}, {0x2C40000000000000, "1.4981364335015035e-95"},
    {0x2CD0000000000000, "7.670458539527698e-93"}, {0x2D60000000000000, "3.9272747722381812e-90"},
    {0x2DF0000000000000, "2.010764683385949e-87"}, {0x2E80000000000000, "1.0295115178936058e-84"},
    {0x2F10000000000000, "5.271098971615262e-82"}, {0x2FA0000000000000, "2.698802673467014e-79"},
    {0x3030000000000000, "1.3817869688151111e-76"}, {0x30C0000000000000, "7.074749280333369e-74"},
    {0x3150000000000000, "3.622271631530685e-71"}, {0x31E0000000000000, "1.8546030753437107e-68"},
    {0x3270000000000000, "9.495567745759799e-66"}, {0x3300000000000000, "4.861730685829017e-63"},
    {0x3390000000000000, "2.4892061111444567e-60"}, {0x3420000000000000, "1.2744735289059618e-57"},
    {0x34B0000000000000, "6.525304467998525e-55"}, {0x3540000000000000, "3.3409558876152446e-52"},
    {0x35D0000000000000, "1.7105694144590052e-49"}, {0x3660000000000000, "8.758115402030107e-47"},
    {0x36F0000000000000, "4.484155085839415e-44"}, {0x3780000000000000, "2.2958874039497803e-41"},
    {0x3810000000000000, "1.1754943508222875e-38"}, {0x38A0000000000000, "6.018531076210112e-36"},
    {0x3930000000000000, "3.0814879110195774e-33"}, {0x39C0000000000000, "1.5777218104420236e-30"},
    {0x3A50000000000000, "8.077935669463161e-28"}, {0x3AE0000000000000, "4.1359030627651384e-25"},
    {0x3B70000000000000, "2.117582368135751e-22"}, {0x3BA0000000000000, "1.6940658945086007e-21"},
    {0x3BB0000000000000, "3.3881317890172014e-21"}, {0x3BC0000000000000, "6.776263578034403e-21"},
    {0x3BD0000000000000, "1.3552527156068805e-20"}, {0x3BE0000000000000, "2.710505431213761e-20"},
    {0x3BF0000000000000, "5.421010862427522e-20"}, {0x3C00000000000000, "1.0842021724855044e-19"},
    {0x3C10000000000000, "2.168404344971009e-19"}, {0x3C20000000000000, "4.336808689942018e-19"},
    {0x3C30000000000000, "8.673617379884035e-19"}, {0x3C40000000000000, "1.734723475976807e-18"},
    {0x3C50000000000000, "3.469446951953614e-18"}, {0x3C60000000000000, "6.938893903907228e-18"},
    {0x3C70000000000000, "1.3877787807814457e-17"}, {0x3C80000000000000, "2.7755575615628914e-17"},
    {0x3C90000000000000, "5.551115123125783e-17"}, {0x3CA0000000000000, "1.1102230246251565e-16"},
    {0x3CB0000000000000, "2.220446049250313e-16"}, {0x3CC0000000000000, "4.440892098500626e-16"},
    {0x3CD0000000000000, "8.881784197001252e-16"}, {0x3CE0000000000000, "1.7763568394002505e-15"},
    {0x3CF0000000000000, "3.552713678800501e-15"}, {0x3D00000000000000, "7.105427357601002e-15"},
    {0x3D10000000000000, "1.4210854715202004e-14"}, {0x3D20000000000000, "2.842170943040401e-14"},
    {0x3D30000000000000, "5.684341886080802e-14"}, {0x3D40000000000000, "1.1368683772161603e-13"},
    {0x3D50000000000000, "2.2737367544323206e-13"}, {0x3D60000000000000, "4.547473508864641e-13"},
    {0x3D70000000000000, "9.094947017729282e-13"}, {0x3D80000000000000, "1.8189894035458565e-12"},
    {0x3D90000000000000, "3.637978807091713e-12"}, {0x3DA0000000000000, "7.275957614183426e-12"},
    {0x3DB0000000000000, "1.4551915228366852e-11"}, {0x3DC0000000000000, "2.9103830456733704e-11"},
    {0x3DD0000000000000, "5.820766091346741e-11"}, {0x3DE0000000000000, "1.1641532182693481e-10"},
    {0x3DF0000000000000, "2.3283064365386963e-10"}, {0x3E00000000000000, "4.656612873077393e-10"},
    {0x3E10000000000000, "9.313225746154785e-10"}, {0x3E20000000000000, "1.862645149230957e-09"},
    {0x3E30000000000000, "3.725290298461914e-09"}, {0x3E40000000000000, "7.450580596923828e-09"},
    {0x3E50000000000000, "1.4901161193847656e-08"}, {0x3E60000000000000, "2.9802322387695312e-08"},
    {0x3E70000000000000, "5.960464477539063e-08"}, {0x3E80000000000000, "1.1920928955078125e-07"},
    {0x3E90000000000000, "2.384185791015625e-07"}, {0x3EA0000000000000, "4.76837158203125e-07"},
    {0x3EB0000000000000, "9.5367431640625e-07"}, {0x3EC0000000000000, "1.9073486328125e-06"},
    {0x3ED0000000000000, "3.814697265625e-06"}, {0x3EE0000000000000, "7.62939453125e-06"},
    {0x3EF0000000000000, "1.52587890625e-05"}, {0x3F00000000000000, "3.0517578125e-05"},
    {0x3F10000000000000, "6.103515625e-05"}, {0x3F20000000000000, "0.0001220703125"},
    {0x3F30000000000000, "0.000244140625"}, {0x3F40000000000000, "0.00048828125"},
    {0x3F50000000000000, "0.0009765625"}, {0x3F60000000000000, "0.001953125"},
    {0x3F70000000000000, "0.00390625"}, {0x3F80000000000000, "0.0078125"},
    {0x3F90000000000000, "0.015625"}, {0x3FA0000000000000, "0.03125"},
    {0x3FB0000000000000, "0.0625"}, {0x3FC0000000000000, "0.125"}, {0x3FD0000000000000, "0.25"},
    {0x3FE0000000000000, "0.5"}, {0x3FF0000000000000, "1.0"}, {0x4000000000000000, "2.0"},
    {0x4010000000000000, "4.0"}, {0x4020000000000000, "8.0"}, {0x4030000000000000, "16.0"},
    {0x4040000000000000, "32.0"}, {0x4050000000000000, "64.0"}, {0x4060000000000000, "128.0"},
    {0x4070000000000000, "256.0"}, {0x4080000000000000, "512.0"}, {0x4090000000000000, "1024.0"},
    {0x40A0000000000000, "2048.0"}, {0x40B0000000000000, "4096.0"}, {0x40C0000000000000, "8192.0"},
    {0x40D0000000000000, "16384.0"}, {0x40E0000000000000, "32768.0"},
    {0x40F0000000000000, "65536.0"}, {0x4100000000000000, "131072.0"},
    {0x4110000000000000, "262144.0"}, {0x4120000000000000, "524288.0"},
    {0x4130000000000000, "1048576.0"}, {0x4140000000000000, "2097152.0"},
    {0x4150000000000000, "4194304.0"}, {0x4160000000000000, "8388608.0"},
    {0x4170000000000000, "16777216.0"}, {0x4180000000000000, "33554432.0"},
    {0x4190000000000000, "67108864.0"}, {0x41A0000000000000, "134217728.0"},
    {0x41B0000000000000, "268435456.0"}, {0x41C0000000000000, "536870912.0"},
    {0x41D0000000000000, "1073741824.0"}, {0x41E0000000000000, "2147483648.0"},
    {0x41F0000000000000, "4294967296.0"}, {0x4200000000000000, "8589934592.0"},
    {0x4210000000000000, "17179869184.0"}, {0x4220000000000000, "34359738368.0"},
    {0x4230000000000000, "68719476736.0"}, {0x4240000000000000, "137438953472.0"},
    {0x4250000000000000, "274877906944.0"}, {0x4260000000000000, "549755813888.0"},
    {0x4270000000000000, "1099511627776.0"}, {0x4280000000000000, "2199023255552.0"},
    {0x4290000000000000, "4398046511104.0"}, {0x42A0000000000000, "8796093022208.0"},
    {0x42B0000000000000, "17592186044416.0"}, {0x42C0000000000000, "35184372088832.0"},
    {0x42D0000000000000, "70368744177664.0"}, {0x42E0000000000000, "140737488355328.0"},
    {0x42F0000000000000, "281474976710656.0"}, {0x4300000000000000, "562949953421312.0"},
    {0x4310000000000000, "1125899906842624.0"}, {0x4320000000000000, "2251799813685248.0"},
    {0x4330000000000000, "4503599627370496.0"}, {0x4340000000000000, "9007199254740992.0"},
    {0x4350000000000000, "1.8014398509481984e+16"}, {0x4360000000000000, "3.602879701896397e+16"},
    {0x4370000000000000, "7.205759403792794e+16"}, {0x4380000000000000, "1.4411518807585587e+17"},
    {0x4390000000000000, "2.8823037615171174e+17"}, {0x43A0000000000000, "5.764607523034235e+17"},
    {0x43B0000000000000, "1.152921504606847e+18"}, {0x43C0000000000000, "2.305843009213694e+18"},
    {0x43D0000000000000, "4.611686018427388e+18"}, {0x43E0000000000000, "9.223372036854776e+18"},
    {0x43F0000000000000, "1.8446744073709552e+19"}, {0x4400000000000000, "3.6893488147419103e+19"},
    {0x4410000000000000, "7.378697629483821e+19"}, {0x4420000000000000, "1.4757395258967641e+20"},
    {0x4430000000000000, "2.9514790517935283e+20"}, {0x4440000000000000, "5.902958103587057e+20"},
    {0x4470000000000000, "4.722366482869645e+21"}, {0x4500000000000000, "2.4178516392292583e+24"},
    {0x4590000000000000, "1.2379400392853803e+27"}, {0x4620000000000000, "6.338253001141147e+29"},
    {0x46B0000000000000, "3.2451855365842673e+32"}, {0x4740000000000000, "1.661534994731145e+35"},
    {0x47D0000000000000, "8.507059173023462e+37"}, {0x4860000000000000, "4.3556142965880123e+40"},
    {0x48F0000000000000, "2.2300745198530623e+43"}, {0x4980000000000000, "1.141798154164768e+46"},
    {0x4A10000000000000, "5.846006549323612e+48"}, {0x4AA0000000000000, "2.9931553532536892e+51"},
    {0x4B30000000000000, "1.532495540865889e+54"}, {0x4BC0000000000000, "7.846377169233351e+56"},
    {0x4C50000000000000, "4.017345110647476e+59"}, {0x4CE0000000000000, "2.0568806966515076e+62"},
    {0x4D70000000000000, "1.0531229166855719e+65"}, {0x4E00000000000000, "5.391989333430128e+67"},
    {0x4E90000000000000, "2.7606985387162255e+70"}, {0x4F20000000000000, "1.4134776518227075e+73"},
    {0x4FB0000000000000, "7.237005577332262e+75"}, {0x5040000000000000, "3.7053468555941183e+78"},
    {0x50D0000000000000, "1.8971375900641885e+81"}, {0x5160000000000000, "9.713344461128645e+83"},
    {0x51F0000000000000, "4.9732323640978664e+86"}, {0x5280000000000000, "2.5462949704181076e+89"},
    {0x5310000000000000, "1.3037030248540711e+92"}, {0x53A0000000000000, "6.674959487252844e+94"},
    {0x5430000000000000, "3.417579257473456e+97"}, {0x54C0000000000000, "1.7498005798264095e+100"},
    {0x5550000000000000, "8.958978968711217e+102"}, {0x55E0000000000000, "4.586997231980143e+105"},
    {0x5670000000000000, "2.3485425827738332e+108"},
    {0x5700000000000000, "1.2024538023802026e+111"}, {0x5790000000000000, "6.156563468186638e+113"},
    {0x5820000000000000, "3.1521604957115583e+116"}, {0x58B0000000000000, "1.613906173804318e+119"},
    {0x5940000000000000, "8.263199609878108e+121"}, {0x59D0000000000000, "4.230758200257591e+124"},
    {0x5A60000000000000, "2.1661481985318866e+127"}, {0x5AF0000000000000, "1.109067877648326e+130"},
    {0x5B80000000000000, "5.678427533559429e+132"}, {0x5C10000000000000, "2.9073548971824276e+135"},
    {0x5CA0000000000000, "1.488565707357403e+138"}, {0x5D30000000000000, "7.621456421669903e+140"},
    {0x5DC0000000000000, "3.9021856878949903e+143"}, {0x5E50000000000000, "1.997919072202235e+146"},
    {0x5EE0000000000000, "1.0229345649675443e+149"}, {0x5F70000000000000, "5.237424972633827e+151"},
    {0x6000000000000000, "2.6815615859885194e+154"}, {0x6090000000000000, "1.372959532026122e+157"},
    {0x6120000000000000, "7.029552803973744e+159"}, {0x61B0000000000000, "3.599131035634557e+162"},
    {0x6240000000000000, "1.8427550902448932e+165"}, {0x62D0000000000000, "9.434906062053853e+167"},
    {0x6360000000000000, "4.830671903771573e+170"}, {0x63F0000000000000, "2.4733040147310453e+173"},
    {0x6480000000000000, "1.2663316555422952e+176"}, {0x6510000000000000, "6.483618076376552e+178"},
    {0x65A0000000000000, "3.3196124551047944e+181"},
    {0x6630000000000000, "1.6996415770136547e+184"}, {0x66C0000000000000, "8.702164874309912e+186"},
    {0x6750000000000000, "4.455508415646675e+189"}, {0x67E0000000000000, "2.2812203088110976e+192"},
    {0x6870000000000000, "1.167984798111282e+195"}, {0x6900000000000000, "5.980082166329764e+197"},
    {0x6990000000000000, "3.061802069160839e+200"}, {0x6A20000000000000, "1.5676426594103496e+203"},
    {0x6AB0000000000000, "8.02633041618099e+205"}, {0x6B40000000000000, "4.109481173084667e+208"},
    {0x6BD0000000000000, "2.1040543606193494e+211"}, {0x6C60000000000000, "1.077275832637107e+214"},
    {0x6CF0000000000000, "5.515652263101987e+216"}, {0x6D80000000000000, "2.8240139587082175e+219"},
    {0x6E10000000000000, "1.4458951468586074e+222"}, {0x6EA0000000000000, "7.40298315191607e+224"},
    {0x6F30000000000000, "3.790327373781028e+227"}, {0x6FC0000000000000, "1.9406476153758862e+230"},
    {0x7050000000000000, "9.936115790724537e+232"}, {0x70E0000000000000, "5.087291284850963e+235"},
    {0x7170000000000000, "2.604693137843693e+238"}, {0x7200000000000000, "1.333602886575971e+241"},
    {0x7290000000000000, "6.828046779268971e+243"}, {0x7320000000000000, "3.495959950985713e+246"},
    {0x73B0000000000000, "1.789931494904685e+249"}, {0x7440000000000000, "9.164449253911988e+251"},
    {0x74D0000000000000, "4.692198018002938e+254"}, {0x7560000000000000, "2.402405385217504e+257"},
    {0x75F0000000000000, "1.2300315572313621e+260"}, {0x7680000000000000, "6.297761573024574e+262"},
    {0x7710000000000000, "3.224453925388582e+265"}, {0x77A0000000000000, "1.650920409798954e+268"},
    {0x7830000000000000, "8.452712498170644e+270"}, {0x78C0000000000000, "4.32778879906337e+273"},
    {0x7950000000000000, "2.2158278651204453e+276"}, {0x79E0000000000000, "1.134503866941668e+279"},
    {0x7A70000000000000, "5.80865979874134e+281"}, {0x7B00000000000000, "2.974033816955566e+284"},
    {0x7B90000000000000, "1.52270531428125e+287"}, {0x7C20000000000000, "7.79625120912e+289"},
    {0x7CB0000000000000, "3.99168061906944e+292"}, {0x7D40000000000000, "2.043740476963553e+295"},
    {0x7DD0000000000000, "1.0463951242053392e+298"},
    {0x7DE0000000000000, "2.0927902484106784e+298"}, {0x7DF0000000000000, "4.185580496821357e+298"},
    {0x7E00000000000000, "8.371160993642713e+298"}, {0x7E10000000000000, "1.6742321987285427e+299"},
    {0x7E20000000000000, "3.3484643974570854e+299"}, {0x7E30000000000000, "6.696928794914171e+299"},
    {0x7E40000000000000, "1.3393857589828342e+300"},
    {0x7E50000000000000, "2.6787715179656683e+300"}, {0x7E60000000000000, "5.357543035931337e+300"},
    {0x7E70000000000000, "1.0715086071862673e+301"},
    {0x7E80000000000000, "2.1430172143725346e+301"},
    {0x7E90000000000000, "4.2860344287450693e+301"}, {0x7EA0000000000000, "8.572068857490139e+301"},
    {0x7EB0000000000000, "1.7144137714980277e+302"},
    {0x7EC0000000000000, "3.4288275429960554e+302"}, {0x7ED0000000000000, "6.857655085992111e+302"},
    {0x7EE0000000000000, "1.3715310171984222e+303"},
    {0x7EF0000000000000, "2.7430620343968443e+303"}, {0x7F00000000000000, "5.486124068793689e+303"},
    {0x7F10000000000000, "1.0972248137587377e+304"},
    {0x7F20000000000000, "2.1944496275174755e+304"}, {0x7F30000000000000, "4.388899255034951e+304"},
    {0x7F40000000000000, "8.777798510069902e+304"}, {0x7F50000000000000, "1.7555597020139804e+305"},
    {0x7F60000000000000, "3.511119404027961e+305"}, {0x7F70000000000000, "7.022238808055922e+305"},
    {0x7F80000000000000, "1.4044477616111843e+306"},
    {0x7F90000000000000, "2.8088955232223686e+306"}, {0x7FA0000000000000, "5.617791046444737e+306"},
    {0x7FB0000000000000, "1.1235582092889474e+307"}, {0x7FC0000000000000, "2.247116418577895e+307"},
    {0x7FD0000000000000, "4.49423283715579e+307"}, {0x7FE0000000000000, "8.98846567431158e+307"},
    {0x0000000000000003, "1.5e-323"}, {0x000000000134D760, "9.9999993e-317"},
    {0x000000000134D761, "1e-316"}, {0x000000000134D762, "1.00000003e-316"},
    {0x0000B8157268FDAE, "9.99999999999997e-310"}, {0x0000B8157268FDAF, "1e-309"},
    {0x0000B8157268FDB0, "1.000000000000007e-309"}, {0x013B6E3D22865633, "9.999999999999998e-303"},
    {0x013B6E3D22865634, "1e-302"}, {0x013B6E3D22865635, "1.0000000000000001e-302"},
    {0x02B059949B708F28, "9.999999999999998e-296"}, {0x02B059949B708F29, "1e-295"},
    {0x02B059949B708F2A, "1.0000000000000003e-295"}, {0x04237D99CC506D58, "9.999999999999999e-289"},
    {0x04237D99CC506D59, "1e-288"}, {0x04237D99CC506D5A, "1.0000000000000002e-288"},
    {0x05973C115074BC69, "9.999999999999999e-282"}, {0x05973C115074BC6A, "1e-281"},
    {0x05973C115074BC6B, "1.0000000000000002e-281"}, {0x070BB2A62FE638FE, "9.999999999999998e-275"},
    {0x070BB2A62FE638FF, "1e-274"}, {0x070BB2A62FE63900, "1.0000000000000001e-274"},
    {0x0880825B3323DAAF, "9.999999999999998e-268"}, {0x0880825B3323DAB0, "1e-267"},
    {0x0880825B3323DAB1, "1.0000000000000002e-267"}, {0x09F3AE3591F5B4D8, "9.999999999999998e-261"},
    {0x09F3AE3591F5B4D9, "1e-260"}, {0x09F3AE3591F5B4DA, "1.0000000000000001e-260"},
    {0x0B677603725064A7, "9.999999999999999e-254"}, {0x0B677603725064A8, "1e-253"},
    {0x0B677603725064A9, "1.0000000000000002e-253"}, {0x0CDBF7B9D9CCE00C, "9.999999999999998e-247"},
    {0x0CDBF7B9D9CCE00D, "1e-246"}, {0x0CDBF7B9D9CCE00E, "1.0000000000000001e-246"},
    {0x0E50AB877C142FF9, "9.999999999999999e-240"}, {0x0E50AB877C142FFA, "1e-239"},
    {0x0E50AB877C142FFB, "1.0000000000000003e-239"}, {0x0FC3DF4A91A4DCB4, "9.999999999999998e-233"},
    {0x0FC3DF4A91A4DCB5, "1e-232"}, {0x0FC3DF4A91A4DCB6, "1.0000000000000002e-232"},
    {0x1137B08617A104ED, "9.999999999999998e-226"}, {0x1137B08617A104EE, "1e-225"},
    {0x1137B08617A104EF, "1.0000000000000001e-225"}, {0x12AC3D79C9B8FE2D, "9.999999999999999e-219"},
    {0x12AC3D79C9B8FE2E, "1e-218"}, {0x12AC3D79C9B8FE2F, "1.0000000000000002e-218"},
    {0x1420D51A73DEEE2C, "9.999999999999999e-212"}, {0x1420D51A73DEEE2D, "1e-211"},
    {0x1420D51A73DEEE2E, "1.0000000000000003e-211"}, {0x159410D9F9B2F7F2, "9.999999999999998e-205"},
    {0x159410D9F9B2F7F3, "1e-204"}, {0x159410D9F9B2F7F4, "1.0000000000000002e-204"},
    {0x1707EB9AA8CF1DDD, "9.999999999999998e-198"}, {0x1707EB9AA8CF1DDE, "1e-197"},
    {0x1707EB9AA8CF1DDF, "1.0000000000000001e-197"}, {0x187C83E7AD4E6EFD, "9.999999999999999e-191"},
    {0x187C83E7AD4E6EFE, "1e-190"}, {0x187C83E7AD4E6EFF, "1.0000000000000001e-190"},
    {0x19F0FF151A99F482, "9.999999999999998e-184"}, {0x19F0FF151A99F483, "1e-183"},
    {0x19F0FF151A99F484, "1.0000000000000002e-183"}, {0x1B6442E4FB67195F, "9.999999999999998e-177"},
    {0x1B6442E4FB671960, "1e-176"}, {0x1B6442E4FB671961, "1.0000000000000002e-176"},
    {0x1CD8274291C6065A, "9.999999999999999e-170"}, {0x1CD8274291C6065B, "1e-169"},
    {0x1CD8274291C6065C, "1.0000000000000002e-169"}, {0x1E4CCB0536608D60, "9.999999999999998e-163"},
    {0x1E4CCB0536608D61, "1e-162"}, {0x1E4CCB0536608D62, "1.0000000000000001e-162"},
    {0x1FC1297872D9CBB4, "9.999999999999998e-156"}, {0x1FC1297872D9CBB5, "1e-155"},
    {0x1FC1297872D9CBB6, "1.0000000000000002e-155"}, {0x2134756CCB01ABFA, "9.999999999999998e-149"},
    {0x2134756CCB01ABFB, "1e-148"}, {0x2134756CCB01ABFC, "1.0000000000000001e-148"},
    {0x22A8637F41FCAD31, "9.999999999999999e-142"}, {0x22A8637F41FCAD32, "1e-141"},
    {0x22A8637F41FCAD33, "1.0000000000000002e-141"}, {0x241D12D41AFCA3C2, "9.999999999999999e-135"},
    {0x241D12D41AFCA3C3, "1e-134"}, {0x241D12D41AFCA3C4, "1.0000000000000002e-134"},
    {0x2591544581B7DEC1, "9.999999999999998e-128"}, {0x2591544581B7DEC2, "1e-127"},
    {0x2591544581B7DEC3, "1.0000000000000002e-127"}, {0x2704A8729FC3DDB6, "9.999999999999998e-121"},
    {0x2704A8729FC3DDB7, "1e-120"}, {0x2704A8729FC3DDB8, "1.0000000000000002e-120"},
    {0x2878A0522C7E7094, "9.999999999999998e-114"}, {0x2878A0522C7E7095, "1e-113"},
    {0x2878A0522C7E7096, "1.0000000000000001e-113"}, {0x29ED5B561574765A, "9.999999999999998e-107"},
    {0x29ED5B561574765B, "1e-106"}, {0x29ED5B561574765C, "1.0000000000000001e-106"},
    {0x2B617F7D4ED8C33D, "9.999999999999998e-100"}, {0x2B617F7D4ED8C33E, "1e-99"},
    {0x2B617F7D4ED8C33F, "1.0000000000000002e-99"}, {0x2CD4DBF7B3F71CB6, "9.999999999999998e-93"},
    {0x2CD4DBF7B3F71CB7, "1e-92"}, {0x2CD4DBF7B3F71CB8, "1.0000000000000002e-92"},
    {0x2E48DDBCC7F40BA5, "9.999999999999998e-86"}, {0x2E48DDBCC7F40BA6, "1e-85"},
    {0x2E48DDBCC7F40BA7, "1.0000000000000001e-85"}, {0x2FBDA48CE468E7C6, "9.999999999999999e-79"},
    {0x2FBDA48CE468E7C7, "1e-78"}, {0x2FBDA48CE468E7C8, "1.0000000000000001e-78"},
    {0x3131AB20E4729149, "9.999999999999997e-72"}, {0x3131AB20E472914A, "1e-71"},
    {0x3131AB20E472914B, "1.0000000000000001e-71"}, {0x32A50FFD44F4A73C, "9.999999999999998e-65"},
    {0x32A50FFD44F4A73D, "1e-64"}, {0x32A50FFD44F4A73E, "1.0000000000000001e-64"},
    {0x34191BC08EAC9A40, "9.999999999999998e-58"}, {0x34191BC08EAC9A41, "1e-57"},
    {0x34191BC08EAC9A42, "1.0000000000000001e-57"}, {0x358DEE7A4AD4B81E, "9.999999999999999e-51"},
    {0x358DEE7A4AD4B81F, "1e-50"}, {0x358DEE7A4AD4B820, "1.0000000000000001e-50"},
    {0x3701D7314F534B60, "9.999999999999999e-44"}, {0x3701D7314F534B61, "1e-43"},
    {0x3701D7314F534B62, "1.0000000000000003e-43"}, {0x38754484932D2E71, "9.999999999999998e-37"},
    {0x38754484932D2E72, "1e-36"}, {0x38754484932D2E73, "1.0000000000000001e-36"},
    {0x39E95A5EFEA6B346, "9.999999999999998e-30"}, {0x39E95A5EFEA6B347, "1e-29"},
    {0x39E95A5EFEA6B348, "1.0000000000000001e-29"}, {0x3B5E392010175EE5, "9.999999999999999e-23"},
    {0x3B5E392010175EE6, "1e-22"}, {0x3B5E392010175EE7, "1.0000000000000002e-22"},
    {0x3CD203AF9EE75615, "9.999999999999999e-16"}, {0x3CD203AF9EE75616, "1e-15"},
    {0x3CD203AF9EE75617, "1.0000000000000003e-15"}, {0x3E45798EE2308C39, "9.999999999999999e-09"},
    {0x3E45798EE2308C3A, "1e-08"}, {0x3E45798EE2308C3B, "1.0000000000000002e-08"},
    {0x3FB9999999999999, "0.09999999999999999"}, {0x3FB999999999999A, "0.1"},
    {0x3FB999999999999B, "0.10000000000000002"}, {0x412E847FFFFFFFFF, "999999.9999999999"},
    {0x412E848000000000, "1000000.0"}, {0x412E848000000001, "1000000.0000000001"},
    {0x42A2309CE53FFFFF, "9999999999999.998"}, {0x42A2309CE5400000, "10000000000000.0"},
    {0x42A2309CE5400001, "10000000000000.002"}, {0x4415AF1D78B58C3F, "9.999999999999998e+19"},
    {0x4415AF1D78B58C40, "1e+20"}, {0x4415AF1D78B58C41, "1.0000000000000002e+20"},
    {0x4589D971E4FE8401, "9.999999999999999e+26"}, {0x4589D971E4FE8402, "1e+27"},
    {0x4589D971E4FE8403, "1.0000000000000002e+27"}, {0x46FED09BEAD87C02, "9.999999999999998e+33"},
    {0x46FED09BEAD87C03, "1e+34"}, {0x46FED09BEAD87C04, "1.0000000000000001e+34"},
    {0x48725DFA371A19E6, "9.999999999999998e+40"}, {0x48725DFA371A19E7, "1e+41"},
    {0x48725DFA371A19E8, "1.0000000000000002e+41"}, {0x49E5E531A0A1C872, "9.999999999999999e+47"},
    {0x49E5E531A0A1C873, "1e+48"}, {0x49E5E531A0A1C874, "1.0000000000000002e+48"},
    {0x4B5A19E96A19FC40, "9.999999999999999e+54"}, {0x4B5A19E96A19FC41, "1e+55"},
    {0x4B5A19E96A19FC42, "1.0000000000000001e+55"}, {0x4CCF1D75A5709C1A, "9.999999999999999e+61"},
    {0x4CCF1D75A5709C1B, "1e+62"}, {0x4CCF1D75A5709C1C, "1.0000000000000001e+62"},
    {0x4E428BC8ABE49F63, "9.999999999999999e+68"}, {0x4E428BC8ABE49F64, "1e+69"},
    {0x4E428BC8ABE49F65, "1.0000000000000003e+69"}, {0x4FB61BCCA7119915, "9.999999999999999e+75"},
    {0x4FB61BCCA7119916, "1e+76"}, {0x4FB61BCCA7119917, "1.0000000000000002e+76"},
    {0x512A5B01B605557A, "9.999999999999999e+82"}, {0x512A5B01B605557B, "1e+83"},
    {0x512A5B01B605557C, "1.0000000000000002e+83"}, {0x529F6B0F092959C6, "9.999999999999999e+89"},
    {0x529F6B0F092959C7, "1e+90"}, {0x529F6B0F092959C8, "1.0000000000000001e+90"},
    {0x5412BA095DC7701D, "9.999999999999999e+96"}, {0x5412BA095DC7701E, "1e+97"},
    {0x5412BA095DC7701F, "1.0000000000000003e+97"}, {0x558652EFDC6018A1, "9.999999999999998e+103"},
    {0x558652EFDC6018A2, "1e+104"}, {0x558652EFDC6018A3, "1.0000000000000002e+104"},
    {0x56FA9CBC59B83A3C, "9.999999999999998e+110"}, {0x56FA9CBC59B83A3D, "1e+111"},
    {0x56FA9CBC59B83A3E, "1.0000000000000001e+111"}, {0x586FB969F40042C4, "9.999999999999999e+117"},
    {0x586FB969F40042C5, "1e+118"}, {0x586FB969F40042C6, "1.0000000000000001e+118"},
    {0x59E2E8BD69AA19CB, "9.999999999999997e+124"}, {0x59E2E8BD69AA19CC, "1e+125"},
    {0x59E2E8BD69AA19CD, "1.0000000000000001e+125"}, {0x5B568A9C942F3BA2, "9.999999999999998e+131"},
    {0x5B568A9C942F3BA3, "1e+132"}, {0x5B568A9C942F3BA4, "1.0000000000000001e+132"},
    {0x5CCADF1AEA12525A, "9.999999999999999e+138"}, {0x5CCADF1AEA12525B, "1e+139"},
    {0x5CCADF1AEA12525C, "1.0000000000000002e+139"}, {0x5E400444244D7CAA, "9.999999999999997e+145"},
    {0x5E400444244D7CAB, "1e+146"}, {0x5E400444244D7CAC, "1.0000000000000002e+146"},
    {0x5FB317E5EF3AB326, "9.999999999999998e+152"}, {0x5FB317E5EF3AB327, "1e+153"},
    {0x5FB317E5EF3AB328, "1.0000000000000002e+153"}, {0x6126C2D4256FFCC2, "9.999999999999999e+159"},
    {0x6126C2D4256FFCC3, "1e+160"}, {0x6126C2D4256FFCC4, "1.0000000000000002e+160"},
    {0x629B221EFFE500D3, "9.999999999999999e+166"}, {0x629B221EFFE500D4, "1e+167"},
    {0x629B221EFFE500D5, "1.0000000000000002e+167"}, {0x64102C35F729689E, "9.999999999999998e+173"},
    {0x64102C35F729689F, "1e+174"}, {0x64102C35F72968A0, "1.0000000000000003e+174"},
    {0x6583478410F4C7EB, "9.999999999999997e+180"}, {0x6583478410F4C7EC, "1e+181"},
    {0x6583478410F4C7ED, "1.0000000000000001e+181"}, {0x66F6FB97EA6A9D37, "9.999999999999999e+187"},
    {0x66F6FB97EA6A9D38, "1e+188"}, {0x66F6FB97EA6A9D39, "1.0000000000000002e+188"},
    {0x686B65CA37FD3A0C, "9.999999999999998e+194"}, {0x686B65CA37FD3A0D, "1e+195"},
    {0x686B65CA37FD3A0E, "1.0000000000000001e+195"}, {0x69E0548B68A044D5, "9.999999999999997e+201"},
    {0x69E0548B68A044D6, "1e+202"}, {0x69E0548B68A044D7, "1.0000000000000001e+202"},
    {0x6B537798F428562F, "9.999999999999999e+208"}, {0x6B537798F4285630, "1e+209"},
    {0x6B537798F4285631, "1.0000000000000003e+209"}, {0x6CC734E940C6F9C5, "9.999999999999999e+215"},
    {0x6CC734E940C6F9C6, "1e+216"}, {0x6CC734E940C6F9C7, "1.0000000000000002e+216"},
    {0x6E3BAA1E332D728E, "9.999999999999999e+222"}, {0x6E3BAA1E332D728F, "1e+223"},
    {0x6E3BAA1E332D7290, "1.0000000000000002e+223"}, {0x6FB07D457124123C, "9.999999999999999e+229"},
    {0x6FB07D457124123D, "1e+230"}, {0x6FB07D457124123E, "1.0000000000000003e+230"},
    {0x7123A825C100DD10, "9.999999999999998e+236"}, {0x7123A825C100DD11, "1e+237"},
    {0x7123A825C100DD12, "1.0000000000000001e+237"}, {0x72976EC98994F488, "9.999999999999999e+243"},
    {0x72976EC98994F489, "1e+244"}, {0x72976EC98994F48A, "1.0000000000000002e+244"},
    {0x740BEF1C9657A685, "9.999999999999999e+250"}, {0x740BEF1C9657A686, "1e+251"},
    {0x740BEF1C9657A687, "1.0000000000000002e+251"}, {0x7580A6650B926D66, "9.999999999999998e+257"},
    {0x7580A6650B926D67, "1e+258"}, {0x7580A6650B926D68, "1.0000000000000003e+258"},
    {0x76F3D92BA28C7D14, "9.999999999999999e+264"}, {0x76F3D92BA28C7D15, "1e+265"},
    {0x76F3D92BA28C7D16, "1.0000000000000002e+265"}, {0x7867A93A2954F3B7, "9.999999999999999e+271"},
    {0x7867A93A2954F3B8, "1e+272"}, {0x7867A93A2954F3B9, "1.0000000000000002e+272"},
    {0x79DC34C70A777A4C, "9.999999999999999e+278"}, {0x79DC34C70A777A4D, "1e+279"},
    {0x79DC34C70A777A4E, "1.0000000000000002e+279"}, {0x7B50CFEB353A97DA, "9.999999999999998e+285"},
    {0x7B50CFEB353A97DB, "1e+286"}, {0x7B50CFEB353A97DC, "1.0000000000000002e+286"},
    {0x7CC40AABC6C32A37, "9.999999999999997e+292"}, {0x7CC40AABC6C32A38, "1e+293"},
    {0x7CC40AABC6C32A39, "1.0000000000000001e+293"}, {0x7E37E43C8800759B, "9.999999999999999e+299"},
    {0x7E37E43C8800759C, "1e+300"}, {0x7E37E43C8800759D, "1.0000000000000002e+300"},
    {0x7FAC7B1F3CAC7432, "9.999999999999999e+306"}, {0x7FAC7B1F3CAC7433, "1e+307"},
    {0x7FAC7B1F3CAC7434, "1.0000000000000001e+307"}, {0x3EB0C6F7A0B5ED8D, "1e-06"},
    {0xBEB0C6F7A0B5ED8D, "-1e-06"}, {0x3EB92A737110E454, "1.5e-06"},
    {0x3EE4F8B588E368F0, "9.999999999999999e-06"}, {0x3EE4F8B588E368F1, "1e-05"},
    {0xBEE4F8B588E368F1, "-1e-05"}, {0x3EEF75104D551D69, "1.5e-05"},
    {0x3F1A36E2EB1C432C, "9.999999999999999e-05"}, {0x3F1A36E2EB1C432D, "0.0001"},
    {0xBF1A36E2EB1C432D, "-0.0001"}, {0x3F23A92A30553261, "0.00015"},
    {0x3F50624DD2F1A9FB, "0.0009999999999999998"}, {0x3F50624DD2F1A9FC, "0.001"},
    {0xBF50624DD2F1A9FC, "-0.001"}, {0x3F589374BC6A7EFA, "0.0015"},
    {0x3F847AE147AE147A, "0.009999999999999998"}, {0x3F847AE147AE147B, "0.01"},
    {0xBF847AE147AE147B, "-0.01"}, {0x3F8EB851EB851EB8, "0.015"}, {0xBFB999999999999A, "-0.1"},
    {0x3FC3333333333333, "0.15"}, {0x3FEFFFFFFFFFFFFF, "0.9999999999999999"},
    {0xBFF0000000000000, "-1.0"}, {0x3FF8000000000000, "1.5"},
    {0x4023FFFFFFFFFFFF, "9.999999999999998"}, {0x4024000000000000, "10.0"},
    {0xC024000000000000, "-10.0"}, {0x402E000000000000, "15.0"},
    {0x4058FFFFFFFFFFFF, "99.99999999999999"}, {0x4059000000000000, "100.0"},
    {0xC059000000000000, "-100.0"}, {0x4062C00000000000, "150.0"},
    {0x408F3FFFFFFFFFFF, "999.9999999999999"}, {0x408F400000000000, "1000.0"},
    {0xC08F400000000000, "-1000.0"}, {0x4097700000000000, "1500.0"},
    {0x40C387FFFFFFFFFF, "9999.999999999998"}, {0x40C3880000000000, "10000.0"},
    {0xC0C3880000000000, "-10000.0"}, {0x40CD4C0000000000, "15000.0"},
    {0x40F869FFFFFFFFFF, "99999.99999999999"}, {0x40F86A0000000000, "100000.0"},
    {0xC0F86A0000000000, "-100000.0"}, {0x41024F8000000000, "150000.0"},
    {0xC12E848000000000, "-1000000.0"}, {0x4136E36000000000, "1500000.0"},
    {0x416312CFFFFFFFFF, "9999999.999999998"}, {0x416312D000000000, "10000000.0"},
    {0xC16312D000000000, "-10000000.0"}, {0x416C9C3800000000, "15000000.0"},
    {0x4197D783FFFFFFFF, "99999999.99999999"}, {0x4197D78400000000, "100000000.0"},
    {0xC197D78400000000, "-100000000.0"}, {0x41A1E1A300000000, "150000000.0"},
    {0x41CDCD64FFFFFFFF, "999999999.9999999"}, {0x41CDCD6500000000, "1000000000.0"},
    {0xC1CDCD6500000000, "-1000000000.0"}, {0x41D65A0BC0000000, "1500000000.0"},
    {0x4202A05F1FFFFFFF, "9999999999.999998"}, {0x4202A05F20000000, "10000000000.0"},
    {0xC202A05F20000000, "-10000000000.0"}, {0x420BF08EB0000000, "15000000000.0"},
    {0x42374876E7FFFFFF, "99999999999.99998"}, {0x42374876E8000000, "100000000000.0"},
    {0xC2374876E8000000, "-100000000000.0"}, {0x424176592E000000, "150000000000.0"},
    {0x426D1A94A1FFFFFF, "999999999999.9999"}, {0x426D1A94A2000000, "1000000000000.0"},
    {0xC26D1A94A2000000, "-1000000000000.0"}, {0x4275D3EF79800000, "1500000000000.0"},
    {0xC2A2309CE5400000, "-10000000000000.0"}, {0x42AB48EB57E00000, "15000000000000.0"},
    {0x42D6BCC41E8FFFFF, "99999999999999.98"}, {0x42D6BCC41E900000, "100000000000000.0"},
    {0xC2D6BCC41E900000, "-100000000000000.0"}, {0x42E10D9316EC0000, "150000000000000.0"},
    {0x430C6BF52633FFFF, "999999999999999.9"}, {0x430C6BF526340000, "1000000000000000.0"},
    {0xC30C6BF526340000, "-1000000000000000.0"}, {0x431550F7DCA70000, "1500000000000000.0"},
    {0x4341C37937E08000, "1e+16"}, {0xC341C37937E08000, "-1e+16"}, {0x434AA535D3D0C000, "1.5e+16"},
    {0x4376345785D89FFF, "9.999999999999998e+16"}, {0x4376345785D8A000, "1e+17"},
    {0xC376345785D8A000, "-1e+17"}, {0x4380A741A4627800, "1.5e+17"},
    {0x43ABC16D674EC7FF, "9.999999999999999e+17"}, {0x43ABC16D674EC800, "1e+18"},
    {0xC3ABC16D674EC800, "-1e+18"}, {0x43B4D1120D7B1600, "1.5e+18"}, {0x43E158E460913D00, "1e+19"},
    {0x0000000000000000, "0.0"}, {0x8000000000000000, "-0.0"}, {0x7FF0000000000000, "inf"},
    {0xFFF0000000000000, "-inf"}, {0x3FC999999999999A, "0.2"},
    {0x3FD3333333333334, "0.30000000000000004"}, {0x3FD5555555555555, "0.3333333333333333"},
    {0x3FE5555555555555, "0.6666666666666666"}, {0x437B69B4BA630F35, "1.2345678901234568e+17"},
    {0x44DFDE9F10A8D361, "6.02e+23"}, {0x4341C37937E07FFF, "9999999999999998.0"},
    {0x0010000000000000, "2.2250738585072014e-308"}, {0x000FFFFFFFFFFFFF, "2.225073858507201e-308"},
    {0x7FEFFFFFFFFFFFFF, "1.7976931348623157e+308"}, {0x4340000000000001, "9007199254740994.0"},
    {0x4011666666666666, "4.35"}, {0x44B52D02C7E14AF6, "1e+23"}, {0x447C7E83209E90B2, "8.41e+21"},
    {0x00005C0AB9347ED7, "5e-310"}, {0x400921F9F01B866E, "3.14159"},
};
const size_t repr_cases_count = sizeof repr_cases / sizeof repr_cases[0];

// float literals: text -> nearest double (584 cases)
const ParseCase parse_cases[] = {
    {"-8.e147", 0xDEA405552D60DBD6}, {"2.52e+323", 0x7FF0000000000000},
    {"2200.175102570120e125", 0x5A94506D6C89E3D4}, {"-11369523478e-159", 0xA1029BC318AC9EC7},
    {"657980875625583521955662e-239", 0x1342255E3188A079},
    {"-81536428667295354287.653632129e14", 0xC6F920171050A3AF},
    {"-2.535475179E+132", 0xDB6C939F0C9134E4}, {"88865E+114", 0x58A19EAF1C6C7701},
    {"93.2e+142", 0x5DD31B741B40571F},
    {"-41.677262000842300365789532797694461988e+225", 0xEEFC262289BE8950},
    {"-442194891242.339009379586200572167370E+168", 0xE53B47DF2865F922},
    {"7.55172769789566143588405917", 0x401E34F81B0B0975}, {"3532456032E39", 0x4A035606745AE1DD},
    {"28.5642273667884583685656289779588e+312", 0x7FF0000000000000},
    {"1.016E+311", 0x7FF0000000000000}, {"9.", 0x4022000000000000},
    {"55158.87837964079141309517607443148437604e+285", 0x7C16A3E1D426CCED},
    {"911977274586763031203130.9265392425048E-290", 0x08B2D1ED12B7701F},
    {"286.2734E-281", 0x0619FB758B8471D5}, {"-1.E+15", 0xC30C6BF526340000},
    {"-591275184.2244406538e43", 0xCAAF9B5684E4E5DE},
    {"9808149314176423225.2342468631767036451e+11", 0x4628C25E3108EC42},
    {"5.E-302", 0x016124E63593F5E1}, {"6000036.489827213E+88", 0x539CC3AF5AE92E44},
    {"-860840164476032322631555534.41347957185e256", 0xFAADA3CFC77F7127},
    {"-86989.723990058147899189989324816e-248", 0x8D77C240778F3180},
    {"156314546195249747640920289.84e-127", 0x2B018157066FECF1},
    {"4111468.8395750038E-104", 0x2BB67B6683BAE56A},
    {"1787377.45615582634013153911565014889e-15", 0x3E1EB4F81C834C55},
    {"42248139311400112306539666.6321E205", 0x6FD16A857ABD422F},
    {"1156636709649908526420.86463979941200624", 0x444F59C787A6BDB6},
    {"61678474787328.6892959557191E-280", 0x08A974E153B9836E},
    {"2010055821107661369.1563E-271", 0x0B7794360EAE7312},
    {"7846623801759.e-195", 0x1A20ABA9D310B155},
    {"1854.0399181612904635511158084064668301e+61", 0x4D4688DBFF8E9A99},
    {"-8.94E329", 0xFFF0000000000000}, {"-2247827190436972e152", 0xE2AE7ED7059E7EC9},
    {"-2109528316E145", 0xDFF92C798A07018E}, {"-428942424196321E191", 0xEAA119F6133E0C7E},
    {"75.68175292330578569224356974673142e-6", 0x3F13D6EA9D660956},
    {"-801.61E+209", 0xEBEE7A8AC94392A8}, {"2089.6322709363611973398", 0x40A05343B90423C4},
    {"3680950436418.158E-157", 0x21F262B6DBD1D018}, {"14073552630101.3E119", 0x5B5FB94CF7D95775},
    {"748584.908295E-24", 0x3C2B9E2F3F643E6D},
    {"412204156542202819827650209396990560E167", 0x6A00D41838C0BEF2},
    {"-69945206.224E-290", 0x855A009EFEE0765E}, {"-22755454.896e+120", 0xDA60CEDC6213A271},
    {"451140870743E-172", 0x1EA44BE36AE5A66E}, {"-4579487923165112e107", 0xD9662B093FCC3F39},
    {"491522.E187", 0x67F13CB68887F199}, {"1.E-317", 0x00000000001EE257},
    {"923113915704276415037571956.21560027E-51", 0x3AF1DB09E8C94C2E},
    {"-70629.6295539106565863952E-119", 0xA83BD45985E68B9D},
    {"94372233393528181062867.3956331297882E-193", 0x1CA23C39772B4D9E},
    {"06254367.06862820763471E205", 0x6BE7C7BE658F58CA}, {"135.562919024E260", 0x765B8D7FD6E66D2E},
    {"68082961.3408", 0x41903B74455CFAAD}, {"-9.2574e125", 0xDA15E1954BB31046},
    {"819697.0133153944699726596449259753980013E-37", 0x397A99C6BFC22515},
    {"-1371600693785e174", 0xE6942CC31A83FE1D},
    {"-79421711425.92670224238848742477669675854E+11", 0xC47AE8BC40EC30A6},
    {"19624575739664099388.E-26", 0x3E8A56F3EFF1390A},
    {"16137554.9257458e-257", 0x0C127C89A6DCE311}, {"-93.997677e+24", 0xC553703211F557C2},
    {"93880174.5119132232069e95", 0x5550C4277BA3B9BC},
    {"2547825304442758715487e237", 0x759535EB25E66A34}, {"5.1", 0x4014666666666666},
    {"-9981823583821189.25e-78", 0xB3106CD5B9D0D72A}, {"187523259.371214e+160", 0x62DFCCFED3D6D1A8},
    {"-97908660951.766528994498050014354E-263", 0x8B9CB6825AC9AA56},
    {"1570223867325521102831643.332907762355E169", 0x680B887604BCF397},
    {"480211664.0620470900783490586e-168", 0x1EDB0160FA08656E},
    {"7659113289687.37894620644", 0x429BDD1AE85F5D84},
    {"54429613303926898191067035131.1531527933", 0x45E5FBE3DE32A95A},
    {"-689e236", 0xF185296BD82E2131}, {"71.E+171", 0x63D25F478B76B862},
    {"-2451016265.979E42", 0xCA9A3436AA2EBE85}, {"-3929.925E282", 0xFB3A6DA196B92123},
    {"81560799868901929610604849677E153", 0x65B3A7CECB5C46FD},
    {"-53832289612827.e-310", 0x826C2A385F8E9FB3}, {"1289446.61573E182", 0x66FDA29462472A16},
    {"76114427899881426880334E-178", 0x1FBA20213F8ADE17}, {"-1.30E+206", 0xEAB9EA2A3AC8553D},
    {"7570466351499287.047E-84", 0x31CA1FED99ABA2C6}, {"-9858157205422e+112", 0xD9E2A413D621854C},
    {"60369.74455124927694E-250", 0x0D051AE2A6A9D437},
    {"-7753536.97718010300949e102", 0xD68A695176234C92},
    {"48760880986.211255042e+132", 0x5D8FFD3D2AC7D3C7}, {"9643115821.86E-75", 0x32703FA56E29A96C},
    {"8E46", 0x49AC06A5EC5433C6}, {"-1E-115", 0xA80F8587E7083E30},
    {"1518787449629222775.29351052E+204", 0x6E10CE7E252F2052},
    {"-5.639983E-264", 0x8946BB7A16593B35},
    {"552661612528666375855.58454875E+291", 0x7FF0000000000000},
    {"75291749.16368344136718340E-49", 0x3764FCFFAEFA0B94},
    {"902084.36915287506929e186", 0x67C94EE104BD040F},
    {"475932474542420.03447135e294", 0x7FF0000000000000},
    {"951.94530111867988549712592791742E-189", 0x195091667A15C3F3},
    {"457603534.07050099e-117", 0x297131FA148F1B09},
    {"7508594613564630684924.583e-180", 0x1F1A641A9E3B3DC9},
    {"3743350155656167860244077361.252562E285", 0x7FF0000000000000},
    {"1161e-222", 0x127A3ABCB01891F8}, {"7.E316", 0x7FF0000000000000},
    {"69.06415148E259", 0x761675955E6C8A27}, {"7320050e274", 0x7A4021690C1ACD01},
    {"43036.1434154835e+199", 0x6A35F6541FAB52BB}, {"10622032e-27", 0x3BC9149FD6C38C35},
    {"44.77448733907955732653819898569678506079E256", 0x756DD1DC8C425BF5},
    {"-69.210638604e231", 0xF0464A3065B62C02}, {"1.625840155", 0x3FFA0370F763FA25},
    {"7531034.e+52", 0x4C27FEC9461D34F6}, {"-1145794560171.2854E-18", 0xBEB339267123B04D},
    {"-613180604853765932358.319E+249", 0xF7F292249CEE63B6},
    {"14160920117195375079706216736.E+176", 0x6A52110727169332},
    {"5949611409008105.4212E-188", 0x1C2D6E2E6768CFE6},
    {"-708.898303838612737144016386735774499969E-220", 0x92D906342FFAA849},
    {"77591309310020541E-292", 0x06D13161CC3CC15C},
    {"75588839834373622923155.965E131", 0x5FE20A61C4D5743C},
    {"7851116340.668285921825029552202884192386e152", 0x618BEBFC664FDE13},
    {"8573488067.416294227E-120", 0x29149E528513760F},
    {"240737448843639060180.6729716e+281", 0x7E81F945BA46AC09},
    {"-633642252415e+179", 0xE78C716EB1951358},
    {"19629.140261333309750284253E-21", 0x3C76A17FE7A90346}, {"-729.3093e-274", 0x87A3BA13186B29EC},
    {"319883112546.30104E-303", 0x03698994A57BCE71}, {"118356.91", 0x40FCE54E8F5C28F6},
    {"96e-121", 0x2738CA23261E3D42}, {"88108211.18424775339124961e-150", 0x227130D3AEF8136D},
    {"13424479418623E-83", 0x316DA614A604904E}, {"51.e-316", 0x000000003D86E864},
    {"14044070581872473333.80538184633450e107", 0x5A2098FB156FE56B},
    {"-1645256543844144774886566986128391.0397E+326", 0xFFF0000000000000},
    {"5299935733647373.9E+97", 0x575609BA76EC554A}, {"4606.29e+158", 0x618061C2829D1F7B},
    {"4875349.614e-271", 0x090F70D06E46514D}, {"-00452108e+24", 0xC616D35BE3B79D83},
    {"-63868267526E85", 0xD3D322FD2DD368B0}, {"5010147819746063760482.485", 0x4470F99C4B12881F},
    {"298239.0485217e+289", 0x7D12ADC526763A99}, {"73642022967063e-239", 0x11317209BAE7D3AA},
    {"490199185349412712953.0511074166032805E+15", 0x47579A2BE47294A2},
    {"48.398349E+128", 0x5ADBEDC65592DA01}, {"-177960.7812036139581512E+187", 0xE7D8F6ADE091F44D},
    {"779297e212", 0x6D2C41F5B16375ED},
    {"-2091455202.57828762190579367244566843e-297", 0x843461C36442DF56},
    {"9e+91", 0x5306174692711320}, {"2293028807861694.0610723931177e+206", 0x6DE44CA3E1FDF448},
    {"-297962418823E297", 0xFFF0000000000000}, {"89.932611132249609101", 0x40567BAFE69A3972},
    {"50693296.6454E-234", 0x10F336E429C7D7B2}, {"9.191546626807E-16", 0x3CD08EDA4AFBC494},
    {"-334.694", 0xC074EB1A9FBE76C9}, {"72e+95", 0x540AF769A5C307D9},
    {"221.0228580417959E+179", 0x65954E4F23517AE2},
    {"41067791698113088965559.929", 0x44A1649432A5E56E}, {"-2.58678e-85", 0xAE6014B0C8D9BE60},
    {"-648182802340930585236389357141E-38", 0xBE3BD6D86455A14F},
    {"397944566623834597927.959388", 0x443592971AF1966E}, {"398829215E105", 0x5784BADF063EA861},
    {"45152591541064.32290985176745197881E-20", 0x3E9E4D27FA190E41},
    {"44600251683696360422250.9075549E+73", 0x53CABA166EC74C37}, {"528E38", 0x48636549C36756BF},
    {"102951.", 0x40F9227000000000}, {"91.e-275", 0x073F819D09AF7A6F},
    {"-253486672804381295782326.488", 0xC4CAD6C520EED0F9}, {"17014440.8e-118", 0x28F05E04F6826D55},
    {"-1.768e+67", 0xCDE4FC36605C3AC8}, {"1084798543826791.49828", 0x430ED4F2BEDC7B3C},
    {"10194984754E-308", 0x0211119B06592AC7}, {"-44.29", 0xC046251EB851EB85},
    {"66.7e276", 0x799E1A03853B1A7B}, {"-9047215969072E+199", 0xEBF13318110D0B72},
    {"-154102436471716130086065252.E+79", 0xD5C580492283D9FE},
    {"11018556526133360143587969405663826.6e+116", 0x5F158B0435517C64},
    {"-9.2241757631576745636047e+184", 0xE655B5618FF275AE},
    {"32185365130.81363407912522061262e+311", 0x7FF0000000000000}, {"9e+228", 0x6F77BEA16FB91005},
    {"48464803720427145667711480367398E-311", 0x05F1983FB8B9075A},
    {"24447086230.9033E-231", 0x1221AC88C07B069D}, {"-8698542963375637907e111", 0xDAE91913AF630059},
    {"-921729319647114426.21601644962819895E-275", 0x8A91B7064C49C6B9},
    {"08283058174041321.69395007518951486", 0x433D6D65C41E1CEA},
    {"16859175854118565984093.073620387154365E303", 0x7FF0000000000000},
    {"311329018461292691E-295", 0x0651A902C95027F7},
    {"12.213839951734906837800e+30", 0x46634521739CE1FA},
    {"66504.9486060939443777510E157", 0x6187A6E3C59CB6E1},
    {"432573406090973476367210714.41e+168", 0x6857B3F53EB13259},
    {"7565466295242716060.572", 0x43DA3F7BE0C4087D}, {"3240873659627273e125", 0x5D1B36F8D9B96B9E},
    {"102490056911514280.194623177e-204", 0x191C8A5331B888A8},
    {"-28944.717479652928687348388303E310", 0xFFF0000000000000},
    {"18402598909e-127", 0x27B29002C8F61207}, {"8.E36", 0x479812F9CF7920E3},
    {"-1933220157349809365060579100820530.41919e+228", 0xF62F6F04D7892C22},
    {"41e+223", 0x6E91B8FB58C91D63}, {"-397158805.096E-100", 0xACF4B609B1B856AA},
    {"-1.060902472e+154", 0xDFE951FAA4F740CE}, {"2.269757600173876339", 0x40022876AC34C102},
    {"-139.9593E269", 0xF83A7E1F4A04B3BA},
    {"936820157367.3804465296360266378317e+116", 0x5A814C9DAD5DFA71},
    {"998.57E51", 0x4B24D9E2A3E15552},
    {"03752373901110253.9348067232019509698e224", 0x71ACCFF9E2B95E3C},
    {"86E-45", 0x36FEAF9240C27769}, {"-5966998061502331.5606407e+189", 0xEA73082110DA7953},
    {"-1176877.5992406591090573042534821751420E-321", 0x800000000E32AF36},
    {"-295699473E55", 0xCD1CC091C1168267},
    {"0040846232.9371020378693900952562e+85", 0x5329109340B68ED8},
    {"-8508989355110466280398214.009e+198", 0xEE378A2AA8F35947},
    {"80756754456134074861.3541626382759129342e+219", 0x7188CDAF97AE721C},
    {"1789082963184e-224", 0x13F8177984E7CE76}, {"-939578.361e211", 0xECFB41707F7AFF21},
    {"603159301227e-139", 0x2584E78E8DA40441}, {"9755662008.", 0x42022BDCB5C00000},
    {"3977878.4e+59", 0x4D8E37BFD8335FC6},
    {"-81162920715239981705.6560916784e+189", 0xEB4F99AAA21549DB},
    {"90900865.57", 0x4195AC260647AE14}, {"-686947327.2774093493832E+90", 0xD47419B43F88BC8A},
    {"332.77", 0x4074CC51EB851EB8}, {"741014623366494285134410770208e-266", 0x0EE8205EC8FF5C6D},
    {"-9405896458430519671.402590051146700747E45", 0xCD36DD4DC1A92A42},
    {"-69773434575940364.74505361398784376277233E+90", 0xD61E6C19E62FEFEE},
    {"14E127", 0x5A89DA32F6768F45}, {"7359589216.581892260893994903563e-229", 0x1270A07A4CAC8757},
    {"-56.e+36", 0xC7C5109A9589FCC6}, {"648859780744.873409802611958477e+320", 0x7FF0000000000000},
    {"-79797955903515358539228163567936812.9e+49", 0xD15A49F77E6C1806},
    {"804905367E-138", 0x2521DA98C7BEFBE7}, {"3755995693921715326e165", 0x660C4951A40220DD},
    {"-693945186051620463713692204.395694368238E271", 0xFDC538BEFC47727B},
    {"7601.27e-142", 0x23421A9EAE1E822A}, {"-531258.2887622E-273", 0x88718A92D5F430EF},
    {"90.E+329", 0x7FF0000000000000}, {"33383870979928e177", 0x677DF88B3C8DB23F},
    {"-714e+47", 0xCA486D4B5D9AE3A0},
    {"906443.547580641514967277260621939451393e+101", 0x5623C2DAEEA76E9A},
    {"5432411915.3729078175149e91", 0x54D8D632D7AA4027}, {"16E+11", 0x42774876E8000000},
    {"-26.99496591971600306760E+85", 0xD1E15EA918C6F176},
    {"-9832514364718485859666726.996753890605e-212", 0x991B616A843544BC},
    {"-30.362e271", 0xF881F5BD014AFDDC},
    {"16631723016781333784846260643700.36E172", 0x6A20F99A8C5C9961},
    {"89465113147.25421280997638", 0x4234D4894A3B4114},
    {"5528903661898592978933.087986631116E2", 0x44DD450FCBB5BE28},
    {"5708672176956048808826284071.09536858e-144", 0x27CCCA9BE8813978},
    {"5202222883674735.689248e293", 0x7FF0000000000000}, {"11.7e+66", 0x4DDBC647F8019918},
    {"168307e283", 0x7BC61B375108568D}, {"4068377484972259465223698389354e254", 0x7B05E3306FBD0495},
    {"49E-57", 0x3473393F6D3C261A}, {"3.323561138499825e+199", 0x695BC9E11805FA9F},
    {"7.800997023462968e-53", 0x351DE33214019324}, {"1.6697452089583474e-196", 0x1748F689632F7A9B},
    {"9.006519211600983e-290", 0x03EC163AC9743C92}, {"5.259652179964398e+294", 0x7D20787DCBF6CD67},
    {"1.0045691551282005e+300", 0x7E38002EB73AD2AA},
    {"6.9587428262186375e-211", 0x144D487C47E8555E},
    {"4.4630034492916374e-278", 0x0659510465DE4553}, {"2.535139422391638e+262", 0x7669C350C24DD0D9},
    {"9.260840908814923e-135", 0x241AECAF62A73339}, {"6.63534071807635e-240", 0x0E461F4D5695AAA8},
    {"6.876243616112082e+152", 0x5FAA421363450C4C}, {"1.2744010931644253e-221", 0x12126D2F564F6C41},
    {"1.050426738525991e-302", 0x013CD058EFC00938}, {"8.741342922190935e-232", 0x0FF5B6B83ECCAC92},
    {"1.5341052604595889e+115", 0x57D8EB0FA5B87002}, {"2.5315723061885033e-37", 0x38558946B94AE6D5},
    {"5.3611961421866487e+166", 0x628D17E74D1E1347},
    {"2.2211841261145317e+199", 0x6952924F088B0C99}, {"1.6826626906961514e-69", 0x31A73A03E8DFF1C2},
    {"3.268063461846856e+121", 0x59294FCEFF534BD8}, {"11.006443423976267", 0x4026034C8D6E8131},
    {"5.070273213770447e+90", 0x52C3E9902B0952FE}, {"3.1389114451634827e+31", 0x4678C2FB2EB6AEE6},
    {"4.0943621524803466e+136", 0x5C4C2A6155976E5D}, {"1.516303308389305e-171", 0x1C7770724D94EA34},
    {"5.7480690189810266e+290", 0x7C4D7DCFBC19C9AE}, {"4.530834169354726e-288", 0x044613C36F73EA28},
    {"1.2434065817350799e+132", 0x5B5C07376BD27145}, {"9.493794187446769e-67", 0x323998603D475AE2},
    {"1.615564631212558e+232", 0x7024CFEB4EFB32F8}, {"1.0848557684505646e+112", 0x57320B45B513AD6B},
    {"5.12617401367933e+65", 0x4D93786A5E3FFFC9}, {"7.344534899924841e-166", 0x1DA5A79989161993},
    {"1.7337712293747672e-208", 0x14CC7FE5D84006B7}, {"5.516611299843421e-240", 0x0E426475C2B5E4FE},
    {"2.128584143583849e-74", 0x30A34176CF64817A}, {"3.048159559566121e-165", 0x1DC677D1DFCF8F9D},
    {"5.1671540898722724e+272", 0x788E90A814B7AC16}, {"4.706676218646727e+105", 0x55E06ADE50867F5C},
    {"9.870867005946105e+140", 0x5D34B8E6A352CAC6}, {"8.329272914162286e-78", 0x2FEEDCE36C5391ED},
    {"2.4828097758069867e-243", 0x0D90F3E6DA77FFC7}, {"8.381794354356875e-145", 0x2204EEC458893203},
    {"6.549457414611109e+68", 0x4E384B14E7873BF6}, {"1.1838958336619046e+193", 0x6804C24D46E252E9},
    {"1.4599512651410283e-297", 0x024E8DC07198E104}, {"9.375014531430727e+270", 0x7831BEED6C7A6570},
    {"1.2543351811399437e+286", 0x7B55168E86C1BA8F}, {"6.814807716645135e-132", 0x24B3594422372730},
    {"7.331788904452173e+152", 0x5FABFF6853F01075}, {"3.9348695733508184e+27", 0x45A96DB215FCC6B0},
    {"4.404534289695728e-187", 0x193EA9C69D4FFC9E}, {"6.42222108966848e-172", 0x1C63DAE9E5FACCFA},
    {"5.75292096382148e+173", 0x64029BA93E207083}, {"2.0053596716235744e+198", 0x691AD3C26E38E41C},
    {"5.40222068872481e-77", 0x30190578F33CA942}, {"1.3022550327526355e-86", 0x2E19E7D9D348E545},
    {"2.4298387398889155e+107", 0x563A7C74E6CE87BD},
    {"2.1144021190345968e-196", 0x174F9C59D9C05C00},
    {"3.9532284592888115e-150", 0x20E9E18417A2F84A}, {"4.566849331508216e-123", 0x268826CB97A69D6A},
    {"3.2864834528781446e-302", 0x0156899E2F6DD0E9}, {"5.778619788875678e-94", 0x2C934939083ABEBB},
    {"6.895330779348964e-87", 0x2E0B6F04B8089B44}, {"1.7182540067043351e+165", 0x623DD6873BAF824B},
    {"1.0737463518503096e+134", 0x5BC2E8C2A371204D},
    {"1.3102095187584054e-100", 0x2B3257417CB749FC}, {"4.012525173457938e-187", 0x193BEF22C876B9AC},
    {"5.4954187960621965e+177", 0x64D5B2BC043B51DF},
    {"1.4821334651553286e+191", 0x67A0A1F1D6883B64}, {"4.775876762916709e+298", 0x7DF241A9A32F6DF8},
    {"2.8152636952349283e-234", 0x0F71E70FAF3C2AB7}, {"4.972025672593617e+239", 0x71B316B6526F2F6C},
    {"1.3654533125480051e+289", 0x7BF66B100A02689A}, {"1.0356947332324927e+65", 0x4D6F786E209CE3F7},
    {"8.166785699916975e+214", 0x6C8E52E75977DA6F}, {"3.4457962696992846e+261", 0x763C038DF9183A1A},
    {"1.788454625808397e-30", 0x39C22317FA99B33F}, {"4.11859335309951e-16", 0x3CBDAD76B88169B0},
    {"4.430931924300859e+79", 0x5077EA9A9F441666}, {"1.9533574947892776e+132", 0x5B660408A37A2415},
    {"3.1372290794365932e+280", 0x7A2BA722A71DDEBD},
    {"1.2636587998831585e-262", 0x098FD5381A8F4E0A}, {"2.803848609738181e-165", 0x1DC4AACF45287E2B},
    {"3.236512693633093e+256", 0x75313E7E88216C2C}, {"1.432430187387342e+120", 0x58E1C047D72BE216},
    {"1.2641239966735383e-151", 0x209A7BA71744F404},
    {"2.1514277264159354e-225", 0x11497BB13C19D33A},
    {"1.0185453863519671e-250", 0x0C0756055366D38C}, {"1.7330355314949872e-48", 0x3604433E9CB1DF28},
    {"3.007591850738755e-166", 0x1D91BC3727F6D499}, {"7.58543556433384e+183", 0x661C901DE2B94162},
    {"2.0218972521953465e-193", 0x17ED84F1DF3B708D}, {"3.2709033662570275e-95", 0x2C51776DB8AB7A43},
    {"7.101815336159994e-126", 0x25F33ABF3DF1E14F}, {"1.1431331346999724e+58", 0x4BFD234AB037D5B6},
    {"6.295574234045152e-182", 0x1A50B8167FCFA88A}, {"4.0011196970391683e-159", 0x1F0C2046EC0EB69F},
    {"1.237161478769058e-125", 0x2600BFCCD82E17EF},
    {"80894605456246255826106056178547934937688873254959692741706639724911555300312926419792"
        "347587645053863525390625e-134", 0x3AEF4B69E73A85AC},
    {"80894605456246255826106056178547934937688873254959692741706639724911555300312926419792"
        "3475876450538635253906251e-135", 0x3AEF4B69E73A85AD},
    {"80894605456246255826106056178547934937688873254959692741706639724911555300312926419792"
        "3475876450538635253906249e-135", 0x3AEF4B69E73A85AC},
    {"16187109385056051906810019493582076887186762531300064718083251184604744187785666247194"
        "648030216192", 0x541E5028D2964DC6},
    {"16187109385056051906810019493582076887186762531300064718083251184604744187785666247194"
        "648030216191", 0x541E5028D2964DC6},
    {"16187109385056051906810019493582076887186762531300064718083251184604744187785666247194"
        "648030216193", 0x541E5028D2964DC7},
    {"16187109385056051906810019493582076887186762531300064718083251184604744187785666247194"
        "648030216192.0000000000000000000000001", 0x541E5028D2964DC7},
    {"16187109385056051906810019493582076887186762531300064718083251184604744187785666247194"
        "648030216191.9999999999999999999999999", 0x541E5028D2964DC6},
    {"11000073000844026759533733944668855047306389870973453496097769365250344351370978224493"
        "613259615190587202964930086624495619014656", 0x5A504009D819EBC0},
    {"11000073000844026759533733944668855047306389870973453496097769365250344351370978224493"
        "613259615190587202964930086624495619014655", 0x5A504009D819EBBF},
    {"11000073000844026759533733944668855047306389870973453496097769365250344351370978224493"
        "613259615190587202964930086624495619014657", 0x5A504009D819EBC0},
    {"11000073000844026759533733944668855047306389870973453496097769365250344351370978224493"
        "613259615190587202964930086624495619014656.0000000000000000000000001", 0x5A504009D819EBC0},
    {"11000073000844026759533733944668855047306389870973453496097769365250344351370978224493"
        "613259615190587202964930086624495619014655.9999999999999999999999999", 0x5A504009D819EBBF},
    {"33456148633942265770647752408297010557538634028512340770780256949916128850503588502811"
        "53399846565135745867911595600180978753405775507567259222247371006085887756885451187032"
        "455162918273646753181317547257529901411057916174908066512823495563470176256",
        0x731E9FB32E32BC82},
    {"33456148633942265770647752408297010557538634028512340770780256949916128850503588502811"
        "53399846565135745867911595600180978753405775507567259222247371006085887756885451187032"
        "455162918273646753181317547257529901411057916174908066512823495563470176255",
        0x731E9FB32E32BC81},
    {"33456148633942265770647752408297010557538634028512340770780256949916128850503588502811"
        "53399846565135745867911595600180978753405775507567259222247371006085887756885451187032"
        "455162918273646753181317547257529901411057916174908066512823495563470176257",
        0x731E9FB32E32BC82},
    {"33456148633942265770647752408297010557538634028512340770780256949916128850503588502811"
        "53399846565135745867911595600180978753405775507567259222247371006085887756885451187032"
        "455162918273646753181317547257529901411057916174908066512823495563470176256.0000000000"
        "000000000000001", 0x731E9FB32E32BC82},
    {"33456148633942265770647752408297010557538634028512340770780256949916128850503588502811"
        "53399846565135745867911595600180978753405775507567259222247371006085887756885451187032"
        "455162918273646753181317547257529901411057916174908066512823495563470176255.9999999999"
        "999999999999999", 0x731E9FB32E32BC81},
    {"39797231343198105892388047667916458652501561081688459320870636746219422667770525523736"
        "65708615881535801474171153990865448126391969688208627499301350179690152203455999423100"
        "768177094656", 0x660DF8A6AC9A3ED2},
    {"39797231343198105892388047667916458652501561081688459320870636746219422667770525523736"
        "65708615881535801474171153990865448126391969688208627499301350179690152203455999423100"
        "768177094655", 0x660DF8A6AC9A3ED1},
    {"39797231343198105892388047667916458652501561081688459320870636746219422667770525523736"
        "65708615881535801474171153990865448126391969688208627499301350179690152203455999423100"
        "768177094657", 0x660DF8A6AC9A3ED2},
    {"39797231343198105892388047667916458652501561081688459320870636746219422667770525523736"
        "65708615881535801474171153990865448126391969688208627499301350179690152203455999423100"
        "768177094656.0000000000000000000000001", 0x660DF8A6AC9A3ED2},
    {"39797231343198105892388047667916458652501561081688459320870636746219422667770525523736"
        "65708615881535801474171153990865448126391969688208627499301350179690152203455999423100"
        "768177094655.9999999999999999999999999", 0x660DF8A6AC9A3ED1},
    {"22468084496219096592522224465736609756304734471462864588412046254756173819813918278556"
        "105301793512786043775975683956113679602725886698301116845008093184", 0x5F5B7496E2D395C2},
    {"22468084496219096592522224465736609756304734471462864588412046254756173819813918278556"
        "105301793512786043775975683956113679602725886698301116845008093183", 0x5F5B7496E2D395C2},
    {"22468084496219096592522224465736609756304734471462864588412046254756173819813918278556"
        "105301793512786043775975683956113679602725886698301116845008093185", 0x5F5B7496E2D395C3},
    {"22468084496219096592522224465736609756304734471462864588412046254756173819813918278556"
        "105301793512786043775975683956113679602725886698301116845008093184.0000000000000000000"
        "000001", 0x5F5B7496E2D395C3},
    {"22468084496219096592522224465736609756304734471462864588412046254756173819813918278556"
        "105301793512786043775975683956113679602725886698301116845008093183.9999999999999999999"
        "999999", 0x5F5B7496E2D395C2},
    {"102104870745093087402773230243713012094468096", 0x4912506CFCCE4E22},
    {"102104870745093087402773230243713012094468095", 0x4912506CFCCE4E22},
    {"102104870745093087402773230243713012094468097", 0x4912506CFCCE4E23},
    {"102104870745093087402773230243713012094468096.0000000000000000000000001", 0x4912506CFCCE4E23},
    {"102104870745093087402773230243713012094468095.9999999999999999999999999", 0x4912506CFCCE4E22},
    {"439479482077685575e-2", 0x432F3A15D04E6730}, {"4394794820776855751e-3", 0x432F3A15D04E6730},
    {"4394794820776855749e-3", 0x432F3A15D04E672F},
    {"5379491915983451833069457770353238856841926462948322296142578125e-68", 0x3F0C343B590D540E},
    {"53794919159834518330694577703532388568419264629483222961425781251e-69", 0x3F0C343B590D540F},
    {"53794919159834518330694577703532388568419264629483222961425781249e-69", 0x3F0C343B590D540E},
    {"38282897088302571350755565883768122734311864590226849923818734125586979908508603543806"
        "17128891769594352197215209121798243652740310008878369719759466405094447266538792188507"
        "05477933717164607936354808649642901704153731570007497351501226167177049846304939383254"
        "6574160934471605835972118947441934336", 0x7D17FA07997EE5F4},
    {"38282897088302571350755565883768122734311864590226849923818734125586979908508603543806"
        "17128891769594352197215209121798243652740310008878369719759466405094447266538792188507"
        "05477933717164607936354808649642901704153731570007497351501226167177049846304939383254"
        "6574160934471605835972118947441934335", 0x7D17FA07997EE5F3},
    {"38282897088302571350755565883768122734311864590226849923818734125586979908508603543806"
        "17128891769594352197215209121798243652740310008878369719759466405094447266538792188507"
        "05477933717164607936354808649642901704153731570007497351501226167177049846304939383254"
        "6574160934471605835972118947441934337", 0x7D17FA07997EE5F4},
    {"38282897088302571350755565883768122734311864590226849923818734125586979908508603543806"
        "17128891769594352197215209121798243652740310008878369719759466405094447266538792188507"
        "05477933717164607936354808649642901704153731570007497351501226167177049846304939383254"
        "6574160934471605835972118947441934336.0000000000000000000000001", 0x7D17FA07997EE5F4},
    {"38282897088302571350755565883768122734311864590226849923818734125586979908508603543806"
        "17128891769594352197215209121798243652740310008878369719759466405094447266538792188507"
        "05477933717164607936354808649642901704153731570007497351501226167177049846304939383254"
        "6574160934471605835972118947441934335.9999999999999999999999999", 0x7D17FA07997EE5F3},
    {"24432056290724713276320809720489577748661557258302163343313633740373671653783871349219"
        "2255216650664806365966796875e-139", 0x3A9E3ED3E480E5A4},
    {"24432056290724713276320809720489577748661557258302163343313633740373671653783871349219"
        "22552166506648063659667968751e-140", 0x3A9E3ED3E480E5A4},
    {"24432056290724713276320809720489577748661557258302163343313633740373671653783871349219"
        "22552166506648063659667968749e-140", 0x3A9E3ED3E480E5A3},
    {"690335039250372379537156946060129521443155758004362466110453972989652263501824",
        0x5017D8EF24A0E6A4},
    {"690335039250372379537156946060129521443155758004362466110453972989652263501823",
        0x5017D8EF24A0E6A4},
    {"690335039250372379537156946060129521443155758004362466110453972989652263501825",
        0x5017D8EF24A0E6A5},
    {"690335039250372379537156946060129521443155758004362466110453972989652263501824.0000000"
        "000000000000000001", 0x5017D8EF24A0E6A5},
    {"690335039250372379537156946060129521443155758004362466110453972989652263501823.9999999"
        "999999999999999999", 0x5017D8EF24A0E6A4},
    {"169644274533839375818199172074051538010005252629702269914408537817088", 0x4E192B798CE3EAC2},
    {"169644274533839375818199172074051538010005252629702269914408537817087", 0x4E192B798CE3EAC2},
    {"169644274533839375818199172074051538010005252629702269914408537817089", 0x4E192B798CE3EAC3},
    {"169644274533839375818199172074051538010005252629702269914408537817088.0000000000000000"
        "000000001", 0x4E192B798CE3EAC3},
    {"169644274533839375818199172074051538010005252629702269914408537817087.9999999999999999"
        "999999999", 0x4E192B798CE3EAC2},
    {"14245533456959299514925574324741103132187953423856481377909433551220798093827630799164"
        "88471337343166193435664327247611274498884943094048102057597133941484713046868417800815"
        "220602934893330984322772496285696", 0x6A522CA9BFDB7040},
    {"14245533456959299514925574324741103132187953423856481377909433551220798093827630799164"
        "88471337343166193435664327247611274498884943094048102057597133941484713046868417800815"
        "220602934893330984322772496285695", 0x6A522CA9BFDB703F},
    {"14245533456959299514925574324741103132187953423856481377909433551220798093827630799164"
        "88471337343166193435664327247611274498884943094048102057597133941484713046868417800815"
        "220602934893330984322772496285697", 0x6A522CA9BFDB7040},
    {"14245533456959299514925574324741103132187953423856481377909433551220798093827630799164"
        "88471337343166193435664327247611274498884943094048102057597133941484713046868417800815"
        "220602934893330984322772496285696.0000000000000000000000001", 0x6A522CA9BFDB7040},
    {"14245533456959299514925574324741103132187953423856481377909433551220798093827630799164"
        "88471337343166193435664327247611274498884943094048102057597133941484713046868417800815"
        "220602934893330984322772496285695.9999999999999999999999999", 0x6A522CA9BFDB703F},
    {"468226766207486857976803895899950555538150854020300800", 0x4B138DD704389E28},
    {"468226766207486857976803895899950555538150854020300799", 0x4B138DD704389E27},
    {"468226766207486857976803895899950555538150854020300801", 0x4B138DD704389E28},
    {"468226766207486857976803895899950555538150854020300800.0000000000000000000000001",
        0x4B138DD704389E28},
    {"468226766207486857976803895899950555538150854020300799.9999999999999999999999999",
        0x4B138DD704389E27},
    {"32950837645007631268608045480983759315034904229998925101803650723517392706138238847390"
        "12252401452388728562613369296022709108792800867452932204991701361380935722507053375606"
        "79551803230770777329383771724668559956851672241212430569413414150898481534542544896",
        0x74C678CF7F573914},
    {"32950837645007631268608045480983759315034904229998925101803650723517392706138238847390"
        "12252401452388728562613369296022709108792800867452932204991701361380935722507053375606"
        "79551803230770777329383771724668559956851672241212430569413414150898481534542544895",
        0x74C678CF7F573914},
    {"32950837645007631268608045480983759315034904229998925101803650723517392706138238847390"
        "12252401452388728562613369296022709108792800867452932204991701361380935722507053375606"
        "79551803230770777329383771724668559956851672241212430569413414150898481534542544897",
        0x74C678CF7F573915},
    {"32950837645007631268608045480983759315034904229998925101803650723517392706138238847390"
        "12252401452388728562613369296022709108792800867452932204991701361380935722507053375606"
        "79551803230770777329383771724668559956851672241212430569413414150898481534542544896.00"
        "00000000000000000000001", 0x74C678CF7F573915},
    {"32950837645007631268608045480983759315034904229998925101803650723517392706138238847390"
        "12252401452388728562613369296022709108792800867452932204991701361380935722507053375606"
        "79551803230770777329383771724668559956851672241212430569413414150898481534542544895.99"
        "99999999999999999999999", 0x74C678CF7F573914},
    {"96027555320279691322102032375868649393848090501327828092885822588668138221030182966215"
        "66037880850514240392428839487394314457955843515462644464952981386134092634796093834047"
        "25622193410251185838834180411190865928351670690564531822322306300359436748443463134683"
        "8888876381916282704686884086953803776", 0x7D2E12372C7B24B2},
    {"96027555320279691322102032375868649393848090501327828092885822588668138221030182966215"
        "66037880850514240392428839487394314457955843515462644464952981386134092634796093834047"
        "25622193410251185838834180411190865928351670690564531822322306300359436748443463134683"
        "8888876381916282704686884086953803775", 0x7D2E12372C7B24B2},
    {"96027555320279691322102032375868649393848090501327828092885822588668138221030182966215"
        "66037880850514240392428839487394314457955843515462644464952981386134092634796093834047"
        "25622193410251185838834180411190865928351670690564531822322306300359436748443463134683"
        "8888876381916282704686884086953803777", 0x7D2E12372C7B24B3},
    {"96027555320279691322102032375868649393848090501327828092885822588668138221030182966215"
        "66037880850514240392428839487394314457955843515462644464952981386134092634796093834047"
        "25622193410251185838834180411190865928351670690564531822322306300359436748443463134683"
        "8888876381916282704686884086953803776.0000000000000000000000001", 0x7D2E12372C7B24B3},
    {"96027555320279691322102032375868649393848090501327828092885822588668138221030182966215"
        "66037880850514240392428839487394314457955843515462644464952981386134092634796093834047"
        "25622193410251185838834180411190865928351670690564531822322306300359436748443463134683"
        "8888876381916282704686884086953803775.9999999999999999999999999", 0x7D2E12372C7B24B2},
    {"86960419432380019849242322400170125295616", 0x486FF1B7F26FA700},
    {"86960419432380019849242322400170125295615", 0x486FF1B7F26FA6FF},
    {"86960419432380019849242322400170125295617", 0x486FF1B7F26FA700},
    {"86960419432380019849242322400170125295616.0000000000000000000000001", 0x486FF1B7F26FA700},
    {"86960419432380019849242322400170125295615.9999999999999999999999999", 0x486FF1B7F26FA6FF},
    {"17856369997433386472872955758832425557687127182099718677438573434214841457072729949873"
        "91263200073607319268122374798075814785628630927367847899726110852107704286469702713574"
        "80276868635415560214785140528320452054793222805216533842583761796699861271614240688935"
        "67793322341565464576", 0x79801DFAE0CCB098},
    {"17856369997433386472872955758832425557687127182099718677438573434214841457072729949873"
        "91263200073607319268122374798075814785628630927367847899726110852107704286469702713574"
        "80276868635415560214785140528320452054793222805216533842583761796699861271614240688935"
        "67793322341565464575", 0x79801DFAE0CCB097},
    {"17856369997433386472872955758832425557687127182099718677438573434214841457072729949873"
        "91263200073607319268122374798075814785628630927367847899726110852107704286469702713574"
        "80276868635415560214785140528320452054793222805216533842583761796699861271614240688935"
        "67793322341565464577", 0x79801DFAE0CCB098},
    {"17856369997433386472872955758832425557687127182099718677438573434214841457072729949873"
        "91263200073607319268122374798075814785628630927367847899726110852107704286469702713574"
        "80276868635415560214785140528320452054793222805216533842583761796699861271614240688935"
        "67793322341565464576.0000000000000000000000001", 0x79801DFAE0CCB098},
    {"17856369997433386472872955758832425557687127182099718677438573434214841457072729949873"
        "91263200073607319268122374798075814785628630927367847899726110852107704286469702713574"
        "80276868635415560214785140528320452054793222805216533842583761796699861271614240688935"
        "67793322341565464575.9999999999999999999999999", 0x79801DFAE0CCB097},
    {"13101669646627427295478513143448006019860692873267648306736569780374657924972613646858"
        "587459126338260591059638622879744", 0x5874C8343EF3D452},
    {"13101669646627427295478513143448006019860692873267648306736569780374657924972613646858"
        "587459126338260591059638622879743", 0x5874C8343EF3D452},
    {"13101669646627427295478513143448006019860692873267648306736569780374657924972613646858"
        "587459126338260591059638622879745", 0x5874C8343EF3D453},
    {"13101669646627427295478513143448006019860692873267648306736569780374657924972613646858"
        "587459126338260591059638622879744.0000000000000000000000001", 0x5874C8343EF3D453},
    {"13101669646627427295478513143448006019860692873267648306736569780374657924972613646858"
        "587459126338260591059638622879743.9999999999999999999999999", 0x5874C8343EF3D452},
    {"11611340215153715341623753179136", 0x466251C870601CBE},
    {"11611340215153715341623753179135", 0x466251C870601CBD},
    {"11611340215153715341623753179137", 0x466251C870601CBE},
    {"11611340215153715341623753179136.0000000000000000000000001", 0x466251C870601CBE},
    {"11611340215153715341623753179135.9999999999999999999999999", 0x466251C870601CBD},
    {"339199473822505482492987838209058371097962527132563202283400066223692892751265792",
        0x50A6E2C48554977C},
    {"339199473822505482492987838209058371097962527132563202283400066223692892751265791",
        0x50A6E2C48554977C},
    {"339199473822505482492987838209058371097962527132563202283400066223692892751265793",
        0x50A6E2C48554977D},
    {"339199473822505482492987838209058371097962527132563202283400066223692892751265792.0000"
        "000000000000000000001", 0x50A6E2C48554977D},
    {"339199473822505482492987838209058371097962527132563202283400066223692892751265791.9999"
        "999999999999999999999", 0x50A6E2C48554977C},
    {"22240474190232116952973907998438530912136594446976968998205980400724923003994842013067"
        "75441523361374915280604200800968046043477279374730448015632376721690025392544392700555"
        "93655799657015441669318241971476828635081780372472972025673209063704668641695657417916"
        "9969884153294603943936", 0x79EF5DAD003E27EC},
    {"22240474190232116952973907998438530912136594446976968998205980400724923003994842013067"
        "75441523361374915280604200800968046043477279374730448015632376721690025392544392700555"
        "93655799657015441669318241971476828635081780372472972025673209063704668641695657417916"
        "9969884153294603943935", 0x79EF5DAD003E27EC},
    {"22240474190232116952973907998438530912136594446976968998205980400724923003994842013067"
        "75441523361374915280604200800968046043477279374730448015632376721690025392544392700555"
        "93655799657015441669318241971476828635081780372472972025673209063704668641695657417916"
        "9969884153294603943937", 0x79EF5DAD003E27ED},
    {"22240474190232116952973907998438530912136594446976968998205980400724923003994842013067"
        "75441523361374915280604200800968046043477279374730448015632376721690025392544392700555"
        "93655799657015441669318241971476828635081780372472972025673209063704668641695657417916"
        "9969884153294603943936.0000000000000000000000001", 0x79EF5DAD003E27ED},
    {"22240474190232116952973907998438530912136594446976968998205980400724923003994842013067"
        "75441523361374915280604200800968046043477279374730448015632376721690025392544392700555"
        "93655799657015441669318241971476828635081780372472972025673209063704668641695657417916"
        "9969884153294603943935.9999999999999999999999999", 0x79EF5DAD003E27EC},
    {"28544528861524854784", 0x43F8C2289C3A0130}, {"28544528861524854783", 0x43F8C2289C3A0130},
    {"28544528861524854785", 0x43F8C2289C3A0131},
    {"28544528861524854784.0000000000000000000000001", 0x43F8C2289C3A0131},
    {"28544528861524854783.9999999999999999999999999", 0x43F8C2289C3A0130},
    {"16976674035557951927348450739674306321370411458373535751981160735556766916727976025522"
        "03938793690579027160696272907033361254217583944918006649883090348447422611646207276062"
        "534756070410158080", 0x673862BD900444C8},
    {"16976674035557951927348450739674306321370411458373535751981160735556766916727976025522"
        "03938793690579027160696272907033361254217583944918006649883090348447422611646207276062"
        "534756070410158079", 0x673862BD900444C8},
    {"16976674035557951927348450739674306321370411458373535751981160735556766916727976025522"
        "03938793690579027160696272907033361254217583944918006649883090348447422611646207276062"
        "534756070410158081", 0x673862BD900444C9},
    {"16976674035557951927348450739674306321370411458373535751981160735556766916727976025522"
        "03938793690579027160696272907033361254217583944918006649883090348447422611646207276062"
        "534756070410158080.0000000000000000000000001", 0x673862BD900444C9},
    {"16976674035557951927348450739674306321370411458373535751981160735556766916727976025522"
        "03938793690579027160696272907033361254217583944918006649883090348447422611646207276062"
        "534756070410158079.9999999999999999999999999", 0x673862BD900444C8},
    {"52896619856178503731154805472301148641039307857960332737032035270698143066711254383696"
        "74334493873418247265322479752885054333007435997031588395807705852967153205462906825905"
        "299706363023451697735095525812096983385846563385367774918340968989065216",
        0x7288CA4FB6AC85B8},
    {"52896619856178503731154805472301148641039307857960332737032035270698143066711254383696"
        "74334493873418247265322479752885054333007435997031588395807705852967153205462906825905"
        "299706363023451697735095525812096983385846563385367774918340968989065215",
        0x7288CA4FB6AC85B7},
    {"52896619856178503731154805472301148641039307857960332737032035270698143066711254383696"
        "74334493873418247265322479752885054333007435997031588395807705852967153205462906825905"
        "299706363023451697735095525812096983385846563385367774918340968989065217",
        0x7288CA4FB6AC85B8},
    {"52896619856178503731154805472301148641039307857960332737032035270698143066711254383696"
        "74334493873418247265322479752885054333007435997031588395807705852967153205462906825905"
        "299706363023451697735095525812096983385846563385367774918340968989065216.0000000000000"
        "000000000001", 0x7288CA4FB6AC85B8},
    {"52896619856178503731154805472301148641039307857960332737032035270698143066711254383696"
        "74334493873418247265322479752885054333007435997031588395807705852967153205462906825905"
        "299706363023451697735095525812096983385846563385367774918340968989065215.9999999999999"
        "999999999999", 0x7288CA4FB6AC85B7},
    {"89549418727330833393357088933084242195163236509312131513255498859632641791722688665106"
        "57164386847517167573074928322092761169788928", 0x5AE9D67683ADBBCE},
    {"89549418727330833393357088933084242195163236509312131513255498859632641791722688665106"
        "57164386847517167573074928322092761169788927", 0x5AE9D67683ADBBCD},
    {"89549418727330833393357088933084242195163236509312131513255498859632641791722688665106"
        "57164386847517167573074928322092761169788929", 0x5AE9D67683ADBBCE},
    {"89549418727330833393357088933084242195163236509312131513255498859632641791722688665106"
        "57164386847517167573074928322092761169788928.0000000000000000000000001",
        0x5AE9D67683ADBBCE},
    {"89549418727330833393357088933084242195163236509312131513255498859632641791722688665106"
        "57164386847517167573074928322092761169788927.9999999999999999999999999",
        0x5AE9D67683ADBBCD},
    {"32381357021218649233483331533423353305567668333956498261220062683316061936542501833758"
        "35699358639392563344898003050559247944009059090295197400413679712717723747985888692182"
        "42920448", 0x6533FA32CE5BC04E},
    {"32381357021218649233483331533423353305567668333956498261220062683316061936542501833758"
        "35699358639392563344898003050559247944009059090295197400413679712717723747985888692182"
        "42920447", 0x6533FA32CE5BC04D},
    {"32381357021218649233483331533423353305567668333956498261220062683316061936542501833758"
        "35699358639392563344898003050559247944009059090295197400413679712717723747985888692182"
        "42920449", 0x6533FA32CE5BC04E},
    {"32381357021218649233483331533423353305567668333956498261220062683316061936542501833758"
        "35699358639392563344898003050559247944009059090295197400413679712717723747985888692182"
        "42920448.0000000000000000000000001", 0x6533FA32CE5BC04E},
    {"32381357021218649233483331533423353305567668333956498261220062683316061936542501833758"
        "35699358639392563344898003050559247944009059090295197400413679712717723747985888692182"
        "42920447.9999999999999999999999999", 0x6533FA32CE5BC04D},
    {"5198642326616289866834235735857216968767929846312468480", 0x4B4B235FB64DC84C},
    {"5198642326616289866834235735857216968767929846312468479", 0x4B4B235FB64DC84C},
    {"5198642326616289866834235735857216968767929846312468481", 0x4B4B235FB64DC84D},
    {"5198642326616289866834235735857216968767929846312468480.0000000000000000000000001",
        0x4B4B235FB64DC84D},
    {"5198642326616289866834235735857216968767929846312468479.9999999999999999999999999",
        0x4B4B235FB64DC84C},
    {"188482333811495227813720703125e-19", 0x42118DC4DE94991C},
    {"1884823338114952278137207031251e-20", 0x42118DC4DE94991D},
    {"1884823338114952278137207031249e-20", 0x42118DC4DE94991C},
    {"1271783030177033068216981864100481006042800455680", 0x49EBD8972653948C},
    {"1271783030177033068216981864100481006042800455679", 0x49EBD8972653948B},
    {"1271783030177033068216981864100481006042800455681", 0x49EBD8972653948C},
    {"1271783030177033068216981864100481006042800455680.0000000000000000000000001",
        0x49EBD8972653948C},
    {"1271783030177033068216981864100481006042800455679.9999999999999999999999999",
        0x49EBD8972653948B},
    {"43401298985367910761559507326211677738320616347867270393370930451353520892133113350147"
        "71723026071521453888508112715761866591254466972058647217632078579732418260458047942910"
        "8049276511666196510199151589676497572115259605385216", 0x6E5E0453F6D1B70C},
    {"43401298985367910761559507326211677738320616347867270393370930451353520892133113350147"
        "71723026071521453888508112715761866591254466972058647217632078579732418260458047942910"
        "8049276511666196510199151589676497572115259605385215", 0x6E5E0453F6D1B70B},
    {"43401298985367910761559507326211677738320616347867270393370930451353520892133113350147"
        "71723026071521453888508112715761866591254466972058647217632078579732418260458047942910"
        "8049276511666196510199151589676497572115259605385217", 0x6E5E0453F6D1B70C},
    {"43401298985367910761559507326211677738320616347867270393370930451353520892133113350147"
        "71723026071521453888508112715761866591254466972058647217632078579732418260458047942910"
        "8049276511666196510199151589676497572115259605385216.0000000000000000000000001",
        0x6E5E0453F6D1B70C},
    {"43401298985367910761559507326211677738320616347867270393370930451353520892133113350147"
        "71723026071521453888508112715761866591254466972058647217632078579732418260458047942910"
        "8049276511666196510199151589676497572115259605385215.9999999999999999999999999",
        0x6E5E0453F6D1B70B},
    {"10973057276682016892121844813255648063903562507684092905879624979768466927679395396078"
        "533223401717247754955281556253071598687394728504777544564736", 0x5E0C1ECAFB8EEDFA},
    {"10973057276682016892121844813255648063903562507684092905879624979768466927679395396078"
        "533223401717247754955281556253071598687394728504777544564735", 0x5E0C1ECAFB8EEDFA},
    {"10973057276682016892121844813255648063903562507684092905879624979768466927679395396078"
        "533223401717247754955281556253071598687394728504777544564737", 0x5E0C1ECAFB8EEDFB},
    {"10973057276682016892121844813255648063903562507684092905879624979768466927679395396078"
        "533223401717247754955281556253071598687394728504777544564736.0000000000000000000000001",
        0x5E0C1ECAFB8EEDFB},
    {"10973057276682016892121844813255648063903562507684092905879624979768466927679395396078"
        "533223401717247754955281556253071598687394728504777544564735.9999999999999999999999999",
        0x5E0C1ECAFB8EEDFA},
    {"219450473527432570766612546733478185556077051123860884611193440901716246528",
        0x4F5F0D179D8E00E0},
    {"219450473527432570766612546733478185556077051123860884611193440901716246527",
        0x4F5F0D179D8E00DF},
    {"219450473527432570766612546733478185556077051123860884611193440901716246529",
        0x4F5F0D179D8E00E0},
    {"219450473527432570766612546733478185556077051123860884611193440901716246528.0000000000"
        "000000000000001", 0x4F5F0D179D8E00E0},
    {"219450473527432570766612546733478185556077051123860884611193440901716246527.9999999999"
        "999999999999999", 0x4F5F0D179D8E00DF},
    {"48112894871696343375995519787338201866058216588788324999812853136526272135597678245617"
        "76349205726845504814879400282671808512", 0x599D1CDD433CAB6E},
    {"48112894871696343375995519787338201866058216588788324999812853136526272135597678245617"
        "76349205726845504814879400282671808511", 0x599D1CDD433CAB6D},
    {"48112894871696343375995519787338201866058216588788324999812853136526272135597678245617"
        "76349205726845504814879400282671808513", 0x599D1CDD433CAB6E},
    {"48112894871696343375995519787338201866058216588788324999812853136526272135597678245617"
        "76349205726845504814879400282671808512.0000000000000000000000001", 0x599D1CDD433CAB6E},
    {"48112894871696343375995519787338201866058216588788324999812853136526272135597678245617"
        "76349205726845504814879400282671808511.9999999999999999999999999", 0x599D1CDD433CAB6D},
    {"1104287105185403118916449838327054067121935077011585235595703125e-67", 0x3F1CF2BECD05935C},
    {"11042871051854031189164498383270540671219350770115852355957031251e-68", 0x3F1CF2BECD05935D},
    {"11042871051854031189164498383270540671219350770115852355957031249e-68", 0x3F1CF2BECD05935C},
    {"0", 0x0000000000000000}, {"-0", 0x8000000000000000}, {"0.0", 0x0000000000000000},
    {"-0.0", 0x8000000000000000}, {"0e0", 0x0000000000000000}, {"-0e-5", 0x8000000000000000},
    {"0.000e999999999999", 0x0000000000000000}, {"1e400", 0x7FF0000000000000},
    {"-1e400", 0xFFF0000000000000}, {"1e-400", 0x0000000000000000}, {"-1e-400", 0x8000000000000000},
    {"2.4703282292062327e-324", 0x0000000000000000},
    {"2.4703282292062328e-324", 0x0000000000000001},
    {"4.9406564584124654e-324", 0x0000000000000001}, {"1e-323", 0x0000000000000002},
    {"1.7976931348623157e308", 0x7FEFFFFFFFFFFFFF}, {"1.7976931348623158e308", 0x7FEFFFFFFFFFFFFF},
    {"1.7976931348623158079e308", 0x7FEFFFFFFFFFFFFF},
    {"1.797693134862315807937289714053e308", 0x7FEFFFFFFFFFFFFF},
    {"1.7976931348623159e308", 0x7FF0000000000000}, {"9007199254740993", 0x4340000000000000},
    {"9007199254740993.0", 0x4340000000000000}, {"9007199254740995", 0x4340000000000002},
    {"1.", 0x3FF0000000000000}, {"1e3", 0x408F400000000000}, {"1E3", 0x408F400000000000},
    {"-4e2", 0xC079000000000000}, {"0.1", 0x3FB999999999999A},
    {"123456789012345678901234567890", 0x45F8EE90FF6C373E},
    {"0.000000000000000000000000000000000000000000001e45", 0x3FF0000000000000},
    {"00000.00000e0000", 0x0000000000000000}, {"007", 0x401C000000000000},
    {"1e-0", 0x3FF0000000000000}, {"1e+0", 0x3FF0000000000000}, {"3.14", 0x40091EB851EB851F},
    {"2.2250738585072011e-308", 0x000FFFFFFFFFFFFF},
    {"2.2250738585072012e-308", 0x0010000000000000},
    {"2.2250738585072014e-308", 0x0010000000000000}, {"1e23", 0x44B52D02C7E14AF6},
    {"8.98846567431158e307", 0x7FE0000000000000}, {"1e22", 0x4480F0CF064DD592},
    {"1e15", 0x430C6BF526340000}, {"123456789012345e10", 0x44F056E0F36A642B},
    {"1e-22", 0x3B5E392010175EE6}, {"1e-23", 0x3B282DB34012B251}, {"1.5e-22", 0x3B66AAD80C11872C},
    {"999999999999999e22", 0x479E17B843576913}, {"999999999999999e23", 0x47D2CED32A16A1AC},
    {"0.30000000000000004", 0x3FD3333333333334}, {"0.3", 0x3FD3333333333333},
    {"1e308", 0x7FE1CCF385EBC8A0}, {"1e309", 0x7FF0000000000000}, {"1e-307", 0x0031FA182C40C60D},
    {"1e-324", 0x0000000000000000}, {"1e-325", 0x0000000000000000},
    {"2.5e-324", 0x0000000000000001}, {"2.4e-324", 0x0000000000000000},
    {"7.4109846876186982e-324", 0x0000000000000002},
    {"4.9406564584124654417656879286822137236505980e-324", 0x0000000000000001},
    {"10000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "000000000000000000000000000000000000000000000000000000000e-400", 0x3FF0000000000000},
    {"0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000000000000000000000000000000000000000001e400", 0x3FB999999999999A},
    {"11111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
        "11111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
        "11111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
        "11111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
        "11111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
        "11111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
        "11111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
        "11111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
        "11111111111111111111111111111111111111111111111111111111111111111111111111111111111111"
        "11111111111111111111111111e-800", 0x3FBC71C71C71C71C},
    {"179769313486231580793728971405301e276", 0x7FEFFFFFFFFFFFFF},
    {"17976931348623158e292", 0x7FEFFFFFFFFFFFFF}, {"17976931348623157e292", 0x7FEFFFFFFFFFFFFF},
    {"4.450147717014402272114819593418263951869639092703291296046852219449644444042153891033"
        "05904781627017582829831782607924221374017287738918929105531441481564124348675997628212"
        "65346585071045737627442980259622449029037796981144446145705102663115100318287949527959"
        "66823603998647925096578034214163701381261333311989876551545144031526125381326665295130"
        "60001849177663286607555958373922409899478075565940981010216121988146052587425791790000"
        "71675999344145086087205681577915435923018910334964869420614052182892431445797605163650"
        "90360651414037721744226256159024466852576737244643007551333245007965068671949137768847"
        "80053099639677097589658441378944337966219939673169362804570848666132067970177289160800"
        "20698679408551343728867675409720757232455434770912461317493580281734466552734375e-308",
        0x001FFFFFFFFFFFFF},
};
const size_t parse_cases_count = sizeof parse_cases / sizeof parse_cases[0];

// int -> double: sign * (m * 2^shift + delta) -> bits or overflow (327 cases)
const BigDoubleCase big_double_cases[] = {
    {{-1, 0xACD92C35DA646198U, 855, 3458986033819560538}, 0xF9559B2586BB4C8C, NUM_OK},
    {{1, 0x81B21ED278F0E89CU, 815, 354034258003709452}, 0x76D03643DA4F1E1D, NUM_OK},
    {{1, 0x2B2365C096EE4427U, 3, -304}, 0x43F591B2E04B7722, NUM_OK},
    {{-1, 0x7BFACCFU, 0, 17}, 0xC19EFEB380000000, NUM_OK},
    {{1, 0xDBC14DD90DDA006FU, 535, 741830618631103452}, 0x655B7829BB21BB40, NUM_OK},
    {{1, 0xBB75DFE85043C6BCU, 491, -1771775176651747943}, 0x62976EBBFD0A0879, NUM_OK},
    {{-1, 0x3D4135555ADF75U, 553, 1}, 0xE5DEA09AAAAD6FBB, NUM_OK},
    {{1, 0x22CA4A454E0F01U, 453, 299020984464}, 0x5F91652522A70781, NUM_OK},
    {{-1, 0x3C36B6E885D018U, 382, -1}, 0xDB2E1B5B7442E80C, NUM_OK},
    {{1, 0x931C0B3C80287E06U, 917, 388493903622449874}, 0x7D32638167900510, NUM_OK},
    {{1, 0x2D042DBDE7F229U, 281, 0}, 0x54D68216DEF3F914, NUM_OK},
    {{1, 0x266F24D61A8816U, 133, -1}, 0x4B9337926B0D440B, NUM_OK},
    {{-1, 0x2319D9EBBD643AU, 317, -1}, 0xD7118CECF5DEB21D, NUM_OK},
    {{1, 0x3A3057FD0F415731U, 996, 1684211920531275988}, 0, NUM_OVERFLOW},
    {{-1, 0xAAD613A8AA4C3D06U, 636, 3801439446418650336}, 0xEBA55AC275154988, NUM_OK},
    {{1, 0x33BF1B1F95B939U, 877, 1}, 0x7A19DF8D8FCADC9D, NUM_OK},
    {{-1, 0x35984997FB3F1FU, 691, 0}, 0xEE7ACC24CBFD9F90, NUM_OK},
    {{-1, 0xD4CA5B4031B44E35U, 1035, 395618073784691595}, 0, NUM_OVERFLOW},
    {{-1, 0x35E17FD7DF9C47U, 203, -1}, 0xCFFAF0BFEBEFCE23, NUM_OK},
    {{-1, 0x3DA0B273C7FEFDU, 721, 1}, 0xF05ED05939E3FF7F, NUM_OK},
    {{1, 0xC570D3A6A05U, 12, -223}, 0x4368AE1A74D409E4, NUM_OK},
    {{-1, 0x73D39B7E63ED78C2U, 933, -3265513646139623777}, 0xFE2CF4E6DF98FB5E, NUM_OK},
    {{1, 0x94DU, 8, 729}, 0x41229FB200000000, NUM_OK},
    {{1, 0x23843D9B7EF4EFU, 608, 0}, 0x6941C21ECDBF7A78, NUM_OK},
    {{1, 0x2B18D0BF758E19U, 955, 0}, 0x7EF58C685FBAC70C, NUM_OK},
    {{1, 0x7C0171B4A87ADFB9U, 540, 1251387070650691606}, 0x659F005C6D2A1EB8, NUM_OK},
    {{1, 0x22B2CDC149E21DU, 871, -1}, 0x79B15966E0A4F10E, NUM_OK},
    {{1, 0x61AF83BA1DBD9435U, 721, -1375077590318937414}, 0x70E86BE0EE876F65, NUM_OK},
    {{-1, 0x39EFED39FD7BF1U, 320, 0}, 0xD74CF7F69CFEBDF8, NUM_OK},
    {{1, 0xEU, 3, 292}, 0x4079400000000000, NUM_OK},
    {{1, 0x50DCF0U, 7, -432}, 0x41C4373B28000000, NUM_OK},
    {{1, 0x1FB0058FCU, 10, -667}, 0x429FB0058FB59400, NUM_OK},
    {{1, 0x7143EU, 3, -455}, 0x414C501480000000, NUM_OK},
    {{-1, 0x2846F7092E68ADU, 539, 1}, 0xE4F4237B84973457, NUM_OK},
    {{1, 0x2A77964BC713C1U, 846, 0}, 0x78253BCB25E389E0, NUM_OK},
    {{-1, 0x36C354B9E5DB13U, 20, 0}, 0xC48B61AA5CF2ED8A, NUM_OK},
    {{1, 0x292277FE73E60BU, 134, 0}, 0x4BA4913BFF39F306, NUM_OK},
    {{-1, 0x14F09CU, 0, 205}, 0xC134F16900000000, NUM_OK},
    {{1, 0xA7624BCAA2B9C3A6U, 591, 1446648683206326147}, 0x68D4EC4979545738, NUM_OK},
    {{1, 0x20CC7D0788A017U, 1049, -1}, 0, NUM_OVERFLOW},
    {{1, 0x26BB85EF47591BU, 1018, 0}, 0, NUM_OVERFLOW},
    {{1, 0x3C8A583C5391FBU, 633, 0}, 0x6ADE452C1E29C8FE, NUM_OK},
    {{-1, 0x8D8B686E7F5CC053U, 787, -4187404458931708811}, 0xF511B16D0DCFEB98, NUM_OK},
    {{1, 0x22687A5808BA4BU, 974, -1}, 0, NUM_OVERFLOW},
    {{1, 0x2073CF68185D52U, 713, 0}, 0x6FD039E7B40C2EA9, NUM_OK},
    {{-1, 0x37BC411C68C08FU, 882, 178258594403}, 0xFA6BDE208E346048, NUM_OK},
    {{-1, 0x2ABD9A0B491D2EU, 307, 0}, 0xD6755ECD05A48E97, NUM_OK},
    {{-1, 0x16D0AA20073U, 1, -750}, 0xC286D0AA1FEFC000, NUM_OK},
    {{1, 0x34BCF1B653A599U, 1075, -1}, 0, NUM_OVERFLOW},
    {{1, 0x592848A8U, 12, -372}, 0x42964A1229FA3000, NUM_OK},
    {{-1, 0x83033CA86DFABEA1U, 187, -3090530782807724878}, 0xCF906067950DBF58, NUM_OK},
    {{1, 0x2755810F7699E9U, 263, -1}, 0x53B3AAC087BB4CF4, NUM_OK},
    {{-1, 0xF9A9FF87DDCF9854U, 653, 1104872645941235648}, 0xECBF353FF0FBB9F3, NUM_OK},
    {{1, 0x18347588EE4889F3U, 0, -27}, 0x43B8347588EE488A, NUM_OK},
    {{-1, 0x5302DB4F79U, 11, 699}, 0xC304C0B6D3DE55D8, NUM_OK},
    {{-1, 0x3C77D25439F897U, 356, 1}, 0xD98E3BE92A1CFC4C, NUM_OK},
    {{-1, 0x3556E329636F1BU, 351, 0}, 0xD93AAB7194B1B78E, NUM_OK},
    {{1, 0x2A00BB5F689D1BU, 1001, 0}, 0, NUM_OVERFLOW},
    {{-1, 0x343185E7B4AB02U, 137, 0}, 0xCBDA18C2F3DA5581, NUM_OK},
    {{1, 0x2660840894CA35U, 784, 1}, 0x74433042044A651B, NUM_OK},
    {{1, 0x3549AA4EF13D2D15U, 439, -4563492688341345186}, 0x5F3AA4D527789E97, NUM_OK},
    {{1, 0x2C17369744A180U, 870, -1}, 0x79A60B9B4BA250C0, NUM_OK},
    {{1, 0x28E4E5A1E29B25U, 774, 1}, 0x73A47272D0F14D93, NUM_OK},
    {{1, 0x3B051E457771CFU, 266, 0}, 0x53ED828F22BBB8E8, NUM_OK},
    {{-1, 0x3DE9EF31B7484FU, 781, 0}, 0xF41EF4F798DBA428, NUM_OK},
    {{1, 0x1B2B674F4C3431EFU, 150, 3728649869093122099}, 0x4D1B2B674F4C3432, NUM_OK},
    {{1, 0x33D1A88CE7E43EU, 188, 0}, 0x4F09E8D44673F21F, NUM_OK},
    {{1, 0x26FB3EDC404B2BU, 147, 0}, 0x4C737D9F6E202596, NUM_OK},
    {{-1, 0x24D282E8C5B916U, 73, -1}, 0xC7D269417462DC8B, NUM_OK},
    {{1, 0x27C3A65530D63BU, 530, 0}, 0x6463E1D32A986B1E, NUM_OK},
    {{-1, 0x778A132928DDU, 11, -505}, 0xC38DE284CA4A3730, NUM_OK},
    {{-1, 0x2FB6A361C73ED9U, 689, 0}, 0xEE57DB51B0E39F6C, NUM_OK},
    {{-1, 0x2522A8317F7D67U, 188, 0}, 0xCF02915418BFBEB4, NUM_OK},
    {{1, 0xF525B258266DF8DAU, 900, -3464091682851268164}, 0x7C2EA4B64B04CDBF, NUM_OK},
    {{1, 0x265A490E4D8A53U, 531, 0}, 0x64732D248726C52A, NUM_OK},
    {{-1, 0x6U, 9, 961}, 0xC0AF820000000000, NUM_OK},
    {{1, 0x2976AFDD7685BB8U, 720, 3330501118088765447}, 0x7084BB57EEBB42DE, NUM_OK},
    {{-1, 0x2030E74E288905U, 939, 1}, 0xFDF01873A7144483, NUM_OK},
    {{-1, 0x16763438308194DU, 8, -738}, 0xC3F6763438308195, NUM_OK},
    {{-1, 0x3B6BAEA334D406B1U, 752, -509553601118453927}, 0xF2CDB5D7519A6A03, NUM_OK},
    {{-1, 0x2610EB62B0F8CAU, 286, 0}, 0xD5230875B1587C65, NUM_OK},
    {{-1, 0x25651501F63E871EU, 3, 82}, 0xC3F2B28A80FB1F44, NUM_OK},
    {{-1, 0x3B06BC4554D2E9U, 686, 1}, 0xEE2D835E22AA6975, NUM_OK},
    {{-1, 0x3AD98ED874E3EDU, 1024, -1}, 0, NUM_OVERFLOW},
    {{1, 0x2A0AF988B52717U, 1002, 1}, 0, NUM_OVERFLOW},
    {{1, 0x4400D6509U, 11, -578}, 0x42C100359422DF00, NUM_OK},
    {{1, 0x36856C4B15B5U, 8, 405}, 0x434B42B6258ADB4A, NUM_OK},
    {{-1, 0x7BA397384E1B3B34U, 484, -1365863563339169058}, 0xE21EE8E5CE1386CF, NUM_OK},
    {{-1, 0x3AA0AEA59EAF59U, 1039, -1}, 0, NUM_OVERFLOW},
    {{1, 0x2DECC5E1A82D11U, 1043, 0}, 0, NUM_OVERFLOW},
    {{1, 0x21E8A2AE06C3AE2AU, 187, -918159730838441809}, 0x4F70F451570361D7, NUM_OK},
    {{1, 0xA93007D42672243FU, 549, 570140786757648060}, 0x66352600FA84CE45, NUM_OK},
    {{1, 0x2AU, 4, 466}, 0x4091C80000000000, NUM_OK},
    {{1, 0x27B49E37C1BF27U, 712, 1}, 0x6FC3DA4F1BE0DF94, NUM_OK},
    {{1, 0x3B364A38FE22A5U, 386, -598012779702}, 0x5B6D9B251C7F1152, NUM_OK},
    {{1, 0x244BDB138CD249U, 766, 0}, 0x732225ED89C66924, NUM_OK},
    {{1, 0x4B7F4588692BBC5DU, 634, 403853704944666225}, 0x6B72DFD1621A4AEF, NUM_OK},
    {{1, 0x86940FA42657AABEU, 261, -4499811090911639913}, 0x5430D281F484CAF5, NUM_OK},
    {{-1, 0x37B09E396B5873U, 939, -1}, 0xFDFBD84F1CB5AC39, NUM_OK},
    {{1, 0xAFED9975840EBEE8U, 1, -595}, 0x43F5FDB32EB081D8, NUM_OK},
    {{-1, 0x175C5092E49E300AU, 1026, -1743245578582161134}, 0, NUM_OVERFLOW},
    {{1, 0x10U, 4, 88}, 0x4075800000000000, NUM_OK},
    {{-1, 0x28A1C3788AEA4DU, 976, 0}, 0, NUM_OVERFLOW},
    {{-1, 0x3B3209F1469F9DU, 798, -1}, 0xF52D9904F8A34FCE, NUM_OK},
    {{1, 0xAB1F5E8091C8A162U, 1073, -3618333530272715752}, 0, NUM_OVERFLOW},
    {{1, 0xB758F8BAD8D818EAU, 549, 2363754888597857028}, 0x6636EB1F175B1B03, NUM_OK},
    {{-1, 0x27153A81F5097CU, 805, 0}, 0xF5938A9D40FA84BE, NUM_OK},
    {{1, 0x3185AADADFD5DBA8U, 801, 3669386343859376364}, 0x75D8C2D56D6FEAEE, NUM_OK},
    {{1, 0xC39689D8DB9CB4EBU, 954, -4566848723704349102}, 0x7F8872D13B1B7397, NUM_OK},
    {{1, 0x3820A9FE1C6E29U, 454, 1}, 0x5FAC1054FF0E3715, NUM_OK},
    {{1, 0x1F081U, 11, -151}, 0x41AF080ED2000000, NUM_OK},
    {{-1, 0xFF7D204A268662FDU, 170, -2605857009261374706}, 0xCE8FEFA40944D0CC, NUM_OK},
    {{-1, 0x2C27E89670165FU, 363, 0}, 0xD9F613F44B380B30, NUM_OK},
    {{-1, 0xAECA9BE6E28U, 8, -694}, 0xC325D9537CDC4A94, NUM_OK},
    {{1, 0x3U, 9, -946}, 0x4082700000000000, NUM_OK},
    {{1, 0x3618EC7D7E526FU, 523, -1}, 0x63FB0C763EBF2937, NUM_OK},
    {{-1, 0x23A9B1D1BD8CD7U, 608, 0}, 0xE941D4D8E8DEC66C, NUM_OK},
    {{-1, 0x786CEA67B55FA009U, 352, -924800407598821659}, 0xD9DE1B3A99ED57E8, NUM_OK},
    {{1, 0x72C37B90C01691D1U, 561, -2579236331294836256}, 0x66ECB0DEE43005A4, NUM_OK},
    {{1, 0x2F5D3A444C7955U, 121, 0}, 0x4AD7AE9D22263CAA, NUM_OK},
    {{1, 0x4E9AD5AFF141342DU, 844, 3945140673297209809}, 0x7893A6B56BFC504D, NUM_OK},
    {{-1, 0xE2170U, 10, 261}, 0xC1CC42E082800000, NUM_OK},
    {{1, 0x31EEE653A6183BU, 1084, 1}, 0, NUM_OVERFLOW},
    {{1, 0x2189D42475344BU, 710, 0}, 0x6FA0C4EA123A9A26, NUM_OK},
    {{1, 0x2B7F41A1CE10D5U, 106, 0}, 0x49E5BFA0D0E7086A, NUM_OK},
    {{1, 0x35EC88A0832E3EU, 576, -500325617556}, 0x674AF6445041971F, NUM_OK},
    {{1, 0x22A016BCF42411U, 844, -1}, 0x7801500B5E7A1208, NUM_OK},
    {{-1, 0x9558156ADFB2DDU, 11, 992}, 0xC412AB02AD5BF65C, NUM_OK},
    {{1, 0x863996C65CA504U, 11, -115}, 0x4410C732D8CB94A0, NUM_OK},
    {{1, 0x2795ABE9B51C4BU, 764, 0}, 0x7303CAD5F4DA8E26, NUM_OK},
    {{1, 0x34535860675FC2U, 1100, -1}, 0, NUM_OVERFLOW},
    {{1, 0x446350DAF8U, 5, 323}, 0x42A118D436C08600, NUM_OK},
    {{-1, 0x5EC08765328C1C6DU, 1097, 2001595291060297443}, 0, NUM_OVERFLOW},
    {{-1, 0x2FAF216685F189U, 16, 0}, 0xC447D790B342F8C4, NUM_OK},
    {{-1, 0x33996A56E45BF7U, 657, 262076958158}, 0xEC59CCB52B722DFC, NUM_OK},
    {{-1, 0x2C1763DEFEA38DU, 1059, 0}, 0, NUM_OVERFLOW},
    {{1, 0xA998461CBCDC6B47U, 206, 2200557667619506085}, 0x50C53308C3979B8D, NUM_OK},
    {{1, 0x35917BF5875C23U, 494, -1}, 0x622AC8BDFAC3AE11, NUM_OK},
    {{1, 0x29BACDDBBAE145U, 333, -1}, 0x5814DD66EDDD70A2, NUM_OK},
    {{1, 0x3AAA7471989095U, 484, -1}, 0x618D553A38CC484A, NUM_OK},
    {{-1, 0x2CCB1EC5820134U, 287, 0}, 0xD536658F62C1009A, NUM_OK},
    {{-1, 0x23224D58F2U, 12, 759}, 0xC3019126AC7917B8, NUM_OK},
    {{-1, 0xC625FE621A6E48D2U, 879, 2672417141081419973}, 0xFAD8C4BFCC434DC9, NUM_OK},
    {{-1, 0x2A967D9AB0341EU, 51, 0}, 0xC6754B3ECD581A0F, NUM_OK},
    {{-1, 0x6FEBB7CU, 0, 411}, 0xC19BFAF45C000000, NUM_OK},
    {{1, 0x322E1D7787D851U, 406, -1}, 0x5CA9170EBBC3EC28, NUM_OK},
    {{-1, 0x50237545U, 8, -630}, 0xC25408DD50A28000, NUM_OK},
    {{-1, 0x26504FA2A7ECE8U, 421, -488787531868}, 0xDD932827D153F674, NUM_OK},
    {{-1, 0x32D4647097874DU, 960, 0}, 0xFF496A32384BC3A6, NUM_OK},
    {{-1, 0x36D51E80F9C8AEU, 650, -1}, 0xEBEB6A8F407CE457, NUM_OK},
    {{1, 0x37CE4C1C433743U, 737, 1}, 0x715BE7260E219BA2, NUM_OK},
    {{-1, 0x4A08EAD006BAA373U, 153, 2625082600742311472}, 0xCD62823AB401AEA9, NUM_OK},
    {{-1, 0x30D83C26AD384EEEU, 979, -682952210202364490}, 0, NUM_OVERFLOW},
    {{1, 0xC4D0B0CAE1889352U, 822, -3582036100676294130}, 0x77489A16195C3112, NUM_OK},
    {{1, 0x40U, 11, -552}, 0x40FFDD8000000000, NUM_OK},
    {{-1, 0x3E3FAU, 3, -375}, 0xC13F1E5900000000, NUM_OK},
    {{1, 0x170354C166U, 1, 548}, 0x42470354C2780000, NUM_OK},
    {{-1, 0xF3A3855BFAF3F7U, 11, 587}, 0xC41E7470AB7F5E7F, NUM_OK},
    {{1, 0x28E9190EA6CBFA29U, 111, 4081598439371612424}, 0x4AB4748C875365FD, NUM_OK},
    {{1, 0x4BC3E778D4BAC578U, 1003, 867831970364034269}, 0, NUM_OVERFLOW},
    {{1, 0x7011D6063219C360U, 4, 822}, 0x441C0475818C8671, NUM_OK},
    {{1, 0xC62954413CA3DDBFU, 794, -1860745516918759420}, 0x7588C52A8827947C, NUM_OK},
    {{1, 0x30E109B01B8C11U, 909, 1}, 0x7C187084D80DC609, NUM_OK},
    {{1, 0x21F321F4B1216DU, 625, -1}, 0x6A50F990FA5890B6, NUM_OK},
    {{-1, 0x2DF48A2143981DU, 274, -1}, 0xD466FA4510A1CC0E, NUM_OK},
    {{-1, 0x3BB97EB95206A1U, 626, 1}, 0xEA6DDCBF5CA90351, NUM_OK},
    {{1, 0x1AF22AAF90C64135U, 62, -3194656353616380365}, 0x479AF22AAF90C641, NUM_OK},
    {{1, 0x3C5EF3B84C64F9U, 463, 0}, 0x603E2F79DC26327C, NUM_OK},
    {{1, 0x3700C8CB07ECD1U, 622, 0}, 0x6A2B80646583F668, NUM_OK},
    {{1, 0x2D199528057672E9U, 1, -972}, 0x43D68CCA9402BB39, NUM_OK},
    {{-1, 0x6B241C2DD9E537U, 10, 247}, 0xC3FAC9070B76794E, NUM_OK},
    {{-1, 0x109381F8BBDFU, 10, -744}, 0xC3509381F8BBDE46, NUM_OK},
    {{1, 0x3863E266E83B2DU, 480, 0}, 0x614C31F133741D96, NUM_OK},
    {{-1, 0x592E6D7A0C9DDC8CU, 181, 3966572442282412580}, 0xCF264B9B5E832777, NUM_OK},
    {{-1, 0x3B7AC7DB6BE575U, 896, 0}, 0xFB4DBD63EDB5F2BA, NUM_OK},
    {{-1, 0x25718246663483U, 89, -1}, 0xC8D2B8C123331A41, NUM_OK},
    {{-1, 0x25544FA8007091U, 381, -1}, 0xDB12AA27D4003848, NUM_OK},
    {{-1, 0x3C7396D33EE3D5U, 65, 0}, 0xC75E39CB699F71EA, NUM_OK},
    {{-1, 0x5D4D3B85A35394C9U, 964, -2590707193488254001}, 0, NUM_OVERFLOW},
    {{-1, 0x200AEFFB791C7BU, 430, 1}, 0xDE200577FDBC8E3E, NUM_OK},
    {{1, 0x38DEF9C48FA5C0U, 689, 0}, 0x6E5C6F7CE247D2E0, NUM_OK},
    {{-1, 0x37FF70B32A4B23U, 96, 984113180667}, 0xC94BFFB859952592, NUM_OK},
    {{1, 0x245E2D4D13B1A9U, 356, 1}, 0x59822F16A689D8D5, NUM_OK},
    {{1, 0x2A854F150F2095U, 747, -1}, 0x71F542A78A87904A, NUM_OK},
    {{-1, 0x2BB14DCB78F687U, 116, 1}, 0xCA85D8A6E5BC7B44, NUM_OK},
    {{1, 0xDA903737F35D5699U, 302, -3181740092539625968}, 0x56CB5206E6FE6BAB, NUM_OK},
    {{1, 0x21A29708A9A1E5U, 358, 1}, 0x59A0D14B8454D0F3, NUM_OK},
    {{-1, 0x267F5A52D0E39DU, 629, 0}, 0xEA933FAD296871CE, NUM_OK},
    {{-1, 0x37D94502FB23B77FU, 751, 1649102894927426550}, 0xF2BBECA2817D91DC, NUM_OK},
    {{-1, 0x2A44FC0FFCD5E7U, 182, 1}, 0xCEA5227E07FE6AF4, NUM_OK},
    {{-1, 0x2BB454ECF975D9U, 992, 0}, 0, NUM_OVERFLOW},
    {{-1, 0x63365EF03F0U, 3, -772}, 0xC2C8CD97BC0E3E00, NUM_OK},
    {{-1, 0x3A897246ABB1E5U, 448, -599644714455}, 0xDF4D44B92355D8F2, NUM_OK},
    {{1, 0x331BA94BEB8543U, 854, 1}, 0x78A98DD4A5F5C2A2, NUM_OK},
    {{-1, 0xAB361292ABA27157U, 197, -1467647850037186616}, 0xD03566C25255744E, NUM_OK},
    {{-1, 0x380DA134CC344533U, 520, 4585327802066126507}, 0xE44C06D09A661A23, NUM_OK},
    {{-1, 0x215AF7551EDF63U, 417, -1}, 0xDD50AD7BAA8F6FB1, NUM_OK},
    {{1, 0xF7BF05C884672864U, 913, -370492816521250837}, 0x7CFEF7E0B9108CE5, NUM_OK},
    {{1, 0x326C432561B92DU, 236, 0}, 0x5209362192B0DC96, NUM_OK},
    {{-1, 0x368E1423A894EDU, 1006, 0}, 0, NUM_OVERFLOW},
    {{1, 0x246CD91FEFE439U, 303, 1}, 0x5632366C8FF7F21D, NUM_OK},
    {{-1, 0xBF00EE953E4DDBAEU, 275, 1552280699708077935}, 0xD517E01DD2A7C9BB, NUM_OK},
    {{1, 0xAC08855E9478U, 4, -48}, 0x43258110ABD28EA0, NUM_OK},
    {{-1, 0x280U, 9, -202}, 0xC113FCD800000000, NUM_OK},
    {{1, 0x6U, 11, 10}, 0x40C8050000000000, NUM_OK},
    {{-1, 0x3D2975CAD3839FU, 622, 0}, 0xEA2E94BAE569C1D0, NUM_OK},
    {{1, 0x112U, 10, -576}, 0x4111170000000000, NUM_OK},
    {{-1, 0x21494E508E0783U, 1012, 1}, 0, NUM_OVERFLOW},
    {{-1, 0x1E7D2914D602C6BU, 441, -986094520244649271}, 0xDF0E7D2914D602C7, NUM_OK},
    {{1, 0xCC0E56A44B0CDU, 10, -263}, 0x43C981CAD4896199, NUM_OK},
    {{-1, 0x33E43949149B63U, 977, 0}, 0, NUM_OVERFLOW},
    {{-1, 0x26B0A587E16B4AA1U, 634, 1758842323863742131}, 0xEB635852C3F0B5A5, NUM_OK},
    {{-1, 0xCACB6B30A7A94F46U, 331, -162619826292697721}, 0xD899596D6614F52A, NUM_OK},
    {{-1, 0xBD51DB70DC10968FU, 545, 4257179208232122407}, 0xE5F7AA3B6E1B8213, NUM_OK},
    {{1, 0xCB5284AC76E4E26CU, 200, -28427186352133394}, 0x50696A50958EDC9C, NUM_OK},
    {{1, 0x61C9C4BEU, 12, -396}, 0x429872712F79D000, NUM_OK},
    {{1, 0x86661E5604832719U, 842, -814855830224644047}, 0x7880CCC3CAC09065, NUM_OK},
    {{1, 0x6U, 3, 158}, 0x4069C00000000000, NUM_OK},
    {{-1, 0x29F8E516FE33C3U, 535, 0}, 0xE4B4FC728B7F19E2, NUM_OK},
    {{1, 0x2140BDDBBB11A5U, 975, 0}, 0, NUM_OVERFLOW},
    {{1, 0x960F7BEDD9DB284AU, 455, -3474679417569621939}, 0x6052C1EF7DBB3B65, NUM_OK},
    {{1, 0xE0FD6B764FAB1471U, 882, 3399949500460253972}, 0x7B0C1FAD6EC9F563, NUM_OK},
    {{1, 0x6E9E5C1541E55U, 9, -134}, 0x43ABA79705507953, NUM_OK},
    {{1, 0x53A91ACC0B1991F9U, 447, 3815894738917570661}, 0x5FC4EA46B302C664, NUM_OK},
    {{1, 0x2273D79DA30961U, 732, 0}, 0x710139EBCED184B0, NUM_OK},
    {{1, 0x5E8943D28F77476U, 6, 924}, 0x43F7A250F4A3DDD2, NUM_OK},
    {{1, 0xF1375E14983C74U, 5, -608}, 0x43BE26EBC293078C, NUM_OK},
    {{1, 0x3E17CA0CC3C91FU, 1059, 0}, 0, NUM_OVERFLOW},
    {{-1, 0x29270BB8D434E1U, 912, 0}, 0xFC449385DC6A1A70, NUM_OK},
    {{-1, 0xA720103F005C8C28U, 128, 3221102545073209510}, 0xCBE4E40207E00B92, NUM_OK},
    {{-1, 0x35A8C53D131202U, 1052, 0}, 0, NUM_OVERFLOW},
    {{1, 0x1733184956U, 11, -170}, 0x42E733184955EAC0, NUM_OK},
    {{-1, 0x39EDEFA506A84B5CU, 704, 755286941247158587}, 0xEFCCF6F7D2835426, NUM_OK},
    {{-1, 0x233C54E6B31576U, 690, 0}, 0xEE619E2A73598ABB, NUM_OK},
    {{1, 0x724BE7D40A7E1413U, 11, 984}, 0x448C92F9F5029F85, NUM_OK},
    {{-1, 0x1C06U, 9, -136}, 0xC14C05BC00000000, NUM_OK},
    {{-1, 0x4CA0796345D8712EU, 530, -643653243770763045}, 0xE4F3281E58D1761C, NUM_OK},
    {{1, 0x2D82U, 0, -894}, 0x40C5020000000000, NUM_OK},
    {{-1, 0x3185BC2EE15A07U, 846, 0}, 0xF828C2DE1770AD04, NUM_OK},
    {{1, 0x3FF4BEB96F35A7U, 59, -1}, 0x46FFFA5F5CB79AD3, NUM_OK},
    {{-1, 0x93C838F326CA89U, 3, -260}, 0xC39279071E64D94D, NUM_OK},
    {{-1, 0x2540D465668FBBD9U, 662, -3774685652585679862}, 0xED22A06A32B347DE, NUM_OK},
    {{-1, 0xDCEAB7D35BBA18BEU, 607, -4308320426509319831}, 0xE9DB9D56FA6B7743, NUM_OK},
    {{1, 0x2DB28C73AB009FU, 188, 1}, 0x4F06D94639D58050, NUM_OK},
    {{-1, 0x2715CC6F5B4DCD5U, 209, 1902723937301307346}, 0xD0938AE637ADA6E7, NUM_OK},
    {{1, 0x3215B2935C92C3U, 445, -1}, 0x5F190AD949AE4961, NUM_OK},
    {{-1, 0x2C6BFCDCAFD8D5U, 563, -1}, 0xE67635FE6E57EC6A, NUM_OK},
    {{1, 0x2BB0FC7A9FU, 5, 772}, 0x4295D87E3D5B9000, NUM_OK},
    {{-1, 0x2BDE7E93177A45U, 669, 0}, 0xED15EF3F498BBD22, NUM_OK},
    {{-1, 0x2F2D1FF6035439U, 370, 0}, 0xDA67968FFB01AA1C, NUM_OK},
    {{1, 0x1U, 53, -2}, 0x433FFFFFFFFFFFFE, NUM_OK},
    {{-1, 0x1U, 53, -2}, 0xC33FFFFFFFFFFFFE, NUM_OK},
    {{1, 0x1U, 53, -1}, 0x433FFFFFFFFFFFFF, NUM_OK},
    {{-1, 0x1U, 53, -1}, 0xC33FFFFFFFFFFFFF, NUM_OK},
    {{1, 0x1U, 53, 0}, 0x4340000000000000, NUM_OK}, {{-1, 0x1U, 53, 0}, 0xC340000000000000, NUM_OK},
    {{1, 0x1U, 53, 1}, 0x4340000000000000, NUM_OK}, {{-1, 0x1U, 53, 1}, 0xC340000000000000, NUM_OK},
    {{1, 0x1U, 53, 2}, 0x4340000000000001, NUM_OK}, {{-1, 0x1U, 53, 2}, 0xC340000000000001, NUM_OK},
    {{1, 0x1U, 54, -2}, 0x434FFFFFFFFFFFFF, NUM_OK},
    {{-1, 0x1U, 54, -2}, 0xC34FFFFFFFFFFFFF, NUM_OK},
    {{1, 0x1U, 54, -1}, 0x4350000000000000, NUM_OK},
    {{-1, 0x1U, 54, -1}, 0xC350000000000000, NUM_OK},
    {{1, 0x1U, 54, 0}, 0x4350000000000000, NUM_OK}, {{-1, 0x1U, 54, 0}, 0xC350000000000000, NUM_OK},
    {{1, 0x1U, 54, 1}, 0x4350000000000000, NUM_OK}, {{-1, 0x1U, 54, 1}, 0xC350000000000000, NUM_OK},
    {{1, 0x1U, 54, 2}, 0x4350000000000000, NUM_OK}, {{-1, 0x1U, 54, 2}, 0xC350000000000000, NUM_OK},
    {{1, 0x1U, 63, -2}, 0x43E0000000000000, NUM_OK},
    {{-1, 0x1U, 63, -2}, 0xC3E0000000000000, NUM_OK},
    {{1, 0x1U, 63, -1}, 0x43E0000000000000, NUM_OK},
    {{-1, 0x1U, 63, -1}, 0xC3E0000000000000, NUM_OK},
    {{1, 0x1U, 63, 0}, 0x43E0000000000000, NUM_OK}, {{-1, 0x1U, 63, 0}, 0xC3E0000000000000, NUM_OK},
    {{1, 0x1U, 63, 1}, 0x43E0000000000000, NUM_OK}, {{-1, 0x1U, 63, 1}, 0xC3E0000000000000, NUM_OK},
    {{1, 0x1U, 63, 2}, 0x43E0000000000000, NUM_OK}, {{-1, 0x1U, 63, 2}, 0xC3E0000000000000, NUM_OK},
    {{1, 0x1U, 64, -2}, 0x43F0000000000000, NUM_OK},
    {{-1, 0x1U, 64, -2}, 0xC3F0000000000000, NUM_OK},
    {{1, 0x1U, 64, -1}, 0x43F0000000000000, NUM_OK},
    {{-1, 0x1U, 64, -1}, 0xC3F0000000000000, NUM_OK},
    {{1, 0x1U, 64, 0}, 0x43F0000000000000, NUM_OK}, {{-1, 0x1U, 64, 0}, 0xC3F0000000000000, NUM_OK},
    {{1, 0x1U, 64, 1}, 0x43F0000000000000, NUM_OK}, {{-1, 0x1U, 64, 1}, 0xC3F0000000000000, NUM_OK},
    {{1, 0x1U, 64, 2}, 0x43F0000000000000, NUM_OK}, {{-1, 0x1U, 64, 2}, 0xC3F0000000000000, NUM_OK},
    {{1, 0x1U, 970, -2}, 0x7C90000000000000, NUM_OK},
    {{-1, 0x1U, 970, -2}, 0xFC90000000000000, NUM_OK},
    {{1, 0x1U, 970, -1}, 0x7C90000000000000, NUM_OK},
    {{-1, 0x1U, 970, -1}, 0xFC90000000000000, NUM_OK},
    {{1, 0x1U, 970, 0}, 0x7C90000000000000, NUM_OK},
    {{-1, 0x1U, 970, 0}, 0xFC90000000000000, NUM_OK},
    {{1, 0x1U, 970, 1}, 0x7C90000000000000, NUM_OK},
    {{-1, 0x1U, 970, 1}, 0xFC90000000000000, NUM_OK},
    {{1, 0x1U, 970, 2}, 0x7C90000000000000, NUM_OK},
    {{-1, 0x1U, 970, 2}, 0xFC90000000000000, NUM_OK},
    {{1, 0x1U, 1023, -2}, 0x7FE0000000000000, NUM_OK},
    {{-1, 0x1U, 1023, -2}, 0xFFE0000000000000, NUM_OK},
    {{1, 0x1U, 1023, -1}, 0x7FE0000000000000, NUM_OK},
    {{-1, 0x1U, 1023, -1}, 0xFFE0000000000000, NUM_OK},
    {{1, 0x1U, 1023, 0}, 0x7FE0000000000000, NUM_OK},
    {{-1, 0x1U, 1023, 0}, 0xFFE0000000000000, NUM_OK},
    {{1, 0x1U, 1023, 1}, 0x7FE0000000000000, NUM_OK},
    {{-1, 0x1U, 1023, 1}, 0xFFE0000000000000, NUM_OK},
    {{1, 0x1U, 1023, 2}, 0x7FE0000000000000, NUM_OK},
    {{-1, 0x1U, 1023, 2}, 0xFFE0000000000000, NUM_OK},
    {{1, 0x1FFFFFFFFFFFFFU, 971, 0}, 0x7FEFFFFFFFFFFFFF, NUM_OK},
    {{1, 0x3FFFFFFFFFFFFFU, 970, 0}, 0, NUM_OVERFLOW},
    {{1, 0x3FFFFFFFFFFFFFU, 970, -1}, 0x7FEFFFFFFFFFFFFF, NUM_OK},
    {{1, 0x3FFFFFFFFFFFFFU, 970, 1}, 0, NUM_OVERFLOW},
    {{1, 0x7FFFFFFFFFFFFDU, 969, 0}, 0x7FEFFFFFFFFFFFFF, NUM_OK},
    {{-1, 0x3FFFFFFFFFFFFFU, 970, 0}, 0, NUM_OVERFLOW},
    {{-1, 0x3FFFFFFFFFFFFFU, 970, -1}, 0xFFEFFFFFFFFFFFFF, NUM_OK},
    {{1, 0x1U, 1024, 0}, 0, NUM_OVERFLOW}, {{1, 0x1U, 1024, -1}, 0, NUM_OVERFLOW},
    {{1, 0x0U, 0, 0}, 0x0000000000000000, NUM_OK},
    {{1, 0x20000000000001U, 0, 0}, 0x4340000000000000, NUM_OK},
    {{1, 0x20000000000003U, 0, 0}, 0x4340000000000002, NUM_OK},
    {{-1, 0x20000000000001U, 0, 0}, 0xC340000000000000, NUM_OK},
    {{1, 0x7FFFFFFFFFFFFFFFU, 0, 0}, 0x43E0000000000000, NUM_OK},
    {{1, 0xFFFFFFFFFFFFFFFFU, 0, 0}, 0x43F0000000000000, NUM_OK},
    {{1, 0xFFFFFFFFFFFFFFFFU, 1, 1}, 0x4400000000000000, NUM_OK},
    {{1, 0x1U, 1074, 0}, 0, NUM_OVERFLOW},
};
const size_t big_double_cases_count = sizeof big_double_cases / sizeof big_double_cases[0];

// int / int: a, b -> correctly rounded quotient or overflow (235 cases)
const DivideCase divide_cases[] = {
    {{-1, 0x52FF3F691AC548E9U, 884, -3084828607049546826}, {1, 0x29874011D6C503U, 404, 0},
        0xDE7FFA1F96CCE5AE, NUM_OK},
    {{-1, 0x2CA37382C38C4370U, 997, -3125441200135750532}, {-1, 0x224A31CCF06B3DU, 836, 0},
        0x4A84D42BF253C79B, NUM_OK},
    {{1, 0x3E279F8686713DU, 947, 1}, {1, 0x2C60A18F77CAA59U, 8, 849}, 0x7A6668D475CEEA29, NUM_OK},
    {{-1, 0xC992BB5B8F37U, 8, 289}, {-1, 0xD47060FC9A616487U, 324, 3070632181556885050},
        0x2B2E5CFF12225EE9, NUM_OK},
    {{1, 0x3B961A8409E5E1U, 662, 1}, {1, 0x91C622CBDAU, 4, 585}, 0x69FA291938D85F79, NUM_OK},
    {{-1, 0x94006B6EDFFA50C0U, 423, 3041987546032773391}, {1, 0x2C2503980264CBU, 455, 0},
        0xBE8AD23DA3E00FCE, NUM_OK},
    {{1, 0x29F1C35B0E9270U, 11, 283}, {1, 0xBE3D5D4A798U, 12, 540}, 0x407C38BF27485547, NUM_OK},
    {{1, 0x3A7F0FFC562521U, 906, 0}, {-1, 0x50CAA5AFU, 323, 635}, 0xE5D72B55C9DB6F30, NUM_OK},
    {{-1, 0x3DA555BF343921U, 601, 1}, {-1, 0xF884D1459U, 10, -817}, 0x65FFC0336BECCD1C, NUM_OK},
    {{-1, 0x3BC42695DF7563U, 802, 1}, {1, 0x33AA2B1CE8EB45U, 980, 0}, 0xB4D2824A28E33922, NUM_OK},
    {{-1, 0x31D450210D18E5U, 822, -158218090223}, {-1, 0x2FA1320F6C6061U, 832, 0},
        0x3F50BD2A4EFE650D, NUM_OK},
    {{-1, 0x23D6B7CFB50863U, 659, 0}, {1, 0x437AB799132BEF8CU, 253, -1928102717757225749},
        0xD8C0FED379BABE58, NUM_OK},
    {{1, 0x99E760A0EDE5C9ABU, 674, -1042048373003742207}, {-1, 0x3A7FU, 1, 17}, 0xED1509408A736EB6,
        NUM_OK},
    {{-1, 0x20D1EEBCBCDA4FU, 461, 0}, {1, 0xF6142F5DC257801DU, 1061, -3460031326192167798},
        0x99C112562471945C, NUM_OK},
    {{1, 0x5BB831CEECEU, 8, 604}, {-1, 0x1CU, 4, 733}, 0xC273E1B1EC421E4B, NUM_OK},
    {{1, 0x1CB9EB87EU, 6, -966}, {-1, 0x37E3C468AD7D04U, 815, -1}, 0x8C10728836524D90, NUM_OK},
    {{-1, 0x251C14FB52A839U, 644, 1}, {1, 0xFA436720C8CBC659U, 826, -3053970965282437061},
        0xB3E2FAECB8A5621A, NUM_OK},
    {{1, 0x7B8D19C3D82027B3U, 868, -3278862224011696860}, {-1, 0x32FC4FFE964D56U, 181, 0},
        0xEB7362D449965B9F, NUM_OK},
    {{-1, 0x6FF4B99DBED82B0U, 710, -847229245009747559},
        {-1, 0x4AB0BB67FC513194U, 286, -2478008966027076076}, 0x5A37FBA2BFB5268B, NUM_OK},
    {{1, 0x10BC6A7E2F74U, 9, -592}, {1, 0x351217A7D46039U, 851, 0}, 0x0AB42EBEA7A7A527, NUM_OK},
    {{-1, 0x5EU, 8, 804}, {1, 0x5DB59BD952FE3U, 0, -608}, 0xBDB095FA1F05DC3E, NUM_OK},
    {{-1, 0x29046A809FD723U, 500, 0}, {1, 0x90CBF533FE8C7904U, 1090, 1068557696367237413},
        0x9A72212C5D6A4B5E, NUM_OK},
    {{-1, 0x71BEA0108E26D25CU, 463, 1351721809423356169}, {-1, 0x21975D7464C83BU, 0, 0},
        0x5D7B16CED0E1C4AB, NUM_OK},
    {{-1, 0xE4FU, 2, -529}, {-1, 0x3FF9D2BU, 0, 12}, 0x3F2B98297A965FB4, NUM_OK},
    {{-1, 0x3A3D4790715A61U, 547, 0}, {1, 0x1176B782U, 10, 846}, 0xE31AADD2AD64FC01, NUM_OK},
    {{1, 0x3CA2E4626FAFBAU, 60, 0}, {-1, 0xC52D335FC15D4B55U, 571, -3884798471861529717},
        0x9F63AE74478A7EB0, NUM_OK},
    {{-1, 0x220480273EECFDU, 625, 1}, {1, 0x13EF3AF91FU, 275, -704}, 0xD6DB4DB1A7656BBC, NUM_OK},
    {{1, 0x2CA7FB738EC76CU, 500, 1}, {-1, 0x7U, 9, 656}, 0xE1C591DCF528F32A, NUM_OK},
    {{-1, 0x53062BU, 2, 319}, {-1, 0x439A6639A5C2E4FBU, 973, 3846487900332846568},
        0x00C3A669E7667F67, NUM_OK},
    {{-1, 0x7005A7320B614DA7U, 180, 1750814113167819621}, {1, 0x21B03A77116553U, 732, 0},
        0x9E0A9A18E24B437A, NUM_OK},
    {{1, 0x84C072FFCBAD63DFU, 1080, 4013335619063698683},
        {-1, 0xE439B662E799C6C0U, 652, 1475617658713758090}, 0xDAA29D09264AA350, NUM_OK},
    {{1, 0x954A999U, 1, -977}, {1, 0xB9AU, 0, -506}, 0x40FF0580A13F2B39, NUM_OK},
    {{-1, 0x32958809954CFAB0U, 579, -3868580093075220740}, {-1, 0x21E86C576CDC09U, 315, 0},
        0x50F7DE72DD249330, NUM_OK},
    {{1, 0x26010138F12493U, 332, 1}, {1, 0x6591B6B8F684FD94U, 535, 4611346113517311951},
        0x32A7F25D9EAB5556, NUM_OK},
    {{-1, 0x28F5F11F739171U, 920, 0}, {1, 0x5FD1DAEE07636E1AU, 367, 3735522964289006924},
        0xE1EB5BC74A49E356, NUM_OK},
    {{1, 0xC0AADCACB6A92745U, 617, 3560754289567926176}, {1, 0x3A9DB65EB39C19U, 205, 0},
        0x5A4A4BA6B36E04E5, NUM_OK},
    {{1, 0x28929D69E36AEBU, 44, 1}, {-1, 0x269A68545F70DBU, 0, -1}, 0xC2B0D0FB151F6AC9, NUM_OK},
    {{1, 0x1CDB0419C57B0176U, 797, -2560595745995041965},
        {-1, 0x2C0BEE58732D3DU, 150, 219449477355}, 0xE8D4F6B0D778F1B7, NUM_OK},
    {{-1, 0x14486554536C7U, 1, -432}, {-1, 0xE72B06F24DU, 8, 318}, 0x40067628DD04213D, NUM_OK},
    {{1, 0x3DB60E8CB99BA5U, 800, -1}, {1, 0x96800718941U, 11, -146}, 0x71EA3E1B1018F0B3, NUM_OK},
    {{-1, 0xFBD66ED7D4A4E5F4U, 1071, -2466355766061060746}, {1, 0x244B72A7713009U, 50, 0}, 0,
        NUM_OVERFLOW},
    {{1, 0x28F93B79A15F3AU, 932, 0}, {1, 0x34743C3A21DE48U, 380, 0}, 0x6268FF09CB658709, NUM_OK},
    {{-1, 0x2F9F6BB3A3D64BU, 669, 0}, {-1, 0x2489A93B8270D3U, 537, 0}, 0x4834DAAA23634A55, NUM_OK},
    {{1, 0x6EFF4AF4F97A01CDU, 755, -2250864027255672669}, {1, 0x3C66A9156FA3F6U, 250, -1},
        0x600D671A6349F2D6, NUM_OK},
    {{-1, 0x31CC54F4F3505EU, 970, 0}, {1, 0x27584210AC72BDU, 510, -1}, 0xDCB440419CAFBD7D, NUM_OK},
    {{1, 0x2FF6A841E601FDU, 861, -1}, {-1, 0x244260571F6D8AU, 36, 0}, 0xF3852A28687463EF, NUM_OK},
    {{-1, 0xAC3C0A2C4A29BA61U, 354, -3991678382487601567}, {1, 0x2C0912ACF71FFDU, 0, 0},
        0xD6AF4A48489A950D, NUM_OK},
    {{-1, 0x90D7A726D554B13U, 773, 1550242919610734072},
        {1, 0xA2D45483F189AE50U, 730, 4128451071401571771}, 0xC25C7711371583EE, NUM_OK},
    {{-1, 0x36AA0DD488E156U, 231, -1}, {-1, 0x2E72EB467365ABU, 726, 1}, 0x2102D474971F7267, NUM_OK},
    {{-1, 0x347C0D4B5CFB7AU, 708, -1}, {-1, 0x342C2E016EA5E5U, 660, 0}, 0x42F0187EA997E0EE, NUM_OK},
    {{1, 0xD72424D5DFC8FA7U, 27, 3176545646528430700}, {-1, 0x149D05DCB9720U, 0, 8},
        0xC254DFBAEAFF04A4, NUM_OK},
    {{1, 0x3E743EB7FB7E14A6U, 4, 35}, {1, 0x3F3A83C6FD2237U, 750, 0}, 0x11CF9BA7D65AC9B0, NUM_OK},
    {{1, 0x2C7C54F2B0E63DU, 1092, -1}, {-1, 0x3065772D6687C9U, 981, 0}, 0xC6DD6A0B224FE2AE, NUM_OK},
    {{-1, 0x6871C0U, 3, -943}, {1, 0x28406CC6B371F3U, 908, -1}, 0x8574C20656146B5B, NUM_OK},
    {{-1, 0x398077687701ADU, 927, 0}, {1, 0x879C354B21D07A77U, 872, 4583365700367183298},
        0xC2CB2330D85E9D6F, NUM_OK},
    {{-1, 0x374DB7EE0DF649U, 271, 0}, {-1, 0x1730CU, 3, 29}, 0x530313CCDB2FAED3, NUM_OK},
    {{-1, 0x391F2160A80B6FU, 589, 259271182061}, {-1, 0x2F2768FB76FAEDU, 273, -731782656036},
        0x53B361D5B21E9E5B, NUM_OK},
    {{-1, 0x34CF0DCC11D77DU, 56, 1}, {-1, 0xE69AA5F9U, 2, 279}, 0x44AD4FF02AE5546E, NUM_OK},
    {{-1, 0x36D17A1A3D42DU, 5, -272}, {1, 0x200AC7AA5AC60BU, 0, 0}, 0xC00B5F846805A309, NUM_OK},
    {{1, 0xA5CB6D65CA039E38U, 576, -3987846760683095255},
        {1, 0x8D7FF71E22188AF3U, 629, -1446475226260269528}, 0x3CA2BF42EAF9CA88, NUM_OK},
    {{-1, 0x34BC6F9196481BU, 6, 0}, {1, 0x26AD68A13E86F7U, 0, -1}, 0xC055D0D7155711DB, NUM_OK},
    {{1, 0x35D234A1447658U, 680, 1}, {1, 0x380E832BB8B3B7U, 367, 0}, 0x537EB94C5B0A2058, NUM_OK},
    {{-1, 0xF04DC03C938C4178U, 783, -2060360278202305392},
        {-1, 0x215D3037E62F58EBU, 949, 4513985985163690352}, 0x35BCCF574E107DA3, NUM_OK},
    {{1, 0x2609E329671B39U, 741, 1}, {-1, 0x6B21DFFE8B0B704CU, 525, -1474859491590679350},
        0xCCD6B9562B8CD8B0, NUM_OK},
    {{1, 0x3FFACC00A62309U, 184, -1}, {-1, 0x5E9B920A373C360DU, 679, -1587751475618979851},
        0xA075A3F2162C215A, NUM_OK},
    {{-1, 0x22094A7E8B6139U, 1073, 1}, {1, 0x21909A5CE247E3U, 953, -1}, 0xC7703987D934B70C, NUM_OK},
    {{-1, 0x317979BC06ADD8U, 38, -1}, {1, 0xE517F1B313FE23E0U, 118, -966381898818808171},
        0xBA4BA4808C08740A, NUM_OK},
    {{-1, 0xCEBE93721C8CEU, 8, 219}, {1, 0x39B138F9B166A5U, 875, 0}, 0x899CAB27EC102C8C, NUM_OK},
    {{1, 0xC63U, 1, 903}, {1, 0x36D83BEEFD3D0CU, 193, -1}, 0x3150833628FE26A2, NUM_OK},
    {{1, 0xC51A950FU, 11, -942}, {-1, 0x3FB376D6A95583U, 479, -1}, 0xA148C0ECC7F6B5E3, NUM_OK},
    {{-1, 0x2E465F17E07C5FU, 855, 0}, {-1, 0x2A89AF8DEAD872U, 620, -1}, 0x4EA167D7FB8FD6C5, NUM_OK},
    {{1, 0xB85B4ECAD0919864U, 609, 1673088086536106898}, {1, 0x3E89F295CU, 5, -119},
        0x6787953EF2C22C78, NUM_OK},
    {{1, 0x2F7CA765E13289U, 64, 502283314041}, {-1, 0x1305136F32442DEDU, 0, 2260703546660615913},
        0xC36E2785C533D772, NUM_OK},
    {{1, 0x2720B676C120A9U, 712, 0}, {-1, 0x67C531E6C43EB7A7U, 967, -387552165995919912},
        0xAF6821C6A313B1DC, NUM_OK},
    {{1, 0x41E133A48236E264U, 320, 2371540773550780795},
        {-1, 0xF7248A2AFD8AA045U, 132, 3162320437648739685}, 0xCB910F683319AD17, NUM_OK},
    {{1, 0x2877AB1489E7FBU, 199, 0}, {-1, 0x4B10CBFC9B0491BEU, 558, -988253444783558708},
        0xA8F14042FA8B23C5, NUM_OK},
    {{-1, 0x3582D534B07BEBU, 419, 1}, {1, 0x2D687891FB4997U, 460, 0}, 0xBD62DAEC2216AEDC, NUM_OK},
    {{1, 0x2F55E0F8B54871U, 508, -1}, {-1, 0x37FE7756CBEBAAU, 562, 0}, 0xBC8B0D3E3C8EA7CF, NUM_OK},
    {{-1, 0x2CDAFAC66F3565U, 409, -1}, {1, 0x230FC1BEBAE9CDU, 934, -8465769752}, 0x9F2478259C4B7DA8,
        NUM_OK},
    {{1, 0x605399128FA477D7U, 1046, -428641491909919217}, {1, 0x38E291AFB81FCDU, 203, -1},
        0x752B17FB52C79EE6, NUM_OK},
    {{-1, 0x33AAB52CA3E84FU, 532, 0}, {1, 0x3CDF06B220B621U, 439, 0}, 0xC5BB29486D52B5B2, NUM_OK},
    {{1, 0x318614EE7E19EDU, 430, -874514850148}, {1, 0x955DCFA1EE19A98CU, 239, 3605292631297099716},
        0x4B4538424AF4F548, NUM_OK},
    {{1, 0x29D9976EA941D9U, 1006, 0}, {1, 0x8933E2B7C1F1D292U, 41, 350090012828333310},
        0x7BA3857F04AA1AE3, NUM_OK},
    {{-1, 0x9BADACE4393CDC0U, 4, 802}, {-1, 0x1FEBD2A842DA7A26U, 0, 3874631059876401309},
        0x3FFD113EAE5907B4, NUM_OK},
    {{1, 0x1DC9FE06U, 1, -354}, {1, 0x2B8EEEBCB8ED3DU, 0, -1}, 0x3E75E269337A6AF8, NUM_OK},
    {{-1, 0x25E3D2E360BF75U, 608, 1}, {1, 0x2FU, 8, -511}, 0xE86AF10DC384B866, NUM_OK},
    {{1, 0x18F6U, 0, 520}, {-1, 0x27C6B761BF1095U, 757, -1}, 0x8E15B719234FA819, NUM_OK},
    {{1, 0x3207676DB28E15U, 701, 1}, {1, 0x237365U, 4, 115}, 0x6D869459D1D580C6, NUM_OK},
    {{-1, 0x24DCB39A69EDC9U, 247, -1}, {-1, 0x7E272EA11CCC4A05U, 1009, 988879815604297447},
        0x0FB2B36E09CFC7AC, NUM_OK},
    {{-1, 0x80CB45B4C8C43U, 1, -521}, {1, 0x3540260E96382DU, 470, -1}, 0xA2735960664DFB6E, NUM_OK},
    {{-1, 0x2E278ED2F55B47U, 87, 1}, {-1, 0x2E3827AB2A3A45U, 518, 1}, 0x24FFF4824F4D37B0, NUM_OK},
    {{1, 0xDE01B2686AU, 8, 291}, {1, 0x26ADB14F4C7B37U, 491, -1}, 0x20E6F58D1D838BC8, NUM_OK},
    {{-1, 0x26A2FFC5U, 1, -144}, {-1, 0x9F510E37U, 0, 305}, 0x3FDF0ABD25B21DF0, NUM_OK},
    {{-1, 0x35D8F50150096DU, 505, 1}, {-1, 0x38864B38B84477U, 572, 741603106433},
        0x3BBE7C037386A3BA, NUM_OK},
    {{-1, 0x5473AF724E09DB9AU, 462, -3758800200466249419}, {-1, 0x3E946BC0147A33U, 514, -1},
        0x3D359795A574AFF7, NUM_OK},
    {{1, 0xB988AFBC144AF50CU, 802, -135053280288943876}, {1, 0x2CC19BCD6DFDE9U, 974, -337651674054},
        0x35D094EAF645E502, NUM_OK},
    {{1, 0x392A93FC079107U, 295, 0}, {1, 0x3ABC5E7282F44DU, 348, -1}, 0x3C9F25196F89E597, NUM_OK},
    {{-1, 0x2027F1C966F19DU, 791, -1}, {1, 0x358420ED4E7426U, 968, 0}, 0xB4D33A4BCACAB5FD, NUM_OK},
    {{-1, 0x22004A0C71U, 5, 988}, {1, 0x8CD7F1166076A697U, 0, 3365771345894414878},
        0xBE9734731296DA99, NUM_OK},
    {{1, 0x21B2C9860B7ABDU, 332, 0}, {-1, 0x5C8666D27A93D425U, 88, -3592625833702348057},
        0xCE974F30E1F7A0A7, NUM_OK},
    {{-1, 0x2F3CFED8ACFEF7U, 902, 0}, {-1, 0x3AD91C84A783E0FFU, 954, -3293878159964559198},
        0x3C29AFD801F230BC, NUM_OK},
    {{-1, 0x52E6AA2A5BBU, 3, -205}, {1, 0x33E602C1671985U, 178, 826687974334}, 0xB4498ED308269936,
        NUM_OK},
    {{-1, 0x3U, 8, 970}, {-1, 0x1F3308D10D789D86U, 458, 3434534618553290826}, 0x202BDA677A57B5C1,
        NUM_OK},
    {{-1, 0x441A275FE1B60938U, 417, 3322305497872720503}, {-1, 0x27EEA7DFE670DBU, 203, 0},
        0x4DDB497E4D36CB66, NUM_OK},
    {{1, 0x3CCEC7991F0DF9U, 130, 0}, {1, 0x3179A89FA734C3U, 0, 0}, 0x4813AA34A09208E5, NUM_OK},
    {{-1, 0x28F395DAC15D6BU, 735, 0}, {-1, 0x22BE5FBE62A2BDCU, 0, 2607202467314923529},
        0x6D61156F9AB9BBB5, NUM_OK},
    {{1, 0xCDABB531E39D5C3U, 786, 300420768787986557},
        {1, 0xDDB4D77736EF43C5U, 239, -1632995126064865172}, 0x61DDAF7C43F28703, NUM_OK},
    {{1, 0xB45542156DB8763AU, 1090, 2244737610319120539}, {1, 0x27BEFC63FC16E2U, 679, 1},
        0x5A42260608C95E7C, NUM_OK},
    {{1, 0x91CA47C81CB2A869U, 342, 2103964531286306130}, {1, 0x246F5B9B45E01DU, 0, -914714524729},
        0x55F001C6AF9729DA, NUM_OK},
    {{-1, 0x296B1E414309F7U, 255, 955578635694}, {1, 0x3CE24845449675U, 104, 1091842111438},
        0xC955C4E59A6D1BC7, NUM_OK},
    {{-1, 0x23041A1946E201U, 916, -1}, {-1, 0x2C638B2F202565U, 195, 0}, 0x6CF93E3CE9AD839A, NUM_OK},
    {{1, 0x250F7B9AB4B13BU, 848, 0}, {-1, 0x2BF8982FDB8860U, 532, 966458778752}, 0xD3AAF886E29C0FF5,
        NUM_OK},
    {{1, 0x2D8F11EDC0EB97U, 805, 0}, {1, 0x2D35CD45C8E93EU, 0, -77}, 0x72401F979E0455BE, NUM_OK},
    {{-1, 0x2579D8522D0F2FU, 38, 0}, {-1, 0x35BD9F0D8A8FF3U, 171, 0}, 0x379650AC0989F7FE, NUM_OK},
    {{1, 0x3674B2EE88DDD3U, 492, 0}, {1, 0xEEDC11C5A60B2598U, 253, -2927776507974859519},
        0x4E3D2E891669C466, NUM_OK},
    {{-1, 0x15E232A1244265U, 5, 368}, {-1, 0x511D3B56641FBA5EU, 96, -475102134601743216},
        0x39A14432589D4484, NUM_OK},
    {{1, 0x3B837202C7587FU, 162, 0}, {-1, 0x394E51A01D2D31U, 102, 1}, 0xC3B09DC8FE47507A, NUM_OK},
    {{-1, 0x3CF1C39F1195A3U, 946, 650642897873}, {1, 0x2774C3E12FF3DBU, 127, 0}, 0xF328B6BB2F3A510A,
        NUM_OK},
    {{-1, 0x2A3FFC2B947D8DU, 601, 0}, {1, 0x34E6118CBB4B00U, 275, 0}, 0xD4498EE937FF8E89, NUM_OK},
    {{-1, 0x214E65C5036E07U, 913, -1}, {1, 0x3E2351D254E3F5U, 555, 1}, 0xD64126F341DE3565, NUM_OK},
    {{-1, 0x2F91C373BB87BDU, 351, -1}, {1, 0x2227B6FEU, 7, -39}, 0xD6F648AECA282868, NUM_OK},
    {{1, 0x34339BFED91997U, 417, -1}, {1, 0x3137517F1AC23FU, 752, 1}, 0x2B00F877FB569175, NUM_OK},
    {{1, 0xD61F91177054D676U, 1087, -2343149234570722537}, {-1, 0x0U, 1, -356}, 0, NUM_OVERFLOW},
    {{-1, 0x2759217336F957U, 525, 0}, {1, 0x38DBC8B82E9E1FU, 0, -1}, 0xE0B62529452C6529, NUM_OK},
    {{1, 0x1EDCAD821C0200E8U, 211, -1715015878503481067}, {-1, 0xC053B8C76177U, 6, 882},
        0xCD948A29830F44C6, NUM_OK},
    {{1, 0x1C16700D81A3E1BU, 970, 2615345092211694799},
        {-1, 0x16119921F4454707U, 975, -825076226426675651}, 0xBF645D1EB3CA3BC7, NUM_OK},
    {{1, 0x294E3022A60BF7U, 219, 1}, {1, 0x963B24345564916U, 0, 3607861946903017034},
        0x4D163AEB76DD8AAE, NUM_OK},
    {{1, 0x71C8B86E6F0DB91CU, 768, 1197955824530721807}, {-1, 0x3344F087B6C3D2U, 357, 1},
        0xDA31C13602CB702B, NUM_OK},
    {{1, 0x300E7DE7BD694BU, 216, 0}, {1, 0x497C9BU, 1, -818}, 0x4F54ED9BBE5B2D20, NUM_OK},
    {{-1, 0x1FE3U, 5, 668}, {-1, 0x2D5734F650D5A3U, 876, 1}, 0x06F68FEBA4D66E5F, NUM_OK},
    {{-1, 0x3FD1D365AFDF57U, 577, -1}, {1, 0x29BF2C345D509CU, 752, 0}, 0xB50875AFF8B752A3, NUM_OK},
    {{1, 0x21A4A34D38B67BU, 748, 0}, {1, 0x97EF86713DBA733FU, 1034, 3726127869276107841},
        0x2D6C57D1D954CBA5, NUM_OK},
    {{-1, 0x55165419A19A61B6U, 852, -1312086198972703902}, {1, 0x22D426DB24D6CDU, 596, 1},
        0xD0838B4D9044651C, NUM_OK},
    {{-1, 0x2A2ADF2F383CB5U, 245, 0}, {1, 0x239A03B843E16DU, 252, 1}, 0xBF82F36838C6B1BE, NUM_OK},
    {{-1, 0xC7FF78554CC13F53U, 694, 376184753894583660},
        {1, 0x286FC9F99C6FCF1CU, 32, -3495992553893487918}, 0xE973C8A81D8C09AB, NUM_OK},
    {{-1, 0x1292ABA2298DU, 2, -982}, {1, 0x30096527B76A34U, 6, 224}, 0xBF18BEB79AAD4655, NUM_OK},
    {{-1, 0xE69FCFBC141FF6EDU, 1086, -1690413593226957870},
        {1, 0x7C5AA6A918E3D2ADU, 714, 3321374163073169778}, 0xD73DAC58EDB24E44, NUM_OK},
    {{1, 0x3671379EDD06E4U, 952, 1}, {-1, 0x30DB6B24A03FF1U, 411, 827693362830}, 0xE1C1D43D124381E6,
        NUM_OK},
    {{-1, 0x4EU, 11, -375}, {-1, 0x392590B70A19A7U, 0, -1}, 0x3DA5C9893B6423C5, NUM_OK},
    {{-1, 0xC595BU, 7, 928}, {1, 0x13426E5U, 0, 37}, 0xC01484AFC7831B9F, NUM_OK},
    {{1, 0x395CEB7F49759FU, 883, 0}, {-1, 0x24C46525CAEBA1U, 893, -837768588427},
        0xBF58F672F8FA512D, NUM_OK},
    {{1, 0x254FCBB7E2121BU, 244, 0}, {-1, 0x22810E7D153871U, 344, 0}, 0xB9B14D49D75D53B2, NUM_OK},
    {{-1, 0x6047B272C584U, 12, 41}, {-1, 0x2EA6143F7279FFU, 0, 0}, 0x404082F15244D0BF, NUM_OK},
    {{1, 0x47BBF3423CE4A69FU, 86, -3475759592624115689}, {-1, 0x7BU, 1, 297}, 0xC8A0E8E311074849,
        NUM_OK},
    {{1, 0x2DA16A4855BF57U, 294, -62623081600}, {-1, 0xE7382BC31E7CF800U, 894, 14385814632722071},
        0x99C942AD2580524E, NUM_OK},
    {{-1, 0x2EC61728BD3363U, 813, 0}, {1, 0x2BA71C5B7139F7U, 176, -72625187147}, 0xE7C124D95CDB104D,
        NUM_OK},
    {{-1, 0x320EDF432E0FB4U, 983, 0}, {-1, 0x35780AFA815043U, 314, 0}, 0x69BDF56D1048BAC0, NUM_OK},
    {{1, 0x126FF75A5005D190U, 662, -1291240005135786999}, {1, 0x37DFD89E7C2D1BU, 0, 0},
        0x69B51E5F77B1CDD8, NUM_OK},
    {{1, 0x79AF03F7A37596U, 0, 784}, {1, 0x2A607D5BAA89F3U, 784, -1}, 0x0F06F8C0914E6A0A, NUM_OK},
    {{-1, 0xAB500142D2CEF120U, 199, 2029334531974206682},
        {-1, 0xCA985BD3BB768D22U, 83, 2403892373870568373}, 0x472B0F13A4B097C0, NUM_OK},
    {{1, 0xDD3690E6306AEFBBU, 319, 1299733252135796648}, {-1, 0x2711E59C0E8E2BU, 196, 0},
        0xC846A5DEC270FEF5, NUM_OK},
    {{1, 0x20F0727B2C2339U, 408, 0}, {-1, 0x2DF5253A1BF7B37U, 0, 657}, 0xD926EF76572EC035, NUM_OK},
    {{-1, 0x189CE69FB4U, 11, 699}, {-1, 0x791DE56E3302BCU, 6, 114}, 0x3F1A02FD2AF4172E, NUM_OK},
    {{-1, 0x2C959A5CA762E0U, 388, 1}, {-1, 0xC6DD06D3BE0E18CEU, 949, 290003996503676102},
        0x1C3CB274D376F642, NUM_OK},
    {{-1, 0xC4A3AB52AE68D16U, 201, 2438840151955268809}, {1, 0x6260247BU, 5, -234},
        0xCDFFFB588D7C111C, NUM_OK},
    {{-1, 0x35AB21EE32F439U, 438, -1}, {1, 0xF0FDEU, 6, 103}, 0xDD0C815F40CC8B33, NUM_OK},
    {{1, 0xB00A931188B1DU, 2, -535}, {-1, 0x673D69920BC35C5DU, 0, -2491061518963657370},
        0xBF648242ABD4F3E3, NUM_OK},
    {{-1, 0xB4CF4694EC72F868U, 365, -1389181378247237081}, {1, 0x28D4A3A64BA723U, 364, 0},
        0xC0A1B690988ACC44, NUM_OK},
    {{1, 0x316409D3D8A823U, 352, -1}, {1, 0x233E335114B8D1U, 136, 1}, 0x4D766C485F5EB708, NUM_OK},
    {{-1, 0xCED59BEA23806E7U, 657, -1085484427168700117}, {-1, 0x3F181D4DAB5B5BU, 0, 0},
        0x695A39B8B8E75900, NUM_OK},
    {{-1, 0x6F4BE67A9206CFF9U, 639, 3435899196194690513}, {1, 0x20U, 11, 825}, 0xEACB7A6C184A3A7D,
        NUM_OK},
    {{1, 0x25C53A33C00291U, 968, 0}, {1, 0x3B60AFB66B826BU, 533, 0}, 0x5B145AF825D8C077, NUM_OK},
    {{1, 0x71CF06480EB3EC7U, 496, 3712414927656293583}, {-1, 0x24D7C41A327F8FU, 714, 1},
        0xB2A8B65644C1EDAC, NUM_OK},
    {{1, 0x36EEA78A3BE699U, 566, 1}, {-1, 0x22EDCDEBCCFEADU, 703, 0}, 0xB76929B9405D11DD, NUM_OK},
    {{-1, 0x31321B9FADC2B1U, 281, 0}, {-1, 0x20D426638FC5B1U, 210, 0}, 0x4467FA182C1C7BBE, NUM_OK},
    {{-1, 0x378F36D99480B7U, 272, 1}, {-1, 0x14104C21F70058U, 8, 386}, 0x5086273BD2DD0CEF, NUM_OK},
    {{1, 0x21D1242D404D5BU, 379, 0}, {-1, 0x2F53C002658509U, 0, 17870310979}, 0xD796DD78E4CC5C47,
        NUM_OK},
    {{-1, 0x2C27EE53D81281U, 575, 0}, {1, 0xD2A9F57DA7D6D0ACU, 453, -3158322467391410021},
        0xC6EAD44D255BC835, NUM_OK},
    {{1, 0xEAA5A0686EFF029EU, 924, -4079306899471034343},
        {-1, 0x272FCDB36B37089U, 980, -1415883194954857985}, 0xBCD7F3A107CB4DBF, NUM_OK},
    {{-1, 0x3E649AABC43D5FU, 320, 0}, {1, 0x4884A192BC427988U, 974, -2017337403033671613},
        0x968B8837E4463143, NUM_OK},
    {{1, 0xE9870F7203380306U, 37, 4246463799636709216},
        {-1, 0xC5C6645EB3DB7F5FU, 801, 2088666542924014241}, 0x9032E4737AE897AE, NUM_OK},
    {{-1, 0x32EE0A1A6A2536U, 680, -1}, {-1, 0x2D4CBDBF347CU, 9, -358}, 0x6A61FD1205D8B148, NUM_OK},
    {{1, 0x2886B9E4DA0DD5U, 870, -1}, {1, 0x130DCF8A6AAU, 5, 512}, 0x76D103F007CAD9B7, NUM_OK},
    {{-1, 0x2F72291F7C79EACBU, 691, -908259157190496697}, {1, 0x10CU, 71, 25}, 0xEA06A926BECCA537,
        NUM_OK},
    {{1, 0x33D5CDC63570EEU, 36, 1}, {1, 0xDB4FU, 12, 670}, 0x43CE40EE59A29166, NUM_OK},
    {{1, 0x35D3195055A615U, 813, 1}, {1, 0x2FD98965906159U, 378, 0}, 0x5B21FF747A391647, NUM_OK},
    {{-1, 0xB20430AFCB8AFDBDU, 169, -1264011546140000731}, {1, 0x196CF23998C4DA7U, 0, 755},
        0xCAEC01814C8B640A, NUM_OK},
    {{1, 0x95981D4802E50198U, 821, -1697075454910696417}, {1, 0x175FD9U, 0, 307},
        0x75E99833123FD960, NUM_OK},
    {{-1, 0x3DF8CD14365530U, 95, 1}, {-1, 0x35D4CCD928402DU, 0, 0}, 0x45E26B6ADC00808B, NUM_OK},
    {{-1, 0x26F2799BE7425BU, 640, 1}, {-1, 0x2700EAE98E4D74U, 541, 0}, 0x461FF42698116982, NUM_OK},
    {{1, 0xB362D51B90963348U, 565, -3757147882939350536},
        {-1, 0x1D942921B2B92403U, 717, 378126559128822803}, 0xB698423EF92069CD, NUM_OK},
    {{-1, 0x4EF7241U, 6, -698}, {-1, 0x20738C7E78C2C9U, 555, 796666891986}, 0x1BF3777DF4040F4F,
        NUM_OK},
    {{1, 0x2BU, 0, 957}, {-1, 0x2DC23D2372084FU, 0, 0}, 0xBD35DA8F1955D44F, NUM_OK},
    {{1, 0x1D1C31D4D2DD4FF3U, 89, 1211095657181280376}, {-1, 0x1DF97F870A6011U, 11, 909},
        0xC54F13BE2FEBEBA4, NUM_OK},
    {{1, 0x315049B767BDDDU, 835, 1}, {-1, 0x8C1865C9E0A2F8E7U, 917, 2341431661446333916},
        0xBA36872D58B10DFD, NUM_OK},
    {{-1, 0x587D911C3C3C1AU, 1, 994}, {-1, 0x23D90444206B04U, 737, -1}, 0x1203BF82B5ABB43A, NUM_OK},
    {{1, 0xB08505E377600DEBU, 471, 1101318633371972291},
        {1, 0x3AAC50E409B4E712U, 415, 4073116828521268309}, 0x438811767E3B4066, NUM_OK},
    {{-1, 0x2BC3AEA877A23DU, 3, -1}, {-1, 0x4BDE0438C99F7A8U, 817, 3194925374061839348},
        0x0CC2759811EE237B, NUM_OK},
    {{1, 0x53BU, 4, -738}, {1, 0x3914E8A22C6C85U, 993, 0}, 0x000002D4C938CEDD, NUM_OK},
    {{1, 0x264E189CA1FE7DU, 140, 1}, {-1, 0x282A2DA6638BB1U, 0, 0}, 0xC8AE84B2543AB1BC, NUM_OK},
    {{-1, 0x295FD3BA62026692U, 571, 641278918250777034},
        {1, 0xB69D5F03C0ABEF98U, 688, 198067686319103385}, 0xB87D001EFB632D3C, NUM_OK},
    {{-1, 0x3A2D7FDB36E2BEU, 1045, -1}, {1, 0x217F07315A3CEU, 1, 598}, 0, NUM_OVERFLOW},
    {{-1, 0x38ACE6790A23CBU, 701, -1}, {1, 0x135A8AAEF0D2U, 5, -870}, 0xEC076D5F1FF859A5, NUM_OK},
    {{1, 0x97F59590CBD5F6DU, 46, -4119962974487451263}, {-1, 0x280BA126E37F15U, 0, 0},
        0xC32E5B7DA63DBAD0, NUM_OK},
    {{1, 0x30FAA59320220DU, 916, 1}, {1, 0x39D273D02AC3B8FU, 807, -743127198023181089},
        0x467B1B291CD8DFB5, NUM_OK},
    {{-1, 0xC1CA04ADB80C9797U, 669, 1903200312600176509}, {-1, 0x29755F4F5D7F23U, 12, 0},
        0x69A2B27A05BBBE5B, NUM_OK},
    {{1, 0xE0D01A1BAA0D184FU, 513, 421600820004691946},
        {1, 0x16C94E2B6E4F54DCU, 882, -726252409111665843}, 0x2913BB74563C5470, NUM_OK},
    {{1, 0x20AA584C375709U, 627, 0}, {1, 0x283C0E864F45F7U, 564, 0}, 0x43D9FADE802F058C, NUM_OK},
    {{1, 0x3F7C59F7B5FAB5U, 301, 0}, {1, 0x247686AAEC2F78U, 272, 1}, 0x41CBDB8C96786706, NUM_OK},
    {{-1, 0x68CB20FFD437D8BDU, 29, -2374318792073066869}, {-1, 0x81A925669151502U, 1, -600},
        0x41E9DCE14D0ECBD8, NUM_OK},
    {{1, 0x3CF4EDD7EB3345U, 363, 1}, {-1, 0x1F545748U, 5, -924}, 0xD7DF2175F923E53C, NUM_OK},
    {{-1, 0x3553ADA04CF127U, 656, 1}, {-1, 0xFE327743AC6FF2D0U, 32, -1451640930599352813},
        0x664ADA402D6D86E8, NUM_OK},
    {{1, 0x6EEBC254640AA2BDU, 168, 1865140351319951751},
        {-1, 0x74B207DE119495DEU, 1085, -3181507026867357268}, 0x869E6AA193A53A9A, NUM_OK},
    {{1, 0x3C3500DCB89D8BU, 637, -1}, {1, 0x2A6150B8ED18E5U, 1079, 1}, 0x2456BAF41B2DE8F2, NUM_OK},
    {{-1, 0x244D144664A4DDU, 815, -1}, {1, 0xE9113438ACAB872U, 558, -2051685738130708995},
        0xCF93EFBD24D5C5B5, NUM_OK},
    {{1, 0x5B4C6C379B1C1CA5U, 761, 3339111936629409596}, {-1, 0x679FD074E0U, 673, -246},
        0xC6EC319709E32439, NUM_OK},
    {{1, 0x695B75C20A433642U, 13, -2623569537114734540},
        {1, 0x3A7E730599465F0AU, 276, 1347766965035401270}, 0x2F8CD143238A605A, NUM_OK},
    {{1, 0x94830B17AB0BFB0DU, 573, 2342497909265536899}, {-1, 0x3CBC6FFBFF09F7U, 779, 0},
        0xB3A38FC527EF48C9, NUM_OK},
    {{-1, 0x369494566AC481U, 549, 0}, {-1, 0xD834918040E5DU, 1, -15}, 0x625028176AB86D0D, NUM_OK},
    {{1, 0x3972F084332E01U, 749, 1}, {1, 0xC8C144F847103C6FU, 344, -896524221862812400},
        0x58A25085BECE8019, NUM_OK},
    {{-1, 0x364E4537D321D7U, 745, 0}, {1, 0x3335CEA970C5F5U, 130, 1}, 0xE660F79870C00CCB, NUM_OK},
    {{-1, 0x34DC4EDE463B25U, 181, 1}, {1, 0x3CA2CE0A898AD5D1U, 786, -314073469759450220},
        0x999BE5892F70B168, NUM_OK},
    {{-1, 0x243087DCB5F906U, 487, 0}, {1, 0x79FB53D11EB35149U, 751, -1973232837862687465},
        0xAED2FCCF147394C4, NUM_OK},
    {{1, 0xF0A907CDEEBCA72U, 1099, 1731494417947086064}, {1, 0x354D53B943CB2FU, 438, -1},
        0x69A20F63704C5D74, NUM_OK},
    {{1, 0x370B9EC62979D7U, 806, 1}, {-1, 0x34B15876DCB5F5U, 295, -1}, 0xDFE0B6E100F0B1D2, NUM_OK},
    {{1, 0x44U, 5, -598}, {-1, 0x2884020033BB1FU, 192, 0}, 0xB143795507A2F671, NUM_OK},
    {{-1, 0x13A78F30303CFE6AU, 5, -430}, {-1, 0x89C1B4A79FB38379U, 897, -1927678161234558920},
        0x0802433289E0FEE8, NUM_OK},
    {{1, 0xA99F3C052E3CAFDEU, 166, -2330068337237797559}, {-1, 0x3852B5B8BD47A5U, 876, -1},
        0x942817BC358634AF, NUM_OK},
    {{-1, 0x2CF2CBF1B361B7U, 504, -1}, {-1, 0x262A408EF275C1U, 264, 0}, 0x4EF2D803BC69C16E, NUM_OK},
    {{-1, 0x1A5CA4601C9539A9U, 1031, 2517409852055394877},
        {-1, 0x84B608CFA295C86U, 152, -2987836498997716008}, 0x76F96D12F190B63C, NUM_OK},
    {{1, 0x762E36E8BF160AU, 40, 0}, {-1, 0x1U, 0, 0}, 0xC5DD8B8DBA2FC582, NUM_OK},
    {{1, 0x762E36E8BF160AU, 40, 1}, {1, 0x1U, 0, 0}, 0x45DD8B8DBA2FC583, NUM_OK},
    {{1, 0x762E36E8BF160AU, 40, -1}, {1, 0x1U, 0, 0}, 0x45DD8B8DBA2FC582, NUM_OK},
    {{1, 0x559499DE553DA9EEU, 64, 0}, {-1, 0xB3U, 0, 0}, 0xC75E993E2A4F1A56, NUM_OK},
    {{1, 0x559499DE553DA9EEU, 64, 1}, {-1, 0xB3U, 0, 0}, 0xC75E993E2A4F1A57, NUM_OK},
    {{1, 0x559499DE553DA9EEU, 64, -1}, {1, 0xB3U, 0, 0}, 0x475E993E2A4F1A56, NUM_OK},
    {{1, 0x61093F94A3BE3BB6U, 163, 0}, {1, 0x137U, 0, 0}, 0x4D83F8067FB8553E, NUM_OK},
    {{1, 0x61093F94A3BE3BB6U, 163, 1}, {1, 0x137U, 0, 0}, 0x4D83F8067FB8553F, NUM_OK},
    {{1, 0x61093F94A3BE3BB6U, 163, -1}, {1, 0x137U, 0, 0}, 0x4D83F8067FB8553E, NUM_OK},
    {{1, 0xC288B71805A41832U, 21, 0}, {-1, 0x2CDU, 0, 0}, 0xC4A15D408B3FB33E, NUM_OK},
    {{1, 0xC288B71805A41832U, 21, 1}, {1, 0x2CDU, 0, 0}, 0x44A15D408B3FB33F, NUM_OK},
    {{1, 0xC288B71805A41832U, 21, -1}, {-1, 0x2CDU, 0, 0}, 0xC4A15D408B3FB33E, NUM_OK},
    {{1, 0x25B98459D3B5DBCEU, 170, 0}, {-1, 0x73U, 0, 0}, 0xCDF4FE9E3F58E1DE, NUM_OK},
    {{1, 0x25B98459D3B5DBCEU, 170, 1}, {-1, 0x73U, 0, 0}, 0xCDF4FE9E3F58E1DF, NUM_OK},
    {{1, 0x25B98459D3B5DBCEU, 170, -1}, {1, 0x73U, 0, 0}, 0x4DF4FE9E3F58E1DE, NUM_OK},
};
const size_t divide_cases_count = sizeof divide_cases / sizeof divide_cases[0];

// int64 / int64 -> correctly rounded quotient (164 cases)
const Int64DivideCase int64_divide_cases[] = {
    {38951969LL, 686332355LL, 0x3FAD0ED5833AAB4B},
    {5887007155254470427LL, 972804LL, 0x429603FA8E9936DA},
    {3023998853918021186LL, -31872653660987LL, 0xC0F729D89495A928},
    {120476267192697111LL, 363LL, 0x42F2DDA49EEFE6A9},
    {3611778239LL, -12019762736669LL, 0xBF33B15455B57796},
    {33865084151085386LL, 8243985LL, 0x41EE9B1BEE78374B},
    {525498874514042367LL, 202468135673723LL, 0x40A446EDDD4BEC00},
    {-580867393LL, -21794634748727040LL, 0x3E5C9E0165EC372A},
    {881562386912823720LL, -1878101745LL, 0xC1BBFA531F30CBA5},
    {148540416409072LL, -30187581822LL, 0xC0B3389485D66FDB},
    {648678495474851LL, 110097325355288413LL, 0x3F7822114461590C},
    {-196727396LL, 8030287814097016LL, 0xBE5A4E01CED2CABD},
    {67655575324687LL, -2380266226371LL, 0xC03C6C6CA671934E},
    {80279068LL, 34485641328165LL, 0x3EC3871FA8C6B228},
    {511991816740LL, 1240356535505495031LL, 0x3E9BB378953C3702},
    {-65413355076870229LL, 535625392748042LL, 0xC05E88032E4AA5A2},
    {179119255078565875LL, 980827121239LL, 0x41064AE4F1C2F7B4},
    {315528285864491730LL, 22588LL, 0x42A968C02AE0188B},
    {25180237737LL, -675768LL, 0xC0E231B52223D716}, {-59135702973LL, 11LL, 0xC1F406ED6858BA2F},
    {513199677898LL, 22715714113003239LL, 0x3EF7B0915EC7889F},
    {102867547610908LL, 41559LL, 0x41E2711A19F50B6A},
    {-2264390967112726457LL, -4862935687288987406LL, 0x3FDDCD17706DAB47},
    {-90423793387LL, -8518082212757LL, 0x3F85BD95BC5E37EF},
    {511971143LL, 6878026598942LL, 0x3F13834CA2486D03},
    {-962968257102LL, 41426844343324365LL, 0xBEF85FCA53D09A13},
    {-60397495730381644LL, 1544181121284416LL, 0xC0438E758039EEFD},
    {145032430LL, -899689558565990435LL, 0xBDE627D1479FA3BA},
    {1211395041LL, -1642467609870565LL, 0xBEA8BF784DE3659A},
    {-1037496880LL, 1838972220LL, 0xBFE20DB2B79A2B7D},
    {-1967182151492854487LL, -276136148761297986LL, 0x401C7EEEAE23C000},
    {275551552753662358LL, 14640264430608LL, 0x40D2615F31D49D72},
    {-8855682763204504293LL, 1021923941874431975LL, 0xC02154D62D26C336},
    {284914862LL, 37762LL, 0x40BD7903E0B4ED0F}, {-2066852077925874LL, 961121LL, 0xC1E005AD33957E9C},
    {-2758849LL, 8329736538210LL, 0xBE963A0E42BEF8B8},
    {11158691LL, 439065504977037080LL, 0x3DBBF195B07CF314},
    {1398197062126LL, -328508988435254446LL, 0xBED1DA0CECF56AA2},
    {-923610594LL, -5843933182LL, 0x3FC43ADA6A03AF22},
    {-699459270432831092LL, -588933292LL, 0x41D1B29B6C42A840},
    {759424149622LL, 8748257749729695099LL, 0x3E774D7153AD6D81},
    {-4471238913126818LL, -529579142LL, 0x41601A8F85F9F04E},
    {-1808834331072348LL, -13326LL, 0x423F9A91C3E31852},
    {2020715LL, 2854953826645493LL, 0x3E0851CF17EF59B4},
    {82105257767LL, 790713685278LL, 0x3FBA950E191360F6},
    {-86039729251736863LL, -4LL, 0x43531ACAD8A9EDD2},
    {-1408457038164LL, 82495828755450LL, 0xBF917B9A50D1DCDB},
    {4082572593340LL, -2036081341898LL, 0xC0000A788961C141},
    {534898446LL, -243LL, 0xC140CB46161F9ADD},
    {-130956186616947148LL, 1043165349866048LL, 0xC05F626384A029D5},
    {771525607LL, 248001010LL, 0x4008E34844373F63},
    {-202666132068LL, 3507150LL, 0xC0EC3751E73B41BB},
    {799281727125LL, -315073709568LL, 0xC0044B625BE4C4FD},
    {-1597343743707764044LL, 15983LL, 0xC2D6B94896CCBFB6},
    {-1053195276153LL, 701934414002LL, 0xBFF801B6AC5004AD},
    {-2364168194LL, -49117811861160LL, 0x3F093C3FAF520E27},
    {10242521081510376LL, -1201625112LL, 0xC160420E55740544},
    {-72215002537969LL, 49LL, 0xC275723DE6D0F5E1},
    {-97392463892348245LL, 1178862825415752251LL, 0xBFB5264BD3A2598A},
    {-833572632605208LL, 63LL, 0xC2A8114F4252DC31},
    {-51673740940285288LL, -2807031827422671786LL, 0x3F92D9B95EC1E771},
    {-101703864350LL, 26211203652947049LL, 0xBED0464C5C602AC7},
    {-9896183978607593LL, -325813724396745522LL, 0x3F9F1A4BBA42DBC8},
    {234922283LL, -149558LL, 0xC0988B1BC2B1811F}, {386575052LL, -2823144LL, 0xC0611DC83381755F},
    {3458198906215LL, 2017LL, 0x41D98C65C790880F}, {-40819225976118LL, 50LL, 0xC267C289E5AC4B85},
    {564954220100694LL, -1400820237335897LL, 0xBFD9CFB509D78461},
    {-1070761537863653160LL, 4032137880LL, 0xC1AFA826510601E0},
    {-5453236596391138LL, 18318176183760658LL, 0xBFD30D70F6A934C4},
    {12243822273LL, 14LL, 0x41CA105A86E49249}, {-61453140LL, -86461497642500LL, 0x3EA7D95BD0E72171},
    {29890082LL, 104LL, 0x41118AB289D89D8A}, {-12041868796219LL, 174068233LL, 0xC0F0E3B03AF50BA2},
    {1259979853678642403LL, -1817190LL, 0xC2642DFCE3590946},
    {-28861651LL, 5996334233LL, 0xBF73B705CAF2C555},
    {1464968090113LL, -133258420421411283LL, 0xBEE70E0E84A249D2},
    {-3531565125913608610LL, -121009084421250LL, 0x40DC80130B0C100E},
    {-108905407LL, 15469830LL, 0xC01C28D08B56D1B5},
    {17179671756574865LL, 135726779088LL, 0x40FEE6F6728E48C4},
    {-112619698306363LL, -629085101295LL, 0x406660AF583B4D6E},
    {-6457871052165062LL, 3795LL, 0xC278C33F5E2D885B},
    {-146737917LL, 148086242336817551LL, 0xBE1106009661AD46},
    {-2870751157594116210LL, -92LL, 0x435BB6ED31F15943}, {-4563919108LL, 52LL, 0xC194ECE9EC9D89D9},
    {217967155378843378LL, -452549LL, 0xC25C090B0E4EC611},
    {20335113LL, 31013417389707451LL, 0x3E06877D3327F649},
    {-2486982750516415697LL, -1092990471802155892LL, 0x4002340130441533},
    {-294542018964LL, -103LL, 0x41E54E5052827C46},
    {-25553163118862LL, 7024419961917371LL, 0xBF6DCCF03A920B97},
    {-4919015853189LL, -723949832948784833LL, 0x3EDC7FBE9B65ACFF},
    {-24828153LL, -536632322842LL, 0x3F0841CC44F659A2},
    {1831960317455912LL, 249LL, 0x429AC3FDF175F240},
    {3983710400LL, -131171415547715346LL, 0xBE604E0EA310CB62},
    {114069581436921LL, -777LL, 0xC2411735D96281FA},
    {32830062LL, -29342111619233816LL, 0xBE1338D9AF36AA22},
    {144161314229590100LL, -389749099101466LL, 0xC0771E1E1F2FB5AE},
    {4669455692181753044LL, 9095099685708LL, 0x411F55EDDC0CAE4F},
    {255875437063569LL, 2279900LL, 0x419AC2093D329D9C},
    {68528288631659LL, 673441LL, 0x419842D73B42E91E},
    {-1741462541456371071LL, 65246LL, 0xC2B8466AB953180F},
    {-7602859986LL, 547511LL, 0xC0CB1F1C93F1E663},
    {611616338452LL, 110037457260572036LL, 0x3ED75021BAA61B44},
    {-356187031LL, -1661792593LL, 0x3FCB6F7632080FD6},
    {-10002658LL, -39499309LL, 0x3FD03505EF2F9704},
    {-9311979486271LL, -38337087LL, 0x410DA68B5A37EBEB},
    {-51030815508587LL, 685712319LL, 0xC0F22B427194A703},
    {13812475873924786LL, 4895384660088803LL, 0x4006927E72D185F2},
    {-818080167280980118LL, 1984473976367794LL, 0xC079C3D84F56BCB6},
    {737575611457849791LL, 2LL, 0x439478CA38B7DF93},
    {3715873315493LL, -459774LL, 0xC15ED4890ACB7366}, {454030974LL, -16LL, 0xC17B0FF67E000000},
    {8491369621LL, -4912620561579488LL, 0xBEBCFFC494F7C101},
    {2978490643LL, 2406920535862364381LL, 0x3E154272BE66ED63},
    {79796286954LL, 50833LL, 0x4137F3ED50CDE02F},
    {3242371051316783LL, -12829499284694020LL, 0xBFD02CB1326B420D},
    {-14517790LL, 727022730LL, 0xBF9472B53124388A},
    {36572994018320815LL, 2927543LL, 0x420744FF07265EE7},
    {-7409361553082075844LL, 1429672410970600085LL, 0xC014BAF0BBEFE539},
    {-1067051385082LL, -289LL, 0x41EB825977B16253}, {4448650280250611LL, 278LL, 0x42AD1BAB7AD07040},
    {24176497623LL, -2109305801LL, 0xC026EC748DC9C69D}, {1248908544LL, 3LL, 0x41B8D04700000000},
    {-124319513831LL, 3555440413537399LL, 0xBF02550E75D9AF7D},
    {162466154179453LL, -81330LL, 0xC1DDC44D6A042A48},
    {3854029973486658267LL, -8222040747LL, 0xC1BBF07628F12FFA},
    {-104980129LL, -2272329500892118357LL, 0x3DC965FABC34408E},
    {1761530425081LL, -6666226LL, 0xC11020DC1F38FF58},
    {-190995005LL, -1706697717007052640LL, 0x3DDEC2E71E80640E},
    {217207655253LL, -2005LL, 0xC199D41F0C8DFB26},
    {-1906717802837LL, -13654150075359LL, 0x3FC1DFD9580A7699},
    {2491980639438LL, -106378092LL, 0xC0D6E06C6BB81F0E},
    {35110071480694422LL, 71819245934LL, 0x411DD68CADA4CF49},
    {193073460321845LL, 3851156LL, 0x4187E7DC4C55CBCC},
    {20566757075102239LL, -944792186262LL, 0xC0D5422346C69A4A},
    {-144065070673101869LL, 20872080LL, 0xC1F9B6887A442A74},
    {-10871643454457079LL, 3LL, 0xC329BFCD297C2DFA},
    {-2814648902626238169LL, -58160177LL, 0x4226891B719BEABE},
    {-6729439300LL, 191990702LL, 0xC041868298398FB7},
    {112846927489LL, -16037824419LL, 0xC01C252B8ED81EDE},
    {-225044600861784576LL, 240643183841246LL, 0xC08D396FDBD45F68},
    {14095529254736352LL, -448277853550644364LL, 0xBFA019649C0E9C88},
    {230800265615506LL, -658776263LL, 0xC115622BDE1E1CFF},
    {486258058552LL, -1795193004LL, 0xC070EDDE202ECCFA},
    {-15761515794LL, 4567LL, 0xC14A549373EB98A3},
    {-359415877070242LL, 198101110631284462LL, 0xBF5DB9BF629B3285},
    {237416678165557336LL, 834800759666461475LL, 0x3FD23398C08F2237},
    {INT64_MIN, 1LL, 0xC3E0000000000000}, {INT64_MIN, -1LL, 0x43E0000000000000},
    {9223372036854775807LL, 1LL, 0x43E0000000000000},
    {9223372036854775807LL, 3LL, 0x43C5555555555555}, {9007199254740993LL, 1LL, 0x4340000000000000},
    {9007199254740995LL, 1LL, 0x4340000000000002},
    {9223372036854775807LL, 9223372036854775806LL, 0x3FF0000000000000},
    {1LL, 9223372036854775807LL, 0x3C00000000000000}, {-1LL, INT64_MIN, 0x3C00000000000000},
    {0LL, -5LL, 0x8000000000000000}, {0LL, 5LL, 0x0000000000000000}, {7LL, 2LL, 0x400C000000000000},
    {6LL, 3LL, 0x4000000000000000}, {-7LL, 2LL, 0xC00C000000000000},
    {4611686018427387905LL, 4611686018427387904LL, 0x3FF0000000000000},
    {18014398509481986LL, 2LL, 0x4340000000000000}, {18014398509481990LL, 2LL, 0x4340000000000002},
};
const size_t int64_divide_cases_count = sizeof int64_divide_cases / sizeof int64_divide_cases[0];

// int <=> double: sign * (m * 2^shift + delta), x -> exact order (279 cases)
const CompareCase compare_cases[] = {
    {{1, 0x3A0D52BCEC072DU, 493, -7610448756}, 0x8000000000000000, NUM_GREATER},
    {{-1, 0xF7CBACEA55C5800U, 343, 0}, 0xD91EF9759D4AB8B0, NUM_EQUAL},
    {{1, 0x325C9A28A5FE4FU, 691, 1}, 0x6E792E4D1452FF28, NUM_LESS},
    {{1, 0x313ECA4D60E174U, 330, -1}, 0x57E89F6526B070BA, NUM_LESS},
    {{-1, 0x5CBB3D264B3U, 5, -825}, 0xC2E72ECF499264E0, NUM_EQUAL},
    {{1, 0x6E9422352DE2607EU, 368, -482522468758273736}, 0x5ADBA5088D4B7898, NUM_GREATER},
    {{1, 0x268E758740AFF4U, 848, -1}, 0x412F9E00221701E4, NUM_GREATER},
    {{-1, 0x366ED4CBA9A081U, 444, 1}, 0xC9A66C951B39CE3D, NUM_LESS},
    {{-1, 0x9CEBD8BE9BEB900U, 427, -1}, 0xDE539D7B17D37D72, NUM_GREATER},
    {{1, 0x78F36D49D2DD9956U, 473, 2332364951211076190}, 0xC3E0000000000000, NUM_GREATER},
    {{-1, 0xA2EDD446C096CED2U, 155, 813023037197845946}, 0x4296B9BA2E598A25, NUM_LESS},
    {{-1, 0x2B3B8F86F57CAE43U, 0, -620}, 0x7FF0000000000000, NUM_LESS},
    {{1, 0x2926015F10B59DU, 457, 1}, 0x0123AB3D1AEE46C6, NUM_GREATER},
    {{1, 0xCB15925A5FU, 7, 980}, 0x4139718B221F2235, NUM_GREATER},
    {{1, 0xA295CA34D44BB00U, 7, 1}, 0x441452B9469A8976, NUM_GREATER},
    {{-1, 0x29AF0EF7216880U, 0, 0}, 0xC344D7877B90B440, NUM_EQUAL},
    {{-1, 0x2CFE587U, 0, 0}, 0xC1867F2C3F0D7FED, NUM_GREATER},
    {{1, 0x21B2760AAD3B9DU, 182, 1}, 0x4EA0D93B05569DCF, NUM_LESS},
    {{1, 0xAA8788E4F095F00U, 477, -1}, 0x617550F11C9E12BE, NUM_LESS},
    {{1, 0x3F17923FB25D17U, 4, 1}, 0x438F8BC91FD92E8C, NUM_LESS},
    {{1, 0xF66E84748BE2E00U, 113, 1}, 0x4ABECDD08E917C5C, NUM_GREATER},
    {{1, 0x1ADU, 9, 230}, 0x7FF0000000000000, NUM_LESS},
    {{-1, 0xF8CU, 4, 61}, 0xC0EF1FA000000000, NUM_EQUAL},
    {{1, 0xD06A81AD379782CU, 11, -958}, 0x43F0000000000000, NUM_GREATER},
    {{1, 0xA352C06B7A20B80U, 524, -1}, 0x64646A580D6F4417, NUM_LESS},
    {{1, 0x2A1D3DA5AF09FBU, 279, 0}, 0xFFEFFFFFFFFFFFFF, NUM_GREATER},
    {{-1, 0x6209AB83U, 8, 385}, 0x7FEFFFFFFFFFFFFF, NUM_LESS},
    {{-1, 0x37ADF703700EA9U, 825, -1}, 0xFFF0000000000000, NUM_GREATER},
    {{1, 0xC362A2A1E1D36ED6U, 188, -1416770924800280844}, 0x4FA86C54543C3A6E, NUM_LESS},
    {{1, 0x369D465585F5DBU, 76, 0}, 0x480B4EA32AC2FAEE, NUM_LESS},
    {{-1, 0x459D44346727BF82U, 118, 1851608054113165318}, 0x4018000000000000, NUM_LESS},
    {{1, 0x856015C7DE634A69U, 822, 3478574865878463187}, 0xAD5CBE364F6DB47F, NUM_GREATER},
    {{1, 0xBA6U, 5, -929}, 0xC4E3B348BCCB48DD, NUM_GREATER},
    {{1, 0xA045206ED9C7800U, 924, -1}, 0x7D6408A40DDB38F0, NUM_LESS},
    {{-1, 0x1D993D0AU, 1, 218}, 0xB64B34FC0A75E2CC, NUM_LESS},
    {{1, 0x2F600BAB37E8E9U, 784, 1}, 0x44E431FFB34BA804, NUM_GREATER},
    {{-1, 0x1102C9U, 9, -207}, 0xC1C102C898800000, NUM_EQUAL},
    {{1, 0x3931EECD879C28F5U, 7, 865}, 0xBFD8000000000000, NUM_GREATER},
    {{-1, 0x2B8E9DFA23CF5DU, 890, -1}, 0xFFF0000000000000, NUM_GREATER},
    {{-1, 0x2130C1DF99C231U, 677, 636075359411}, 0xBFE999999999999A, NUM_LESS},
    {{1, 0x9E2C0F67D482E00U, 126, -1}, 0x4B83C581ECFA905C, NUM_LESS},
    {{-1, 0x73C7F92A1561D3EAU, 1094, -731646561669156029}, 0xA04D3D2A53A48B50, NUM_LESS},
    {{-1, 0x29DAFAD3184067U, 1004, 0}, 0xC01799999999999A, NUM_LESS},
    {{1, 0x3801D537ABAC29U, 295, 1}, 0x3FE0000000000000, NUM_GREATER},
    {{1, 0x37D1FE374A3C57U, 944, 1}, 0x7E4BE8FF1BA51E2C, NUM_LESS},
    {{-1, 0x2C37D8B43ED878F3U, 291, 2294908250737872529}, 0xD5F61BEC5A1F6C3C, NUM_LESS},
    {{1, 0x3476CC23355153U, 583, -1}, 0x4340000000000001, NUM_GREATER},
    {{1, 0xD2ADC43D0460980U, 95, -1}, 0x499A55B887A08C13, NUM_LESS},
    {{1, 0xB92E89534FB3880U, 902, -1}, 0x7C0725D12A69F671, NUM_LESS},
    {{-1, 0x26703FF2E3BFB9U, 9, 0}, 0xC3D3381FF971DFDC, NUM_LESS},
    {{-1, 0x2AU, 0, 0}, 0xC045400000000000, NUM_GREATER},
    {{-1, 0x3DB08AA3815487U, 937, -1}, 0xFDDED84551C0AA43, NUM_LESS},
    {{-1, 0x226BC06713A36DU, 792, 0}, 0x3E88AFB0D98DAB22, NUM_LESS},
    {{1, 0x5C8B9DE3F6231F00U, 833, -952213775784748816}, 0xC4436F3105862883, NUM_GREATER},
    {{1, 0x286F54CD99BE95U, 222, 0}, 0x512437AA66CCDF4A, NUM_GREATER},
    {{1, 0x3AC9170A1A8DABU, 596, 1}, 0x688D648B850D46D6, NUM_LESS},
    {{-1, 0x3E00703164860FU, 1032, -1}, 0x99884F7642A44A02, NUM_LESS},
    {{1, 0xFBE61615C8B96517U, 1028, -3264250587897341792}, 0x3FD147AE147AE148, NUM_GREATER},
    {{1, 0x7EB3B77U, 11, 737}, 0xC054400000000000, NUM_GREATER},
    {{1, 0x343U, 10, 457}, 0x0D80260D3785C4D6, NUM_GREATER},
    {{-1, 0x3F857262B7FAFDU, 217, 0}, 0xD0DFC2B9315BFD7E, NUM_LESS},
    {{1, 0xD01FB5DF5U, 4, 137}, 0x426A03F6BBFB2000, NUM_EQUAL},
    {{-1, 0xDECB6B677878E00U, 569, 1}, 0xE73BD96D6CEF0F1C, NUM_LESS},
    {{1, 0x55EF75U, 9, -813}, 0x44D1B4F04E07A173, NUM_LESS},
    {{1, 0x380DE8310384ADU, 366, -489317775386}, 0x4C3212AD1B9BCB49, NUM_GREATER},
    {{-1, 0x9F7F0C9763DAD28FU, 225, -1134599920931695286}, 0xD1F3EFE192EC7B5A, NUM_LESS},
    {{-1, 0xAA0F4751AF394EBAU, 175, -1841065475062485182}, 0xCED541E8EA35E72A, NUM_GREATER},
    {{1, 0x7C2F3CC2FECE52FAU, 149, -4092410403252806818}, 0x0000000000000000, NUM_GREATER},
    {{1, 0x267BAD6580F5B3U, 963, -1}, 0x7F733DD6B2C07AD9, NUM_GREATER},
    {{1, 0xDEF2B9EC89E5B267U, 785, -758289409047557637}, 0x74FBDE573D913CB6, NUM_GREATER},
    {{1, 0x82FDBE1EE18F6C89U, 684, -80777353814010664}, 0x44CDAA8558C234B7, NUM_GREATER},
    {{1, 0x20ED400EAE3E33BCU, 870, 1261978822608529342}, 0x5BF6865F5C53F988, NUM_GREATER},
    {{1, 0xF4CBC344E6EFDU, 8, 132}, 0xC044800000000000, NUM_GREATER},
    {{-1, 0xA3B2B533F52DC00U, 725, -1}, 0xF0F47656A67EA5B8, NUM_GREATER},
    {{-1, 0xA8A76D7A346C9156U, 45, 3697504911194360794}, 0xC6B514EDAF468DC5, NUM_LESS},
    {{-1, 0xB28ED19408E2700U, 54, 1}, 0xC70651DA32811C4E, NUM_LESS},
    {{1, 0x83514F2498D3EAC9U, 908, 1561107616759467474}, 0x7CA06A29E4931A7D, NUM_GREATER},
    {{1, 0x24FD0648B7975FU, 757, 592266657507}, 0x72927E83245BCBB0, NUM_LESS},
    {{1, 0xAA93CF7DD67A0B0AU, 123, 2379272705270497563}, 0x4B955279EFBACF41, NUM_GREATER},
    {{-1, 0x23167D09BE4BA7U, 117, -1}, 0xCA918B3E84DF25D3, NUM_LESS},
    {{1, 0x241280A2A33775U, 490, 0}, 0xBFDA94589EB697B1, NUM_GREATER},
    {{1, 0x27C404C1E239A9U, 502, -217419873804}, 0x62A3E20260F11CD4, NUM_GREATER},
    {{-1, 0xF43CA673CBA6C00U, 668, 1}, 0xED6E8794CE7974D8, NUM_LESS},
    {{-1, 0xE3DFBDB0EA5C100U, 9, 0}, 0xC43C7BF7B61D4B82, NUM_EQUAL},
    {{-1, 0xFC4D63863C89300U, 565, -1}, 0xE6FF89AC70C79126, NUM_GREATER},
    {{-1, 0x303E5BF97586F9U, 361, 0}, 0x4340000000000001, NUM_LESS},
    {{1, 0x41794D97CE93132DU, 880, -805546444721600321}, 0x7AD05E5365F3A4C5, NUM_LESS},
    {{-1, 0x3FFB488C221599U, 992, 1}, 0xC335C317B7F3C521, NUM_LESS},
    {{-1, 0x8FB9F51D9CAF29U, 916, 3342564666677590356}, 0xFCA1F73EA3B395E5, NUM_LESS},
    {{-1, 0x27029EFD991604DEU, 112, -3740237494011376000}, 0xC0B451ED3C91DD35, NUM_LESS},
    {{1, 0x1A694602E84CU, 10, -119}, 0x0000000000000001, NUM_GREATER},
    {{-1, 0x30F85C5A5E62D5U, 289, 1}, 0xD5587C2E2D2F316B, NUM_GREATER},
    {{1, 0x2067F5D1D4CE670U, 319, -1418435557412761295}, 0x44EA27CAA9DD391B, NUM_GREATER},
    {{-1, 0xE79E0415AE06720BU, 519, 1553092929940293260}, 0x44E6115C96ED46F8, NUM_LESS},
    {{-1, 0xC5D1797BAD59E00U, 752, 1}, 0xF2A8BA2F2F75AB3C, NUM_LESS},
    {{-1, 0x1A4C6AB712CB748AU, 6, 463}, 0xC41A4C6AB712CB75, NUM_GREATER},
    {{1, 0x3AFEBBDE19652AU, 46, -1}, 0xAC780CB538A8DF01, NUM_GREATER},
    {{1, 0x2F6E8DDC04DF7BU, 323, 0}, 0x4020333333333333, NUM_GREATER},
    {{-1, 0xCDFBCB8D49CE580U, 797, -1}, 0xF579BF7971A939CB, NUM_GREATER},
    {{-1, 0x306U, 0, 0}, 0xC088300000000000, NUM_EQUAL},
    {{1, 0xDA5A465B405F100U, 350, 0}, 0x598B4B48CB680BE2, NUM_EQUAL},
    {{-1, 0x21BF1F3EF49411U, 368, 498929711208}, 0xDA40DF8F9F7A4A09, NUM_GREATER},
    {{-1, 0x804217C5F35C180U, 420, -1}, 0xDDE00842F8BE6B83, NUM_GREATER},
    {{-1, 0x4964B2613E23195U, 111, -3137118416333608814}, 0xCA82592C984F88C6, NUM_LESS},
    {{-1, 0x2B74EDF0FDD030U, 394, 0}, 0x7FF0000000000000, NUM_LESS},
    {{1, 0x39U, 8, 1}, 0x40CC808000000000, NUM_EQUAL},
    {{1, 0x9070D0F87773F208U, 693, 1604881937371695456}, 0x6F320E1A1F0EEE7E, NUM_GREATER},
    {{-1, 0x34A0712EC43336C8U, 679, 3006700928837839218}, 0xEE3A50389762199B, NUM_LESS},
    {{-1, 0xE42E5F6AB2B32081U, 486, 2757374783477830154}, 0xE24C85CBED565664, NUM_LESS},
    {{1, 0xA8E9E6901990BA98U, 24, -822625255362520996}, 0x45651D3CD095E06D, NUM_GREATER},
    {{-1, 0x2C28326D2C78B5U, 643, 0}, 0xEF6EAAD54078D440, NUM_GREATER},
    {{-1, 0x37100CFF3447F3U, 634, 589734972963}, 0x4155E8C9F28B3080, NUM_LESS},
    {{1, 0x48D17U, 0, 0}, 0x4112345FCE0FE8AC, NUM_LESS},
    {{-1, 0x31432ADF977FF7U, 609, 1}, 0xBFE0000000000000, NUM_LESS},
    {{1, 0x4E91F6D3B3D78C5FU, 23, -1594578867938836272}, 0x4543A47DA9DC6B5F, NUM_GREATER},
    {{1, 0xBFB9213853C77DABU, 325, 1501857348410181714}, 0x5837F724270A78F0, NUM_LESS},
    {{-1, 0x131C31ECDECABCBCU, 632, 4304615219630834874}, 0xC033400000000000, NUM_LESS},
    {{-1, 0x262C63FA234BACB5U, 987, -4034560265025198593}, 0xC3E0000000000000, NUM_LESS},
    {{-1, 0x3DC8245842D9D1U, 324, 1}, 0xD78EE4122C216CE9, NUM_GREATER},
    {{-1, 0x292F32E7A1EBD3U, 714, -1}, 0x994DD3C1FFAF31CA, NUM_LESS},
    {{1, 0x257FC594505D91U, 1047, 1}, 0x4018000000000000, NUM_GREATER},
    {{-1, 0x275U, 0, 0}, 0xC083A80000000000, NUM_EQUAL},
    {{1, 0xFU, 2, -739}, 0xC085380000000000, NUM_EQUAL},
    {{1, 0x28F557ACF86AB1U, 553, 0}, 0x733332764644B1F7, NUM_LESS},
    {{-1, 0x2F89EA2AA7EFE7U, 20, 558371132521}, 0xC487C4F515580800, NUM_GREATER},
    {{1, 0x3AFAAF19F4C5C9U, 857, -1}, 0x4340000000000000, NUM_GREATER},
    {{-1, 0x36A14B1212FF3FU, 1010, -1}, 0x4022C00000000000, NUM_LESS},
    {{1, 0x6D761FFC7207B1E3U, 914, -2191290533977931110}, 0x7CFB5D87FF1C81EC, NUM_GREATER},
    {{1, 0xCACB840276A2180U, 718, 1}, 0x70895970804ED443, NUM_GREATER},
    {{1, 0x2B024DF3F6A59DU, 997, 1}, 0x41368F70F3C042D5, NUM_GREATER},
    {{-1, 0xD5B99F17CEB0E000U, 0, 0}, 0xC3EAB733E2F9D61C, NUM_EQUAL},
    {{-1, 0x38947F8F0A63FFU, 167, 0}, 0xCDBC4A3FC7853200, NUM_GREATER},
    {{-1, 0xA8A8ECAAA876F00U, 652, 1}, 0xEC65151D95550EDE, NUM_LESS},
    {{-1, 0x29520D9AA7067EU, 29, 0}, 0xC514A906CD53833F, NUM_EQUAL},
    {{1, 0x36F3EF4F36A32FU, 311, 254752878747}, 0x4497B9027BB95909, NUM_GREATER},
    {{1, 0x2BE37CD9BA331AU, 447, 0}, 0xC231F0779088920A, NUM_GREATER},
    {{1, 0x5E7DC980BU, 8, 262}, 0x400199999999999A, NUM_GREATER},
    {{1, 0x8F04226042ADE00U, 112, -1}, 0x4AA1E0844C0855BC, NUM_LESS},
    {{-1, 0x34644AB49564CBU, 131, 1}, 0xC3E0000000000000, NUM_LESS},
    {{-1, 0x2BD111A3C167F7U, 2, 1}, 0xC2D03058EACA72CD, NUM_LESS},
    {{-1, 0x39CDC634EC5972U, 861, -1}, 0x1C75E9B7843486FE, NUM_LESS},
    {{-1, 0xEF8D969D3252254CU, 224, 1213392521863279457}, 0x4021800000000000, NUM_LESS},
    {{-1, 0x1U, 2, 336}, 0xC4E7F89C0327D09B, NUM_GREATER},
    {{-1, 0x3E3E98B8106ADAU, 408, 0}, 0xC028800000000000, NUM_LESS},
    {{1, 0x1BF12C1391C804EFU, 1040, -2266805140332640569}, 0x43A986FFD0D95E71, NUM_GREATER},
    {{-1, 0x252FDF6CF968FFU, 8, 0}, 0xC1CBC2AC518F4881, NUM_LESS},
    {{1, 0x3A16A415D86871U, 56, -1}, 0x3FE4000000000000, NUM_GREATER},
    {{-1, 0x3F147540077F0BU, 639, -421300214568}, 0xEB3F8A3AA003BF85, NUM_LESS},
    {{1, 0x215BE2D43728D3U, 257, 0}, 0x443458C73DF2467B, NUM_GREATER},
    {{1, 0xFC0D7A6686C27DF8U, 808, 2021888058122886935}, 0x44D63497CA1F41E0, NUM_GREATER},
    {{1, 0xE77BFECB4D7AF00U, 869, -1}, 0x79FCEF7FD969AF5E, NUM_LESS},
    {{1, 0x387AFB6DABAFA9U, 669, 1}, 0x6D1C3D7DB6D5D7D5, NUM_LESS},
    {{1, 0x33645838A83EC6U, 204, -1}, 0x5009B22C1C541F63, NUM_LESS},
    {{-1, 0x38A4DB30F62C7DU, 854, 624725917688}, 0xF8AC526D987B163F, NUM_GREATER},
    {{1, 0x7D813DDD7C864D90U, 102, 3941734921537567787}, 0x4A3F604F775F2193, NUM_GREATER},
    {{1, 0xA237ECC62779900U, 329, 0}, 0x583446FD98C4EF32, NUM_EQUAL},
    {{1, 0x373B6DA2176940U, 91, 1}, 0x48FB9DB6D10BB4A0, NUM_GREATER},
    {{-1, 0x2CDA873EE4F8AD9DU, 1055, 2374428572074719002}, 0xBF483D7D0EB3EDB8, NUM_LESS},
    {{-1, 0xEC1A0654B2C84906U, 1095, -2800236241343394068}, 0xC008FED81615AF21, NUM_LESS},
    {{1, 0xB698519854B590F0U, 1069, -4289557340256489026}, 0xC4E566DF53E0E187, NUM_GREATER},
    {{1, 0x30B67507D45FF1U, 612, 1}, 0x3FE570A3D70A3D71, NUM_GREATER},
    {{-1, 0x1F2EFC767U, 2, 806}, 0xC00F000000000000, NUM_LESS},
    {{1, 0x2969E88F885FA3U, 339, 984914542285}, 0x44EF6B3D5005F2E3, NUM_GREATER},
    {{1, 0x1DEE3CB5D82E6CD6U, 322, 2324682038062060482}, 0x4340000000000001, NUM_GREATER},
    {{1, 0x2E3F34C7F85006U, 292, 0}, 0x55871F9A63FC2803, NUM_EQUAL},
    {{1, 0x585B3U, 5, -960}, 0x4166165400000000, NUM_EQUAL},
    {{1, 0x2D3319BF6EBCD5U, 637, -1}, 0x44E97BAA496F3F97, NUM_GREATER},
    {{-1, 0x2BFD98915B3B75U, 731, 1}, 0x4340000000000000, NUM_LESS},
    {{1, 0x273E29239B3F5C71U, 1099, -2030387434333079819}, 0x30C7DB82FE4AA8B3, NUM_GREATER},
    {{-1, 0xCD95B3B0F9BF2CFAU, 467, -100298173046422142}, 0x4469B7EC7B144B47, NUM_LESS},
    {{1, 0xAF438603DEBB26AEU, 217, 4574501897202988399}, 0xC4413E9ADB77443B, NUM_GREATER},
    {{1, 0x378462C5E20074U, 829, 0}, 0x771BC23162F1003A, NUM_EQUAL},
    {{-1, 0x2DF3B655D1ECD7U, 648, 0}, 0xEBC6F9DB2AE8F66C, NUM_GREATER},
    {{1, 0xA3D59006E34D28FFU, 1033, 107138212340655690}, 0xC4B3717609AFF409, NUM_GREATER},
    {{-1, 0x37AEB3978EEBB5U, 520, 0}, 0xE3CBD759CBC775DA, NUM_LESS},
    {{1, 0x31FU, 0, 0}, 0x4088F80000000000, NUM_EQUAL},
    {{1, 0x36AF6F305AU, 4, 32}, 0xC047800000000000, NUM_GREATER},
    {{1, 0xFCD6FD398505957FU, 201, -3446488439816723753}, 0x507F9ADFA730A0B3, NUM_LESS},
    {{1, 0xB42C84CEDE40100U, 473, 0}, 0x6136859099DBC802, NUM_EQUAL},
    {{-1, 0x13961C22877FA7U, 5, 928}, 0xC013000000000000, NUM_LESS},
    {{-1, 0x8403018ACA87ED9BU, 876, 91007514267710152}, 0xFAA08060315950FE, NUM_GREATER},
    {{-1, 0x21FD16C6AC310BU, 448, 0}, 0x4042800000000000, NUM_LESS},
    {{1, 0x3C51795941430669U, 926, 2736424499708216878}, 0x7DAE28BCACA0A183, NUM_GREATER},
    {{-1, 0xEDA19U, 6, 312}, 0x42C8849B136BBBF1, NUM_LESS},
    {{-1, 0x3734B974F58CDBU, 381, 0}, 0x19997DC2A1522F4B, NUM_LESS},
    {{-1, 0x2B83517E1A3A41U, 533, 0}, 0xE495C1A8BF0D1D20, NUM_LESS},
    {{-1, 0xCFB7B1111583E80U, 23, -1}, 0xC519F6F62222B07D, NUM_GREATER},
    {{-1, 0x2C61F61895B1E3U, 1081, 1}, 0x401C800000000000, NUM_LESS},
    {{1, 0x127C628A7FU, 2, -3}, 0x42527C628A7E4000, NUM_EQUAL},
    {{1, 0x7ACU, 11, -844}, 0xCC1F5ED900A34C3C, NUM_GREATER},
    {{-1, 0x3FCF3DB5AE07ABU, 947, 0}, 0xFE7FE79EDAD703D6, NUM_GREATER},
    {{1, 0x37BA45353774ADU, 835, 1}, 0x777BDD229A9BBA57, NUM_LESS},
    {{1, 0xE91A43CEE7806710U, 494, -3745358394076125244}, 0x62CD234879DCF00D, NUM_LESS},
    {{-1, 0x32F9A3EB1A5BE1U, 492, 0}, 0x20FDCBFE98487FA3, NUM_LESS},
    {{-1, 0xFAEDCA32D33D200U, 931, -1}, 0xFDDF5DB9465A67A4, NUM_GREATER},
    {{1, 0x34B725749U, 10, -441}, 0x42AA5B92BA448E00, NUM_EQUAL},
    {{-1, 0x3BDBBBFF6C5B42U, 107, 0}, 0x44DC02DF47858799, NUM_LESS},
    {{1, 0x2070D931260EB5U, 135, 0}, 0xC049000000000000, NUM_GREATER},
    {{-1, 0x31501C3392061DU, 938, -1}, 0xC190A002FB86FF26, NUM_LESS},
    {{-1, 0xC234A7109228AB1U, 10, 432}, 0xA2A2CF130105A194, NUM_LESS},
    {{-1, 0x336E7B8568FB1FU, 19, 0}, 0x8000000000000000, NUM_LESS},
    {{-1, 0x3F27FF1141D3FDU, 534, 0}, 0xE4AF93FF88A0E9FE, NUM_LESS},
    {{-1, 0x34C240D67EC6E7U, 322, 0}, 0xD76A61206B3F6374, NUM_GREATER},
    {{1, 0x34BAB8A3933901U, 143, 0}, 0xBFE0000000000000, NUM_GREATER},
    {{1, 0x87EA806E5E47724CU, 86, -3859659849948474260}, 0xACBC9EC499A205AB, NUM_GREATER},
    {{-1, 0xA2D53B84D5A7B00U, 549, 1}, 0xE5F45AA7709AB4F6, NUM_LESS},
    {{1, 0x26614DA7BF540EU, 830, 850052863076}, 0x772330A6D3DFAA07, NUM_GREATER},
    {{1, 0x2129A6CD6B424609U, 939, -1286545113103470337}, 0xC4C06BC3E4C571CA, NUM_GREATER},
    {{1, 0x2DD5E7FD45CB0BU, 846, 97400753142}, 0x4251592CCA886D2D, NUM_GREATER},
    {{1, 0xC6D87C7F48B0E00U, 114, 0}, 0x4AC8DB0F8FE9161C, NUM_EQUAL},
    {{-1, 0x7440CF407U, 8, 304}, 0x44ED389591A98773, NUM_LESS},
    {{1, 0x339295727896F7U, 647, 1}, 0x7FF8000000000000, NUM_UNORDERED},
    {{-1, 0x3F664882F14U, 0, 0}, 0xC28FB3244178A000, NUM_EQUAL},
    {{1, 0x3F691D817U, 2, -986}, 0x40D9FE1E251F375F, NUM_GREATER},
    {{1, 0x269380FC4A6ECDU, 281, 1}, 0xC511F3F13A03E20D, NUM_GREATER},
    {{1, 0xF78F266B8061500U, 269, -1}, 0x547EF1E4CD700C2A, NUM_LESS},
    {{-1, 0x3BDBF0489FAE6BU, 96, 1}, 0xC94DEDF8244FD736, NUM_GREATER},
    {{1, 0x89498A9698C0843CU, 667, -3816239544935060567}, 0x6D91293152D31811, NUM_LESS},
    {{-1, 0x39CA481235C475U, 558, 0}, 0xE62CE524091AE23A, NUM_LESS},
    {{-1, 0x7739E49E16AE224FU, 582, -889276120064494450}, 0xE83DCE792785AB89, NUM_GREATER},
    {{-1, 0x742750EA332EF49EU, 364, 1106457127224371884}, 0xDA9D09D43A8CCBBD, NUM_LESS},
    {{1, 0xFF442454B9668E2U, 4, 565}, 0xBF7B6BE8299E71C9, NUM_GREATER},
    {{1, 0x2137ECF18E6105U, 365, 1}, 0x5A109BF678C73083, NUM_LESS},
    {{1, 0xB1EBU, 5, -78}, 0xC032000000000000, NUM_GREATER},
    {{-1, 0xE336DA51A9FAF80U, 765, 0}, 0xF37C66DB4A353F5F, NUM_EQUAL},
    {{1, 0x1044B5FAC62F5C25U, 477, 909602783257929170}, 0x618044B5FAC62F5C, NUM_GREATER},
    {{-1, 0xA9CC85F28630A80U, 653, -1}, 0xEC753990BE50C615, NUM_GREATER},
    {{1, 0x390755C3FCD3B3U, 184, 0}, 0x4ECC83AAE1FE69DA, NUM_LESS},
    {{1, 0x4U, 0, 0}, 0x4010000000000000, NUM_EQUAL},
    {{1, 0x3BF7FBDF59EBDCU, 0, 0}, 0x434DFBFDEFACF5EE, NUM_EQUAL},
    {{1, 0xBU, 8, 790}, 0x44991525BD5804C2, NUM_LESS},
    {{1, 0x2566F639A6A182U, 365, 138105718696}, 0x5A12B37B1CD350C1, NUM_GREATER},
    {{1, 0x316093E5BF0B2BU, 657, 0}, 0x6C58B049F2DF8596, NUM_LESS},
    {{-1, 0x1D9550U, 11, -846}, 0x44E7E5A2EB097418, NUM_LESS},
    {{1, 0x31CC5361E4117FU, 595, 0}, 0x4008CCCCCCCCCCCD, NUM_GREATER},
    {{1, 0xC400523417039A0CU, 864, 829087152199121827}, 0xCCEF2B6B0E5DA51D, NUM_GREATER},
    {{1, 0x20DED4FBCE4279U, 684, 0}, 0x6E006F6A7DE7213C, NUM_GREATER},
    {{-1, 0x2CFB2E03D6C467U, 845, -997907701868}, 0xF8167D9701EB6233, NUM_LESS},
    {{-1, 0xA900D50C827AE00U, 606, 0}, 0xE985201AA1904F5C, NUM_EQUAL},
    {{1, 0x23AD499U, 8, -697}, 0x4201D6A4B2380000, NUM_EQUAL},
    {{1, 0x3212334CA82B1U, 1, 393}, 0x44B4265D6B52639D, NUM_LESS},
    {{1, 0x9D54A2B1B3C57CE1U, 695, 3896649225783923760}, 0x6F53AA94563678B0, NUM_LESS},
    {{1, 0x2BEBC824618361U, 682, 525854536990}, 0xC4E92D22BCCFEBAA, NUM_GREATER},
    {{-1, 0x3F5E0266BU, 0, 0}, 0xC20FAF0133580000, NUM_EQUAL},
    {{1, 0xA7A2071E8087AU, 6, 683}, 0x4384F440E3D01109, NUM_GREATER},
    {{-1, 0x3A844C9A07E639U, 1013, 0}, 0x186352049C04885C, NUM_LESS},
    {{1, 0x24C59A9EF9C28DU, 265, 0}, 0x5C0A114976367B2F, NUM_LESS},
    {{1, 0xFEF367D1D8FA680U, 115, 1}, 0x4ADFDE6CFA3B1F4D, NUM_GREATER},
    {{1, 0xE509F1EEDFE28360U, 289, -1436901315491856422}, 0x55FCA13E3DDBFC50, NUM_GREATER},
    {{1, 0x38FC260EEA6913U, 21, -255025061283}, 0x44E62D2204F33E03, NUM_LESS},
    {{1, 0x20000000000001U, 0, 0}, 0x4340000000000000, NUM_GREATER},
    {{1, 0x20000000000001U, 0, 0}, 0x4340000000000001, NUM_LESS},
    {{1, 0x20000000000000U, 0, 0}, 0x4340000000000000, NUM_EQUAL},
    {{1, 0x7FFFFFFFFFFFFFFFU, 0, 0}, 0x43E0000000000000, NUM_LESS},
    {{1, 0x8000000000000000U, 0, 0}, 0x43E0000000000000, NUM_EQUAL},
    {{1, 0x8000000000000001U, 0, 0}, 0x43E0000000000000, NUM_GREATER},
    {{1, 0xFFFFFFFFFFFFFFFFU, 0, 0}, 0x43F0000000000000, NUM_LESS},
    {{1, 0x8000000000000000U, 1, 0}, 0x43F0000000000000, NUM_EQUAL},
    {{1, 0x8000000000000000U, 1, 1}, 0x43F0000000000000, NUM_GREATER},
    {{1, 0xAD78EBC5AC620000U, 3, 1}, 0x4415AF1D78B58C40, NUM_GREATER},
    {{1, 0xAD78EBC5AC620000U, 3, 0}, 0x4415AF1D78B58C40, NUM_EQUAL},
    {{1, 0xAD78EBC5AC620000U, 3, 0}, 0x4415AF1D78B58C40, NUM_EQUAL},
    {{-1, 0x8000000000000000U, 0, 0}, 0xC3E0000000000000, NUM_EQUAL},
    {{-1, 0x8000000000000001U, 0, 0}, 0xC3E0000000000000, NUM_LESS},
    {{-1, 0x7FFFFFFFFFFFFFFFU, 0, 0}, 0xC3E0000000000000, NUM_GREATER},
    {{1, 0x0U, 0, 0}, 0x0000000000000000, NUM_EQUAL},
    {{1, 0x0U, 0, 0}, 0x8000000000000000, NUM_EQUAL},
    {{1, 0x0U, 0, 0}, 0x0000000000000001, NUM_LESS},
    {{1, 0x0U, 0, 0}, 0x8000000000000001, NUM_GREATER},
    {{1, 0x1U, 0, 0}, 0x3FEFFFFFFFFFFFFF, NUM_GREATER},
    {{1, 0x1U, 0, 0}, 0x3FF0000000000001, NUM_LESS},
    {{-1, 0x1U, 0, 0}, 0xBFEFFFFFFFFFFFFF, NUM_LESS},
    {{1, 0x8000000000000000U, 961, 0}, 0x7FF0000000000000, NUM_LESS},
    {{1, 0x8000000000000000U, 961, 0}, 0x7FEFFFFFFFFFFFFF, NUM_GREATER},
    {{1, 0xFFFFFFFFFFFFF800U, 960, 0}, 0x7FEFFFFFFFFFFFFF, NUM_EQUAL},
    {{1, 0xFFFFFFFFFFFFF800U, 960, 1}, 0x7FEFFFFFFFFFFFFF, NUM_GREATER},
    {{1, 0xFFFFFFFFFFFFF800U, 960, -1}, 0x7FEFFFFFFFFFFFFF, NUM_LESS},
    {{-1, 0x8000000000000000U, 1937, 0}, 0xFFF0000000000000, NUM_GREATER},
    {{1, 0x5U, 0, 0}, 0x7FF8000000000000, NUM_UNORDERED},
};
const size_t compare_cases_count = sizeof compare_cases / sizeof compare_cases[0];

// double -> int: bits, mode -> decimal text or status (305 cases)
const RoundCase round_cases[] = {
    {0xC038000000000000, NUM_CEIL, "-24", NUM_OK}, {0xC028800000000000, NUM_CEIL, "-12", NUM_OK},
    {0x3FE47AE147AE147B, NUM_FLOOR, "0", NUM_OK},
    {0xC18744271A9BDDF2, NUM_TRUNCATE, "-48792803", NUM_OK},
    {0xF322D01F1C5004D6, NUM_CEIL,
        "-4110587884071463379986159897918986919637434490917278895042654398719400298375725406623"
        "99502308616160344936140327147232666398331284294910067376299968455309720807045469702896"
        "1853404028709354014370413737189230043724594915570663011000923329458627149824", NUM_OK},
    {0x0000000000000000, NUM_TRUNCATE, "0", NUM_OK}, {0xAC3511A44F53ECD2, NUM_CEIL, "0", NUM_OK},
    {0x18C83558D2DC8B17, NUM_CEIL, "1", NUM_OK}, {0xBFE0000000000000, NUM_TRUNCATE, "0", NUM_OK},
    {0xC3FCD19D796C360B, NUM_FLOOR, "-33225824768425504768", NUM_OK},
    {0xC010000000000000, NUM_TRUNCATE, "-4", NUM_OK},
    {0xC041800000000000, NUM_FLOOR, "-35", NUM_OK}, {0xC041800000000000, NUM_CEIL, "-35", NUM_OK},
    {0xC041800000000000, NUM_ROUND_EVEN, "-35", NUM_OK},
    {0xC041800000000000, NUM_TRUNCATE, "-35", NUM_OK}, {0xBFC851EB851EB852, NUM_CEIL, "0", NUM_OK},
    {0xC3E0000000000000, NUM_FLOOR, "-9223372036854775808", NUM_OK},
    {0xBF3FA9F619874E83, NUM_CEIL, "0", NUM_OK}, {0x3FC445865A1BC6D0, NUM_FLOOR, "0", NUM_OK},
    {0x3FC445865A1BC6D0, NUM_CEIL, "1", NUM_OK}, {0x3FC445865A1BC6D0, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x3FC445865A1BC6D0, NUM_TRUNCATE, "0", NUM_OK},
    {0x44EE979A89CDB8E8, NUM_ROUND_EVEN, "1155740707991737591660544", NUM_OK},
    {0xD55A4506AA77EDEE, NUM_CEIL,
        "-1470931807720541528724678777017857845798793480514933612722874251165683273627358578272"
        "7493650970795048960", NUM_OK},
    {0xD3F6121D6E7951CD, NUM_CEIL,
        "-2946428789273349421417066846497626474114511716771694967171732303774466498319059754244"
        "717303300096", NUM_OK},
    {0x44C18207F2C68BE5, NUM_ROUND_EVEN, "165357759353545969106944", NUM_OK},
    {0x5AE041DAECCD8A0B, NUM_TRUNCATE,
        "56344969322903792750640044128999132589095986483321960978997374653301137529659243220674"
        "73366432762479320994760319995318429645012992", NUM_OK},
    {0xBFE0000000000000, NUM_FLOOR, "-1", NUM_OK}, {0xBFE0000000000000, NUM_CEIL, "0", NUM_OK},
    {0xBFE0000000000000, NUM_ROUND_EVEN, "0", NUM_OK},
    {0xBFE0000000000000, NUM_TRUNCATE, "0", NUM_OK},
    {0x0ECE21595FE01F28, NUM_TRUNCATE, "0", NUM_OK},
    {0xC2224D58DAEE03EB, NUM_ROUND_EVEN, "-39303540087", NUM_OK},
    {0xFFF0000000000000, NUM_FLOOR, NULL, NUM_OVERFLOW},
    {0xFFF0000000000000, NUM_CEIL, NULL, NUM_OVERFLOW},
    {0xFFF0000000000000, NUM_ROUND_EVEN, NULL, NUM_OVERFLOW},
    {0xFFF0000000000000, NUM_TRUNCATE, NULL, NUM_OVERFLOW},
    {0xBFD999999999999A, NUM_TRUNCATE, "0", NUM_OK},
    {0xC293155EF4CEB142, NUM_FLOOR, "-5245627085741", NUM_OK},
    {0xC293155EF4CEB142, NUM_CEIL, "-5245627085740", NUM_OK},
    {0xC293155EF4CEB142, NUM_ROUND_EVEN, "-5245627085740", NUM_OK},
    {0xC293155EF4CEB142, NUM_TRUNCATE, "-5245627085740", NUM_OK},
    {0x44CE5DFEBAE2153C, NUM_TRUNCATE, "286809793833512950824960", NUM_OK},
    {0xC16149DC23B1D02A, NUM_ROUND_EVEN, "-9064161", NUM_OK},
    {0x0B77E9994B0C5AB8, NUM_CEIL, "1", NUM_OK},
    {0x4103839D5CCFC03C, NUM_ROUND_EVEN, "159860", NUM_OK},
    {0x711DA723C7F62EFA, NUM_TRUNCATE,
        "75426443737526005711964330421255497302250230776398104624930521831493258861755121805538"
        "27579529045657266495933146006887527392541121172570196004241072048096136404072725556004"
        "78295998690567324401451551377503962241808988530570811543994236928", NUM_OK},
    {0xC034C00000000000, NUM_FLOOR, "-21", NUM_OK}, {0xC034C00000000000, NUM_CEIL, "-20", NUM_OK},
    {0xC034C00000000000, NUM_ROUND_EVEN, "-21", NUM_OK},
    {0xC034C00000000000, NUM_TRUNCATE, "-20", NUM_OK},
    {0xC2ADB9104FF130DE, NUM_TRUNCATE, "-16340339914904", NUM_OK},
    {0xBFCD70A3D70A3D71, NUM_TRUNCATE, "0", NUM_OK},
    {0xC4E4790186947E16, NUM_FLOOR, "-773435965030575464513536", NUM_OK},
    {0x4008000000000000, NUM_FLOOR, "3", NUM_OK}, {0x4008000000000000, NUM_CEIL, "3", NUM_OK},
    {0x4008000000000000, NUM_ROUND_EVEN, "3", NUM_OK},
    {0x4008000000000000, NUM_TRUNCATE, "3", NUM_OK},
    {0x44E57DC04B044FA3, NUM_TRUNCATE, "811915162583158900129792", NUM_OK},
    {0xC011800000000000, NUM_FLOOR, "-5", NUM_OK}, {0xC011800000000000, NUM_CEIL, "-4", NUM_OK},
    {0xC011800000000000, NUM_ROUND_EVEN, "-4", NUM_OK},
    {0xC011800000000000, NUM_TRUNCATE, "-4", NUM_OK},
    {0xE45D376B2FF5B7A7, NUM_FLOOR,
        "-2890449421866717635928399495127197230259714473741254780708924289825200895620946857962"
        "92728277726927438150549805005196503122113137515047181057810542394762649234048424080436"
        "10112", NUM_OK},
    {0xC018000000000000, NUM_CEIL, "-6", NUM_OK},
    {0x47CE935C374D00BF, NUM_CEIL, "81283955749631635629935127909770461184", NUM_OK},
    {0x4054C00000000000, NUM_FLOOR, "83", NUM_OK}, {0x4054C00000000000, NUM_CEIL, "83", NUM_OK},
    {0x4054C00000000000, NUM_ROUND_EVEN, "83", NUM_OK},
    {0x4054C00000000000, NUM_TRUNCATE, "83", NUM_OK}, {0x11BEFC766F3E04F9, NUM_FLOOR, "0", NUM_OK},
    {0xC010800000000000, NUM_FLOOR, "-5", NUM_OK},
    {0xD5A564313FED5BF0, NUM_ROUND_EVEN,
        "-3832897841896842869982682204066834031265364157982069548680347657803139793640788252459"
        "14982025489345937408", NUM_OK},
    {0xC4DB5B826AD11D7E, NUM_TRUNCATE, "-516767785206740200456192", NUM_OK},
    {0x5B053F505F8CAE9E, NUM_ROUND_EVEN,
        "29455900328266602013758269643696704388044213591808392167818768181375176641518207687620"
        "676717957884261087672785404653561357178765312", NUM_OK},
    {0xC10AD1BA60D1229B, NUM_ROUND_EVEN, "-219703", NUM_OK},
    {0x4340000000000000, NUM_FLOOR, "9007199254740992", NUM_OK},
    {0x273FB250AD0E5E38, NUM_FLOOR, "0", NUM_OK}, {0x3F46C7D64EA1763E, NUM_FLOOR, "0", NUM_OK},
    {0x3F46C7D64EA1763E, NUM_CEIL, "1", NUM_OK}, {0x3F46C7D64EA1763E, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x3F46C7D64EA1763E, NUM_TRUNCATE, "0", NUM_OK},
    {0xFFF0000000000000, NUM_FLOOR, NULL, NUM_OVERFLOW},
    {0xFFF0000000000000, NUM_CEIL, NULL, NUM_OVERFLOW},
    {0xFFF0000000000000, NUM_ROUND_EVEN, NULL, NUM_OVERFLOW},
    {0xFFF0000000000000, NUM_TRUNCATE, NULL, NUM_OVERFLOW},
    {0xB34182B9A4B200AF, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x47F6A1A6B37D1E74, NUM_FLOOR, "481317708832799911671240881086979375104", NUM_OK},
    {0x812DC5391563DAEE, NUM_TRUNCATE, "0", NUM_OK},
    {0x8000000000000001, NUM_ROUND_EVEN, "0", NUM_OK}, {0x3FE3333333333333, NUM_FLOOR, "0", NUM_OK},
    {0x3FE3333333333333, NUM_CEIL, "1", NUM_OK}, {0x3FE3333333333333, NUM_ROUND_EVEN, "1", NUM_OK},
    {0x3FE3333333333333, NUM_TRUNCATE, "0", NUM_OK},
    {0x44D742291377E25C, NUM_ROUND_EVEN, "439339496224243490750464", NUM_OK},
    {0xD842340D23DE0CD3, NUM_FLOOR,
        "-1434495088459070922871262809316072865604425068831540216148237879048237695659956288700"
        "475945361680723927297448157904896", NUM_OK},
    {0x0000000000000000, NUM_FLOOR, "0", NUM_OK}, {0x0000000000000000, NUM_CEIL, "0", NUM_OK},
    {0x0000000000000000, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x0000000000000000, NUM_TRUNCATE, "0", NUM_OK},
    {0x44DAB938B9282FCD, NUM_FLOOR, "504793054202278503776256", NUM_OK},
    {0x43F0000000000000, NUM_CEIL, "18446744073709551616", NUM_OK},
    {0x93C9304FBE1E84F7, NUM_FLOOR, "-1", NUM_OK},
    {0x44CF2D9AA1A6216F, NUM_TRUNCATE, "294469213643783098335232", NUM_OK},
    {0x09DEB04CA483592B, NUM_FLOOR, "0", NUM_OK},
    {0x4340000000000001, NUM_FLOOR, "9007199254740994", NUM_OK},
    {0x4340000000000001, NUM_CEIL, "9007199254740994", NUM_OK},
    {0x4340000000000001, NUM_ROUND_EVEN, "9007199254740994", NUM_OK},
    {0x4340000000000001, NUM_TRUNCATE, "9007199254740994", NUM_OK},
    {0xC000000000000000, NUM_TRUNCATE, "-2", NUM_OK}, {0x9A41BFF758D83654, NUM_FLOOR, "-1", NUM_OK},
    {0xBE22AC4A9C96BEFD, NUM_ROUND_EVEN, "0", NUM_OK},
    {0xA6DE19AC683C8696, NUM_FLOOR, "-1", NUM_OK}, {0xA6DE19AC683C8696, NUM_CEIL, "0", NUM_OK},
    {0xA6DE19AC683C8696, NUM_ROUND_EVEN, "0", NUM_OK},
    {0xA6DE19AC683C8696, NUM_TRUNCATE, "0", NUM_OK},
    {0x44B1B2BB82DDF7C7, NUM_TRUNCATE, "83577262259792599056384", NUM_OK},
    {0x225B6756BA6CEA61, NUM_CEIL, "1", NUM_OK},
    {0x44000BB28E47FD4A, NUM_ROUND_EVEN, "36998849712433479680", NUM_OK},
    {0x6904B599053B51A2, NUM_CEIL,
        "77402319518027394095653929599377003255342007431529613118059307930383877071031980403519"
        "29613405646118033548585531075085871327767841807913149093968907473387313546349619371706"
        "84444631430145535127846912", NUM_OK},
    {0x5018C0652E01A37B, NUM_ROUND_EVEN,
        "716508244425406713847716775580898584445880764692211595357456333523662269317120", NUM_OK},
    {0x4042000000000000, NUM_FLOOR, "36", NUM_OK}, {0x4042000000000000, NUM_CEIL, "36", NUM_OK},
    {0x4042000000000000, NUM_ROUND_EVEN, "36", NUM_OK},
    {0x4042000000000000, NUM_TRUNCATE, "36", NUM_OK}, {0x913C0876297B5B9A, NUM_FLOOR, "-1", NUM_OK},
    {0x4182777004D22C8E, NUM_FLOOR, "38727168", NUM_OK},
    {0x86C13BED30B403B0, NUM_TRUNCATE, "0", NUM_OK},
    {0x4116BC2E5E7B26A1, NUM_FLOOR, "372491", NUM_OK},
    {0x4116BC2E5E7B26A1, NUM_CEIL, "372492", NUM_OK},
    {0x4116BC2E5E7B26A1, NUM_ROUND_EVEN, "372492", NUM_OK},
    {0x4116BC2E5E7B26A1, NUM_TRUNCATE, "372491", NUM_OK},
    {0x986584FD289ED67F, NUM_CEIL, "0", NUM_OK},
    {0x44883F0FC2BD94FE, NUM_ROUND_EVEN, "14312509518002356486144", NUM_OK},
    {0x7FF0000000000000, NUM_FLOOR, NULL, NUM_OVERFLOW},
    {0x7FF0000000000000, NUM_CEIL, NULL, NUM_OVERFLOW},
    {0x7FF0000000000000, NUM_ROUND_EVEN, NULL, NUM_OVERFLOW},
    {0x7FF0000000000000, NUM_TRUNCATE, NULL, NUM_OVERFLOW},
    {0xC017333333333333, NUM_FLOOR, "-6", NUM_OK}, {0x4020000000000000, NUM_CEIL, "8", NUM_OK},
    {0xC3E0000000000000, NUM_FLOOR, "-9223372036854775808", NUM_OK},
    {0x3FE0000000000000, NUM_FLOOR, "0", NUM_OK}, {0x3FE0000000000000, NUM_CEIL, "1", NUM_OK},
    {0x3FE0000000000000, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x3FE0000000000000, NUM_TRUNCATE, "0", NUM_OK},
    {0x8000000000000001, NUM_ROUND_EVEN, "0", NUM_OK}, {0x3FE0000000000000, NUM_FLOOR, "0", NUM_OK},
    {0x3FE0000000000000, NUM_CEIL, "1", NUM_OK}, {0x3FE0000000000000, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x3FE0000000000000, NUM_TRUNCATE, "0", NUM_OK},
    {0x43F958C8B85B3563, NUM_CEIL, "29222885488455987200", NUM_OK},
    {0xC4EC9B56FC37A0EA, NUM_ROUND_EVEN, "-1080734198381765596282880", NUM_OK},
    {0x426AB96A6C8BE891, NUM_FLOOR, "918239274079", NUM_OK},
    {0x426AB96A6C8BE891, NUM_CEIL, "918239274080", NUM_OK},
    {0x426AB96A6C8BE891, NUM_ROUND_EVEN, "918239274079", NUM_OK},
    {0x426AB96A6C8BE891, NUM_TRUNCATE, "918239274079", NUM_OK},
    {0x965A0DF83C2D1ED0, NUM_FLOOR, "-1", NUM_OK},
    {0x51A95FCB931ACC06, NUM_FLOOR,
        "24646834553359416714390181691890568059635684742606548514487672705961637775490991259648",
        NUM_OK},
    {0xC03970AB77121FA5, NUM_TRUNCATE, "-25", NUM_OK}, {0x4023CE3229C32592, NUM_FLOOR, "9", NUM_OK},
    {0x4023CE3229C32592, NUM_CEIL, "10", NUM_OK},
    {0x4023CE3229C32592, NUM_ROUND_EVEN, "10", NUM_OK},
    {0x4023CE3229C32592, NUM_TRUNCATE, "9", NUM_OK},
    {0x44C9807B37F990FA, NUM_CEIL, "240858448305534804164608", NUM_OK},
    {0xCC30D2CBED8CB903, NUM_FLOOR, "-105602345198564814312053366016789274429514248977151713869824",
        NUM_OK},
    {0xC3F410EDA46491C9, NUM_TRUNCATE, "-23134668331257991168", NUM_OK},
    {0x44EA14FC95947496, NUM_ROUND_EVEN, "985349312422260064124928", NUM_OK},
    {0x8FB6E40192AF7E22, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x3CDEA859BC5D67C8, NUM_TRUNCATE, "0", NUM_OK},
    {0x44B264A423E228DF, NUM_ROUND_EVEN, "86859098644736141950976", NUM_OK},
    {0x7FF0000000000000, NUM_FLOOR, NULL, NUM_OVERFLOW},
    {0x7FF0000000000000, NUM_CEIL, NULL, NUM_OVERFLOW},
    {0x7FF0000000000000, NUM_ROUND_EVEN, NULL, NUM_OVERFLOW},
    {0x7FF0000000000000, NUM_TRUNCATE, NULL, NUM_OVERFLOW},
    {0xC355827C833B6596, NUM_FLOOR, "-24217783200749144", NUM_OK},
    {0xC1557046C7058B7D, NUM_CEIL, "-5619995", NUM_OK},
    {0x4AA38DBF540751D9, NUM_FLOOR, "3657953992989315225624459038018655797988143996600320", NUM_OK},
    {0x3FE0000000000000, NUM_FLOOR, "0", NUM_OK}, {0x3FE0000000000000, NUM_CEIL, "1", NUM_OK},
    {0x3FE0000000000000, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x3FE0000000000000, NUM_TRUNCATE, "0", NUM_OK}, {0x06E04E2253EC4C3E, NUM_FLOOR, "0", NUM_OK},
    {0x06E04E2253EC4C3E, NUM_CEIL, "1", NUM_OK}, {0x06E04E2253EC4C3E, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x06E04E2253EC4C3E, NUM_TRUNCATE, "0", NUM_OK},
    {0x44E7F5D00E91E193, NUM_FLOOR, "905190987877346103525376", NUM_OK},
    {0x3FEA5380BD33976D, NUM_TRUNCATE, "0", NUM_OK},
    {0xC3F0000000000000, NUM_ROUND_EVEN, "-18446744073709551616", NUM_OK},
    {0xC234B62FFB682059, NUM_ROUND_EVEN, "-88955943784", NUM_OK},
    {0xC4E3D27245EA0F84, NUM_CEIL, "-748856109398786733768704", NUM_OK},
    {0xC230275429866AAE, NUM_FLOOR, "-69379303815", NUM_OK},
    {0xC230275429866AAE, NUM_CEIL, "-69379303814", NUM_OK},
    {0xC230275429866AAE, NUM_ROUND_EVEN, "-69379303814", NUM_OK},
    {0xC230275429866AAE, NUM_TRUNCATE, "-69379303814", NUM_OK},
    {0x8D1A201FAB5902E3, NUM_FLOOR, "-1", NUM_OK}, {0x8D1A201FAB5902E3, NUM_CEIL, "0", NUM_OK},
    {0x8D1A201FAB5902E3, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x8D1A201FAB5902E3, NUM_TRUNCATE, "0", NUM_OK},
    {0xFFEFFFFFFFFFFFFF, NUM_TRUNCATE,
        "-1797693134862315708145274237317043567980705675258449965989174768031572607800285387605"
        "89558632766878171540458953514382464234321326889464182768467546703537516986049910576551"
        "28207624549009038932894407586850845513394230458323690322294816580855933212334827479782"
        "6204144723168738177180919299881250404026184124858368", NUM_OK},
    {0xC4DF58CE5EE83C64, NUM_FLOOR, "-592126180103244558106624", NUM_OK},
    {0xC48A843EA1F431A8, NUM_TRUNCATE, "-15652626491142018433024", NUM_OK},
    {0x7C4BD1F79DBAD63B, NUM_TRUNCATE,
        "54223286902490395404116667657818176154240037166131153328170167190186621045403708508464"
        "76221515985270226886787176767719605407354104794130957709192049904601488245149057627095"
        "12165692216243126637488826396223946415111643484710939088259451344905061627521775142019"
        "924733810648312237118821266096128", NUM_OK},
    {0xC4DF246C6223C349, NUM_TRUNCATE, "-588261014398552038703104", NUM_OK},
    {0x7FF0000000000000, NUM_FLOOR, NULL, NUM_OVERFLOW},
    {0x7FF0000000000000, NUM_CEIL, NULL, NUM_OVERFLOW},
    {0x7FF0000000000000, NUM_ROUND_EVEN, NULL, NUM_OVERFLOW},
    {0x7FF0000000000000, NUM_TRUNCATE, NULL, NUM_OVERFLOW},
    {0xC4D3E3D33D5099FD, NUM_FLOOR, "-375710381960772857102336", NUM_OK},
    {0xC4D1ED8600B0ECC7, NUM_TRUNCATE, "-338647057865540848582656", NUM_OK},
    {0x44B40148E007ADCE, NUM_FLOOR, "94471027607075194667008", NUM_OK},
    {0x231E409478B94BAB, NUM_TRUNCATE, "0", NUM_OK},
    {0xC0F8026FA3DD459C, NUM_ROUND_EVEN, "-98343", NUM_OK},
    {0x8000000000000001, NUM_ROUND_EVEN, "0", NUM_OK}, {0x8000000000000001, NUM_CEIL, "0", NUM_OK},
    {0x8000000000000000, NUM_FLOOR, "0", NUM_OK}, {0x8000000000000000, NUM_CEIL, "0", NUM_OK},
    {0x8000000000000000, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x8000000000000000, NUM_TRUNCATE, "0", NUM_OK},
    {0x429CF4177ACB3969, NUM_FLOOR, "7958672880334", NUM_OK},
    {0x429CF4177ACB3969, NUM_CEIL, "7958672880335", NUM_OK},
    {0x429CF4177ACB3969, NUM_ROUND_EVEN, "7958672880334", NUM_OK},
    {0x429CF4177ACB3969, NUM_TRUNCATE, "7958672880334", NUM_OK},
    {0xC4B89B6D276259F5, NUM_FLOOR, "-116203906283709193519104", NUM_OK},
    {0xBFE0000000000000, NUM_FLOOR, "-1", NUM_OK}, {0xBFE0000000000000, NUM_CEIL, "0", NUM_OK},
    {0xBFE0000000000000, NUM_ROUND_EVEN, "0", NUM_OK},
    {0xBFE0000000000000, NUM_TRUNCATE, "0", NUM_OK},
    {0x5588394E06D24F0A, NUM_TRUNCATE,
        "10851046720001171007969975418223502408054659203863552235814193226618719076543665902052"
        "0925375446246227968", NUM_OK},
    {0x44952AF4D33F2C88, NUM_TRUNCATE, "24990525226246045958144", NUM_OK},
    {0x7D4BE9112E49EC2C, NUM_CEIL,
        "35651032393947358361512164806239178794788051304012686620230322463440998279420777524165"
        "00560175366282800565878046089198380677796259763079309355270792247490772693894028464071"
        "37705638818297579650862770168337416442246521970345932626631729850767240570174147569082"
        "55693598385237597367992129166415757312", NUM_OK},
    {0x4340000000000000, NUM_TRUNCATE, "9007199254740992", NUM_OK},
    {0xC4EF5084A8089E21, NUM_CEIL, "-1183029275156320889077760", NUM_OK},
    {0x4340000000000000, NUM_FLOOR, "9007199254740992", NUM_OK},
    {0x4340000000000000, NUM_CEIL, "9007199254740992", NUM_OK},
    {0x4340000000000000, NUM_ROUND_EVEN, "9007199254740992", NUM_OK},
    {0x4340000000000000, NUM_TRUNCATE, "9007199254740992", NUM_OK},
    {0x3F650010958AD8C8, NUM_CEIL, "1", NUM_OK},
    {0x4250450597F4A147, NUM_CEIL, "279509884883", NUM_OK},
    {0x44D3E9FA46DB22FC, NUM_TRUNCATE, "376164355545594958184448", NUM_OK},
    {0x1D086AD8E18F6631, NUM_FLOOR, "0", NUM_OK}, {0x1D086AD8E18F6631, NUM_CEIL, "1", NUM_OK},
    {0x1D086AD8E18F6631, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x1D086AD8E18F6631, NUM_TRUNCATE, "0", NUM_OK}, {0xC042400000000000, NUM_FLOOR, "-37", NUM_OK},
    {0xC1D969D18A6C1E44, NUM_TRUNCATE, "-1705461289", NUM_OK},
    {0xC4E67344A284AE91, NUM_FLOOR, "-848147070822679129882624", NUM_OK},
    {0xBFB1EB851EB851EC, NUM_FLOOR, "-1", NUM_OK},
    {0xC4EC3786157EF2A9, NUM_CEIL, "-1066003953700482936995840", NUM_OK},
    {0x3FF4000000000000, NUM_FLOOR, "1", NUM_OK}, {0x3FF4000000000000, NUM_CEIL, "2", NUM_OK},
    {0x3FF4000000000000, NUM_ROUND_EVEN, "1", NUM_OK},
    {0x3FF4000000000000, NUM_TRUNCATE, "1", NUM_OK},
    {0x3FE0000000000000, NUM_TRUNCATE, "0", NUM_OK},
    {0xBFE0000000000000, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x3FF8000000000000, NUM_TRUNCATE, "1", NUM_OK}, {0xBFF8000000000000, NUM_CEIL, "-1", NUM_OK},
    {0x4004000000000000, NUM_FLOOR, "2", NUM_OK},
    {0xC004000000000000, NUM_ROUND_EVEN, "-2", NUM_OK},
    {0x400C000000000000, NUM_FLOOR, "3", NUM_OK}, {0x400C000000000000, NUM_CEIL, "4", NUM_OK},
    {0x400C000000000000, NUM_ROUND_EVEN, "4", NUM_OK},
    {0x400C000000000000, NUM_TRUNCATE, "3", NUM_OK}, {0x3FDFFFFFFFFFFFFF, NUM_FLOOR, "0", NUM_OK},
    {0x3FDFFFFFFFFFFFFF, NUM_CEIL, "1", NUM_OK}, {0x3FDFFFFFFFFFFFFF, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x3FDFFFFFFFFFFFFF, NUM_TRUNCATE, "0", NUM_OK}, {0xBFDFFFFFFFFFFFFF, NUM_FLOOR, "-1", NUM_OK},
    {0xBFDFFFFFFFFFFFFF, NUM_CEIL, "0", NUM_OK}, {0xBFDFFFFFFFFFFFFF, NUM_ROUND_EVEN, "0", NUM_OK},
    {0xBFDFFFFFFFFFFFFF, NUM_TRUNCATE, "0", NUM_OK},
    {0x432FFFFFFFFFFFFF, NUM_FLOOR, "4503599627370495", NUM_OK},
    {0x432FFFFFFFFFFFFF, NUM_CEIL, "4503599627370496", NUM_OK},
    {0x432FFFFFFFFFFFFF, NUM_ROUND_EVEN, "4503599627370496", NUM_OK},
    {0x432FFFFFFFFFFFFF, NUM_TRUNCATE, "4503599627370495", NUM_OK},
    {0x4330000000000000, NUM_CEIL, "4503599627370496", NUM_OK},
    {0xC32FFFFFFFFFFFFF, NUM_ROUND_EVEN, "-4503599627370496", NUM_OK},
    {0x43E0000000000000, NUM_CEIL, "9223372036854775808", NUM_OK},
    {0xC3E0000000000000, NUM_TRUNCATE, "-9223372036854775808", NUM_OK},
    {0x43DFFFFFFFFFFFFF, NUM_FLOOR, "9223372036854774784", NUM_OK},
    {0x43DFFFFFFFFFFFFF, NUM_CEIL, "9223372036854774784", NUM_OK},
    {0x43DFFFFFFFFFFFFF, NUM_ROUND_EVEN, "9223372036854774784", NUM_OK},
    {0x43DFFFFFFFFFFFFF, NUM_TRUNCATE, "9223372036854774784", NUM_OK},
    {0x43F0000000000000, NUM_TRUNCATE, "18446744073709551616", NUM_OK},
    {0x7E37E43C8800759C, NUM_CEIL,
        "10000000000000000525047602552044202487044685811081591549158541155118024579889081957863"
        "71375080447864043704443832883878176942523235360430575644792184786706982848387200926575"
        "80373783023379478809005936895323497079994508111903896764088007465274278014249457925878"
        "8820056842838115669472196386865459400540160", NUM_OK},
    {0xFE37E43C8800759C, NUM_TRUNCATE,
        "-1000000000000000052504760255204420248704468581108159154915854115511802457988908195786"
        "37137508044786404370444383288387817694252323536043057564479218478670698284838720092657"
        "58037378302337947880900593689532349707999450811190389676408800746527427801424945792587"
        "88820056842838115669472196386865459400540160", NUM_OK},
    {0xC00599999999999A, NUM_CEIL, "-2", NUM_OK}, {0xC000CCCCCCCCCCCD, NUM_CEIL, "-2", NUM_OK},
    {0x400599999999999A, NUM_TRUNCATE, "2", NUM_OK}, {0x0000000000000000, NUM_FLOOR, "0", NUM_OK},
    {0x8000000000000000, NUM_FLOOR, "0", NUM_OK}, {0x0000000000000001, NUM_FLOOR, "0", NUM_OK},
    {0x8000000000000001, NUM_CEIL, "0", NUM_OK},
    {0x7FEFFFFFFFFFFFFF, NUM_FLOOR,
        "17976931348623157081452742373170435679807056752584499659891747680315726078002853876058"
        "95586327668781715404589535143824642343213268894641827684675467035375169860499105765512"
        "82076245490090389328944075868508455133942304583236903222948165808559332123348274797826"
        "204144723168738177180919299881250404026184124858368", NUM_OK},
    {0x7FF0000000000000, NUM_FLOOR, NULL, NUM_OVERFLOW},
    {0x7FF0000000000000, NUM_CEIL, NULL, NUM_OVERFLOW},
    {0x7FF0000000000000, NUM_ROUND_EVEN, NULL, NUM_OVERFLOW},
    {0x7FF0000000000000, NUM_TRUNCATE, NULL, NUM_OVERFLOW},
    {0xFFF0000000000000, NUM_FLOOR, NULL, NUM_OVERFLOW},
    {0xFFF0000000000000, NUM_CEIL, NULL, NUM_OVERFLOW},
    {0xFFF0000000000000, NUM_ROUND_EVEN, NULL, NUM_OVERFLOW},
    {0xFFF0000000000000, NUM_TRUNCATE, NULL, NUM_OVERFLOW},
    {0x7FF8000000000000, NUM_FLOOR, NULL, NUM_DOMAIN},
    {0x7FF8000000000000, NUM_CEIL, NULL, NUM_DOMAIN},
    {0x7FF8000000000000, NUM_ROUND_EVEN, NULL, NUM_DOMAIN},
    {0x7FF8000000000000, NUM_TRUNCATE, NULL, NUM_DOMAIN},
};
const size_t round_cases_count = sizeof round_cases / sizeof round_cases[0];

// round-to: x, places -> round(x, places) or overflow (321 cases)
const RoundToCase round_to_cases[] = {
    {0x4309639410724400, -8LL, 0x43096393F89AC000, NUM_OK},
    {0x3F0CDEDD157B5996, 11LL, 0x3F0CDEDCE98059D3, NUM_OK},
    {0xBF00EDA906633758, 11LL, 0xBF00EDA8DA683795, NUM_OK},
    {0xC055184D4024B33E, 5LL, 0xC055184D551D68C7, NUM_OK},
    {0x4110E78B66666666, 1LL, 0x4110E78B33333333, NUM_OK},
    {0x429063C328398000, -6LL, 0x429063C346BE0000, NUM_OK},
    {0xC25E7DF5EB8C0000, -5LL, 0xC25E7DF61C600000, NUM_OK},
    {0x3ED45F42DED79E7E, 12LL, 0x3ED45F430206D180, NUM_OK},
    {0xBF7315C5F62A247D, 9LL, 0xBF7315C618863C4D, NUM_OK},
    {0xC246135764980000, -5LL, 0xC2461357C6400000, NUM_OK},
    {0xC14A7FC240000000, 0LL, 0xC14A7FC200000000, NUM_OK},
    {0xC0C18506353F7CEE, 3LL, 0xC0C1850645A1CAC1, NUM_OK},
    {0xC0F38F23C28F5C29, 2LL, 0xC0F38F23D70A3D71, NUM_OK},
    {0xBECEF1ED303CC0DB, 12LL, 0xBECEF1ED769B26DF, NUM_OK},
    {0x41889B9F98000000, -1LL, 0x41889B9FC0000000, NUM_OK},
    {0xC2C5BAD7BBA7E000, -7LL, 0xC2C5BAD7E1CD8000, NUM_OK},
    {0xC0DD4ACD1EB851EC, 2LL, 0xC0DD4ACD70A3D70A, NUM_OK},
    {0xBF66D137A6C68F01, 9LL, 0xBF66D137620E5F61, NUM_OK},
    {0x42609281CA7A0000, -5LL, 0x42609281B2100000, NUM_OK},
    {0xC172B44170000000, -1LL, 0xC172B441C0000000, NUM_OK},
    {0x3FE9FD67BA237CDD, 7LL, 0x3FE9FD67D4FB6F78, NUM_OK},
    {0x416E9FD260000000, -1LL, 0x416E9FD300000000, NUM_OK},
    {0xC0221F6A832B990B, 6LL, 0xC0221F6A93F290AC, NUM_OK},
    {0xC1C387ADDF000000, -2LL, 0xC1C387ADF8000000, NUM_OK},
    {0xC062131205BC01A3, 4LL, 0xC06213119CE075F7, NUM_OK},
    {0x42617AF1BA4A0000, -5LL, 0x42617AF1A1E00000, NUM_OK},
    {0x4144ECD740000000, 0LL, 0x4144ECD700000000, NUM_OK},
    {0xC012DCF1800A7C5B, 5LL, 0xC012DCF2CF95D4E9, NUM_OK},
    {0x40F6148B9999999A, 2LL, 0x40F6148BAE147AE1, NUM_OK},
    {0x4081CE3BB2FEC56D, 4LL, 0x4081CE3B98C7E282, NUM_OK},
    {0x3EBEB65FA29438D1, 12LL, 0x3EBEB6602F5104DA, NUM_OK},
    {0xC07A0320C49BA5E3, 3LL, 0xC07A031EB851EB85, NUM_OK},
    {0x3FB23BB11B965E7C, 8LL, 0x3FB23BB1310FED5E, NUM_OK},
    {0x404543FE86833C60, 5LL, 0x404543FE5C91D14E, NUM_OK},
    {0xC0E8271FD70A3D71, 2LL, 0xC0E8272000000000, NUM_OK},
    {0x42CCC26B2F5FE000, -7LL, 0x42CCC26B55858000, NUM_OK},
    {0xC18A8E9738000000, -1LL, 0xC18A8E9760000000, NUM_OK},
    {0x3FE77387160956C1, 6LL, 0x3FE773882278D0CC, NUM_OK},
    {0xC2A7341485048000, -7LL, 0xC2A73413EC6E0000, NUM_OK},
    {0xBF761F27F4A1E427, 9LL, 0xBF761F27D245CC57, NUM_OK},
    {0xC1FBB58028400000, -3LL, 0xC1FBB58009000000, NUM_OK},
    {0xBFFEB14A0A0F4D7B, 6LL, 0xBFFEB14A90470A81, NUM_OK},
    {0x3FD312F6E82949A5, 6LL, 0x3FD312F4CF4A558F, NUM_OK},
    {0x42D08757727BF000, -7LL, 0x42D08757858EC000, NUM_OK},
    {0xC3098DDC448A4400, -8LL, 0xC3098DDC2CB2C000, NUM_OK},
    {0xBEBFE79AA0BFB722, 12LL, 0xBEBFE79B2D7C832B, NUM_OK},
    {0xC2D6378CA6BD3000, -7LL, 0xC2D6378CB9D00000, NUM_OK},
    {0x41A8456614000000, -2LL, 0x41A84565B0000000, NUM_OK},
    {0x3FC9BAE8335AA060, 7LL, 0x3FC9BAE89EBA6ACA, NUM_OK},
    {0x42786669842A0000, -6LL, 0x427866690A180000, NUM_OK},
    {0x41458C95C0000000, 0LL, 0x41458C9600000000, NUM_OK},
    {0x3EE0D1131F4AB283, 12LL, 0x3EE0D1130DB31902, NUM_OK},
    {0xC1150B8966666666, 1LL, 0xC1150B8933333333, NUM_OK},
    {0x42F2B8A6F547D800, -8LL, 0x42F2B8A724F6E000, NUM_OK},
    {0x4095B7BBE76C8B44, 3LL, 0x4095B7BC6A7EF9DB, NUM_OK},
    {0xC2939BC631A18000, -6LL, 0xC2939BC650260000, NUM_OK},
    {0x4247F3E517480000, -5LL, 0x4247F3E4B5A00000, NUM_OK},
    {0xBF1243A024088419, 10LL, 0xBF12439F4821854A, NUM_OK},
    {0xBF74B08065EBED24, 9LL, 0xBF74B080884804F4, NUM_OK},
    {0xC29269AF4E248000, -6LL, 0xC29269AF2FA00000, NUM_OK},
    {0x3F168C037AFF0FC3, 11LL, 0x3F168C0365018FE2, NUM_OK},
    {0x40AD67AD4FDF3B64, 3LL, 0x40AD67AD0E560419, NUM_OK},
    {0x40F8021EA3D70A3D, 2LL, 0x40F8021E8F5C28F6, NUM_OK},
    {0x42985557E6568000, -6LL, 0x42985557C7D20000, NUM_OK},
    {0xC1211BA8E6666666, 1LL, 0xC1211BA8CCCCCCCD, NUM_OK},
    {0x4262489D83B60000, -5LL, 0x4262489D9C200000, NUM_OK},
    {0xC022B6B5E529BAE4, 6LL, 0xC022B6B5D462C344, NUM_OK},
    {0xC243BEF9DE280000, -5LL, 0xC243BEF97C800000, NUM_OK},
    {0xBFE38178557C3357, 7LL, 0xBFE381783AA440BD, NUM_OK},
    {0x3EE3CF5D09FFC571, 12LL, 0x3EE3CF5D1B975EF2, NUM_OK},
    {0x42027FD692A00000, -3LL, 0x42027FD683000000, NUM_OK},
    {0x3F7419C918A704AB, 9LL, 0x3F7419C93B031C7B, NUM_OK},
    {0xBF7DF84952596928, 9LL, 0xBF7DF84974B580F8, NUM_OK},
    {0xBF097F3AC53934C9, 10LL, 0xBF097F3C7D073266, NUM_OK},
    {0xC042C867620EE8D1, 5LL, 0xC042C867381D7DBF, NUM_OK},
    {0x4300732D7AE63400, -8LL, 0x4300732D630EB000, NUM_OK},
    {0xC296FC46B77D8000, -6LL, 0xC296FC46D6020000, NUM_OK},
    {0xC19305F22C000000, -1LL, 0xC19305F240000000, NUM_OK},
    {0x4305A1F4502AD400, -8LL, 0x4305A1F438535000, NUM_OK},
    {0xBF7FBC903EA704BC, 9LL, 0xBF7FBC901C4AECEC, NUM_OK},
    {0x4259DD70C49C0000, -5LL, 0x4259DD70F5700000, NUM_OK},
    {0x430B1CCEC713EC00, -8LL, 0x430B1CCEDEEB7000, NUM_OK},
    {0xC0A18C46E978D4FE, 3LL, 0xC0A18C472B020C4A, NUM_OK},
    {0x42714EE3626E0000, -6LL, 0x42714EE3DC800000, NUM_OK},
    {0x42BAABCE6D4F4000, -7LL, 0x42BAABCE21040000, NUM_OK},
    {0xBF149399BE15439B, 11LL, 0xBF149399D412C37C, NUM_OK},
    {0xBF02E5480A5A1CE9, 11LL, 0xBF02E547DE5F1D26, NUM_OK},
    {0x3F79520208F75311, 9LL, 0x3F7952022B536AE1, NUM_OK},
    {0x4084FC135A858794, 4LL, 0x4084FC1374BC6A7F, NUM_OK},
    {0xC1B0F1973E000000, -2LL, 0xC1B0F19770000000, NUM_OK},
    {0x42A2C7A5D5208000, -7LL, 0x42A2C7A53C8A0000, NUM_OK},
    {0x40C9BFC666666666, 1LL, 0x40C9BFC000000000, NUM_OK},
    {0xC302BE6241C08400, -8LL, 0xC302BE6229E90000, NUM_OK},
    {0x3F45D3C953362C0E, 10LL, 0x3F45D3C96EB30BE8, NUM_OK},
    {0xC296E4C4CB1C8000, -6LL, 0xC296E4C4AC980000, NUM_OK},
    {0x3EC59CB6A93E258F, 12LL, 0x3EC59CB6EF9C8B93, NUM_OK},
    {0xC1F20F6F7CC00000, -3LL, 0xC1F20F6F9C000000, NUM_OK},
    {0xC0F6533F70A3D70A, 2LL, 0xC0F6533F5C28F5C3, NUM_OK},
    {0xC05252505D0FA58F, 5LL, 0xC05252504816F007, NUM_OK},
    {0x402156D70E6F2E8C, 6LL, 0x402156D6FDA836EB, NUM_OK},
    {0xBE93DA7BE17D88CA, 12LL, 0xBE93DA7E1470B8EF, NUM_OK},
    {0xBF9D823BD9F5D52F, 8LL, 0xBF9D823C2FDC10B8, NUM_OK},
    {0xC08AB14F27BB2FEC, 4LL, 0xC08AB14F0D844D01, NUM_OK},
    {0x3FB21F5671FC9C9E, 8LL, 0x3FB21F565C830DBC, NUM_OK},
    {0xC2220A10E2500000, -4LL, 0xC2220A10BB400000, NUM_OK},
    {0x3FE746EF58120FCD, 7LL, 0x3FE746EF72EA0268, NUM_OK},
    {0xBF123DD6A27E0CA8, 11LL, 0xBF123DD6B87B8C89, NUM_OK},
    {0x41C19DDBED000000, -2LL, 0x41C19DDBD4000000, NUM_OK},
    {0xC162885750000000, 0LL, 0xC162885740000000, NUM_OK},
    {0xC06AD2CED916872B, 4LL, 0xC06AD2CE703AFB7F, NUM_OK},
    {0x401AD8FA9C12F09E, 6LL, 0x401AD8FABDA0DFDF, NUM_OK},
    {0x41522C2720000000, 0LL, 0x41522C2700000000, NUM_OK},
    {0x41A60B7ADC000000, -2LL, 0x41A60B7B40000000, NUM_OK},
    {0xC1C4CC5371000000, -2LL, 0xC1C4CC5358000000, NUM_OK},
    {0x3F10D2483D57B89C, 11LL, 0x3F10D248275A38BB, NUM_OK},
    {0x3EE3808C50412DD3, 12LL, 0x3EE3808C61D8C754, NUM_OK},
    {0x41EA9AD388800000, -3LL, 0x41EA9AD34A000000, NUM_OK},
    {0x42710772C5AA0000, -6LL, 0x427107724B980000, NUM_OK},
    {0xC2D794515ABDE000, -8LL, 0xC2D79452197A0000, NUM_OK},
    {0x419552B13C000000, -1LL, 0x419552B150000000, NUM_OK},
    {0xC2913953A3028000, -6LL, 0xC2913953847E0000, NUM_OK},
    {0xBF2756C9A864947D, 10LL, 0xBF2756C93A711516, NUM_OK},
    {0x42FA6E86000CF800, -8LL, 0x42FA6E862FBC0000, NUM_OK},
    {0xBEDACDF3E74828C0, 12LL, 0xBEDACDF3C418F5BE, NUM_OK},
    {0x425EABF3FBB40000, -5LL, 0x425EABF3CAE00000, NUM_OK},
    {0x3FDC2A103F126487, 7LL, 0x3FDC2A1074C249BC, NUM_OK},
    {0x414DAFF380000000, -1LL, 0x414DAFF600000000, NUM_OK},
    {0xC022F6FFD1DCD706, 6LL, 0xC022F6FFC115DF65, NUM_OK},
    {0xC1552855E0000000, 0LL, 0xC155285600000000, NUM_OK},
    {0xC122EC57E6666666, 1LL, 0xC122EC57CCCCCCCD, NUM_OK},
    {0x42B5911747744000, -7LL, 0x42B59116FB290000, NUM_OK},
    {0xC2309B3DF2880000, -4LL, 0xC2309B3DDF000000, NUM_OK},
    {0x4292562CE9B08000, -6LL, 0x4292562CCB2C0000, NUM_OK},
    {0xC262118A030E0000, -5LL, 0xC262118A1B780000, NUM_OK},
    {0xC192C9AFEC000000, -1LL, 0xC192C9B000000000, NUM_OK},
    {0xC2CEC724F71DE000, -7LL, 0xC2CEC7251D438000, NUM_OK},
    {0x41427002C0000000, 0LL, 0x4142700300000000, NUM_OK},
    {0x3F3F19691C4917E9, 10LL, 0x3F3F1968E54F5835, NUM_OK},
    {0xC251506248E40000, -5LL, 0xC251506218100000, NUM_OK},
    {0xBEE0729EA99A9D7E, 12LL, 0xBEE0729E980303FD, NUM_OK},
    {0xC1C143F835000000, -2LL, 0xC1C143F81C000000, NUM_OK},
    {0x41940EA5C4000000, -1LL, 0x41940EA5B0000000, NUM_OK},
    {0x42A11A33DDDD4000, -6LL, 0x42A11A33CE9B0000, NUM_OK},
    {0x3F162256412A41C8, 8LL, 0x3F1622AC2765CA8A, NUM_OK},
    {0xC022085176145953, 6LL, 0xC0220851654D61B3, NUM_OK},
    {0xC22DD28652F00000, -4LL, 0xC22DD2867A000000, NUM_OK},
    {0xC0B486F9FBE76C8B, 3LL, 0xC0B486F9DB22D0E5, NUM_OK},
    {0x41C5C27FDA000000, -3LL, 0x41C5C27EE0000000, NUM_OK},
    {0x40ECB8C19999999A, 1LL, 0x40ECB8C333333333, NUM_OK},
    {0x429F4A9DB6218000, -6LL, 0x429F4A9DD4A60000, NUM_OK},
    {0x44D2C936C2807482, 314LL, 0x44D2C936C2807482, NUM_OK},
    {0xC33458A59ED6B62F, -190LL, 0x8000000000000000, NUM_OK},
    {0xC03A000000000000, -18LL, 0x8000000000000000, NUM_OK},
    {0x41B72C94E4897FC9, 11LL, 0x41B72C94E4897FC9, NUM_OK},
    {0xC29757336D47569D, -20LL, 0x8000000000000000, NUM_OK},
    {0x4359E6392EED3C70, -329LL, 0x0000000000000000, NUM_OK},
    {0xC4DC8A65856101CE, 124LL, 0xC4DC8A65856101CE, NUM_OK},
    {0x44D93256C47885B0, 244LL, 0x44D93256C47885B0, NUM_OK},
    {0xB74BA6DDBAF62A41, -17LL, 0x8000000000000000, NUM_OK},
    {0x7FEFFFFFFFFFFFFF, -99LL, 0x7FEFFFFFFFFFFFFF, NUM_OK},
    {0x44B9B673D15A3052, -73LL, 0x0000000000000000, NUM_OK},
    {0x44350A59563438F5, 117LL, 0x44350A59563438F5, NUM_OK},
    {0x44E7EBDE90377A72, -18LL, 0x44E7EBDF3D152136, NUM_OK},
    {0x4028000000000000, 18LL, 0x4028000000000000, NUM_OK},
    {0x7FF8000000000000, -10LL, 0x7FF8000000000000, NUM_OK},
    {0xC62DE9D3F06DCC9F, 3LL, 0xC62DE9D3F06DCC9F, NUM_OK},
    {0xF6D87C8D8760DCEB, -14LL, 0xF6D87C8D8760DCEB, NUM_OK},
    {0x44E7FE860C2D172C, -13LL, 0x44E7FE860C2C8AE9, NUM_OK},
    {0x93F74A7BBEAE0A2B, -12LL, 0x8000000000000000, NUM_OK},
    {0x4011333333333333, -238LL, 0x0000000000000000, NUM_OK},
    {0x7A590DF4ACBACEAA, 297LL, 0x7A590DF4ACBACEAA, NUM_OK},
    {0xC4EDAB91227158C6, -203LL, 0x8000000000000000, NUM_OK},
    {0x327A58EEFAE157E5, -2LL, 0x0000000000000000, NUM_OK},
    {0x0000000000000001, -14LL, 0x0000000000000000, NUM_OK},
    {0xC3F0000000000000, 14LL, 0xC3F0000000000000, NUM_OK},
    {0x35454DBBB05F663D, -8LL, 0x0000000000000000, NUM_OK},
    {0x44EC3BD971F1653A, 19LL, 0x44EC3BD971F1653A, NUM_OK},
    {0x3F23484355159FF0, -40LL, 0x0000000000000000, NUM_OK},
    {0x44C350766E61A15D, 34LL, 0x44C350766E61A15D, NUM_OK},
    {0x85AD47CF592218FE, -6LL, 0x8000000000000000, NUM_OK},
    {0x04D500A0851777B4, 6LL, 0x0000000000000000, NUM_OK},
    {0xAC1EBA6301A87C59, 19LL, 0x8000000000000000, NUM_OK},
    {0xBFEB333333333333, 9LL, 0xBFEB333333333333, NUM_OK},
    {0xC026000000000000, -233LL, 0x8000000000000000, NUM_OK},
    {0xC47B8AE3DB363423, 1LL, 0xC47B8AE3DB363423, NUM_OK},
    {0x44E4B1712780CA77, 280LL, 0x44E4B1712780CA77, NUM_OK},
    {0x44DFA82FB9B1E2A7, 7LL, 0x44DFA82FB9B1E2A7, NUM_OK},
    {0xD8AA8FF7788D4BAB, -149LL, 0x8000000000000000, NUM_OK},
    {0x4445087383B86BC1, -5LL, 0x4445087383B86BC1, NUM_OK},
    {0x5EB77BD35AADBB98, 232LL, 0x5EB77BD35AADBB98, NUM_OK},
    {0x0000000000000000, 62LL, 0x0000000000000000, NUM_OK},
    {0xC4EDD7466A2783B4, 19LL, 0xC4EDD7466A2783B4, NUM_OK},
    {0x43A40D00D2744CFA, -133LL, 0x0000000000000000, NUM_OK},
    {0xC697E1216D73E603, 10LL, 0xC697E1216D73E603, NUM_OK},
    {0x69F06D46D622E172, -121LL, 0x69F06D46D622E172, NUM_OK},
    {0xC230EB42F4AF60F7, 42LL, 0xC230EB42F4AF60F7, NUM_OK},
    {0x44EE6FE38BE1997C, -21LL, 0x44EE70B3FF53DBC2, NUM_OK},
    {0x440B0F467E262225, 14LL, 0x440B0F467E262225, NUM_OK},
    {0xC211F6EDC54EFF3E, -12LL, 0x8000000000000000, NUM_OK},
    {0x8000000000000001, 19LL, 0x8000000000000000, NUM_OK},
    {0xBD67C346CF9B0492, -16LL, 0x8000000000000000, NUM_OK},
    {0x0F447AA93985DBAC, 14LL, 0x0000000000000000, NUM_OK},
    {0x3F80066B7C6F31CF, -207LL, 0x0000000000000000, NUM_OK},
    {0xC2265F4EDA02460A, 71LL, 0xC2265F4EDA02460A, NUM_OK},
    {0xC4D12799DAA4E253, 14LL, 0xC4D12799DAA4E253, NUM_OK},
    {0x411738DD92D52352, 18LL, 0x411738DD92D52352, NUM_OK},
    {0x887EAEB0238053F8, -11LL, 0x8000000000000000, NUM_OK},
    {0xC49C3570C9EB92F1, 11LL, 0xC49C3570C9EB92F1, NUM_OK},
    {0xC038000000000000, 187LL, 0xC038000000000000, NUM_OK},
    {0xC4DEE40881B8DDA2, 230LL, 0xC4DEE40881B8DDA2, NUM_OK},
    {0x3FE3333333333333, -166LL, 0x0000000000000000, NUM_OK},
    {0x4012000000000000, 315LL, 0x4012000000000000, NUM_OK},
    {0x1DF30CBDD16C2B57, -38LL, 0x0000000000000000, NUM_OK},
    {0x3FA42CC8649FBB3C, 0LL, 0x0000000000000000, NUM_OK},
    {0x3FB70A3D70A3D70A, 10LL, 0x3FB70A3D70A3D70A, NUM_OK},
    {0x404B800000000000, -16LL, 0x0000000000000000, NUM_OK},
    {0x40118A34CE0403A5, 8LL, 0x40118A34CE12F2F7, NUM_OK},
    {0x44B90E59DC2A606E, -274LL, 0x0000000000000000, NUM_OK},
    {0xD6B6B494315098D4, -5LL, 0xD6B6B494315098D4, NUM_OK},
    {0xC4CCBBC9D58395CE, 259LL, 0xC4CCBBC9D58395CE, NUM_OK},
    {0x448730A374FCB83D, -232LL, 0x0000000000000000, NUM_OK},
    {0x4020000000000000, -12LL, 0x0000000000000000, NUM_OK},
    {0x5A42819DF2A97009, -10LL, 0x5A42819DF2A97009, NUM_OK},
    {0x404997215F76DB8F, -256LL, 0x0000000000000000, NUM_OK},
    {0xC036000000000000, 8LL, 0xC036000000000000, NUM_OK},
    {0xAB0B9DD77E549A14, 281LL, 0xAB0B9DD77E549A14, NUM_OK},
    {0x0000000000000000, -18LL, 0x0000000000000000, NUM_OK},
    {0xBC46040375610737, 14LL, 0x8000000000000000, NUM_OK},
    {0x3631631E30830FE8, 4LL, 0x0000000000000000, NUM_OK},
    {0x408B7E6D2CEE0008, 4LL, 0x408B7E6D288CE704, NUM_OK},
    {0x44CA7FC25AFEAC90, 327LL, 0x44CA7FC25AFEAC90, NUM_OK},
    {0x7FF0000000000000, 3LL, 0x7FF0000000000000, NUM_OK},
    {0xC405F521FFD5442B, -5LL, 0xC405F521FFD54425, NUM_OK},
    {0x40528BF3A8654FDE, 7LL, 0x40528BF3A86E48B3, NUM_OK},
    {0x8000000000000001, 18LL, 0x8000000000000000, NUM_OK},
    {0x44E749B3A005A6EC, 0LL, 0x44E749B3A005A6EC, NUM_OK},
    {0xCF25C396587C3661, -1LL, 0xCF25C396587C3661, NUM_OK},
    {0xC084F406531B7E6F, -30LL, 0x8000000000000000, NUM_OK},
    {0xC12A38AC1A2777F4, 16LL, 0xC12A38AC1A2777F4, NUM_OK},
    {0xF13F61E5378301AD, -9LL, 0xF13F61E5378301AD, NUM_OK},
    {0x49A3CF936732CFD8, -16LL, 0x49A3CF936732CFD8, NUM_OK},
    {0x363A6646D6788B2B, 246LL, 0x363A6646D6788B2B, NUM_OK},
    {0xBFE0000000000000, 261LL, 0xBFE0000000000000, NUM_OK},
    {0x0CB9124283941946, 18LL, 0x0000000000000000, NUM_OK},
    {0x404C31474A5AE09D, -10LL, 0x0000000000000000, NUM_OK},
    {0xCCB237DC79935197, -317LL, 0x8000000000000000, NUM_OK},
    {0x4054400000000000, -102LL, 0x0000000000000000, NUM_OK},
    {0x44B7A7514D545D07, -56LL, 0x0000000000000000, NUM_OK},
    {0x44E1DA2F0ADE366F, -292LL, 0x0000000000000000, NUM_OK},
    {0x8DF4038B302C7079, -11LL, 0x8000000000000000, NUM_OK},
    {0x7D78D62891ECE2C1, -299LL, 0x0000000000000000, NUM_OK},
    {0x7F98680D6E493885, -291LL, 0x7F98680D6E493884, NUM_OK},
    {0xFD538EF2C590AE5E, -299LL, 0x8000000000000000, NUM_OK},
    {0xFCC0AD5FD7AB9BDB, -304LL, 0x8000000000000000, NUM_OK},
    {0x7CE2A52152F9528F, -298LL, 0x0000000000000000, NUM_OK},
    {0xFC4913B8ECD95838, -302LL, 0x8000000000000000, NUM_OK},
    {0x7CA6BB04D814D44E, -293LL, 0x0000000000000000, NUM_OK},
    {0xFDF84A2B6C4845CD, -291LL, 0xFDF84A2B6DFAB86A, NUM_OK},
    {0xFC38C12D53C47205, -290LL, 0xFC3485CE9E7A065F, NUM_OK},
    {0xFF219FDB9367219D, -301LL, 0xFF219F657600F6C0, NUM_OK},
    {0x7E2965BF1B80D73E, -292LL, 0x7E2965BF1AD92848, NUM_OK},
    {0x7FC2B4825FB7F347, -290LL, 0x7FC2B4825FB7F347, NUM_OK},
    {0x7C577B1706DF0BBE, -294LL, 0x0000000000000000, NUM_OK},
    {0xFCAA75B5800E48D2, -296LL, 0x8000000000000000, NUM_OK},
    {0x7EB1E65856FCA51D, -301LL, 0x7EB1BB64ECF0574A, NUM_OK},
    {0xFE26523D8814F905, -308LL, 0x8000000000000000, NUM_OK},
    {0xFEF58DC8685CBC5B, -294LL, 0xFEF58DC86858A6E4, NUM_OK},
    {0xFD9E7CD37A6542F0, -307LL, 0x8000000000000000, NUM_OK},
    {0x7D59A9FBFDABA93C, -298LL, 0x0000000000000000, NUM_OK},
    {0xFCB2B21253364749, -300LL, 0x8000000000000000, NUM_OK},
    {0xFDCCB579FDAC731F, -295LL, 0xFDCCB73A170D69E2, NUM_OK},
    {0xFF29F6B191ACE381, -310LL, 0x8000000000000000, NUM_OK},
    {0xFEE8FD433D58E1AF, -305LL, 0x8000000000000000, NUM_OK},
    {0xFF0915D050FC7941, -310LL, 0x8000000000000000, NUM_OK},
    {0xFE33827865FDB37F, -303LL, 0x8000000000000000, NUM_OK},
    {0x4005666666666666, 2LL, 0x40055C28F5C28F5C, NUM_OK},
    {0x4093880000000000, -2LL, 0x4092C00000000000, NUM_OK},
    {0x4095180000000000, -2LL, 0x4095E00000000000, NUM_OK},
    {0xC093880000000000, -2LL, 0xC092C00000000000, NUM_OK},
    {0x3FC0000000000000, 2LL, 0x3FBEB851EB851EB8, NUM_OK},
    {0x3FD8000000000000, 2LL, 0x3FD851EB851EB852, NUM_OK},
    {0xBFD999999999999A, 0LL, 0x8000000000000000, NUM_OK},
    {0x3FD999999999999A, 0LL, 0x0000000000000000, NUM_OK},
    {0xBFE0000000000000, 0LL, 0x8000000000000000, NUM_OK},
    {0x3FE0000000000000, 0LL, 0x0000000000000000, NUM_OK},
    {0x3FF8000000000000, 0LL, 0x4000000000000000, NUM_OK},
    {0x4004000000000000, 0LL, 0x4000000000000000, NUM_OK},
    {0x0000000000000001, 323LL, 0x0000000000000000, NUM_OK},
    {0x0000000000000001, 324LL, 0x0000000000000001, NUM_OK},
    {0x0000000000000001, 1074LL, 0x0000000000000001, NUM_OK},
    {0x0000000000000001, 1000000000000000000LL, 0x0000000000000001, NUM_OK},
    {0x7FEFFFFFFFFFFFFF, -308LL, 0, NUM_OVERFLOW},
    {0x7FEFFFFFFFFFFFFF, -309LL, 0x0000000000000000, NUM_OK},
    {0x7FEFFFFFFFFFFFFF, -307LL, 0, NUM_OVERFLOW}, {0xFFEFFFFFFFFFFFFF, -308LL, 0, NUM_OVERFLOW},
    {0x7E37E43C8800759C, -300LL, 0x7E37E43C8800759C, NUM_OK},
    {0x405EDD2F1A9FBE77, INT64_MIN, 0x0000000000000000, NUM_OK},
    {0x405EDD2F1A9FBE77, 9223372036854775807LL, 0x405EDD2F1A9FBE77, NUM_OK},
    {0xC05EDD2F1A9FBE77, -400LL, 0x8000000000000000, NUM_OK},
    {0x0000000000000000, 2LL, 0x0000000000000000, NUM_OK},
    {0x8000000000000000, -2LL, 0x8000000000000000, NUM_OK},
    {0x7FF0000000000000, 2LL, 0x7FF0000000000000, NUM_OK},
    {0xFFF0000000000000, -2LL, 0xFFF0000000000000, NUM_OK},
    {0x4480F0CF064DD592, 5LL, 0x4480F0CF064DD592, NUM_OK},
    {0x4480F0CF064DD592, -22LL, 0x4480F0CF064DD592, NUM_OK},
    {0x44A52D02C7E14AF6, -23LL, 0x0000000000000000, NUM_OK},
    {0x4011666666666666, 1LL, 0x4011333333333333, NUM_OK},
    {0x4004000000000000, -1LL, 0x0000000000000000, NUM_OK},
    {0x4039000000000000, -1LL, 0x4034000000000000, NUM_OK},
    {0x4041800000000000, -1LL, 0x4044000000000000, NUM_OK},
    {0x3FD23D70A3D70A3D, 2LL, 0x3FD1EB851EB851EC, NUM_OK},
    {0x3FF0000000000001, 15LL, 0x3FF0000000000000, NUM_OK},
    {0x3FF0000000000001, 16LL, 0x3FF0000000000001, NUM_OK},
    {0x4023000000000000, 0LL, 0x4024000000000000, NUM_OK},
    {0x4025000000000000, 0LL, 0x4024000000000000, NUM_OK},
    {0x3FB999999999999A, 1LL, 0x3FB999999999999A, NUM_OK},
    {0x3FA999999999999A, 1LL, 0x3FB999999999999A, NUM_OK},
    {0x3FC3333333333333, 1LL, 0x3FB999999999999A, NUM_OK},
    {0x3FD0000000000000, 1LL, 0x3FC999999999999A, NUM_OK},
    {0x7FF8000000000000, 2LL, 0x7FF8000000000000, NUM_OK},
    {0xFFF8000000000000, -3LL, 0xFFF8000000000000, NUM_OK},
};
const size_t round_to_cases_count = sizeof round_to_cases / sizeof round_to_cases[0];

// round-to for ints: a, places -> round(a, places) (156 cases)
const RoundToIntCase round_to_int_cases[] = {
    {"3713797325362", -1LL, "3713797325360"}, {"-311174922467", -20LL, "0"},
    {"-2113571619534195", -9LL, "-2113572000000000"}, {"-8460742202586", -17LL, "0"},
    {"-878314489081005103883542790194", -17LL, "-878314489081000000000000000000"},
    {"-7506924485636938", -22LL, "0"}, {"-69999999999999999999", -19LL, "-70000000000000000000"},
    {"3215036596127993342", -21LL, "0"},
    {"37787904753172560966101", -22LL, "40000000000000000000000"},
    {"-507978747547841245482756946470", -10LL, "-507978747547841245480000000000"},
    {"9513519466276868", -24LL, "0"}, {"564850862", -21LL, "0"}, {"-903349358", -8LL, "-900000000"},
    {"-204197867752562028", -22LL, "0"},
    {"50961148271076719981927518", 1LL, "50961148271076719981927518"},
    {"-7507361846921494467125", -1LL, "-7507361846921494467120"}, {"4999999", -6LL, "5000000"},
    {"-92960495374762", -17LL, "0"}, {"6278039704078766", -8LL, "6278039700000000"},
    {"-150000000000000000000", -19LL, "-150000000000000000000"},
    {"5028757842145957819261264", -17LL, "5028757800000000000000000"}, {"-31728", -20LL, "0"},
    {"-9670865137235", 0LL, "-9670865137235"},
    {"-37429470512448809423463249622", -25LL, "-37430000000000000000000000000"},
    {"-9766150530457828903351482", -14LL, "-9766150530500000000000000"},
    {"9188179709087340131936736771", -8LL, "9188179709087340131900000000"},
    {"-150000000001", -11LL, "-200000000000"}, {"5000000000000000000000000", -25LL, "0"},
    {"1128071264692186876963", -8LL, "1128071264692200000000"},
    {"-29189033509829742125", -7LL, "-29189033509830000000"}, {"125", -1LL, "120"},
    {"1000000000000000000", -18LL, "1000000000000000000"},
    {"85004066575510", -3LL, "85004066576000"},
    {"-194042077685174724017182", -15LL, "-194042078000000000000000"},
    {"-24999999999999999999999999", -25LL, "-20000000000000000000000000"},
    {"-22427502083092772", -25LL, "0"},
    {"7211796760133862176988335500", -5LL, "7211796760133862176988300000"},
    {"56857756318", -12LL, "0"}, {"8326689845510635", -23LL, "0"},
    {"-69999999999999999999999", -22LL, "-70000000000000000000000"},
    {"-8490005942429066800209", -16LL, "-8490010000000000000000"},
    {"53479849189213950269705", -25LL, "0"}, {"-52686280227996042", -15LL, "-53000000000000000"},
    {"6100894791464841057", -6LL, "6100894791465000000"},
    {"-10000000000000000001", -19LL, "-10000000000000000000"},
    {"-6910734324213079554", -6LL, "-6910734324213000000"},
    {"-6500000000000000000000000", -24LL, "-6000000000000000000000000"},
    {"9024339515999839070", -8LL, "9024339516000000000"},
    {"-599819908326397", -10LL, "-599820000000000"}, {"-450000000", -8LL, "-400000000"},
    {"-84317026258669902724439113179", 0LL, "-84317026258669902724439113179"},
    {"4183545348055", -20LL, "0"}, {"-450000", -5LL, "-400000"},
    {"-1000000000000000", -14LL, "-1000000000000000"},
    {"662473984173843306871444972912", 0LL, "662473984173843306871444972912"},
    {"56477385216755", -21LL, "0"},
    {"-604680276508094066284929", -9LL, "-604680276508094000000000"},
    {"851320952448877330632401129557", 1LL, "851320952448877330632401129557"},
    {"-214915265856238911", -1LL, "-214915265856238910"},
    {"-70272168804409267957161791933", 0LL, "-70272168804409267957161791933"},
    {"334785248815224131872661020015", -8LL, "334785248815224131872700000000"},
    {"-2443158034237619116111", -20LL, "-2400000000000000000000"}, {"77135592988151", -16LL, "0"},
    {"-16409814991788817", -23LL, "0"}, {"750000000001", -11LL, "800000000000"},
    {"-13499999999", -9LL, "-13000000000"}, {"349416193423", -17LL, "0"},
    {"62112148371877", 3LL, "62112148371877"}, {"-580798241097548298", 3LL, "-580798241097548298"},
    {"-21318707459284372931254", 2LL, "-21318707459284372931254"},
    {"6675438079480520444636736", -25LL, "10000000000000000000000000"},
    {"-269909150559", -13LL, "0"}, {"0", -14LL, "0"}, {"550000", -5LL, "600000"},
    {"9865820435703350235610643346", -25LL, "9870000000000000000000000000"},
    {"-2000000", -6LL, "-2000000"}, {"-39999", -4LL, "-40000"},
    {"5499999999999999", -15LL, "5000000000000000"},
    {"-399999999999999", -14LL, "-400000000000000"},
    {"80367616377965163198145158", 3LL, "80367616377965163198145158"},
    {"7712420038115169668957195034", -15LL, "7712420038115000000000000000"},
    {"-45476266040345101377386785877", -2LL, "-45476266040345101377386785900"},
    {"-550", -2LL, "-600"}, {"-500000000000", -12LL, "0"}, {"-74919409083938219", -22LL, "0"},
    {"6180", 0LL, "6180"}, {"4125314436", -2LL, "4125314400"},
    {"1966582939561139607123", -9LL, "1966582939561000000000"}, {"13000", -3LL, "13000"},
    {"88830696713413385724", -11LL, "88830696700000000000"},
    {"-750000000000000", -14LL, "-800000000000000"}, {"3999999999999", -12LL, "4000000000000"},
    {"-150000000000000000", -16LL, "-150000000000000000"},
    {"11000000000000", -12LL, "11000000000000"},
    {"-695379269451386004602", -16LL, "-695380000000000000000"},
    {"32809071452644", -13LL, "30000000000000"}, {"346326813887429466", 0LL, "346326813887429466"},
    {"-467197971803570576263873", -3LL, "-467197971803570576264000"},
    {"53919415198446845870229786605", 0LL, "53919415198446845870229786605"},
    {"-32786406625835", 3LL, "-32786406625835"},
    {"-7136699205189796976355445917", -24LL, "-7137000000000000000000000000"},
    {"-8577761586763380873816414889", -24LL, "-8578000000000000000000000000"},
    {"-4000000000000000", -15LL, "-4000000000000000"},
    {"-400000000000000", -14LL, "-400000000000000"}, {"560056514149699", 3LL, "560056514149699"},
    {"965291829349721", 1LL, "965291829349721"}, {"-85000000000", -10LL, "-80000000000"},
    {"46161372058897121121", -12LL, "46161372000000000000"},
    {"491064246097097", -4LL, "491064246100000"},
    {"-2678834800720963483", 3LL, "-2678834800720963483"},
    {"-2788590535249648", 2LL, "-2788590535249648"}, {"397854", 3LL, "397854"},
    {"-13999999999999999999999", -21LL, "-14000000000000000000000"},
    {"-381978220789750540835719511", -15LL, "-381978220790000000000000000"},
    {"696315419776453", -7LL, "696315420000000"},
    {"-94999999999999999999999999", -25LL, "-90000000000000000000000000"},
    {"1000000000000", -11LL, "1000000000000"}, {"90187496695228535", -25LL, "0"},
    {"-19733909701843", -3LL, "-19733909702000"},
    {"-13000000000000000000000", -21LL, "-13000000000000000000000"}, {"1250", -2LL, "1200"},
    {"1350", -2LL, "1400"}, {"-1250", -2LL, "-1200"}, {"-1350", -2LL, "-1400"},
    {"1249", -2LL, "1200"}, {"1251", -2LL, "1300"}, {"5", -1LL, "0"}, {"15", -1LL, "20"},
    {"25", -1LL, "20"}, {"-5", -1LL, "0"}, {"9223372036854775807", -1LL, "9223372036854775810"},
    {"9223372036854775807", -18LL, "9000000000000000000"},
    {"9223372036854775807", -19LL, "10000000000000000000"}, {"9223372036854775807", -20LL, "0"},
    {"-9223372036854775808", -1LL, "-9223372036854775810"},
    {"-9223372036854775808", -19LL, "-10000000000000000000"},
    {"-9223372036854775808", -18LL, "-9000000000000000000"}, {"5000000000000000000", -19LL, "0"},
    {"5000000000000000001", -19LL, "10000000000000000000"}, {"-5000000000000000000", -19LL, "0"},
    {"4999999999999999999", -19LL, "0"}, {"9223372036854775000", -3LL, "9223372036854775000"},
    {"9223372036854775500", -3LL, "9223372036854776000"},
    {"-9223372036854775500", -3LL, "-9223372036854776000"},
    {"-9223372036854775808", -3LL, "-9223372036854776000"},
    {"10000000000000000000000000000000000000000000000000050000000000000000000000000000000000"
        "000000000000000", -50LL,
        "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "000000000000000"},
    {"10000000000000000000000000000000000000000000000000150000000000000000000000000000000000"
        "000000000000000", -50LL,
        "10000000000000000000000000000000000000000000000000200000000000000000000000000000000000"
        "000000000000000"},
    {"10000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "000000000000000", -101LL, "0"},
    {"10000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "000000000000000", -100LL,
        "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "000000000000000"},
    {"60000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000", -100LL,
        "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "000000000000000"},
    {"50000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        "00000000000000", -100LL, "0"},
    {"0", -5LL, "0"}, {"12345", 0LL, "12345"}, {"12345", 3LL, "12345"},
    {"-12345", 9223372036854775807LL, "-12345"}, {"-7", -400LL, "0"},
};
const size_t round_to_int_cases_count = sizeof round_to_int_cases / sizeof round_to_int_cases[0];

// float mod: a, b -> Python a % b (101 cases)
const ModCase mod_cases[] = {
    {0xBFE3333333333333, 0x0000000000000001, 0x0000000000000000},
    {0xC021000000000000, 0x4008000000000000, 0x3FE0000000000000},
    {0xC01B000000000000, 0xC004000000000000, 0xBFFC000000000000},
    {0x4023000000000000, 0xC012000000000000, 0xC010000000000000},
    {0x4022000000000000, 0xC01A000000000000, 0xC010000000000000},
    {0x4024000000000000, 0xC010000000000000, 0xC000000000000000},
    {0x3FE827E4BC6F0A6F, 0x41520E31A97A6C57, 0x3FE827E4BC6F0A6F},
    {0x43F0000000000000, 0x44EFD2E63828A93C, 0x43F0000000000000},
    {0xBFD0000000000000, 0x3FF8000000000000, 0x3FF4000000000000},
    {0x4024800000000000, 0xC022000000000000, 0xC01F000000000000},
    {0x4027000000000000, 0x401C000000000000, 0x4012000000000000},
    {0x4332838096DA87C1, 0x4030400000000000, 0x3FFC000000000000},
    {0xC028000000000000, 0x4012000000000000, 0x3FF8000000000000},
    {0x401C000000000000, 0x40F6E24DF815C8D5, 0x401C000000000000},
    {0x331DB6CCE9CDC218, 0x3FCD43FD9524A688, 0x331DB6CCE9CDC218},
    {0x4017000000000000, 0xC01C000000000000, 0xBFF4000000000000},
    {0xC4A707784AB3C515, 0xFFEFFFFFFFFFFFFF, 0xC4A707784AB3C515},
    {0xBFD0000000000000, 0xC008000000000000, 0xBFD0000000000000},
    {0x4025800000000000, 0x3FF8000000000000, 0x3FD0000000000000},
    {0x43E0000000000000, 0xC4E273DA4C898B38, 0xC4E273CA4C898B38},
    {0x7FF0000000000000, 0x6FFB44C1F0B47A2E, 0xFFF8000000000000},
    {0xC024000000000000, 0xC021000000000000, 0xBFF8000000000000},
    {0x4267186CAB0BB7E0, 0xC4E2CADCC4E34E08, 0xC4E2CADCC4E336F0},
    {0xC021333333333333, 0xBF0319899FF81FB8, 0xBF0071C50BB2BA68},
    {0x4020000000000000, 0xC010000000000000, 0x8000000000000000},
    {0xC01B000000000000, 0xC021000000000000, 0xC01B000000000000},
    {0x4018000000000000, 0xC024000000000000, 0xC010000000000000},
    {0xC011000000000000, 0x4018000000000000, 0x3FFC000000000000},
    {0x7FEFFFFFFFFFFFFF, 0x3EBD7735EB42874B, 0x3EA256A767A1EC56},
    {0x4023000000000000, 0xC010000000000000, 0xC004000000000000},
    {0x3F4802264F8F52BB, 0x3FFE666666666666, 0x3F4802264F8F52BB},
    {0xC015000000000000, 0x4020000000000000, 0x4006000000000000},
    {0xC022000000000000, 0xC01E000000000000, 0xBFF8000000000000},
    {0xC04F800000000000, 0xE8FFC645AF5FFD1C, 0xC04F800000000000},
    {0x4022000000000000, 0x3FF0000000000000, 0x0000000000000000},
    {0xC006000000000000, 0x4000000000000000, 0x3FF4000000000000},
    {0x4000000000000000, 0x3FF8000000000000, 0x3FE0000000000000},
    {0xC19010685DB77C46, 0x7FF0000000000000, 0x7FF0000000000000},
    {0x11BEE2E9AF21D380, 0x44DD37BA410E5C7D, 0x11BEE2E9AF21D380},
    {0xC48539C8C8381EA5, 0xDF3A5B914F75AEFB, 0xC48539C8C8381EA5},
    {0xC51715F8B70EB4B1, 0xFFF0000000000000, 0xC51715F8B70EB4B1},
    {0xC025000000000000, 0xC01C000000000000, 0xC00C000000000000},
    {0x4017333333333333, 0xF0EA9E2167C4EA9E, 0xF0EA9E2167C4EA9E},
    {0x417C8221C7351531, 0x43F0000000000000, 0x417C8221C7351531},
    {0x4022800000000000, 0xC024000000000000, 0xBFE8000000000000},
    {0x4029000000000000, 0xBFF8000000000000, 0xBFF0000000000000},
    {0xBFE0000000000000, 0x4040400000000000, 0x4040000000000000},
    {0xC021000000000000, 0xC008000000000000, 0xC004000000000000},
    {0x3FF4000000000000, 0x4014000000000000, 0x3FF4000000000000},
    {0xC4E077FCC5DF94C2, 0xC4DFF0E2FCCEE8AC, 0xC48FE2D1DE081B00},
    {0x4465534FB3F85572, 0xD0B7F574D7044F21, 0xD0B7F574D7044F21},
    {0xBF9083E3236EA480, 0xC4D1C55F74A48624, 0xBF9083E3236EA480},
    {0x54CB548E0DB29424, 0xC4BFB3293C343D38, 0xC4A2DE70F600AA50},
    {0xC009FDA68DB06DA2, 0x44D1A32E3A246919, 0x44D1A32E3A246919},
    {0xC021000000000000, 0x4018000000000000, 0x400C000000000000},
    {0x401B000000000000, 0xC01C000000000000, 0xBFD0000000000000},
    {0x4017000000000000, 0x4016000000000000, 0x3FD0000000000000},
    {0xC01D000000000000, 0x3FF8000000000000, 0x3FD0000000000000},
    {0xC4C21BC1ECE24D74, 0xC01C800000000000, 0xC01A800000000000},
    {0xC022000000000000, 0x4004000000000000, 0x3FF0000000000000},
    {0xCC405ADEBD84087B, 0x449AF1DC5D3F76EF, 0x44926BDB59EF2268},
    {0x401C000000000000, 0x4024000000000000, 0x401C000000000000},
    {0x3FE3333333333333, 0x44CFA5B298E518C1, 0x3FE3333333333333},
    {0x44A90C1F3FE3CC04, 0x015AC1FF2ED1F83A, 0x0159439160C011C8},
    {0x400E000000000000, 0x4022000000000000, 0x400E000000000000},
    {0x7FF8000000000000, 0xE7B4B932CF230167, 0x7FF8000000000000},
    {0x4022800000000000, 0xC01A000000000000, 0xC00E000000000000},
    {0x401B000000000000, 0xC024000000000000, 0xC00A000000000000},
    {0xC012000000000000, 0x7FF0000000000000, 0x7FF0000000000000},
    {0x5FDF9B742C693AEE, 0xC025000000000000, 0xC022000000000000},
    {0xC6DCDBE6D6684276, 0xC44BFC5AE98A0460, 0xC43B84D0D9980000},
    {0xBFF8000000000000, 0x4012000000000000, 0x4008000000000000},
    {0x4025800000000000, 0x4020000000000000, 0x4006000000000000},
    {0xC022800000000000, 0xBFF0000000000000, 0xBFD0000000000000},
    {0x44E3420B76220CAF, 0x8CFAB1DB45DF3A9E, 0x8CF82771CE9B6AF2},
    {0xC024000000000000, 0x4016000000000000, 0x3FF0000000000000},
    {0x3FE0000000000000, 0x3FC0000000000000, 0x0000000000000000},
    {0x446A7562229F727C, 0xA4F6F3EE13AC39A3, 0xA4E35645803B5F0C},
    {0xBFF8000000000000, 0xC018000000000000, 0xBFF8000000000000},
    {0xBFE0000000000000, 0xC01C000000000000, 0xBFE0000000000000},
    {0xC01E000000000000, 0x4000000000000000, 0x3FE0000000000000},
    {0x401E000000000000, 0xC000000000000000, 0xBFE0000000000000},
    {0x0000000000000000, 0xC014000000000000, 0x8000000000000000},
    {0x8000000000000000, 0x4014000000000000, 0x0000000000000000},
    {0x8000000000000000, 0xC014000000000000, 0x8000000000000000},
    {0x0000000000000000, 0x4014000000000000, 0x0000000000000000},
    {0x4018000000000000, 0x4008000000000000, 0x0000000000000000},
    {0xC018000000000000, 0x4008000000000000, 0x0000000000000000},
    {0x4018000000000000, 0xC008000000000000, 0x8000000000000000},
    {0xC018000000000000, 0xC008000000000000, 0x8000000000000000},
    {0x4014000000000000, 0x7FF0000000000000, 0x4014000000000000},
    {0xC014000000000000, 0x7FF0000000000000, 0x7FF0000000000000},
    {0x4014000000000000, 0xFFF0000000000000, 0xFFF0000000000000},
    {0xC014000000000000, 0xFFF0000000000000, 0xC014000000000000},
    {0x7FF0000000000000, 0x4000000000000000, 0xFFF8000000000000},
    {0x7FF8000000000000, 0x4000000000000000, 0x7FF8000000000000},
    {0x7E37E43C8800759C, 0x01A56E1FC2F8F359, 0x0194F722A6F79F9C},
    {0x80000000000007E8, 0x4008000000000000, 0x4008000000000000},
    {0x00000000000007E8, 0xC008000000000000, 0xC008000000000000},
    {0x3FB999999999999A, 0x3F847AE147AE147B, 0x3C50000000000000},
    {0xFFE1CCF385EBC8A0, 0x000730D67819E8D2, 0x0004ACD4A8C612C2},
};
const size_t mod_cases_count = sizeof mod_cases / sizeof mod_cases[0];

// floor division of ints: a, b -> floor(a / b), a - b floor(a / b) (96 cases)
const FloorCase floor_cases[] = {
    {"92", "4", "23", "0"},
    {"-682340793423464573878085300675042520331324810932538230248", "913974395343893125547254741",
        "-746564451804720624722191587846", "460772891449302176503247638"},
    {"167361225963591691412095419057674687", "-73809532041917668763073186857174727903", "-1",
        "-73642170815954077071661091438117053216"},
    {"-39", "10", "-4", "1"}, {"88", "-5", "-18", "-2"}, {"-71", "-8", "8", "-7"},
    {"-33", "-4", "8", "-1"},
    {"-8158082012149128138315759554314915484072433520839351302", "2761484347056998003",
        "-2954238006398065044532504324100178095", "244920367519992983"},
    {"90805371271023971480336483044765", "5832554538", "15568713619292002148842", "2324499769"},
    {"-87", "3", "-29", "0"},
    {"-68630707356985141384427607939261928678975445331704948515", "160207539448941514177283904855",
        "-428386251939521827284090887", "26337682086835984534375607870"},
    {"77", "9", "8", "5"}, {"40", "2", "20", "0"},
    {"63392730469272248", "-31980193585313891698", "-1", "-31916800854844619450"},
    {"-87", "9", "-10", "3"}, {"-98", "7", "-14", "0"}, {"5", "8", "0", "5"},
    {"-34709526210802931027296291579435130597689227240934", "361871660603073750815287",
        "-95916674306460203287461279", "305640630666261466531139"},
    {"73704462719056019252361111469803371485939754265849", "-69359939290534601313639688624136170",
        "-1062637359158046", "-64150794729526546530087525500857971"},
    {"-3711915902525347402718", "7963137764424903432155154881095", "-1",
        "7963137760712987529629807478377"},
    {"50190480531596339264011976682166407", "4578831055356538674599", "10961417865129",
        "3703085558082882008136"},
    {"-743947290084525283195759192525190274309082475971624698492", "-70903596996056578603913",
        "10492377278488440413700980442705583", "-59766966209400993952213"},
    {"3586719652902427794967527200333415635081862667052578624841",
        "81692105374207587366596432270984068", "43905339891446260096725",
        "70451389452900596716817455964647541"},
    {"725241461354038043673", "24844779504178509070079940380", "0", "725241461354038043673"},
    {"67", "3", "22", "1"}, {"47", "8", "5", "7"},
    {"1679311419267062957392285653371986410202", "-28280892614625600603805241508918810565", "-60",
        "-17542137610473078836028837163142223698"},
    {"-97", "9", "-11", "2"}, {"-12", "-1", "12", "0"}, {"29", "-4", "-8", "-3"},
    {"721579339782088062646125481560845790905", "698484659032312467099071692397", "1033063977",
        "48678373878076826005080308036"},
    {"93", "-10", "-10", "-7"},
    {"1080667012650800926550981088664561855895166010459911920193",
        "-71922947351446851880686135552240", "-15025343822051551111581220",
        "-67407851735346220955784401012607"},
    {"-3503811", "2523195461264290544929249726813", "-1", "2523195461264290544929246223002"},
    {"-48", "2", "-24", "0"},
    {"-4420717505197466616", "15209920572311122875135", "-1", "15205499854805925408519"},
    {"-99", "-4", "24", "-3"}, {"18", "-9", "-2", "0"},
    {"-1291063115419424", "78309839665154078023174920065025603", "-1",
        "78309839665154078021883856949606179"},
    {"-6", "4", "-2", "2"},
    {"101060322581434920989163092569529328290891030011198559359709",
        "-15987348602566744404639360421389", "-6321268466317788336899007632",
        "-7045120365964520333932887681139"},
    {"49273958566615077075739774108763891786742", "2070240834984468", "23801075572439259407000780",
        "1053022127901702"},
    {"1338660773069", "17796092857240349", "0", "1338660773069"},
    {"-735480", "-7317970871949278973944983706", "0", "-735480"},
    {"7392803186150930350185811221570275052267884", "625939862471838592906105739999",
        "11810724367284", "390508716672654700185166475168"},
    {"20", "10", "2", "0"},
    {"849610226189514691449977171667376453141630104752634608671",
        "103627741228056125972067102646848034275", "8198675529554933674",
        "36242821786846326903083844097730932321"},
    {"633189790013948742261423977256242716138684904", "-790528817300175803003194410120504845150",
        "-800970", "-76778973070670044649417978049681110596"},
    {"562711767048429515606175190688039175071657467", "3828565623963927995331421482208346880616",
        "146977", "677335083270636348855497502975599359635"},
    {"-31", "8", "-4", "1"},
    {"9719591079783019508989679440988480", "89260882251238580261063", "108889704365",
        "86574849280204850348485"},
    {"46", "-8", "-6", "-2"}, {"66", "-9", "-8", "-6"},
    {"646062877047485843606599137853860556243", "490612947243696900420931", "1316848404994444",
        "279518738301867544248879"},
    {"42", "8", "5", "2"}, {"52", "-4", "-13", "0"},
    {"-45353309135288", "-81342645833422220611898368834", "0", "-45353309135288"},
    {"-35", "1", "-35", "0"},
    {"-9950534179290827011396051", "-822299846955185753210", "12100", "-706031133079397555051"},
    {"-22", "9", "-3", "5"}, {"14", "5", "2", "4"}, {"-21", "8", "-3", "3"},
    {"172125220319024651904033130745064", "17505346604097261", "9832722779607084",
        "3100023030148140"},
    {"-28449371316477609847392464289572756060231072452", "525510355505901743514983457231692983849",
        "-54136653", "447452032293373195435319747608936844945"},
    {"-18", "-4", "4", "-2"},
    {"-9317301041090440863036668148575182296069635808759313",
        "-22978069493399505485739436418611521", "405486676927618025",
        "-1800418858420770435229947456493288"},
    {"-349386438084867064189646314757441550427826659322033933592", "-4828786933773678929601",
        "72354908774536231088990382844733955", "-2687319684638014631637"},
    {"46109942320879562732045687864468350947762", "-48569185833896354597335356016127823", "-949367",
        "-39926689117742962787070494871990279"},
    {"55", "7", "7", "6"}, {"27", "-6", "-5", "-3"},
    {"503494672466108856403989629323457984716545797206248009169794", "81704205375445666555639478",
        "6162408289175072062529178066038179", "75001458840741530701539232"},
    {"75", "7", "10", "5"},
    {"-99599783565830763244954462662828824250473", "61459372824036096234822682339789941228",
        "-1621", "25859781931748751693105409970670480115"},
    {"70166431359321668338520036064720772902979578887126513459", "756486461465284306586106853",
        "92753056311691382469821346274", "18362257289446306249097737"},
    {"-69", "-1", "69", "0"},
    {"110837263828134108683561074040", "649784381028732802048847649414", "0",
        "110837263828134108683561074040"},
    {"142765328457", "2189997920051046965011828707006615", "0", "142765328457"},
    {"-424161605059106686779395", "55829213884238466314915082656", "-1",
        "55828789722633407208228303261"},
    {"48", "5", "9", "3"}, {"-7", "2", "-4", "1"}, {"7", "2", "3", "1"}, {"-7", "-2", "3", "-1"},
    {"7", "-2", "-4", "-1"}, {"-7", "3", "-3", "2"}, {"7", "-3", "-3", "-2"},
    {"-6", "3", "-2", "0"}, {"6", "-3", "-2", "0"}, {"0", "-3", "0", "0"},
    {"-9223372036854775808", "-1", "9223372036854775808", "0"},
    {"9223372036854775808", "-1", "-9223372036854775808", "0"},
    {"-9223372036854775808", "1", "-9223372036854775808", "0"},
    {"9223372036854775807", "-9223372036854775808", "-1", "-1"},
    {"10000000000000000000000000000000000000000", "-3", "-3333333333333333333333333333333333333334",
        "-2"},
    {"-10000000000000000000000000000000000000000", "3", "-3333333333333333333333333333333333333334",
        "2"},
    {"-10000000000000000000000000000000000000000", "10000000000000000000000000000000000000001",
        "-1", "1"},
    {"10000000000000000000000000000000000000000", "-10000000000000000000000000000000000000001",
        "-1", "-1"},
};
const size_t floor_cases_count = sizeof floor_cases / sizeof floor_cases[0];

// logs of ints: a = p^e + d, base -> math.log/log2/log10 (129 cases)
const LogCase log_cases[] = {
    {10, 1103, 0LL, NUM_LOG_10, 0x40913C0000000000, NUM_OK},
    {7, 2194, 0LL, NUM_LOG_E, 0x40B0AD53AD8EB8A4, NUM_OK},
    {10, 1919, 1LL, NUM_LOG_10, 0x409DFC0000000000, NUM_OK},
    {7, 3329, 1LL, NUM_LOG_2, 0x40C240D79EDC38A5, NUM_OK},
    {12345, 3607, -925464LL, NUM_LOG_10, 0x40CCD301127F9321, NUM_OK},
    {12345, 2444, -270321LL, NUM_LOG_E, 0x40D67C3C2328C2B9, NUM_OK},
    {2, 547, -375322LL, NUM_LOG_E, 0x4077B26C936854E5, NUM_OK},
    {3, 34, -1LL, NUM_LOG_10, 0x403038DD07DA69AE, NUM_OK},
    {7, 3379, 0LL, NUM_LOG_2, 0x40C28706B12A1F32, NUM_OK},
    {7, 2114, -1LL, NUM_LOG_E, 0x40B011A77027BCE0, NUM_OK},
    {12345, 157, -1LL, NUM_LOG_2, 0x40A0ABC653A5527E, NUM_OK},
    {7, 2086, 0LL, NUM_LOG_10, 0x409B8B7F7FEF4A09, NUM_OK},
    {3, 316, 0LL, NUM_LOG_2, 0x407F4D9205F92DCD, NUM_OK},
    {10, 1359, 0LL, NUM_LOG_10, 0x40953C0000000000, NUM_OK},
    {7, 3995, -1LL, NUM_LOG_10, 0x40AA605555C061B6, NUM_OK},
    {2, 2724, 0LL, NUM_LOG_E, 0x409D80881C23D20F, NUM_OK},
    {12345, 3374, 0LL, NUM_LOG_E, 0x40DF0A9E70395187, NUM_OK},
    {3, 3616, 1LL, NUM_LOG_2, 0x40B6633972730536, NUM_OK},
    {2, 2482, 0LL, NUM_LOG_10, 0x408759406875459A, NUM_OK},
    {10, 2415, 0LL, NUM_LOG_E, 0x40B5B8BE353873B4, NUM_OK},
    {12345, 1941, 0LL, NUM_LOG_E, 0x40D1DB8B1968C05B, NUM_OK},
    {3, 1244, 1LL, NUM_LOG_10, 0x40828C4F8BCD7E7B, NUM_OK},
    {2, 1603, -1LL, NUM_LOG_10, 0x407E28D13C75A63A, NUM_OK},
    {10, 597, 40093LL, NUM_LOG_10, 0x4082A80000000000, NUM_OK},
    {3, 3697, 0LL, NUM_LOG_2, 0x40B6E39B3ABF5DE5, NUM_OK},
    {7, 253, -1LL, NUM_LOG_2, 0x408632161BD60820, NUM_OK},
    {12345, 897, -959692LL, NUM_LOG_2, 0x40C7CFD9A5F2406D, NUM_OK},
    {2, 1739, 0LL, NUM_LOG_2, 0x409B2C0000000000, NUM_OK},
    {7, 2653, 0LL, NUM_LOG_10, 0x40A18417175E2DCB, NUM_OK},
    {12345, 3227, -1LL, NUM_LOG_E, 0x40DDB0659C32927E, NUM_OK},
    {2, 3561, 158356LL, NUM_LOG_10, 0x4090BFDF0AC7A57F, NUM_OK},
    {3, 3149, 0LL, NUM_LOG_2, 0x40B37F0C029B3ECE, NUM_OK},
    {3, 2961, -1LL, NUM_LOG_2, 0x40B25512EF58A9DC, NUM_OK},
    {2, 778, 1LL, NUM_LOG_10, 0x406D467159825460, NUM_OK},
    {2, 2667, 585459LL, NUM_LOG_E, 0x409CE27E7ECB1B32, NUM_OK},
    {2, 1701, 891520LL, NUM_LOG_2, 0x409A940000000000, NUM_OK},
    {7, 3526, 0LL, NUM_LOG_2, 0x40C3555DE1DBF318, NUM_OK},
    {2, 2109, 0LL, NUM_LOG_2, 0x40A07A0000000000, NUM_OK},
    {10, 2083, 0LL, NUM_LOG_10, 0x40A0460000000000, NUM_OK},
    {2, 747, -1LL, NUM_LOG_10, 0x406C1BD22E20AC7D, NUM_OK},
    {7, 857, 1LL, NUM_LOG_2, 0x40A2CBCE6C10107F, NUM_OK},
    {10, 1403, -1LL, NUM_LOG_E, 0x40A93D0DC3EEB253, NUM_OK},
    {3, 3806, 0LL, NUM_LOG_2, 0x40B7905E05EA0E1F, NUM_OK},
    {12345, 2405, 733500LL, NUM_LOG_E, 0x40D620614E2C31FF, NUM_OK},
    {12345, 2776, -1LL, NUM_LOG_E, 0x40D98A2DAE6DFBC2, NUM_OK},
    {12345, 9, 0LL, NUM_LOG_10, 0x40426965D253E708, NUM_OK},
    {3, 2233, 0LL, NUM_LOG_10, 0x4090A5A5A4E1E619, NUM_OK},
    {2, 3051, -1LL, NUM_LOG_E, 0x40A08595874D0307, NUM_OK},
    {3, 241, 0LL, NUM_LOG_E, 0x40708C3FBD7CDFDD, NUM_OK},
    {10, 1953, 0LL, NUM_LOG_E, 0x40B190F2DD204BC3, NUM_OK},
    {12345, 1702, 0LL, NUM_LOG_2, 0x40D6973E13970F2C, NUM_OK},
    {2, 787, -1LL, NUM_LOG_10, 0x406D9D23B06D2205, NUM_OK},
    {7, 2138, -687426LL, NUM_LOG_10, 0x409C3B4747B9DB39, NUM_OK},
    {3, 116, 953205LL, NUM_LOG_E, 0x405FDC18FE599583, NUM_OK},
    {2, 1390, 0LL, NUM_LOG_10, 0x407A26E837F07A1A, NUM_OK},
    {2, 3553, 264349LL, NUM_LOG_10, 0x4090B63D011F55C2, NUM_OK},
    {2, 1155, 1LL, NUM_LOG_10, 0x4075BB08C92FE0DB, NUM_OK},
    {10, 1649, 0LL, NUM_LOG_E, 0x40ADA9ECF686C244, NUM_OK},
    {3, 2146, 0LL, NUM_LOG_E, 0x40A26B3E730BCA70, NUM_OK},
    {3, 1869, -1LL, NUM_LOG_2, 0x40A72496FEF2A73A, NUM_OK},
    {2, 3913, -429242LL, NUM_LOG_E, 0x40A53091E0B5EBF8, NUM_OK},
    {10, 3158, 0LL, NUM_LOG_2, 0x40C47D530FEE2864, NUM_OK},
    {3, 1233, 0LL, NUM_LOG_2, 0x409E8908F94517D1, NUM_OK},
    {3, 2132, -633577LL, NUM_LOG_E, 0x40A24C7B98B51BAA, NUM_OK},
    {3, 2797, -1LL, NUM_LOG_2, 0x40B15123DE8B8487, NUM_OK},
    {10, 3708, 0LL, NUM_LOG_E, 0x40C0ACFE25AD67C6, NUM_OK},
    {10, 746, 1LL, NUM_LOG_10, 0x4087500000000001, NUM_OK},
    {2, 3470, 1LL, NUM_LOG_2, 0x40AB1C0000000000, NUM_OK},
    {12345, 1901, 1LL, NUM_LOG_2, 0x40D93B6D318E663B, NUM_OK},
    {10, 3110, -272486LL, NUM_LOG_10, 0x40A84C0000000000, NUM_OK},
    {3, 383, -1LL, NUM_LOG_E, 0x407A4C4BCD88D78D, NUM_OK},
    {12345, 1359, -888843LL, NUM_LOG_10, 0x40B5B8561E1EFA8B, NUM_OK},
    {10, 422, 1LL, NUM_LOG_10, 0x407A600000000000, NUM_OK},
    {2, 787, 1LL, NUM_LOG_E, 0x40810C0DFD76D007, NUM_OK},
    {12345, 3366, 0LL, NUM_LOG_E, 0x40DEF7C6E212A36F, NUM_OK},
    {7, 3931, 0LL, NUM_LOG_E, 0x40BDE15F6F8DF314, NUM_OK},
    {3, 3960, 0LL, NUM_LOG_10, 0x409D8599C5D22F63, NUM_OK},
    {7, 1248, 1LL, NUM_LOG_10, 0x40907ABABAFD9C76, NUM_OK},
    {12345, 862, -991526LL, NUM_LOG_2, 0x40C6E1FF1AC32084, NUM_OK},
    {2, 1062, 0LL, NUM_LOG_E, 0x408700FA7B708316, NUM_OK},
    {3, 2208, -517606LL, NUM_LOG_10, 0x409075EF5707095B, NUM_OK},
    {7, 2258, 1LL, NUM_LOG_E, 0x40B129DD7847820D, NUM_OK},
    {10, 1227, 0LL, NUM_LOG_2, 0x40AFD802F49A8098, NUM_OK},
    {10, 728, 836778LL, NUM_LOG_10, 0x4086C00000000000, NUM_OK},
    {7, 2061, 0LL, NUM_LOG_2, 0x40B699F55FE2ECB4, NUM_OK},
    {7, 2093, -1LL, NUM_LOG_10, 0x409BA329299953BC, NUM_OK},
    {12345, 634, -1LL, NUM_LOG_10, 0x40A44402BDBA92BD, NUM_OK},
    {7, 3300, -197166LL, NUM_LOG_2, 0x40C21822B815705D, NUM_OK},
    {12345, 1671, -401311LL, NUM_LOG_10, 0x40BAB4E1B1C05E72, NUM_OK},
    {12345, 717, 0LL, NUM_LOG_E, 0x40BA62DC912ACDE0, NUM_OK},
    {10, 400, 0LL, NUM_LOG_E, 0x408CC845B54B54F1, NUM_OK},
    {10, 400, 0LL, NUM_LOG_2, 0x4094C315BF6707B1, NUM_OK},
    {10, 400, 0LL, NUM_LOG_10, 0x4079000000000000, NUM_OK},
    {10, 308, 0LL, NUM_LOG_E, 0x40862991D5D62A5E, NUM_OK},
    {10, 308, 0LL, NUM_LOG_2, 0x408FF93B176658A4, NUM_OK},
    {10, 308, 0LL, NUM_LOG_10, 0x4073400000000000, NUM_OK},
    {10, 309, 0LL, NUM_LOG_E, 0x40863BFD8791DFB2, NUM_OK},
    {10, 309, 0LL, NUM_LOG_2, 0x409009E73337E924, NUM_OK},
    {10, 309, 0LL, NUM_LOG_10, 0x4073500000000000, NUM_OK},
    {2, 1024, 0LL, NUM_LOG_E, 0x40862E42FEFA39EF, NUM_OK},
    {2, 1024, 0LL, NUM_LOG_2, 0x4090000000000000, NUM_OK},
    {2, 1024, 0LL, NUM_LOG_10, 0x40734413509F79FF, NUM_OK},
    {2, 1024, -1LL, NUM_LOG_E, 0x40862E42FEFA39EF, NUM_OK},
    {2, 1024, -1LL, NUM_LOG_2, 0x4090000000000000, NUM_OK},
    {2, 1024, -1LL, NUM_LOG_10, 0x40734413509F79FF, NUM_OK},
    {2, 1023, 0LL, NUM_LOG_E, 0x408628B76E3A7B61, NUM_OK},
    {2, 1023, 0LL, NUM_LOG_2, 0x408FF80000000000, NUM_OK},
    {2, 1023, 0LL, NUM_LOG_10, 0x40733F424BCB5220, NUM_OK},
    {2, 1100, 0LL, NUM_LOG_E, 0x4087D3B1F7E6CC3C, NUM_OK},
    {2, 1100, 0LL, NUM_LOG_2, 0x4091300000000000, NUM_OK},
    {2, 1100, 0LL, NUM_LOG_10, 0x4074B220BF9B500D, NUM_OK},
    {2, 10000, 0LL, NUM_LOG_E, 0x40BB1378C84073B8, NUM_OK},
    {2, 10000, 0LL, NUM_LOG_2, 0x40C3880000000000, NUM_OK},
    {2, 10000, 0LL, NUM_LOG_10, 0x40A7849993EAAC6C, NUM_OK},
    {10, 0, -1LL, NUM_LOG_E, 0, NUM_DOMAIN}, {10, 0, -1LL, NUM_LOG_2, 0, NUM_DOMAIN},
    {10, 0, -1LL, NUM_LOG_10, 0, NUM_DOMAIN}, {10, 0, -2LL, NUM_LOG_E, 0, NUM_DOMAIN},
    {10, 0, -2LL, NUM_LOG_2, 0, NUM_DOMAIN}, {10, 0, -2LL, NUM_LOG_10, 0, NUM_DOMAIN},
    {10, 0, 0LL, NUM_LOG_E, 0x0000000000000000, NUM_OK},
    {10, 0, 0LL, NUM_LOG_2, 0x0000000000000000, NUM_OK},
    {10, 0, 0LL, NUM_LOG_10, 0x0000000000000000, NUM_OK},
    {10, 1, 0LL, NUM_LOG_E, 0x40026BB1BBB55516, NUM_OK},
    {10, 1, 0LL, NUM_LOG_2, 0x400A934F0979A371, NUM_OK},
    {10, 1, 0LL, NUM_LOG_10, 0x3FF0000000000000, NUM_OK},
    {2, 1024, 1LL, NUM_LOG_E, 0x40862E42FEFA39EF, NUM_OK},
    {2, 1024, 1LL, NUM_LOG_2, 0x4090000000000000, NUM_OK},
    {2, 1024, 1LL, NUM_LOG_10, 0x40734413509F79FF, NUM_OK},
};
const size_t log_cases_count = sizeof log_cases / sizeof log_cases[0];
