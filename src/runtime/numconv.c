// numconv.c: exact numeric conversions (numconv.h). Floats print with Grisu3 backed by an exact
// bignum method and parse with Clinger's fast path backed by exact libtommath arithmetic; every
// rounding from a wide integer goes through make_double, which rounds once, halves to even.
#include "runtime/numconv.h"

#include <assert.h>
#include <float.h>
#include <math.h>
#include <string.h>

#define TWO_POW_63 9223372036854775808.0
#define TWO_POW_64 18446744073709551616.0
#define HIDDEN_BIT (UINT64_C(1) << 52)

// Decimal digits per chunk when ints are read or written a chunk at a time: the largest power
// of ten that fits in one libtommath digit, so mp_mul_d and mp_div_d take it.
#if MP_DIGIT_BIT >= 60
#define CHUNK_DIGITS 18
#elif MP_DIGIT_BIT >= 28
#define CHUNK_DIGITS 8
#elif MP_DIGIT_BIT >= 15
#define CHUNK_DIGITS 4
#else
#define CHUNK_DIGITS 2
#endif

// 10^0 to 10^19, every power of ten a uint64_t holds.
static const uint64_t powers_of_ten[20] = {
    UINT64_C(1), UINT64_C(10), UINT64_C(100), UINT64_C(1000), UINT64_C(10000), UINT64_C(100000),
    UINT64_C(1000000), UINT64_C(10000000), UINT64_C(100000000), UINT64_C(1000000000),
    UINT64_C(10000000000), UINT64_C(100000000000), UINT64_C(1000000000000),
    UINT64_C(10000000000000), UINT64_C(100000000000000), UINT64_C(1000000000000000),
    UINT64_C(10000000000000000), UINT64_C(100000000000000000), UINT64_C(1000000000000000000),
    UINT64_C(10000000000000000000),
};

// ---------------------------------------------------------------------------------------------
// Bits and rounding

// The number of leading zero bits of a nonzero `x`.
static int leading_zeros(uint64_t x)
{
#if defined(__GNUC__)
    return __builtin_clzll(x);
#else
    int count = 0;
    while (!(x & (UINT64_C(1) << 63))) {
        x <<= 1;
        count++;
    }
    return count;
#endif
}

// Splits a finite `x` >= 0 into x = *significand * 2^*exponent, the significand holding the
// hidden bit of a normal number (below 2^53) and the exponent at least -1074.
static void split_double(double x, uint64_t *significand, int *exponent)
{
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    int biased = (int)((bits >> 52) & 0x7FF);
    uint64_t fraction = bits & (HIDDEN_BIT - 1);
    if (biased == 0) {
        *significand = fraction;
        *exponent = -1074;
    } else {
        *significand = fraction | HIDDEN_BIT;
        *exponent = biased - 1075;
    }
}

// The double nearest to (m + f) * 2^exponent, where f is in (0, 1) when `sticky` and 0
// otherwise, halves to even, rounded once at the result's own precision (53 bits, fewer for a
// subnormal); +inf when that reaches 2^1024. A sticky `m` must be at least 2^63, so that the
// lost fraction lies below every bit that rounding looks at.
static double make_double(uint64_t m, int exponent, bool sticky)
{
    if (m == 0)
        return 0.0;
    int shift = leading_zeros(m);
    m <<= shift;
    exponent -= shift;
    int last = exponent + 11; // the weight of the last kept bit, 2^last
    if (last < -1074)
        last = -1074;
    int drop = last - exponent;
    if (drop > 64)
        return 0.0; // below half the smallest subnormal
    uint64_t kept = drop == 64 ? 0 : m >> drop;
    uint64_t rest = drop == 64 ? m : m & ((UINT64_C(1) << drop) - 1);
    uint64_t half = UINT64_C(1) << (drop - 1);
    if (rest > half || (rest == half && (sticky || (kept & 1))))
        kept++;
    return ldexp((double)kept, last);
}

// The status for a libtommath error: MP_MEM is out of memory; MP_VAL (an argument libtommath
// rejects) cannot come from the calls below and reads as a domain error.
static NumStatus from_mp(mp_err err)
{
    if (err == MP_OKAY)
        return NUM_OK;
    return err == MP_MEM ? NUM_NOMEM : NUM_DOMAIN;
}

// Runs a libtommath call; on failure sets `status` and jumps to `fail` to release what was
// initialised.
#define MP_TRY(call)                                                                           \
    do {                                                                                       \
        mp_err mp_try_err = (call);                                                            \
        if (mp_try_err != MP_OKAY) {                                                           \
            status = from_mp(mp_try_err);                                                      \
            goto fail;                                                                         \
        }                                                                                      \
    } while (0)

// Bits [low, low + 64) of |a| as an integer (bits above the top read as 0). Allocates nothing.
static uint64_t mp_bits_at(const mp_int *a, int low)
{
    uint64_t result = 0;
    int index = low / MP_DIGIT_BIT;
    int offset = low % MP_DIGIT_BIT;
    int filled = 0;
    while (filled < 64 && index < a->used) {
        result |= ((uint64_t)a->dp[index] >> offset) << filled;
        filled += MP_DIGIT_BIT - offset;
        offset = 0;
        index++;
    }
    return result;
}

// True when |a| has a nonzero bit below bit `low`.
static bool mp_bits_below(const mp_int *a, int low)
{
    return !mp_iszero(a) && mp_cnt_lsb(a) < low;
}

// The double nearest to |a|, +inf when it rounds to 2^1024 or more. Allocates nothing.
static double magnitude_to_double(const mp_int *a)
{
    int bits = mp_count_bits(a);
    if (bits <= 64)
        return make_double(mp_get_mag_u64(a), 0, false);
    int low = bits - 64;
    return make_double(mp_bits_at(a, low), low, mp_bits_below(a, low));
}

// Sets `out` to 10^n.
static mp_err power_of_ten(mp_int *out, uint32_t n)
{
    mp_int ten;
    mp_err err = mp_init_set(&ten, 10);
    if (err == MP_OKAY)
        err = mp_expt_u32(&ten, n, out);
    mp_clear(&ten);
    return err;
}

// Sets *out to the double nearest to |num| / |den| (den nonzero): the quotient is computed to
// at least 65 bits plus a sticky remainder, then rounded once. +inf when it reaches 2^1024.
static NumStatus divide_to_double(const mp_int *num, const mp_int *den, double *out)
{
    if (mp_iszero(num)) {
        *out = 0.0;
        return NUM_OK;
    }
    NumStatus status = NUM_OK;
    mp_int scaled, quotient, remainder;
    if (mp_init_multi(&scaled, &quotient, &remainder, NULL) != MP_OKAY)
        return NUM_NOMEM;
    // |num| / (|den| 2^shift) lies in (2^65, 2^67): a quotient of 66 or 67 bits.
    int shift = mp_count_bits(num) - mp_count_bits(den) - 66;
    if (shift >= 0) {
        MP_TRY(mp_mul_2d(den, shift, &scaled));
        MP_TRY(mp_div(num, &scaled, &quotient, &remainder));
    } else {
        MP_TRY(mp_mul_2d(num, -shift, &scaled));
        MP_TRY(mp_div(&scaled, den, &quotient, &remainder));
    }
    int low = mp_count_bits(&quotient) - 64;
    bool sticky = mp_bits_below(&quotient, low) || !mp_iszero(&remainder);
    *out = make_double(mp_bits_at(&quotient, low), low + shift, sticky);
fail:
    mp_clear_multi(&scaled, &quotient, &remainder, NULL);
    return status;
}

