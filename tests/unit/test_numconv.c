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
    cr_assert_leq(25, CL_NUM_FLOAT_TEXT_SIZE);
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

// float text: bit pattern -> repr(x) (3900 cases)
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
    {0xE46BB34E478F98E1, "-5.480923454361659e+175"},
    {0xA0911E124C82A996, "-8.170745551496758e-152"}, {0xB0502D82AC6FB1E1, "-5.588559728783065e-76"},
    {0x598E0EC19B51ECCD, "2.4837229320303998e+123"},
    {0xBDE40FEE110ED94E, "-1.4597190863084035e-10"},
    {0x81E917E413BF0389, "-1.8734949033596504e-299"},
    {0x6532B23F3030EF35, "3.030487935456909e+179"}, {0x0A9493841D8971BC, "1.070605880948632e-257"},
    {0xE55819105AEBE6C4, "-1.5624161771232877e+180"},
    {0x2111C61D9CF7E052, "2.1719240371798017e-149"},
    {0xDA76E811C44B62AA, "-6.202364926782951e+127"},
    {0xE76976BD5BD4E344, "-1.4181786872431272e+190"},
    {0x97E3E0323C693A96, "-1.3613715912996745e-193"},
    {0x57373DBBAB8326A3, "1.3973201508186946e+112"}, {0x371F8923714103E2, "3.5352739087119643e-43"},
    {0xC5799E71812251F9, "-4.9554197090926996e+26"}, {0x7860F2BBD958DDB2, "7.162904158677641e+271"},
    {0x9FA01E4B2D62BBB0, "-2.3479693666703264e-156"},
    {0x5EBEBA2A94E4B410, "2.455619335105932e+148"}, {0x0933335CE9FC0D5F, "2.3818776077375743e-264"},
    {0xE45837DFCBC37B90, "-2.3959646495232326e+175"}, {0x4792E64B096E3002, "6.280463532366655e+36"},
    {0x3963787B93C896B3, "2.999926417170981e-32"}, {0x18BA6CA8C569C8F4, "1.4826843413936322e-189"},
    {0xE75728D25011CE59, "-6.449197812691035e+189"}, {0x07431BF5CF278786, "1.103867378233724e-273"},
    {0x077BB499AED2D15E, "1.2803522214862098e-272"},
    {0xF27F622B922F5098, "-3.3482476778438497e+243"},
    {0xBBF5AB887DF90C97, "-7.342099020052714e-20"}, {0x41E1BDA2BE3655CF, "2381125105.6979747"},
    {0x12765E1123869C96, "9.900557036884231e-220"}, {0x0568248465C629E2, "1.298849802646996e-282"},
    {0xC8692C0F2B9C9889, "-6.852499179073032e+40"}, {0x555E8AF414636FB9, "1.710201157016015e+103"},
    {0xD5CA437C332FF9CE, "-1.8823613159238777e+105"},
    {0x7B153CE14BC0BAC5, "7.895246661892547e+284"}, {0x5A2E5B19C407F82F, "2.568566233532525e+126"},
    {0x329D1BE866E72090, "6.9101655802351045e-65"}, {0x70326099A3F6018C, "2.853115961907961e+232"},
    {0x97356E095094D2F2, "-7.167068624167869e-197"},
    {0x145D976EEE68707C, "1.4064055083780468e-210"}, {0x31DAF821FD2697F3, "1.5630402668473116e-68"},
    {0xB387A420E41E636E, "-1.8389886718599368e-60"}, {0x761949E2A67C3515, "7.776448517498579e+260"},
    {0x1D82206DD6C926CC, "1.5369883613904347e-166"},
    {0xD9258B51A67700E0, "-2.781627280605297e+121"}, {0xC61FB4DB0C77F49A, "-6.280112883364295e+29"},
    {0xD1A7A167924657DB, "-2.2953105636232135e+85"}, {0x2FC931E3652E34C3, "1.6998999694122252e-78"},
    {0xD9BDACB78A8C80C1, "-1.9616621438236684e+124"},
    {0x90F3ED1CF10E6D8D, "-5.257124490620205e-227"},
    {0x59896C4FB0544D5B, "2.1007607525614124e+123"},
    {0x8F7436FA4872B9AA, "-3.178863624452959e-234"},
    {0x1C796636CDFE512A, "1.6430991807878564e-171"},
    {0xF8E06BF55750E381, "-1.7767425700836152e+274"},
    {0x20832A8DFB48FEA7, "4.574344517383281e-152"},
    {0xDE5347D5B8B8D890, "-2.4075680136292545e+146"},
    {0x839AEDB8025BA47E, "-2.6984713034492934e-291"},
    {0x03651AD05FD97E8F, "2.6435910153209665e-292"}, {0x81417067507EFCB6, "-1.27150434328738e-302"},
    {0x3607F3695B84E935, "2.0484775526458412e-48"},
    {0xA3E93CF6678B1C9F, "-1.0850986431960899e-135"},
    {0xB7592C4F62395294, "-4.515200918146217e-42"}, {0x153AD44C730C91FC, "2.0891623362014614e-206"},
    {0xA3834F9D5BE64584, "-1.297288709666829e-137"},
    {0x9371A7DAEB4DD002, "-5.121623582932629e-215"},
    {0x23BAAB236C9A6B07, "1.4332459305792139e-136"}, {0x4FBD96444D07AD99, "1.3382571064107558e+76"},
    {0xE3D2E095A0A83EF8, "-7.295196900970767e+172"},
    {0x6A525C14664B1047, "1.4390713707419499e+204"}, {0xC2A525D178298924, "-11626086143172.57"},
    {0x38A967B2A223CC23, "9.556325009442225e-36"}, {0x22EEE00BCF1086D8, "2.0255433135392884e-140"},
    {0x9EB0C096EC0FD6A2, "-7.447265563995621e-161"}, {0x54845B12216CF70E, "1.3913474650250225e+99"},
    {0x6CB11AD85495DF49, "3.685331200920396e+215"}, {0x4EB45EAC3277AB7C, "1.4058729639779945e+71"},
    {0xFF4EC3CB182709EF, "-1.6877960698648337e+305"}, {0x31B802E9F3E9C5E3, "3.479029962811584e-69"},
    {0xE6F2C371E7921848, "-8.164134732474902e+187"},
    {0x86169F5F093AD823, "-2.4925591424038157e-279"},
    {0xFFD21243F83ECEB4, "-5.076053308958087e+307"}, {0xCDD127255DC56B8E, "-7.225650692472722e+66"},
    {0xF683930405DD8960, "-7.704634328269358e+262"}, {0xBF7A3E865D96C100, "-0.006407284608414665"},
    {0x5828F9E81726CF5F, "4.92056147658264e+116"}, {0x039CF29DE28C6989, "2.900805389582821e-291"},
    {0x0A68AEDD13B484F2, "1.605361145202472e-258"}, {0x013588367143E99A, "7.849651395317754e-303"},
    {0xE052B9D221B5F57A, "-1.0042910765225185e+156"},
    {0xCA53C04C4C8B3915, "-1.154654354473171e+50"}, {0x57672040635DC218, "1.1123170229237686e+113"},
    {0x0E92F96463578B1A, "1.8211538793641473e-238"}, {0x3ABFDEAB63EE5221, "1.0297688643361188e-25"},
    {0x8F5C07AD011AA4AE, "-1.101961024712073e-234"},
    {0x98B92006B7D5BA9B, "-1.4097775251592888e-189"},
    {0x8B6A7A5FAB663EEE, "-1.1285978213012653e-253"},
    {0xE23C81DCFB6BE90C, "-1.641622873620142e+165"},
    {0xD45A01F1015B9CF4, "-2.2220744646761418e+98"},
    {0xB993CDA56640D830, "-2.4409458037719357e-31"},
    {0x163E37F74AB5B309, "1.5421176218980266e-201"}, {0x4348BEBE043F75B0, "1.3930245530774368e+16"},
    {0x1640DC83CA4C6A71, "1.7209417830606454e-201"}, {0x41D9C58F9BE8DF58, "1729511023.6386318"},
    {0x5861C0B7E73CF2CC, "5.595969420651175e+117"}, {0x21E837C3DC9FC6A6, "2.424305638906117e-145"},
    {0xB477CFBE8583E7EC, "-6.069425510519509e-56"}, {0x4A862EF8E49C27F8, "1.0374784030811317e+51"},
    {0xC93422E4105EB32B, "-4.490543278313081e+44"},
    {0xF2EAD24B2B36D7D2, "-3.6627636010299234e+245"},
    {0xEB92272CD1B12927, "-1.4919905060381403e+210"}, {0x446984A422B47EEB, "3.765811234484357e+21"},
    {0x610D3101B827DD99, "3.2062924387379858e+159"},
    {0x9AA265D655A9BA80, "-2.216861393983581e-180"},
    {0x17BD20B53015B2BD, "2.4938479296988302e-194"}, {0x55B4634663D509D8, "7.306152282170516e+104"},
    {0x0974A3581A6D56A0, "4.096309232119738e-263"}, {0xADC780957773A171, "-3.691996560097869e-88"},
    {0xA2B63056C11D21F5, "-1.819601672789357e-141"},
    {0x18DC077B2A6420C6, "6.2909146371109395e-189"},
    {0x9B97224909951171, "-9.134229118217888e-176"},
    {0x18889120D06BE7E2, "1.7230712428257075e-190"},
    {0x91C07FBE9597E0E1, "-3.565914226262814e-223"},
    {0xA711AB618BF6F7FE, "-1.7106649268367093e-120"},
    {0x923148BB4F1B61F6, "-4.781566117363099e-221"},
    {0x0D7ECCD14C2E1A7C, "1.1277042184712046e-243"},
    {0x982549EA11A9A1B2, "-2.333041637538075e-192"},
    {0xD796075C6CF4784C, "-8.476338903202004e+113"}, {0xC248036D6CC81685, "-206273436048.17593"},
    {0x7D17EF5ED7D44DDF, "3.8216415615692906e+294"}, {0xC4DA92C491F06132, "-5.019556702239027e+23"},
    {0x2C826D5F165602A8, "2.7606507876908347e-94"}, {0xD1BFB602DA637B8A, "-6.160393639778672e+85"},
    {0xDB712F44396C4071, "-3.049428226061813e+132"},
    {0x211538555EE50A2F, "2.5930364194296815e-149"},
    {0x8BDD61544EE85686, "-1.6029437163939531e-251"},
    {0x11EB4E17ED88722D, "2.3605664516495013e-222"},
    {0x5F54BC5A7835248A, "1.6969056789281412e+151"},
    {0xED3106946B62370C, "-9.390785287775295e+217"}, {0x0B9C4CD2FFF4247C, "9.650093876908051e-253"},
    {0x7E4EB65B7F5A5839, "2.5709788939617917e+300"},
    {0xDC6A21BF6320832B, "-1.5194898800089065e+137"},
    {0x39F1C641F1B35FCC, "1.4021563768890365e-29"},
    {0xA26635731A9A9EB9, "-5.6913712910580685e-143"},
    {0x6518C6D1B28C7A66, "1.0040140813211215e+179"},
    {0xC9F02FB564E8AE6A, "-1.4785246243006275e+48"},
    {0xE65CFE9C5BFD7C32, "-1.2320095595115252e+185"},
    {0x66EDC462E1AB4F71, "6.475962656748186e+187"},
    {0xF022BC0944F941D3, "-1.4542837861998233e+232"},
    {0x474A1E52C13EA741, "2.7122949425138274e+35"}, {0xD9927117FE9C8904, "-3.047760926415832e+123"},
    {0x8B5F0C31F78C6382, "-6.6168642748185646e-254"},
    {0x97F31A6696902D56, "-2.6169008914007937e-193"},
    {0x864FDCBF2D37B95B, "-2.8084780539168016e-278"},
    {0xC69CD74B3E7D4BE9, "-1.4624120269091178e+32"}, {0x0AD6E7C3D6F0807D, "1.90686652354333e-256"},
    {0x72371463FABAD28E, "1.5389544307175258e+242"},
    {0xE1E3C17731A0B9A5, "-3.555172149658504e+163"}, {0x6B15091C1A912918, "6.753542253866219e+207"},
    {0xF5663BB260CC73F6, "-3.3383210493633504e+257"},
    {0x98F13451C5BFD2DE, "-1.54454855820933e-188"}, {0x30A69BE48FBEC3BC, "2.4992608979163463e-74"},
    {0x78FAB374F2DFE860, "5.7778151385870475e+274"},
    {0xF0A0BCC40E63C235, "-3.326088247482846e+234"},
    {0x70320DE2AB4EB0F8, "2.8029534160524196e+232"}, {0x68C13B87D3BAEE45, "4.02546925579294e+196"},
    {0x7FB9C45D19AB9776, "1.8094234756336496e+307"}, {0xB7616041E50FF50A, "-6.233336265592749e-42"},
    {0x612F45DEF61C4A2B, "1.3739671028943176e+160"},
    {0x039456F9D565958C, "2.0382141357451098e-291"}, {0x4F70A0043CF0863F, "4.699831473505729e+74"},
    {0x0CFAD7C322D080D5, "3.8391202509917933e-246"}, {0x49C85FE0256A4FE0, "2.783077503548835e+47"},
    {0x79885B59087FF199, "2.698526830628321e+277"}, {0x3DD1CBA981ED5266, "6.47398527857387e-11"},
    {0x8CB512AAFC5F9480, "-1.883685188779784e-247"}, {0x4588178F53B6EB83, "9.320152965288749e+26"},
    {0x185AA302801E1F32, "2.335307712376821e-191"}, {0x60500A7CD206E828, "8.602968240012787e+155"},
    {0x869E7047123DB0FD, "-8.585556481058192e-277"}, {0x615102F1D88D30DA, "5.979162851815676e+160"},
    {0x3DC7FA58E26396C5, "4.361558015675578e-11"}, {0x304C41CB26DFCDBE, "4.8806453510570544e-76"},
    {0xC003A0FEA3C32C43, "-2.4536106866776506"}, {0x0C868DC93F7C2301, "2.5200799153263712e-248"},
    {0x5C41E7F3AF944E26, "2.602963866942112e+136"}, {0x11E9011EBAC45BF8, "2.1616691224273304e-222"},
    {0x215D9930FF731724, "5.7869593836229566e-148"}, {0xD22AAD890D478437, "-6.633762945022986e+87"},
    {0x87CC4C84957CD5EC, "-4.184884153524445e-271"},
    {0x837AED354F4DD2C4, "-6.745678640738587e-292"}, {0xD019A9FAD90C2EEF, "-7.429215780292727e+77"},
    {0xA0969BC73311C83A, "-1.0791805329495273e-151"},
    {0x095738A99FCF3478, "1.1522615015408078e-263"},
    {0xEB5250A19E9CA9BA, "-9.408126056489366e+208"}, {0x4D0251549C94CEF7, "9.419329506797583e+62"},
    {0xDF798DCC4C28E320, "-8.36478916148947e+151"}, {0xCC3DC196FBC75113, "-1.867827579036541e+59"},
    {0xA2575F43BE28D153, "-2.994748237603891e-143"},
    {0xA22C7AA3CE4322E9, "-4.5613958840347157e-144"},
    {0x9D0EDD919ADC61BB, "-1.022317511756245e-168"},
    {0xF8F2DBFBFAA4291B, "-4.080956317637367e+274"},
    {0xD42CF95A3FB9C3F6, "-3.0944079795606747e+97"},
    {0xE6D4F4FA38C07D38, "-2.279634674289913e+187"}, {0x356E5F2504CA56F7, "2.5367592913035295e-51"},
    {0x2EE50EFDAC7C07E8, "8.672011309300565e-83"}, {0xA38FDCD44C0D5CA9, "-2.1404909597783142e-137"},
    {0xACD70AE6C076EC4C, "-1.1046698833043453e-92"},
    {0xD533D16CAE92FA07, "-2.774212874899971e+102"}, {0x42830A4BD63BE441, "2616867866492.5317"},
    {0xA2EA9E007F60FC5E, "-1.7462013570458218e-140"},
    {0x85C9555DB65F3235, "-8.722652751356574e-281"}, {0xCDE2B289367F4C4B, "-1.575253356345375e+67"},
    {0x6BFBD311129FA429, "1.463605422946107e+212"}, {0x71224CD2B2A09178, "9.309788833192786e+236"},
    {0x4509EECBC4E5FF54, "3.9188534487953257e+24"},
    {0xEBF687E80DE123E1, "-1.1851551506406665e+212"},
    {0xEC149EE25F1324E3, "-4.338695098924065e+212"},
    {0xF543B677E493A391, "-7.399696469759897e+256"}, {0x46A95B9441C81780, "2.5715794309331422e+32"},
    {0xEC865DC51A8174DE, "-6.023665600550829e+214"}, {0x47204ED572E8A64F, "4.2337844423402445e+34"},
    {0x4BA4E40A73B2F812, "2.5612027253651786e+56"}, {0x9559D9DDA432FF06, "-8.051948053777675e-206"},
    {0x70DB0BD51BDB67EF, "4.299750062595109e+235"}, {0x4B26AE3507504B3B, "1.086179999482096e+54"},
    {0x6D6E0369CCA51F3A, "1.3243448700009357e+219"}, {0xBAABE9E9F2E003B9, "-4.509705662391641e-26"},
    {0x259D4669566F07C5, "1.6893491431324695e-127"},
    {0xBF0B3D2F86A9D453, "-5.1954281691836975e-05"}, {0x03FB450AF688AB33, "1.748898143543272e-289"},
    {0x695F3D0DA98742CA, "3.7361747054256564e+199"}, {0xB979D957D2001F61, "-7.965336955390181e-32"},
    {0xFC9AA56FEA685912, "-1.6619261808953586e+292"}, {0x53624F027B4A0A6F, "4.773803683792737e+93"},
    {0x194A4EC35712C6D9, "7.557794104633447e-187"}, {0x246995AD7B47A1D3, "2.815995077130968e-133"},
    {0x11AAD84460547D77, "1.4504851781231438e-223"}, {0x3C0D7EE6A61C3AEC, "1.9987068452682779e-19"},
    {0xC90ECE89490C63C4, "-8.587677533001303e+43"}, {0x8FEEB18DBBD41795, "-6.178182618073087e-232"},
    {0xCAB516204093798A, "-7.889369966111437e+51"}, {0x43633D2986D3BFBB, "4.332218497984047e+16"},
    {0x0F0641E394343A9F, "2.734433903834491e-236"}, {0xC02500D73667A75A, "-10.501641941216509"},
    {0xBC09D7CBC793F976, "-1.7511866238219087e-19"},
    {0xE15257A820F00627, "-6.446946697588242e+160"}, {0x38FEA654661B15A2, "3.689326486827392e-34"},
    {0x8C9F35405A66F545, "-6.974124605266342e-248"}, {0x3A60BD9AFFD1549B, "1.690373303651927e-27"},
    {0xBDA46FFECA0AAD7E, "-9.29389058230582e-12"}, {0xE442C0955E2EF4D9, "-9.276017472955748e+174"},
    {0xF186FA1CBAE12DAB, "-7.481004566668972e+238"}, {0x44D37AE8E290FA36, "3.679689883443267e+23"},
    {0x3F68053539FA6713, "0.0029321708278303798"}, {0xBA1F359427766210, "-9.847916104739473e-29"},
    {0x43570E8A5A039460, "2.595964737121933e+16"}, {0x3FC38C4B0715C239, "0.15271890493342413"},
    {0x0C15B67B801405D0, "1.8953956850897647e-250"},
    {0xBD9443DFD4900B4F, "-4.6077580304162274e-12"},
    {0xB1A6F09265F31982, "-1.6618789439096586e-69"},
    {0x9C19F02BEF9F0ECC, "-2.621813802102884e-173"}, {0x69A21D292B8EA2FE, "6.932650681836503e+200"},
    {0x4F18CA717C59381A, "1.0950385471533275e+73"}, {0xAD002EF29AAFC2EA, "-6.206700850756456e-92"},
    {0x4EAAC27B34AECE0F, "9.234430487715852e+70"}, {0x8CA352E185EAD9CB, "-8.636645040168432e-248"},
    {0x17320239CB43F31E, "6.022891948855257e-197"}, {0xF0EF6F6630D2ADD7, "-9.99498626141207e+235"},
    {0x5AE634A471FBC41F, "7.696111135385813e+129"},
    {0x84709BCFBDDEC736, "-2.7268307401164854e-287"},
    {0x1ED2FD549C5CF7C0, "3.3767390397716593e-160"}, {0x60328C92A4D63809, "2.487029391221798e+155"},
    {0x89B6C37F25746079, "-7.229126915881757e-262"}, {0x7389D161AA01E3E4, "3.610333285317696e+248"},
    {0x658E3078AB6CDEA5, "1.5658892703026206e+181"}, {0xC540855DA3431D00, "-3.994523033506624e+25"},
    {0xC2936C0EB8C15DDE, "-5338706096215.467"}, {0xBBD5D2C36CBE7641, "-1.8485049412982292e-20"},
    {0x0C82F00A3439478E, "2.116020166646324e-248"},
    {0xF8A53EF72CBDD422, "-1.4366878713298413e+273"},
    {0x4D4BBBFCEB938A44, "2.2818481564293314e+64"}, {0xF21232E7AE21D87B, "-3.033754471360177e+241"},
    {0x59AF8DA244012C71, "1.0429234512412996e+124"},
    {0xC97C81FD87BA729F, "-1.0171913956748111e+46"},
    {0x794949C3065EF5F1, "1.7510671171830057e+276"}, {0x6F016C4C018EEEE5, "5.159297311593599e+226"},
    {0x9FDC309D83F11242, "-3.285154772492884e-155"},
    {0x7CC6A005942EEE0B, "1.1289014225460656e+293"},
    {0x8ECEDF07CAA4D56D, "-2.3704299129529622e-237"},
    {0x120EDF0AC3ABC273, "1.0675482958725954e-221"},
    {0xD764327A51491B88, "-9.714469834566717e+112"},
    {0xE41438B665BFADE5, "-1.250349978982456e+174"},
    {0x95781D7AAB2FA8DD, "-3.004505393540818e-205"}, {0x2CFE88249E7F0E7A, "5.854824331434748e-92"},
    {0xC1F8567EBE85473A, "-6533147624.329889"}, {0x8176914B34311A2E, "-1.3163423057628938e-301"},
    {0x6585690E99958884, "1.1105337638716154e+181"}, {0x18DE51F7147B0BE5, "6.805099118467187e-189"},
    {0x9127B44C0413374A, "-5.003110828860204e-226"}, {0x2E2AE46AA10EDE18, "2.7036995320776905e-86"},
    {0x4AE811B7D03F9DCC, "7.20428878160282e+52"}, {0x0D332DFDDF476032, "4.388987357061504e-245"},
    {0x2694772DEF8C8FB4, "7.739717073880081e-123"}, {0xEEE9B3F6DD242C41, "-1.902787693000903e+226"},
    {0x56BF2FB1F05965B3, "7.32423744079595e+109"}, {0xDB958EC4481F1767, "-1.5301717248677413e+133"},
    {0x0378E740EC0B9201, "6.238809353363467e-292"},
    {0x9996E0E42A2B1B09, "-2.1032450520332773e-185"},
    {0x07D9EA298989F605, "7.664609530348385e-271"}, {0x6EB851AC9FA490F1, "2.2504180680335298e+225"},
    {0x0592AEF5DCDFACB4, "8.04120042994639e-282"}, {0xB7DD4C5589C5858D, "-1.3453064580050898e-39"},
    {0xBFAA4C52B821EABB, "-0.051363549210653635"}, {0xCBBD31582753964D, "-7.158041807403219e+56"},
    {0x8295E37B42C7D1A7, "-3.34689626205711e-296"}, {0x1CDEAE0CFF24335A, "1.2702119466705362e-169"},
    {0x9F69B88ACD5D0057, "-2.3417358044358402e-157"},
    {0x5B4A6183E2094385, "5.851645885785124e+131"}, {0x5E1A68DA7008ECDF, "2.0611019434390834e+145"},
    {0x60EC5E1DBDFD0FA2, "7.789524712771998e+158"}, {0x3D1B1B392679FB21, "2.4075266930582348e-14"},
    {0x3E523D8A151C7A68, "1.6987685320171296e-08"}, {0x4C650B5922E31969, "1.0567791457405996e+60"},
    {0x6A4CB3D050DB30E9, "1.1248775646929539e+204"}, {0x13367309940A0DDF, "4.070119694294225e-216"},
    {0xB8BAFA383163A392, "-2.029555503010888e-35"}, {0x9198400D8BAB801B, "-6.551468831306864e-224"},
    {0x57CCBBEAD2481A99, "8.845150692680622e+114"}, {0x37AB0DA709247C98, "1.5527849902769624e-40"},
    {0x2E7ABE6044BD6EF1, "8.6040319801781e-85"}, {0xEAE85CBF4001696F, "-9.776990763506316e+206"},
    {0xD3EB1E644D4D8F50, "-1.810163439062707e+96"},
    {0x87553ACB0CB17B05, "-2.4527145127036823e-273"}, {0x5080EECBF8F7CB08, "6.274189676888349e+79"},
    {0xC39D0C77449E5AF9, "-5.232947658546704e+17"}, {0x7FCFF757CBDE2D57, "4.489483474602365e+307"},
    {0xA6EFD81EFDFCB2EF, "-3.8537400045879815e-121"}, {0x2F140AAA4797AD65, "6.602598589300076e-82"},
    {0x23EE20159829CDE5, "1.2952206803770611e-135"}, {0x05BEC686C9A995A2, "5.298209098839131e-281"},
    {0xB2C69C5DC29A80C1, "-4.2940487398790065e-64"},
    {0x87391DF701929665, "-7.254585260164796e-274"},
    {0xE92FFC6D9CC252B2, "-4.7819798133639986e+198"},
    {0x7804CBBACE470966, "1.373289692900907e+270"}, {0x08A1674225322907, "4.216642533178974e-267"},
    {0x6828D591E0DA20F1, "5.665241182559241e+193"}, {0xD02D58E88E1921DD, "-1.699092503901036e+78"},
    {0xA364DA59DA9B2F35, "-3.5021856037497783e-138"},
    {0xE0B53A9E12CA630D, "-7.286630726707034e+157"}, {0x434B031B2F507920, "1.5206479327982144e+16"},
    {0x12DC9EE6761B154A, "8.107808099993997e-218"},
    {0xEE4932C82E1F8F1E, "-1.8217098282072932e+223"},
    {0x56593982130EB7E2, "9.256428686031301e+107"}, {0xA840B83274308E13, "-8.48663379299044e-115"},
    {0x2E6594E06BA08D57, "3.471633385100161e-85"}, {0x8C0700241AAC8CD5, "-1.0039032469510954e-250"},
    {0x711AD9CF302501EE, "6.829896541012325e+236"}, {0x16F771438B8F8593, "4.900107610418654e-198"},
    {0x6DD563AA363B7E40, "1.208074537705226e+221"}, {0xA23D6D1AD7373630, "-9.426188667050272e-144"},
    {0xB49742D74F3642CA, "-2.3716522781758405e-55"},
    {0xFD3DE04E675CA320, "-1.9080997428386304e+295"}, {0x39737CB2C8AF157F, "6.004927239586498e-32"},
    {0x395CE96F4F4F3017, "2.2272882687950655e-32"}, {0x5164592039F1DA24, "1.235303565778574e+84"},
    {0xD519AAAE4C587B84, "-8.982329035513427e+101"},
    {0xD274DE664F33E006, "-1.6605621763508046e+89"},
    {0xA7CBA84B12C9863D, "-5.4838172831403236e-117"},
    {0x6D7684087DB2E219, "1.9870251617333906e+219"},
    {0xF2B083446B687C88, "-2.8187479127447806e+244"},
    {0x09D12D4BBD2E292B, "2.1819736090079734e-261"}, {0x325F184B929C56AD, "4.613496240442617e-66"},
    {0x7A2E6AB183F61208, "3.450794451356684e+280"}, {0x3566132DB1B1E152, "1.843783013379969e-51"},
    {0xA8F8D6DD2674F6B1, "-2.582148263765284e-111"},
    {0x99E1E05CF3792028, "-5.258878860840131e-184"},
    {0x8CFD0267CC5EBFEA, "-4.1489886531025867e-246"}, {0x43B338A44B5C17C3, "1.385037528990991e+18"},
    {0xF15D2E461D345C89, "-1.1876081006586249e+238"}, {0x51C104144A77E26D, "6.611265369523042e+85"},
    {0x6FAF381FF6B33919, "9.466490507597471e+229"},
    {0xAB3A083AFBB1BB0D, "-1.8596512019740523e-100"},
    {0x737BEB116E9CE976, "1.952020611237085e+248"}, {0x7856A51B351E3A85, "4.785280537108265e+271"},
    {0x6CD0D5AB68FEDFC2, "1.4508446485420064e+216"}, {0x6E9A5BFD9E36B8CA, "6.098054373454001e+224"},
    {0xAE2DBC16F944F7F0, "-2.9894768004036064e-86"},
    {0x598C1C6E20D98375, "2.3228726221938094e+123"}, {0xCE0E4BD6D59F6670, "-1.020981499577315e+68"},
    {0x8E2EFCFA70687BDD, "-2.3236449702711098e-240"},
    {0x768024B863712850, "6.354220432585463e+262"}, {0xC0F20E212D089C99, "-73954.07349454089"},
    {0x512868F81E84AF90, "9.261839373598411e+82"}, {0x879DA5C54659AF20, "-5.480404483891273e-272"},
    {0xA7D45D3D69914C98, "-8.075500262500779e-117"},
    {0x895D5FED2CB48CAB, "-1.457596898072453e-263"}, {0x40AC234FD4F9A186, "3601.6559217462227"},
    {0xF366783918C6D02E, "-7.855289592612976e+247"}, {0x0AE7665A1599E05D, "3.896063873736578e-256"},
    {0xEF4C922666E596C8, "-1.3536632319177335e+228"},
    {0xB9BC5DB4C72417C0, "-1.398553734791551e-30"}, {0xA25933F508637040, "-3.229338589843654e-143"},
    {0xA6569662B74EDAA2, "-5.338864269284525e-124"},
    {0x83C7EB8F52C58258, "-1.9176007680477706e-290"},
    {0xCA35393A5B8AF843, "-3.101824827561442e+49"}, {0xB63BE8E60B61D89F, "-1.9096632865145347e-47"},
    {0xD811383A1C24B439, "-1.6962205786258776e+116"},
    {0xF9F5C88DB8F88027, "-3.0891707165924284e+279"},
    {0xCDD917CC56905BCD, "-1.0570389206599869e+67"}, {0x58BDB01E93254325, "2.994599529830657e+119"},
    {0xF4A75F499DDCF6B8, "-8.567739884604147e+253"}, {0xCEF9B26F174D572F, "-2.837667654829197e+72"},
    {0xA4DD1ED464A8C719, "-4.1026045595814717e-131"},
    {0x9C164FDE3EF33D5C, "-2.2552812776353918e-173"},
    {0x5AB3440E69877A99, "8.346535050331817e+128"}, {0x685B16C1CAC52BDE, "4.943658908032331e+194"},
    {0xE0F3343BDE461A85, "-1.0546547094184139e+159"},
    {0x23EF9EB8D59D91F3, "1.3594834896277856e-135"}, {0x420AD635B2623CEA, "14407874124.279743"},
    {0xCC7F9153AF2793FC, "-3.1704569408884954e+60"},
    {0xA8A1C5CEED93B7C2, "-5.773574434204837e-113"}, {0x4F82ED2456EDADDE, "1.0700781044132135e+75"},
    {0x94ACDAB240B85CAE, "-4.388370637128516e-209"}, {0x06593560C2E36BD2, "4.44397034590237e-278"},
    {0x4ED14714F11EEFE9, "4.769841981840172e+71"}, {0xF9D21B11DC4F909C, "-6.419072967842408e+278"},
    {0xEA2921CEB3A789CD, "-2.4623806122638373e+203"}, {0x35F51B7D32363EF8, "9.026409273325788e-49"},
    {0x504129930C7AB97B, "3.974540312948829e+78"}, {0x35A7CBCFA8FC46F0, "3.1800738128459213e-50"},
    {0x43CEA77ED3992F59, "4.417747179043468e+18"}, {0xE1B15D4DFAAF37E5, "-3.906062932546738e+162"},
    {0xE8204C5EF63649D0, "-3.718006771192943e+193"},
    {0x846AD9E468F0D534, "-2.2042299695999364e-287"},
    {0x2A05C0B63892D249, "2.9639189010181226e-106"}, {0x6E2B7320EE0D9246, "4.961177336884451e+222"},
    {0x5784429B078ECAAD, "3.897908503759035e+113"}, {0xC77C54FA7ABB8D95, "-2.3537260715235105e+36"},
    {0x2468EDCB62597A4E, "2.74381469373989e-133"}, {0x69138C20026445F9, "1.4611854926183617e+198"},
    {0x4D769B388D604EB7, "1.4879528714173316e+65"}, {0x769A0DA9937DA7BF, "2.0509738091052704e+263"},
    {0xCA5AAF410AB0D957, "-1.55998265740948e+50"}, {0xD9E56083F08BA4E3, "-1.1305121757236836e+125"},
    {0x38D7AC34DDF96CFE, "7.123738519742165e-35"}, {0x764FDF6D8A6D940D, "7.840901404649818e+261"},
    {0x7078BC4CCD541413, "6.144381455246298e+233"}, {0x1C78050AAA61994C, "1.553853071055882e-171"},
    {0x6347B1D2857C09C8, "1.7884520017146065e+170"}, {0x2024C819F9693C12, "7.749829966379126e-154"},
    {0xFF542C2B7526E6B6, "-2.2133809371587335e+305"},
    {0xAE64000EC936C28F, "-3.217259786325432e-85"}, {0xE547920075EDE2CE, "-7.641047488252113e+179"},
    {0x0928DBE263F6C303, "1.5418997306122702e-264"},
    {0x95ED8958F0902FF4, "-4.7103389896957265e-203"},
    {0xA20D87E02875C966, "-1.1824608730646707e-144"},
    {0xB082B2F123FD907D, "-5.167604698808896e-75"}, {0x94B40F62694ACCAC, "-6.101772505558741e-209"},
    {0xA708557A00C1DFF6, "-1.1779404596890567e-120"},
    {0x0A6F0AC72E1E7115, "2.0189466889969242e-258"},
    {0xBE9565A7EEADE5C1, "-3.1884154221665197e-07"}, {0x33067C0E4DFE6BCF, "6.832127316756047e-63"},
    {0xBD6665541B7E7FD6, "-6.365273357874794e-13"}, {0x696DCE1C1EDB3A7B, "7.129481846279585e+199"},
    {0x00E3EE533A482355, "2.2706100431096367e-304"}, {0xA4E945F2B391BA81, "-7.12119245851078e-131"},
    {0x2A4032D6CC50E572, "3.531414831931201e-105"}, {0x04719D054AA03D7D, "2.8917876996298104e-287"},
    {0xABDB5A568EE0F4CF, "-2.0008960444941558e-97"},
    {0xF67054D901A9FEE3, "-3.214109115247751e+262"}, {0x42C40A59BBDE2582, "44069375425611.016"},
    {0xDA97D4CB8396E46D, "-2.5810988375532203e+128"},
    {0x0F122ADB8F0741B8, "4.463920896877322e-236"}, {0x01012D98A8A26998, "7.827981295139401e-304"},
    {0x9B9E2C8CA949E99F, "-1.19139489204118e-175"}, {0x193791C506427AAF, "3.3855674054929715e-187"},
    {0x203FA6451FE97D46, "2.360526972337698e-153"}, {0x14DC070B1949953A, "3.4101036023107143e-208"},
    {0x67E8F6F73CEAA0CF, "3.559375223359989e+192"}, {0x581BF5AFBDA68E42, "2.7541719466388288e+116"},
    {0x875C525047A3D51D, "-3.272056330397802e-273"},
    {0x0D7F5713216FA40E, "1.1474780663151166e-243"}, {0x6A31730308093F20, "3.41927652471927e+203"},
    {0x84D0BF17D9A51E81, "-1.7596531665307384e-285"},
    {0x1867E85D78CEAA18, "4.192085468591668e-191"}, {0x951687BBC93504F6, "-4.385995834996592e-207"},
    {0x170E3B83C71D9CFE, "1.2638822794863602e-197"},
    {0xCEECBE4D0E8B07E0, "-1.5870352208482613e+72"},
    {0xA17F87F4E2EF069B, "-2.4659313704456878e-147"}, {0xC02C7A4F4E5611CC, "-14.238886306768926"},
    {0xBD36B5651A8DA242, "-8.06770613706674e-14"}, {0x84254DEAF23090D6, "-1.093056940871816e-288"},
    {0xDFB00558C316B000, "-8.390818659553476e+152"},
    {0xDD21682D0E569454, "-4.145819237249419e+140"},
    {0x9BE755BEEEEC38F9, "-2.9483517444989336e-174"},
    {0x582E86FBB2EB713A, "6.014180008314922e+116"}, {0x4A746FBBF39CFED0, "4.778867549318378e+50"},
    {0xA9669291B2349978, "-3.003529695907658e-109"},
    {0xD9E3E64587075E2D, "-1.0523745757133617e+125"}, {0x10316C7D22756487, "1.12229187466039e-230"},
    {0x261A078EF11B35E9, "3.8452807447606124e-125"}, {0x2E2A7DCBA4E31D00, "2.6633974317652703e-86"},
    {0x1A326BFDDA15FD2E, "1.7341860751543226e-182"},
    {0xB2E10078952A0E03, "-1.2915369840458915e-63"},
    {0xE371CD498B036EEF, "-1.0749394340077627e+171"},
    {0x7280B4F8CE43D0BE, "3.564863792571134e+243"}, {0x7F35D1EE213450F5, "5.985372282182308e+304"},
    {0x58075AC5734F4178, "1.1502714035368952e+116"},
    {0x8B211B2B8BD6AB31, "-4.5570682298904145e-255"},
    {0xCC4C5357ED9388B5, "-3.556048490028979e+59"}, {0x4D26729983A23298, "4.617214813261886e+63"},
    {0xE1286F613B2703C0, "-1.0735479168745153e+160"},
    {0x93909CD07CD88DBF, "-1.9276117320917177e-214"}, {0x4ECB99765974EDC0, "3.809689737084195e+71"},
    {0x4828CFB9992A97BF, "4.2214453413660225e+39"},
    {0xA71FD50D0EA4F93C, "-3.0818309604023527e-120"},
    {0x91A17DD4B6B294B0, "-9.451069464275875e-224"},
    {0xC98853E23572C4B0, "-1.7360805739423683e+46"}, {0x7CF0E56AC52D2B9C, "6.744407614217417e+293"},
    {0xDEE83DADC21A0FFE, "-1.54980548957709e+149"}, {0xFF01819A5F2D5909, "-6.002595255421449e+303"},
    {0x11D27805255C887A, "7.9833021437393e-223"}, {0x75B7AF6B80749770, "1.1380306788939742e+259"},
    {0xF0DDC9766C5F74D7, "-4.735467453962132e+235"}, {0x3B0B76D67981C137, "2.839732769127542e-24"},
    {0xF76EE8D7CD136B11, "-1.9933279363391926e+267"},
    {0xC9B041C994DC7819, "-9.281096099540225e+46"}, {0x504851F06FC59DA9, "5.632144594295875e+78"},
    {0x559419591FF85E6F, "1.800666633182725e+104"}, {0x50D646589F965228, "2.64114631331205e+81"},
    {0xCF8033CB6F6F6A0A, "-9.160648545539656e+74"}, {0x8E1973CE289A435E, "-9.542707479435228e-241"},
    {0x2DA429EAD595B91C, "7.918854559878092e-89"}, {0xE872DD3FA8FDEBC2, "-1.3770725184612404e+195"},
    {0x728C700A3A571FF6, "6.0679264345705396e+243"},
    {0x1D63776FA798D15A, "4.1264952373897126e-167"}, {0x6AE7F31AE6A0A54F, "9.611381875238585e+206"},
    {0x0DE37A5FA4281D65, "9.128477293319545e-242"}, {0xD32ADAA357F30774, "-4.3762140793833534e+92"},
    {0xD5EF36E366D80F9D, "-8.948775014216784e+105"},
    {0x1B767BA02A0D81F1, "2.2192954511946116e-176"},
    {0x29D4D9CC4AADDB51, "3.5512702468549756e-107"}, {0xC841C626EAB5154A, "-1.209637889706545e+40"},
    {0x5D855D1AC0336D6E, "3.2564485606350237e+142"},
    {0x7C38C417F139F6A7, "2.4135235257268835e+290"},
    {0xD685987B4E71FA99, "-6.339782524438224e+108"}, {0xAFB97BE775334B12, "-8.597036090388288e-79"},
    {0x51777748D3190FA3, "2.849161296082339e+84"}, {0xE9CC378A4EBC6B46, "-4.319736431001024e+201"},
    {0x8A7190D19714ACDD, "-2.2849102351900384e-258"},
    {0x9753F25F76C1042F, "-2.668427437409789e-196"}, {0x6CFBA4B1A7F1CD2B, "9.529439234554346e+216"},
    {0xED6945B4991B5191, "-1.1151451740249426e+219"},
    {0x73041A67ED0C679F, "1.0981218951751235e+246"},
    {0x888464E0592DB7BF, "-1.2353138384600521e-267"},
    {0x2EB7109F386266B1, "1.1872805294064393e-83"},
    {0x883A4C4B6AD3BE0E, "-4.9779099018950207e-269"},
    {0x15E004A3E374F190, "2.5544925120442685e-203"},
    {0x55D3A70C0FC5184C, "2.8170653312200555e+105"},
    {0x2A6034E00146A515, "1.4132594571291504e-104"},
    {0xF7FBBCD469B77677, "-9.158519329023435e+269"},
    {0xDF9F3A5985D706EA, "-4.0888483155093696e+152"}, {0x564DF2926EF58F3C, "5.4947725888248e+107"},
    {0x7CB574523AD54592, "5.352439484508345e+292"}, {0x0BDF6A8A51051218, "1.714024060345851e-251"},
    {0x93E5BFEAFDB3084C, "-8.075807056789928e-213"},
    {0xEAF8CD799A9E64BF, "-1.990741579845552e+207"}, {0x25805307CFC385FE, "4.710070724925647e-128"},
    {0x1B528205115FF020, "4.567299211406958e-177"}, {0x8DEF9C0CC26A18C6, "-1.481399092434765e-241"},
    {0x16466E9023268CC5, "2.28948981209283e-201"}, {0x6349E008792E93F0, "1.9530353138077222e+170"},
    {0xB66E264720B2230B, "-1.6503312512415094e-46"}, {0x151FDCE2A8B984DB, "6.202794406610897e-207"},
    {0x699E75FE06D1BFE4, "5.829079329487966e+200"}, {0x30905DBF2B6DC104, "9.045839797900353e-75"},
    {0xC1B07DB9F0A74A8C, "-276675056.65348125"}, {0xA628952ACC840FC2, "-7.263084755038533e-125"},
    {0xF7AF76F673D7AC24, "-3.246607014171167e+268"},
    {0x8598F639B61B9DA0, "-1.0743363775091715e-281"},
    {0x6872A4E0DDAE3B63, "1.3609983872276337e+195"},
    {0xE50C46D6430FC573, "-5.7292302454649454e+178"},
    {0xDFD859A84FAFF372, "-5.101298950455729e+153"},
    {0x077F7738ED23E88B, "1.4541242115908597e-272"},
    {0x5732B9BFF9EB109B, "1.1258325788225983e+112"},
    {0xE453E99B3A9E9F81, "-1.9699891068213735e+175"},
    {0x59BFBB37D0036D52, "2.097617873609196e+124"}, {0x044802A83C9059BA, "4.927574331286449e-288"},
    {0x3F59CE977A3D9231, "0.0015751342079620807"}, {0x46D7EE49CAA256BB, "1.9414982437509565e+33"},
    {0x7A3C03219B86B9BE, "6.3559970053259575e+280"},
    {0xEF24B1254C6C7181, "-2.450917521935088e+227"}, {0x48E2162AF301FB53, "1.2604515585504792e+43"},
    {0xC2BD16A2AEC0F7E8, "-31983055847671.906"}, {0xE0A114CCE896014F, "-2.9314834100348126e+157"},
    {0xB640A648029165B9, "-2.2784150028434184e-47"}, {0x17A17BC35E3E44C1, "7.484450936122569e-195"},
    {0x32430C64A6EEB817, "1.4130896521444495e-66"}, {0xCF07F5B3975E4DEF, "-5.291656514533823e+72"},
    {0xFDD145E655DAA512, "-1.1296519373875725e+298"},
    {0x24C2F07EB27194CF, "1.3341322492230152e-131"},
    {0xD8A22E2C5CE66202, "-9.169188245588687e+118"},
    {0x9AC60B64133A353D, "-1.0625093656844322e-179"},
    {0x8AF742D78742278D, "-7.745937082828279e-256"},
    {0x5DAC76832C898418, "1.7354323971829617e+143"},
    {0xE9BDDF6E22AE4105, "-2.2866130528525187e+201"},
    {0xB40679D18FCBF70F, "-4.475762632052321e-58"}, {0xCABB2B951AE0919F, "-1.0165595126643362e+52"},
    {0xB630EBB187F30605, "-1.157759747007616e-47"}, {0x325C440729E9C16A, "4.193737422215263e-66"},
    {0x0AC02DE1FBC97FDF, "6.734595911570252e-257"},
    {0xA74D07571BF9B1C6, "-2.2483240819139167e-119"},
    {0x0AB948CC8B8E9218, "5.262303203861669e-257"}, {0xBF3F9CC2F1991A46, "-0.0004823661743994827"},
    {0x17E4A90C7E7A0ED2, "1.415110671130797e-193"}, {0x550A3B7B037DA3B8, "4.590137387201142e+101"},
    {0xDCA5C6D0403D30B8, "-2.025995159070795e+138"},
    {0x16FCFDD15719CD56, "6.0600077729197416e-198"},
    {0xEFBE10C01B80E53A, "-1.823325237802255e+230"},
    {0x85067F437FDBD4AE, "-1.891128774459438e-284"}, {0x50B956090C866D2D, "7.510315837388123e+80"},
    {0x01730499429EACAB, "1.1092983433608214e-301"}, {0xCD6C2E7448F9ED1C, "-9.274544787566959e+64"},
    {0x1FEEFB126ACAA2A7, "7.220780872457238e-155"}, {0xC808B48783C8C9B7, "-1.0508426847904286e+39"},
    {0x00D9E2FDB79BB6D6, "1.4745544619098175e-304"},
    {0x8A170ED84200E992, "-4.6864625539479974e-260"},
    {0x7C13A23805C566A1, "4.783406334659014e+289"}, {0x46EB376C3CBA4935, "4.416128848265601e+33"},
    {0x4DABC7582C3EB82D, "1.4627187075280107e+66"}, {0x513E8DC432A4EAF2, "2.3185886021733019e+83"},
    {0x71D3277502389ED4, "1.9956251514511924e+240"},
    {0xF3D755DA15379DAD, "-1.0442173473724421e+250"},
    {0x9C67603AE69BFA77, "-7.561027230271144e-172"}, {0x724BCF59873903B4, "3.708744272102416e+242"},
    {0x60417B1A2C11865D, "4.687602440063709e+155"}, {0xEAA32744E51A14EB, "-4.804108652726661e+205"},
    {0x6AD808D97A7D8455, "4.822734696399366e+206"}, {0x00FABAE71C10A0AC, "6.090385629702053e-304"},
    {0xEEE798F63B217DC1, "-1.74691948129479e+226"}, {0x2AFC4688E7632E52, "1.2624441506483566e-101"},
    {0xCBB3AE0A26A06B35, "-4.825483313272299e+56"}, {0xD3DD7AB2EEE125C6, "-9.838654258570986e+95"},
    {0x3135E9C84F4B2439, "1.2402438881614949e-71"}, {0xBF44F173FD6DF77F, "-0.0006391350133154587"},
    {0x9E3DFB99589CF693, "-5.206605485050595e-163"},
    {0x913F572B16549D5E, "-1.3229675695339916e-225"},
    {0x5A28F068F589D25A, "2.1102261677342738e+126"},
    {0x5AC1104C60F5104F, "1.4784971267411182e+129"},
    {0xF078D9879E27FB80, "-6.172743776553558e+233"}, {0xC97B709C04741000, "-9.790876581655465e+45"},
    {0x4ED0B58627A44B7A, "4.612872802006717e+71"}, {0xDA369EAF0ED08CAB, "-3.827966102458263e+126"},
    {0x5A8CC790DA6D875F, "1.558519478183367e+128"}, {0xAF69629BFA10A96A, "-2.67615724344868e-80"},
    {0x8763FB93F78AC846, "-4.617306313787062e-273"}, {0xB9BD6EAE3F4111D3, "-1.451126709039574e-30"},
    {0x81F68A307750A1EB, "-3.365692352996015e-299"},
    {0xEA45CED42ACBAA53, "-8.546758352138613e+203"},
    {0xFD3CC2471C3FF395, "-1.8367413441191484e+295"},
    {0x929C1BB88A87FF31, "-4.976654689970127e-219"},
    {0xAB0AE74DA3ED4703, "-2.4023745153566787e-101"},
    {0x14974A31C40390D8, "1.7710433570470355e-209"},
    {0xAA61D79E45137324, "-1.5558988029490143e-104"}, {0xC20B2D5321784CDF, "-14590567471.037535"},
    {0x1F867629922C0FDC, "8.179983203780735e-157"}, {0x11AAD5403FF217A7, "1.4498485852700676e-223"},
    {0x85C38AFEE001133D, "-6.728902108657605e-281"},
    {0xDE01D091939940A3, "-6.951635057646308e+144"}, {0x2AB8B33A33219005, "6.892556309619875e-103"},
    {0x704209E36BA7DD03, "5.601058772944984e+232"}, {0x25088EF5E1C3DE21, "2.767914373740051e-130"},
    {0x32AFE9546F7E62DE, "1.5150864219276655e-64"}, {0xA86580A9A0D4998D, "-4.365785480955961e-114"},
    {0x01C9C70FFEAB3E77, "4.8114569754091534e-300"}, {0x45AEAE8FD792D28F, "4.7477913311449997e+27"},
    {0xBF08A165296662ED, "-4.697885485710992e-05"},
    {0xEBC36085A82BF681, "-1.2740732604823613e+211"},
    {0x4D0931ACB7BB2C2E, "1.2955284517499037e+63"}, {0x17E0441A5D1BD580, "1.1141259581139457e-193"},
    {0x04BC45C1DE6B2FFE, "7.426910299271389e-286"}, {0x0248EFD528C277A3, "1.1915597523675282e-297"},
    {0x537C05069D728C9B, "1.4611711695170424e+94"}, {0x1BE75386DA7D3686, "2.9472565230265635e-174"},
    {0xAF1ED82AF78D607F, "-1.0161494672930248e-81"},
    {0x9EB33A1DE77DD33F, "-8.547404854110549e-161"},
    {0xE6EDF1FC3140613D, "-6.514713524899139e+187"},
    {0xEF79DEB0A541CFAE, "-9.805532530087328e+228"}, {0x41514948A5735720, "4531490.585164815"},
    {0x141E2F40AB5C2A21, "8.966195542313561e-212"}, {0xBE33D717EE02DB1D, "-4.6194086057876325e-09"},
    {0x582329C3A856D2CE, "3.7753311494189514e+116"},
    {0xB5C307E6CD5A41F8, "-1.0173005148303545e-49"}, {0x29FC6B5FB82F0067, "1.936140619062102e-106"},
    {0xD6EF5E239E81E632, "-5.893476159293326e+110"}, {0x7FDA1598A2CC4B21, "7.326824284317154e+307"},
    {0xC8CBDF92FBE73228, "-4.856220126448005e+42"}, {0xB7532FA5D3698399, "-3.441342229694893e-42"},
    {0xAF17DACBB2210E75, "-7.858770621209895e-82"}, {0x33964CB54F8EE72A, "3.469275256524048e-60"},
    {0x8C42C2E4E83F9E3D, "-1.3101971639978278e-249"}, {0x40BC25D7BBF13EBE, "7205.842711522882"},
    {0x676262E616884926, "1.024005231042641e+190"}, {0x18FAE13900A610D2, "2.4131725075635752e-188"},
    {0x1C88422ADBCE3984, "3.138598904278891e-171"}, {0x32738838E98A7A1F, "1.1591784600144094e-65"},
    {0x775C368549201C3E, "9.097142598280574e+266"}, {0x43F6CDCBC1E21161, "2.6291095562272248e+19"},
    {0x8A1F095567FE75A9, "-6.308061623120807e-260"}, {0x11011C1A505385BC, "9.02812597913725e-227"},
    {0x173DFAD23BBD0F3C, "1.0026541299112585e-196"}, {0x02438EA527E200B6, "9.345039519487968e-298"},
    {0x2EE0C3B9B1A58736, "6.903719838878546e-83"}, {0x4872ADB7AD3871E4, "1.0169588402402689e+41"},
    {0xC71342821126FF3C, "-2.500064607887981e+34"}, {0x49FA89D434B6AD16, "2.4241191660117975e+48"},
    {0x3706023671242CCE, "1.2336271177502522e-43"}, {0x4DB789CF6852C0CA, "2.4788745304879084e+66"},
    {0x587BF9B58F7C1DE1, "1.7636606943063417e+118"}, {0xBE89E42B024B22EB, "-1.929050778197723e-07"},
    {0x4BCC9A6B1D96ED68, "1.4026966971735852e+57"}, {0xCBD3F963934617FB, "-1.9590614472654278e+57"},
    {0x7E6A40F41FF368F1, "8.790966362703142e+300"}, {0x58F314C803B3099D, "3.0795229328750334e+120"},
    {0x003816464151297D, "1.3398843796707333e-307"},
    {0x817EC9919027FF69, "-1.7957962003474852e-301"},
    {0x173F03D1DD97299F, "1.0372740769135968e-196"}, {0x2BD6483302F5201B, "1.6299569589936018e-97"},
    {0x8E39A2EA4CD1CD4B, "-3.8446808856665634e-240"},
    {0xB95FCF109D0DF29B, "-2.4504644567473793e-32"}, {0xCE351A47FF7DA0BD, "-5.689266178572187e+68"},
    {0xBA9A22AFDCFDDA3E, "-2.1112085505611034e-26"},
    {0xFC01C463D8AD9377, "-2.164330519525863e+289"},
    {0xAFF843B2A14C3833, "-1.3096989498790982e-77"}, {0x0F3D4AF60F66AF3B, "2.879019053549762e-235"},
    {0xAC280136C62292B6, "-5.6191216591418364e-96"},
    {0x10B3FB77FE24A0F6, "3.2949495062469423e-228"}, {0xF1BA4EB9D196A37E, "-6.85230242890412e+239"},
    {0xD3825EE32E8084CE, "-1.9159901768256074e+94"},
    {0xED11736D77B4A16F, "-2.4063258979760085e+217"}, {0x46C851C5095DF00B, "9.865125830443416e+32"},
    {0xDF8664AC5B9EB441, "-1.466037410156711e+152"}, {0x043DB243F51AD45F, "3.047243979364167e-288"},
    {0xA7A5159579E4C5D2, "-1.0451319868389848e-117"},
    {0xD6728C423573BA7C, "-2.722531147985464e+108"},
    {0xD1D5FBE3D9BE99D8, "-1.7083010800059656e+86"}, {0x1D01947AB6BA8C5A, "5.822791632781169e-169"},
    {0xC19AF372A390F312, "-113040552.89155224"}, {0x8E27DEC467DDBD01, "-1.789901975606014e-240"},
    {0x4112B885AEF61365, "306721.4208605795"}, {0xAAC81F81961C8B0A, "-1.3463069377314147e-102"},
    {0x6CDBD3A996F8E5E3, "2.3981716899745644e+216"},
    {0x752022B88665337B, "1.5142312464073424e+256"}, {0xB6F2DE42AAEC757A, "-5.28799727317123e-44"},
    {0x79F0758864164E19, "2.334115834584173e+279"}, {0x4FA8151D7D2D1450, "5.4464078398717695e+75"},
    {0xC528F86A1206BB84, "-1.5093661606153152e+25"}, {0x14195A48D4D70C4F, "7.530899121946926e-212"},
    {0x2DB1473269835522, "1.3571179442483808e-88"}, {0x988DAF63FE9332F1, "-2.082051921372934e-190"},
    {0x28A2A17D66F10BD0, "6.052343919039319e-113"},
    {0x832EDDCF590E94A9, "-2.4164669027569188e-293"},
    {0xC3EB715B4B1E6044, "-1.5819696716661268e+19"}, {0x0695A2228D2596DB, "6.101934871715276e-277"},
    {0x13078364F3F90A9D, "5.32875760862316e-217"}, {0xB4330AB2684EB8F5, "-3.033531330919584e-57"},
    {0xE63B1537F625BE33, "-2.8769498521751772e+184"},
    {0x91238A2E2BF874BC, "-4.124132846214377e-226"}, {0x1AE2A5E35431D22C, "3.595214854159188e-179"},
    {0xFAF56B94086AFCB6, "-1.9907650346282035e+284"},
    {0x6AB1BF5AE21F6A1A, "8.902946418754093e+205"}, {0xFC78BD03594E2D30, "-3.857325069809708e+291"},
    {0x1CF136B79BCAA27F, "2.8507403503613215e-169"},
    {0x142D5116624ECC3C, "1.7416819374816097e-211"},
    {0x8C2B83547733F3DC, "-4.803432364529406e-250"}, {0x3A4CE86896DD33DB, "7.297366236673063e-28"},
    {0x2E7D4EC4EC9B6E8E, "9.42893962875851e-85"}, {0xF1BEDF14D0A09A03, "-8.041055332739113e+239"},
    {0xBECC93078460316A, "-3.4063259901682414e-06"},
    {0xD6E73B9937174308, "-4.3650588547314475e+110"},
    {0xD25035E41EE746C3, "-3.224745735755965e+88"}, {0xCA7EFB69256F327E, "-7.244856102822841e+50"},
    {0x0CFD08FFCCC6341D, "4.152672456748203e-246"},
    {0x863FBE50910A7561, "-1.3989999405557638e-278"},
    {0xEFA145289D1443F9, "-5.236762075918127e+229"},
    {0x7A54027B93BE41B4, "1.8160863930422923e+281"},
    {0xF7A5094776BAC5A4, "-2.1705730640007505e+268"},
    {0x53E750336CF1CF01, "1.5561523083285245e+96"}, {0x1A81A536A8A3FFB9, "5.315489538316194e-181"},
    {0x9494472B635A7E65, "-1.542013832295869e-209"},
    {0xA697183298406B38, "-8.733951096690589e-123"},
    {0x9CF7D9C76A56F974, "-3.949876880480255e-169"},
    {0x6384EC048949ADF6, "2.5266762026720234e+171"}, {0xCFBA28D22759265B, "-1.183225837331538e+76"},
    {0x5722C42FE3405C70, "5.641418944573865e+111"}, {0xBBE5F7EB2FCD562C, "-3.721597210948705e-20"},
    {0x208B9FA6DBFCC104, "6.592848576730759e-152"},
    {0xFB3DD98FFF2ED302, "-4.4387236820897894e+285"},
    {0x6EF063FD9A840F25, "2.426785000463156e+226"}, {0xDEBDCDD2E905C9C2, "-2.38183915995413e+148"},
    {0xDCF6E4AF9F9070B6, "-6.815637690331119e+139"},
    {0xBD3D9B03AFE32FFD, "-1.0517995367136814e-13"},
    {0x6AB58DBF60F7D17C, "1.0812320599830888e+206"},
    {0x5608A43D6AE94B05, "2.8257694353225763e+106"},
    {0xFA6A08A8714105D8, "-4.7256751550121545e+281"},
    {0xFBF3C83A0FB8EAD7, "-1.204894541366525e+289"},
    {0xAA671F7C5BF9F40B, "-2.0163946174505395e-104"},
    {0x0AB55AAD26E8C9AB, "4.444338312151909e-257"}, {0x48D3761C5B860A6A, "6.781297782406718e+42"},
    {0xD9C7FC56126CB7D8, "-3.1711764903982807e+124"},
    {0xC90D378DA797011B, "-8.144512363281316e+43"}, {0x40D82A95AA45A098, "24746.33851757701"},
    {0xF8EC89A784070242, "-3.08762979509766e+274"},
    {0xD8F8EA500E949DDC, "-4.0210930786199917e+120"},
    {0x57F6605B74D5B639, "5.510467966774158e+115"}, {0x41C2D323E6617F49, "631654348.7616969"},
    {0x32E1711D145814EB, "1.3249621438209684e-63"}, {0xC87A3D35190B7420, "-1.4285920235821554e+41"},
    {0x67DFBF9F35708785, "2.2632929884696884e+192"},
    {0x5EC7F96C96D33672, "3.8318990050749595e+148"}, {0x47A7BD587D392564, "1.5777691391283716e+37"},
    {0x68AB63445C563E48, "1.599424474834242e+196"},
    {0xA85A5D7AF1B7861E, "-2.6765294232279546e-114"},
    {0xBA46B30F28428456, "-5.730146783960078e-28"}, {0xF2470D51AF4D509D, "-3.074225062977622e+242"},
    {0x89BD8C8A542ABA14, "-9.38396456804498e-262"}, {0x5CE2E0D151352B1C, "2.8101432096976183e+139"},
    {0x584F21A19A3757C3, "2.4532770333276938e+117"},
    {0xEA1352006DECA9E3, "-9.464798856046111e+202"}, {0x734A61B7FD892141, "2.305735365113618e+247"},
    {0x174E49F8CC09545E, "2.025989058260508e-196"}, {0xAA88837DCD035C60, "-8.55065292735232e-104"},
    {0xA4D4229A9D0AD60D, "-2.836725004585407e-131"}, {0x2D9DC39C4F790F66, "5.8445907099992944e-89"},
    {0x69543BD67AFE4EA4, "2.419988729481117e+199"}, {0x5A54E3F3569D54D0, "1.4141178502062286e+127"},
    {0x78B58E3646E72294, "2.915241231491867e+273"}, {0x6C6C4525F96AC261, "1.903419189627871e+214"},
    {0x077ED8DA88D944EC, "1.4255355797173026e-272"}, {0x65556F275132A7F3, "1.38971125612698e+180"},
    {0x2F8740E1826DF8D2, "9.805695116066287e-80"}, {0xB64DCA0D0B34507D, "-4.0765279724889733e-47"},
    {0xCD494B7F943659F5, "-2.0811449325305253e+64"},
    {0x1C89623C234B51B1, "3.2841873031193174e-171"},
    {0xCC09B6F48587192A, "-2.0176698864415103e+58"},
    {0xFC5E6A3AE04B2F4A, "-1.1856133776299547e+291"},
    {0xBA876F9F36EA1D84, "-9.465734376016213e-27"}, {0x5FE239E0AB8CD774, "7.636619985600476e+153"},
    {0x2DF85EFE4494E40D, "3.0627800914929858e-87"},
    {0x966D13A039852447, "-1.1870731242550317e-200"},
    {0xF1A288A6AD8C9B4C, "-2.41374221176926e+239"}, {0x6F7FD8C17BF989E5, "1.2070942762788965e+229"},
    {0xFDA41B960329FC7E, "-1.6438015371541818e+297"},
    {0x34FBE4187570A5A0, "1.8199725524258078e-53"}, {0xB8C2AFEED60A5727, "-2.8117430807742684e-35"},
    {0x3B0BCFA6EC02F1B0, "2.875604557899116e-24"}, {0x8D68B87A0C0FB983, "-4.525564390946733e-244"},
    {0xD2373D02FFB9A1FF, "-1.1556959997353978e+88"},
    {0xD7297E8FAE39CF5D, "-7.663953509966112e+111"},
    {0xAC417B99D2E32FE4, "-1.6369777176162056e-95"},
    {0xF5AB335986C1E836, "-6.534683143917155e+258"}, {0x3CDA62CF979B0E94, "1.464716132034655e-15"},
    {0xD5CC3F498CC1A031, "-2.0245297147948975e+105"},
    {0x786C5EBD9FA4112F, "1.199020688106478e+272"},
    {0xEB59E1E530886AAF, "-1.3295406188625448e+209"},
    {0xE379528F7CBF282A, "-1.5290587333245228e+171"},
    {0x2C6F68CEBC5A23C6, "1.1763893322944454e-94"},
    {0xD8AB9FEB79F8F9D0, "-1.3932391447913317e+119"},
    {0x9F2BEC7EEE66560F, "-1.5889381641101973e-158"}, {0x36CB7229D0ABB3B9, "9.614992088745159e-45"},
    {0x9F42C841C6FAE8EB, "-4.275038075437353e-158"},
    {0xB8110682572749BB, "-1.2508307799920013e-38"},
    {0xE8023413D933274E, "-1.0381507332826205e+193"},
    {0xAC1C2622C4BD5330, "-3.2946089503397895e-96"},
    {0xD8B8ADDE2CA433BC, "-2.489366689094916e+119"},
    {0x171F1561083B3775, "2.5989201300758187e-197"},
    {0xDB7C50DDBB143353, "-5.024677862900823e+132"},
    {0xEA2A29E5458ECEE4, "-2.563453823062814e+203"}, {0xAED9869E28B572E2, "-5.255831483636793e-83"},
    {0x7F6F5B9A3FB83CA3, "6.881316168874011e+305"}, {0x9E4A58FE9F818838, "-9.150693243332459e-163"},
    {0x410B9464D9B4EF39, "225932.60630213635"}, {0xFDAC1E9383D40327, "-2.2987533778668558e+297"},
    {0xD99518ABE788716F, "-3.4864708316891266e+123"},
    {0xE48A1D3262AE18FA, "-2.0668155162270157e+176"},
    {0xC98C7DC66EF3E97A, "-2.033207759009667e+46"}, {0x4AA77629FB1FA989, "4.389009251338111e+51"},
    {0x86D17DB62D113354, "-7.893691252444122e-276"},
    {0x9A62E30C395308E9, "-1.422372756435986e-181"},
    {0x2A6B465376428D3B, "2.3784371037487134e-104"},
    {0x05447EE9A025AD9C, "2.7566266700152423e-283"}, {0x53AAD7D5368025FD, "1.1198536612007384e+95"},
    {0x4D830E3CB2FD273C, "2.508487934334094e+65"}, {0x75A4A81F74C1BCD3, "4.962583934903865e+258"},
    {0xFD26BD4D39EB2DA5, "-7.261492823128683e+294"},
    {0xF599B57A20AFB627, "-3.088159362235004e+258"}, {0x2BA45AD9E692589D, "1.861230371967352e-98"},
    {0xB65C644B1950A545, "-7.770575192765057e-47"}, {0x360CB35E1C472E34, "2.454723110513417e-48"},
    {0xD8FB05EB5B0C6770, "-4.3612784225858506e+120"},
    {0x2DFB1CC30229A4C4, "3.4072848159703006e-87"}, {0x889FCDD9F9942D18, "-3.852894069818436e-267"},
    {0x1D00743ED0ECF0FA, "5.449869939627595e-169"}, {0xC394DAC4F81D207F, "-3.7568249890027104e+17"},
    {0x3500948D6ABDF8F8, "2.163827875442093e-53"}, {0xE257274DCD2FAABE, "-5.3332858669579365e+165"},
    {0x678334EA44EF4AAC, "4.27878059981519e+190"}, {0x708600A6801BDF9F, "1.0930989552036635e+234"},
    {0xDA2B4A8340B8561C, "-2.309237962764199e+126"},
    {0x9FCDE8142E716FF4, "-1.7426039003420585e-155"},
    {0x7DFD67CD9AFC4E82, "7.692437996192162e+298"}, {0xAC553F312624A249, "-3.978833831266152e-95"},
    {0xEDB29EB25E6A42FC, "-2.629144173408708e+220"},
    {0xE6E92AD14FF831C8, "-5.475240355547615e+187"},
    {0xF7D70F9EF732ADF4, "-1.9035953776677877e+269"},
    {0x2A4A9D874009D9B2, "5.802345991829757e-105"}, {0x9A553A7D9AD42C1A, "-7.993583349053229e-182"},
    {0x95A61E966361EEEE, "-2.2046919172356487e-204"},
    {0xB6B9E6C45352E9C7, "-4.5369548189703547e-45"}, {0x033BF8CEBE703907, "4.379719241553328e-293"},
    {0x132A65539ACD8841, "2.3928091998331272e-216"},
    {0x0363D58539228349, "2.4844252292746714e-292"},
    {0xDC2BC69C8432F385, "-1.0094272877473321e+136"},
    {0xF69C51E4BECD869F, "-2.2293994590911369e+263"},
    {0x5E8106B9AB9C47D1, "1.700855538486086e+147"},
    {0xFC2C90A749694576, "-1.3918770363753102e+290"},
    {0x7A53289E7711E162, "1.7388466332262154e+281"},
    {0xCFAE057CF8EBD908, "-6.7895411101366645e+75"}, {0x0EEB8D231FB8D6F4, "8.46205391279404e-237"},
    {0x004BC1CB49CFB497, "3.0880696649937238e-307"}, {0x0A58C158ACED2AC9, "8.050284298844164e-259"},
    {0x50377D9B26BCFC4C, "2.7200312871876226e+78"}, {0x04A898A32555F2A7, "3.230597434357849e-286"},
    {0xB63FA0B46848B2A4, "-2.1640586633622534e-47"}, {0x4813975AACDD3598, "1.666637302919771e+39"},
    {0x29E760A1F0C6236B, "7.963226619864192e-107"},
    {0xE8BEE0B8DE5F02F9, "-3.6064825376762273e+196"}, {0xC9A4A46753EDBD89, "-5.89230693769672e+46"},
    {0xA1EC408DB4D3BF9A, "-2.8281588238961097e-145"},
    {0xE433D4D9E78CD1D1, "-4.904920480075745e+174"}, {0x23C068AF3F6A5ED8, "1.76372990315087e-136"},
    {0xD845162D2E66DAB2, "-1.6617108084377673e+117"},
    {0x0C6C93DCC9D183BC, "7.982871912768522e-249"}, {0x1E0894AE0AA65745, "5.335658719750092e-164"},
    {0xD2D2EE3C7FF95BCB, "-9.64058373965174e+90"}, {0x59DA6A84C37B5250, "6.985005140235678e+124"},
    {0xF34792851EBE606C, "-2.0601992426449572e+247"},
    {0x0A4FD857CE7ADF29, "5.1779305391956995e-259"},
    {0x5C667EC220B6DE58, "1.3080276702465585e+137"},
    {0x0D68DEEA7069D98B, "4.5530525714391494e-244"},
    {0xE56DC9EDBE4EF6A4, "-3.8627819587534926e+180"},
    {0x18988BB9EBE6C4A0, "3.4431824885291135e-190"}, {0x0D5784E42AD00D23, "2.152803293903699e-244"},
    {0x2F524122195787D4, "9.62208890642793e-81"}, {0x71E658B536F50596, "4.656465166297541e+240"},
    {0x2ABB9B44C3C664ED, "7.703589357997327e-103"}, {0x3E9FDED73C36E5B8, "4.74907036553456e-07"},
    {0x41E774977F774401, "3148135419.7270513"}, {0xDA264F04B30F4987, "-1.8876513864602505e+126"},
    {0x1AD68E322F9DC072, "2.1742733968036116e-179"}, {0x373D3E1C1AD2F9F4, "1.3112842680639682e-42"},
    {0xB6BBB5486055D5C8, "-4.853420987549608e-45"}, {0xED2B34E593A5E088, "-7.50311498240798e+217"},
    {0xA20C6FAA57F6A916, "-1.1386324254197399e-144"},
    {0x33DE320E2CC43627, "7.5162894796630225e-59"}, {0x79EF05F14DC2017E, "2.1997472125226386e+279"},
    {0xDAA348CFBF850AB7, "-4.177291160980534e+128"},
    {0x246F11368737C047, "3.4194367741564487e-133"},
    {0xF34A50F4AF2C1A35, "-2.3000124669021586e+247"},
    {0xE77D9E26D0D4447E, "-3.2990566766946424e+190"},
    {0x01F595E87F6B4F98, "3.2232056730587205e-299"}, {0x4FF47DE6AB04C883, "1.4829927787323204e+77"},
    {0x0EA4064035383C44, "3.8439110050439193e-238"}, {0xADC393536580BBA7, "-3.075133322251343e-88"},
    {0x638A9AA0B7E8140A, "3.2128816787513613e+171"}, {0xB0DA587EC699E35C, "-2.329863900836894e-73"},
    {0xF6ED6B16B1F829A5, "-7.410781362893382e+264"}, {0xC930B965EF98E6ED, "-3.729623830723285e+44"},
    {0xA0A0E7F3547CEE39, "-1.6139664777974083e-151"},
    {0x99087CB977D416AA, "-4.3967516582066046e-188"},
    {0x04FCECFE83DC01A3, "1.2157628482123754e-284"},
    {0x8FEA0050B6E8BDB1, "-5.233681280089749e-232"},
    {0xE2E6784273715418, "-2.6500014026068135e+168"},
    {0x63504808520A6502, "2.457812194903139e+170"}, {0x295162FAE4C0799E, "1.1567440377350157e-109"},
    {0x5BCBD25E5EAA133D, "1.5798380524961408e+134"},
    {0xA60B95A187C3B11D, "-2.0374964945371432e-125"},
    {0xDE27C30F385025C3, "-3.7089418025291313e+145"},
    {0xA663272FE8E03A12, "-9.054204417734988e-124"}, {0x24EE310457E6406C, "8.506995247100024e-131"},
    {0xDB5DECFAD6162E39, "-1.3275854124813627e+132"},
    {0x9C0BCAFF1FBA4CF0, "-1.4046471449120303e-173"}, {0x52275DCD5A797508, "5.810330489569726e+87"},
    {0xB4FB86C567BF8E84, "-1.7961846498927515e-53"}, {0x6096653DA347DE58, "1.921754777417401e+157"},
    {0x5B35FED1223D5BD6, "2.439436789275911e+131"}, {0xBAA37E1C48B21362, "-3.14920245900473e-26"},
    {0xE69AA348DBF50FE2, "-1.8109905691133543e+186"}, {0x691E267E67003D7A, "2.25377084375672e+198"},
    {0x2F393EBEA1D619AE, "3.3267350307555505e-81"}, {0x77CA18198E10AE8A, "1.0769837049729869e+269"},
    {0xC5CF42C0CE054B60, "-1.9349469806663514e+28"}, {0xB7BFD5E97332F49C, "-3.654546895852125e-40"},
    {0xD961A31A8E0F7526, "-3.6434768927436436e+122"},
    {0x15837642EEC5218B, "4.849528440206409e-205"},
    {0xE56663DAD4DB5BD0, "-2.9033716765720466e+180"},
    {0xDCCBC398E1CD21AA, "-1.0332153756702116e+139"},
    {0xCEBE8258D68A9C63, "-2.1056653920934625e+71"}, {0x3D6B1A375E56DE08, "7.70296746749762e-13"},
    {0xEEA7D6AEB6AC18CF, "-1.1029798716519209e+225"},
    {0xFA07F7B4C2DED980, "-6.797834272609525e+279"},
    {0x63BCEF53B40350F4, "2.7954973636276432e+172"},
    {0x222334D344A0A20F, "3.0762164833974545e-144"},
    {0x8E46809DF606BDE1, "-6.749358604635329e-240"}, {0x632B1F0AF49D5A85, "5.117730980927101e+169"},
    {0x7D4B74A16E0BE63F, "3.507006060805485e+295"}, {0x2DCADD3DE45C28ED, "4.220127826437688e-88"},
    {0xFDFD12DA9834277E, "-7.605630874393329e+298"}, {0x524AF9ABFAE8E65E, "2.6830867561183874e+88"},
    {0x37CF75CFA55B1595, "7.222907616028815e-40"}, {0x4DA24C25567AD9FD, "9.634729180869148e+65"},
    {0xA402BB1BCED762D6, "-3.22129456643949e-135"}, {0x814B111D2A9AEC61, "-1.973477154722851e-302"},
    {0x6559D10471C4EC85, "1.6738415792477031e+180"}, {0x32D2A2A15130FDF7, "7.078100270791477e-64"},
    {0x60564D89E0AE3B1A, "1.1961311986087965e+156"},
    {0x23C083523CE242C5, "1.7749137729609156e-136"}, {0x10C18D8BDA51D5E3, "5.788720044330963e-228"},
    {0x967861882E24B690, "-1.9907381049582592e-200"},
    {0x002518399C4B55D6, "5.867138461441901e-308"}, {0x75D8463CCEBA9053, "4.665349283039008e+259"},
    {0x003AA95BD6677EAB, "1.48309836991937e-307"}, {0x31849EA6E8D6445A, "3.73451393695786e-70"},
    {0x0720ACB5D5056D4A, "2.4080786852228625e-274"},
    {0x156D70A242CC071D, "1.8339623700195514e-205"},
    {0x2617FA9127A760CE, "3.5423286224597423e-125"},
    {0xF0F3F5E9513FFEFD, "-1.2693167827815234e+236"},
    {0xDEA9E9613B7FB2B2, "-1.0353871909227769e+148"}, {0x4362FE2755DB82E0, "4.276795582736563e+16"},
    {0xE581C2707026A346, "-9.2116798292031e+180"}, {0xA2FE8428516EBBE3, "-4.0039906439082812e-140"},
    {0x1A6C40B0F0E88BCE, "2.1277107108306803e-181"}, {0x730CF9AED88B5CDE, "1.582758951910946e+246"},
    {0xE49EBF7B9F94C078, "-4.867142566941424e+176"},
    {0x9385147B013246F3, "-1.2229923655417716e-214"},
    {0x1EA347E241D85CC6, "4.2856558363914004e-161"},
    {0xE6B48D04F4306C59, "-5.588654516553319e+186"}, {0x7CB833FED4BB7542, "6.038192111301514e+292"},
    {0x4266F5C770A4121A, "788902151456.5657"}, {0xDDE3C96817CF4380, "-1.9302887880675203e+144"},
    {0x7665CA2AD8B5F97B, "2.1441630924029858e+262"}, {0xC8DF99FEE92E2011, "-1.10115316027004e+43"},
    {0xED057EE988C5573C, "-1.4820385921826365e+217"},
    {0xFD497E9C8BEE4281, "-3.256518584169171e+295"},
    {0x63CEECCD81F7C884, "5.9755432315159116e+172"}, {0x5157E344F20F4AC8, "7.250942060978423e+83"},
    {0x262193367D1573A4, "5.192642000644981e-125"}, {0x6CAEA7ADFA32FAA2, "3.3023888961979382e+215"},
    {0xB9FC5C8AFB366158, "-2.2373275160530522e-29"},
    {0xAA0DA2BB4DAA4B12, "-4.037999837364262e-106"}, {0x26281818C3F7114F, "7.118738164326303e-125"},
    {0x4A2C47B145DB5ADB, "2.0665668753642125e+49"}, {0x36389D71355E12D5, "1.6842272389832627e-47"},
    {0x300C64C56FDA27C9, "3.0651530077932733e-77"}, {0xC6A2B0512CCB987C, "-1.895263259541127e+32"},
    {0xAC464208B42CA4EB, "-2.084089925194401e-95"}, {0x069761693A171487, "6.594745087527321e-277"},
    {0x554D23BAD6E361F5, "8.158149751180903e+102"}, {0x1A6B92BBDCDF8A22, "2.0765359986692306e-181"},
    {0xCBBAFA33E6738318, "-6.614828059964503e+56"}, {0x6FA1B3DE888F95B5, "5.367896297884288e+229"},
    {0x27E929C1D9141342, "1.9957037537749857e-116"}, {0x215D6F7EADC87215, "5.755114300322668e-148"},
    {0x32ADCA6A99654415, "1.4143975315097819e-64"}, {0x6504BF9CD8E73833, "4.2039145528690794e+178"},
    {0xB80949928CB82BCB, "-9.289120917999756e-39"}, {0x2608DD9A9721A0F5, "1.8366713877471208e-125"},
    {0x5D155247FB7F52E0, "2.539065683621938e+140"}, {0x1D6C3AF460FA6992, "5.984223104969731e-167"},
    {0x63AD962D48021270, "1.4292329472047944e+172"},
    {0xE7165B50E42E6201, "-3.891034320400213e+188"}, {0x589E8BD7391DD4BE, "7.702935307956068e+118"},
    {0xB036EC7E88D03420, "-1.9797385048599775e-76"},
    {0xCB90F4E90874C1AA, "-1.0394415086702769e+56"}, {0x366D59079E7ABF47, "1.6064448650900498e-46"},
    {0x2B881DA9E9700E40, "5.51282795933608e-99"}, {0x4E78F626495CD211, "1.0767380703111942e+70"},
    {0x589238495C2615DE, "4.594556200765836e+118"}, {0x24BBA4015CF04313, "9.73531691124027e-132"},
    {0x5713D1EFC07E9C63, "2.9790890013269736e+111"}, {0x473FAFABDF0BC77C, "1.6452424134040605e+35"},
    {0xC94CE00170C9180B, "-1.287869015615227e+45"},
    {0xA56F039FCF1375EE, "-2.2371332081795424e-128"},
    {0xA9A194E3BC67B9D0, "-3.743087330819345e-108"},
    {0xF232399F9627E8E1, "-1.2152517214534936e+242"},
    {0xCF41B10349A57EA5, "-6.251619568066466e+73"}, {0x1186E6C5D214FB1E, "3.093544255517895e-224"},
    {0x71F8E51C6D9EA905, "1.0374999132855363e+241"}, {0x2FF7C83474651329, "1.283661223715054e-77"},
    {0xB30612A4AED07DFD, "-6.707008273830365e-63"}, {0x2996CB626F81C6C1, "2.42644852650887e-108"},
    {0x02D26E0A0C34C70C, "4.5088505666865195e-295"}, {0xABC2839C08CDD18F, "-6.77164238596871e-98"},
    {0x4D3E736883CC0E78, "1.2526738105234695e+64"}, {0xE63DA4172B8EB3FC, "-3.148689970261623e+184"},
    {0x31F975B8E5CE4159, "5.902240108030163e-68"}, {0xCB2E5E8FD16F4C2C, "-1.45440445245975e+54"},
    {0x047205E1097F01AD, "2.9590369315909156e-287"},
    {0x64AFF91F3ADD0C24, "1.0122147541858374e+177"}, {0x7DCB6BFE519B5FDA, "8.966902954046384e+297"},
    {0x842FA115F046B58C, "-1.6227922963358932e-288"}, {0x54944EB69CEB7DAA, "2.776096070105875e+99"},
    {0xA6B6BB34B6A11CD8, "-3.43863064033556e-122"},
    {0xA85EE6B03586F337, "-3.1370104439168705e-114"},
    {0x7093549323F4821F, "1.920687964365617e+234"},
    {0x933FF512D78E534F, "-5.7939328354914756e-216"},
    {0x77FD5386ECD901E0, "9.683070028479488e+269"}, {0x6BB339A5F2596337, "6.320443980769653e+210"},
    {0x478B3B4C9B8E433A, "4.524631898546187e+36"}, {0xE573FB49C8B111E6, "-5.182121118710094e+180"},
    {0x6ACC9A1349AD899C, "2.869599415770084e+206"}, {0x9C6A47781E21AFE5, "-8.500103972387044e-172"},
    {0x88232761D9030503, "-1.812799078789948e-269"},
    {0x9B9AFBF981A1D8FE, "-1.0654505791219067e-175"},
    {0xFC7F3197E864CDE2, "-4.863882196933527e+291"},
    {0x83E9075B05BB8165, "-8.025887048190062e-290"}, {0x2195EA6474317204, "6.855756700020093e-147"},
    {0xED03DC154443A775, "-1.369239956383298e+217"},
    {0xB4567119C368C088, "-1.4300739617143918e-56"},
    {0xB0EA6CEC973BF421, "-4.6738420403044516e-73"},
    {0x7DA4E679341AC534, "1.7085904942728345e+297"}, {0x70A18410C509FEC9, "3.48079641301133e+234"},
    {0x027088F81380E688, "6.320761616600572e-297"}, {0xE85F178D8FDE6BB5, "-5.67421684346309e+194"},
    {0x471D16074489F990, "3.775584942942749e+34"}, {0x1C670DF926616585, "7.457096366258717e-172"},
    {0x4DA924D89BD0FF5B, "1.3239824547113764e+66"}, {0xD9B4343E8B1BF1EF, "-1.335602723928784e+124"},
    {0x1F6CEDCD93A47C01, "2.633810158560012e-157"}, {0x440021B12585ABA4, "3.7196958513690345e+19"},
    {0x23C74C57DF622938, "2.5042324395017372e-136"}, {0x3D3554FAF470261C, "7.578632571960015e-14"},
    {0x3FCF57EEE68AA628, "0.24487100846208532"}, {0x0F417C039FB1EBBA, "3.4368840539948256e-235"},
    {0x0F723FFBC4D9266B, "2.8698864550523024e-234"}, {0xD365467BA735AD6C, "-5.547340928287744e+93"},
    {0x3B915EDD92D1333B, "9.195902365043446e-22"}, {0xD92ED13375EC467C, "-3.9788844467229196e+121"},
    {0xA96BC4E993DC688A, "-3.6950028757641173e-109"},
    {0x80374D52517EC5D4, "-1.2962188527231943e-307"},
    {0x6823B27AED782A00, "4.493362580886773e+193"}, {0x2750976FD1C0984B, "2.5700920919536635e-119"},
    {0x0C0F6C5DDAA4E89F, "1.3715306279284656e-250"},
    {0x5CDBBAF206EA6CE5, "2.0639153725927412e+139"}, {0x7410ABC8B4C6C1B9, "1.193600157833964e+251"},
    {0x1992C07D297DBB7B, "1.7238845820589793e-185"},
    {0x6EAAF6D2D1C2BB2F, "1.2475948771685492e+225"}, {0x351D9B2E7838DB84, "7.727572976392313e-53"},
    {0x04DEA3C57A13C301, "3.219504834764511e-285"}, {0x2E4A6853EBDC69B1, "1.061986595621009e-85"},
    {0xBCAD269D4460EF71, "-2.02274566579509e-16"}, {0x568CBF0E2FDA90FB, "8.438991707733877e+108"},
    {0x5D4FFE6D53F14F0C, "3.0479972133182204e+141"}, {0x542E0907B43EA259, "3.2077477733846204e+97"},
    {0xEF1695A81CDADF3A, "-1.3375470958873005e+227"},
    {0x6B7157C3BB51380E, "3.563501746493428e+209"}, {0x78693738DEB94769, "1.0657057994736084e+272"},
    {0x5B6203615875EE61, "1.5982292855030446e+132"}, {0xCAEDAFB81258F538, "-8.885601444433681e+52"},
    {0x2A5580DD7738FA91, "9.375797808937955e-105"}, {0x6BC4067172BE52F3, "1.316688852435959e+211"},
    {0x738A137D9321E503, "3.64644492705816e+248"}, {0x9F3E63C784FFF813, "-3.4585145341541406e-158"},
    {0xF5A7BD1BC2DED233, "-5.7029992375699705e+258"},
    {0x63EFACFC5B880EED, "2.4482406084524406e+173"}, {0x622B350EE7736535, "7.833799125492017e+164"},
    {0x468B02161865C2F6, "6.847379422357685e+31"}, {0xC5C7451E3E29336D, "-1.4403427850211602e+28"},
    {0xB191BFD35FBFA7F5, "-6.429285491566422e-70"},
    {0x895CBE57CD0E0BB3, "-1.4262769648181952e-263"},
    {0x8E72F0D8AA8DC2B5, "-4.54487464114332e-239"},
    {0xEA924B12B0DEE1D3, "-2.2941828217802615e+205"},
    {0xE9A9E71EEA5C9D3E, "-9.913661755261274e+200"}, {0x02DE7F204EC96EAC, "7.46097341395851e-295"},
    {0x999842E75C7E9CE0, "-2.2303730755553203e-185"},
    {0xD92AA36E15F44A94, "-3.4393500672287355e+121"},
    {0x063350F4741F4BD6, "8.513073700677803e-279"}, {0x711279051044B64A, "4.6988088105601335e+236"},
    {0xB433DEA3FD757F48, "-3.1654242081079245e-57"}, {0xBE97D276DC5AF5B8, "-3.549773420588592e-07"},
    {0x3F25DE594D4E59DF, "0.00016684379684468641"}, {0x592CC40BE922ED2A, "3.71402504771964e+121"},
    {0x2670E50F34D2562D, "1.5973272383396087e-123"}, {0x42B02ECFC3C175A5, "17793240252789.645"},
    {0xF275162B5563CE78, "-2.2496919134248422e+243"},
    {0x0E84F494652F225C, "1.0056553796761581e-238"},
    {0xEDC43025CEF7E5C6, "-5.701141099746716e+220"}, {0xCB14303B35F270AA, "-4.834162236953978e+53"},
    {0x48616B4524011A95, "4.741909305553904e+40"}, {0x6ACF81A26BB2A326, "3.161008162045424e+206"},
    {0xDC50A01F31CCEE01, "-4.833615903984836e+136"}, {0x3BEFDD5ED31DAC8E, "5.398094921306942e-20"},
    {0xDD29BA5823A82350, "-6.127628908134828e+140"},
    {0x201F3DB873BC01D2, "5.8251684258780284e-154"},
    {0xD67E6CDE33E6BC7A, "-4.4659394827501743e+108"}, {0x4894456990FBF157, "4.414663809232651e+41"},
    {0xDF04AA47DA5D5C51, "-5.284776329672688e+149"}, {0x66755D60ADDD81BB, "3.631242835696425e+185"},
    {0x3B3957CA74FC3C34, "2.0963182841388973e-23"}, {0x5833F10C13DF0283, "7.857386740183337e+116"},
    {0xE96CFC2023107507, "-6.933275060001885e+199"},
    {0xF210F11381BFC0EE, "-2.824188153175692e+241"},
    {0x8690D65A2630D992, "-4.749159820919419e-277"},
    {0x627062D4548EA139, "1.5097740737581887e+166"}, {0x43AB929ED04B912A, "9.934125015410004e+17"},
    {0xD269F684FD320CA2, "-1.0329589321437683e+89"}, {0x234362A8B1DE4DF4, "8.139289083163024e-139"},
    {0x7B0E4FD72F3C454D, "5.6342842414606755e+284"}, {0x35C21B9FC7A9AF3E, "9.679634852823222e-50"},
    {0x636F4F3565CEBA7F, "9.452842508062924e+170"}, {0xE7C8457D7EB1EDAC, "-8.65133060658662e+191"},
    {0x8233EE08B7C7973F, "-4.761542763200611e-298"},
    {0xF69B53FAF8A89B8E, "-2.1513191531369973e+263"},
    {0x4B3D3D28807702CA, "2.8005301708583265e+54"}, {0x5FC584B3FFBC4DD7, "2.2540171322318775e+153"},
    {0xCA9C47CBD8B09CCA, "-2.6452435275277403e+51"}, {0x32847A2F8985110D, "2.4305434265393192e-65"},
    {0x69FD9C0ACFCED19E, "3.626342030396962e+202"},
    {0xD6D470CB8A14090F, "-1.9202253222046726e+110"},
    {0xD601C056549C518C, "-2.0356310828680485e+106"},
    {0x569A90C36A4C3C96, "1.5597541309630408e+109"}, {0x6E2140E1C90B3842, "3.118334087090034e+222"},
    {0xF592386E23AA56C8, "-2.1886430288345517e+258"},
    {0xCC2CC1F88D677EA2, "-9.025750070376253e+58"}, {0x78642BE2948BED80, "8.525163271010368e+271"},
    {0xCC05AE10F56E5BD8, "-1.7010903543888e+58"}, {0x789BD16FF8E002D4, "9.405541069098016e+272"},
    {0x5EA737819C9FC4EE, "9.277066081890883e+147"},
    {0xEDADD130A4096946, "-2.1051010857373713e+220"},
    {0x88996123BBDB17DC, "-3.0745820760418166e-267"},
    {0xE53D6558A6660894, "-4.7647921123649604e+179"},
    {0xBA6A22B1AE2DAD3B, "-2.6390134879426706e-27"},
    {0xA33DDB118A3B6EE5, "-6.267723067481919e-139"},
    {0xEE69A798F616AC18, "-7.418794811734132e+223"},
    {0x84ED4222F56D1D86, "-6.1487082293255544e-285"},
    {0x0685655ECC480177, "3.0174920862932096e-277"},
    {0xCE7B20F1C9942D2E, "-1.1702208302731287e+70"},
    {0xE3F8C632959D5CD8, "-3.829634466556921e+173"}, {0xF9F9DA5A8F0299C2, "-3.66628316216149e+279"},
    {0xC06009603AD44ED2, "-128.29299680200944"}, {0x9C3C59F675A7F669, "-1.1462972912386858e-172"},
    {0x5256F135F6A54919, "4.563881563388868e+88"}, {0x125EA6070DC1EC89, "3.3915095653372273e-220"},
    {0xD89280200AB87A48, "-4.665320826060536e+118"}, {0x671D84781227CCC5, "5.137315573502756e+188"},
    {0x1B7B160E15105E65, "2.6736827058702242e-176"}, {0x21ED54EABAB3EEBC, "2.936225705345219e-145"},
    {0x687E6E63C8D59A56, "2.2214494233850643e+195"},
    {0x9BDFD9CD647EE712, "-2.0121610418483485e-174"},
    {0xE7B0AD50B45E569E, "-2.9721828180075375e+191"}, {0x035B2810E65C0983, "1.70081918261369e-292"},
    {0x968BBDCDD40B05EB, "-4.5302441689367975e-200"}, {0x1BB4494302983BCE, "3.20392823708316e-175"},
    {0xE0EABA2646A3AAB1, "-7.339058122403035e+158"}, {0xC674C86FF59BCFC5, "-2.634552964591261e+31"},
    {0xEC139CAE178156E9, "-4.126478025156412e+212"},
    {0x9D03B058EC5D472F, "-6.521281429684174e-169"}, {0x5CDD56ECC8C1FAC8, "2.183692440179398e+139"},
    {0x15FEB9FC52E316CC, "9.800226544248077e-203"}, {0xBFD44308AB80670E, "-0.31659142254066885"},
    {0xB57E9D1656955012, "-5.113938050499966e-51"},
    {0xD4C0C715B8B5FDC7, "-1.8348491114341885e+100"},
    {0xE4E9D9D2E82455D2, "-1.3094312246899434e+178"},
    {0xE80DCB53EAC4AC83, "-1.6991811603190985e+193"},
    {0x81EBFDC2C44423F9, "-2.089857456354547e-299"}, {0x79D41E8E8D1D1777, "7.132967105350823e+278"},
    {0x3B815C78810ECA41, "4.595475015044879e-22"}, {0xE055273277BC39EF, "-1.1344675492092577e+156"},
    {0x6A9D497193840C7F, "3.6729101604668173e+205"}, {0x43C5D000D44A0812, "3.1435143634548255e+18"},
    {0x765FED0E081F14B6, "1.5707992714112125e+262"},
    {0x9FA2BBAEB44F625F, "-2.728869145760023e-156"}, {0xB3C2AA0E1585C2A1, "-2.322961668941579e-59"},
    {0x45620701BC7E63D3, "1.7435002678072616e+26"}, {0x35A08C0016BE439B, "2.2112953592755317e-50"},
    {0xC4A25DB5020E2E84, "-4.336559344678618e+22"}, {0x9241C6A0A0133DAD, "-9.835229607675736e-221"},
    {0x14879E4A56CD6AAC, "8.980118486012913e-210"},
    {0xE0DD6A9B703FDF57, "-4.0387573874381746e+158"},
    {0xD828C6F664891972, "-4.8813563790534575e+116"}, {0xC40BA8C3021AF556, "-6.37778319654746e+19"},
    {0xD1CB148B7BA28E73, "-1.0521593151791317e+86"}, {0x430240F545FDA468, "642246470775949.0"},
    {0x3089A41FE759DC83, "7.08611083356614e-75"}, {0x4BEC5296196A3CEA, "5.555745606094254e+57"},
    {0x4F5DBDA986174D5D, "2.1019026116214545e+74"}, {0x357177C9D9F5A397, "2.917978136185511e-51"},
    {0x688195A07ABAAA6F, "2.5673006611723516e+195"}, {0xEEBB346C05679309, "-2.51745597724443e+225"},
    {0xADB0A06143678B77, "-1.305935432722357e-88"}, {0x3FB0E5DFD692A4B0, "0.06600760449022647"},
    {0x3FE884B6198724E2, "0.7662001131622243"}, {0x3FC210F5DD9CF418, "0.14114259072258117"},
    {0x3FE5135520705E67, "0.6586099275181824"}, {0x3FD40CB95C749496, "0.31327661541792773"},
    {0x3FE4B3EE4015D9D0, "0.6469641925494276"}, {0x3FE2264CE24911A5, "0.5671753329884736"},
    {0x3FE9D1453073CE34, "0.806795687325979"}, {0x3FEAE2C9EF3C7493, "0.8401841805058602"},
    {0x3FE46355606A50ED, "0.6371256716834331"}, {0x3FE21BA3A5FDABED, "0.5658739320764404"},
    {0x3FEF919F6DF7F77A, "0.9865262172531708"}, {0x3FC079FF0761DD50, "0.12872302875960395"},
    {0x3FD3D2EA250BA3FA, "0.30974820726129304"}, {0x3FECBD70D74EAC3A, "0.8981250958653455"},
    {0x3FD4EA220C1C6456, "0.3267903440733496"}, {0x3FDBCE19F3B52AD8, "0.4344544296224462"},
    {0x3FE88AC525B0B9CC, "0.7669397102488857"}, {0x3FECFA764CCAAC20, "0.9055739879453348"},
    {0x3FEBC1CCBC0BA52F, "0.8674071953547918"}, {0x3FCF1030F1182ED0, "0.24268161556425705"},
    {0x3FC4E6ECE01E3ED4, "0.16329728072422844"}, {0x3FE6D2BFAFB9C7F8, "0.7132261688368535"},
    {0x3FCFBF95A17A69D0, "0.24803419480015387"}, {0x3FCC51B15B51C95C, "0.22124306639632152"},
    {0x3FE661A4902E2773, "0.6994192901631621"}, {0x3FEEE55D93D62FBE, "0.9654987227854617"},
    {0x3FEDE4751728678F, "0.9341378643323298"}, {0x3FE314FFD49B8E4D, "0.5963133957379313"},
    {0x3FE8968595B4FBEB, "0.7683742450680006"}, {0x3FD795EC99C39E70, "0.3685256482699293"},
    {0x3FE5AED96A6FA4CE, "0.6775939062910312"}, {0x3FEDB30E6CADB5E6, "0.9281074640873015"},
    {0x3FD3837F39492CD6, "0.30490093797989226"}, {0x3FEAD694097083A2, "0.8386936363568689"},
    {0x3FEF3D20081BC525, "0.9762115629547777"}, {0x3FD2B6B6FD491D80, "0.29240202650949954"},
    {0x3FE1F7687975E87B, "0.5614511844899107"}, {0x3FB7E06EB23EA058, "0.09326831676173819"},
    {0x3FE4565ABBCE84D5, "0.6355413120365038"}, {0x3FD1DEA564AA527A, "0.2792142375049377"},
    {0x3FE22FDEED7B30C2, "0.56834360487985"}, {0x3FE88D41286DE6AD, "0.7672429837832248"},
    {0x3FEEF47D3895EFF3, "0.9673448662938412"}, {0x3FEA223D33C32EEB, "0.8166795741066982"},
    {0x3FE1B0CA7E92F455, "0.55283093186848"}, {0x3FEEB1E17181FE62, "0.9592139450978261"},
    {0x3FC34D23E72DA0DC, "0.15079163349151414"}, {0x3FCDC545541FD44C, "0.23258272750504927"},
    {0x3FD46728E386C474, "0.3187963697374194"}, {0x3FA3FB4F00DFF350, "0.03902670751265325"},
    {0x3FE5F8CCE166FEE2, "0.6866211321248239"}, {0x3FE683B29B9EC898, "0.7035763778169608"},
    {0x3FE83DEF16323229, "0.7575602944867273"}, {0x3FEA41B6C42FEACB, "0.8205217201023854"},
    {0x3F600B443D5D8400, "0.0019584973151016705"}, {0x3FE103970BFD2DC5, "0.5316882356796034"},
    {0x3FEF9C0272279E28, "0.9877941350541208"}, {0x3FE5F6E35FFE32D2, "0.6863877177107389"},
    {0x3FE53CED9DC660A3, "0.6636875230351688"}, {0x3FDDCABF328DF790, "0.4654996865937102"},
    {0x3FE017E4BD8EC316, "0.5029166891382342"}, {0x3FD2C2212BD89492, "0.2930987289603958"},
    {0x3F9E16F48FE21B80, "0.029384442598281435"}, {0x3FEE412BBD2C667E, "0.9454554266732911"},
    {0x3FEA7360076290C7, "0.8265838760603622"}, {0x3FEABB66A567A0C0, "0.8353760939180788"},
    {0x3FE332A1F45002D8, "0.5999307414750445"}, {0x3FC3293A77FF82F4, "0.1496956907203849"},
    {0x3FEE3FEA6D7401A2, "0.9453022134548983"}, {0x3FB2B1A951802DC0, "0.07302339782488954"},
    {0x3FD1325E0143C842, "0.26869917033684854"}, {0x3FE8850EE79822BA, "0.7662424586606769"},
    {0x3FE65F5BC09A7A0E, "0.6991404306207316"}, {0x3FD1409B0A0D7630, "0.26956821424195976"},
    {0x3FD339A3AEBC1A1E, "0.3003930288690827"}, {0x3F9585493257CF60, "0.021016257951444017"},
    {0x3FECFB07CD4336F9, "0.9056433686289146"}, {0x3FE7603060CDE712, "0.7304918184956668"},
    {0x3FEF4059EA0848C8, "0.9766053744263212"}, {0x3FD1A1993E57E69A, "0.27548819626063337"},
    {0x3FD2C23DDABF33E4, "0.2931055675697378"}, {0x3FEA3AD0844313BF, "0.8196795066111163"},
    {0x3FCBBA6EF15ADC0C, "0.2166269949427434"}, {0x3FA3B0D3F2A26500, "0.03845846497388017"},
    {0x3FE851C636565734, "0.7599822102808731"}, {0x3FE80DD2DB2C91B2, "0.7516874581092934"},
    {0x3FECD7594E41F931, "0.9012877014609214"}, {0x3FE03B727817C9EF, "0.5072567315640394"},
    {0x3FEC40DB4E3B6A61, "0.8829170730562731"}, {0x3FBA5C031B6621D8, "0.1029664937870004"},
    {0x3FD3F63E8F56F552, "0.31190456388488486"}, {0x3FE255686CED145E, "0.5729257705176101"},
    {0x3FB31CF6D45CBCA8, "0.07466070828080495"}, {0x3FD24FDADFDDBC46, "0.2861239610855971"},
    {0x3FEABB87C440FA6F, "0.8353918870050857"}, {0x3FDEB445C35AA4E2, "0.4797529609446213"},
    {0x3FE86D31151FDBCC, "0.7633290684306018"}, {0x3FC6C84A633F0364, "0.17798738332751463"},
    {0x3FC73824BCB2A248, "0.18140086377867903"}, {0x3FC673AB2A15D1C4, "0.1754049258703515"},
    {0x3FD59E6459670646, "0.33779247980792027"}, {0x3FCDBF278CBF99CC, "0.23239607212526747"},
    {0x3FD25B5295921B96, "0.28682388884083687"}, {0x3FC74C71AD186AA8, "0.18202038719103553"},
    {0x3FEC38C2492F0F30, "0.881928580224189"}, {0x3FD8943EEC35421C, "0.38404820506278425"},
    {0x3FD9FCAC4F6D0FBC, "0.40604694134185215"}, {0x3FE6463C3CCCE086, "0.6960736453538778"},
    {0x3FB0DB8E6E792040, "0.06585016438577984"}, {0x3FE491A6E99B4AD8, "0.6427797854069821"},
    {0x3FDC646D601C68A2, "0.44362959276043956"}, {0x3FC8876BC6EC2170, "0.1916327210713109"},
    {0x3FD2AA558D0433B8, "0.29164637347349354"}, {0x3FD4F5C476550D26, "0.32750045352823276"},
    {0x3FEC811AAB6867B5, "0.8907597873505809"}, {0x3FEBB9FD4846BECF, "0.8664537822387163"},
    {0x3FD2C5E50C16EC2A, "0.2933285348951268"}, {0x3F880A1F4ED4B580, "0.011738056748607617"},
    {0x3FDD1F688D9D79FA, "0.45504201726535565"}, {0x3FEF74D1C303838B, "0.9830101784574351"},
    {0x3FE7F6E7D722E924, "0.7488898469812608"}, {0x3FE93CFC1E017BFF, "0.7886944376040218"},
    {0x3FED46F764A627DF, "0.9149128881265333"}, {0x3FDE2F6DE6617A44, "0.4716448545276857"},
    {0x3FEF21320017117F, "0.9728021623382545"}, {0x3FEE2791075AC907, "0.9423298972745052"},
    {0x3F83F751AA67E8C0, "0.009749067318797322"}, {0x3FD77318C2EDB360, "0.36639994655597796"},
    {0x3FDB54A176325958, "0.42704044859546775"}, {0x3FE9337904BF849F, "0.7875332920777004"},
    {0x3FD60EAE9E0EAFF4, "0.3446461242226626"}, {0x3FE05BA98E5C966B, "0.5111892490865108"},
    {0x3FDDA4EAC0573286, "0.46319073470366623"}, {0x3FE8929EFE91688D, "0.7678980800658494"},
    {0x3FCF64F4FCA6C100, "0.24526846252911838"}, {0x3FDB5AEB30266880, "0.4274242372718007"},
    {0x3FE81CB4C410D93D, "0.7535041646395154"}, {0x3F9986F480CEF520, "0.024928875314562338"},
    {0x3FC89940FAA75420, "0.19217693556734705"}, {0x3FDA0EF9F25B7984, "0.40716408412654226"},
    {0x3FE1513CC2AF2D3E, "0.5411666681697296"}, {0x3FE3D30A16FBF501, "0.6195116471205041"},
    {0x3FED3AF9D2129FB7, "0.9134492018683805"}, {0x3FC1304ACE04BEC8, "0.13428626117228348"},
    {0x3FDE2BCB16049506, "0.4714229311960739"}, {0x3FE9A88CD0B6B688, "0.8018249584617516"},
    {0x3FB33BFC55E1F360, "0.07513405892127656"}, {0x3FCC0FE9D355367C, "0.2192356378458732"},
    {0x3FE3FD11F6288BFE, "0.6246423537999133"}, {0x3FE55C580C21E288, "0.6675224530182087"},
    {0x3FD85581725BA4DC, "0.38021885078212647"}, {0x3FEAFEF316AE2268, "0.8436217730496312"},
    {0x3FEEBB603303966C, "0.9603730198256932"}, {0x3FEE76A15EED1B6C, "0.9519812444712961"},
    {0x3FC60D638D91BF0C, "0.17228359615864297"}, {0x3FEF708E3BCCE48B, "0.9824896972633196"},
    {0x3FE2B52823163FCF, "0.584613865403293"}, {0x3FE8921CDFB6B34B, "0.7678360337646181"},
    {0x3FEF53C5AE27E76A, "0.9789760972482615"}, {0x3FDAC51878235590, "0.41827975971440257"},
    {0x3FE021DE4933B07C, "0.5041343145108068"}, {0x3FA53A97C6E547A0, "0.04146265318799114"},
    {0x3FD94DB21A423800, "0.3953671699936194"}, {0x3FD38E3A53975E32, "0.305555898315535"},
    {0x3FDBB5B1F06B59CC, "0.4329647872777087"}, {0x3FC81A567D0E7380, "0.1883037672640988"},
    {0x3FC6BB181FE8C5A0, "0.17758466299123388"}, {0x3FCA432172543844, "0.20517366487951183"},
    {0x3FC0BB2646811FA8, "0.1307113498935426"}, {0x3FCF781661EC8864, "0.2458522775787656"},
    {0x3FD4BB420F9994FE, "0.3239293243735374"}, {0x3FD5EB5DFDA13490, "0.34249067085767937"},
    {0x3FE72852716DAFCD, "0.7236721244239505"}, {0x3FD53B929E66878C, "0.3317610308532657"},
    {0x3FCB5985445D6EA0, "0.21366945112355484"}, {0x3FD3CABC48BA8836, "0.3092489919891962"},
    {0x3FC952153DD2CFF8, "0.19781747359013457"}, {0x3FD299D0F3E4B656, "0.2906381971141391"},
    {0x3FE584D7E39ED8A3, "0.672466225215221"}, {0x3FE6CE6E1BA7EF02, "0.7126989879756993"},
    {0x3FE3800823F01694, "0.6093788816367174"}, {0x3FEED7FEC144FF2D, "0.963866593818215"},
    {0x3FEDD7BA65DDF456, "0.9325839986410169"}, {0x3FB5066A5744E2F8, "0.08212914114563918"},
    {0x3FEBE9DD27A6FD46, "0.8722978376826311"}, {0x3FE1C0C9E977C54F, "0.5547837791365654"},
    {0x3FDA0E19F56FF3C6, "0.4071106812332882"}, {0x3FDA327F73D0768E, "0.40933214483252633"},
    {0x3FCAD0FC42052878, "0.20950272773399425"}, {0x3FE944462C57848A, "0.7895842424442361"},
    {0x3FE009388C329E28, "0.5011255968319732"}, {0x3FC237164A471124, "0.14230612398945042"},
    {0x3FE4E4376F94FE0B, "0.6528584651313748"}, {0x3FDF62261C3199F8, "0.49036553147598694"},
    {0x3FDA1F825C817462, "0.40817317041166323"}, {0x3FEA471DAE0AF23C, "0.8211811446449881"},
    {0x3FE3F33C3DF1AF2E, "0.623441811546831"}, {0x3FEE418DD77B616D, "0.9455022057182255"},
    {0x3FC385BB13DD12CC, "0.15251863927746567"}, {0x411B24D45C779A6B, "444725.0903"},
    {0xC12B1EA897C84B5E, "-888660.29645"}, {0xC11024F5786C2268, "-264509.3676"},
    {0x4121D74548F47304, "584610.64249"}, {0xC117318755AAF790, "-380001.83366"},
    {0xC0F08C415AEE6320, "-67780.0847"}, {0x410BA51AFA661284, "226467.372265"},
    {0x412D424ED719F7F9, "958759.42012"}, {0x4121D3765150B956, "584123.158819"},
    {0x410340D9EE68E3EF, "157723.241411"}, {0x4102EF70CCCCCCCD, "155118.1"},
    {0x4128CF7FF0A3D70A, "812991.97"}, {0x40F44C0C10624DD3, "83136.754"},
    {0xC12A87FB00000000, "-869373.5"}, {0x41219F6A00000000, "577461.0"},
    {0x4110A53000000000, "272716.0"}, {0x412ADDAA7D21FF2E, "880341.2444"},
    {0x412E5E1200000000, "995081.0"}, {0x4125D5F88F5C28F6, "715516.28"},
    {0xC109B41F28198F1D, "-210563.89458"}, {0x412186DE00000000, "574319.0"},
    {0x412C6DF175C28F5C, "931576.73"}, {0xC11D1AE8851EB852, "-476858.13"},
    {0x412957C3F6113405, "830433.9806"}, {0x412839A333333333, "793809.6"},
    {0xC1182CF44D0678C0, "-396093.07522"}, {0x410A6D1F553CDDD7, "216483.91662"},
    {0xC0FD01A4E833C600, "-118810.30669"}, {0xC0F528030A3D70A4, "-86656.19"},
    {0x411AA696C93250B5, "436645.696481"}, {0xC12DF936F46DC5D6, "-982171.4774"},
    {0x4114D88D9999999A, "341539.4"}, {0x41110D2A9B089A02, "279370.6514"},
    {0xC1259FFB5E0DED29, "-708605.6837"}, {0x4119B667EB851EB8, "421273.98"},
    {0x40F247C08C8FFB8B, "74876.034317"}, {0xC12856A27EFC7A3A, "-797521.24802"},
    {0xC0EC069166CF41F2, "-57396.5438"}, {0xC11EA67000000000, "-502172.0"},
    {0x412CE520D70A3D71, "946832.42"}, {0xC129824E00000000, "-835879.0"},
    {0xC1186E4DAC22680A, "-400275.4181"}, {0x412DFD3E8DD2F1AA, "982687.277"},
    {0x40DDB08666666666, "30402.1"}, {0x410F1B0D632A0664, "254817.67342"},
    {0xC11561BE87221859, "-350319.631966"}, {0xC113F1F400000000, "-326781.0"},
    {0xC12C8B46E432CA58, "-935331.4457"}, {0x4124E51400000000, "684682.0"},
    {0xC12614F5829C779A, "-723578.7551"}, {0xC1285F563352A844, "-798635.10024"},
    {0xC0B313F666666666, "-4883.9625"}, {0xC1220963B9D0A676, "-591025.86292"},
    {0x412AB2CC00000000, "874854.0"}, {0xC0E803FBBEB5B2D5, "-49183.86703"},
    {0xC0E7DA2EB851EB85, "-48849.46"}, {0x41245F30FAE147AE, "667544.49"},
    {0x411C39775E353F7D, "462429.842"}, {0x4126B8E5D25C3DEE, "744562.91086"},
    {0xC1124F177AFB7E91, "-299973.8701"}, {0x411D79504FC50481, "482900.0779"},
    {0x41143F2100029F17, "331720.25001"}, {0xC10D8BA0740CC78F, "-242036.056665"},
    {0x41102F3800000000, "265166.0"}, {0x412E7317461F9F02, "997771.63696"},
    {0xC122A278F5C28F5C, "-610620.48"}, {0xC122B43200000000, "-612889.0"},
    {0xC128DAD1D1EB851F, "-814440.91"}, {0x4121896FE6666666, "574647.95"},
    {0x411B4215E342AA9F, "446597.471934"}, {0xC12A5B3C0F5C28F6, "-863646.03"},
    {0x410FDA82484B5DCC, "260944.2853"}, {0x41068C8000000000, "184720.0"},
    {0x4120F38666666666, "555459.2"}, {0xC10DF1B732FEC56D, "-245302.8999"},
    {0xC12CB3CA00000000, "-940517.0"}, {0x4123348196A55087, "629312.79423"},
    {0xC0F34FE9C28F5C29, "-79102.61"}, {0xC125A78700000000, "-709571.5"},
    {0xC1183BF400000000, "-397053.0"}, {0xC11FC34FC2F837B5, "-520403.9404"},
    {0x4121DFD400000000, "585706.0"}, {0x4117CB3800000000, "389838.0"},
    {0xC126F0138A3D70A4, "-751625.77"}, {0x411B1659281C2E34, "443798.28917"},
    {0x412B599E00000000, "896207.0"}, {0xC12951D600000000, "-829675.0"},
    {0xC1260AE60216C615, "-722291.00408"}, {0xC12DA56923D70A3D, "-971444.57"},
    {0xC1204AB2E0000000, "-533849.4375"}, {0xC10B7940624DD2F2, "-225064.048"},
    {0xC10012E4CCCCCCCD, "-131676.6"}, {0xC1288EFDD6041893, "-804734.918"},
    {0x4127C7206147AE14, "779152.19"}, {0xC0FFD8A056041893, "-130442.021"},
    {0x41279F1DBAB9F55A, "774030.8647"}, {0xC12CA08600000000, "-938051.0"},
    {0xC113C01CBA31A4BE, "-323591.18183"}, {0xC10727BB33333333, "-189687.4"},
    {0x412B9ED7C38B04AB, "905067.88192"}, {0xC0EBDE165DA27286, "-57072.69893"},
    {0x410104EE00000000, "139421.75"}, {0x4106ED8AEAB367A1, "187825.3646"},
    {0xC12CDA88EB851EB8, "-945476.46"}, {0xC124FF40EB851EB8, "-688032.46"},
    {0xC12494C3A3611340, "-674401.8191"}, {0xC10807E600000000, "-196860.75"},
    {0xC10ACFA00A7EF9DB, "-219636.005125"}, {0x411AF7EFA4F765FE, "441851.9111"},
    {0x4122AE664A0C6B48, "612147.144626"}, {0x410D3BCAD49CF56F, "239481.353815"},
    {0xC119929C00000000, "-418983.0"}, {0xC12C7EFDD3F7CED9, "-933758.914"},
    {0xC1267D07AAA64C30, "-736899.8333"}, {0xC10C54D977D95571, "-232091.18352"},
    {0xC10D27D733333333, "-238842.9"}, {0x4121753E74395810, "572063.227"},
    {0xC1070A56BE7C06E2, "-188746.84301"}, {0xC127A53BD3F7CED9, "-774813.914"},
    {0x40C5A2AC8B439581, "11077.348"}, {0xC11AC8522E2EB1C4, "-438804.5451"},
    {0xC0DEA28000000000, "-31370.0"}, {0x40F72408113404EA, "94784.5042"},
    {0x40B25CB333333333, "4700.7"}, {0x410524AB295E9E1B, "173205.3952"},
    {0xC11340D3C3958106, "-315444.941"}, {0x41258AA6472FDB90, "705875.139037"},
    {0xC129194C00000000, "-822438.0"}, {0xC1049E8000000000, "-168912.0"},
    {0xC12971916C8B4396, "-833736.712"}, {0x411AC3E3276C8B44, "438520.7885"},
    {0xC0EC06A2EB9A176E, "-57397.09126"}, {0xC112C57466666666, "-307549.1"},
    {0xC12B5C9A00000000, "-896589.0"}, {0xC12B2150A3D70A3D, "-889000.32"},
    {0x40E525C000000000, "43310.0"}, {0x4110072079389B52, "262600.11838"},
    {0xC1285AC86AD05F29, "-798052.208621"}, {0x412A9D45F4320104, "872098.976944"},
    {0xC12E2ADFAF9DB22D, "-988527.843"}, {0xC10E613000000000, "-248870.0"},
    {0x411BA405E147AE14, "452865.47"}, {0x410BE66D33333333, "228557.65"},
    {0x412D5A9795810625, "961867.792"}, {0xC1219E6E00000000, "-577335.0"},
    {0x4127C1847EAFCCE2, "778434.247435"}, {0xC1119676F10CB296, "-288157.7354"},
    {0x41234A46A35FC3B5, "632099.31909"}, {0x4125FD1C33333333, "720526.1"},
    {0xC0F78B7D47AE147B, "-96439.83"}, {0xC108FC9A7AE147AE, "-204691.31"},
    {0x4126A4C033333333, "741984.1"}, {0x4127C9029999999A, "779393.3"},
    {0x40F677A000000000, "92026.0"}, {0xC0D317628F5C28F6, "-19549.54"},
    {0x410ABFDA70E2C12B, "219131.30512"}, {0xC11173BD8B5DCC64, "-285935.3861"},
    {0xC119D3EC00000000, "-423163.0"}, {0x4113D74741A36E2F, "325073.8141"},
    {0xC11AEC41F8AFC47E, "-441104.492858"}, {0x41263EC832474539, "728932.0982"},
    {0xC10E8FD800000000, "-250363.0"}, {0x41234E4566666666, "632610.7"},
    {0x410E7E2FA2F05A71, "249797.95456"}, {0x4106A02939713AD6, "185349.153048"},
    {0x4124A0DF58793DD9, "675951.6728"}, {0x4129183A3DC725C4, "822301.12066"},
    {0x4124D00400000000, "681986.0"}, {0x412B3D3A0085B185, "892573.00102"},
    {0x41256FE71BEC679D, "702451.554538"}, {0x4124D7F000000000, "683000.0"},
    {0x411EBEBEAE147AE1, "503727.67"}, {0xC107A8BA66666666, "-193815.3"},
    {0xC1100DE400000000, "-263033.0"}, {0xC12918CBA3D70A3D, "-822373.82"},
    {0x40D3B7F657A786C2, "20191.8491"}, {0x4125BD01C45974E6, "712320.883495"},
    {0x41292AEEFF7CED91, "824695.499"}, {0x4124B162EB851EB8, "678065.46"},
    {0x411D8E6171A9FBE7, "484248.361"}, {0x40E88D6000000000, "50283.0"},
    {0xC129B34900000000, "-842148.5"}, {0xC12ABCFED5E6DDF0, "-876159.417777"},
    {0x411DD0E03645A1CB, "488504.053"}, {0xC1272BC520C4DEC2, "-759266.564002"},
    {0xC12C6B4F319CE076, "-931239.5969"}, {0x4126D5CA00000000, "748261.0"},
    {0xC10C61A07AE147AE, "-232500.06"}, {0x411ABE5C00000000, "438167.0"},
    {0x4111A37000000000, "288988.0"}, {0xC11E105ED2F661F2, "-492567.706018"},
    {0xC1261BFB696D0918, "-724477.70591"}, {0xC11E27E9F2B020C5, "-494074.487"},
    {0xC125962E00000000, "-707351.0"}, {0x411C6720C4B5DCC6, "465352.1921"},
    {0x4124156800000000, "658100.0"}, {0xC11D0590E226809D, "-475492.22085"},
    {0xC10571949A6B50B1, "-175666.5754"}, {0x4119DE37BB66F933, "423821.93301"},
    {0x4129977A35933E36, "838589.104639"}, {0x444FF14131DEB139, "1.1784665943082975e+21"},
    {0x44224337EE4DE8C7, "1.6844249763470872e+20"}, {0xC44A620BDD83D4C4, "-9.733606598303783e+20"},
    {0x4436993DF170D50B, "4.1687061694990536e+20"}, {0xC3DEDC3A45B743F2, "-8.894865548464081e+18"},
    {0x444A5ABB83423417, "9.723066190417435e+20"}, {0x443B7E1762C3BFFD, "5.071479293562803e+20"},
    {0x44384EBA9DC59002, "4.48394877921506e+20"}, {0x443AE3056C7A1F83, "4.95973946409712e+20"},
    {0xC44E655909643992, "-1.1214104016162235e+21"},
    {0xC43BF7B350A2A8E4, "-5.1591078839790574e+20"}, {0x4441F9781775E98A, "6.631415859218169e+20"},
    {0x444A79A270AF17BD, "9.767600752771692e+20"}, {0xC449DBA58A10E8BD, "-9.539916202268622e+20"},
    {0x442C71900365613F, "2.6234593916037887e+20"}, {0xC434BFEF1F036195, "-3.827651885542516e+20"},
    {0xC4333AB1B0BFB3C8, "-3.5471749326296056e+20"}, {0x4444EAF604BEE305, "7.717312130824721e+20"},
    {0xC4340640D929CFE2, "-3.6938548021053266e+20"}, {0xC432B1F7171B3F72, "-3.448651371965287e+20"},
    {0xC40FD374FD0D0222, "-7.338576849457619e+19"}, {0x444D8AA23926C113, "1.0898903757992979e+21"},
    {0xC43DAC10EBF907D3, "-5.473542473665386e+20"}, {0xC42BA0F38C40CB65, "-2.5482992883274262e+20"},
    {0xC42E8426547C9F1A, "-2.81462356783815e+20"}, {0x443A016F625EAB8E, "4.797187553916458e+20"},
    {0x4427C2D6342C5091, "2.1915728997431434e+20"}, {0x44333EE88A59EFE1, "3.550211625443111e+20"},
    {0x44484B5CB2FA31A7, "8.963045396147516e+20"}, {0x440E087FE94752CE, "6.925184834727168e+19"},
    {0xC427004280892F54, "-2.1214691618523775e+20"}, {0x442F5C0CA654236D, "2.892409627582539e+20"},
    {0xC43597BBCBC8F8C0, "-3.983151821322998e+20"}, {0xC44DDDC5C15F1ECC, "-1.1018719392093076e+21"},
    {0xC44E353355DA9E34, "-1.1144716486331088e+21"}, {0xC4464AF680049842, "-8.224600303638206e+20"},
    {0xC4407E7616EFBA93, "-6.085208025885336e+20"}, {0xC44109729A534A6B, "-6.285508508585405e+20"},
    {0x44358E017C89A85F, "3.976142223069402e+20"}, {0x4430E8AC08BAF109, "3.119136902911472e+20"},
    {0xC44DF936B4F24B8D, "-1.1058266353090121e+21"}, {0xC3F95E0D37866B4F, "-2.924660849421667e+19"},
    {0xC448C64C2EF66D64, "-9.140214102454022e+20"}, {0x44441F3909C4B042, "7.423694434068293e+20"},
    {0xC445281A78FF93B9, "-7.805427613958051e+20"}, {0x444C6C470808CA8F, "1.0486220955543225e+21"},
    {0x4434B38B5079FBB4, "3.8187240431358706e+20"}, {0xC40E088E7E71D33D, "-6.925236142970291e+19"},
    {0x443297F0A33EC3B9, "3.429898235108766e+20"}, {0x4423C0773DBA1257, "1.8217837942368656e+20"},
    {0x4403499E40452204, "4.447411068465476e+19"}, {0xC4408411B16BBC31, "-6.093289754864807e+20"},
    {0x444EB040735B479A, "1.1322051999927037e+21"}, {0xC4384A30C93EE92D, "-4.480678517987552e+20"},
    {0x44289DEDDA515884, "2.270509248226883e+20"}, {0xC448632BFF22C54B, "-8.997358870551733e+20"},
    {0xC3E0C0DF12261682, "-9.65767975341366e+18"}, {0x44417211183B113B, "6.436280533799229e+20"},
    {0xC44865B0DEA01385, "-9.000989182837293e+20"}, {0xC4467C0921C5F74E, "-8.295321633824899e+20"},
    {0xC42873967C0A313B, "-2.255254193565575e+20"}, {0xC44CD1C236792F26, "-1.0632470745147724e+21"},
    {0xC44BB3AFBAB4DC7E, "-1.022019725459655e+21"}, {0x44329FB81BABB488, "3.435503725987994e+20"},
    {0xC43394B8D00DA70A, "-3.612046814708652e+20"}, {0x43F8C6B2BC3C50D6, "2.856497318135211e+19"},
    {0xC444AFEDC8B0A639, "-7.632237813226748e+20"}, {0x4438B62DEEC2192E, "4.558492687752976e+20"},
    {0xC43BB9CCE2330ECD, "-5.1145041449134306e+20"}, {0x444C97B33D8F55B0, "1.054879964940506e+21"},
    {0x4434C685F2B36A0F, "3.832399881179957e+20"}, {0xC4496A133D26FDD3, "-9.376242441459863e+20"},
    {0xC44D31107F239AAD, "-1.0769820872719169e+21"}, {0xC442491F77237C81, "-6.746209088202302e+20"},
    {0xC44E1923F9205633, "-1.1104277752074001e+21"}, {0xC43F30FD8276A509, "-5.75379187414011e+20"},
    {0x444AA5400B1A1262, "9.830457510756428e+20"}, {0x444E06EE919DDE7D, "1.1078036378543998e+21"},
    {0x44273EF99C0306E1, "2.144064716658432e+20"}, {0xC444B77541663BCE, "-7.643088513255056e+20"},
    {0x444C904E21B9131D, "1.0538142394645717e+21"}, {0x443742FA6DE45287, "4.2910140447340515e+20"},
    {0x4448B467EB6570B4, "9.114429508787451e+20"}, {0xC438B028299EA577, "-4.554152990801306e+20"},
    {0x444A0ADC18F865B6, "9.607957476136827e+20"}, {0x443849AC76EC4647, "4.480306065869556e+20"},
    {0xC444987068832774, "-7.598385517557192e+20"}, {0x442023F72A33E07B, "1.4886974584611285e+20"},
    {0x444BC27CFE7F0188, "1.024152891904136e+21"}, {0x4424F0841B000364, "1.931329442135452e+20"},
    {0xC44166B1FD5089D4, "-6.419892468763208e+20"}, {0xC4200CA78AD27FCF, "-1.4802987763280534e+20"},
    {0x444FFAC0A38BAE2F, "1.1798353756206493e+21"}, {0x4434416FB49E7D9B, "3.736500674018764e+20"},
    {0xC43D6BE6C1A11DDB, "-5.427306928420135e+20"}, {0xC42C15C1DDF42215, "-2.5903830612489132e+20"},
    {0x4437646BCCF91504, "4.31511216291792e+20"}, {0xC444158BAF59756A, "-7.409748175390143e+20"},
    {0x443C058D65C92ECB, "5.169089219205212e+20"}, {0x4417D7CD12B458FC, "1.0995630483737405e+20"},
    {0x000393567865046F, "4.97239783670104e-309"}, {0x00020064E8453B35, "2.78348357192828e-309"},
    {0x000E46ADF53E938B, "1.985334928882185e-308"}, {0x0008B813DC607716, "1.2125335636248444e-308"},
    {0x000A8AC36134344B, "1.4660516237772544e-308"}, {0x00070C54361D9235, "9.8016728037916e-309"},
    {0x00085F4B0A6FC968, "1.1643031030842117e-308"},
    {0x00080BA5CCA237A0, "1.1188642949243115e-308"}, {0x000FFF1C3EB21CF3, "2.224590563154856e-308"},
    {0x0005AC01ADA0942C, "7.88774860651437e-309"}, {0x000085E7B5AF3A76, "7.27413997095694e-310"},
    {0x0003582A206AC0E3, "4.6509506217824e-309"}, {0x00038FD03176017A, "4.953251554944535e-309"},
    {0x00017120F95DD8F8, "2.005221812742203e-309"}, {0x0009CF5D4001CF1F, "1.364250722531216e-308"},
    {0x00016307B1C07936, "1.928633048467285e-309"}, {0x00050253EFE433DF, "6.96600156750125e-309"},
    {0x000C0BF32475B58F, "1.6752968812219387e-308"}, {0x000A88E02AD6A4BD, "1.465026249172319e-308"},
    {0x00090339AE77073E, "1.2533561380858886e-308"}, {0x000431008229681C, "5.828878587453667e-309"},
    {0x000037C0588C8EB7, "3.02858579158323e-310"}, {0x0007F44C5DFC056E, "1.1061802089053686e-308"},
    {0x000028DC42F6FB13, "2.2196631047548e-310"}, {0x000C102D11F71C9E, "1.677592727365825e-308"},
    {0x0007E91836A8FDB7, "1.100093999015644e-308"}, {0x0009BCFC502E5FF1, "1.354266866402458e-308"},
    {0x000742B7035A6ADB, "1.0097114070055676e-308"},
    {0x0009E906A61BF818, "1.3781909592118033e-308"}, {0x0004EF0953C945F0, "6.86120447571203e-309"},
    {0x0009C8718B9EBF65, "1.3604911727496073e-308"},
    {0x000DA8E0296DD680, "1.8996109754794507e-308"}, {0x000DBC3B3529611A, "1.91012556187561e-308"},
    {0x000E6BE61F0AD751, "2.005553651243296e-308"}, {0x000C10F5121BD42B, "1.678017127712881e-308"},
    {0x0009DD8B3DD0F8E7, "1.371953549093037e-308"}, {0x0005F6D019DB1CDA, "8.294119771606707e-309"},
    {0x000F8F4D7ACD28AA, "2.1638531758485373e-308"}, {0x00005C2DA895C12B, "5.0074132088061e-310"},
    {0x0002218644AE6984, "2.96345769493903e-309"}, {0x00065E5A78B2B85E, "8.85658383747499e-309"},
    {0x0004CDC8DFBE6BEC, "6.680570575177983e-309"}, {0x00055E4D10E33A6C, "7.46562821155372e-309"},
    {0x0003496D07205277, "4.57088562422758e-309"}, {0x000F7A7E735D02B3, "2.1525492426154834e-308"},
    {0x00058462DF9EF996, "7.67251871744048e-309"}, {0x000E6428A34F4DC7, "2.0013489519564435e-308"},
    {0x0001DD0F70BB0D33, "2.59153914392933e-309"}, {0x0005D4939E86EBBA, "8.108137837699293e-309"},
    {0x000DA4F5606B5D0C, "1.897483069518526e-308"}, {0x000152D027D39684, "1.840537570489847e-309"},
    {0x000BA91A558DD3BA, "1.621600184675733e-308"}, {0x0006D86BD6CC4BE6, "9.519694102178393e-309"},
    {0x0000144704FC9865, "1.10153214858897e-310"}, {0x0002BD3FBCEF6E30, "3.80940128491492e-309"},
    {0x00076737E896F911, "1.0295412358286266e-308"}, {0x000D6A3DB8A73BD2, "1.865585960163332e-308"},
    {0x0006919FF90FE423, "9.135106425186047e-309"}, {0x0008AF082F5E6AE8, "1.207619709297493e-308"},
    {0x000E32B3432F13B1, "1.974481566455133e-308"}, {0x00059FADC3849D08, "7.8207802338867e-309"},
    {0x0009290BD2D53293, "1.273901602788787e-308"}, {0x00019B42FBD83DDE, "2.23410048416674e-309"},
    {0x000AB55BBCD4190F, "1.4891906253623403e-308"},
    {0x000DA98FDFD3FD2E, "1.8999838366568113e-308"}, {0x00071AD25DD22664, "9.880402138834154e-309"},
    {0x00067F650289D2BB, "9.03607366711631e-309"}, {0x00027052CF7BE4AC, "3.391518191309e-309"},
    {0x0009396EF3AE3E0A, "1.282803647409072e-308"}, {0x00022B5B6A2CD208, "3.016871436874506e-309"},
    {0x00098F9CEA1DCE8C, "1.3296190392712434e-308"}, {0x00052ACB5921BCCA, "7.18582783491012e-309"},
    {0x00098D04313E3519, "1.328208501641623e-308"}, {0x000173FBF51B6114, "2.02073324889048e-309"},
    {0x000E62F8F5DA86F2, "2.0007045494456904e-308"},
    {0x000B6B0F083EDB1F, "1.5878958847142726e-308"}, {0x00059FFD6FDBA96F, "7.822470895906275e-309"},
    {0x000503F96C8D5375, "6.974945502958933e-309"}, {0x0006EACD8165B75D, "9.619548145197533e-309"},
    {0x00039A29D0ACF21B, "5.009476420819494e-309"}, {0x000C3F26CC62A031, "1.703111271995953e-308"},
    {0x00099048E3CC0674, "1.329983970164999e-308"}, {0x000547DDC58DDFCF, "7.343755748857207e-309"},
    {0x000263222A7D85B6, "3.31986593700749e-309"}, {0x000ECE25311717A8, "2.0589241169813794e-308"},
    {0x000615A73487928C, "8.46165355029628e-309"}, {0x000AA6855B08A484, "1.4811304747230915e-308"},
    {0x0003B9EBCBF966F6, "5.181994288928573e-309"}, {0x0007C2AA22347493, "1.079217634869887e-308"},
    {0x0009CB148E3D611B, "1.36192354162295e-308"}, {0x000BFFF641FEA60E, "1.668784720955776e-308"},
    {0x000E14383FDA7819, "1.95792360569157e-308"}, {0x00072500DD86A567, "9.935711934678204e-309"},
    {0x000CE75CBB8D930D, "1.7944885152233554e-308"}, {0x000EEAD72BE4CB2C, "2.074512254987952e-308"},
    {0x000A6505CE9C98DA, "1.445549807331112e-308"}, {0x000ACA082B1F2E6F, "1.50042114131433e-308"},
    {0x0003C6953AA5F7A3, "5.250777346339437e-309"}, {0x000920923CBD4126, "1.26929774978602e-308"},
    {0x0003FEB1C135EE23, "5.555591975689276e-309"}, {0x0000000000000001, "5e-324"},
    {0x0000000000000002, "1e-323"}, {0x0000000000000004, "2e-323"}, {0x0000000000000008, "4e-323"},
    {0x0000000000000010, "8e-323"}, {0x0000000000000020, "1.6e-322"},
    {0x0000000000000040, "3.16e-322"}, {0x0000000000000080, "6.3e-322"},
    {0x0000000000000100, "1.265e-321"}, {0x0000000000000200, "2.53e-321"},
    {0x0000000000000400, "5.06e-321"}, {0x0000000000000800, "1.012e-320"},
    {0x0000000000001000, "2.0237e-320"}, {0x0000000000002000, "4.0474e-320"},
    {0x0000000000004000, "8.095e-320"}, {0x0000000000008000, "1.61895e-319"},
    {0x0000000000010000, "3.2379e-319"}, {0x0000000000020000, "6.4758e-319"},
    {0x0000000000040000, "1.295163e-318"}, {0x0000000000080000, "2.590327e-318"},
    {0x0000000000100000, "5.180654e-318"}, {0x0000000000200000, "1.036131e-317"},
    {0x0000000000400000, "2.0722615e-317"}, {0x0000000000800000, "4.144523e-317"},
    {0x0000000001000000, "8.289046e-317"}, {0x0000000002000000, "1.6578092e-316"},
    {0x0000000004000000, "3.3156184e-316"}, {0x0000000008000000, "6.63123685e-316"},
    {0x0000000010000000, "1.32624737e-315"}, {0x0000000020000000, "2.65249474e-315"},
    {0x0000000040000000, "5.304989477e-315"}, {0x0000000080000000, "1.0609978955e-314"},
    {0x0000000100000000, "2.121995791e-314"}, {0x0000000200000000, "4.243991582e-314"},
    {0x0000008000000000, "2.716154612436e-312"}, {0x0001000000000000, "1.390671161567e-309"},
    {0x0060000000000000, "7.120236347223045e-307"}, {0x00F0000000000000, "3.645561009778199e-304"},
    {0x0180000000000000, "1.8665272370064378e-301"}, {0x0210000000000000, "9.556619453472961e-299"},
    {0x02A0000000000000, "4.892989160178156e-296"}, {0x0330000000000000, "2.505210450011216e-293"},
    {0x03C0000000000000, "1.2826677504057426e-290"}, {0x0450000000000000, "6.567258882077402e-288"},
    {0x04E0000000000000, "3.36243654762363e-285"}, {0x0570000000000000, "1.7215675123832985e-282"},
    {0x0600000000000000, "8.814425663402488e-280"}, {0x0690000000000000, "4.512985939662074e-277"},
    {0x0720000000000000, "2.310648801106982e-274"}, {0x07B0000000000000, "1.1830521861667747e-271"},
    {0x0840000000000000, "6.057227193173887e-269"}, {0x08D0000000000000, "3.10130032290503e-266"},
    {0x0960000000000000, "1.5878657653273753e-263"}, {0x09F0000000000000, "8.129872718476162e-261"},
    {0x0A80000000000000, "4.162494831859795e-258"}, {0x0B10000000000000, "2.131197353912215e-255"},
    {0x0BA0000000000000, "1.091173045203054e-252"}, {0x0C30000000000000, "5.586805991439637e-250"},
    {0x0CC0000000000000, "2.860444667617094e-247"}, {0x0D50000000000000, "1.4645476698199521e-244"},
    {0x0DE0000000000000, "7.498484069478155e-242"}, {0x0E70000000000000, "3.8392238435728152e-239"},
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

// float literals: text -> nearest double (613 cases)
const ParseCase parse_cases[] = {
    {"28181062867395633E-157", 0x22C12EB5A8D887E7},
    {"876785062543670686282076.3471315470682035", 0x44E73553A1A223A6},
    {"024292.752608632680829613408749641925740e318", 0x7FF0000000000000},
    {"96.97013E+200", 0x69DFABC24DC57A81},
    {"-26596449259753980013101766811503.e+289", 0xFFF0000000000000},
    {"-5100.56208629680101529794217114259267e+93", 0xD4031A74CCE457FC},
    {"4874247766967585.42584667004096245757E+8", 0x44D9CDD667E3A37E},
    {"38845913407316137554925745872169188019.39e103", 0x5D204F647D4C314F},
    {"10459e-211", 0x14F57D937DDFA766}, {"2.e+154", 0x5FF7DDDF6B095FF1},
    {"-825304442758715E71", 0xD1C53DD3A5D8BC9B},
    {"49981823583821189257009023930.875232593E85", 0x5789FAA4C7C87156},
    {"6.9E-249", 0x0C68B37850F3347A},
    {"-1.866095176652899449805001435482894882590E-236", 0x8EFE60F7EE6E1F78},
    {"5521102.831e-312", 0x008F0432ECBE73DD}, {"77.62e+326", 0x7FF0000000000000},
    {"2415964802116640e+298", 0x7FF0000000000000},
    {"86450081955576591132.8e+285", 0x7F3F84125661A5D8},
    {"-206446300954429613303926.8981E+22", 0xC95724B7E0D5075F}, {"1e+61", 0x4C98E45E1DF3B015},
    {"1575583245101626597.99604114513", 0x43B5DD989D1656F5},
    {"-576654083.0E-215", 0x951D9F3275ED09BE}, {"99868901929610604849E-107", 0x2DDFC9763B8883E5},
    {"3228961282794529907202894.46615733E182", 0x6AD017830AD7760B},
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
    {"49E-57", 0x3473393F6D3C261A}, {"136.1877E+328", 0x7FF0000000000000},
    {"-5183854.063584252455416063E+274", 0xFA36D8AA45AB15FD}, {"-19155.6", 0xC0D2B4E666666666},
    {"06822551999366391292802367210.E+20", 0x49DDE058665724D9},
    {"-56733955718.418751239e88", 0xD47099C2A3471C98},
    {"9.9299843127480503734003729157247e203", 0x6A49565DAD94F096},
    {"15418.97370227028947", 0x40CE1D7CA246A778}, {"-3.4E+275", 0xF923A3F8C74F044E},
    {"828798079569160947239543431720938.69e-280", 0x0CA28B2C78809859}, {"725.", 0x4086A80000000000},
    {"7874590e-50", 0x36FC18F4304378A0}, {"-1822694.E133", 0xDCD87D4077B6CA2B},
    {"09e-251", 0x0C049EB90778A877}, {"4132413958017.72115e-294", 0x058333F9BD2AF4F4},
    {"52781E+248", 0x7467098B4CCDC818}, {"-82.6269200379885743E+41", 0xC8D7B677A4C8BCBB},
    {"-84589655140687159913738e+43", 0xCDA010856EBD7F5E},
    {"7500.1525066856771511982539184e+48", 0x4AB40BD006130295},
    {"23.5570889079415E-217", 0x1329FC8E06BBF482},
    {"-721659.2639597929800303429E286", 0xFC8724276D737D66},
    {"32034.454358E-269", 0x0904A8A229E2FB5B}, {"-325623558045.e+127", 0xDCB17FFF5449EB81},
    {"-4.53e+207", 0xEB0C38391002C435},
    {"-86930093346905610618088872234976012e-97", 0xB30C9BD88B58B681},
    {"96E171", 0x63D8D75D218748A2}, {"-3246505117.E-11", 0xBFA09F425A138403},
    {"35681E-188", 0x19D84209F531858A},
    {"544.8097607084405484584992640752823934e160", 0x61B8383892E79BBB},
    {"136761607233703684893331031960.16E-162", 0x2458D9D51BE02CC6},
    {"-5610622980474386999.432e231", 0xF3C9138CF663AC98}, {"8.90E181", 0x65B572C2EC76B804},
    {"-4.6311017256", 0xC012863F87DF9ACB}, {"-5345735.2e-123", 0xA7CAF60314AD15BF},
    {"67845051273244142.00338327071804", 0x436E2116DE9D1DBE},
    {"-6098105066565075147882653351332.6633e+166", 0xE8CA1AF11CF47314},
    {"7938206415635079835760365.57498e118", 0x5D9A09FC6413EBF8},
    {"189264738756217e-102", 0x2DB818A0145719CB}, {"-2.", 0xC000000000000000},
    {"-298133504412034835.11E275", 0xFCA7E67FEC85BF96}, {"-88.816441409", 0xC05634409377B055},
    {"-145901770287.8133718230848e-107", 0xAC08EE799D483142},
    {"-72.0099526365071983E193", 0xE863BAA075C6DB90}, {"834969896721238.64E72", 0x51FADCE395E83B0D},
    {"-1E+62", 0xCCCF1D75A5709C1B}, {"2421414464.54623945582090907e-130", 0x26E40235A5233D7C},
    {"877194883989.7E229", 0x71F50C6561BB5083}, {"1190473907519046.47e115", 0x5AF12CA5E6D18EAF},
    {"811449120352341678385501033E+221", 0x7367360793567E22},
    {"96867405351.2036e+147", 0x60BC38B37E78EF01},
    {"146459735854467000073146591851.69804", 0x45FD93CA76DC0D91},
    {"2295112538343270904226710773.360646", 0x459DA9E3F008BAB6}, {"66398.e+52", 0x4BBB14464FECCC8C},
    {"61608795290010.5305421936738226370E-22", 0x3E3A75F56C04704D},
    {"-71304871e49", 0xCBBD14936DBCF957}, {"-6.20346908401775e-81", 0xAF4789A4A931C87E},
    {"-614734373490369201389.6759914660e+206", 0xEF04C27AAC2EF947},
    {"2.634217637825484629101591573e-199", 0x16B429E3D2639C74},
    {"-1.3170106562694588231e-206", 0x9530E9C8CE43D21C},
    {"2.911397163138084e+247", 0x7350A7E1432BB640}, {"3.928588945507352e+121", 0x592E6D7A0C9DDC8C},
    {"1.2644681616042282e-199", 0x16A35B95E8813DAB}, {"9.399107370940395e-246", 0x0D106DF0881B13CB},
    {"2.831088044175569e+265", 0x770C189ED618CA24}, {"8.76290201702709e+239", 0x71C0D24561B9B1F1},
    {"7.564238254485967e+137", 0x5C9042D0B20F817E}, {"6.093206292891662e+26", 0x457F804A98032F33},
    {"6.154193273494987e-178", 0x1B23F3625856EA76}, {"3.0990949488654267e+220", 0x6DB5F2BA5A66F9D3},
    {"5.8706362898027224e+231", 0x700E403BDBD63BD5}, {"3.3629399558079594e-54", 0x34D49D6109F47921},
    {"2.708959938251061e+226", 0x6EF24BE15DAB8D65}, {"6.415596720830944e-99", 0x2B8C10A646663483},
    {"9.250418372369897e+159", 0x61250E0F714AAE2F}, {"5.271595248377728e+295", 0x7D54A2950B2D1F27},
    {"8.924814370306537e-117", 0x27D6818673D45AE1}, {"7.549265000005034e-196", 0x176C373C6A72B3B4},
    {"1.6910859527829508e+81", 0x50CC86406D18EA19}, {"3.844448650127751e+304", 0x7F2C07C4A34C64FA},
    {"5.215380582500413e-116", 0x2800709145160252}, {"3.850722005400691e+50", 0x4A7077A22AA27E54},
    {"1.0533575750531314e-78", 0x2FBF3974FE527AEA}, {"1.5740148703246836e-182", 0x1A30B86AF40B1B50},
    {"6.076330868972889e+300", 0x7E622588D7D043A7}, {"1.2475740904485125e-268", 0x08507A276F5780EB},
    {"2.9235760155135545e-267", 0x08982209710F9055},
    {"1.0261307937766505e-131", 0x24BD2250E37B3C92}, {"6.01739481377935e+200", 0x699F71EA7861724C},
    {"5.242136843367206e-269", 0x083BB1A4E39CBFEB}, {"7.948902911402775e-177", 0x1B601B031598E8B6},
    {"8.838114526193459e+257", 0x757D6E4E77E13240}, {"2.7849285635771564e+141", 0x5D4D3B85A35394C9},
    {"6.076811739671375e-159", 0x1F155BCF7880EFD0}, {"1.2461908792870152e+69", 0x4E471CA51C0BF588},
    {"7.406851226384989e+255", 0x750F92280A5BD09C}, {"1.7172796871461948e-46", 0x366F5F61F4981EF6},
    {"5.2184561566352425e-307", 0x005773F4FDBC8E3D}, {"5.887375373850916e-70", 0x319040D635DD713F},
    {"13956122.775989648", 0x416A9E8358D4E83E}, {"5.81998674681628e-255", 0x0B25D8C978E56809},
    {"7.721367594998511e+33", 0x46F7CB15C48FA5C0}, {"4.830581109448273e+28", 0x45E382B42C53B339},
    {"1.2293251844635693e+107", 0x562ACCDAFB669D46},
    {"1.3698840826335883e-277", 0x06736D3E7EF704B5}, {"2.970617999457695e-232", 0x0FDD8433145FB8E0},
    {"4.826985184254389e+253", 0x749A55DB80FDAEE4}, {"1.7191950796738602", 0x3FFB81D2B32A4B23},
    {"4.536647532583609e+66", 0x4DC589FD586411D8}, {"2.217633188728815e-250", 0x0C19677BD9340091},
    {"4.3120508082807064e-147", 0x218B9183682C32E4},
    {"1.2147706994750356e+277", 0x7975EDD121B76FFB}, {"4.504724778739061e-282", 0x0584EEE1AC07AC43},
    {"1.8083543363815012e-186", 0x195F7923519F805A}, {"5.897676918054785e-11", 0x3DD0361F05D78A27},
    {"1.5349329894581553e+235", 0x70C34F5DA98A57C0},
    {"4.8874434295591276e-123", 0x2689D8D448EC7D9E}, {"8.848643251397227e-94", 0x2C9D883C22F16F15},
    {"5.0385095197055144e-284", 0x051DF82A4BF85AB9},
    {"2.2632480752012885e-246", 0x0CEFA61E36A2AB0C}, {"2.8290894757397527e+97", 0x542A7D61150F2095},
    {"1.2076396608353161e+241", 0x71FCFA3D05B818F8},
    {"3.1530537174625852e+243", 0x727D8DCCA4566C7A},
    {"1.2566212353204726e+180", 0x655361A8C4D4CA87},
    {"3.5004829888834234e-258", 0x0A7AE920949208A5}, {"8.467930123518678e+141", 0x5D6638A68A2A4966},
    {"2.394920740647588e+268", 0x77A735E50FD8981B}, {"3.8074476778912065e-103", 0x2AAB49E699C3AF6B},
    {"3.878971296832638e-102", 0x2AE160352893337E}, {"1.075129951181105e-241", 0x0DE6F0D4802599E1},
    {"5.76686315873577e+245", 0x72F51D5768AA8EB7}, {"9.096880266451679e+235", 0x70EC9C4B7E099496},
    {"1.3972576296654049e-291", 0x038BE31476B373FC}, {"5.790731912815193e-283", 0x055586FC856A71FB},
    {"4.023751028474638e+142", 0x5D8A65C3E5BC7B43}, {"1.6220074662565106e+191", 0x67A233C80E9D8904},
    {"5.888822464769491e-264", 0x0947BC3C59FACF00}, {"7.3453802023470744e+81", 0x50EEF97E2100D83B},
    {"5.128271581929923e+247", 0x735D569923577037}, {"1.1198993695823436e-126", 0x25C84238DA903737},
    {"6.553300785068549e+157", 0x60B317ACCDE8796B}, {"1.21760912765354e-132", 0x248BA80B31407FAB},
    {"4.490669912697713e-213", 0x13D8303E508E9E10}, {"4.3347866195587775e-95", 0x2C5725CA6D95B410},
    {"1.0254410548832056e-234", 0x0F5A1565F04201D6},
    {"1.3868463483213452e-175", 0x1BA18FE41A512B2B}, {"2.3169324787816866e-85", 0x2E5CCE7DECF48B67},
    {"8.544083643963714e-288", 0x0454D0F21FA27651}, {"1.1856389632757136e-92", 0x2CD8BB460D14B786},
    {"5.1096944910934875e+51", 0x4AAB5063C2C954CA}, {"2.4998764515362995e-188", 0x18FBD8760ECEE131},
    {"8.600936239843708e+90", 0x52D0E39D5D8E079F}, {"4.75534153015317e+145", 0x5E2E774433FAD42D},
    {"1.4840230002233851e+71", 0x4EB5808C17EEDFE2}, {"4.0664842034135595e-174", 0x1BF0179D3833E8CD},
    {"3.4463507768527608e-248", 0x0C8ED7FA091A8DBA},
    {"2.0352388084267603e-178", 0x1B0A64343FBCF3A7}, {"5.948695589725287e+41", 0x489B50A876A6DF8E},
    {"1.4659598661475152e+285", 0x7B23B77F6D339E21}, {"7.019580513073428e+239", 0x71BAF32237D94502},
    {"17442081552641270996020097747510359380810579710050121022279439669392559105462063871968"
        "40163144311834428069509124755404845911586034473667198497294493441221631874519418981477"
        "98146076258853104205260553598320590818321097856833175729013873975737700670141968154624",
        0x75573B9A56E2CA58},
    {"17442081552641270996020097747510359380810579710050121022279439669392559105462063871968"
        "40163144311834428069509124755404845911586034473667198497294493441221631874519418981477"
        "98146076258853104205260553598320590818321097856833175729013873975737700670141968154623",
        0x75573B9A56E2CA58},
    {"17442081552641270996020097747510359380810579710050121022279439669392559105462063871968"
        "40163144311834428069509124755404845911586034473667198497294493441221631874519418981477"
        "98146076258853104205260553598320590818321097856833175729013873975737700670141968154625",
        0x75573B9A56E2CA59},
    {"17442081552641270996020097747510359380810579710050121022279439669392559105462063871968"
        "40163144311834428069509124755404845911586034473667198497294493441221631874519418981477"
        "98146076258853104205260553598320590818321097856833175729013873975737700670141968154624"
        ".0000000000000000000000001", 0x75573B9A56E2CA59},
    {"17442081552641270996020097747510359380810579710050121022279439669392559105462063871968"
        "40163144311834428069509124755404845911586034473667198497294493441221631874519418981477"
        "98146076258853104205260553598320590818321097856833175729013873975737700670141968154623"
        ".9999999999999999999999999", 0x75573B9A56E2CA58},
    {"95940420322991896821339238464133719935010703190010778923365157517958687507954748530257"
        "107121805826280355405009850290705419337241527844864", 0x5C607FE62CF1E284},
    {"95940420322991896821339238464133719935010703190010778923365157517958687507954748530257"
        "107121805826280355405009850290705419337241527844863", 0x5C607FE62CF1E283},
    {"95940420322991896821339238464133719935010703190010778923365157517958687507954748530257"
        "107121805826280355405009850290705419337241527844865", 0x5C607FE62CF1E284},
    {"95940420322991896821339238464133719935010703190010778923365157517958687507954748530257"
        "107121805826280355405009850290705419337241527844864.0000000000000000000000001",
        0x5C607FE62CF1E284},
    {"95940420322991896821339238464133719935010703190010778923365157517958687507954748530257"
        "107121805826280355405009850290705419337241527844863.9999999999999999999999999",
        0x5C607FE62CF1E283},
    {"88772671236940179759823539074957127050756224031588318370529983786186600651181100601887"
        "8298946313997391092729338707589856311244915307129602048", 0x5D32A2E913B367CA},
    {"88772671236940179759823539074957127050756224031588318370529983786186600651181100601887"
        "8298946313997391092729338707589856311244915307129602047", 0x5D32A2E913B367C9},
    {"88772671236940179759823539074957127050756224031588318370529983786186600651181100601887"
        "8298946313997391092729338707589856311244915307129602049", 0x5D32A2E913B367CA},
    {"88772671236940179759823539074957127050756224031588318370529983786186600651181100601887"
        "8298946313997391092729338707589856311244915307129602048.0000000000000000000000001",
        0x5D32A2E913B367CA},
    {"88772671236940179759823539074957127050756224031588318370529983786186600651181100601887"
        "8298946313997391092729338707589856311244915307129602047.9999999999999999999999999",
        0x5D32A2E913B367C9},
    {"51579580113182959693373040717204277638964927547813555399265964099871454106661129438883"
        "63604581904160855335059274021174656110941009424251505775992293134952106453580450220734"
        "10910564202315776", 0x671DA2D4FAFE6332},
    {"51579580113182959693373040717204277638964927547813555399265964099871454106661129438883"
        "63604581904160855335059274021174656110941009424251505775992293134952106453580450220734"
        "10910564202315775", 0x671DA2D4FAFE6332},
    {"51579580113182959693373040717204277638964927547813555399265964099871454106661129438883"
        "63604581904160855335059274021174656110941009424251505775992293134952106453580450220734"
        "10910564202315777", 0x671DA2D4FAFE6333},
    {"51579580113182959693373040717204277638964927547813555399265964099871454106661129438883"
        "63604581904160855335059274021174656110941009424251505775992293134952106453580450220734"
        "10910564202315776.0000000000000000000000001", 0x671DA2D4FAFE6333},
    {"51579580113182959693373040717204277638964927547813555399265964099871454106661129438883"
        "63604581904160855335059274021174656110941009424251505775992293134952106453580450220734"
        "10910564202315775.9999999999999999999999999", 0x671DA2D4FAFE6332},
    {"54064782088531190546878176906202927809769535929811913424097372623154539538902245715244"
        "34527385040979927688746097365247829851854697986901090572687369827469523379027889332817"
        "70695957022940987699273689874240417279067770760062097354823207415706379736748562137594"
        "462208", 0x76B12B65E1513A46},
    {"54064782088531190546878176906202927809769535929811913424097372623154539538902245715244"
        "34527385040979927688746097365247829851854697986901090572687369827469523379027889332817"
        "70695957022940987699273689874240417279067770760062097354823207415706379736748562137594"
        "462207", 0x76B12B65E1513A46},
    {"54064782088531190546878176906202927809769535929811913424097372623154539538902245715244"
        "34527385040979927688746097365247829851854697986901090572687369827469523379027889332817"
        "70695957022940987699273689874240417279067770760062097354823207415706379736748562137594"
        "462209", 0x76B12B65E1513A47},
    {"54064782088531190546878176906202927809769535929811913424097372623154539538902245715244"
        "34527385040979927688746097365247829851854697986901090572687369827469523379027889332817"
        "70695957022940987699273689874240417279067770760062097354823207415706379736748562137594"
        "462208.0000000000000000000000001", 0x76B12B65E1513A47},
    {"54064782088531190546878176906202927809769535929811913424097372623154539538902245715244"
        "34527385040979927688746097365247829851854697986901090572687369827469523379027889332817"
        "70695957022940987699273689874240417279067770760062097354823207415706379736748562137594"
        "462207.9999999999999999999999999", 0x76B12B65E1513A46},
    {"54446603651483368192799570278857969268878809130582829288478014873673175332106359621052"
        "76264097379552090173282359747224056535923600102870284342205602953783796029798995785516"
        "538618589654273122124018221056", 0x69D1C8543D433FB4},
    {"54446603651483368192799570278857969268878809130582829288478014873673175332106359621052"
        "76264097379552090173282359747224056535923600102870284342205602953783796029798995785516"
        "538618589654273122124018221055", 0x69D1C8543D433FB3},
    {"54446603651483368192799570278857969268878809130582829288478014873673175332106359621052"
        "76264097379552090173282359747224056535923600102870284342205602953783796029798995785516"
        "538618589654273122124018221057", 0x69D1C8543D433FB4},
    {"54446603651483368192799570278857969268878809130582829288478014873673175332106359621052"
        "76264097379552090173282359747224056535923600102870284342205602953783796029798995785516"
        "538618589654273122124018221056.0000000000000000000000001", 0x69D1C8543D433FB4},
    {"54446603651483368192799570278857969268878809130582829288478014873673175332106359621052"
        "76264097379552090173282359747224056535923600102870284342205602953783796029798995785516"
        "538618589654273122124018221055.9999999999999999999999999", 0x69D1C8543D433FB3},
    {"28004439739069696771274929565929523271451116845546750915040368619979746403147760704824"
        "89235875327388613139955517310995753299704077391391705640188546582877673762864953278773"
        "13061559370374104419028434944", 0x698D44B946ABB1E6},
    {"28004439739069696771274929565929523271451116845546750915040368619979746403147760704824"
        "89235875327388613139955517310995753299704077391391705640188546582877673762864953278773"
        "13061559370374104419028434943", 0x698D44B946ABB1E5},
    {"28004439739069696771274929565929523271451116845546750915040368619979746403147760704824"
        "89235875327388613139955517310995753299704077391391705640188546582877673762864953278773"
        "13061559370374104419028434945", 0x698D44B946ABB1E6},
    {"28004439739069696771274929565929523271451116845546750915040368619979746403147760704824"
        "89235875327388613139955517310995753299704077391391705640188546582877673762864953278773"
        "13061559370374104419028434944.0000000000000000000000001", 0x698D44B946ABB1E6},
    {"28004439739069696771274929565929523271451116845546750915040368619979746403147760704824"
        "89235875327388613139955517310995753299704077391391705640188546582877673762864953278773"
        "13061559370374104419028434943.9999999999999999999999999", 0x698D44B946ABB1E5},
    {"76117899491773488546658347386570754846534158027305777491463976552032891613711148255826"
        "943559073792", 0x5441D1666263CA2A},
    {"76117899491773488546658347386570754846534158027305777491463976552032891613711148255826"
        "943559073791", 0x5441D1666263CA29},
    {"76117899491773488546658347386570754846534158027305777491463976552032891613711148255826"
        "943559073793", 0x5441D1666263CA2A},
    {"76117899491773488546658347386570754846534158027305777491463976552032891613711148255826"
        "943559073792.0000000000000000000000001", 0x5441D1666263CA2A},
    {"76117899491773488546658347386570754846534158027305777491463976552032891613711148255826"
        "943559073791.9999999999999999999999999", 0x5441D1666263CA29},
    {"5643755794794991002238831141300953408847465261258813014125729840965353472",
        0x4F098DD44BEB8544},
    {"5643755794794991002238831141300953408847465261258813014125729840965353471",
        0x4F098DD44BEB8543},
    {"5643755794794991002238831141300953408847465261258813014125729840965353473",
        0x4F098DD44BEB8544},
    {"5643755794794991002238831141300953408847465261258813014125729840965353472.000000000000"
        "0000000000001", 0x4F098DD44BEB8544},
    {"5643755794794991002238831141300953408847465261258813014125729840965353471.999999999999"
        "9999999999999", 0x4F098DD44BEB8543},
    {"73835421653489919459328", 0x44AF4540A0FA09D8},
    {"73835421653489919459327", 0x44AF4540A0FA09D7},
    {"73835421653489919459329", 0x44AF4540A0FA09D8},
    {"73835421653489919459328.0000000000000000000000001", 0x44AF4540A0FA09D8},
    {"73835421653489919459327.9999999999999999999999999", 0x44AF4540A0FA09D7},
    {"22108952731155636944896", 0x4492BA1D6B2AEFC8},
    {"22108952731155636944895", 0x4492BA1D6B2AEFC8},
    {"22108952731155636944897", 0x4492BA1D6B2AEFC9},
    {"22108952731155636944896.0000000000000000000000001", 0x4492BA1D6B2AEFC9},
    {"22108952731155636944895.9999999999999999999999999", 0x4492BA1D6B2AEFC8},
    {"20320084873596027157649215674669124085932650128769541878754477776147557852363828393620"
        "61040862383260398392004104065289083074011841900552379013594618823220414385264549536863"
        "582990390592527051401640929081006351477048415859097498722294432792576",
        0x71D380DACC344534},
    {"20320084873596027157649215674669124085932650128769541878754477776147557852363828393620"
        "61040862383260398392004104065289083074011841900552379013594618823220414385264549536863"
        "582990390592527051401640929081006351477048415859097498722294432792575",
        0x71D380DACC344533},
    {"20320084873596027157649215674669124085932650128769541878754477776147557852363828393620"
        "61040862383260398392004104065289083074011841900552379013594618823220414385264549536863"
        "582990390592527051401640929081006351477048415859097498722294432792577",
        0x71D380DACC344534},
    {"20320084873596027157649215674669124085932650128769541878754477776147557852363828393620"
        "61040862383260398392004104065289083074011841900552379013594618823220414385264549536863"
        "582990390592527051401640929081006351477048415859097498722294432792576.0000000000000000"
        "000000001", 0x71D380DACC344534},
    {"20320084873596027157649215674669124085932650128769541878754477776147557852363828393620"
        "61040862383260398392004104065289083074011841900552379013594618823220414385264549536863"
        "582990390592527051401640929081006351477048415859097498722294432792575.9999999999999999"
        "999999999", 0x71D380DACC344533},
    {"51383413045855589908814564025308258110205012846693796895837115949917423289122484989929"
        "80917731102076248126279758503758454379009115811298506645472712880981907466395739504549"
        "59447714652841555865576262668651519103710029872000580267918543894718794995951591479414"
        "752938835945572125397128684954658995892649984", 0x7EC7FA2584DFC6AC},
    {"51383413045855589908814564025308258110205012846693796895837115949917423289122484989929"
        "80917731102076248126279758503758454379009115811298506645472712880981907466395739504549"
        "59447714652841555865576262668651519103710029872000580267918543894718794995951591479414"
        "752938835945572125397128684954658995892649983", 0x7EC7FA2584DFC6AB},
    {"51383413045855589908814564025308258110205012846693796895837115949917423289122484989929"
        "80917731102076248126279758503758454379009115811298506645472712880981907466395739504549"
        "59447714652841555865576262668651519103710029872000580267918543894718794995951591479414"
        "752938835945572125397128684954658995892649985", 0x7EC7FA2584DFC6AC},
    {"51383413045855589908814564025308258110205012846693796895837115949917423289122484989929"
        "80917731102076248126279758503758454379009115811298506645472712880981907466395739504549"
        "59447714652841555865576262668651519103710029872000580267918543894718794995951591479414"
        "752938835945572125397128684954658995892649984.0000000000000000000000001",
        0x7EC7FA2584DFC6AC},
    {"51383413045855589908814564025308258110205012846693796895837115949917423289122484989929"
        "80917731102076248126279758503758454379009115811298506645472712880981907466395739504549"
        "59447714652841555865576262668651519103710029872000580267918543894718794995951591479414"
        "752938835945572125397128684954658995892649983.9999999999999999999999999",
        0x7EC7FA2584DFC6AB},
    {"16906977887794334957038317410575481496145206520671453730585579431166005447227210571634"
        "51728628151924268987362368671199876217603322520090432218645027953285543029585617393415"
        "80269299938731078128306413479684585612198817088310548644444519236304683558181169919422"
        "27217624572110606494345361096704", 0x7BFBC2147DD3CD5E},
    {"16906977887794334957038317410575481496145206520671453730585579431166005447227210571634"
        "51728628151924268987362368671199876217603322520090432218645027953285543029585617393415"
        "80269299938731078128306413479684585612198817088310548644444519236304683558181169919422"
        "27217624572110606494345361096703", 0x7BFBC2147DD3CD5E},
    {"16906977887794334957038317410575481496145206520671453730585579431166005447227210571634"
        "51728628151924268987362368671199876217603322520090432218645027953285543029585617393415"
        "80269299938731078128306413479684585612198817088310548644444519236304683558181169919422"
        "27217624572110606494345361096705", 0x7BFBC2147DD3CD5F},
    {"16906977887794334957038317410575481496145206520671453730585579431166005447227210571634"
        "51728628151924268987362368671199876217603322520090432218645027953285543029585617393415"
        "80269299938731078128306413479684585612198817088310548644444519236304683558181169919422"
        "27217624572110606494345361096704.0000000000000000000000001", 0x7BFBC2147DD3CD5F},
    {"16906977887794334957038317410575481496145206520671453730585579431166005447227210571634"
        "51728628151924268987362368671199876217603322520090432218645027953285543029585617393415"
        "80269299938731078128306413479684585612198817088310548644444519236304683558181169919422"
        "27217624572110606494345361096703.9999999999999999999999999", 0x7BFBC2147DD3CD5E},
    {"8757471020360497050526699571077027359385092086796475996379740536212921142578125e-90",
        0x3DA34204954A815A},
    {"87574710203604970505266995710770273593850920867964759963797405362129211425781251e-91",
        0x3DA34204954A815B},
    {"87574710203604970505266995710770273593850920867964759963797405362129211425781249e-91",
        0x3DA34204954A815A},
    {"34954415752082472183766790726715258721895527313852647388614514056826010346412658691406"
        "25e-102", 0x3CEF7BF084672864},
    {"34954415752082472183766790726715258721895527313852647388614514056826010346412658691406"
        "251e-103", 0x3CEF7BF084672865},
    {"34954415752082472183766790726715258721895527313852647388614514056826010346412658691406"
        "249e-103", 0x3CEF7BF084672864},
    {"43758577265435080082708535235685963792217925984553837064462416614161920082770462676183"
        "96272866814634279839672482119714468023689282161301982830612770241386965593637771052811"
        "09003100254854219397090896660979791387072772286901862890846053632915172433427950789558"
        "3831490560", 0x7780F6ABF2CEC3B0},
    {"43758577265435080082708535235685963792217925984553837064462416614161920082770462676183"
        "96272866814634279839672482119714468023689282161301982830612770241386965593637771052811"
        "09003100254854219397090896660979791387072772286901862890846053632915172433427950789558"
        "3831490559", 0x7780F6ABF2CEC3B0},
    {"43758577265435080082708535235685963792217925984553837064462416614161920082770462676183"
        "96272866814634279839672482119714468023689282161301982830612770241386965593637771052811"
        "09003100254854219397090896660979791387072772286901862890846053632915172433427950789558"
        "3831490561", 0x7780F6ABF2CEC3B1},
    {"43758577265435080082708535235685963792217925984553837064462416614161920082770462676183"
        "96272866814634279839672482119714468023689282161301982830612770241386965593637771052811"
        "09003100254854219397090896660979791387072772286901862890846053632915172433427950789558"
        "3831490560.0000000000000000000000001", 0x7780F6ABF2CEC3B1},
    {"43758577265435080082708535235685963792217925984553837064462416614161920082770462676183"
        "96272866814634279839672482119714468023689282161301982830612770241386965593637771052811"
        "09003100254854219397090896660979791387072772286901862890846053632915172433427950789558"
        "3831490559.9999999999999999999999999", 0x7780F6ABF2CEC3B0},
    {"145292903465803868723327241241349838674068450927734375e-53", 0x3FF73F3283F43DF6},
    {"1452929034658038687233272412413498386740684509277343751e-54", 0x3FF73F3283F43DF6},
    {"1452929034658038687233272412413498386740684509277343749e-54", 0x3FF73F3283F43DF5},
    {"13753108538662550819067693186940928", 0x470530A5134C2740},
    {"13753108538662550819067693186940927", 0x470530A5134C273F},
    {"13753108538662550819067693186940929", 0x470530A5134C2740},
    {"13753108538662550819067693186940928.0000000000000000000000001", 0x470530A5134C2740},
    {"13753108538662550819067693186940927.9999999999999999999999999", 0x470530A5134C273F},
    {"17735547597276425317821025675511579523790396104331997295654286288695240986547231090045"
        "58739120295448974241194984934440899177880625072020945827556929471464629977483139523607"
        "00940128914723357296728475333394684987373688504735455019773720073921726592334597386969"
        "242782049808472669683712", 0x7A538A846E574A82},
    {"17735547597276425317821025675511579523790396104331997295654286288695240986547231090045"
        "58739120295448974241194984934440899177880625072020945827556929471464629977483139523607"
        "00940128914723357296728475333394684987373688504735455019773720073921726592334597386969"
        "242782049808472669683711", 0x7A538A846E574A82},
    {"17735547597276425317821025675511579523790396104331997295654286288695240986547231090045"
        "58739120295448974241194984934440899177880625072020945827556929471464629977483139523607"
        "00940128914723357296728475333394684987373688504735455019773720073921726592334597386969"
        "242782049808472669683713", 0x7A538A846E574A83},
    {"17735547597276425317821025675511579523790396104331997295654286288695240986547231090045"
        "58739120295448974241194984934440899177880625072020945827556929471464629977483139523607"
        "00940128914723357296728475333394684987373688504735455019773720073921726592334597386969"
        "242782049808472669683712.0000000000000000000000001", 0x7A538A846E574A83},
    {"17735547597276425317821025675511579523790396104331997295654286288695240986547231090045"
        "58739120295448974241194984934440899177880625072020945827556929471464629977483139523607"
        "00940128914723357296728475333394684987373688504735455019773720073921726592334597386969"
        "242782049808472669683711.9999999999999999999999999", 0x7A538A846E574A82},
    {"86688876027809807441680956844230727413600825492426432736796964422332377088068161520928"
        "41796696727848286043283754590022783651552191545833602208021238844278093358583887400419"
        "31652365550459867608471384037840164013294937805880225478800442219049649857342683261650"
        "14904832", 0x772582030E720BD0},
    {"86688876027809807441680956844230727413600825492426432736796964422332377088068161520928"
        "41796696727848286043283754590022783651552191545833602208021238844278093358583887400419"
        "31652365550459867608471384037840164013294937805880225478800442219049649857342683261650"
        "14904831", 0x772582030E720BD0},
    {"86688876027809807441680956844230727413600825492426432736796964422332377088068161520928"
        "41796696727848286043283754590022783651552191545833602208021238844278093358583887400419"
        "31652365550459867608471384037840164013294937805880225478800442219049649857342683261650"
        "14904833", 0x772582030E720BD1},
    {"86688876027809807441680956844230727413600825492426432736796964422332377088068161520928"
        "41796696727848286043283754590022783651552191545833602208021238844278093358583887400419"
        "31652365550459867608471384037840164013294937805880225478800442219049649857342683261650"
        "14904832.0000000000000000000000001", 0x772582030E720BD1},
    {"86688876027809807441680956844230727413600825492426432736796964422332377088068161520928"
        "41796696727848286043283754590022783651552191545833602208021238844278093358583887400419"
        "31652365550459867608471384037840164013294937805880225478800442219049649857342683261650"
        "14904831.9999999999999999999999999", 0x772582030E720BD0},
    {"62160513821904506149583980713906938803950084091844319236439474615798892586909109342699" "52",
        0x5228FF7F1A3772F6},
    {"62160513821904506149583980713906938803950084091844319236439474615798892586909109342699" "51",
        0x5228FF7F1A3772F5},
    {"62160513821904506149583980713906938803950084091844319236439474615798892586909109342699" "53",
        0x5228FF7F1A3772F6},
    {"62160513821904506149583980713906938803950084091844319236439474615798892586909109342699"
        "52.0000000000000000000000001", 0x5228FF7F1A3772F6},
    {"62160513821904506149583980713906938803950084091844319236439474615798892586909109342699"
        "51.9999999999999999999999999", 0x5228FF7F1A3772F5},
    {"63649073560120101716829390442435238895946854069635924312030861888893129004757791202674"
        "547464356333298482564256431461436141680534132621312", 0x5C55E476848397FA},
    {"63649073560120101716829390442435238895946854069635924312030861888893129004757791202674"
        "547464356333298482564256431461436141680534132621311", 0x5C55E476848397F9},
    {"63649073560120101716829390442435238895946854069635924312030861888893129004757791202674"
        "547464356333298482564256431461436141680534132621313", 0x5C55E476848397FA},
    {"63649073560120101716829390442435238895946854069635924312030861888893129004757791202674"
        "547464356333298482564256431461436141680534132621312.0000000000000000000000001",
        0x5C55E476848397FA},
    {"63649073560120101716829390442435238895946854069635924312030861888893129004757791202674"
        "547464356333298482564256431461436141680534132621311.9999999999999999999999999",
        0x5C55E476848397F9},
    {"7616643362519529852062195572644747193436078080", 0x497558AC71CB7770},
    {"7616643362519529852062195572644747193436078079", 0x497558AC71CB776F},
    {"7616643362519529852062195572644747193436078081", 0x497558AC71CB7770},
    {"7616643362519529852062195572644747193436078080.0000000000000000000000001",
        0x497558AC71CB7770},
    {"7616643362519529852062195572644747193436078079.9999999999999999999999999",
        0x497558AC71CB776F},
    {"41037218313907622816966402422301184644252445730052822176848055505546785624916013338163"
        "511704708079905669041879192040374272", 0x592FC8B97704E522},
    {"41037218313907622816966402422301184644252445730052822176848055505546785624916013338163"
        "511704708079905669041879192040374271", 0x592FC8B97704E521},
    {"41037218313907622816966402422301184644252445730052822176848055505546785624916013338163"
        "511704708079905669041879192040374273", 0x592FC8B97704E522},
    {"41037218313907622816966402422301184644252445730052822176848055505546785624916013338163"
        "511704708079905669041879192040374272.0000000000000000000000001", 0x592FC8B97704E522},
    {"41037218313907622816966402422301184644252445730052822176848055505546785624916013338163"
        "511704708079905669041879192040374271.9999999999999999999999999", 0x592FC8B97704E521},
    {"13168658390804098503885744452063507130272991664753788258320779160987078423980417066867"
        "66803388558137643053529008619013690838909886710627620017268917463416973022383871989102"
        "6058156540281503249228694053453824", 0x6A85003014E871E6},
    {"13168658390804098503885744452063507130272991664753788258320779160987078423980417066867"
        "66803388558137643053529008619013690838909886710627620017268917463416973022383871989102"
        "6058156540281503249228694053453823", 0x6A85003014E871E6},
    {"13168658390804098503885744452063507130272991664753788258320779160987078423980417066867"
        "66803388558137643053529008619013690838909886710627620017268917463416973022383871989102"
        "6058156540281503249228694053453825", 0x6A85003014E871E7},
    {"13168658390804098503885744452063507130272991664753788258320779160987078423980417066867"
        "66803388558137643053529008619013690838909886710627620017268917463416973022383871989102"
        "6058156540281503249228694053453824.0000000000000000000000001", 0x6A85003014E871E7},
    {"13168658390804098503885744452063507130272991664753788258320779160987078423980417066867"
        "66803388558137643053529008619013690838909886710627620017268917463416973022383871989102"
        "6058156540281503249228694053453823.9999999999999999999999999", 0x6A85003014E871E6},
    {"11151607055053323378081316748680912856471945280487101214300824668331000812553798339944"
        "15412296286976884698263056516925722866546044978997955729157483983771541764550537157346"
        "50153027406841732608725319618677406246873496897010908268975115978118340866907813538464"
        "7116259328", 0x77614AD05315BEBE},
    {"11151607055053323378081316748680912856471945280487101214300824668331000812553798339944"
        "15412296286976884698263056516925722866546044978997955729157483983771541764550537157346"
        "50153027406841732608725319618677406246873496897010908268975115978118340866907813538464"
        "7116259327", 0x77614AD05315BEBE},
    {"11151607055053323378081316748680912856471945280487101214300824668331000812553798339944"
        "15412296286976884698263056516925722866546044978997955729157483983771541764550537157346"
        "50153027406841732608725319618677406246873496897010908268975115978118340866907813538464"
        "7116259329", 0x77614AD05315BEBF},
    {"11151607055053323378081316748680912856471945280487101214300824668331000812553798339944"
        "15412296286976884698263056516925722866546044978997955729157483983771541764550537157346"
        "50153027406841732608725319618677406246873496897010908268975115978118340866907813538464"
        "7116259328.0000000000000000000000001", 0x77614AD05315BEBF},
    {"11151607055053323378081316748680912856471945280487101214300824668331000812553798339944"
        "15412296286976884698263056516925722866546044978997955729157483983771541764550537157346"
        "50153027406841732608725319618677406246873496897010908268975115978118340866907813538464"
        "7116259327.9999999999999999999999999", 0x77614AD05315BEBE},
    {"27239500793737389940907434649178796633592579227465812649747548629523353686034275960030"
        "42709003453765803239427250649938530267914746783633001819154677760", 0x5F2AA0F7CF57B082},
    {"27239500793737389940907434649178796633592579227465812649747548629523353686034275960030"
        "42709003453765803239427250649938530267914746783633001819154677759", 0x5F2AA0F7CF57B081},
    {"27239500793737389940907434649178796633592579227465812649747548629523353686034275960030"
        "42709003453765803239427250649938530267914746783633001819154677761", 0x5F2AA0F7CF57B082},
    {"27239500793737389940907434649178796633592579227465812649747548629523353686034275960030"
        "42709003453765803239427250649938530267914746783633001819154677760.00000000000000000000"
        "00001", 0x5F2AA0F7CF57B082},
    {"27239500793737389940907434649178796633592579227465812649747548629523353686034275960030"
        "42709003453765803239427250649938530267914746783633001819154677759.99999999999999999999"
        "99999", 0x5F2AA0F7CF57B081},
    {"12468064884425298977944865115195206027819861751213440222373132564312504685234098427493"
        "34409961007510929711322452338402888569011160102287435396441574256240075531742476865808"
        "22724588694573070933221226337047065895582867012123550667951524521838467380206828471280"
        "0106961965756618402430976", 0x7A812BF407C5F156},
    {"12468064884425298977944865115195206027819861751213440222373132564312504685234098427493"
        "34409961007510929711322452338402888569011160102287435396441574256240075531742476865808"
        "22724588694573070933221226337047065895582867012123550667951524521838467380206828471280"
        "0106961965756618402430975", 0x7A812BF407C5F156},
    {"12468064884425298977944865115195206027819861751213440222373132564312504685234098427493"
        "34409961007510929711322452338402888569011160102287435396441574256240075531742476865808"
        "22724588694573070933221226337047065895582867012123550667951524521838467380206828471280"
        "0106961965756618402430977", 0x7A812BF407C5F157},
    {"12468064884425298977944865115195206027819861751213440222373132564312504685234098427493"
        "34409961007510929711322452338402888569011160102287435396441574256240075531742476865808"
        "22724588694573070933221226337047065895582867012123550667951524521838467380206828471280"
        "0106961965756618402430976.0000000000000000000000001", 0x7A812BF407C5F157},
    {"12468064884425298977944865115195206027819861751213440222373132564312504685234098427493"
        "34409961007510929711322452338402888569011160102287435396441574256240075531742476865808"
        "22724588694573070933221226337047065895582867012123550667951524521838467380206828471280"
        "0106961965756618402430975.9999999999999999999999999", 0x7A812BF407C5F156},
    {"45995189090995702408940129008889318301034436388396548802581478046413894699126137015773"
        "42976", 0x52C210466C656002},
    {"45995189090995702408940129008889318301034436388396548802581478046413894699126137015773"
        "42975", 0x52C210466C656001},
    {"45995189090995702408940129008889318301034436388396548802581478046413894699126137015773"
        "42977", 0x52C210466C656002},
    {"45995189090995702408940129008889318301034436388396548802581478046413894699126137015773"
        "42976.0000000000000000000000001", 0x52C210466C656002},
    {"45995189090995702408940129008889318301034436388396548802581478046413894699126137015773"
        "42975.9999999999999999999999999", 0x52C210466C656001},
    {"11686082454903703582306342175976657722331617917207443411739433248789739579827536009037"
        "913800057140178978443145751953125e-146", 0x3A2284702F33C1F6},
    {"11686082454903703582306342175976657722331617917207443411739433248789739579827536009037"
        "9138000571401789784431457519531251e-147", 0x3A2284702F33C1F7},
    {"11686082454903703582306342175976657722331617917207443411739433248789739579827536009037"
        "9138000571401789784431457519531249e-147", 0x3A2284702F33C1F6},
    {"72946589393031328154866993073765315630510088726106453841025849182286020871262452967214"
        "77708982876977566444189775132740952496858806046706659962120516451079028933593494220344"
        "21418385573167254745536151419504071134830583373685755875081643873067681976982310982902"
        "2160257024", 0x778C4756459C1DD8},
    {"72946589393031328154866993073765315630510088726106453841025849182286020871262452967214"
        "77708982876977566444189775132740952496858806046706659962120516451079028933593494220344"
        "21418385573167254745536151419504071134830583373685755875081643873067681976982310982902"
        "2160257023", 0x778C4756459C1DD7},
    {"72946589393031328154866993073765315630510088726106453841025849182286020871262452967214"
        "77708982876977566444189775132740952496858806046706659962120516451079028933593494220344"
        "21418385573167254745536151419504071134830583373685755875081643873067681976982310982902"
        "2160257025", 0x778C4756459C1DD8},
    {"72946589393031328154866993073765315630510088726106453841025849182286020871262452967214"
        "77708982876977566444189775132740952496858806046706659962120516451079028933593494220344"
        "21418385573167254745536151419504071134830583373685755875081643873067681976982310982902"
        "2160257024.0000000000000000000000001", 0x778C4756459C1DD8},
    {"72946589393031328154866993073765315630510088726106453841025849182286020871262452967214"
        "77708982876977566444189775132740952496858806046706659962120516451079028933593494220344"
        "21418385573167254745536151419504071134830583373685755875081643873067681976982310982902"
        "2160257023.9999999999999999999999999", 0x778C4756459C1DD7},
    {"15126801308187580979417046935944870836392162407134160351952269419929026005682312011173"
        "77316067855977148360106312892504831500166554352945317414921262329919588368270968454009"
        "5157835731756410094781475220330668350001233853011685565412784946411759046400120193024",
        0x75201E7D4D602C6C},
    {"15126801308187580979417046935944870836392162407134160351952269419929026005682312011173"
        "77316067855977148360106312892504831500166554352945317414921262329919588368270968454009"
        "5157835731756410094781475220330668350001233853011685565412784946411759046400120193023",
        0x75201E7D4D602C6B},
    {"15126801308187580979417046935944870836392162407134160351952269419929026005682312011173"
        "77316067855977148360106312892504831500166554352945317414921262329919588368270968454009"
        "5157835731756410094781475220330668350001233853011685565412784946411759046400120193025",
        0x75201E7D4D602C6C},
    {"15126801308187580979417046935944870836392162407134160351952269419929026005682312011173"
        "77316067855977148360106312892504831500166554352945317414921262329919588368270968454009"
        "5157835731756410094781475220330668350001233853011685565412784946411759046400120193024."
        "0000000000000000000000001", 0x75201E7D4D602C6C},
    {"15126801308187580979417046935944870836392162407134160351952269419929026005682312011173"
        "77316067855977148360106312892504831500166554352945317414921262329919588368270968454009"
        "5157835731756410094781475220330668350001233853011685565412784946411759046400120193023."
        "9999999999999999999999999", 0x75201E7D4D602C6B},
    {"1382707112431139557811018524886472431293080502894854144", 0x4B2CDF4D3250B042},
    {"1382707112431139557811018524886472431293080502894854143", 0x4B2CDF4D3250B042},
    {"1382707112431139557811018524886472431293080502894854145", 0x4B2CDF4D3250B043},
    {"1382707112431139557811018524886472431293080502894854144.0000000000000000000000001",
        0x4B2CDF4D3250B043},
    {"1382707112431139557811018524886472431293080502894854143.9999999999999999999999999",
        0x4B2CDF4D3250B042},
    {"3388893542079692302488300592211318133559603390583149064694753409935765260992512",
        0x503D445DC597119A},
    {"3388893542079692302488300592211318133559603390583149064694753409935765260992511",
        0x503D445DC597119A},
    {"3388893542079692302488300592211318133559603390583149064694753409935765260992513",
        0x503D445DC597119B},
    {"3388893542079692302488300592211318133559603390583149064694753409935765260992512.000000"
        "0000000000000000001", 0x503D445DC597119B},
    {"3388893542079692302488300592211318133559603390583149064694753409935765260992511.999999"
        "9999999999999999999", 0x503D445DC597119A},
    {"55902124887779216340183598945005905649958944888377534328264153465880023324260887384447"
        "45363394273068489531660032889141670450980671047330785916851815886871007874001986076042"
        "0478064437775127889059109881832800256", 0x6B45C3DFAF5978A2},
    {"55902124887779216340183598945005905649958944888377534328264153465880023324260887384447"
        "45363394273068489531660032889141670450980671047330785916851815886871007874001986076042"
        "0478064437775127889059109881832800255", 0x6B45C3DFAF5978A2},
    {"55902124887779216340183598945005905649958944888377534328264153465880023324260887384447"
        "45363394273068489531660032889141670450980671047330785916851815886871007874001986076042"
        "0478064437775127889059109881832800257", 0x6B45C3DFAF5978A3},
    {"55902124887779216340183598945005905649958944888377534328264153465880023324260887384447"
        "45363394273068489531660032889141670450980671047330785916851815886871007874001986076042"
        "0478064437775127889059109881832800256.0000000000000000000000001", 0x6B45C3DFAF5978A3},
    {"55902124887779216340183598945005905649958944888377534328264153465880023324260887384447"
        "45363394273068489531660032889141670450980671047330785916851815886871007874001986076042"
        "0478064437775127889059109881832800255.9999999999999999999999999", 0x6B45C3DFAF5978A2},
    {"31166097677096987855985831456031556277382698749826413030047640377668469931815635900479"
        "01858199563835436511505000383425575171684008393882325362784606644200247274626950955676"
        "68656300364519639825156307576099182175949316602703657707277040881644776228977385249177"
        "6", 0x7599F21C49149B62},
    {"31166097677096987855985831456031556277382698749826413030047640377668469931815635900479"
        "01858199563835436511505000383425575171684008393882325362784606644200247274626950955676"
        "68656300364519639825156307576099182175949316602703657707277040881644776228977385249177"
        "5", 0x7599F21C49149B62},
    {"31166097677096987855985831456031556277382698749826413030047640377668469931815635900479"
        "01858199563835436511505000383425575171684008393882325362784606644200247274626950955676"
        "68656300364519639825156307576099182175949316602703657707277040881644776228977385249177"
        "7", 0x7599F21C49149B63},
    {"31166097677096987855985831456031556277382698749826413030047640377668469931815635900479"
        "01858199563835436511505000383425575171684008393882325362784606644200247274626950955676"
        "68656300364519639825156307576099182175949316602703657707277040881644776228977385249177"
        "6.0000000000000000000000001", 0x7599F21C49149B63},
    {"31166097677096987855985831456031556277382698749826413030047640377668469931815635900479"
        "01858199563835436511505000383425575171684008393882325362784606644200247274626950955676"
        "68656300364519639825156307576099182175949316602703657707277040881644776228977385249177"
        "5.9999999999999999999999999", 0x7599F21C49149B62},
    {"22339744276931417005598389004936634203681210717374784099193360080658516741330725746592"
        "43505014068884682920566744007085724951287980848262843231506465342326910868249691208179"
        "66076534984053794405667798322070978291336494124596285781529219008644642127660766461952",
        0x755DC1AA24B1C184},
    {"22339744276931417005598389004936634203681210717374784099193360080658516741330725746592"
        "43505014068884682920566744007085724951287980848262843231506465342326910868249691208179"
        "66076534984053794405667798322070978291336494124596285781529219008644642127660766461951",
        0x755DC1AA24B1C184},
    {"22339744276931417005598389004936634203681210717374784099193360080658516741330725746592"
        "43505014068884682920566744007085724951287980848262843231506465342326910868249691208179"
        "66076534984053794405667798322070978291336494124596285781529219008644642127660766461953",
        0x755DC1AA24B1C185},
    {"22339744276931417005598389004936634203681210717374784099193360080658516741330725746592"
        "43505014068884682920566744007085724951287980848262843231506465342326910868249691208179"
        "66076534984053794405667798322070978291336494124596285781529219008644642127660766461952"
        ".0000000000000000000000001", 0x755DC1AA24B1C185},
    {"22339744276931417005598389004936634203681210717374784099193360080658516741330725746592"
        "43505014068884682920566744007085724951287980848262843231506465342326910868249691208179"
        "66076534984053794405667798322070978291336494124596285781529219008644642127660766461951"
        ".9999999999999999999999999", 0x755DC1AA24B1C184},
    {"22930178922593574240088238822623626526644922200092093045007400638093146742640217014766"
        "65189113038221788042001428404987431135150408524364775343315376847354670227594386209658"
        "03655168", 0x652C4B065868A9C6},
    {"22930178922593574240088238822623626526644922200092093045007400638093146742640217014766"
        "65189113038221788042001428404987431135150408524364775343315376847354670227594386209658"
        "03655167", 0x652C4B065868A9C6},
    {"22930178922593574240088238822623626526644922200092093045007400638093146742640217014766"
        "65189113038221788042001428404987431135150408524364775343315376847354670227594386209658"
        "03655169", 0x652C4B065868A9C7},
    {"22930178922593574240088238822623626526644922200092093045007400638093146742640217014766"
        "65189113038221788042001428404987431135150408524364775343315376847354670227594386209658"
        "03655168.0000000000000000000000001", 0x652C4B065868A9C7},
    {"22930178922593574240088238822623626526644922200092093045007400638093146742640217014766"
        "65189113038221788042001428404987431135150408524364775343315376847354670227594386209658"
        "03655167.9999999999999999999999999", 0x652C4B065868A9C6},
    {"510593646659705810724223140973295561383010741908090036779220992", 0x4CF3DBE42C635588},
    {"510593646659705810724223140973295561383010741908090036779220991", 0x4CF3DBE42C635587},
    {"510593646659705810724223140973295561383010741908090036779220993", 0x4CF3DBE42C635588},
    {"510593646659705810724223140973295561383010741908090036779220992.0000000000000000000000" "001",
        0x4CF3DBE42C635588},
    {"510593646659705810724223140973295561383010741908090036779220991.9999999999999999999999" "999",
        0x4CF3DBE42C635587},
    {"39299665715716450168761536576108629907117384310944238106762539937339310250113453490382"
        "71200713259883828133763778899487711820772459078325852061077949891291459451011429500107"
        "2258905857197440785388698175785344132097125646336", 0x6DBBD51DDC109690},
    {"39299665715716450168761536576108629907117384310944238106762539937339310250113453490382"
        "71200713259883828133763778899487711820772459078325852061077949891291459451011429500107"
        "2258905857197440785388698175785344132097125646335", 0x6DBBD51DDC10968F},
    {"39299665715716450168761536576108629907117384310944238106762539937339310250113453490382"
        "71200713259883828133763778899487711820772459078325852061077949891291459451011429500107"
        "2258905857197440785388698175785344132097125646337", 0x6DBBD51DDC109690},
    {"39299665715716450168761536576108629907117384310944238106762539937339310250113453490382"
        "71200713259883828133763778899487711820772459078325852061077949891291459451011429500107"
        "2258905857197440785388698175785344132097125646336.0000000000000000000000001",
        0x6DBBD51DDC109690},
    {"39299665715716450168761536576108629907117384310944238106762539937339310250113453490382"
        "71200713259883828133763778899487711820772459078325852061077949891291459451011429500107"
        "2258905857197440785388698175785344132097125646335.9999999999999999999999999",
        0x6DBBD51DDC10968F},
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
    {{-1, 0x2716E981F20C22U, 200, 0}, 0xCFC38B74C0F90611, NUM_OK},
    {{-1, 0xC5855B1938887F4EU, 604, 898186353401709972}, 0xE9A8B0AB63271110, NUM_OK},
    {{1, 0x8F2D831286661E56U, 842, -814855830224644047}, 0x7881E5B06250CCC4, NUM_OK},
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
    {{-1, 0x52FF3F691AC548E9U, 884, -3084828607049546826}, 0xFB14BFCFDA46B152, NUM_OK},
    {{1, 0x29874011D6C503U, 404, 0}, 0x5C84C3A008EB6282, NUM_OK},
    {{1, 0x94E815FBDC206259U, 568, -1395144454091029648}, 0x67629D02BF7B840C, NUM_OK},
    {{1, 0xCF35D0F66AD8F7C5U, 586, 857756429941358318}, 0x6889E6BA1ECD5B1F, NUM_OK},
    {{-1, 0x86B844U, 9, -769}, 0xC1F0D7084FF00000, NUM_OK},
    {{1, 0x3E279F8686713DU, 947, 1}, 0x7E7F13CFC343389F, NUM_OK},
    {{1, 0x2C60A18F77CAA59U, 8, 849}, 0x44063050C7BBE553, NUM_OK},
    {{-1, 0xC992BB5B8F37U, 8, 289}, 0xC36932576B71E704, NUM_OK},
    {{-1, 0xD47060FC9A616487U, 324, 3070632181556885050}, 0xD82A8E0C1F934C2D, NUM_OK},
    {{-1, 0x3842B3BD6CF03D49U, 934, -677141981279013731}, 0xFE2C2159DEB6781F, NUM_OK},
    {{1, 0x82C6248BFAU, 12, 208}, 0x432058C4917F41A0, NUM_OK},
    {{-1, 0x94006B6EDFFA50C0U, 423, 3041987546032773391}, 0xDE52800D6DDBFF4A, NUM_OK},
    {{1, 0x2C2503980264CBU, 455, 0}, 0x5FB61281CC013266, NUM_OK},
    {{-1, 0xAD5012630F011E6FU, 853, -2329951512700054970}, 0xF935AA024C61E024, NUM_OK},
    {{-1, 0x3F8AC410C67FABU, 565, -1}, 0xE69FC56208633FD5, NUM_OK},
    {{1, 0xB572DEA7A445E472U, 80, -2758701105442885885}, 0x48E6AE5BD4F488BD, NUM_OK},
    {{1, 0x352156462CD2A5U, 811, 1}, 0x75FA90AB23166953, NUM_OK},
    {{-1, 0x267767E345275DU, 976, 0}, 0, NUM_OVERFLOW},
    {{-1, 0x31094A757CC143U, 615, -604572523478}, 0xE9B884A53ABE60A1, NUM_OK},
    {{-1, 0x7CA618BF9A8564E1U, 293, 1993946560692992123}, 0xD62F29862FE6A159, NUM_OK},
    {{-1, 0x11D45U, 9, -343}, 0xC181D44548000000, NUM_OK},
    {{1, 0x88B0A81336F296E9U, 344, -3500316839228827834}, 0x596116150266DE53, NUM_OK},
    {{1, 0x359287A102E67FU, 754, 0}, 0x726AC943D0817340, NUM_OK},
    {{1, 0x3CFB3A6CA2F6E3U, 966, 0}, 0x7FAE7D9D36517B72, NUM_OK},
    {{1, 0x23F54886F56F33U, 1098, 0}, 0, NUM_OVERFLOW},
    {{-1, 0x3DBCB91AB475E3U, 674, -1}, 0xED6EDE5C8D5A3AF1, NUM_OK},
    {{1, 0x1FCDU, 5, -923}, 0x410FB02800000000, NUM_OK},
    {{-1, 0x20D1EEBCBCDA4FU, 461, 0}, 0xE01068F75E5E6D28, NUM_OK},
    {{1, 0xF6142F5DC257801DU, 1061, -3460031326192167798}, 0, NUM_OVERFLOW},
    {{1, 0x3B16B69CB40435U, 498, 0}, 0x626D8B5B4E5A021A, NUM_OK},
    {{-1, 0xCDEDC70ECB9EB87EU, 856, -603865521207196865}, 0xF969BDB8E1D973D7, NUM_OK},
    {{-1, 0x39B13CCBCE9DEBU, 778, 0}, 0xF3ECD89E65E74EF6, NUM_OK},
    {{-1, 0x26AEEB84958175U, 571, -1}, 0xE6F35775C24AC0BA, NUM_OK},
    {{-1, 0x237012CC81D13FU, 826, 1}, 0xF6E1B8096640E8A0, NUM_OK},
    {{1, 0x2F71A3D82027B3U, 147, 0}, 0x4C77B8D1EC1013DA, NUM_OK},
    {{-1, 0x166ACBB132C95235U, 323, 2213033256859279160}, 0xD7E66ACBB132C952, NUM_OK},
    {{-1, 0x6FF4B99DBED82B0U, 710, -847229245009747559}, 0xEFFBFD2E676FB60B, NUM_OK},
    {{-1, 0x4AB0BB67FC513194U, 286, -2478008966027076076}, 0xD5B2AC2ED9FF144C, NUM_OK},
    {{1, 0x6A7E2F74589FEB7AU, 1071, -933821072789615355}, 0, NUM_OVERFLOW},
    {{1, 0x351217A7D46039U, 851, 0}, 0x787A890BD3EA301C, NUM_OK},
    {{-1, 0x5E66C8CD0E60B139U, 154, -117933041736108062}, 0xCD7799B23343982C, NUM_OK},
    {{1, 0x230661294E409DU, 329, -1}, 0x57D1833094A7204E, NUM_OK},
    {{1, 0x3E859FC50F61F49CU, 510, -3985744671605428374}, 0x63AF42CFE287B0FA, NUM_OK},
    {{1, 0x90CBF533FE8C7904U, 1090, 1068557696367237413}, 0, NUM_OVERFLOW},
    {{1, 0x2A5849DBA7A213U, 766, -1}, 0x73252C24EDD3D109, NUM_OK},
    {{-1, 0x3F262322DAFDA5U, 352, 0}, 0xD94F9311916D7ED2, NUM_OK},
    {{-1, 0x268FF5CF741A58U, 197, 0}, 0xCF9347FAE7BA0D2C, NUM_OK},
    {{1, 0xD59E80E9FFE74AECU, 1080, -2443468959143965219}, 0, NUM_OVERFLOW},
    {{1, 0x3B0ED164E7736FU, 646, 0}, 0x6BAD8768B273B9B8, NUM_OK},
    {{1, 0x1176B782U, 10, 846}, 0x425176B782D38000, NUM_OK},
    {{1, 0x588AF6C40FA11U, 787, -155821461194989489}, 0x744622BDB103E844, NUM_OK},
    {{1, 0x39F1C7492FE121U, 394, -1}, 0x5BECF8E3A497F090, NUM_OK},
    {{-1, 0xA166C5F54B6938BU, 880, -2587513828348194571}, 0xFAA42CD8BEA96D27, NUM_OK},
    {{1, 0xC5769F0C1024011BU, 625, 2347075212337991121}, 0x6AF8AED3E1820480, NUM_OK},
    {{-1, 0x33FED1DE75F23FU, 296, 0}, 0xD5C9FF68EF3AF920, NUM_OK},
    {{1, 0x1CE0AC20642U, 6, -25}, 0x42DCE0AC206419C0, NUM_OK},
    {{1, 0x3A93U, 4, -191}, 0x410D438800000000, NUM_OK},
    {{1, 0x924444783CFF94DEU, 898, 3874219358579690087}, 0x7C0248888F079FF3, NUM_OK},
    {{1, 0xA4ECFU, 11, -736}, 0x41D49D9D48000000, NUM_OK},
    {{-1, 0x279B5DE58U, 7, 888}, 0xC273CDAEF2F78000, NUM_OK},
    {{-1, 0x2E00B40B614DA7U, 706, 0}, 0xEF67005A05B0A6D4, NUM_OK},
    {{1, 0x35655B358ABAAFU, 885, 0}, 0x7A9AB2AD9AC55D58, NUM_OK},
    {{1, 0x84C072FFCBAD63DFU, 1080, 4013335619063698683}, 0, NUM_OVERFLOW},
    {{-1, 0xE439B662E799C6C0U, 537, 1475617658713758090}, 0xE57C8736CC5CF339, NUM_OK},
    {{1, 0x348D7DF2299109U, 597, 0}, 0x689A46BEF914C884, NUM_OK},
    {{1, 0x1EE1U, 2, -43}, 0x40DED64000000000, NUM_OK},
    {{1, 0x3CBAF214A84B85U, 698, 1}, 0x6EEE5D790A5425C3, NUM_OK},
    {{1, 0x3E3593BBEDF8BFU, 812, 0}, 0x760F1AC9DDF6FC60, NUM_OK},
    {{-1, 0x102AC95F71A68CB9U, 155, -1613134241774172901}, 0xCD602AC95F71A68D, NUM_OK},
    {{-1, 0x2CB237ED09FB29U, 535, -1}, 0xE4B6591BF684FD94, NUM_OK},
    {{-1, 0x751145168D95F1A5U, 969, 553803470788479160}, 0, NUM_OVERFLOW},
    {{1, 0x25BE74BFA3B5DDU, 864, 0}, 0x7942DF3A5FD1DAEE, NUM_OK},
    {{-1, 0x3D1D67FFA2F13FU, 896, 0}, 0xFB4E8EB3FFD178A0, NUM_OK},
    {{-1, 0x332C2BA9DB6817U, 533, -1}, 0xE4999615D4EDB40B, NUM_OK},
    {{1, 0x2FFF9415BF779DU, 167, 1}, 0x4DB7FFCA0ADFBBCF, NUM_OK},
    {{1, 0x67DA15D446B2A255U, 201, -2932856597061101261}, 0x5069F6857511ACA9, NUM_OK},
    {{-1, 0x34D348182A2FB86DU, 447, -3695977080557862784}, 0xDFBA69A40C1517DC, NUM_OK},
    {{1, 0x1CDB0419C57B0176U, 797, -2560595745995041965}, 0x758CDB0419C57B01, NUM_OK},
    {{-1, 0x2C0BEE58732D3DU, 150, 219449477355}, 0xCCA605F72C39969F, NUM_OK},
    {{1, 0x2AA8A6C2FC0D57U, 243, 1}, 0x52755453617E06AC, NUM_OK},
    {{-1, 0xE72B06F24DU, 8, 318}, 0xC2ECE560DE49C7C0, NUM_OK},
    {{-1, 0x68019BA5E5AA8A1U, 59, 1243068820772154471}, 0xC74A0066E9796AA3, NUM_OK},
    {{-1, 0x2C0933FB07223BU, 11, -1093762421971}, 0xC3F60499ED98FBFC, NUM_OK},
    {{-1, 0xFBD66ED7D4A4E5F4U, 1071, -2466355766061060746}, 0, NUM_OVERFLOW},
    {{1, 0x244B72A7713009U, 50, 0}, 0x466225B953B89804, NUM_OK},
    {{1, 0x1EU, 4, -472}, 0x4020000000000000, NUM_OK},
    {{1, 0x34D61874C6A429U, 125, -422812488235606033}, 0x4B1A6B0C3A635214, NUM_OK},
    {{-1, 0x128F1F91EF473C96U, 328, 1767650585866948901}, 0xD8328F1F91EF473D, NUM_OK},
    {{1, 0x203F3A202FB257U, 565, -1}, 0x66901F9D1017D92B, NUM_OK},
    {{-1, 0xAA1EF8855E0D4E8AU, 485, -3297345632293592060}, 0xE23543DF10ABC1AA, NUM_OK},
    {{-1, 0x3B80A7B9828043U, 537, -1}, 0xE4DDC053DCC14021, NUM_OK},
    {{1, 0x6EFF4AF4F97A01CDU, 755, -2250864027255672669}, 0x730BBFD2BD3E5E80, NUM_OK},
    {{1, 0x3C66A9156FA3F6U, 250, -1}, 0x52EE33548AB7D1FB, NUM_OK},
    {{1, 0x409E4CC2C246A82AU, 269, 4129889760443552395}, 0x54A0279330B091AA, NUM_OK},
    {{1, 0x241C331D061389U, 470, 0}, 0x60A20E198E8309C4, NUM_OK},
    {{1, 0x5A3A1424EBAFU, 4, -11}, 0x43168E85093AEB94, NUM_OK},
    {{-1, 0xFF6AU, 12, 200}, 0xC1AFED4190000000, NUM_OK},
    {{1, 0x244260AE3EDB15U, 315, 0}, 0x56F22130571F6D8A, NUM_OK},
    {{-1, 0x28349621540470U, 784, 0}, 0xF4441A4B10AA0238, NUM_OK},
    {{1, 0x2C0912ACF71FFDU, 415, 0}, 0x5D360489567B8FFE, NUM_OK},
    {{-1, 0x383C628982A0EDU, 72, 1}, 0xC7CC1E3144C15077, NUM_OK},
    {{-1, 0x21084612191B2DU, 722, 0}, 0xF0608423090C8D96, NUM_OK},
    {{-1, 0x36CDFC244F9FEBU, 717, 0}, 0xF01B66FE1227CFF6, NUM_OK},
    {{-1, 0x2B10BC4695A0B3U, 35, -1}, 0xC575885E234AD059, NUM_OK},
    {{-1, 0x49D4265A67C1FCBCU, 1007, -2777823289919080462}, 0, NUM_OVERFLOW},
    {{1, 0x38E6160E93E311U, 639, 0}, 0x6B3C730B0749F188, NUM_OK},
    {{1, 0x383DEBAE48C285U, 599, -1}, 0x68BC1EF5D7246142, NUM_OK},
    {{-1, 0x27AFC302D379B7U, 463, 0}, 0xE033D7E18169BCDC, NUM_OK},
    {{-1, 0x249C65D1A17868FU, 6, 3754061154974998035}, 0xC3E8D1564031A848, NUM_OK},
    {{-1, 0x1110A13A63E2A690U, 12, -69}, 0xC47110A13A63E2A7, NUM_OK},
    {{-1, 0x3065772D6687C9U, 981, 0}, 0, NUM_OVERFLOW},
    {{1, 0xC008609D7778D44AU, 393, -271346154460356522}, 0x5C78010C13AEEF1B, NUM_OK},
    {{-1, 0x6359BU, 4, 46}, 0xC158D67780000000, NUM_OK},
    {{-1, 0x5DDAE41E7B334521U, 769, -1321305193043025054}, 0xF3E776B9079ECCD1, NUM_OK},
    {{-1, 0x3205090A8BE91C3U, 3, 454}, 0xC3B902848545F490, NUM_OK},
    {{1, 0x2FF36C3C30DB85U, 758, 1}, 0x72A7F9B61E186DC3, NUM_OK},
    {{-1, 0x374DB7EE0DF649U, 271, 0}, 0xD43BA6DBF706FB24, NUM_OK},
    {{-1, 0x1730CU, 3, 29}, 0xC12730FA00000000, NUM_OK},
    {{1, 0x391F20C15016DDU, 1060, 1}, 0, NUM_OVERFLOW},
    {{-1, 0x31203C4F12B939U, 922, -1}, 0xFCE8901E27895C9C, NUM_OK},
    {{1, 0x37C2B3BC8648C3U, 513, -1}, 0x635BE159DE432461, NUM_OK},
    {{-1, 0x219BE8D53507D1U, 551, 0}, 0xE5B0CDF46A9A83E8, NUM_OK},
    {{1, 0x58F10730937635C6U, 789, 1953049865885886851}, 0x75263C41CC24DD8D, NUM_OK},
    {{1, 0x200AC7AA5AC60BU, 716, 0}, 0x70000563D52D6306, NUM_OK},
    {{1, 0x3C81B793AE14B0U, 576, -949543584983}, 0x674E40DBC9D70A58, NUM_OK},
    {{1, 0xD6C4B1028D7FF71EU, 748, -1446475226260269528}, 0x72AAD8962051AFFF, NUM_OK},
    {{1, 0x3FFCB64BC37511U, 219, 1}, 0x50FFFE5B25E1BA89, NUM_OK},
    {{1, 0xEU, 1, 419}, 0x407BF00000000000, NUM_OK},
    {{1, 0x2B0E3CF93356D9U, 923, 0}, 0x7CF5871E7C99AB6C, NUM_OK},
    {{-1, 0x501DDBFU, 5, -731}, 0xC1E40776A0A00000, NUM_OK},
    {{-1, 0x550A7613CCB90C18U, 1, 1258241281301112539}, 0xC3E77162FDDFE430, NUM_OK},
    {{1, 0x380E832BB8B3B7U, 367, 0}, 0x5A3C074195DC59DC, NUM_OK},
    {{-1, 0x46D0446D3490U, 12, -713}, 0xC391B4111B4D23F5, NUM_OK},
    {{1, 0x7EA4E655EC60170U, 4, -772}, 0x43DFA939957B1805, NUM_OK},
    {{1, 0x2609E329671B39U, 741, 1}, 0x719304F194B38D9D, NUM_OK},
    {{-1, 0x6B21DFFE8B0B704CU, 513, -1474859491590679350}, 0xE3EAC877FFA2C2DC, NUM_OK},
    {{1, 0x3596C6730CB5EDU, 782, -1}, 0x742ACB6339865AF6, NUM_OK},
    {{-1, 0x5E9B920A373C360DU, 679, -1587751475618979851}, 0xEE47A6E4828DCF0E, NUM_OK},
    {{1, 0x22094AFD16C273U, 1073, -1}, 0, NUM_OVERFLOW},
    {{1, 0x40CCB86D483B2A53U, 508, -3709607739268118558}, 0x6390332E1B520ECB, NUM_OK},
    {{-1, 0xC298EC3B3C28301BU, 853, 2605283827489868104}, 0xF938531D87678506, NUM_OK},
    {{1, 0xDE66U, 11, 118}, 0x419BCCC1D8000000, NUM_OK},
    {{1, 0x33082CC6978A9BU, 747, 0}, 0x71F98416634BC54E, NUM_OK},
    {{1, 0x2652D77B899695U, 975, -152896910756}, 0, NUM_OVERFLOW},
    {{1, 0xCD89C3D5F9B166A5U, 15, 2906485922185820734}, 0x44D9B1429039992F, NUM_OK},
    {{1, 0x36D83BDDFA7A19U, 693, 0}, 0x6E9B6C1DEEFD3D0C, NUM_OK},
    {{-1, 0x31C722999C5AC5U, 35, -1}, 0xC578E3914CCE2D62, NUM_OK},
    {{-1, 0x1DEAB0FDU, 5, -161}, 0xC20DEAB0F7F80000, NUM_OK},
    {{-1, 0x8098EEB03953385DU, 1053, 783870615420262777}, 0, NUM_OVERFLOW},
    {{-1, 0x3FDDC08B919701U, 418, -1}, 0xDD6FEEE045C8CB80, NUM_OK},
    {{-1, 0x4D86E48446C44AD8U, 872, 879903252662977865}, 0xFA5361B92111B113, NUM_OK},
    {{1, 0x227D868CE21205U, 301, 1}, 0x56113EC346710903, NUM_OK},
    {{-1, 0x642D58DB7E04B1U, 3, -814}, 0xC3890B5636DF8113, NUM_OK},
    {{1, 0x7BE53EC265E13288U, 64, 2092115557912093561}, 0x47DEF94FB099784D, NUM_OK},
    {{1, 0x32442DED70E4448BU, 152, -797405112633941531}, 0x4D492216F6B87222, NUM_OK},
    {{1, 0x2720B6ED824153U, 1091, 1}, 0, NUM_OVERFLOW},
    {{1, 0x35640B5D392A0BU, 530, 0}, 0x646AB205AE9C9506, NUM_OK},
    {{1, 0x82361C1E4CEAU, 4, 512}, 0x432046C383C9A140, NUM_OK},
    {{-1, 0x32DAC9A59E9F91U, 132, 1}, 0xCB896D64D2CF4FC9, NUM_OK},
    {{1, 0x8610BB2FE63FCD27U, 404, 269472304399509499}, 0x5D20C21765FCC7FA, NUM_OK},
    {{1, 0x18465E1428841844U, 38, 418954905430051836}, 0x4618465E14289B5A, NUM_OK},
    {{-1, 0x3F5D64324904BAU, 922, 0}, 0xFCEFAEB21924825D, NUM_OK},
    {{1, 0xF134155A42AB865U, 977, 1134381882378014786}, 0, NUM_OVERFLOW},
    {{1, 0x2D687891FB4997U, 442, 0}, 0x5EE6B43C48FDA4CC, NUM_OK},
    {{1, 0x2FC90C52F9E9C7U, 392, -1}, 0x5BC7E486297CF4E3, NUM_OK},
    {{-1, 0x2AD97C89544E25U, 444, 0}, 0xDF056CBE44AA2712, NUM_OK},
    {{1, 0x2500500410D09BU, 339, -1}, 0x587280280208684D, NUM_OK},
    {{1, 0x977E66A2413386E5U, 30, -3693340936835259173}, 0x45C2EFCCD42E85C0, NUM_OK},
    {{1, 0x3F02CB1B511495U, 59, 0}, 0x46FF81658DA88A4A, NUM_OK},
    {{-1, 0x8FA477D71C5B5709U, 770, 1250792163525041058}, 0xF401F48EFAE38B6B, NUM_OK},
    {{-1, 0x8AB73E0FB62369BFU, 464, -4437978119068061734}, 0xE0E156E7C1F6C46D, NUM_OK},
    {{1, 0x2DB01CD5113BD7U, 913, -1}, 0x7C56D80E6A889DEB, NUM_OK},
    {{-1, 0x4EA9651F427U, 4, -618}, 0xC2D3AA5947D00180, NUM_OK},
    {{1, 0x3CDF06B220B621U, 803, 0}, 0x757E6F8359105B10, NUM_OK},
    {{1, 0x3BB99F478E563BU, 430, -874514850148}, 0x5E2DDCCFA3C72B1D, NUM_OK},
    {{1, 0x955DCFA1EE19A98CU, 239, 3605292631297099716}, 0x52D2ABB9F43DC335, NUM_OK},
    {{-1, 0x3AF87DE7B68CF56U, 296, 4451460542490260179}, 0xD60D7C3EF3DB467B, NUM_OK},
    {{1, 0x31267CC1F1D292U, 680, 0}, 0x6DC8933E60F8E949, NUM_OK},
    {{1, 0x2CCBCDF5C3DF3DU, 954, -1}, 0x7EE665E6FAE1EF9E, NUM_OK},
    {{1, 0x32F41AA40DD14FU, 730, 0}, 0x70E97A0D5206E8A8, NUM_OK},
    {{1, 0x50C5E0B4158C6787U, 945, 2187753940109455223}, 0x7EE431782D05631A, NUM_OK},
    {{-1, 0x21FE606C42DB95U, 197, -1}, 0xCF90FF3036216DCA, NUM_OK},
    {{-1, 0x2F1E971971B05FBAU, 4, -334}, 0xC4078F4B8CB8D830, NUM_OK},
    {{1, 0x2FU, 8, -511}, 0x40C6808000000000, NUM_OK},
    {{-1, 0xC9CF6AU, 1, -202}, 0xC17939E0A0000000, NUM_OK},
    {{-1, 0x2DU, 9, -3}, 0xC0D67F4000000000, NUM_OK},
    {{-1, 0x3E35B0DF884AU, 5, -53}, 0xC31F1AD86FC4242C, NUM_OK},
    {{-1, 0x3B589A7CDA9F07U, 621, 1}, 0xEA1DAC4D3E6D4F84, NUM_OK},
    {{-1, 0x29EBD91B9B29BDU, 406, -1}, 0xDCA4F5EC8DCD94DE, NUM_OK},
    {{-1, 0x24DCB39A69EDC9U, 247, -1}, 0xD2B26E59CD34F6E4, NUM_OK},
    {{-1, 0x7E272EA11CCC4A05U, 1009, 988879815604297447}, 0, NUM_OVERFLOW},
    {{-1, 0x933685F98BCC2A60U, 845, 28612790189853763}, 0xF8B266D0BF317985, NUM_OK},
    {{-1, 0x23C76430665A80U, 1096, 0}, 0, NUM_OVERFLOW},
    {{1, 0x3A5EAAA5B0198BU, 905, 0}, 0x7BDD2F5552D80CC6, NUM_OK},
    {{-1, 0x26F53CE3EA3U, 5, 639}, 0xC2D37A9E71F5B7C0, NUM_OK},
    {{1, 0x3830279EB7C7F257U, 461, 3585213448429313314}, 0x609C1813CF5BE3F9, NUM_OK},
    {{-1, 0x77095C98CA23D7B9U, 815, -4489411072682453512}, 0xF6CDC257263288F6, NUM_OK},
    {{1, 0x3193ECDA116035U, 427, 0}, 0x5DF8C9F66D08B01A, NUM_OK},
    {{1, 0x39AC80AEDEBC2BU, 473, 0}, 0x60DCD640576F5E16, NUM_OK},
    {{-1, 0x253EBB46753363U, 931, 0}, 0xFD729F5DA33A99B2, NUM_OK},
    {{-1, 0x21125EC66C684FU, 743, 0}, 0xF1B0892F63363428, NUM_OK},
    {{1, 0x2D67E555FABD03U, 352, 1}, 0x5946B3F2AAFD5E82, NUM_OK},
    {{1, 0x3A727809C70829U, 596, 0}, 0x688D393C04E38414, NUM_OK},
    {{1, 0x2FB0EA556EE9C2U, 90, 0}, 0x48E7D8752AB774E1, NUM_OK},
    {{1, 0x79DDE8611596BBC2U, 49, 2741810866405899752}, 0x46EE777A184565B4, NUM_OK},
    {{-1, 0x2C4E803F6264543AU, 832, -1949786135882664906}, 0xF7C627401FB1322A, NUM_OK},
    {{1, 0x920CA5E1484F8FC7U, 204, 487440131294904264}, 0x50A24194BC2909F2, NUM_OK},
    {{1, 0x6D70B8702B3CA171U, 713, 4090364161009818289}, 0x706B5C2E1C0ACF28, NUM_OK},
    {{1, 0x358420ED4E7426U, 968, 0}, 0x7FCAC21076A73A13, NUM_OK},
    {{1, 0xE3750D1DA9825835U, 4, -998}, 0x442C6EA1A3B5304B, NUM_OK},
    {{-1, 0x3798BFF88055CDU, 771, 1084694720790}, 0xF37BCC5FFC402AE7, NUM_OK},
    {{-1, 0x101E8284123EBD7AU, 692, 847418120530335336}, 0xEEF01E8284123EBD, NUM_OK},
    {{1, 0xC305BD5E76C38955U, 108, -3812202332597869577}, 0x4AA860B7ABCED871, NUM_OK},
    {{-1, 0x5C8666D27A93D425U, 88, -3592625833702348057}, 0xC9572199B49EA4F5, NUM_OK},
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

// int / int: a, b -> correctly rounded quotient or overflow (253 cases)
const DivideCase divide_cases[] = {
    {{-1, 0x353D74FE82977BU, 9, 1}, {-1, 0x31234217E61A6BU, 993, 0}, 0x027155F5FD5CFC6B, NUM_OK},
    {{-1, 0x144F4E8548U, 8, 51}, {1, 0x3DD73655DB3F77U, 0, -1}, 0xBF5504DA9DFA50C9, NUM_OK},
    {{1, 0x306E6D8F8E357FU, 865, 0}, {1, 0x3FFC0B019D7737U, 876, 1}, 0x3F3838B628CDDD84, NUM_OK},
    {{-1, 0x21FEA26E1B333FU, 614, -9128480550}, {-1, 0x38182CDEAAA1EDU, 822, -297934072707},
        0x32E3648FE52040C8, NUM_OK},
    {{1, 0x24D5BA76723457U, 398, -1}, {1, 0x24F3744125C071U, 0, 1}, 0x58CFE641D4614E03, NUM_OK},
    {{1, 0x8AA0041AB8A43F51U, 626, -4455214536291898404}, {-1, 0x31E64322AA4680U, 128, -1},
        0xDFA63985D8E82D4E, NUM_OK},
    {{-1, 0xDC030D10AD02080BU, 59, 3294513119485235849},
        {-1, 0xC085E078161E22D9U, 190, -146401964425734430}, 0x37C248D696FE810B, NUM_OK},
    {{1, 0x3D7A6DF3A0C85FU, 952, 1}, {-1, 0xA73255A1F2123E9AU, 1052, -2543785669933000237},
        0xB9178866AB320694, NUM_OK},
    {{1, 0xF54375E714DU, 0, 242}, {1, 0x339F668D8D8111U, 0, 1}, 0x3F53011BCFC06934, NUM_OK},
    {{-1, 0x14B58F693U, 9, 311}, {1, 0x4072BF2477A0B15BU, 0, -602}, 0xBEA490B043BB3498, NUM_OK},
    {{1, 0xDB71DF9FB90267U, 7, 937}, {1, 0x7B4183432D1BB991U, 962, -2873063907754843647},
        0x03CC7C84B11D4FDF, NUM_OK},
    {{1, 0x2077A05A798FE70EU, 12, 231}, {-1, 0x264274C01A9FB1U, 410, -1}, 0xA78B27C619D85738,
        NUM_OK},
    {{1, 0x250F7BCD5A589DU, 464, -1}, {-1, 0x28503E3ED8D36CU, 43, 1}, 0xDA3D6AF8EB378C3F, NUM_OK},
    {{1, 0x4EB5E4C25B55CBC2U, 867, -1548536315264302964},
        {-1, 0x4B327AD12D35CD35U, 0, 1042812168741058430}, 0xF61C16D80CBA5091, NUM_OK},
    {{1, 0x14U, 2, -962}, {1, 0x6764EEDE331298B8U, 700, 1246102030273207665}, 0x90E10F97965313DE,
        NUM_OK},
    {{1, 0xDD2E583F8FC56D2EU, 916, -1517235844825161050}, {1, 0x3CAB2380036CB1U, 559, 0},
        0x56DD2A74B5EC5E9C, NUM_OK},
    {{-1, 0x3BBAD4D03DB08AU, 700, 1}, {1, 0x33088490C1EFE97CU, 443, -4163520272977106736},
        0xCF82B9FEF3B9937A, NUM_OK},
    {{1, 0x3FC6FFD0858C25U, 661, -1}, {-1, 0x34E0DFD88D99CBU, 867, -876980543918},
        0xB3134C3D12FDACF8, NUM_OK},
    {{1, 0x2ECB4ED84950B9U, 1002, -1}, {-1, 0xA7C77C093A45A375U, 251, -313529632417647653},
        0xEE41D98CF479905A, NUM_OK},
    {{1, 0x23A4C20F3F7DB6DEU, 1064, -3308318051896838551},
        {1, 0x92EDD76F51FFE77BU, 314, 807907799404864636}, 0x6EAF0D3408861BA5, NUM_OK},
    {{1, 0x9F9D0AE906C6207AU, 64, -2234185312111518682},
        {1, 0x5A018D26387272BFU, 83, 1130469032996926349}, 0x3ECC5FB23E5C92C4, NUM_OK},
    {{-1, 0x2CB1D3A9B8FDBDU, 555, 1}, {1, 0x8B00U, 12, -205}, 0xE444942FC8ED6105, NUM_OK},
    {{1, 0x2FDC4F1C205F31U, 329, 1}, {1, 0x5D7F641U, 12, -7}, 0x557061690BEB3E51, NUM_OK},
    {{-1, 0xCCD89D7689BA8C9BU, 98, 351278975620277275}, {-1, 0x2A236EC6B5E4U, 0, -709},
        0x473371F091BDB878, NUM_OK},
    {{-1, 0xE6F1DAE464117C94U, 16, -2337888808167003725}, {1, 0x22CCA7E0DF55F3U, 470, 1},
        0xA43A8BB60236B07D, NUM_OK},
    {{1, 0x38DBC8B82E9E1FU, 511, -1}, {-1, 0x353DFEA47753F3U, 224, 1}, 0xD1E116365E61FBCE, NUM_OK},
    {{-1, 0x3C5B46C1411429U, 769, -1091760103115},
        {1, 0x1C16700D81A3E1BU, 970, 2615345092211694799}, 0xB33130DFE018293D, NUM_OK},
    {{1, 0x2FA3U, 9, 66}, {-1, 0xD232U, 3, -34}, 0xC02D02E6AEA893F6, NUM_OK},
    {{-1, 0x1461C01E77F98510U, 219, 3616955841827047028}, {-1, 0x2A4715BFAD7071U, 0, 0},
        0x4E0EDAA32CA5C746, NUM_OK},
    {{-1, 0x67E0E1F7211B353U, 527, -2186746805922918177}, {-1, 0x3929A824861155U, 641, 0},
        0x391D136B68DFC933, NUM_OK},
    {{-1, 0x2D91AF52DA6D66U, 370, 0}, {1, 0xB6U, 9, 933}, 0xD95FBB1B03CBABAF, NUM_OK},
    {{-1, 0x33CAD37172C447U, 801, 0}, {1, 0x6AB9AA417B286AD1U, 876, 3429539659400526791},
        0xBAAF0EEDAFABE278, NUM_OK},
    {{-1, 0x1B59B8U, 4, 167}, {-1, 0x1ED8D3191D1B02D1U, 2, -582}, 0x3D8C5F7A70BF2ABD, NUM_OK},
    {{1, 0x2C175D9962BD17U, 824, -1}, {1, 0x21A4A2A69C5B3DU, 394, 0}, 0x5AD4F80C92BE7D3C, NUM_OK},
    {{1, 0x1CED7U, 6, -183}, {-1, 0x55165419A19A61B6U, 852, -1312086198972703902},
        0x8835C2023C25657E, NUM_OK},
    {{1, 0x22D4266D926B66U, 560, 0}, {-1, 0x2A2ADF2F383CB5U, 245, 0}, 0xD39A6E471F0759DA, NUM_OK},
    {{-1, 0x239A03DC21F0B7U, 605, 1}, {-1, 0x28A70F61CDED6DU, 166, 0}, 0x5B5C062B5AAAB9E6, NUM_OK},
    {{-1, 0x30939A0F7BBD4BU, 691, 439357184421}, {-1, 0x33B89F997A5EC3U, 317, 718065460568},
        0x574E0DEE77CB99C5, NUM_OK},
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
    {{-1, 0x3F80ED0A9044E8U, 231, 0}, {-1, 0x24CCFDDU, 7, 635}, 0x4FBB9C1588E5BAD6, NUM_OK},
    {{1, 0x2512FC17860A35U, 485, -353706006913}, {-1, 0x38F46F2FFF7C40U, 338, 1},
        0xC914D47FAA2203F9, NUM_OK},
    {{1, 0x3C3378C99483B5U, 304, 0}, {-1, 0x3229AA60CE402FU, 477, -1}, 0xB52333AB7DBF9120, NUM_OK},
    {{-1, 0x37FD1543C7981BU, 1090, -1}, {-1, 0x1E92765186810522U, 416, 2641269155025951865},
        0x699D4D41EC593874, NUM_OK},
    {{-1, 0x4FA4D8D9E976F9FDU, 314, 310654241356845903}, {1, 0x3167F6633C4279U, 174, 0},
        0xC939CADC00E23FEC, NUM_OK},
    {{1, 0x280B6E46ECEFU, 6, 253}, {1, 0x3F705F0533DA7FU, 0, 708370129971}, 0x3FC432D77DC3DBBA,
        NUM_OK},
    {{-1, 0x3E48B181119B8BU, 778, 0}, {-1, 0x237480F556BA07U, 550, 0}, 0x4E3C1B715F5AD97A, NUM_OK},
    {{-1, 0x21FE1433443F1BU, 558, -1}, {-1, 0x3BE28C397AB71FU, 493, -1}, 0x43F22A0666D120F2,
        NUM_OK},
    {{-1, 0x2BF24271C8040831U, 7, -197}, {-1, 0x22B04A4CD88193U, 0, 0}, 0x40E44523A9961592, NUM_OK},
    {{1, 0xD58813CFFE0B37CDU, 785, 473075132018874883}, {-1, 0x1E7AU, 12, -672}, 0xF36C06B933FC69ED,
        NUM_OK},
    {{-1, 0x23879F50EACE58U, 933, 0}, {1, 0x27461ACAFF0757U, 439, -1}, 0xDECCF30961DF585D, NUM_OK},
    {{-1, 0x220507392C5777U, 527, 0}, {-1, 0x2187FU, 2, -707}, 0x6300410B65CC1E83, NUM_OK},
    {{-1, 0x262U, 6, -708}, {-1, 0x2D59A1566560EFU, 6, -810}, 0x3D2A69F78AB64113, NUM_OK},
    {{-1, 0x2033F6851ECE11U, 864, 1}, {1, 0x3U, 11, -967}, 0xF8797A8E54DA044E, NUM_OK},
    {{1, 0x3A3CD5DB0CF135U, 96, -1}, {1, 0x2B5DB2F3U, 3, 70}, 0x47457CA70D1B2898, NUM_OK},
    {{-1, 0x2C51971DA7CCA0U, 0, 838}, {-1, 0x23458EB852CEE53CU, 0, -2822869621915360310},
        0xBFA6B511C42832C9, NUM_OK},
    {{1, 0x257EC550938D8BU, 998, -592409694966}, {1, 0x3F9356C06B4879U, 657, -1},
        0x5532DF6D99FAD354, NUM_OK},
    {{1, 0x1EU, 8, 66}, {1, 0x5A1A98U, 8, 393}, 0x3ED57DEA29238717, NUM_OK},
    {{-1, 0x32E5EC0F7195B8U, 912, 1}, {1, 0x3BB6A4638852A9U, 747, -1}, 0xCA3B46A3E409BA90, NUM_OK},
    {{1, 0x28F8AE14192CAAU, 433, 0}, {-1, 0x21FF7A935BBC6EU, 536, -1}, 0xB98348251D8500B3, NUM_OK},
    {{1, 0x819A612U, 5, -523}, {-1, 0x377D94C2A76BDFU, 0, 0}, 0xBE92AF486AB56DF6, NUM_OK},
    {{-1, 0x352CC687095271U, 885, 0}, {1, 0x10775A8FA26D4365U, 20, 1444714686550909227},
        0xF599D5A9E4339C6E, NUM_OK},
    {{1, 0x2141B88F5A844DU, 125, -1086139573013},
        {-1, 0x6C7EFE7C9E0D38F4U, 770, -1381021159702899478}, 0x97039E19A7D05303, NUM_OK},
    {{-1, 0xF4310598U, 4, 670}, {-1, 0x3CDU, 0, 516}, 0x4184FDDA53B7CA5C, NUM_OK},
    {{1, 0x33799568A29A13U, 483, 0}, {1, 0xE82B701409CF3B40U, 19, -2072818803722172163},
        0x5C4C611445CEF921, NUM_OK},
    {{-1, 0x25B049DE69D10DU, 907, 1}, {1, 0x2D6994A0CAC7D3U, 913, 0}, 0xBF8A8EB1FDD81D65, NUM_OK},
    {{-1, 0x163869923U, 9, -265}, {1, 0x280D24FB856C61U, 41, 1}, 0xBCA1C0E559F1AFD7, NUM_OK},
    {{1, 0x200A832C93D8ADU, 597, -1}, {-1, 0x267D6CAC510F8FU, 647, 0}, 0xBCCAA374640F4295, NUM_OK},
    {{1, 0x38D738C8FB1851U, 853, 1}, {1, 0x38A504CDFF9F99U, 699, 0}, 0x49900E2E3533A141, NUM_OK},
    {{1, 0x3716F3D507194BU, 135, -1}, {1, 0x3BC6EF684050E7U, 169, 0}, 0x3DCD7D9F68567293, NUM_OK},
    {{1, 0x24017704521BA1U, 900, -147786884410}, {1, 0x35CB8AA4041AF1U, 56, 0}, 0x74A56B020C201E01,
        NUM_OK},
    {{-1, 0x36A85820835733U, 405, 0}, {1, 0x206DAD629C483DU, 394, 0}, 0xC0AAF7BE125D2064, NUM_OK},
    {{1, 0xF88648A3E06E6ACCU, 462, -2247330191895128870},
        {-1, 0x9196A255DB010C48U, 731, 1887899651936239904}, 0xAF2B50041FD55470, NUM_OK},
    {{1, 0x3FA782AD68E98CU, 266, 1}, {-1, 0x376339952534CFU, 1073, -992251301940},
        0x8D826356A53BED9D, NUM_OK},
    {{-1, 0x328B87F595792DU, 607, 0}, {1, 0x1DE2391F515A7E8U, 1, -41}, 0xE59B0FF1BA290065, NUM_OK},
    {{-1, 0xBD0B232BAD0160U, 1, -375}, {-1, 0xB736599A96U, 3, -937}, 0x40D0825D9DAF824C, NUM_OK},
    {{-1, 0x38E9AAB001A72DU, 487, 0}, {1, 0x298B5639CB2EA9U, 567, 62397342238}, 0xBAF5EB3BB2AA3F7F,
        NUM_OK},
    {{-1, 0x2CC390900BF0B02U, 11, -965}, {1, 0x3ED9AD2B20AD6FU, 771, 21675420623},
        0x90A6CA9873BB929C, NUM_OK},
    {{1, 0x789C5D587076A24FU, 1, -253}, {-1, 0x3F41ED02B201E3U, 0, -1022903919315},
        0xC08E8224470FDB00, NUM_OK},
    {{1, 0x666826E941U, 11, 472}, {1, 0xDF902965E274254DU, 0, -894856653683771325},
        0x3F0F0A606AD9A110, NUM_OK},
    {{-1, 0x25C08BAB1DA805U, 593, 1}, {-1, 0x74519F6D2244E250U, 0, -4327753613799437813},
        0x647579277BCF1F38, NUM_OK},
    {{1, 0xF1D39CD336DBU, 4, -175}, {1, 0x326CU, 1, 595}, 0x4242C0879C240121, NUM_OK},
    {{1, 0x99A5994EC895E130U, 176, -2679984809337874482},
        {-1, 0x383BE24AE19005C0U, 0, -3903782826887034933}, 0xCB52AA036704993F, NUM_OK},
    {{-1, 0x2DBB73DCA8CBC3U, 618, 0}, {-1, 0x4AE6B0025393D355U, 299, -4587261714629901020},
        0x535389C61E0F54DD, NUM_OK},
    {{1, 0x2B2DC009852F13U, 793, -1}, {-1, 0x946DD1A51640A491U, 483, -4234305645327421576},
        0xD2B29E2F699695C9, NUM_OK},
    {{-1, 0x1D2F171U, 6, 397}, {-1, 0x9A9EF2U, 6, -720}, 0x400828CF6522507A, NUM_OK},
    {{1, 0x24457F65D0508BU, 880, 0}, {1, 0xC7FCA29BF4BAF9C4U, 761, -702968222725786496},
        0x46B7371BEBF0258B, NUM_OK},
    {{-1, 0xC102590297F847CU, 1, 402}, {1, 0x509DEBF56CDE8208U, 77, 4398072986133471204},
        0xBB032739D3FCB542, NUM_OK},
    {{-1, 0x170C76CA690D6034U, 161, 1804654191004716118}, {1, 0x2428FD8954E4D2U, 0, 0},
        0xCA7465A1E7F6EF0F, NUM_OK},
    {{-1, 0x3E00A13E696A43U, 269, 0}, {-1, 0x35C2AA9068A688U, 590, 1}, 0x2BE273F5E3BC23CC, NUM_OK},
    {{1, 0x7F02CB62022U, 5, 246}, {1, 0x315E50BAC9E39BU, 404, -1}, 0x265494EC0EC8E46C, NUM_OK},
    {{-1, 0x245959C8A39361U, 529, -1}, {-1, 0x4D88993BC03A54F3U, 431, 3177246095395429460},
        0x457E0116F70A76AC, NUM_OK},
    {{-1, 0xF71C04F0A252FB8U, 679, 3913671734089322295}, {-1, 0x27DB58C11448C0U, 939, 0},
        0x3018CCBA0A0B0DB8, NUM_OK},
    {{-1, 0x2E76U, 1, -63}, {-1, 0x7EC60A8BA39B63EEU, 555, 69204817236035469}, 0x1A3764A0ED649AF3,
        NUM_OK},
    {{-1, 0x2AA2B46C574749U, 374, 1}, {1, 0xDFA9B078A301451DU, 0, -2197559045598046935},
        0xD6AC409000F9EDE0, NUM_OK},
    {{1, 0x357C8728BBC6BDU, 88, 0}, {1, 0x2A5540821FD5C3U, 0, 1}, 0x4574372AE2FAA546, NUM_OK},
    {{1, 0x28076C7765ABCFU, 737, 1}, {-1, 0x2081DC89A48B0DU, 176, -1}, 0xE303B3C1CDD9B478, NUM_OK},
    {{1, 0x3C550240FCF0B9U, 247, -1}, {1, 0x286E0CBB034183U, 12, 0}, 0x4EA7E050704419C1, NUM_OK},
    {{-1, 0x7B65ECE96U, 12, -269}, {1, 0x314CF025CBE99AU, 671, 0}, 0x95940619202F2823, NUM_OK},
    {{-1, 0x9EE303A1EF2ED4C9U, 1012, -3293777149765034090}, {-1, 0x1D03D4E87828DU, 1, 120}, 0,
        NUM_OVERFLOW},
    {{1, 0x260A426A1F5F1DU, 58, 17638638497}, {-1, 0xC7460D52BF055E18U, 892, 2161450604933674747},
        0x8B286F3423117DD4, NUM_OK},
    {{-1, 0x2A1DDD7341747DU, 143, 0}, {-1, 0x689CD92825CU, 9, 425}, 0x48F9C4226DA244BA, NUM_OK},
    {{-1, 0x29DBE95D7C765DU, 53, 0}, {1, 0xC477E01B56732C8DU, 769, 65625402607302255},
        0x928B45778877BAA6, NUM_OK},
    {{1, 0x7U, 8, 445}, {-1, 0x44232AFD2309C328U, 601, 1530923009272200236}, 0x97306A557ADD8734,
        NUM_OK},
    {{1, 0x803EFB63A29E9U, 1, 345}, {-1, 0xFB6205A4217183C3U, 636, 2438071724076170398},
        0x9770533F6F404C43, NUM_OK},
    {{1, 0x3B9CA61EFE7BF7U, 123, 0}, {1, 0x3D04506EE28921U, 0, -1}, 0x479F43600FD9EDAE, NUM_OK},
    {{-1, 0x32FF221A5B8D01U, 255, 1}, {-1, 0xAE93C6EC6A17B49AU, 0, 2360226413795180867},
        0x4F3F7BD04090225A, NUM_OK},
    {{-1, 0x5E4FDU, 9, 114}, {1, 0x391C77FFB1818DU, 663, 0}, 0x94DA6C04983BB876, NUM_OK},
    {{-1, 0x3A82C7A11678BEU, 2, 569}, {1, 0x26FAD1AD669201U, 1079, 1}, 0x8000000000000000, NUM_OK},
    {{-1, 0x3209C486FD61B5U, 534, 1}, {1, 0x1909572D948D42ADU, 671, 998617824550910199},
        0xB6EFFA4DC2005DA0, NUM_OK},
    {{1, 0x3FF6A8FA5D70ADU, 397, 0}, {-1, 0x65U, 11, 533}, 0xDB0436AD59CDC577, NUM_OK},
    {{1, 0x4DEC0C748B7EU, 3, -54}, {1, 0x1EDF4E740DBBEU, 4, -165}, 0x3FB4312DC141C097, NUM_OK},
    {{-1, 0x2DF3EE1B00U, 12, -319}, {-1, 0x26554FU, 0, 593}, 0x41B32D0407F7B32A, NUM_OK},
    {{1, 0x31ADFE19E25FAFU, 706, 0}, {-1, 0x2675F01B191C9FU, 980, 1}, 0xAED4AACD0ABC73AD, NUM_OK},
    {{1, 0x29C21F364BDBA7U, 548, 1}, {1, 0x2600F351BE477FU, 515, 1}, 0x420194AA0B376C01, NUM_OK},
    {{-1, 0x3682FCD8ACACC9U, 142, 1}, {-1, 0x2304FCBF35FCEBU, 746, -1}, 0x1A38E7DFBF94703D, NUM_OK},
    {{-1, 0x3BFEB0E532A6E3U, 949, 0}, {-1, 0x3D87FBC968DFC0U, 541, 1}, 0x596F3376B4A5BCB1, NUM_OK},
    {{1, 0x3DDD109F55A469U, 444, -1}, {1, 0x27ADAF0341179DU, 45, 665085141215}, 0x58E8F22996F1266B,
        NUM_OK},
    {{-1, 0x5A44DE07E40673FDU, 686, 4380981088136300139},
        {1, 0x9E35D3BC1C1A741EU, 1076, -1957017615335949875}, 0xA782420E8B86AA58, NUM_OK},
    {{-1, 0x32C5AA68484D37U, 719, 1}, {-1, 0x3EAU, 132, -974}, 0x6759F18592CB85FC, NUM_OK},
    {{1, 0x41E3B1FFC191799CU, 660, 1861035528237708871}, {-1, 0x23B45C1338AC56U, 9, -327},
        0xE92D86CAD20E6E05, NUM_OK},
    {{-1, 0x379678FDF603BBU, 271, 0}, {1, 0xD21FB27BC2E367BU, 8, -253}, 0xD000EE59B2DA4AD3, NUM_OK},
    {{-1, 0x84F08B03123FED06U, 156, 1403232739821784119},
        {-1, 0x894E1AA0109CB399U, 0, 2429720592575397644}, 0x49A8DFC2A5B07639, NUM_OK},
    {{-1, 0x130CAE9U, 8, 801}, {-1, 0x2CAD0DC04695A5U, 97, 1}, 0x388B4A06F7932BF2, NUM_OK},
    {{-1, 0x86BU, 8, -470}, {-1, 0x31E4EA01378F0FU, 696, 529340636966}, 0x124593C9F01BBD3E, NUM_OK},
    {{1, 0x6DDFF2BBFB2C8B9U, 726, 4449009485028747093}, {1, 0x32070C67B30AE5U, 118, -365307985324},
        0x664191FEADD29570, NUM_OK},
    {{-1, 0x3005C16AA71259U, 1017, 1}, {1, 0x35FB9554295D31U, 404, 1}, 0xE63C77844BD3312C, NUM_OK},
    {{-1, 0x2BEA8C4AC9305DEU, 414, 2955591086162292829}, {1, 0x21B20115027FADU, 196, 1},
        0xCDD4DA72BCC018D2, NUM_OK},
    {{1, 0xA827334820142CA4U, 353, -1783487207834327748}, {-1, 0x22E3D856D9A91BU, 528, 1},
        0xB5A3473015B77904, NUM_OK},
    {{1, 0x26B5B0CD7ACDC8U, 632, 0}, {1, 0x267A2C53C1EE53U, 497, 708416459928}, 0x486018BFC9971026,
        NUM_OK},
    {{-1, 0x2FE7DE2F54EC0CU, 208, 321262133540}, {-1, 0xDE2DD84E3U, 7, -773}, 0x4D9B995C0A08B62F,
        NUM_OK},
    {{-1, 0xB7DFE6907BBF803EU, 508, -1017611786825088434}, {1, 0x292DC461E8BDB7U, 0, 0},
        0xE051DC7155B72098, NUM_OK},
    {{1, 0x181FA43C4U, 5, 572}, {-1, 0x27FF94381EC82FU, 0, -1}, 0xBEF34CB765268308, NUM_OK},
    {{1, 0x257B3BA6C95C45U, 312, 0}, {-1, 0x270154FEA86257U, 395, 1}, 0xBABEBFF622DC7120, NUM_OK},
    {{1, 0x3B433C1EE2BBD5U, 915, 496418165867}, {1, 0x3FEEC4C135938AU, 771, -1}, 0x48EDA99A91F4C0CD,
        NUM_OK},
    {{-1, 0x2C01D6975551U, 0, 119}, {1, 0xC5F3F6C955CC7641U, 475, -424540167061947077},
        0xA11C74B2270B037A, NUM_OK},
    {{-1, 0xFB9F60B109157459U, 1076, -4308876368169148606},
        {-1, 0x7946502AA46E6F3U, 362, -162916363525368816}, 0x6CE09938F8304657, NUM_OK},
    {{-1, 0x3BEF9B3FD2A819U, 931, 161052681638}, {1, 0x1C96923A65U, 2, 634}, 0xFB10C5B1B026C3DF,
        NUM_OK},
    {{1, 0x3B89A0CF79DEC796U, 137, 0}, {1, 0x9BU, 0, 0}, 0x4BE89551437FF248, NUM_OK},
    {{1, 0x3B89A0CF79DEC796U, 137, 1}, {-1, 0x9BU, 0, 0}, 0xCBE89551437FF249, NUM_OK},
    {{1, 0x3B89A0CF79DEC796U, 137, -1}, {1, 0x9BU, 0, 0}, 0x4BE89551437FF248, NUM_OK},
    {{1, 0xC0CEFB2BBDA9AEU, 50, 0}, {1, 0x3U, 0, 0}, 0x4670113F98FA78CE, NUM_OK},
    {{1, 0xC0CEFB2BBDA9AEU, 50, 1}, {-1, 0x3U, 0, 0}, 0xC670113F98FA78CF, NUM_OK},
    {{1, 0xC0CEFB2BBDA9AEU, 50, -1}, {-1, 0x3U, 0, 0}, 0xC670113F98FA78CE, NUM_OK},
    {{1, 0x3BFE2B48C021C41EU, 47, 0}, {1, 0xDBU, 0, 0}, 0x4641883B68417FEE, NUM_OK},
    {{1, 0x3BFE2B48C021C41EU, 47, 1}, {1, 0xDBU, 0, 0}, 0x4641883B68417FEF, NUM_OK},
    {{1, 0x3BFE2B48C021C41EU, 47, -1}, {1, 0xDBU, 0, 0}, 0x4641883B68417FEE, NUM_OK},
    {{1, 0x18EFA15CD94D76AAU, 0, 0}, {1, 0x45U, 0, 0}, 0x4357210C64F613E8, NUM_OK},
    {{1, 0x18EFA15CD94D76AAU, 0, 1}, {1, 0x45U, 0, 0}, 0x4357210C64F613E9, NUM_OK},
    {{1, 0x18EFA15CD94D76AAU, 0, -1}, {-1, 0x45U, 0, 0}, 0xC357210C64F613E8, NUM_OK},
    {{1, 0x9238798287224D42U, 102, 0}, {1, 0x163U, 0, 0}, 0x49BA5C63C9A66C96, NUM_OK},
    {{1, 0x9238798287224D42U, 102, 1}, {1, 0x163U, 0, 0}, 0x49BA5C63C9A66C96, NUM_OK},
    {{1, 0x9238798287224D42U, 102, -1}, {1, 0x163U, 0, 0}, 0x49BA5C63C9A66C95, NUM_OK},
    {{1, 0x7025B1A0B76CA6U, 75, 0}, {1, 0x1U, 0, 0}, 0x480C096C682DDB2A, NUM_OK},
    {{1, 0x7025B1A0B76CA6U, 75, 1}, {1, 0x1U, 0, 0}, 0x480C096C682DDB2A, NUM_OK},
    {{1, 0x7025B1A0B76CA6U, 75, -1}, {-1, 0x1U, 0, 0}, 0xC80C096C682DDB29, NUM_OK},
    {{1, 0x70AE51173AF9706U, 26, 0}, {1, 0x19U, 0, 0}, 0x44F20769226FD5FE, NUM_OK},
    {{1, 0x70AE51173AF9706U, 26, 1}, {1, 0x19U, 0, 0}, 0x44F20769226FD5FE, NUM_OK},
    {{1, 0x70AE51173AF9706U, 26, -1}, {1, 0x19U, 0, 0}, 0x44F20769226FD5FD, NUM_OK},
    {{1, 0x11E9CDEA09FD6D8AU, 198, 0}, {-1, 0x29U, 0, 0}, 0xCFBBF65428A5729E, NUM_OK},
    {{1, 0x11E9CDEA09FD6D8AU, 198, 1}, {-1, 0x29U, 0, 0}, 0xCFBBF65428A5729F, NUM_OK},
    {{1, 0x11E9CDEA09FD6D8AU, 198, -1}, {1, 0x29U, 0, 0}, 0x4FBBF65428A5729E, NUM_OK},
    {{1, 0x5A1A3007E8A0D2U, 2, 0}, {1, 0x1U, 0, 0}, 0x4376868C01FA2834, NUM_OK},
    {{1, 0x5A1A3007E8A0D2U, 2, 1}, {1, 0x1U, 0, 0}, 0x4376868C01FA2835, NUM_OK},
    {{1, 0x5A1A3007E8A0D2U, 2, -1}, {1, 0x1U, 0, 0}, 0x4376868C01FA2834, NUM_OK},
    {{1, 0x18572B5C8426D6BAU, 176, 0}, {-1, 0x3BU, 0, 0}, 0xCE5A673C0D93B0A4, NUM_OK},
    {{1, 0x18572B5C8426D6BAU, 176, 1}, {-1, 0x3BU, 0, 0}, 0xCE5A673C0D93B0A4, NUM_OK},
    {{1, 0x18572B5C8426D6BAU, 176, -1}, {1, 0x3BU, 0, 0}, 0x4E5A673C0D93B0A3, NUM_OK},
    {{1, 0x6DE14EB7790F3AU, 183, 0}, {1, 0x1U, 0, 0}, 0x4ECB7853ADDE43CE, NUM_OK},
    {{1, 0x6DE14EB7790F3AU, 183, 1}, {1, 0x1U, 0, 0}, 0x4ECB7853ADDE43CF, NUM_OK},
    {{1, 0x6DE14EB7790F3AU, 183, -1}, {1, 0x1U, 0, 0}, 0x4ECB7853ADDE43CE, NUM_OK},
};
const size_t divide_cases_count = sizeof divide_cases / sizeof divide_cases[0];

// int64 / int64 -> correctly rounded quotient (163 cases)
const Int64DivideCase int64_divide_cases[] = {
    {-280433612LL, -5LL, 0x418ABE8613333333},
    {-1258142749619174LL, 332917099784849LL, 0xC00E3BB190B11A05},
    {-24294655LL, -20694998760419LL, 0x3EB3B206FD08F329},
    {3601926552374LL, 13392505416LL, 0x4070CF36F0082634}, {-22840392LL, 180LL, 0xC0FEFAB111111111},
    {6612080625205LL, -387011130178431LL, 0xBF917EBA27BE6FC9},
    {3599189LL, -3393491LL, 0xBFF0F847E939652D},
    {4547460277389180LL, 24572787090215328LL, 0x3FC7B012B9D6A89D},
    {-7482404984442818LL, 2671LL, 0xC28461EB9E5D3533},
    {199104603846299917LL, 1565289215893272691LL, 0x3FC04815F304CCD0},
    {-396775233395050226LL, -46038LL, 0x429F5A8997712FE6},
    {-2150931328449LL, -83294943090LL, 0x4039D2B4DBE8F4B3},
    {577431048LL, -6419LL, 0xC0F5F648AF28F55A},
    {-496389441164LL, -425644520451LL, 0x3FF2A8C83B8459C6},
    {195290109277545LL, 12837063608LL, 0x40CDB67E9C307E5B},
    {30564679362603973LL, 8073LL, 0x428B8C0B47F8E074},
    {246059819450666LL, 4525324465557846995LL, 0x3F0C81F319A4E425},
    {11820506LL, -16LL, 0xC1268BBB40000000}, {226006623LL, -294415598500018LL, 0xBEA9C204EA360B2E},
    {411973149LL, -256LL, 0xC1388E361D000000}, {-92897288449LL, 63129LL, 0xC136743AF76D6596},
    {-1129158737870727LL, -234455153991690LL, 0x401343AEE72B6150},
    {585708LL, -2LL, 0xC111DFD800000000}, {-1649431115LL, -108LL, 0x416D2147CA5ED098},
    {3660052563042551LL, -2289118388757090LL, 0xBFF9950F8AA134FC},
    {-3515843954029LL, 51155LL, 0xC19062E6471EFB73},
    {46474274LL, -886938918207LL, 0xBF0B78CEF2BF1933},
    {16842339406700789LL, -23764934LL, 0xC1C51EFE6D72B082},
    {-1996426LL, 8111586612372000LL, 0xBDF0E9CB380A45EE},
    {-678376264807LL, -1243611476664450663LL, 0x3EA24DB6CAA33338},
    {70861624320872201LL, -3997940321294243LL, 0xC031B97AFB21D41A},
    {223070173618LL, 1569295791467185262LL, 0x3E83141F58C68D9C},
    {126322499742762LL, 536142050362326LL, 0x3FCE2898569892C7},
    {209920887LL, -31676568036939168LL, 0xBE3C7679134AAABC},
    {58796418698LL, -155743793997LL, 0xBFD8294A3A3B64D2},
    {807045203794672LL, 8048852LL, 0x4197E7E526E4D539},
    {3198541242583380230LL, 1890LL, 0x43180CBBA1DEBE69},
    {-5306148332799LL, 1777LL, 0xC1E63F5F0C55D7F3}, {-82135459899104LL, 43LL, 0xC27BCBC7095BDC47},
    {-199602417658866217LL, 1077477584260588470LL, 0xBFC7B643424142D6},
    {24262179115LL, 581932LL, 0x40E45B8EDB437FA7},
    {-7533561182088837LL, 7051127246262112LL, 0xBFF1183EF25F7C24},
    {-548113189996106256LL, -27463801LL, 0x42129646DE4ABA12},
    {-2062638169783701195LL, -8184212849663LL, 0x410EC3D3A86C7CC9},
    {8475309031554LL, -7952088828002628377LL, 0xBEB1E18FB9EF3010},
    {14823891155407LL, 2083994418403LL, 0x401C73ED79BB1E5D},
    {-1093491401LL, -1534050859198LL, 0x3F475B8245148916},
    {1423097133914843656LL, 35014299833LL, 0x4183615784E03977},
    {-4069233176356979LL, 5818539055086666716LL, 0xBF46EAA0AC3FF58E},
    {-919493645LL, 10LL, 0xC195EC24D2000000},
    {158228941173LL, 126392569036690LL, 0x3F5482C91CC99A54},
    {32887301LL, -2219LL, 0xC0CCF2634607271C}, {-209912384897819601LL, -1930LL, 0x42D8BAD5694FA80D},
    {113594181349168957LL, 2710508535LL, 0x4183FBD23EBDBD94},
    {-515714895LL, -2409344LL, 0x406AC187F5A9E8DA}, {24826509191LL, 97702879LL, 0x406FC3449C0B7231},
    {-548643507906LL, 111504279886838LL, 0xBF742764A3C6760E},
    {-317482049LL, -66000149877744947LL, 0x3E34A90198E2E96B},
    {15995541391747LL, 743967692LL, 0x40D4FF144D9A8C48},
    {-15651213LL, -125852619670LL, 0x3F204CE0A27AF948},
    {-1235590144684070086LL, 32LL, 0xC36125B2B0ADDE15},
    {-1444670479278278439LL, -3919954799757453497LL, 0x3FD79633DB661410},
    {1756338018679LL, -212752LL, 0xC15F7DD88F3275F1},
    {31928715LL, 8146475864LL, 0x3F700DB6BB6FFCE6}, {16658554LL, -28305LL, 0xC082644CCDF52A36},
    {-2026772268580539425LL, -1741247LL, 0x4270F02769BB7C2D},
    {-6252736030261LL, -439852848586997LL, 0x3F8D1D0682DB6BB5},
    {3451004090LL, -340901599538771LL, 0xBEE53AD5960896B8},
    {-279631593LL, -10248746277640LL, 0x3EFC9C1E6294F493},
    {144879771468253LL, 149160160414LL, 0x408E5A6D5EC8D090},
    {-9728072854LL, 1LL, 0xC2021EB4E4B00000}, {7118463LL, 194223150LL, 0x3FA2C3E9D106B49B},
    {113540058957LL, 225431751LL, 0x407F7A7F10FF958F},
    {42289918085367097LL, -50LL, 0xC30809FE37359A70},
    {225954706669189882LL, -633222LL, 0xC254C53B1426AA3C},
    {-35544243411624LL, 39LL, 0xC26A86641AC089D9}, {1609477348424LL, -139020LL, 0xC16614FB7DC249F8},
    {-1923411990492LL, -4300920170288239858LL, 0x3E9E02FFCDF2C372},
    {-1380760370017LL, 630359LL, 0xC140B63176A115C2},
    {50845392954LL, 1697665LL, 0x40DD3F8C4C29C1F5}, {-17990971488LL, 112LL, 0xC1A3262694000000},
    {53143066760293LL, -242923015377398012LL, 0xBF2CAC8982E88DC7},
    {3169107448032965269LL, 17LL, 0x4384B25216162418},
    {164971923067LL, -14669LL, 0xC165735B0F5D35BC}, {746065077LL, -735035477LL, 0xBFF03D76716B7564},
    {-195629321902LL, 7670503210449077911LL, 0xBE5B6283DD402186},
    {1614490887348717375LL, -500522251525631240LL, 0xC009CE0DFC4162B4},
    {16828171076161LL, 99676925LL, 0x41049BD9314D6FAD},
    {-131448825086LL, -558728994563LL, 0x3FCE1D219384B75C},
    {493260686885LL, -2LL, 0xC24CB62831894000}, {15826135LL, 1642110286183LL, 0x3EE43630C8206A50},
    {50993345LL, -121728279501898577LL, 0xBDFCC99085C41593},
    {1934788778210996351LL, -273874365838170381LL, 0xC01C420F776D9241},
    {237270856328311467LL, 38LL, 0x43362EDB881438EA}, {-3986766LL, 239LL, 0xC0D04A41DFDDB94E},
    {-17866452LL, -51731124046LL, 0x3F36A25EF914AED8},
    {316674905700LL, 1397948643369171136LL, 0x3E8E6773D91FD085},
    {-110671605422060753LL, 1298610835LL, 0xC194519A8240522B},
    {-162620133486LL, -1614941943LL, 0x40592C9EF1119D20},
    {112438354299805LL, -1039123523LL, 0xC0FA6ACFE65A6765},
    {-12859848LL, -61332977646855329LL, 0x3DECD13357E510E3},
    {-951315150366657LL, 457188697LL, 0xC13FC0193D93B596},
    {8519582983974LL, 21778062LL, 0x4117E080F1310727},
    {-79917659471383LL, 25257370LL, 0xC14823F2228E21AC},
    {1349615996968096094LL, -36425274383LL, 0xC181AAE79DA80786},
    {1138226258748541LL, 3415071LL, 0x41B3DDADC9B8C91C},
    {-3001126464003LL, 12424569LL, 0xC10D7C5DDB4BFAC1},
    {-76767699699138258LL, -29497617LL, 0x41E363E275D13817},
    {-6410355417104136LL, 2354822772662LL, 0xC0A54472C3968BA5},
    {1615034854981496LL, -1LL, 0xC316F3766B52FDE0},
    {719676147840865LL, 424478LL, 0x41D9439535B445F7},
    {-15501138705LL, 22502124913666LL, 0xBF4692B298951CD4},
    {535314486LL, 70232859009LL, 0x3F7F383DA63029C8},
    {-771180834871510LL, 3544275275915LL, 0xC06B32B79FCB90DC},
    {-5885886574LL, 37174LL, 0xC10353EB5D33CCEE},
    {90686293LL, -1606262777795LL, 0xBF0D99A82A053208},
    {-2080002238635841328LL, -1LL, 0x43BCDDA70405E817},
    {1327965534427LL, -8441637703954955LL, 0xBF249E7E51EDE570},
    {35341597106339210LL, -907341652359655672LL, 0xBFA3F158C8EF6130},
    {3824095137249LL, -4LL, 0xC26BD2EEA86F0800}, {803482012LL, 35LL, 0x4175E4A54EA0EA0F},
    {-14720359558LL, 353876050779LL, 0xBFA54C448931D93A}, {-47679068LL, -159LL, 0x41124D7168A77251},
    {-134671292467872LL, -29492794341993LL, 0x401243D5715A71AD},
    {156964920079LL, 15344067412LL, 0x40247598CAE4AB98},
    {24506399LL, -1325627LL, 0xC0327C94ED650521},
    {23603415888LL, -12831388900011LL, 0xBF5E2372720E6927},
    {9220626954159074867LL, 3493388LL, 0x4283345C62040C2E},
    {6752695LL, -614854184883LL, 0xBEE7083C79C93991},
    {1957059071960788LL, -1712994802423559231LL, 0xBF52B7E688D5599D},
    {22521981LL, 2092691121LL, 0x3F860A7F5AC850F9}, {617158208415LL, -8LL, 0xC231F62FDD73E000},
    {10823961367853674LL, -30332LL, 0xC254C5791AFBE73E},
    {62570744LL, -21974643LL, 0xC006C77D1F882A4C},
    {-8152066781657676970LL, -109095723407148LL, 0x40F23E3FB2DFD645},
    {-5227789271LL, 18420383LL, 0xC071BCDF9B3F0BFA},
    {-79781919964LL, 80514211682628372LL, 0xBEB09FE75D7C6BA0},
    {-34289153952LL, -13LL, 0x41E3A6DFEB627627},
    {936578093561LL, 10779400865437LL, 0x3FB63E27BDEA719A},
    {144899770727987LL, -3240865227284LL, 0xC0465AE83863B076},
    {6419938381404079440LL, -24269356997184241LL, 0xC070887509472727},
    {-1277848394LL, -3527637445720429389LL, 0x3DF8E4941B340226},
    {57685792807LL, 3926211433374327242LL, 0x3E4F8D4715FAF1F2},
    {-59804218809LL, -16090134303531LL, 0x3F6E72BF682967FA},
    {-1181208528845801498LL, 5359LL, 0xC2E90EF20A1FD6C6},
    {2038051993718517LL, -183LL, 0xC2A442057A09F4B0}, {INT64_MIN, 1LL, 0xC3E0000000000000},
    {INT64_MIN, -1LL, 0x43E0000000000000}, {9223372036854775807LL, 1LL, 0x43E0000000000000},
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
    {{1, 0x2D4F081E347C4BU, 766, -1}, 0xC01B333333333333, NUM_GREATER},
    {{-1, 0xDB5A9B5U, 9, 392}, 0xC4C23EC9C0D2A263, NUM_GREATER},
    {{-1, 0x103158U, 12, -793}, 0xC1F03157CE700000, NUM_EQUAL},
    {{-1, 0xCF8U, 0, 0}, 0xC0A9F00000000000, NUM_EQUAL},
    {{-1, 0x9B4E19CCC19C57E1U, 491, -529103935193363513}, 0xE29369C33998338B, NUM_GREATER},
    {{1, 0x1EBCAF79BD6U, 7, 642}, 0xC171D4F11C157B56, NUM_GREATER},
    {{-1, 0x2E921F6AD33C52U, 1034, -1}, 0xA9075D7976B3DB06, NUM_LESS},
    {{1, 0x4C62776EFC220CU, 4, -665}, 0x448CF6160DE8524C, NUM_LESS},
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
    {{-1, 0xDU, 3, 626}, 0xC3F0000000000000, NUM_GREATER},
    {{-1, 0x1C5004D60F621947U, 29, -2825950110563923177}, 0xC58C5004D4D5A3C4, NUM_LESS},
    {{-1, 0xB61AA76D08817CC5U, 771, 89834694041166512}, 0x41B773C9AB508726, NUM_LESS},
    {{1, 0x231A7B055F7B67U, 324, 0}, 0x57818D3D82AFBDB4, NUM_LESS},
    {{-1, 0xE710D91458E047EEU, 491, 4408805059850038727}, 0x44E73CADE14D05A3, NUM_LESS},
    {{1, 0x11915401U, 8, 609}, 0x5AE041DAECCD8A0B, NUM_LESS},
    {{-1, 0x5DD40ECE2159U, 0, 831}, 0xC2D77503B3892600, NUM_EQUAL},
    {{1, 0xAD505A96D3C3BD34U, 483, 1220273939120633897}, 0x6215AA0B52DA7878, NUM_LESS},
    {{1, 0xFD75C42A780F164DU, 633, 2528935478053234380}, 0x9EECB7C26E05025A, NUM_GREATER},
    {{1, 0x17F738U, 5, -812}, 0x3F9BA4A0D28A965A, NUM_GREATER},
    {{1, 0x5FF929E52DU, 10, 315}, 0xFCD55C5E1139DF17, NUM_GREATER},
    {{1, 0x3853556A9BBAF3U, 526, -1}, 0xAB5FD8A3D6ECE4A6, NUM_GREATER},
    {{1, 0x26E9A0FF7B4541U, 951, 1}, 0x4375BEB0265AE6C8, NUM_GREATER},
    {{-1, 0x2776997CD32033U, 967, -1}, 0xFFB3BB4CBE699019, NUM_LESS},
    {{-1, 0xB529416C14FD400U, 528, 1}, 0xE4A6A5282D829FA8, NUM_LESS},
    {{1, 0x363F273523A89CU, 207, 0}, 0x1563DAEE1C74BF3D, NUM_GREATER},
    {{-1, 0x252903CCC2A96525U, 854, 891339572334699962}, 0x4023333333333333, NUM_LESS},
    {{-1, 0x3C5C9432DDF747U, 900, 1}, 0xFB8E2E4A196EFBA4, NUM_GREATER},
    {{1, 0x34906B219F538BU, 699, -1}, 0xBE22AC4A9C96BEFD, NUM_GREATER},
    {{-1, 0x33F261A6DE19ACU, 245, 0}, 0xC025000000000000, NUM_LESS},
    {{-1, 0x21FB88D2096B33U, 368, 1}, 0xDA40FDC46904B59A, NUM_GREATER},
    {{1, 0x322781297B5B9AU, 133, 0}, 0x4B9913C094BDADCD, NUM_EQUAL},
    {{-1, 0x5C9A6CEU, 0, 330}, 0x44883F0FC2BD94FE, NUM_LESS},
    {{1, 0x208F15U, 11, 300}, 0xC3E0000000000000, NUM_GREATER},
    {{-1, 0x7E39BDFAF04E8U, 11, -5}, 0x404A000000000000, NUM_LESS},
    {{1, 0xEF6272251DF6E00U, 48, 0}, 0x46ADEC4E44A3BEDC, NUM_EQUAL},
    {{-1, 0x2A648278D9B105U, 1053, 0}, 0xAE7942C6A71631D3, NUM_LESS},
    {{1, 0xED8CB9039B63D551U, 678, 292869691110141018}, 0x3FEDC28F5C28F5C3, NUM_GREATER},
    {{1, 0x4957BU, 8, -770}, 0x1D24F93D3FC44CC9, NUM_GREATER},
    {{1, 0x3D9U, 2, -322}, 0x3FF8000000000000, NUM_GREATER},
    {{-1, 0x6D1A8EA5036F08BAU, 672, 4179701497998388604}, 0xC18C14F0521C183E, NUM_LESS},
    {{1, 0x3E52225DE7F785U, 749, 1}, 0xC4E8113CF498E4B2, NUM_GREATER},
    {{1, 0x356B2000C04817U, 562, -1}, 0x666AB5900060240B, NUM_GREATER},
    {{-1, 0x14C273U, 1, 954}, 0xC144C45000000000, NUM_EQUAL},
    {{1, 0xD2F6C9A9E933FE8BU, 149, -3329632104002403314}, 0x4D3A5ED9353D2680, NUM_LESS},
    {{-1, 0x28536E45007A33U, 280, -1}, 0xD4C429B722803D19, NUM_LESS},
    {{-1, 0x259270569C9439U, 387, 1}, 0xF247488D39D930C5, NUM_GREATER},
    {{1, 0xD24312AC41CA700U, 878, -1}, 0x7A8A48625588394E, NUM_LESS},
    {{-1, 0x37258DC6CF8249U, 586, 1}, 0x1E8BE55F9A8F2B86, NUM_LESS},
    {{1, 0x3D0F8257E01D73U, 1009, 1}, 0xFFF0000000000000, NUM_GREATER},
    {{-1, 0x3E61872BA8E93DU, 129, 0}, 0xCB5F30C395D4749E, NUM_LESS},
    {{-1, 0x8C3DF772ECA099FCU, 790, 3012755646876059498}, 0x4035000000000000, NUM_LESS},
    {{1, 0x261E8774DC92FFU, 867, 0}, 0xCE3661273516DBF4, NUM_GREATER},
    {{-1, 0x83BE02E14385A80U, 199, 1}, 0xD01077C05C2870B5, NUM_LESS},
    {{1, 0x20B53CC04DA88FU, 230, 1}, 0x7FF8000000000000, NUM_UNORDERED},
    {{-1, 0xA3ECAU, 6, 180}, 0xC1847D99A0000000, NUM_EQUAL},
    {{-1, 0x49A5AAFADE8FEU, 8, 650}, 0xC46C7ECC977157EB, NUM_GREATER},
    {{1, 0x3394995537A2CFU, 785, 0}, 0x7FF0000000000000, NUM_LESS},
    {{-1, 0x39EF8524E2F107U, 725, 0}, 0x1E4889A116ADF2B0, NUM_LESS},
    {{1, 0x2AA5DCBF75D52DU, 997, 373491202385}, 0x44D5789416E11A25, NUM_GREATER},
    {{1, 0x7FF8356E0B1A4F44U, 625, -4528663930000226276}, 0xC160D2F881DFC295, NUM_GREATER},
    {{1, 0xFB87B72993A3A80U, 774, -1}, 0x740F70F6E5327475, NUM_LESS},
    {{1, 0x3C5B9948541F1U, 6, 309}, 0x3FC47AE147AE147B, NUM_GREATER},
    {{-1, 0x308C1E5E019A17U, 784, -1}, 0x3F9EBBF4D31A9E80, NUM_LESS},
    {{1, 0x82D1DFA784F0C00U, 905, 1}, 0x7C305A3BF4F09E18, NUM_GREATER},
    {{-1, 0x1AC6174FA4D2B213U, 7, -1029511924959561547}, 0xC42AA984305C8C36, NUM_GREATER},
    {{-1, 0x20BB96256C6382U, 573, 1}, 0x0000000000000000, NUM_LESS},
    {{1, 0xCBA0D1CE666830C6U, 871, -4058018776606446090}, 0x7A59741A39CCCD06, NUM_GREATER},
    {{-1, 0xC65DD628BDD5780U, 651, -1}, 0xEC58CBBAC517BAAF, NUM_GREATER},
    {{1, 0x9FF5B99A7096CU, 3, 640}, 0x4353FEB7334E1378, NUM_EQUAL},
    {{1, 0xDB6DF6D2E7B3707DU, 1000, 252125728337604074}, 0x6E7080BDA73130B6, NUM_GREATER},
    {{-1, 0xA4DEA2B79532280U, 198, 1}, 0xD0049BD456F2A645, NUM_LESS},
    {{-1, 0x33D598F60BEEC3U, 621, 0}, 0x44C18BE6DE87CB31, NUM_LESS},
    {{-1, 0xD05CF92D5CD5780U, 721, 1}, 0xF0BA0B9F25AB9AAF, NUM_LESS},
    {{1, 0x31EFA81956C043U, 1001, -1}, 0x40BBBC4DB7086C8F, NUM_GREATER},
    {{1, 0x2F0C63391D9ACAU, 830, 0}, 0xC339431D89944330, NUM_GREATER},
    {{1, 0x3AD805E3430630U, 261, -1}, 0x8000000000000000, NUM_GREATER},
    {{1, 0x300854E09C66U, 8, 440}, 0x4348042A704E33DC, NUM_EQUAL},
    {{-1, 0x36F4584395F44FU, 467, 1}, 0xD2BB59932F83AE67, NUM_LESS},
    {{1, 0x2AFF2909U, 4, 348}, 0x2622ABB2BF5D07C0, NUM_GREATER},
    {{-1, 0x26190BC65BC830U, 366, 0}, 0xC4ED8D0CBE1ACB13, NUM_LESS},
    {{-1, 0x2816BU, 0, 232}, 0xC104129800000000, NUM_EQUAL},
    {{1, 0xBEAD6756F00CA32U, 636, -3078621006971228658}, 0x7159C122A37BDD2E, NUM_LESS},
    {{1, 0xF74U, 4, -602}, 0xA643BCF0539C6BFD, NUM_GREATER},
    {{1, 0x3628FA3E6859C1U, 75, 0}, 0xBE9CFEF5BFA4DBF1, NUM_GREATER},
    {{1, 0xB1165BFF8CE9700U, 951, 1}, 0x7F1622CB7FF19D2E, NUM_GREATER},
    {{-1, 0x386C3FA8C7AA57U, 548, 1}, 0xE58C361FD463D52C, NUM_GREATER},
    {{-1, 0x13470F52BBEAF6U, 0, 549}, 0xC020C00000000000, NUM_LESS},
    {{-1, 0x9F0U, 0, 0}, 0xC0A3E00000000000, NUM_EQUAL},
    {{-1, 0xBB420CF6A268400U, 88, -1}, 0xC92768419ED44D08, NUM_GREATER},
    {{1, 0x16E87E38A2F6U, 1, 316}, 0x42C6E87E38A39400, NUM_EQUAL},
    {{-1, 0x20187331FCD42FU, 711, 0}, 0x25C1BF2189A7CCA0, NUM_LESS},
    {{1, 0x3C03C09CF9F3E5U, 751, 0}, 0x3F6445E5199205C3, NUM_GREATER},
    {{1, 0xF25D4A2998113E6AU, 909, -3136615361229499314}, 0x7CBE4BA945330228, NUM_LESS},
    {{-1, 0x381C66161D22B9U, 224, 0}, 0xD14C0E330B0E915C, NUM_LESS},
    {{-1, 0x38FC89B7F78F51U, 736, -750626782520}, 0x988709E1AE6FA294, NUM_LESS},
    {{1, 0x1FE1AAC367D50671U, 3, -564}, 0x0736D1384D4CBDFF, NUM_GREATER},
    {{-1, 0x23890A11279647U, 767, 1}, 0x7FF0000000000000, NUM_LESS},
    {{-1, 0x30846F7AF7795BU, 1042, 0}, 0x7FF0000000000000, NUM_LESS},
    {{-1, 0x20453C45ECB835U, 479, -1}, 0x356043345A6713D8, NUM_LESS},
    {{1, 0x9A18FDBBB7C8B178U, 1002, 2848959401457069538}, 0xC037C00000000000, NUM_GREATER},
    {{1, 0x94161F0BFF2E500U, 495, 0}, 0x629282C3E17FE5CA, NUM_EQUAL},
    {{1, 0x3681F207E5CB7DU, 545, 0}, 0x655B40F903F2E5BE, NUM_GREATER},
    {{1, 0xBU, 11, -740}, 0xC4E1CF80DCB5F4B2, NUM_GREATER},
    {{1, 0x21D268AC0AF766U, 757, 0}, 0x7290E93456057BB3, NUM_EQUAL},
    {{1, 0x3CA7853E564FEFU, 180, 0}, 0xC4DBCC68EB511339, NUM_GREATER},
    {{1, 0xA14C7A6ECCU, 1, 135}, 0x4274298F4DE1F000, NUM_EQUAL},
    {{-1, 0xA13A3E273EF34742U, 962, 100836002642722753}, 0x7FF8000000000000, NUM_UNORDERED},
    {{-1, 0xA00B8091D7DBC151U, 594, 766203538524996368}, 0xE9040170123AFB78, NUM_LESS},
    {{1, 0x2470933C8381EFU, 626, 1}, 0x6A6238499E41C0F8, NUM_LESS},
    {{1, 0x241C80D577E9DAFDU, 1014, -2443706364764107159}, 0xC4EFC306481F243C, NUM_GREATER},
    {{-1, 0x33F77AA2FEBBBDU, 227, 1}, 0x4011333333333333, NUM_LESS},
    {{1, 0x249619B337BF0DU, 877, 1}, 0x40F5D1071ADC8962, NUM_GREATER},
    {{1, 0x2CF5A28CDB4237U, 515, -1}, 0xD79C5FC1C30F7D01, NUM_GREATER},
    {{1, 0x2A505C554EA61A00U, 0, 0}, 0x43C5282E2AA7530D, NUM_EQUAL},
    {{-1, 0xCA65BFE65E8BD80U, 86, 1}, 0xC9094CB7FCCBD17B, NUM_LESS},
    {{1, 0x3EDB0F0EC1B9D7U, 199, -1}, 0x4FBF6D878760DCEB, NUM_GREATER},
    {{1, 0xEFB5283C1C3C1EB3U, 785, 3457921468386601145}, 0x4022000000000000, NUM_GREATER},
    {{-1, 0xC9FBA6FAB828B00U, 182, 0}, 0xCF093F74DF570516, NUM_EQUAL},
    {{-1, 0x25659DAF48415FU, 750, -1}, 0x4031000000000000, NUM_LESS},
    {{1, 0xED851BCB0C4743B5U, 657, 1801248439011629294}, 0x6CFDB0A3796188E8, NUM_GREATER},
    {{-1, 0x5C47CDF4FDA7U, 10, -587}, 0x44D0802A4A2A970C, NUM_LESS},
    {{1, 0x26D8AD773C9AF1U, 301, 0}, 0x44C350766E61A15D, NUM_GREATER},
    {{-1, 0x30B5A8B24431FDU, 449, -1}, 0x0000000000000000, NUM_LESS},
    {{1, 0xBD1A70FE3C49D00U, 7, 0}, 0x4417A34E1FC7893A, NUM_EQUAL},
    {{1, 0x381B1B7B325C6DU, 195, 0}, 0x4F7C0D8DBD992E36, NUM_GREATER},
    {{-1, 0xAC0CAC3DD6E5B4D9U, 654, 1602577349153023724}, 0x401A000000000000, NUM_LESS},
    {{-1, 0xAB9348AFFF1AF00U, 893, -1}, 0xFB75726915FFE35E, NUM_GREATER},
    {{-1, 0x2D7277B599969FU, 627, 1}, 0xEA76B93BDACCCB50, NUM_GREATER},
    {{1, 0x203A9BU, 2, 383}, 0x51E70D8F8CB290CE, NUM_LESS},
    {{1, 0x3U, 6, 388}, 0xC2D22DF1FB625ABB, NUM_GREATER},
    {{1, 0x30461D68205FB9U, 286, 0}, 0xC4D808FC9A01136D, NUM_GREATER},
    {{-1, 0x231422282D0431U, 847, 0}, 0xC230EB42F4AF60F7, NUM_LESS},
    {{-1, 0x38FEA9231B510BU, 307, 0}, 0xD67C7F54918DA886, NUM_GREATER},
    {{-1, 0x1C8DBU, 0, 0}, 0xC0FC8DB000000000, NUM_EQUAL},
    {{-1, 0x1F2BFU, 4, 296}, 0xC13F2D1800000000, NUM_EQUAL},
    {{-1, 0x7E26222595828224U, 544, -3154819582599424034}, 0x86DF59BF7DFAA46D, NUM_LESS},
    {{-1, 0x1BAD3C9AU, 12, -228}, 0xC27BAD3C99F1C000, NUM_EQUAL},
    {{1, 0x39F360BC24F9C5U, 147, 0}, 0x7FF8000000000000, NUM_UNORDERED},
    {{1, 0x36FA6EB3B3D316U, 249, 1}, 0x3FE0000000000000, NUM_GREATER},
    {{1, 0x26250752AC2A0DU, 10, 0}, 0x43E31283A9561506, NUM_GREATER},
    {{1, 0xFEB6F5859A4AE00U, 678, 1}, 0x6E0FD6DEB0B3495C, NUM_GREATER},
    {{1, 0x3F5308F27E047ED8U, 383, 3227498532832180508}, 0xC085CEACCF91B7D0, NUM_GREATER},
    {{-1, 0x300B1973BA82CEU, 264, -1}, 0xC302A558B10B8248, NUM_LESS},
    {{1, 0x2D1324AB89BCABU, 88, 0}, 0x67BF5F2B50922E5E, NUM_LESS},
    {{-1, 0xA1A2D0D36DF4E607U, 990, -403756073286595763}, 0xC4DB4FFC1FF32ABC, NUM_LESS},
    {{1, 0x6ADD239A672100U, 7, 926}, 0x43CAB748E699C842, NUM_LESS},
    {{1, 0x2B3B856E357648U, 307, 0}, 0xC033800000000000, NUM_GREATER},
    {{-1, 0x7A459F31A23654U, 9, 178}, 0xC4EC2DE927376817, NUM_GREATER},
    {{1, 0xA65F84622E2BA00U, 925, 0}, 0x7D74CBF08C45C574, NUM_EQUAL},
    {{1, 0x205D952BBD8A91U, 648, 0}, 0xC2615F44C2CB4120, NUM_GREATER},
    {{1, 0xA5934496D302DB15U, 123, 1669563107201956719}, 0xC1DE20EEC20D7380, NUM_GREATER},
    {{-1, 0x23D78CD693585CU, 1075, 0}, 0x403E000000000000, NUM_LESS},
    {{1, 0x4D3FFA0384B5FD59U, 585, -3127106254923140929}, 0x68634FFE80E12D7F, NUM_GREATER},
    {{-1, 0x3C9E83033A9F6BU, 488, -1}, 0xE1CE4F41819D4FB5, NUM_LESS},
    {{1, 0xE2FAD6BCBDEB06BAU, 449, -2407169671361341134}, 0x5FFC5F5AD797BD61, NUM_LESS},
    {{1, 0xDBDEE4DA87C1800U, 778, -1}, 0x744B7BDC9B50F830, NUM_LESS},
    {{-1, 0xDCFDC949806EF00U, 576, 0}, 0xE7AB9FB929300DDE, NUM_EQUAL},
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

// double -> int: bits, mode -> decimal text or status (269 cases)
const RoundCase round_cases[] = {
    {0xC12A38AC1A2777F4, NUM_TRUNCATE, "-859222", NUM_OK},
    {0xC4D1F10B87556150, NUM_FLOOR, "-338906905028322744336384", NUM_OK},
    {0x4040800000000000, NUM_ROUND_EVEN, "33", NUM_OK},
    {0x8000000000000000, NUM_FLOOR, "0", NUM_OK},
    {0x49A3CF936732CFD8, NUM_ROUND_EVEN, "56549959762202568901541654763259508665364774912", NUM_OK},
    {0xC044800000000000, NUM_FLOOR, "-41", NUM_OK}, {0xC044800000000000, NUM_CEIL, "-41", NUM_OK},
    {0xC044800000000000, NUM_ROUND_EVEN, "-41", NUM_OK},
    {0xC044800000000000, NUM_TRUNCATE, "-41", NUM_OK},
    {0x363A6646D6788B2B, NUM_TRUNCATE, "0", NUM_OK}, {0x3FE0000000000000, NUM_CEIL, "1", NUM_OK},
    {0xBFE0000000000000, NUM_CEIL, "0", NUM_OK}, {0x93DBA698A68E6417, NUM_TRUNCATE, "0", NUM_OK},
    {0x8394194671043F0D, NUM_CEIL, "0", NUM_OK}, {0x91645635996A0914, NUM_FLOOR, "-1", NUM_OK},
    {0x91645635996A0914, NUM_CEIL, "0", NUM_OK}, {0x91645635996A0914, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x91645635996A0914, NUM_TRUNCATE, "0", NUM_OK},
    {0xF25741342F99A825, NUM_ROUND_EVEN,
        "-6202507687888958600003632978800407321451274119258810058360236030350177033943412923872"
        "85696837593408959966953103768019048297991622457025854109561988576651077047945683838075"
        "242671734531620011441312248424107837461619247392193264490611646398464000", NUM_OK},
    {0x4036000000000000, NUM_CEIL, "22", NUM_OK}, {0x4046400000000000, NUM_FLOOR, "44", NUM_OK},
    {0x4046400000000000, NUM_CEIL, "45", NUM_OK},
    {0x4046400000000000, NUM_ROUND_EVEN, "44", NUM_OK},
    {0x4046400000000000, NUM_TRUNCATE, "44", NUM_OK},
    {0x7993519754F84301, NUM_CEIL,
        "42806947883352138872048117159827391469647771397083676998149219322853234631505323582627"
        "84272799739866600163138941671866971341460277490781808322407825857802785302642366964488"
        "16667192122499174227346481161686478058493483487923083511315535568531630484429646604680"
        "94948810701546717184", NUM_OK},
    {0x4051C00000000000, NUM_CEIL, "71", NUM_OK},
    {0xC3F0000000000000, NUM_ROUND_EVEN, "-18446744073709551616", NUM_OK},
    {0x4054400000000000, NUM_CEIL, "81", NUM_OK}, {0x3926DCF9CF38F393, NUM_CEIL, "1", NUM_OK},
    {0x7FEFFFFFFFFFFFFF, NUM_TRUNCATE,
        "17976931348623157081452742373170435679807056752584499659891747680315726078002853876058"
        "95586327668781715404589535143824642343213268894641827684675467035375169860499105765512"
        "82076245490090389328944075868508455133942304583236903222948165808559332123348274797826"
        "204144723168738177180919299881250404026184124858368", NUM_OK},
    {0x44B7A7514D545D07, NUM_FLOOR, "111700893797760140050432", NUM_OK},
    {0x44EC2B6E9AF74D1D, NUM_ROUND_EVEN, "1064219531759365866389504", NUM_OK},
    {0x3F050D356DFF8DB7, NUM_CEIL, "1", NUM_OK},
    {0xD1403140C5BA1585, NUM_TRUNCATE,
        "-245753603719250793645628159754882363997056561416768150776703910082228766765033193472",
        NUM_OK},
    {0xC4B7A42DF467A82A, NUM_TRUNCATE, "-111643006519688187346944", NUM_OK},
    {0xAAFAEDB040F8DD67, NUM_TRUNCATE, "0", NUM_OK},
    {0xFF67D1A35BB2E58E, NUM_ROUND_EVEN,
        "-5226937381523437345491289896816256004333794287057212136675419239963539591463287199971"
        "94526318689092801555875005401503793198791043061090252013684788433224531435380761731288"
        "80913969549695394085722193977044095367623840996222358055939789830057524091474036059366"
        "6798044265865830596650369565174161654240038092800", NUM_OK},
    {0x7FEFFFFFFFFFFFFF, NUM_TRUNCATE,
        "17976931348623157081452742373170435679807056752584499659891747680315726078002853876058"
        "95586327668781715404589535143824642343213268894641827684675467035375169860499105765512"
        "82076245490090389328944075868508455133942304583236903222948165808559332123348274797826"
        "204144723168738177180919299881250404026184124858368", NUM_OK},
    {0x401C000000000000, NUM_ROUND_EVEN, "7", NUM_OK},
    {0x44341BEE2B971AB5, NUM_TRUNCATE, "370947475485660348416", NUM_OK},
    {0x413DBD0731981483, NUM_ROUND_EVEN, "1948935", NUM_OK},
    {0xB5DE58A863F51C42, NUM_TRUNCATE, "0", NUM_OK},
    {0x3FE0000000000000, NUM_ROUND_EVEN, "0", NUM_OK}, {0x1509C39A411B18C2, NUM_FLOOR, "0", NUM_OK},
    {0x1509C39A411B18C2, NUM_CEIL, "1", NUM_OK}, {0x1509C39A411B18C2, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x1509C39A411B18C2, NUM_TRUNCATE, "0", NUM_OK}, {0x1D9113C4EB4E236C, NUM_CEIL, "1", NUM_OK},
    {0x4024000000000000, NUM_FLOOR, "10", NUM_OK},
    {0xC4A1F1388CC01636, NUM_ROUND_EVEN, "-42364985186756230905856", NUM_OK},
    {0x7A94DFC2A0DBD7BB, NUM_FLOOR,
        "30312583434659835467536225008327831359811246070717046369232710074651538868077224196418"
        "74869776827848560528507005893940015092609587996052948468209528151952324716303536603752"
        "19870569535269669487795967247049234853163266155142676335923634955992768250150911141431"
        "9321755327819042292498432", NUM_OK},
    {0x79DFDF6EC984EA0E, NUM_TRUNCATE,
        "11299936549118016781764948323385187296241943270059203533692029769943273471037223714182"
        "27690955988641368191700291731964879015519894075255676026376012573275127396781589014432"
        "74911422035093126405015737018897143413154654983031725488823752932794842371924862593231"
        "9980842379212509675520", NUM_OK},
    {0x401A666666666666, NUM_FLOOR, "6", NUM_OK},
    {0x5322E5CB12A9C323, NUM_TRUNCATE,
        "30796121573444998820387594692025438787466270428601490461128803075918098654434411918910"
        "9211136", NUM_OK},
    {0x44AA044755BB8D0C, NUM_TRUNCATE, "61430227875834896580608", NUM_OK},
    {0x7FF0000000000000, NUM_FLOOR, NULL, NUM_OVERFLOW},
    {0x7FF0000000000000, NUM_CEIL, NULL, NUM_OVERFLOW},
    {0x7FF0000000000000, NUM_ROUND_EVEN, NULL, NUM_OVERFLOW},
    {0x7FF0000000000000, NUM_TRUNCATE, NULL, NUM_OVERFLOW},
    {0x8000000000000000, NUM_FLOOR, "0", NUM_OK}, {0x8000000000000000, NUM_CEIL, "0", NUM_OK},
    {0x8000000000000000, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x8000000000000000, NUM_TRUNCATE, "0", NUM_OK},
    {0x44D7E2151FB2579A, NUM_ROUND_EVEN, "451139661591794354749440", NUM_OK},
    {0x3119A8203F6C1B5E, NUM_TRUNCATE, "0", NUM_OK},
    {0x5E99C6BC4FB076F7, NUM_TRUNCATE,
        "51498983162513942665238501974938046536558665893624534366812930031756960946592021753189"
        "72978184393830954628645629788752982771920777239942707642630144", NUM_OK},
    {0xEB498A3F5F8C9800, NUM_FLOOR,
        "-6559766899106375706027891721700901400083136409387231503325505773371557186762597157042"
        "15321603111362217259171333757816223593372019362788711037919270032836722475639451806069"
        "41094871451998486420536002515216367616", NUM_OK},
    {0x3FF4000000000000, NUM_FLOOR, "1", NUM_OK}, {0x3FF4000000000000, NUM_CEIL, "2", NUM_OK},
    {0x3FF4000000000000, NUM_ROUND_EVEN, "1", NUM_OK},
    {0x3FF4000000000000, NUM_TRUNCATE, "1", NUM_OK},
    {0x44EB1BF6C6290254, NUM_TRUNCATE, "1024157912581914188840960", NUM_OK},
    {0x4020000000000000, NUM_FLOOR, "8", NUM_OK}, {0x4020000000000000, NUM_CEIL, "8", NUM_OK},
    {0x4020000000000000, NUM_ROUND_EVEN, "8", NUM_OK},
    {0x4020000000000000, NUM_TRUNCATE, "8", NUM_OK},
    {0x46D6F252C90C0DBA, NUM_FLOOR, "1861647389722421680161846934372352", NUM_OK},
    {0x9C2D7262A7D77F4D, NUM_CEIL, "0", NUM_OK}, {0x8000000000000001, NUM_FLOOR, "-1", NUM_OK},
    {0xFFEFFFFFFFFFFFFF, NUM_ROUND_EVEN,
        "-1797693134862315708145274237317043567980705675258449965989174768031572607800285387605"
        "89558632766878171540458953514382464234321326889464182768467546703537516986049910576551"
        "28207624549009038932894407586850845513394230458323690322294816580855933212334827479782"
        "6204144723168738177180919299881250404026184124858368", NUM_OK},
    {0x44B5A2BE15B60FB6, NUM_CEIL, "102171765734223808299008", NUM_OK},
    {0x4021000000000000, NUM_FLOOR, "8", NUM_OK}, {0x4021000000000000, NUM_CEIL, "9", NUM_OK},
    {0x4021000000000000, NUM_ROUND_EVEN, "8", NUM_OK},
    {0x4021000000000000, NUM_TRUNCATE, "8", NUM_OK},
    {0xEF0C75B906AF909C, NUM_FLOOR,
        "-8427512942028700140664250487398287843426250863280910736098941137788313018146734719426"
        "93738240808258292826191613963404040693440631764028363941910714524797172023903121703886"
        "46484791775617858700921706257634000205730160103309443072", NUM_OK},
    {0xC027400000000000, NUM_CEIL, "-11", NUM_OK},
    {0xF18CB1A6C4683EAD, NUM_ROUND_EVEN,
        "-9342367130989977600698710055846939900061719720758519665911616530354952547587226688693"
        "40179426537447276623028431743407391166296820273981053803425976569104697877121596895119"
        "34314503540934956204032889734940390944567702430416473555701189312512", NUM_OK},
    {0xC4E6C475405388EA, NUM_FLOOR, "-860128586450621763158016", NUM_OK},
    {0x3F00E2ABB858C90F, NUM_CEIL, "1", NUM_OK},
    {0x415CDF8C75FC1777, NUM_ROUND_EVEN, "7568946", NUM_OK},
    {0x414A4D4588A7450D, NUM_ROUND_EVEN, "3447435", NUM_OK},
    {0x44ECE3F0EF69ACCD, NUM_ROUND_EVEN, "1091448269090892522979328", NUM_OK},
    {0xC086969AC12CB6B3, NUM_FLOOR, "-723", NUM_OK}, {0xC086969AC12CB6B3, NUM_CEIL, "-722", NUM_OK},
    {0xC086969AC12CB6B3, NUM_ROUND_EVEN, "-723", NUM_OK},
    {0xC086969AC12CB6B3, NUM_TRUNCATE, "-722", NUM_OK},
    {0xC47BF2945D448C21, NUM_CEIL, "-8248668617486076215296", NUM_OK},
    {0xC42DEF6F5E620534, NUM_CEIL, "-276104345305071878144", NUM_OK},
    {0x44D6E71D7F661927, NUM_TRUNCATE, "432621544135865831260160", NUM_OK},
    {0x606E8CB636592596, NUM_FLOOR,
        "32768312888918080421742382711856128442032410783346416186497004603364682966916709243603"
        "18304637317008038669279248447536229139010957463927879192860151194320896", NUM_OK},
    {0x32D01704B141DC17, NUM_FLOOR, "0", NUM_OK},
    {0xFFEFFFFFFFFFFFFF, NUM_ROUND_EVEN,
        "-1797693134862315708145274237317043567980705675258449965989174768031572607800285387605"
        "89558632766878171540458953514382464234321326889464182768467546703537516986049910576551"
        "28207624549009038932894407586850845513394230458323690322294816580855933212334827479782"
        "6204144723168738177180919299881250404026184124858368", NUM_OK},
    {0x15E07B0EC6A9B75D, NUM_CEIL, "1", NUM_OK},
    {0x4500D88F9862E0FF, NUM_FLOOR, "2545686642390334741413888", NUM_OK},
    {0xC013000000000000, NUM_FLOOR, "-5", NUM_OK},
    {0xC28A27A61F468C12, NUM_CEIL, "-3594699139281", NUM_OK},
    {0xC4DB9CB9F2A999E0, NUM_FLOOR, "-521579944285195378622464", NUM_OK},
    {0xC4D97EBC031AF7A8, NUM_ROUND_EVEN, "-481587998107134288986112", NUM_OK},
    {0x42476B48F52E3C03, NUM_CEIL, "201168382557", NUM_OK},
    {0xBF4EC19A31494356, NUM_ROUND_EVEN, "0", NUM_OK},
    {0xFFF0000000000000, NUM_FLOOR, NULL, NUM_OVERFLOW},
    {0xFFF0000000000000, NUM_CEIL, NULL, NUM_OVERFLOW},
    {0xFFF0000000000000, NUM_ROUND_EVEN, NULL, NUM_OVERFLOW},
    {0xFFF0000000000000, NUM_TRUNCATE, NULL, NUM_OVERFLOW},
    {0xFFEFFFFFFFFFFFFF, NUM_CEIL,
        "-1797693134862315708145274237317043567980705675258449965989174768031572607800285387605"
        "89558632766878171540458953514382464234321326889464182768467546703537516986049910576551"
        "28207624549009038932894407586850845513394230458323690322294816580855933212334827479782"
        "6204144723168738177180919299881250404026184124858368", NUM_OK},
    {0xC010666666666666, NUM_ROUND_EVEN, "-4", NUM_OK},
    {0x8000000000000001, NUM_FLOOR, "-1", NUM_OK}, {0x3FA47AE147AE147B, NUM_FLOOR, "0", NUM_OK},
    {0x44D44EDC01AFE672, NUM_FLOOR, "383608115362839440392192", NUM_OK},
    {0xFFF0000000000000, NUM_FLOOR, NULL, NUM_OVERFLOW},
    {0xFFF0000000000000, NUM_CEIL, NULL, NUM_OVERFLOW},
    {0xFFF0000000000000, NUM_ROUND_EVEN, NULL, NUM_OVERFLOW},
    {0xFFF0000000000000, NUM_TRUNCATE, NULL, NUM_OVERFLOW},
    {0x42CBD31037DBC82E, NUM_FLOOR, "61186648291216", NUM_OK},
    {0x42CBD31037DBC82E, NUM_CEIL, "61186648291217", NUM_OK},
    {0x42CBD31037DBC82E, NUM_ROUND_EVEN, "61186648291216", NUM_OK},
    {0x42CBD31037DBC82E, NUM_TRUNCATE, "61186648291216", NUM_OK},
    {0xC3F0000000000000, NUM_ROUND_EVEN, "-18446744073709551616", NUM_OK},
    {0x3FDD70A3D70A3D71, NUM_ROUND_EVEN, "0", NUM_OK},
    {0xADCF0AFFA0677D45, NUM_FLOOR, "-1", NUM_OK}, {0xADCF0AFFA0677D45, NUM_CEIL, "0", NUM_OK},
    {0xADCF0AFFA0677D45, NUM_ROUND_EVEN, "0", NUM_OK},
    {0xADCF0AFFA0677D45, NUM_TRUNCATE, "0", NUM_OK}, {0xC012000000000000, NUM_CEIL, "-4", NUM_OK},
    {0xF9E8516AD100170F, NUM_TRUNCATE,
        "-1724306627259964753322272219421164642083401639232448355216535420016148251237410953414"
        "93560107565480146922285769772691135213288063890761468198759629900226641487946678794801"
        "43723160023686732098632012817961017819802296542579940409520214603153533835087879794485"
        "06979167603698973016064", NUM_OK},
    {0x8000000000000000, NUM_FLOOR, "0", NUM_OK}, {0x8000000000000000, NUM_CEIL, "0", NUM_OK},
    {0x8000000000000000, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x8000000000000000, NUM_TRUNCATE, "0", NUM_OK},
    {0x44ED7426BE905AB1, NUM_TRUNCATE, "1112729937146465811955712", NUM_OK},
    {0xC4EC7A6C9C8F2D38, NUM_ROUND_EVEN, "-1075876724680155761475584", NUM_OK},
    {0x43E2C9C093494FEE, NUM_ROUND_EVEN, "10830599214593961984", NUM_OK},
    {0x3FE0000000000000, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x89FE2D10033FF6C0, NUM_FLOOR, "-1", NUM_OK}, {0x89FE2D10033FF6C0, NUM_CEIL, "0", NUM_OK},
    {0x89FE2D10033FF6C0, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x89FE2D10033FF6C0, NUM_TRUNCATE, "0", NUM_OK}, {0xC041000000000000, NUM_FLOOR, "-34", NUM_OK},
    {0xC041000000000000, NUM_CEIL, "-34", NUM_OK},
    {0xC041000000000000, NUM_ROUND_EVEN, "-34", NUM_OK},
    {0xC041000000000000, NUM_TRUNCATE, "-34", NUM_OK}, {0x4022CCCCCCCCCCCD, NUM_FLOOR, "9", NUM_OK},
    {0x4022CCCCCCCCCCCD, NUM_CEIL, "10", NUM_OK}, {0x4022CCCCCCCCCCCD, NUM_ROUND_EVEN, "9", NUM_OK},
    {0x4022CCCCCCCCCCCD, NUM_TRUNCATE, "9", NUM_OK}, {0x2976D419C84FF5CC, NUM_FLOOR, "0", NUM_OK},
    {0xA66E9C4185584D32, NUM_ROUND_EVEN, "0", NUM_OK},
    {0xC4EDB635B9114FDF, NUM_ROUND_EVEN, "-1122478452552194341208064", NUM_OK},
    {0xE81CC5A65B38BE04, NUM_FLOOR,
        "-3281771480174035472704624149901626929511588630557891280672018346034244871470749027097"
        "21434363915486334614045972481900222960139709765883713076388025192910767751282914905620"
        "14923766655901665067008", NUM_OK},
    {0x451A2173BEFD2963, NUM_FLOOR, "7897511135421268731363328", NUM_OK},
    {0x41670F631A3C38BC, NUM_CEIL, "12090137", NUM_OK},
    {0xC4CAD2CB3934FE1D, NUM_FLOOR, "-253339977208038332301312", NUM_OK},
    {0xC374E1A6F6429215, NUM_ROUND_EVEN, "-94041707945468240", NUM_OK},
    {0x401B333333333333, NUM_CEIL, "7", NUM_OK},
    {0xC4EE6F3BE941E1F6, NUM_CEIL, "-1149783201059421428908032", NUM_OK},
    {0xFFB63C84BC1342EE, NUM_ROUND_EVEN,
        "-1561493136318888932437474526095307218237900378783287051362597044079391674411461637321"
        "37393491580403682785110189628351619802164635374725735608358872758373816364269940906595"
        "50415238330914628207036622036645575363472867303288075174766319770010390563054458687047"
        "132031460528468254471135594060571426245764909629440", NUM_OK},
    {0x7FEFFFFFFFFFFFFF, NUM_ROUND_EVEN,
        "17976931348623157081452742373170435679807056752584499659891747680315726078002853876058"
        "95586327668781715404589535143824642343213268894641827684675467035375169860499105765512"
        "82076245490090389328944075868508455133942304583236903222948165808559332123348274797826"
        "204144723168738177180919299881250404026184124858368", NUM_OK},
    {0xEC7E8FEBBE1E1EA1, NUM_FLOOR,
        "-4115488705766245899039500232316691054817132294719669661975940702192753192686659065345"
        "71358463709376173185173789532652000659631369865948066359173613556598853408904264430047"
        "51495836972006124090844356384091919240658944", NUM_OK},
    {0xC3F0000000000000, NUM_TRUNCATE, "-18446744073709551616", NUM_OK},
    {0xC012000000000000, NUM_TRUNCATE, "-4", NUM_OK},
    {0xC4E198F46283788D, NUM_FLOOR, "-664813960720276619526144", NUM_OK},
    {0xC4E84AAB899DD18E, NUM_TRUNCATE, "-917713721876013144604672", NUM_OK},
    {0x93DE7C59D181F56F, NUM_CEIL, "0", NUM_OK},
    {0xC1939A0C15F69F74, NUM_FLOOR, "-82215686", NUM_OK},
    {0xC1939A0C15F69F74, NUM_CEIL, "-82215685", NUM_OK},
    {0xC1939A0C15F69F74, NUM_ROUND_EVEN, "-82215685", NUM_OK},
    {0xC1939A0C15F69F74, NUM_TRUNCATE, "-82215685", NUM_OK},
    {0x44E495C2106B243F, NUM_TRUNCATE, "777679026552176262512640", NUM_OK},
    {0xC4EABC4918442F1A, NUM_CEIL, "-1010038267801611771314176", NUM_OK},
    {0xC0BC5F35ACF07F3D, NUM_CEIL, "-7263", NUM_OK}, {0xA9B2A796AAABB826, NUM_FLOOR, "-1", NUM_OK},
    {0xA9B2A796AAABB826, NUM_CEIL, "0", NUM_OK}, {0xA9B2A796AAABB826, NUM_ROUND_EVEN, "0", NUM_OK},
    {0xA9B2A796AAABB826, NUM_TRUNCATE, "0", NUM_OK},
    {0xC4B25C1837D77CF6, NUM_CEIL, "-86701442246747225063424", NUM_OK},
    {0xC4E2955A49242FF4, NUM_ROUND_EVEN, "-702061338636491409063936", NUM_OK},
    {0x44B4EBC6A56BF1CD, NUM_FLOOR, "98796628480391586512896", NUM_OK},
    {0x4034000000000000, NUM_ROUND_EVEN, "20", NUM_OK},
    {0xC021DDF177C9956B, NUM_CEIL, "-8", NUM_OK},
    {0x41C5D50D4B82E655, NUM_FLOOR, "732568215", NUM_OK},
    {0xC4E21B354A8A83EA, NUM_CEIL, "-684035990524601837813760", NUM_OK},
    {0xC4E6200823C39B67, NUM_FLOOR, "-835863559687516832399360", NUM_OK},
    {0x41C284F1F4B9A81D, NUM_CEIL, "621405162", NUM_OK},
    {0xC3409C8975116533, NUM_CEIL, "-9351427631794790", NUM_OK},
    {0x3ED3B80DEEC3309F, NUM_FLOOR, "0", NUM_OK},
    {0x44DC4F96F25BBE9C, NUM_ROUND_EVEN, "534777724636389571559424", NUM_OK},
    {0xC43BD18BB6A5B3B8, NUM_TRUNCATE, "-513161452988648652800", NUM_OK},
    {0x4340000000000001, NUM_FLOOR, "9007199254740994", NUM_OK},
    {0x4340000000000001, NUM_CEIL, "9007199254740994", NUM_OK},
    {0x4340000000000001, NUM_ROUND_EVEN, "9007199254740994", NUM_OK},
    {0x4340000000000001, NUM_TRUNCATE, "9007199254740994", NUM_OK},
    {0xC0EC825C835D1F58, NUM_CEIL, "-58386", NUM_OK},
    {0xC049000000000000, NUM_TRUNCATE, "-50", NUM_OK},
    {0x1EBF621C4EABE8B3, NUM_TRUNCATE, "0", NUM_OK},
    {0x3FE0000000000000, NUM_TRUNCATE, "0", NUM_OK},
    {0xC4D520927A778061, NUM_FLOOR, "-399082187322764872908800", NUM_OK},
    {0x8000000000000000, NUM_FLOOR, "0", NUM_OK}, {0x8000000000000000, NUM_CEIL, "0", NUM_OK},
    {0x8000000000000000, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x8000000000000000, NUM_TRUNCATE, "0", NUM_OK},
    {0x54F3DFCF75604570, NUM_ROUND_EVEN,
        "17387995236936148321477578545556642929491210020128457110432911282349188556721777817450"
        "7124230883115008", NUM_OK},
    {0x8000000000000001, NUM_FLOOR, "-1", NUM_OK}, {0x8000000000000001, NUM_CEIL, "0", NUM_OK},
    {0x8000000000000001, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x8000000000000001, NUM_TRUNCATE, "0", NUM_OK},
    {0x43E0000000000000, NUM_CEIL, "9223372036854775808", NUM_OK},
    {0x44E857AF95B52B86, NUM_TRUNCATE, "919634516329687358111744", NUM_OK},
    {0xC25C503FC5DDF9A1, NUM_FLOOR, "-486421763960", NUM_OK},
    {0xC25C503FC5DDF9A1, NUM_CEIL, "-486421763959", NUM_OK},
    {0xC25C503FC5DDF9A1, NUM_ROUND_EVEN, "-486421763960", NUM_OK},
    {0xC25C503FC5DDF9A1, NUM_TRUNCATE, "-486421763959", NUM_OK},
    {0x3FE0000000000000, NUM_CEIL, "1", NUM_OK}, {0xBFE0000000000000, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x3FF8000000000000, NUM_ROUND_EVEN, "2", NUM_OK},
    {0xBFF8000000000000, NUM_TRUNCATE, "-1", NUM_OK}, {0x4004000000000000, NUM_FLOOR, "2", NUM_OK},
    {0x4004000000000000, NUM_CEIL, "3", NUM_OK}, {0x4004000000000000, NUM_ROUND_EVEN, "2", NUM_OK},
    {0x4004000000000000, NUM_TRUNCATE, "2", NUM_OK},
    {0xC004000000000000, NUM_ROUND_EVEN, "-2", NUM_OK},
    {0x400C000000000000, NUM_ROUND_EVEN, "4", NUM_OK}, {0x3FDFFFFFFFFFFFFF, NUM_FLOOR, "0", NUM_OK},
    {0xBFDFFFFFFFFFFFFF, NUM_TRUNCATE, "0", NUM_OK},
    {0x432FFFFFFFFFFFFF, NUM_TRUNCATE, "4503599627370495", NUM_OK},
    {0x4330000000000000, NUM_CEIL, "4503599627370496", NUM_OK},
    {0xC32FFFFFFFFFFFFF, NUM_TRUNCATE, "-4503599627370495", NUM_OK},
    {0x43E0000000000000, NUM_TRUNCATE, "9223372036854775808", NUM_OK},
    {0xC3E0000000000000, NUM_FLOOR, "-9223372036854775808", NUM_OK},
    {0x43DFFFFFFFFFFFFF, NUM_FLOOR, "9223372036854774784", NUM_OK},
    {0x43DFFFFFFFFFFFFF, NUM_CEIL, "9223372036854774784", NUM_OK},
    {0x43DFFFFFFFFFFFFF, NUM_ROUND_EVEN, "9223372036854774784", NUM_OK},
    {0x43DFFFFFFFFFFFFF, NUM_TRUNCATE, "9223372036854774784", NUM_OK},
    {0x43F0000000000000, NUM_FLOOR, "18446744073709551616", NUM_OK},
    {0x7E37E43C8800759C, NUM_FLOOR,
        "10000000000000000525047602552044202487044685811081591549158541155118024579889081957863"
        "71375080447864043704443832883878176942523235360430575644792184786706982848387200926575"
        "80373783023379478809005936895323497079994508111903896764088007465274278014249457925878"
        "8820056842838115669472196386865459400540160", NUM_OK},
    {0xFE37E43C8800759C, NUM_ROUND_EVEN,
        "-1000000000000000052504760255204420248704468581108159154915854115511802457988908195786"
        "37137508044786404370444383288387817694252323536043057564479218478670698284838720092657"
        "58037378302337947880900593689532349707999450811190389676408800746527427801424945792587"
        "88820056842838115669472196386865459400540160", NUM_OK},
    {0xC00599999999999A, NUM_CEIL, "-2", NUM_OK}, {0xC000CCCCCCCCCCCD, NUM_FLOOR, "-3", NUM_OK},
    {0x400599999999999A, NUM_ROUND_EVEN, "3", NUM_OK}, {0x0000000000000000, NUM_FLOOR, "0", NUM_OK},
    {0x0000000000000000, NUM_CEIL, "0", NUM_OK}, {0x0000000000000000, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x0000000000000000, NUM_TRUNCATE, "0", NUM_OK},
    {0x8000000000000000, NUM_TRUNCATE, "0", NUM_OK},
    {0x0000000000000001, NUM_ROUND_EVEN, "0", NUM_OK},
    {0x8000000000000001, NUM_TRUNCATE, "0", NUM_OK},
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
    {0xC29567D5654A8000, -6LL, 0xC29567D546C60000, NUM_OK},
    {0x40774AEA7EF9DB23, 4LL, 0x40774AEAB367A0F9, NUM_OK},
    {0x402313F3F0FE047D, 6LL, 0x402313F3E0370CDD, NUM_OK},
    {0x4294C0A1DEA78000, -6LL, 0x4294C0A1FD2C0000, NUM_OK},
    {0xBFD1DE1B73F9CCE0, 7LL, 0xBFD1DE1B3E49E7AB, NUM_OK},
    {0xC1C7878A5E000000, -3LL, 0xC1C7878B58000000, NUM_OK},
    {0xC1E56C2BFF800000, -3LL, 0xC1E56C2C3E000000, NUM_OK},
    {0x41EDCDAD82800000, -3LL, 0x41EDCDAD44000000, NUM_OK},
    {0x40F854815C28F5C3, 2LL, 0x40F8548170A3D70A, NUM_OK},
    {0xBF74900E55833F3A, 8LL, 0xBF74900CFDEA5117, NUM_OK},
    {0xC06013E353F7CED9, 3LL, 0xC06013DF3B645A1D, NUM_OK},
    {0xC0162D015C209247, 6LL, 0xC0162D017DAE8188, NUM_OK},
    {0x40528BF4F0D844D0, 5LL, 0x40528BF4DBDF8F47, NUM_OK},
    {0x3F8387A32A9A90EE, 9LL, 0x3F8387A3196C8506, NUM_OK},
    {0x41B3C58696000000, -2LL, 0x41B3C586C8000000, NUM_OK},
    {0x40ED17BE3D70A3D7, 2LL, 0x40ED17BE147AE148, NUM_OK},
    {0xC15868A760000000, 0LL, 0xC15868A780000000, NUM_OK},
    {0x4082D719B3D07C85, 4LL, 0x4082D719CE075F70, NUM_OK},
    {0xBF3BEBB80E3D9F37, 10LL, 0xBF3BEBB845375EEA, NUM_OK},
    {0x41EDAA9234800000, -3LL, 0x41EDAA91F6000000, NUM_OK},
    {0xC228859ACD900000, -4LL, 0xC228859AA6800000, NUM_OK},
    {0xC16039D1D0000000, 0LL, 0xC16039D1C0000000, NUM_OK},
    {0xC1FFEF89DDC00000, -3LL, 0xC1FFEF89FD000000, NUM_OK},
    {0x40C8C8C851EB851F, 2LL, 0x40C8C8C8F5C28F5C, NUM_OK},
    {0x3F7CFB810CA74FB2, 9LL, 0x3F7CFB80EA4B37E2, NUM_OK},
    {0xC253F6C4AAA40000, -5LL, 0xC253F6C479D00000, NUM_OK},
    {0x3FD8F1E91BB7EC6B, 7LL, 0x3FD8F1E95167D1A0, NUM_OK},
    {0x3F2750051166F997, 10LL, 0x3F275004A3737A30, NUM_OK},
    {0x400AD779207D4E09, 6LL, 0x400AD778DD616F87, NUM_OK},
    {0x3ED0FB1A53158E4B, 11LL, 0x3ED0FB18F33D9034, NUM_OK},
    {0xC30682A773B49C00, -8LL, 0xC30682A78B8C2000, NUM_OK},
    {0xC052015B9628CBD1, 5LL, 0xC052015B81301648, NUM_OK},
    {0xC0E3F552B851EB85, 2LL, 0xC0E3F5528F5C28F6, NUM_OK},
    {0x40E7680CF5C28F5C, 2LL, 0x40E7680CCCCCCCCD, NUM_OK},
    {0x40E52CB4CCCCCCCD, 1LL, 0x40E52CB666666666, NUM_OK},
    {0xC191DFAFDC000000, -1LL, 0xC191DFAFF0000000, NUM_OK},
    {0xBFE6A4C41F7F2148, 7LL, 0xBFE6A4C404A72EAE, NUM_OK},
    {0x42E1375AC5407000, -8LL, 0x42E1375B249E8000, NUM_OK},
    {0xBF38298EB00BBFDF, 10LL, 0xBF38298E7912002C, NUM_OK},
    {0x42F88673C37A7800, -8LL, 0x42F88673F3298000, NUM_OK},
    {0xC2CBE2482D7EE000, -7LL, 0xC2CBE24853A48000, NUM_OK},
    {0x408C8DC9A0275254, 4LL, 0x408C8DC985F06F69, NUM_OK},
    {0x4051F8D5E4A38327, 5LL, 0x4051F8D5CFAACD9F, NUM_OK},
    {0x422438C524B00000, -4LL, 0x422438C54BC00000, NUM_OK},
    {0xBFE90BB30C3166AA, 7LL, 0xBFE90BB2F1597410, NUM_OK},
    {0xBEEFCE4318D54B38, 11LL, 0xBEEFCE43C8C14A44, NUM_OK},
    {0x41C5FC3162000000, -3LL, 0x41C5FC3068000000, NUM_OK},
    {0x42F2221148164800, -8LL, 0x42F2221118674000, NUM_OK},
    {0x3F217CB5B8522437, 10LL, 0x3F217CB62645A39E, NUM_OK},
    {0x41C5477551000000, -2LL, 0x41C5477538000000, NUM_OK},
    {0xC265DAD1F5CA0000, -5LL, 0xC265DAD1DD600000, NUM_OK},
    {0x4232586350780000, -4LL, 0x4232586364000000, NUM_OK},
    {0x40C12676978D4FDF, 3LL, 0x40C12676872B020C, NUM_OK},
    {0x42E6515E5C015000, -8LL, 0x42E6515DFCA34000, NUM_OK},
    {0x3F4AF417F2EE7D29, 10LL, 0x3F4AF417D7719D4F, NUM_OK},
    {0x4225F35028B00000, -4LL, 0x4225F3504FC00000, NUM_OK},
    {0xC1824A1048000000, -1LL, 0xC1824A1020000000, NUM_OK},
    {0xC1210AF44CCCCCCD, 1LL, 0xC1210AF466666666, NUM_OK},
    {0xC22AD15750300000, -4LL, 0xC22AD15777400000, NUM_OK},
    {0xC0E5F1D8CCCCCCCD, 2LL, 0xC0E5F1D8F5C28F5C, NUM_OK},
    {0xC0445C3D1CC100E7, 5LL, 0xC0445C3D46B26BF8, NUM_OK},
    {0x423B71AC8A500000, -5LL, 0x423B71ABC7000000, NUM_OK},
    {0xC1ED917ADD800000, -3LL, 0xC1ED917B1C000000, NUM_OK},
    {0xC2FE6E5090607800, -8LL, 0xC2FE6E50C00F8000, NUM_OK},
    {0xBF4347FEB45FF55C, 10LL, 0xBF4347FE98E31583, NUM_OK},
    {0xC0AF7E5EB851EB85, 2LL, 0xC0AF7E5C28F5C28F, NUM_OK},
    {0x3F118381B278B4DC, 11LL, 0x3F118381C87634BD, NUM_OK},
    {0x40B853DFDF3B645A, 3LL, 0x40B853DFBE76C8B4, NUM_OK},
    {0x4303C86B44DEA400, -8LL, 0x4303C86B2D072000, NUM_OK},
    {0xBE95681CAAD590D1, 12LL, 0xBE95681A77E260AC, NUM_OK},
    {0xBF824C8B85150E6B, 9LL, 0xBF824C8B73E70283, NUM_OK},
    {0x4162F6BF50000000, 0LL, 0x4162F6BF40000000, NUM_OK},
    {0x3EEC94D993F717A0, 11LL, 0x3EEC94DA43E316AC, NUM_OK},
    {0x3F4DD431DA936AF4, 10LL, 0x3F4DD431F6104ACD, NUM_OK},
    {0xC0EE3B307AE147AE, 2LL, 0xC0EE3B3051EB851F, NUM_OK},
    {0xC189238B88000000, -1LL, 0xC189238B60000000, NUM_OK},
    {0xC1BF0A720A000000, -2LL, 0xC1BF0A71D8000000, NUM_OK},
    {0xC0883552D77318FC, 4LL, 0xC0883552BD3C3611, NUM_OK},
    {0x4220948DAEB00000, -4LL, 0x4220948DD5C00000, NUM_OK},
    {0x40F01E0600000000, 2LL, 0x40F01E06147AE148, NUM_OK},
    {0xC2A026BE26904000, -6LL, 0xC2A026BE174E0000, NUM_OK},
    {0x40E5130B5C28F5C3, 2LL, 0x40E5130B851EB852, NUM_OK},
    {0xC089AC31DE69AD43, 4LL, 0xC089AC31F8A0902E, NUM_OK},
    {0x4168E836A0000000, -1LL, 0x4168E83600000000, NUM_OK},
    {0xC058A57A0F9096BC, 5LL, 0xC058A57A24894C44, NUM_OK},
    {0xC25744B137340000, -5LL, 0xC25744B106600000, NUM_OK},
    {0x40ED87EBAE147AE1, 2LL, 0x40ED87EB851EB852, NUM_OK},
    {0x422B6393D6300000, -4LL, 0x422B6393FD400000, NUM_OK},
    {0x3F9E6BBD126F9940, 8LL, 0x3F9E6BBCBC895DB7, NUM_OK},
    {0xC1406177C0000000, 0LL, 0xC140617800000000, NUM_OK},
    {0x41C40F6DD3000000, -2LL, 0x41C40F6DEC000000, NUM_OK},
    {0xBF7F62624236D39E, 9LL, 0xBF7F62621FDABBCE, NUM_OK},
    {0xC2B14A2E7A024000, -7LL, 0xC2B14A2E2DB70000, NUM_OK},
    {0xC1C671A9F1000000, -2LL, 0xC1C671A9D8000000, NUM_OK},
    {0x422F7FC67A200000, -5LL, 0x422F7FC4F3800000, NUM_OK},
    {0xC02ECC1BDA5119CE, 4LL, 0xC02ECC154C985F07, NUM_OK},
    {0x42A1AFC65E074000, -6LL, 0x42A1AFC64EC50000, NUM_OK},
    {0x3ED247D1C78D4B53, 12LL, 0x3ED247D1EABC7E55, NUM_OK},
    {0xBFCFC7933C88468B, 7LL, 0xBFCFC793A7E810F6, NUM_OK},
    {0x426C2B46374A0000, -5LL, 0x426C2B461EE00000, NUM_OK},
    {0x426112B8C8060000, -5LL, 0x426112B8E0700000, NUM_OK},
    {0x42679AEE4C9A0000, -5LL, 0x42679AEE34300000, NUM_OK},
    {0xC06C00AACD9E83E4, 4LL, 0xC06C00AA64C2F838, NUM_OK},
    {0xC0F59FC2A3D70A3D, 2LL, 0xC0F59FC28F5C28F6, NUM_OK},
    {0xC10A7EC6CCCCCCCD, 1LL, 0xC10A7EC733333333, NUM_OK},
    {0xC1F04850BEC00000, -3LL, 0xC1F04850DE000000, NUM_OK},
    {0x41BAD7451E000000, -2LL, 0x41BAD74550000000, NUM_OK},
    {0x403F760BA1F4B1EE, 5LL, 0x403F760B4E11DBCB, NUM_OK},
    {0xBEE4A4E388D5C3EE, 12LL, 0xBEE4A4E39A6D5D6F, NUM_OK},
    {0xBFABA0C282C6EF3D, 8LL, 0xBFABA0C257D3D179, NUM_OK},
    {0xBE6D06917C1BA23E, 12LL, 0xBE6D06A313B5236C, NUM_OK},
    {0x3EFE085DAD695F06, 11LL, 0x3EFE085D55735F80, NUM_OK},
    {0xC2FDE7B5A0F33800, -8LL, 0xC2FDE7B5D0A24000, NUM_OK},
    {0x422A868A24B00000, -4LL, 0x422A868A4BC00000, NUM_OK},
    {0xC26B13E0A46A0000, -5LL, 0xC26B13E08C000000, NUM_OK},
    {0xC098D7245A1CAC08, 3LL, 0xC098D723D70A3D71, NUM_OK},
    {0x42C8A2EDBF362000, -7LL, 0x42C8A2ED99108000, NUM_OK},
    {0x40F704B55C28F5C3, 2LL, 0x40F704B570A3D70A, NUM_OK},
    {0x423DB762B1300000, -5LL, 0x423DB76374800000, NUM_OK},
    {0x3F80E633B74DC5C2, 9LL, 0x3F80E633C87BD1AA, NUM_OK},
    {0x4190B665C4000000, -1LL, 0x4190B665B0000000, NUM_OK},
    {0x41C420C4E3000000, -2LL, 0x41C420C4FC000000, NUM_OK},
    {0x4051CE003EEA209B, 5LL, 0x4051CE0053E2D624, NUM_OK},
    {0xC1763415F0000000, -1LL, 0xC176341640000000, NUM_OK},
    {0xC0E689BA147AE148, 2LL, 0xC0E689BA3D70A3D7, NUM_OK},
    {0x408327989374BC6A, 3LL, 0x408327978D4FDF3B, NUM_OK},
    {0xC28BEDFCE4010000, -6LL, 0xC28BEDFCA6F80000, NUM_OK},
    {0x42D6B04B0628B000, -7LL, 0x42D6B04B193B8000, NUM_OK},
    {0xBF357298AFD6F630, 10LL, 0xBF35729878DD367C, NUM_OK},
    {0x4031004D013A92A3, 5LL, 0x4031004CAD57BC7F, NUM_OK},
    {0x3EE06E65D7B3AD09, 12LL, 0x3EE06E65C61C1388, NUM_OK},
    {0x3FEA62CAB59B57E0, 7LL, 0x3FEA62CAD0734A7A, NUM_OK},
    {0x4155442CE0000000, 0LL, 0x4155442D00000000, NUM_OK},
    {0xBF69733D6CFB8981, 9LL, 0xBF69733D284359E1, NUM_OK},
    {0xC0140DFFA3B9AE0C, 6LL, 0xC0140DFF822BBECB, NUM_OK},
    {0xC1510EF0E0000000, 0LL, 0xC1510EF100000000, NUM_OK},
    {0xC04714240B780347, 4LL, 0xC0471425AEE631F9, NUM_OK},
    {0x3F9EE0C92E06CE7B, 8LL, 0x3F9EE0C8D82092F3, NUM_OK},
    {0xC2215618CD300000, -4LL, 0xC2215618F4400000, NUM_OK},
    {0x3EC645C8EFB37322, 12LL, 0x3EC645C8A9550D1E, NUM_OK},
    {0xBF4929BE16300013, 10LL, 0xBF4929BDFAB3203A, NUM_OK},
    {0xC2300F52DB080000, -4LL, 0xC2300F52C7800000, NUM_OK},
    {0xC0BD2C4851EB851F, 3LL, 0xC0BD2C4872B020C5, NUM_OK},
    {0x3F07BC55CE6C1DDB, 11LL, 0x3F07BC55A2711E18, NUM_OK},
    {0x3FB5BD2A0207164A, 8LL, 0x3FB5BD2A1780A52C, NUM_OK},
    {0x414492FF40000000, 0LL, 0x414492FF00000000, NUM_OK},
    {0x3EC8856F615AC25A, 12LL, 0x3EC8856FA7B9285F, NUM_OK},
    {0xC28BE0BF0E270000, -6LL, 0xC28BE0BF4B300000, NUM_OK},
    {0xC0D142BDC28F5C29, 2LL, 0xC0D142BE147AE148, NUM_OK},
    {0xC1F805CACD400000, -3LL, 0xC1F805CAAE000000, NUM_OK},
    {0xBFE3333333333333, -89LL, 0x8000000000000000, NUM_OK},
    {0x7FEFFFFFFFFFFFFF, 8LL, 0x7FEFFFFFFFFFFFFF, NUM_OK},
    {0xA3E9840064597214, -323LL, 0x8000000000000000, NUM_OK},
    {0xF987545514264EE1, 191LL, 0xF987545514264EE1, NUM_OK},
    {0xC2E6B73143D6F438, -14LL, 0xC2E6BCC41E900000, NUM_OK},
    {0x44E3611F242967F2, 3LL, 0x44E3611F242967F2, NUM_OK},
    {0x44EF48B0B7272936, 12LL, 0x44EF48B0B7272936, NUM_OK},
    {0x8000000000000001, -16LL, 0x8000000000000000, NUM_OK},
    {0xC4E687D8334FCBD1, 328LL, 0xC4E687D8334FCBD1, NUM_OK},
    {0x44C3BC32E153E212, -9LL, 0x44C3BC32E153E204, NUM_OK},
    {0x44D476B6263A1110, -8LL, 0x44D476B6263A1110, NUM_OK},
    {0x0000000000000000, -230LL, 0x0000000000000000, NUM_OK},
    {0xC338BF33C0F99A35, 6LL, 0xC338BF33C0F99A35, NUM_OK},
    {0xAD1F06D304C2740D, -6LL, 0x8000000000000000, NUM_OK},
    {0x93AE4B417E06DF1C, 12LL, 0x8000000000000000, NUM_OK},
    {0xC4D0548CC87994E2, -6LL, 0xC4D0548CC87994E2, NUM_OK},
    {0xC4A1CF8478205C67, 2LL, 0xC4A1CF8478205C67, NUM_OK},
    {0xBFE947AE147AE148, 9LL, 0xBFE947AE147AE148, NUM_OK},
    {0x4192F15D2A182047, -16LL, 0x0000000000000000, NUM_OK},
    {0x4409D4D974F5B103, 3LL, 0x4409D4D974F5B103, NUM_OK},
    {0x432FA68D319CDC2E, -11LL, 0x432FA681A3600000, NUM_OK},
    {0x44D1EB2529AA7FB1, 75LL, 0x44D1EB2529AA7FB1, NUM_OK},
    {0xC2B058643EF6EB9A, -2LL, 0xC2B058643EF6E400, NUM_OK},
    {0x6545D89C61D88E7E, 140LL, 0x6545D89C61D88E7E, NUM_OK},
    {0x40CD134E4FFA3DFC, -283LL, 0x0000000000000000, NUM_OK},
    {0xC46FE9A650F7AF1D, 9LL, 0xC46FE9A650F7AF1D, NUM_OK},
    {0xC19010685DB77C46, 279LL, 0xC19010685DB77C46, NUM_OK},
    {0x7FF0000000000000, 14LL, 0x7FF0000000000000, NUM_OK},
    {0xC48539C8C8381EA5, 28LL, 0xC48539C8C8381EA5, NUM_OK},
    {0x4340000000000001, -150LL, 0x0000000000000000, NUM_OK},
    {0xC4E0A0A0A3AF475D, -13LL, 0xC4E0A0A0A3AF99BF, NUM_OK},
    {0x3F283D4A587661BB, -16LL, 0x0000000000000000, NUM_OK},
    {0x44E3E27D49311FA4, -80LL, 0x0000000000000000, NUM_OK},
    {0xC4ACB586C454ED0B, 177LL, 0xC4ACB586C454ED0B, NUM_OK},
    {0xBFE0000000000000, -32LL, 0x8000000000000000, NUM_OK},
    {0x8000000000000000, -5LL, 0x8000000000000000, NUM_OK},
    {0x44EFE7008210E8BC, -18LL, 0x44EFE700EB03165C, NUM_OK},
    {0xC494E9AA2F854F11, 284LL, 0xC494E9AA2F854F11, NUM_OK},
    {0x3FE7713D2C05A59F, 13LL, 0x3FE7713D2C05A4C7, NUM_OK},
    {0xC029800000000000, -198LL, 0x8000000000000000, NUM_OK},
    {0xC51160E7AB9418D6, -14LL, 0xC51160E7AB940733, NUM_OK},
    {0xC4DFF0E2FCCEE8AC, 16LL, 0xC4DFF0E2FCCEE8AC, NUM_OK},
    {0x443CDA18319381C0, 200LL, 0x443CDA18319381C0, NUM_OK},
    {0x46DD49010420F8C5, -27LL, 0x46DD4900B25D8C18, NUM_OK},
    {0xC4C6719EB4384EC2, -16LL, 0xC4C6719EB2559D76, NUM_OK},
    {0x43F0000000000000, 50LL, 0x43F0000000000000, NUM_OK},
    {0x41542554F4DF2B29, 200LL, 0x41542554F4DF2B29, NUM_OK},
    {0xC4EBD18620FA25B1, 268LL, 0xC4EBD18620FA25B1, NUM_OK},
    {0x718CD6C525C046B8, 155LL, 0x718CD6C525C046B8, NUM_OK},
    {0xC4EFA3A283883EF5, 156LL, 0xC4EFA3A283883EF5, NUM_OK},
    {0x6F0E760E10A0C8EA, 248LL, 0x6F0E760E10A0C8EA, NUM_OK},
    {0x44EC394E26DED43B, -244LL, 0x0000000000000000, NUM_OK},
    {0xC0384F39F251B382, -242LL, 0x8000000000000000, NUM_OK},
    {0xE69D7AD5C214330E, -4LL, 0xE69D7AD5C214330E, NUM_OK},
    {0x4382D9AFCF3809D9, -2LL, 0x4382D9AFCF3809DA, NUM_OK},
    {0x43F0000000000000, 7LL, 0x43F0000000000000, NUM_OK},
    {0x80DD60CEF3AAEC10, 5LL, 0x8000000000000000, NUM_OK},
    {0xC4B40B4F5B291634, 146LL, 0xC4B40B4F5B291634, NUM_OK},
    {0x8000000000000001, -4LL, 0x8000000000000000, NUM_OK},
    {0xC4B8538208AE1F0A, -49LL, 0x8000000000000000, NUM_OK},
    {0x44E298F05C830566, -173LL, 0x0000000000000000, NUM_OK},
    {0x1A4C81A44321A7BC, 6LL, 0x0000000000000000, NUM_OK},
    {0xC4CFF08402E4811F, 6LL, 0xC4CFF08402E4811F, NUM_OK},
    {0x44D80BE0DDE74676, 15LL, 0x44D80BE0DDE74676, NUM_OK},
    {0xE7B4B932CF230167, -2LL, 0xE7B4B932CF230167, NUM_OK},
    {0xB0FCD629048FB8BF, -5LL, 0x8000000000000000, NUM_OK},
    {0xC4B439910930E665, -35LL, 0x8000000000000000, NUM_OK},
    {0x493A6FB8B862EC18, -9LL, 0x493A6FB8B862EC18, NUM_OK},
    {0x4340000000000000, 2LL, 0x4340000000000000, NUM_OK},
    {0xC048000000000000, -9LL, 0x8000000000000000, NUM_OK},
    {0xD4C88E399D641356, -174LL, 0x8000000000000000, NUM_OK},
    {0xC042800000000000, 13LL, 0xC042800000000000, NUM_OK},
    {0xC004000000000000, 127LL, 0xC004000000000000, NUM_OK},
    {0xC2F29269F16460FB, 7LL, 0xC2F29269F16460FB, NUM_OK},
    {0xDBC546655C940558, 152LL, 0xDBC546655C940558, NUM_OK},
    {0xC1A198548B0CFCFE, -39LL, 0x8000000000000000, NUM_OK},
    {0x7FF8000000000000, 185LL, 0x7FF8000000000000, NUM_OK},
    {0x423AFBBB1FBC3FD4, -305LL, 0x0000000000000000, NUM_OK},
    {0x7FF8000000000000, 82LL, 0x7FF8000000000000, NUM_OK},
    {0x3FE0000000000000, 77LL, 0x3FE0000000000000, NUM_OK},
    {0xFFEFFFFFFFFFFFFF, -306LL, 0, NUM_OVERFLOW},
    {0xEC13E34B4433DD8E, 329LL, 0xEC13E34B4433DD8E, NUM_OK},
    {0xE07A8E9D684C8DB3, -203LL, 0x8000000000000000, NUM_OK},
    {0x892A31C7F7EBB3C8, 23LL, 0x8000000000000000, NUM_OK},
    {0x8192076A15B0018D, 47LL, 0x8000000000000000, NUM_OK},
    {0x0000000000000000, -16LL, 0x0000000000000000, NUM_OK},
    {0xC1FFAB20148D1254, 120LL, 0xC1FFAB20148D1254, NUM_OK},
    {0x6E077D308174A218, 141LL, 0x6E077D308174A218, NUM_OK},
    {0x3FF8000000000000, -123LL, 0x0000000000000000, NUM_OK},
    {0xC24EE801E0FEDDF0, 19LL, 0xC24EE801E0FEDDF0, NUM_OK},
    {0xC4D097324EFB1F6F, 214LL, 0xC4D097324EFB1F6F, NUM_OK},
    {0x0000000000000001, 12LL, 0x0000000000000000, NUM_OK},
    {0x44E18640A8078D30, 10LL, 0x44E18640A8078D30, NUM_OK},
    {0xC4ECC2DD4A9CFBB2, -15LL, 0xC4ECC2DD4AB318EC, NUM_OK},
    {0xC043800000000000, -234LL, 0x8000000000000000, NUM_OK},
    {0x3FE5C28F5C28F5C3, -69LL, 0x0000000000000000, NUM_OK},
    {0xEA48057A6AB10988, 2LL, 0xEA48057A6AB10988, NUM_OK},
    {0x3FE9C903705C9933, -3LL, 0x0000000000000000, NUM_OK},
    {0xC4A982A5550098A2, -269LL, 0x8000000000000000, NUM_OK},
    {0x44DF3576F3FBD6CC, -5LL, 0x44DF3576F3FBD6CC, NUM_OK},
    {0xFD02D1A69615350B, -301LL, 0x8000000000000000, NUM_OK},
    {0xFCD87C54197D50D8, -307LL, 0x8000000000000000, NUM_OK},
    {0xFEF5AC5900376A7C, -307LL, 0x8000000000000000, NUM_OK},
    {0x7CF716E2B80FAA6D, -297LL, 0x0000000000000000, NUM_OK},
    {0xFD16A6D83D162796, -295LL, 0x8000000000000000, NUM_OK},
    {0xFED25D0ED6490D24, -300LL, 0xFED25CA985865A63, NUM_OK},
    {0xFE33D06171CE8EDC, -308LL, 0x8000000000000000, NUM_OK},
    {0x7CB4A735F273538D, -309LL, 0x0000000000000000, NUM_OK},
    {0x7F0A985EE517BC62, -308LL, 0x0000000000000000, NUM_OK},
    {0x7EE2A7D74926C46A, -297LL, 0x7EE2A7D7062B8407, NUM_OK},
    {0x7D0BAFD6DAB17982, -290LL, 0x7D0BAFB389D36670, NUM_OK},
    {0x7DC29C33B0FA8DFD, -310LL, 0x0000000000000000, NUM_OK},
    {0x7D8BE26F3C1C669D, -291LL, 0x7D8BE26F30D0F967, NUM_OK},
    {0x7E9E64085EC1E253, -296LL, 0x7E9E6408CA893211, NUM_OK},
    {0xFF5A496A96132F26, -298LL, 0xFF5A496A9371DD33, NUM_OK},
    {0x7EED96510A96CC06, -301LL, 0x7EEDA19112AC91DD, NUM_OK},
    {0x7DCAFFADD72AF9CF, -298LL, 0x7DCE94C85C298C4C, NUM_OK},
    {0x7D5C7AF20593981E, -307LL, 0x0000000000000000, NUM_OK},
    {0x7FE05DB4465A9DDC, -310LL, 0x0000000000000000, NUM_OK},
    {0xFCBB1ED08C3E53B9, -309LL, 0x8000000000000000, NUM_OK},
    {0x7E514CDEF8450F7E, -301LL, 0x0000000000000000, NUM_OK},
    {0xFC810596216198C6, -302LL, 0x8000000000000000, NUM_OK},
    {0x7BA51F3577AD952C, -293LL, 0x0000000000000000, NUM_OK},
    {0x7D247B32293FD49F, -305LL, 0x0000000000000000, NUM_OK},
    {0x7D5FB098C69872C9, -308LL, 0x0000000000000000, NUM_OK},
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
    {"-275519351115926026007635106", -24LL, "-276000000000000000000000000"},
    {"-7396251770575264514755913254", 3LL, "-7396251770575264514755913254"},
    {"-155816127916807344", -25LL, "0"}, {"-46610778970", -1LL, "-46610778970"},
    {"881301311361440", -11LL, "881300000000000"},
    {"99781283285448336860905802681", -23LL, "99781300000000000000000000000"},
    {"973993353792009157101858299", 0LL, "973993353792009157101858299"},
    {"-705126102089518287", -21LL, "0"}, {"-7500000000000001", -15LL, "-8000000000000000"},
    {"878816361658733970586086301", 3LL, "878816361658733970586086301"},
    {"221979136887157848", -14LL, "222000000000000000"}, {"349999999", -8LL, "300000000"},
    {"-5000000000000001", -15LL, "-5000000000000000"},
    {"8447705300766565001888574", -11LL, "8447705300766600000000000"},
    {"-41002623089", -1LL, "-41002623090"}, {"-2001", -3LL, "-2000"},
    {"-1350633202567393", -9LL, "-1350633000000000"},
    {"-6500000000000000", -15LL, "-6000000000000000"}, {"-2038777981035516010674", -25LL, "0"},
    {"7993823733878517471", -4LL, "7993823733878520000"}, {"105000", -4LL, "100000"},
    {"-9952485295", 1LL, "-9952485295"}, {"-12500000", -6LL, "-12000000"},
    {"-382112988833470", -5LL, "-382112988800000"},
    {"649999999999999999999", -20LL, "600000000000000000000"},
    {"-140000000000000000000000", -22LL, "-140000000000000000000000"},
    {"-868555496468436627039638928", -7LL, "-868555496468436627040000000"},
    {"28838343460792587826", -19LL, "30000000000000000000"},
    {"-19664563250340886108977", -6LL, "-19664563250340886000000"}, {"-99999", -4LL, "-100000"},
    {"-97993802870883244032936", -4LL, "-97993802870883244030000"},
    {"-1300000000", -8LL, "-1300000000"}, {"134", -1LL, "130"},
    {"-1963709937720803029690145", -3LL, "-1963709937720803029690000"}, {"49", -2LL, "0"},
    {"-3225956266239", -24LL, "0"},
    {"125000000000000000000000000", -25LL, "120000000000000000000000000"},
    {"858920673821480787695339435179", 0LL, "858920673821480787695339435179"},
    {"-981013582285", 1LL, "-981013582285"},
    {"150000000000000000000", -19LL, "150000000000000000000"}, {"-8501", -3LL, "-9000"},
    {"420598669754260466467", 0LL, "420598669754260466467"},
    {"598473535723474529218958974", -10LL, "598473535723474530000000000"},
    {"3929897728662475288694755", -8LL, "3929897728662475300000000"},
    {"4004623272337881874154", 1LL, "4004623272337881874154"}, {"114510633", -10LL, "0"},
    {"848444629212904906425585003", -24LL, "848000000000000000000000000"},
    {"-64999999", -7LL, "-60000000"}, {"1250000000000", -11LL, "1200000000000"},
    {"-22413365293630451510", -7LL, "-22413365293630000000"},
    {"1099999999999999", -14LL, "1100000000000000"}, {"137177062538", -19LL, "0"},
    {"46851661414972298412832013", -12LL, "46851661414972000000000000"},
    {"-36367913614972881736738924266", -9LL, "-36367913614972881737000000000"},
    {"-125000", -4LL, "-120000"}, {"100000000000000000000", -19LL, "100000000000000000000"},
    {"19986509075652264151068740758", -22LL, "19986510000000000000000000000"},
    {"500000000000000000000", -21LL, "0"}, {"-900000000000", -11LL, "-900000000000"},
    {"1", -12LL, "0"}, {"115000000", -7LL, "120000000"},
    {"670224295447782630074831766", -9LL, "670224295447782630000000000"},
    {"-961524107634778835550069940", -6LL, "-961524107634778835550000000"},
    {"-16440350953143152527023", -17LL, "-16440400000000000000000"},
    {"-93061134676", -6LL, "-93061000000"}, {"450000000000001", -14LL, "500000000000000"},
    {"80092195581", -22LL, "0"}, {"-104999999999999", -13LL, "-100000000000000"},
    {"-3000000000000001", -15LL, "-3000000000000000"}, {"500000000000000000", -18LL, "0"},
    {"97072851629350769566139", 2LL, "97072851629350769566139"},
    {"-649999999999999999999999", -23LL, "-600000000000000000000000"},
    {"-41149877472703441", -8LL, "-41149877500000000"},
    {"-76737191297668469747", -12LL, "-76737191000000000000"},
    {"-81285680221377884329", 3LL, "-81285680221377884329"},
    {"17879432324349462961086", -18LL, "17879000000000000000000"},
    {"400000000000000000", -17LL, "400000000000000000"},
    {"-65000000000000000000", -19LL, "-60000000000000000000"},
    {"8500000000000000000", -18LL, "8000000000000000000"},
    {"7701759703995929615", 2LL, "7701759703995929615"},
    {"600000000000000000000", -20LL, "600000000000000000000"},
    {"857510118028542612903", -15LL, "857510000000000000000"},
    {"10500000000000000000000001", -24LL, "11000000000000000000000000"},
    {"7500001", -6LL, "8000000"}, {"99685483028234619163734", -24LL, "0"},
    {"-78220435295802622900520", -12LL, "-78220435296000000000000"},
    {"-3649231111713157345653375", 1LL, "-3649231111713157345653375"},
    {"556674284160645369849716970794", 1LL, "556674284160645369849716970794"},
    {"-6752920361441388", -11LL, "-6752900000000000"},
    {"-4991236808121425583954560467", -16LL, "-4991236808120000000000000000"},
    {"-383430573909545275970784", -24LL, "0"},
    {"2349527065729612149557342", -9LL, "2349527065729612000000000"}, {"201", -2LL, "200"},
    {"-298429996786123", -8LL, "-298430000000000"},
    {"-162081288631474867266319915570", -24LL, "-162081000000000000000000000000"},
    {"-6253407965310", -21LL, "0"}, {"250000", -5LL, "200000"},
    {"-17542599094194355662297524", -22LL, "-17540000000000000000000000"},
    {"-9500", -3LL, "-10000"}, {"-14999999999999999999", -18LL, "-15000000000000000000"},
    {"-116955783793747599", -2LL, "-116955783793747600"},
    {"5999999999999999999999", -21LL, "6000000000000000000000"}, {"6000000001", -9LL, "6000000000"},
    {"-450000000000000000", -17LL, "-400000000000000000"},
    {"98849893826035135074", 0LL, "98849893826035135074"},
    {"2677909630454493699769810940", -14LL, "2677909630454500000000000000"},
    {"5000000", -6LL, "5000000"},
    {"171216041876096653165160922", -6LL, "171216041876096653165000000"},
    {"490034694627132724509", -4LL, "490034694627132720000"}, {"3249032295824856321", -19LL, "0"},
    {"361584252114647283731360159272", 2LL, "361584252114647283731360159272"},
    {"5575420852641161584", -7LL, "5575420852640000000"}, {"-35001", -4LL, "-40000"},
    {"-1149999999999", -11LL, "-1100000000000"},
    {"-12500000000000000000001", -21LL, "-13000000000000000000000"},
    {"-1100000001", -8LL, "-1100000000"},
    {"52279994266409688680365769239", -6LL, "52279994266409688680366000000"},
    {"520816055579", -14LL, "0"}, {"-206620444958326", -19LL, "0"},
    {"750960094360889977799594506356", -4LL, "750960094360889977799594510000"},
    {"1250", -2LL, "1200"}, {"1350", -2LL, "1400"}, {"-1250", -2LL, "-1200"},
    {"-1350", -2LL, "-1400"}, {"1249", -2LL, "1200"}, {"1251", -2LL, "1300"}, {"5", -1LL, "0"},
    {"15", -1LL, "20"}, {"25", -1LL, "20"}, {"-5", -1LL, "0"},
    {"9223372036854775807", -1LL, "9223372036854775810"},
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
    {0xC006000000000000, 0xBFF8000000000000, 0xBFF4000000000000},
    {0xC017000000000000, 0x4022000000000000, 0x400A000000000000},
    {0x44EBF98FF8F0B125, 0x0000000000000001, 0x0000000000000000},
    {0x429DFF37DC15B414, 0x0000000000000001, 0x0000000000000000},
    {0x8A688D044C4131E5, 0x4DC4D63E022A5A90, 0x4DC4D63E022A5A90},
    {0x3FEE147AE147AE14, 0xBE4C589C6F4D11E3, 0xBE4C56A6987C399C},
    {0xC4B24B86B78E1401, 0xC4ECFD81B8E07EFD, 0xC4B24B86B78E1401},
    {0xC020333333333333, 0xC026000000000000, 0xC020333333333333},
    {0x4128312D88A6188E, 0x8000000000000001, 0x8000000000000000},
    {0x165856C8466A2431, 0x823D4CD3D5D2AF4A, 0x8227AF8BA55D33B4},
    {0x44EBFF2838A8459C, 0x1682CF5039DF4D72, 0x166671CF9D2E7020},
    {0x3FD0000000000000, 0x3FF0000000000000, 0x3FD0000000000000},
    {0x401C000000000000, 0xBFE0000000000000, 0x8000000000000000},
    {0xC012000000000000, 0x5298C2D27D36BB6E, 0x5298C2D27D36BB6E},
    {0xC026800000000000, 0x4012000000000000, 0x4002000000000000},
    {0xC023800000000000, 0xC012000000000000, 0xBFE8000000000000},
    {0xC00C000000000000, 0xC00C000000000000, 0x8000000000000000},
    {0x02DD366DAC8250C4, 0x44E52FE29D9E12E7, 0x02DD366DAC8250C4},
    {0xC002000000000000, 0xC024000000000000, 0xC002000000000000},
    {0x0000000000000001, 0xC4E40AD141C1CF25, 0xC4E40AD141C1CF25},
    {0xC024000000000000, 0xBFF8000000000000, 0xBFF0000000000000},
    {0xDCB6551C88B4F6C2, 0xDBFF96DF972E4A6C, 0xDBF69E0CAAF084AC},
    {0xC021000000000000, 0xC01A000000000000, 0xC000000000000000},
    {0x400C000000000000, 0x4021000000000000, 0x400C000000000000},
    {0x3AA4D14C9C329F1D, 0x8D0025D3E5879F07, 0x8CF39878FF621534},
    {0xC00C000000000000, 0xDE119BE90C838371, 0xC00C000000000000},
    {0xBFE0000000000000, 0xA677DE93DB6B5594, 0xA65A67A1161339A0},
    {0x3FD8000000000000, 0x3E3BE62AAD35A121, 0x3E33AF636DAE95EC},
    {0x74D8AA683EDA7C4B, 0x3FE0000000000000, 0x0000000000000000},
    {0x8000000000000000, 0xC3F0000000000000, 0x8000000000000000},
    {0xC025800000000000, 0x4010000000000000, 0x3FF4000000000000},
    {0x4008000000000000, 0xC008000000000000, 0x8000000000000000},
    {0xBF459B73E6BE4C0C, 0xBFF4000000000000, 0xBF459B73E6BE4C0C},
    {0xC08F0830CBA19339, 0xC334DB3A922625B0, 0xC08F0830CBA19339},
    {0x401A000000000000, 0x4000000000000000, 0x3FE0000000000000},
    {0xC028000000000000, 0xC008000000000000, 0x8000000000000000},
    {0xC026800000000000, 0xC018000000000000, 0xC015000000000000},
    {0xC011000000000000, 0x3FF0000000000000, 0x3FE8000000000000},
    {0xA6E4CA5BBA2E3B5D, 0x8188E11A3AE2D616, 0x81634F48FD3FBCF8},
    {0x4014000000000000, 0x4021000000000000, 0x4014000000000000},
    {0x4011000000000000, 0xBFF8000000000000, 0xBFD0000000000000},
    {0x128A96458647B6C3, 0x43E0000000000000, 0x128A96458647B6C3},
    {0xC4D70C76EB227AD8, 0x43E0000000000000, 0x43C229BB0A500000},
    {0x4018000000000000, 0x3FF0000000000000, 0x0000000000000000},
    {0xC021000000000000, 0xC01E000000000000, 0xBFF0000000000000},
    {0xC010000000000000, 0x401E000000000000, 0x400C000000000000},
    {0xD83712B11A35BA37, 0x4054400000000000, 0x4020000000000000},
    {0x3FF8000000000000, 0xC021000000000000, 0xC01C000000000000},
    {0xBFE25FA5351B5E02, 0xC2D0DA4527672950, 0xBFE25FA5351B5E02},
    {0x4028000000000000, 0xC01C000000000000, 0xC000000000000000},
    {0xCA8F54684F248DB7, 0x51B42D4FCAC42DD9, 0x51B42D4FCAC42DD9},
    {0x4012000000000000, 0x3FF0000000000000, 0x3FE0000000000000},
    {0xC018000000000000, 0x4014000000000000, 0x4010000000000000},
    {0xC029000000000000, 0xC01A000000000000, 0xC018000000000000},
    {0x21326F354FE52643, 0x44A214C90F6CFB86, 0x21326F354FE52643},
    {0x4018000000000000, 0x4023333333333333, 0x4018000000000000},
    {0xBFD8000000000000, 0xBF705D6D54EBF0FB, 0xBF6C1E904C92E9A2},
    {0x4016000000000000, 0x4012000000000000, 0x3FF0000000000000},
    {0xC028800000000000, 0x4008000000000000, 0x4006000000000000},
    {0x9DC06F0FE7BCC4C5, 0x4034400000000000, 0x4034400000000000},
    {0x401D000000000000, 0x4021000000000000, 0x401D000000000000},
    {0x3FD0000000000000, 0xC00C000000000000, 0xC00A000000000000},
    {0x44B3B9879DC3FA2A, 0xC1D1CA9A7B6B35BC, 0xC1CD37F352AB5CC0},
    {0x44D25079C9BE3B99, 0xC016000000000000, 0x8000000000000000},
    {0x4028800000000000, 0x4023000000000000, 0x4006000000000000},
    {0x0000000000000001, 0xC025000000000000, 0xC025000000000000},
    {0x5475EDBFF967C340, 0x43DAB313BADD5790, 0x43CDBBF533C52EE0},
    {0xBF1DDB0CF4618C52, 0x43C8FC2B5515B655, 0x43C8FC2B5515B655},
    {0x44E12028094F7599, 0xBFC5C28F5C28F5C3, 0xBFB7D8BECAF55634},
    {0x401C000000000000, 0x4018000000000000, 0x3FF0000000000000},
    {0x4023000000000000, 0x4021000000000000, 0x3FF0000000000000},
    {0x4027000000000000, 0xC004000000000000, 0xBFF0000000000000},
    {0xBFE0000000000000, 0xC004000000000000, 0xBFE0000000000000},
    {0x401C000000000000, 0xC024000000000000, 0xC008000000000000},
    {0xC01C000000000000, 0x401E000000000000, 0x3FE0000000000000},
    {0xC024000000000000, 0x3FF0000000000000, 0x0000000000000000},
    {0x401D000000000000, 0xC020000000000000, 0xBFE8000000000000},
    {0x3FD0000000000000, 0xC010000000000000, 0xC00E000000000000},
    {0x4024800000000000, 0xC01A000000000000, 0xC006000000000000},
    {0x43437E62EFF2EC5C, 0xFFEFFFFFFFFFFFFF, 0xFFEFFFFFFFFFFFFF},
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

// floor division of ints: a, b -> floor(a / b), a - b floor(a / b) (92 cases)
const FloorCase floor_cases[] = {
    {"75", "10", "7", "5"}, {"55", "3", "18", "1"}, {"-99", "-2", "49", "-1"},
    {"-93463415749255204491219513381993175065271", "456911637837481904358",
        "-204554684121438469925", "358937770117534367879"},
    {"6042842868017529061837388939", "-5204", "-1161191942355405277063296", "-3445"},
    {"-54", "-1", "54", "0"},
    {"6784322888168839923735900718157054068479", "644355914886987665775524260113443", "10528843",
        "624202384047848932540731450532030"},
    {"-654580049323085241170525860015592835549895398076039118", "757005915410593339589858",
        "-864696082286288065548777366636", "731488493277759457138570"},
    {"-445797502032478695813872209723542978293367684943296629183",
        "-21940928038301082017798034121527187", "20318078672619239173922",
        "-7638230393160489661956708352211769"},
    {"50965538441244421105186060783824839075897816696713",
        "5085198931977344248952953485509069376101", "10022329337",
        "806816419556643533210888688232477721676"},
    {"61", "-6", "-11", "-5"}, {"-14", "9", "-2", "4"},
    {"423342221727867393623084796575172735507979274781769", "-852527471464",
        "-496573114530707560602274701897221648390", "-709491761191"},
    {"-563995946389381039008590888748944071734890014634135287021",
        "-6501419151670519790920779547824733593151", "86749666993007827",
        "-883297152972779778058579594879358694144"},
    {"-8926436989269174238972027228362326424044586275", "-5453631636666724533",
        "1636787664435113627425305882", "-1263170415485983169"},
    {"-3", "-7", "0", "-3"},
    {"-706653196405107574788675945301929216003645979009552791515", "-826434230887530251872565",
        "855062835001659407879056126447347", "-359730945748841926456460"},
    {"2945054682423268394503096648090455", "280469809739815736979217962171806017", "0",
        "2945054682423268394503096648090455"},
    {"47", "8", "5", "7"}, {"17", "-4", "-5", "-3"},
    {"-849426987314331217511600", "-46395977420909211131759547160", "0",
        "-849426987314331217511600"},
    {"-37", "4", "-10", "3"},
    {"7819738688053194460383330357086038", "64004504692145", "122174817626748663095",
        "58797059197263"},
    {"54818298139191787721709318731949441546035753148", "-1088806151623157207905340197",
        "-50347160564321234918", "-149334752035530471909645698"},
    {"8387213459038510530819878784707166308638171239119", "480969086291393085",
        "17438154962743598784055658560598", "43475530860574289"},
    {"-7746683551438588672238939", "-233501498154056102276424343", "0",
        "-7746683551438588672238939"},
    {"11906820061899870916280383800538260010595815141303", "-6107677825837873447766370185941200912",
        "-1949483977615", "-5481832784193486780939495839810443577"},
    {"-97", "-3", "32", "-1"}, {"-49", "2", "-25", "1"}, {"-22", "6", "-4", "2"},
    {"-30", "-7", "4", "-2"}, {"97", "-2", "-49", "-1"},
    {"-4726401097907016340591873753561", "9607542850602192824305", "-491946919",
        "6607209713968879312734"},
    {"268804733194595795548471", "54571047971495294227066399753865818764", "0",
        "268804733194595795548471"},
    {"75", "5", "15", "0"}, {"-93", "-2", "46", "-1"},
    {"97518106896423799236007037524", "-472758292", "-206274767775884508941", "-198851248"},
    {"-526274771675340003704099784506995925822874641299051369", "-14538672731713808538797190",
        "36198267984074988043514693291", "-7372134783898044396399079"},
    {"35", "-10", "-4", "-5"}, {"98", "7", "14", "0"},
    {"-3347320423299442199223622927716839362017826992352114", "-54778894049984641363798007",
        "61106024160419878071971644", "-50089228648731736344638606"},
    {"-480815580934001160570750109898146", "-535582744803102978129442092421", "897",
        "-397858845617789188640552996509"},
    {"-44", "-5", "8", "-4"},
    {"-388130819282245064741477915189046254", "761283105866", "-509837688885431952633041",
        "533863472252"},
    {"54", "-1", "-54", "0"},
    {"-117847551586413049", "51081453720065857953776383780107", "-1",
        "51081453720065740106224797367058"},
    {"-833676614692170573975445158920623926205197349491", "54851262579639358883657830538",
        "-15198859159928054067", "27444892579178500803990348555"},
    {"45", "4", "11", "1"},
    {"-26642273722899131566758362918551453878626121219516260", "-41080830799626000",
        "648532982520443157693417647715361980", "-17738682600036260"},
    {"7990686497154504674019367545088522818461087279085916",
        "270344654599347346853540682364836670295", "29557405190780",
        "129202930303079736196214136762845205816"},
    {"21", "2", "10", "1"}, {"-16", "1", "-16", "0"},
    {"953843647981372298635950551889375561438", "-9719766597230390287613014316990", "-98134420",
        "-9573205658612585792560134234362"},
    {"8595672944630331805296709970745162317249748915043598", "-3149335930558026639207235284112",
        "-2729360453810742242436", "-898579466248357043075527933234"},
    {"-9112580650646057952126", "-164283078911115906893318890783", "0", "-9112580650646057952126"},
    {"9661210799017894968328888721837206703206", "-7063938843516000239438158696987746859", "-1368",
        "-2257538911993359222512375642030999906"},
    {"87", "1", "87", "0"}, {"-29", "7", "-5", "6"}, {"-68", "5", "-14", "2"},
    {"-1737041529822590653220296965429698709385355828361306", "9814337625103414950",
        "-176990194975515448609443348357147", "4183768706110786344"},
    {"-9449232054590436640781550607994411700049639024557288811454",
        "240256692601974908089583592503522754", "-39329735010731451436570",
        "148864154180339265581716641693902326"},
    {"-1594736268670344355750039227358022989372", "-95089074945747622039553824644554395", "16770",
        "-92481830156734146721588068845785222"},
    {"-85981831856545692175508427369147916141449259", "3176892292737375839599480117776879100",
        "-27064762", "1946025713427801677342215285802824941"},
    {"-35", "-4", "8", "-3"}, {"84", "9", "9", "3"},
    {"590018959544008827764632215457980132541", "1000180479591496077408781464591", "589912492",
        "378434234732193038997693561769"},
    {"-60395281203247325", "-3215109765250540267", "0", "-60395281203247325"},
    {"-42522471052096752698444477751780881721771821", "292449179861506888889753235085",
        "-145401232009725", "6596765909300016593209429804"},
    {"46", "-5", "-10", "-4"},
    {"19659241825800852391711251697453277175", "-205058", "-95871615961341924683315216657986",
        "-16013"},
    {"-2842422556501340161144647999320731170665", "748629278986703784861297315887793184", "-3797",
        "122815811174109973697909105219548983"},
    {"-6004728823034130948420890923620288774586736870371683800336",
        "-351625187890641893387672782559670847", "17077072490329240186413",
        "-130056211597310821845395409482198525"},
    {"73", "5", "14", "3"},
    {"6655427272317922936403488", "-111583899083061223127464699058", "-1",
        "-111577243655788905204528295570"},
    {"-63", "-4", "15", "-3"}, {"-7", "2", "-4", "1"}, {"7", "2", "3", "1"},
    {"-7", "-2", "3", "-1"}, {"7", "-2", "-4", "-1"}, {"-7", "3", "-3", "2"},
    {"7", "-3", "-3", "-2"}, {"-6", "3", "-2", "0"}, {"6", "-3", "-2", "0"}, {"0", "-3", "0", "0"},
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
    {2, 2769, 0LL, NUM_LOG_10, 0x408A0C6A9D619ED2, NUM_OK},
    {7, 315, -173444LL, NUM_LOG_E, 0x408327B18E2BFA95, NUM_OK},
    {2, 3938, 142145LL, NUM_LOG_2, 0x40AEC40000000000, NUM_OK},
    {2, 2684, -1LL, NUM_LOG_E, 0x409D11A0CD28EEED, NUM_OK},
    {10, 1373, 0LL, NUM_LOG_2, 0x40B1D101DCBA2C33, NUM_OK},
    {10, 3624, 740801LL, NUM_LOG_2, 0x40C783556DE21F1C, NUM_OK},
    {12345, 462, 0LL, NUM_LOG_E, 0x40B1008144E71879, NUM_OK},
    {10, 1138, 139986LL, NUM_LOG_2, 0x40AD88B55607AE23, NUM_OK},
    {10, 974, -1LL, NUM_LOG_E, 0x40A1856F8E0AFA6E, NUM_OK},
    {12345, 1244, 0LL, NUM_LOG_E, 0x40C6E3DDB0FD8041, NUM_OK},
    {2, 1746, 0LL, NUM_LOG_10, 0x40806CC9777BF5C2, NUM_OK},
    {10, 57, 1LL, NUM_LOG_2, 0x4067AB3264705591, NUM_OK},
    {12345, 16, 0LL, NUM_LOG_E, 0x4062D78E26AE18E8, NUM_OK},
    {10, 3618, 0LL, NUM_LOG_E, 0x40C045605DED8BC8, NUM_OK},
    {7, 64, 0LL, NUM_LOG_E, 0x405F2272AE325A57, NUM_OK},
    {12345, 2662, -1LL, NUM_LOG_E, 0x40D87DAE04C6CADF, NUM_OK},
    {2, 319, -236804LL, NUM_LOG_2, 0x4073F00000000000, NUM_OK},
    {2, 3040, 1LL, NUM_LOG_E, 0x40A07655B93DB6FF, NUM_OK},
    {12345, 3031, -1LL, NUM_LOG_2, 0x40E41D884555D93E, NUM_OK},
    {3, 403, 1LL, NUM_LOG_2, 0x4083F5EB4A4A3B96, NUM_OK},
    {7, 939, 0LL, NUM_LOG_E, 0x409C8CD6A93CAC57, NUM_OK},
    {7, 1483, 1LL, NUM_LOG_10, 0x4093951F1F6E98E6, NUM_OK},
    {3, 1557, -1LL, NUM_LOG_2, 0x40A34792BF055160, NUM_OK},
    {2, 20, -1LL, NUM_LOG_2, 0x4033FFFFE8EAB7E2, NUM_OK},
    {2, 578, -1LL, NUM_LOG_10, 0x4065BFD9CE0408B9, NUM_OK},
    {2, 2220, 0LL, NUM_LOG_E, 0x40980B259F643DCD, NUM_OK},
    {2, 227, 0LL, NUM_LOG_2, 0x406C600000000000, NUM_OK},
    {12345, 1952, 1LL, NUM_LOG_E, 0x40D1F5737CDDEFBD, NUM_OK},
    {3, 3205, 1LL, NUM_LOG_10, 0x4097E4B1C9CD5821, NUM_OK},
    {12345, 2409, -1LL, NUM_LOG_2, 0x40DFF99091596B0F, NUM_OK},
    {10, 646, -1LL, NUM_LOG_10, 0x4084300000000000, NUM_OK},
    {10, 679, 0LL, NUM_LOG_2, 0x40A19F2DA8886820, NUM_OK},
    {12345, 3598, 0LL, NUM_LOG_10, 0x40CCC097ACAD3F3B, NUM_OK},
    {10, 3637, -1LL, NUM_LOG_E, 0x40C05B4040FC731D, NUM_OK},
    {10, 3039, -1LL, NUM_LOG_E, 0x40BB558E5C69B3A1, NUM_OK},
    {7, 1489, -1LL, NUM_LOG_2, 0x40B05426C752F589, NUM_OK},
    {12345, 1412, -1LL, NUM_LOG_2, 0x40D2BDD940AF41D5, NUM_OK},
    {3, 1688, 1LL, NUM_LOG_E, 0x409CF9D486393303, NUM_OK},
    {7, 704, 0LL, NUM_LOG_E, 0x409567AED7C29E1C, NUM_OK},
    {10, 1292, 0LL, NUM_LOG_E, 0x40A73DE13FD5CA5A, NUM_OK},
    {10, 1625, -1LL, NUM_LOG_10, 0x4099640000000000, NUM_OK},
    {2, 1326, 913453LL, NUM_LOG_10, 0x4078F2A702E6827A, NUM_OK},
    {10, 3547, 0LL, NUM_LOG_10, 0x40ABB60000000000, NUM_OK},
    {7, 328, 0LL, NUM_LOG_E, 0x4083F211779841E0, NUM_OK},
    {7, 3202, 1LL, NUM_LOG_10, 0x40A524020257CEAB, NUM_OK},
    {10, 554, 269726LL, NUM_LOG_10, 0x4081500000000000, NUM_OK},
    {12345, 1345, -417667LL, NUM_LOG_2, 0x40D1DA304DC052D6, NUM_OK},
    {3, 1918, 1LL, NUM_LOG_10, 0x408C98F2D30544A8, NUM_OK},
    {2, 635, -1LL, NUM_LOG_E, 0x407B8260173B56DA, NUM_OK},
    {3, 2402, 0LL, NUM_LOG_2, 0x40ADBE28EC2819E6, NUM_OK},
    {10, 3011, -1LL, NUM_LOG_10, 0x40A7860000000000, NUM_OK},
    {12345, 2894, 196988LL, NUM_LOG_E, 0x40DAA0191F2883B1, NUM_OK},
    {7, 1582, -1LL, NUM_LOG_E, 0x40A80CDC160F6549, NUM_OK},
    {10, 2373, -1LL, NUM_LOG_2, 0x40BECAEF745A9101, NUM_OK},
    {7, 3060, -1LL, NUM_LOG_E, 0x40B7427C2CA31DFD, NUM_OK},
    {10, 2471, -1LL, NUM_LOG_2, 0x40C0083DFE47518A, NUM_OK},
    {3, 931, 229251LL, NUM_LOG_10, 0x407BC332BDE915CE, NUM_OK},
    {7, 430, 0LL, NUM_LOG_10, 0x4076B64646A27389, NUM_OK},
    {12345, 827, 0LL, NUM_LOG_10, 0x40AA6F53866CE898, NUM_OK},
    {3, 2217, 0LL, NUM_LOG_E, 0x40A3073F340C89EB, NUM_OK},
    {2, 3316, -597453LL, NUM_LOG_10, 0x408F31B9460A3708, NUM_OK},
    {12345, 2031, 0LL, NUM_LOG_2, 0x40DAF527A1C15859, NUM_OK},
    {2, 3563, 0LL, NUM_LOG_10, 0x4090C2478D31B96F, NUM_OK},
    {7, 2676, 0LL, NUM_LOG_10, 0x40A1AAF6F73EAB70, NUM_OK},
    {12345, 774, -167851LL, NUM_LOG_E, 0x40BC7BDBE4792FA6, NUM_OK},
    {7, 2085, 0LL, NUM_LOG_E, 0x40AFB27200980338, NUM_OK},
    {2, 3938, 0LL, NUM_LOG_10, 0x409285D311E3532A, NUM_OK},
    {10, 862, 0LL, NUM_LOG_2, 0x40A65F010879E516, NUM_OK},
    {10, 2127, 1LL, NUM_LOG_10, 0x40A09E0000000000, NUM_OK},
    {7, 291, 1LL, NUM_LOG_2, 0x40898785B2BC80BF, NUM_OK},
    {10, 264, -463484LL, NUM_LOG_10, 0x4070800000000000, NUM_OK},
    {3, 693, 500035LL, NUM_LOG_E, 0x4087CAB4DF0B2C9D, NUM_OK},
    {2, 317, 1LL, NUM_LOG_10, 0x4057DB4BEAD57A11, NUM_OK},
    {7, 3320, 714094LL, NUM_LOG_10, 0x40A5EB7373CC698D, NUM_OK},
    {7, 3365, 0LL, NUM_LOG_2, 0x40C2735FE97AB5AE, NUM_OK},
    {7, 3782, 746964LL, NUM_LOG_2, 0x40C4BCB549D1335B, NUM_OK},
    {2, 2296, 1LL, NUM_LOG_10, 0x40859951A762C9C5, NUM_OK},
    {2, 2229, 1LL, NUM_LOG_10, 0x4084F7F7859F9227, NUM_OK},
    {3, 1682, 0LL, NUM_LOG_2, 0x40A4D3D058A1F14F, NUM_OK},
    {7, 132, 1LL, NUM_LOG_10, 0x405BE36363D492A1, NUM_OK},
    {12345, 2424, 0LL, NUM_LOG_E, 0x40D64D213FC80F7A, NUM_OK},
    {10, 2967, 0LL, NUM_LOG_E, 0x40BAAFC51CD053A3, NUM_OK},
    {12345, 148, 0LL, NUM_LOG_E, 0x4095C93C5CB94CCB, NUM_OK},
    {10, 2891, -1LL, NUM_LOG_10, 0x40A6960000000000, NUM_OK},
    {2, 1153, 0LL, NUM_LOG_2, 0x4092040000000000, NUM_OK},
    {3, 3499, -1LL, NUM_LOG_E, 0x40AE0816BB575712, NUM_OK},
    {3, 3528, -450013LL, NUM_LOG_E, 0x40AE47CEED540A3D, NUM_OK},
    {3, 2032, -1LL, NUM_LOG_E, 0x40A170C2A5B7A905, NUM_OK},
    {3, 659, 173064LL, NUM_LOG_E, 0x40869FE24CE5AF6A, NUM_OK},
    {12345, 925, 777848LL, NUM_LOG_2, 0x40C88E22154B26C1, NUM_OK},
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