// ---------------------------------------------------------------------------------------------
// Shortest digits, the exact way (Steele & White, Burger & Dybvig's free-format algorithm)

// A natural number of fixed size for the exact digit method: 40 limbs of 32 bits hold the
// largest values it meets (below 2^1140: 2^1076 for the smallest subnormal, 10^309 * 4 for the
// largest double, times 20 inside the digit loop). Little-endian; `count` has no zero limbs on
// top.
enum { BIG_LIMBS = 40 };
typedef struct Big {
    int count;
    uint32_t limb[BIG_LIMBS];
} Big;

// Sets `b` to `value`.
static void big_set(Big *b, uint64_t value)
{
    b->count = 0;
    while (value) {
        b->limb[b->count++] = (uint32_t)value;
        value >>= 32;
    }
}

// Multiplies `b` by `factor`.
static void big_multiply_small(Big *b, uint32_t factor)
{
    uint64_t carry = 0;
    for (int i = 0; i < b->count; i++) {
        uint64_t product = (uint64_t)b->limb[i] * factor + carry;
        b->limb[i] = (uint32_t)product;
        carry = product >> 32;
    }
    if (carry) {
        assert(b->count < BIG_LIMBS);
        b->limb[b->count++] = (uint32_t)carry;
    }
}

// Multiplies `b` by 10^n.
static void big_multiply_power_of_ten(Big *b, int n)
{
    for (; n >= 9; n -= 9)
        big_multiply_small(b, 1000000000);
    if (n > 0)
        big_multiply_small(b, (uint32_t)powers_of_ten[n]);
}

// Multiplies `b` by 2^bits.
static void big_shift_left(Big *b, int bits)
{
    if (b->count == 0)
        return;
    int limbs = bits / 32;
    int rest = bits % 32;
    if (rest) {
        uint32_t carry = 0;
        for (int i = 0; i < b->count; i++) {
            uint32_t limb = b->limb[i];
            b->limb[i] = (limb << rest) | carry;
            carry = limb >> (32 - rest);
        }
        if (carry)
            b->limb[b->count++] = carry;
    }
    if (limbs) {
        assert(b->count + limbs <= BIG_LIMBS);
        memmove(b->limb + limbs, b->limb, (size_t)b->count * sizeof b->limb[0]);
        memset(b->limb, 0, (size_t)limbs * sizeof b->limb[0]);
        b->count += limbs;
    }
}

// Compares `a` with `b`: negative, zero or positive.
static int big_compare(const Big *a, const Big *b)
{
    if (a->count != b->count)
        return a->count < b->count ? -1 : 1;
    for (int i = a->count - 1; i >= 0; i--)
        if (a->limb[i] != b->limb[i])
            return a->limb[i] < b->limb[i] ? -1 : 1;
    return 0;
}

// Sets `sum` to a + b.
static void big_add(Big *sum, const Big *a, const Big *b)
{
    const Big *longer = a->count >= b->count ? a : b;
    const Big *shorter = longer == a ? b : a;
    uint64_t carry = 0;
    for (int i = 0; i < longer->count; i++) {
        carry += (uint64_t)longer->limb[i] + (i < shorter->count ? shorter->limb[i] : 0);
        sum->limb[i] = (uint32_t)carry;
        carry >>= 32;
    }
    sum->count = longer->count;
    if (carry) {
        assert(sum->count < BIG_LIMBS);
        sum->limb[sum->count++] = (uint32_t)carry;
    }
}

// Subtracts `b` from `a`, which is at least as large.
static void big_subtract(Big *a, const Big *b)
{
    uint64_t borrow = 0;
    for (int i = 0; i < a->count; i++) {
        uint64_t difference = (uint64_t)a->limb[i] - (i < b->count ? b->limb[i] : 0) - borrow;
        a->limb[i] = (uint32_t)difference;
        borrow = difference >> 63;
    }
    while (a->count > 0 && a->limb[a->count - 1] == 0)
        a->count--;
}

// Divides `r` by `s` when the quotient is a single digit: returns it and leaves the remainder
// in `r`.
static int big_divide_digit(Big *r, const Big *s)
{
    int digit = 0;
    while (big_compare(r, s) >= 0) {
        big_subtract(r, s);
        digit++;
    }
    return digit;
}

// The state of the exact method: the value is r / s, its rounding interval runs from
// (r - minus) / s to (r + plus) / s, ends included when `inclusive` (an even significand
// reads back from a halfway text, as IEEE rounds halves to even).
typedef struct Interval {
    Big r, s, plus, minus;
    bool inclusive;
} Interval;

// Sets up `in` for a positive finite `x`, scaled so that all four numbers are integers.
static void interval_init(Interval *in, double x)
{
    uint64_t significand;
    int exponent;
    split_double(x, &significand, &exponent);
    // Just above a power of two the gap below is half the gap above.
    bool closer_below = significand == HIDDEN_BIT && exponent > -1074;
    int shift = closer_below ? 2 : 1;
    in->inclusive = (significand & 1) == 0;
    big_set(&in->r, significand);
    big_shift_left(&in->r, shift);
    big_set(&in->s, 1);
    big_shift_left(&in->s, shift);
    big_set(&in->plus, closer_below ? 2 : 1);
    big_set(&in->minus, 1);
    if (exponent >= 0) {
        big_shift_left(&in->r, exponent);
        big_shift_left(&in->plus, exponent);
        big_shift_left(&in->minus, exponent);
    } else {
        big_shift_left(&in->s, -exponent);
    }
}

// Scales `in` by 10^-k, for the k that puts the first digit right after the point: the upper
// end of the interval below 1 (or at most 1 when it is excluded). Returns that k.
static int interval_scale(Interval *in, double x)
{
    uint64_t significand;
    int exponent;
    split_double(x, &significand, &exponent);
    // x >= 2^(top bit), so this k is right or one too small.
    int top = exponent + 63 - leading_zeros(significand);
    int k = (int)ceil(top * 0.30102999566398114 - 1e-10);
    if (k >= 0) {
        big_multiply_power_of_ten(&in->s, k);
    } else {
        big_multiply_power_of_ten(&in->r, -k);
        big_multiply_power_of_ten(&in->plus, -k);
        big_multiply_power_of_ten(&in->minus, -k);
    }
    Big high;
    big_add(&high, &in->r, &in->plus);
    int order = big_compare(&high, &in->s);
    if (in->inclusive ? order >= 0 : order > 0) {
        big_multiply_small(&in->s, 10);
        k++;
    }
    return k;
}

// Generates the digits of `in` until the digits so far, or those with the last one raised,
// lie inside the interval; of two candidates it takes the closer. Returns the count.
static int interval_digits(Interval *in, char *digits)
{
    int count = 0;
    for (;;) {
        big_multiply_small(&in->r, 10);
        big_multiply_small(&in->plus, 10);
        big_multiply_small(&in->minus, 10);
        int digit = big_divide_digit(&in->r, &in->s);
        int low_order = big_compare(&in->r, &in->minus);
        Big high;
        big_add(&high, &in->r, &in->plus);
        int high_order = big_compare(&high, &in->s);
        bool low_ok = in->inclusive ? low_order <= 0 : low_order < 0;
        bool high_ok = in->inclusive ? high_order >= 0 : high_order > 0;
        if (low_ok && high_ok) {
            Big twice = in->r;
            big_shift_left(&twice, 1);
            int order = big_compare(&twice, &in->s);
            high_ok = order > 0 || (order == 0 && (digit & 1));
        }
        // Raising a 9 cannot happen: the test one digit earlier would have stopped there.
        assert(digit + high_ok <= 9);
        digits[count++] = (char)('0' + digit + (high_ok ? 1 : 0));
        if (low_ok || high_ok)
            return count;
    }
}

int cl_num_float_digits_exact(double x, char *digits, int *point)
{
    if (!isfinite(x))
        return 0;
    if (x == 0) {
        digits[0] = '0';
        *point = 1;
        return 1;
    }
    Interval in;
    interval_init(&in, fabs(x));
    *point = interval_scale(&in, fabs(x));
    return interval_digits(&in, digits);
}

// ---------------------------------------------------------------------------------------------
// Shortest digits, the fast way (Grisu3: Loitsch, "Printing floating-point numbers quickly and
// accurately with integers", PLDI 2010)

// A number f * 2^e with a 64-bit significand ("DiyFp" in the paper).
typedef struct DiyFp {
    uint64_t f;
    int e;
} DiyFp;

// 10^k for k = -348, -340, ..., 340 as f * 2^e with f the 64 leading bits of 10^k rounded to
// nearest (computed exactly with rational arithmetic). Neighbours are 26 or 27 binary orders
// apart, less than the 28 of Grisu's target window.
static const struct {
    uint64_t f;
    int16_t e;
} cached_powers[87] = {
    {0xFA8FD5A0081C0288, -1220}, {0xBAAEE17FA23EBF76, -1193}, {0x8B16FB203055AC76, -1166},
    {0xCF42894A5DCE35EA, -1140}, {0x9A6BB0AA55653B2D, -1113}, {0xE61ACF033D1A45DF, -1087},
    {0xAB70FE17C79AC6CA, -1060}, {0xFF77B1FCBEBCDC4F, -1034}, {0xBE5691EF416BD60C, -1007},
    {0x8DD01FAD907FFC3C, -980}, {0xD3515C2831559A83, -954}, {0x9D71AC8FADA6C9B5, -927},
    {0xEA9C227723EE8BCB, -901}, {0xAECC49914078536D, -874}, {0x823C12795DB6CE57, -847},
    {0xC21094364DFB5637, -821}, {0x9096EA6F3848984F, -794}, {0xD77485CB25823AC7, -768},
    {0xA086CFCD97BF97F4, -741}, {0xEF340A98172AACE5, -715}, {0xB23867FB2A35B28E, -688},
    {0x84C8D4DFD2C63F3B, -661}, {0xC5DD44271AD3CDBA, -635}, {0x936B9FCEBB25C996, -608},
    {0xDBAC6C247D62A584, -582}, {0xA3AB66580D5FDAF6, -555}, {0xF3E2F893DEC3F126, -529},
    {0xB5B5ADA8AAFF80B8, -502}, {0x87625F056C7C4A8B, -475}, {0xC9BCFF6034C13053, -449},
    {0x964E858C91BA2655, -422}, {0xDFF9772470297EBD, -396}, {0xA6DFBD9FB8E5B88F, -369},
    {0xF8A95FCF88747D94, -343}, {0xB94470938FA89BCF, -316}, {0x8A08F0F8BF0F156B, -289},
    {0xCDB02555653131B6, -263}, {0x993FE2C6D07B7FAC, -236}, {0xE45C10C42A2B3B06, -210},
    {0xAA242499697392D3, -183}, {0xFD87B5F28300CA0E, -157}, {0xBCE5086492111AEB, -130},
    {0x8CBCCC096F5088CC, -103}, {0xD1B71758E219652C, -77}, {0x9C40000000000000, -50},
    {0xE8D4A51000000000, -24}, {0xAD78EBC5AC620000, 3}, {0x813F3978F8940984, 30},
    {0xC097CE7BC90715B3, 56}, {0x8F7E32CE7BEA5C70, 83}, {0xD5D238A4ABE98068, 109},
    {0x9F4F2726179A2245, 136}, {0xED63A231D4C4FB27, 162}, {0xB0DE65388CC8ADA8, 189},
    {0x83C7088E1AAB65DB, 216}, {0xC45D1DF942711D9A, 242}, {0x924D692CA61BE758, 269},
    {0xDA01EE641A708DEA, 295}, {0xA26DA3999AEF774A, 322}, {0xF209787BB47D6B85, 348},
    {0xB454E4A179DD1877, 375}, {0x865B86925B9BC5C2, 402}, {0xC83553C5C8965D3D, 428},
    {0x952AB45CFA97A0B3, 455}, {0xDE469FBD99A05FE3, 481}, {0xA59BC234DB398C25, 508},
    {0xF6C69A72A3989F5C, 534}, {0xB7DCBF5354E9BECE, 561}, {0x88FCF317F22241E2, 588},
    {0xCC20CE9BD35C78A5, 614}, {0x98165AF37B2153DF, 641}, {0xE2A0B5DC971F303A, 667},
    {0xA8D9D1535CE3B396, 694}, {0xFB9B7CD9A4A7443C, 720}, {0xBB764C4CA7A44410, 747},
    {0x8BAB8EEFB6409C1A, 774}, {0xD01FEF10A657842C, 800}, {0x9B10A4E5E9913129, 827},
    {0xE7109BFBA19C0C9D, 853}, {0xAC2820D9623BF429, 880}, {0x80444B5E7AA7CF85, 907},
    {0xBF21E44003ACDD2D, 933}, {0x8E679C2F5E44FF8F, 960}, {0xD433179D9C8CB841, 986},
    {0x9E19DB92B4E31BA9, 1013}, {0xEB96BF6EBADF77D9, 1039}, {0xAF87023B9BF0EE6B, 1066},
};

// `x` shifted left until its top bit is set.
static DiyFp diy_normalize(DiyFp x)
{
    int shift = leading_zeros(x.f);
    x.f <<= shift;
    x.e -= shift;
    return x;
}

// The product of `a` and `b`, the 128-bit product's top half rounded to nearest.
static DiyFp diy_multiply(DiyFp a, DiyFp b)
{
    const uint64_t mask = 0xFFFFFFFFu;
    uint64_t a_high = a.f >> 32, a_low = a.f & mask;
    uint64_t b_high = b.f >> 32, b_low = b.f & mask;
    uint64_t high_high = a_high * b_high, low_high = a_low * b_high;
    uint64_t high_low = a_high * b_low, low_low = a_low * b_low;
    uint64_t middle = (low_low >> 32) + (high_low & mask) + (low_high & mask);
    middle += UINT64_C(1) << 31;
    uint64_t f = high_high + (high_low >> 32) + (low_high >> 32) + (middle >> 32);
    return (DiyFp){f, a.e + b.e + 64};
}

// The cached power c = 10^*decimal_exponent that brings a normalised number of exponent
// `exponent` into Grisu's window: -60 <= exponent + c.e + 64 <= -32.
static DiyFp cached_power(int exponent, int *decimal_exponent)
{
    int minimum = -124 - exponent;
    int index = (int)(((minimum + 63) * 0.30102999566398114 + 348) / 8);
    if (index < 0)
        index = 0;
    if (index > 86)
        index = 86;
    while (index < 86 && cached_powers[index].e < minimum)
        index++;
    while (index > 0 && cached_powers[index - 1].e >= minimum)
        index--;
    *decimal_exponent = -348 + 8 * index;
    return (DiyFp){cached_powers[index].f, cached_powers[index].e};
}

// Grisu3's final step: lowers the last digit while that brings the digits closer to w, then
// tells whether the result is provably inside the interval and the closest shortest. All
// quantities are in the scaled unit: `rest` is too_high minus the digits, `ten_kappa` the
// weight of the last digit, `unit` the error bound.
static bool round_weed(char *digits, int count, uint64_t distance_too_high_w,
                       uint64_t unsafe_interval, uint64_t rest, uint64_t ten_kappa, uint64_t unit)
{
    uint64_t small_distance = distance_too_high_w - unit;
    uint64_t big_distance = distance_too_high_w + unit;
    while (rest < small_distance && unsafe_interval - rest >= ten_kappa &&
           (rest + ten_kappa < small_distance ||
            small_distance - rest >= rest + ten_kappa - small_distance)) {
        digits[count - 1]--;
        rest += ten_kappa;
    }
    if (rest < big_distance && unsafe_interval - rest >= ten_kappa &&
        (rest + ten_kappa < big_distance || big_distance - rest > rest + ten_kappa - big_distance))
        return false;
    return 2 * unit <= rest && rest <= unsafe_interval - 4 * unit;
}

// The number of decimal digits of `n` and 10 to that count minus one (0 and 1 for 0).
static int decimal_length(uint32_t n, uint32_t *divisor)
{
    int length = 0;
    *divisor = 1;
    while (length < 10 && n >= powers_of_ten[length]) {
        length++;
    }
    if (length > 0)
        *divisor = (uint32_t)powers_of_ten[length - 1];
    return length;
}

// Generates the digits of the scaled interval [low, high] around w, stopping at the first
// length that lands inside the widened ("unsafe") interval, then weeds. Sets *count and
// *kappa (w ~ digits * 10^kappa); false when the answer cannot be proven.
static bool grisu_digits(DiyFp low, DiyFp w, DiyFp high, char *digits, int *count, int *kappa)
{
    uint64_t unit = 1;
    DiyFp too_low = {low.f - unit, low.e};
    DiyFp too_high = {high.f + unit, high.e};
    uint64_t unsafe_interval = too_high.f - too_low.f;
    int one_shift = -w.e;
    uint64_t one = UINT64_C(1) << one_shift;
    uint32_t integrals = (uint32_t)(too_high.f >> one_shift);
    uint64_t fractionals = too_high.f & (one - 1);
    uint32_t divisor;
    *kappa = decimal_length(integrals, &divisor);
    *count = 0;
    while (*kappa > 0) {
        digits[(*count)++] = (char)('0' + integrals / divisor);
        integrals %= divisor;
        (*kappa)--;
        uint64_t rest = ((uint64_t)integrals << one_shift) + fractionals;
        if (rest < unsafe_interval)
            return round_weed(digits, *count, too_high.f - w.f, unsafe_interval, rest,
                              (uint64_t)divisor << one_shift, unit);
        divisor /= 10;
    }
    for (;;) {
        fractionals *= 10;
        unit *= 10;
        unsafe_interval *= 10;
        digits[(*count)++] = (char)('0' + (fractionals >> one_shift));
        fractionals &= one - 1;
        (*kappa)--;
        if (fractionals < unsafe_interval)
            return round_weed(digits, *count, (too_high.f - w.f) * unit, unsafe_interval,
                              fractionals, one, unit);
    }
}

// The shortest digits of a positive finite `x` by Grisu3 into `digits` (at least 18 bytes),
// with *count and *point as in cl_num_float_digits; false for the ~0.5% of doubles whose
// answer the 64-bit error bounds leave in doubt.
static bool grisu3(double x, char *digits, int *count, int *point)
{
    uint64_t significand;
    int exponent;
    split_double(x, &significand, &exponent);
    DiyFp w = diy_normalize((DiyFp){significand, exponent});
    DiyFp plus = diy_normalize((DiyFp){(significand << 1) + 1, exponent - 1});
    DiyFp minus = {(significand << 1) - 1, exponent - 1};
    if (significand == HIDDEN_BIT && exponent > -1074)
        minus = (DiyFp){(significand << 2) - 1, exponent - 2};
    minus.f <<= minus.e - plus.e;
    minus.e = plus.e;
    int decimal_exponent;
    DiyFp power = cached_power(w.e, &decimal_exponent);
    DiyFp scaled_w = diy_multiply(w, power);
    DiyFp low = diy_multiply(minus, power);
    DiyFp high = diy_multiply(plus, power);
    int kappa;
    if (!grisu_digits(low, scaled_w, high, digits, count, &kappa))
        return false;
    *point = *count + kappa - decimal_exponent;
    return true;
}

int cl_num_float_digits(double x, char *digits, int *point)
{
    char buffer[24];
    int count;
    if (isfinite(x) && x != 0 && grisu3(fabs(x), buffer, &count, point)) {
        memcpy(digits, buffer, (size_t)count);
        return count;
    }
    return cl_num_float_digits_exact(x, digits, point);
}

// ---------------------------------------------------------------------------------------------
// Float text

// Writes `count` digits with the point `point` places from their start (§9.4 rule 3) at `out`
// and returns the end.
static char *write_positional(char *out, const char *digits, int count, int point)
{
    if (point <= 0) {
        *out++ = '0';
        *out++ = '.';
        memset(out, '0', (size_t)-point);
        out += -point;
        memcpy(out, digits, (size_t)count);
        return out + count;
    }
    if (point < count) {
        memcpy(out, digits, (size_t)point);
        out += point;
        *out++ = '.';
        memcpy(out, digits + point, (size_t)(count - point));
        return out + count - point;
    }
    memcpy(out, digits, (size_t)count);
    out += count;
    memset(out, '0', (size_t)(point - count));
    out += point - count;
    *out++ = '.';
    *out++ = '0';
    return out;
}

// Writes d1[.d2...dn]e+XX (§9.4 rule 4) for the digits times 10^exponent at `out` and returns
// the end.
static char *write_exponential(char *out, const char *digits, int count, int exponent)
{
    *out++ = digits[0];
    if (count > 1) {
        *out++ = '.';
        memcpy(out, digits + 1, (size_t)(count - 1));
        out += count - 1;
    }
    *out++ = 'e';
    *out++ = exponent < 0 ? '-' : '+';
    int magnitude = exponent < 0 ? -exponent : exponent;
    if (magnitude >= 100)
        *out++ = (char)('0' + magnitude / 100);
    *out++ = (char)('0' + magnitude / 10 % 10);
    *out++ = (char)('0' + magnitude % 10);
    return out;
}

size_t cl_num_float_text(double x, char *buffer)
{
    char *out = buffer;
    if (isnan(x)) {
        memcpy(out, "nan", 4);
        return 3;
    }
    if (signbit(x))
        *out++ = '-';
    if (isinf(x)) {
        memcpy(out, "inf", 4);
        return (size_t)(out + 3 - buffer);
    }
    char digits[17];
    int point;
    int count = cl_num_float_digits(x, digits, &point);
    if (point > -4 && point <= 16)
        out = write_positional(out, digits, count, point);
    else
        out = write_exponential(out, digits, count, point - 1);
    *out = '\0';
    return (size_t)(out - buffer);
}

// ---------------------------------------------------------------------------------------------
// Float literals

// The digits of a decimal literal: the integer and fraction digit runs, read as one digit
// string D, with value D * 10^exponent.
typedef struct Decimal {
    const char *whole;
    size_t whole_length;
    const char *fraction;
    size_t fraction_length;
    int64_t exponent;
} Decimal;

// Digit `i` of the digit string of `d`, as a number.
static unsigned decimal_digit(const Decimal *d, size_t i)
{
    char c = i < d->whole_length ? d->whole[i] : d->fraction[i - d->whole_length];
    return (unsigned)(c - '0');
}

// True when `c` is an ASCII digit.
static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

// The end of the run of digits at `p`.
static const char *skip_digits(const char *p, const char *end)
{
    while (p < end && is_digit(*p))
        p++;
    return p;
}

// Reads ("e"|"E") ["+"|"-"] digit+ at *p into *exponent, saturating far beyond any double's
// range. False when the text there is not an exponent.
static bool read_exponent(const char **p, const char *end, int64_t *exponent)
{
    const char *q = *p + 1;
    bool negative = q < end && *q == '-';
    if (q < end && (*q == '-' || *q == '+'))
        q++;
    if (q == end || !is_digit(*q))
        return false;
    int64_t value = 0;
    for (; q < end && is_digit(*q); q++)
        if (value < 1000000000000)
            value = value * 10 + (*q - '0');
    *exponent = negative ? -value : value;
    *p = q;
    return true;
}

// Splits the literal ["-"] digit+ ["." digit*] [exponent] into its sign and digits; false
// when the text has another form.
static bool split_literal(const char *text, size_t length, bool *negative, Decimal *d)
{
    const char *p = text, *end = text + length;
    *negative = p < end && *p == '-';
    if (*negative)
        p++;
    d->whole = p;
    p = skip_digits(p, end);
    d->whole_length = (size_t)(p - d->whole);
    if (d->whole_length == 0)
        return false;
    d->fraction = p;
    d->fraction_length = 0;
    if (p < end && *p == '.') {
        d->fraction = ++p;
        p = skip_digits(p, end);
        d->fraction_length = (size_t)(p - d->fraction);
    }
    d->exponent = 0;
    if (p < end && (*p == 'e' || *p == 'E') && !read_exponent(&p, end, &d->exponent))
        return false;
    d->exponent -= (int64_t)d->fraction_length;
    return p == end;
}

// Sets `out` to the digits [first, last] of `d` as an integer, a chunk of digits at a time.
static mp_err decimal_to_mp(const Decimal *d, size_t first, size_t last, mp_int *out)
{
    mp_zero(out);
    size_t i = first;
    while (i <= last) {
        size_t chunk = (last + 1 - i) % CHUNK_DIGITS;
        if (chunk == 0)
            chunk = CHUNK_DIGITS;
        mp_digit value = 0;
        for (size_t j = 0; j < chunk; j++)
            value = value * 10 + decimal_digit(d, i + j);
        mp_err err = mp_mul_d(out, (mp_digit)powers_of_ten[chunk], out);
        if (err == MP_OKAY)
            err = mp_add_d(out, value, out);
        if (err != MP_OKAY)
            return err;
        i += chunk;
    }
    return MP_OKAY;
}

// Sets *out to the double nearest to digits [first, last] of `d` times 10^exponent, exactly:
// the digits as an mp_int, multiplied or divided by the power of ten, rounded once.
static NumStatus decimal_to_double_slow(const Decimal *d, size_t first, size_t last,
                                        int64_t exponent, double *out)
{
    NumStatus status = NUM_OK;
    mp_int digits, power;
    if (mp_init_multi(&digits, &power, NULL) != MP_OKAY)
        return NUM_NOMEM;
    MP_TRY(decimal_to_mp(d, first, last, &digits));
    MP_TRY(power_of_ten(&power, (uint32_t)(exponent < 0 ? -exponent : exponent)));
    if (exponent >= 0) {
        MP_TRY(mp_mul(&digits, &power, &digits));
        *out = magnitude_to_double(&digits);
    } else {
        status = divide_to_double(&digits, &power, out);
    }
fail:
    mp_clear_multi(&digits, &power, NULL);
    return status;
}

// Powers of ten that are exact doubles, for Clinger's fast path.
static const double exact_powers_of_ten[23] = {
    1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

// Sets *out to the double nearest to the digit string of `d` times 10^exponent (a positive
// value or zero): zero, out of range, Clinger's exact fast path (at most 15 digits and a small
// power of ten, one correctly rounded operation), or the exact slow path.
static NumStatus decimal_to_double(const Decimal *d, double *out)
{
    size_t total = d->whole_length + d->fraction_length;
    size_t first = 0, last = total;
    while (first < total && decimal_digit(d, first) == 0)
        first++;
    if (first == total) {
        *out = 0.0;
        return NUM_OK;
    }
    while (decimal_digit(d, last - 1) == 0)
        last--;
    last--; // digits [first, last] hold the value, without zeros at either end
    int64_t exponent = d->exponent + (int64_t)(total - 1 - last);
    int64_t count = (int64_t)(last - first + 1);
    if (count + exponent > 310) { // at least 10^309
        *out = INFINITY;
        return NUM_OK;
    }
    if (count + exponent < -324) { // below 10^-325, under half the smallest subnormal
        *out = 0.0;
        return NUM_OK;
    }
#if FLT_EVAL_METHOD == 0
    if (count <= 15 && exponent >= -22 && exponent <= 22 + 15 - count) {
        uint64_t value = 0;
        for (size_t i = first; i <= last; i++)
            value = value * 10 + decimal_digit(d, i);
        double result = (double)value;
        if (exponent < 0)
            result /= exact_powers_of_ten[-exponent];
        else if (exponent <= 22)
            result *= exact_powers_of_ten[exponent];
        else
            result = result * exact_powers_of_ten[exponent - 22] * 1e22;
        *out = result;
        return NUM_OK;
    }
#endif
    return decimal_to_double_slow(d, first, last, exponent, out);
}

NumStatus cl_num_parse_float(const char *text, size_t length, double *out)
{
    bool negative;
    Decimal d;
    if (!split_literal(text, length, &negative, &d))
        return NUM_DOMAIN;
    double magnitude;
    NumStatus status = decimal_to_double(&d, &magnitude);
    if (status == NUM_OK)
        *out = negative ? -magnitude : magnitude;
    return status;
}

// ---------------------------------------------------------------------------------------------
// Int -> float, int / int

NumStatus cl_num_big_to_double(const mp_int *a, double *out)
{
    double magnitude = magnitude_to_double(a);
    if (isinf(magnitude))
        return NUM_OVERFLOW;
    *out = a->sign == MP_NEG ? -magnitude : magnitude;
    return NUM_OK;
}

// The magnitude of `a`.
static uint64_t magnitude_int64(int64_t a)
{
    return a < 0 ? 0 - (uint64_t)a : (uint64_t)a;
}

// The correctly rounded a / b for unsigned 64-bit a and b > 0: the integer quotient, then one
// more quotient bit at a time until there are 64, the remainder as the sticky bit.
static double divide_uint64(uint64_t a, uint64_t b)
{
    uint64_t quotient = a / b, remainder = a % b;
    int exponent = 0;
    if (quotient == 0 && remainder == 0)
        return 0.0;
    while (quotient < (UINT64_C(1) << 63)) {
        bool carry = remainder >> 63;
        remainder <<= 1;
        bool bit = carry || remainder >= b;
        if (bit)
            remainder -= b;
        quotient = (quotient << 1) | bit;
        exponent--;
    }
    return make_double(quotient, exponent, remainder != 0);
}

double cl_num_divide_int64(int64_t a, int64_t b)
{
    uint64_t magnitude_a = magnitude_int64(a), magnitude_b = magnitude_int64(b);
    double quotient;
    if (magnitude_a <= (UINT64_C(1) << 53) && magnitude_b <= (UINT64_C(1) << 53))
        quotient = (double)magnitude_a / (double)magnitude_b; // exact operands: rounded once
    else
        quotient = divide_uint64(magnitude_a, magnitude_b);
    return (a < 0) != (b < 0) ? -quotient : quotient;
}

NumStatus cl_num_divide_big(const mp_int *a, const mp_int *b, double *out)
{
    double quotient;
    NumStatus status = divide_to_double(a, b, &quotient);
    if (status != NUM_OK)
        return status;
    if (isinf(quotient))
        return NUM_OVERFLOW;
    bool negative = (a->sign == MP_NEG) != (b->sign == MP_NEG);
    *out = negative ? -quotient : quotient;
    return NUM_OK;
}

// ---------------------------------------------------------------------------------------------
// Comparison

NumOrder cl_num_compare_int64_double(int64_t a, double x)
{
    if (isnan(x))
        return NUM_UNORDERED;
    if (a >= -(INT64_C(1) << 53) && a <= (INT64_C(1) << 53)) {
        double exact = (double)a;
        return exact < x ? NUM_LESS : exact > x ? NUM_GREATER : NUM_EQUAL;
    }
    if (x >= TWO_POW_63)
        return NUM_LESS;
    if (x < -TWO_POW_63)
        return NUM_GREATER;
    double whole = trunc(x);
    int64_t whole_int = (int64_t)whole;
    if (a != whole_int)
        return a < whole_int ? NUM_LESS : NUM_GREATER;
    double fraction = x - whole;
    return fraction > 0 ? NUM_LESS : fraction < 0 ? NUM_GREATER : NUM_EQUAL;
}

// Compares |a| with y > 0 (possibly +inf): -1, 0 or 1. Compares the top 64 bits of both when
// their bit lengths agree, then whatever |a| has below them. Allocates nothing.
static int compare_magnitude(const mp_int *a, double y)
{
    if (isinf(y))
        return -1;
    int bits = mp_count_bits(a);
    if (bits <= 64) {
        if (y >= TWO_POW_64)
            return -1;
        uint64_t m = mp_get_mag_u64(a);
        double whole = floor(y);
        uint64_t whole_int = (uint64_t)whole;
        if (m != whole_int)
            return m < whole_int ? -1 : 1;
        return y > whole ? -1 : 0;
    }
    int exponent;
    frexp(y, &exponent); // 2^(exponent - 1) <= y < 2^exponent
    if (bits != exponent)
        return bits < exponent ? -1 : 1;
    // y has at most 53 significant bits, so its top 64 bits are all of it.
    uint64_t top_y = (uint64_t)ldexp(y, 64 - bits);
    uint64_t top_a = mp_bits_at(a, bits - 64);
    if (top_a != top_y)
        return top_a < top_y ? -1 : 1;
    return mp_bits_below(a, bits - 64) ? 1 : 0;
}

NumOrder cl_num_compare_big_double(const mp_int *a, double x)
{
    if (isnan(x))
        return NUM_UNORDERED;
    int sign_a = mp_iszero(a) ? 0 : a->sign == MP_NEG ? -1 : 1;
    int sign_x = x > 0 ? 1 : x < 0 ? -1 : 0;
    if (sign_a != sign_x)
        return sign_a < sign_x ? NUM_LESS : NUM_GREATER;
    if (sign_a == 0)
        return NUM_EQUAL;
    int order = compare_magnitude(a, fabs(x));
    return (NumOrder)(sign_a > 0 ? order : -order);
}

// ---------------------------------------------------------------------------------------------
// Double -> int

// `x` rounded to an integral double by `mode` (exact: the result is representable).
static double round_integral(double x, NumRounding mode)
{
    switch (mode) {
    case NUM_FLOOR:
        return floor(x);
    case NUM_CEIL:
        return ceil(x);
    case NUM_TRUNCATE:
        return trunc(x);
    case NUM_ROUND_EVEN:
        break;
    }
    double whole = trunc(x);
    double fraction = fabs(x - whole);
    if (fraction > 0.5 || (fraction == 0.5 && fmod(whole, 2.0) != 0))
        whole += copysign(1.0, x);
    return whole;
}

NumStatus cl_num_double_to_int64(double x, NumRounding mode, int64_t *out)
{
    if (isnan(x))
        return NUM_DOMAIN;
    double whole = round_integral(x, mode);
    if (!(whole >= -TWO_POW_63 && whole < TWO_POW_63))
        return NUM_OVERFLOW;
    *out = (int64_t)whole;
    return NUM_OK;
}

NumStatus cl_num_double_to_big(double x, NumRounding mode, mp_int *out)
{
    if (isnan(x))
        return NUM_DOMAIN;
    if (isinf(x))
        return NUM_OVERFLOW;
    double whole = round_integral(x, mode);
    uint64_t significand;
    int exponent;
    split_double(fabs(whole), &significand, &exponent);
    NumStatus status = NUM_OK;
    if (whole == 0) {
        mp_zero(out);
    } else if (exponent <= 0) {
        mp_set_u64(out, significand >> -exponent); // an integer: the dropped bits are zero
    } else {
        mp_set_u64(out, significand);
        status = from_mp(mp_mul_2d(out, exponent, out));
    }
    if (status == NUM_OK && whole < 0)
        status = from_mp(mp_neg(out, out));
    return status;
}

bool cl_num_big_get_int64(const mp_int *a, int64_t *out)
{
    if (mp_count_bits(a) > 64)
        return false;
    uint64_t magnitude = mp_get_mag_u64(a);
    uint64_t limit = a->sign == MP_NEG ? UINT64_C(1) << 63 : (UINT64_C(1) << 63) - 1;
    if (magnitude > limit)
        return false;
    if (a->sign != MP_NEG)
        *out = (int64_t)magnitude;
    else
        *out = magnitude == limit ? INT64_MIN : -(int64_t)magnitude;
    return true;
}

// ---------------------------------------------------------------------------------------------
// round-to

// Replaces `num` by num / den rounded to the nearest integer, halves to even, for num >= 0 and
// den > 0. `remainder` is scratch.
static mp_err divide_round_even(mp_int *num, const mp_int *den, mp_int *remainder)
{
    mp_err err = mp_div(num, den, num, remainder);
    if (err == MP_OKAY)
        err = mp_mul_2(remainder, remainder);
    if (err != MP_OKAY)
        return err;
    mp_ord order = mp_cmp_mag(remainder, den);
    if (order == MP_GT || (order == MP_EQ && mp_isodd(num)))
        err = mp_add_d(num, 1, num);
    return err;
}

// Sets *out to |x| = significand * 2^exponent rounded to `places` places (which are fewer
// than x has, and within Python's limits): R = round(|x| 10^places) exactly, then the double
// nearest to R / 10^places.
static NumStatus round_to_places(uint64_t significand, int exponent, int places, double *out)
{
    NumStatus status = NUM_OK;
    mp_int num, den, power, scratch;
    if (mp_init_multi(&num, &den, &power, &scratch, NULL) != MP_OKAY)
        return NUM_NOMEM;
    mp_set_u64(&num, significand);
    mp_set(&den, 1);
    MP_TRY(power_of_ten(&power, (uint32_t)(places < 0 ? -places : places)));
    MP_TRY(mp_mul(places >= 0 ? &num : &den, &power, places >= 0 ? &num : &den));
    if (exponent >= 0)
        MP_TRY(mp_mul_2d(&num, exponent, &num));
    else
        MP_TRY(mp_mul_2d(&den, -exponent, &den));
    MP_TRY(divide_round_even(&num, &den, &scratch));
    if (places >= 0) {
        status = divide_to_double(&num, &power, out);
    } else {
        MP_TRY(mp_mul(&num, &power, &num));
        *out = magnitude_to_double(&num);
        if (isinf(*out))
            status = NUM_OVERFLOW;
    }
fail:
    mp_clear_multi(&num, &den, &power, &scratch, NULL);
    return status;
}

NumStatus cl_num_round_to_double(double x, int64_t places, double *out)
{
    // Python's limits: beyond 323 places every double is unchanged, below -308 all become 0.
    if (!isfinite(x) || x == 0 || places > 323) {
        *out = x;
        return NUM_OK;
    }
    if (places < -308) {
        *out = 0.0 * x;
        return NUM_OK;
    }
    uint64_t significand;
    int exponent;
    split_double(fabs(x), &significand, &exponent);
    // A double with n binary places has exactly n decimal places.
    if (places >= (exponent < 0 ? -exponent : 0)) {
        *out = x;
        return NUM_OK;
    }
    double magnitude;
    NumStatus status = round_to_places(significand, exponent, (int)places, &magnitude);
    if (status == NUM_OK)
        *out = copysign(magnitude, x);
    return status;
}

NumStatus cl_num_round_to_int64(int64_t a, int64_t places, int64_t *out)
{
    if (places >= 0) {
        *out = a;
        return NUM_OK;
    }
    if (places < -19) { // 10^20 / 2 exceeds every int64
        *out = 0;
        return NUM_OK;
    }
    // Halves to even is symmetric: round the magnitude, then put the sign back.
    uint64_t unit = powers_of_ten[-places];
    uint64_t magnitude = magnitude_int64(a);
    uint64_t quotient = magnitude / unit, remainder = magnitude % unit;
    if (remainder > unit - remainder || (remainder == unit - remainder && (quotient & 1)))
        quotient++;
    uint64_t limit = a < 0 ? UINT64_C(1) << 63 : (UINT64_C(1) << 63) - 1;
    if (quotient > limit / unit)
        return NUM_OVERFLOW;
    uint64_t rounded = quotient * unit;
    if (a >= 0)
        *out = (int64_t)rounded;
    else
        *out = rounded == UINT64_C(1) << 63 ? INT64_MIN : -(int64_t)rounded;
    return NUM_OK;
}

NumStatus cl_num_round_to_big(const mp_int *a, int64_t places, mp_int *out)
{
    if (places >= 0)
        return from_mp(mp_copy(a, out));
    // 10^k / 2 > |a| once 10^k >= 2^(bits + 1), which k > bits / 3 + 1 guarantees.
    int bits = mp_count_bits(a);
    if (places < -(int64_t)(bits / 3 + 2)) {
        mp_zero(out);
        return NUM_OK;
    }
    NumStatus status = NUM_OK;
    mp_int unit, quotient, remainder;
    if (mp_init_multi(&unit, &quotient, &remainder, NULL) != MP_OKAY)
        return NUM_NOMEM;
    bool negative = a->sign == MP_NEG;
    MP_TRY(power_of_ten(&unit, (uint32_t)-places));
    MP_TRY(mp_abs(a, &quotient));
    MP_TRY(divide_round_even(&quotient, &unit, &remainder));
    MP_TRY(mp_mul(&quotient, &unit, out));
    if (negative)
        MP_TRY(mp_neg(out, out));
fail:
    mp_clear_multi(&unit, &quotient, &remainder, NULL);
    return status;
}

// ---------------------------------------------------------------------------------------------
// Floor division and modulo

double cl_num_float_mod(double a, double b)
{
    double remainder = fmod(a, b);
    if (remainder == 0)
        return copysign(0.0, b); // fmod's zero sign varies by platform; Python uses b's
    if ((remainder < 0) != (b < 0))
        remainder += b;
    return remainder;
}

NumStatus cl_num_floor_div_int64(int64_t a, int64_t b, int64_t *out)
{
    if (b == -1) {
        if (a == INT64_MIN)
            return NUM_OVERFLOW;
        *out = -a;
        return NUM_OK;
    }
    int64_t quotient = a / b;
    if (a % b != 0 && (a < 0) != (b < 0))
        quotient--;
    *out = quotient;
    return NUM_OK;
}

int64_t cl_num_floor_mod_int64(int64_t a, int64_t b)
{
    if (b == -1)
        return 0; // INT64_MIN % -1 is undefined in C
    int64_t remainder = a % b;
    if (remainder != 0 && (remainder < 0) != (b < 0))
        remainder += b;
    return remainder;
}

NumStatus cl_num_floor_divmod_big(const mp_int *a, const mp_int *b, mp_int *quotient,
                                  mp_int *remainder)
{
    NumStatus status = NUM_OK;
    mp_int q, r;
    if (mp_init_multi(&q, &r, NULL) != MP_OKAY)
        return NUM_NOMEM;
    MP_TRY(mp_div(a, b, &q, &r));
    if (!mp_iszero(&r) && r.sign != b->sign) {
        MP_TRY(mp_sub_d(&q, 1, &q));
        MP_TRY(mp_add(&r, b, &r));
    }
    if (quotient)
        mp_exch(&q, quotient);
    if (remainder)
        mp_exch(&r, remainder);
fail:
    mp_clear_multi(&q, &r, NULL);
    return status;
}

// ---------------------------------------------------------------------------------------------
// Int text

// "00" to "99", for writing two digits at a time.
static const char digit_pairs[] = "000102030405060708091011121314151617181920212223242526272829"
                                  "303132333435363738394041424344454647484950515253545556575859"
                                  "606162636465666768697071727374757677787980818283848586878889"
                                  "90919293949596979899";

// Writes the decimal digits of `value` so that they end just before `end`; returns their
// start.
static char *write_uint64_backwards(uint64_t value, char *end)
{
    while (value >= 100) {
        unsigned pair = (unsigned)(value % 100);
        value /= 100;
        end -= 2;
        memcpy(end, digit_pairs + 2 * pair, 2);
    }
    if (value >= 10) {
        end -= 2;
        memcpy(end, digit_pairs + 2 * value, 2);
    } else {
        *--end = (char)('0' + value);
    }
    return end;
}

size_t cl_num_int64_text(int64_t value, char *buffer)
{
    char scratch[20];
    char *start = write_uint64_backwards(magnitude_int64(value), scratch + sizeof scratch);
    size_t count = (size_t)(scratch + sizeof scratch - start);
    char *out = buffer;
    if (value < 0)
        *out++ = '-';
    memcpy(out, start, count);
    out[count] = '\0';
    return (size_t)(out + count - buffer);
}

size_t cl_num_big_text_size(const mp_int *a)
{
    // A b-bit number has at most ceil(b log10(2)) <= floor(b * 0.30103) + 1 digits.
    return (size_t)mp_count_bits(a) * 30103 / 100000 + 3;
}

// Writes the digits of |a| so that they end just before `end`, CHUNK_DIGITS at a time from
// the bottom (one mp_div_d per chunk rather than per digit). Sets *start.
static mp_err write_big_backwards(const mp_int *a, char *end, char **start)
{
    mp_int rest;
    mp_err err = mp_init_copy(&rest, a);
    while (err == MP_OKAY) {
        mp_digit chunk;
        err = mp_div_d(&rest, (mp_digit)powers_of_ten[CHUNK_DIGITS], &rest, &chunk);
        if (err != MP_OKAY)
            break;
        char *chunk_start = write_uint64_backwards((uint64_t)chunk, end);
        if (mp_iszero(&rest)) {
            *start = chunk_start;
            break;
        }
        memset(end - CHUNK_DIGITS, '0', (size_t)(chunk_start - (end - CHUNK_DIGITS)));
        end -= CHUNK_DIGITS;
    }
    mp_clear(&rest);
    return err;
}

NumStatus cl_num_big_text(const mp_int *a, char *buffer, size_t size, size_t *length)
{
    if (size < cl_num_big_text_size(a))
        return NUM_OVERFLOW;
    char *end = buffer + size - 1;
    char *start;
    if (mp_count_bits(a) <= 64) {
        start = write_uint64_backwards(mp_get_mag_u64(a), end);
    } else {
        mp_err err = write_big_backwards(a, end, &start);
        if (err != MP_OKAY)
            return from_mp(err);
    }
    if (a->sign == MP_NEG && !mp_iszero(a))
        *--start = '-';
    *length = (size_t)(end - start);
    memmove(buffer, start, *length);
    buffer[*length] = '\0';
    return NUM_OK;
}

// Checks ["-"] digit+ (also ["+"] digit+ when `allow_plus`); sets *negative and *digits to the
// first digit. False for any other text.
static bool split_int_text(const char *text, size_t length, bool allow_plus, bool *negative,
                           const char **digits)
{
    const char *p = text, *end = text + length;
    *negative = p < end && *p == '-';
    if (p < end && (*p == '-' || (allow_plus && *p == '+')))
        p++;
    *digits = p;
    return p < end && skip_digits(p, end) == end;
}

NumStatus cl_num_parse_int64(const char *text, size_t length, bool allow_plus, int64_t *out)
{
    bool negative;
    const char *p;
    if (!split_int_text(text, length, allow_plus, &negative, &p))
        return NUM_DOMAIN;
    const char *end = text + length;
    uint64_t limit = negative ? UINT64_C(1) << 63 : (UINT64_C(1) << 63) - 1;
    uint64_t magnitude = 0;
    for (; p < end; p++) {
        unsigned digit = (unsigned)(*p - '0');
        if (magnitude > (limit - digit) / 10)
            return NUM_OVERFLOW;
        magnitude = magnitude * 10 + digit;
    }
    if (!negative)
        *out = (int64_t)magnitude;
    else
        *out = magnitude == UINT64_C(1) << 63 ? INT64_MIN : -(int64_t)magnitude;
    return NUM_OK;
}

NumStatus cl_num_parse_big(const char *text, size_t length, bool allow_plus, mp_int *out)
{
    bool negative;
    const char *digits;
    if (!split_int_text(text, length, allow_plus, &negative, &digits))
        return NUM_DOMAIN;
    Decimal d = {digits, (size_t)(text + length - digits), NULL, 0, 0};
    mp_err err = decimal_to_mp(&d, 0, d.whole_length - 1, out);
    if (err == MP_OKAY && negative && !mp_iszero(out))
        err = mp_neg(out, out);
    return from_mp(err);
}

// ---------------------------------------------------------------------------------------------
// Logarithms of ints

// The logarithm of `x` in `base` from the C library.
static double log_in_base(double x, NumLogBase base)
{
    switch (base) {
    case NUM_LOG_2:
        return log2(x);
    case NUM_LOG_10:
        return log10(x);
    case NUM_LOG_E:
        break;
    }
    return log(x);
}

NumStatus cl_num_big_log(const mp_int *a, NumLogBase base, double *out)
{
    if (mp_iszero(a) || a->sign == MP_NEG)
        return NUM_DOMAIN;
    double x;
    if (cl_num_big_to_double(a, &x) == NUM_OK) {
        *out = log_in_base(x, base);
        return NUM_OK;
    }
    // As CPython: a ~ fraction * 2^bits with the fraction rounded to 53 bits in [0.5, 1), and
    // log(a) ~ log(fraction) + log(2) * bits.
    int bits = mp_count_bits(a);
    double fraction = make_double(mp_bits_at(a, bits - 64), -64, mp_bits_below(a, bits - 64));
    if (fraction == 1.0) {
        fraction = 0.5;
        bits++;
    }
    *out = log_in_base(fraction, base) + log_in_base(2.0, base) * (double)bits;
    return NUM_OK;
}
