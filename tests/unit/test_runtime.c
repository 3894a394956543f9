// test_runtime.c: unit tests of the runtime below the language: value tagging, numbers at the
// small-int/bignum boundary, equality/ordering/hashing agreement (LANGUAGE.md §8), the written
// form, UTF-8 validation, list building, and the collector keeping exactly what is rooted.
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>

#include "runtime/runtime.h"

static ClState *S;

static void setup(void)
{
    S = cl_open(NULL);
    cr_assert_not_null(S);
}

static void teardown(void) { cl_close(S); }

TestSuite(runtime, .init = setup, .fini = teardown);

static char *written(Value v)
{
    static char text[4096];
    Buffer b;
    cl_buffer_init(&b);
    cl_write_value(S, &b, v);
    cr_assert(!b.failed);
    snprintf(text, sizeof text, "%.*s", (int)b.size, b.bytes ? b.bytes : "");
    cl_buffer_fini(&b);
    return text;
}

Test(runtime, immediates_and_truthiness)
{
    cr_assert(cl_is_falsy(CL_NIL) && cl_is_falsy(CL_FALSE));
    cr_assert(cl_is_truthy(CL_TRUE) && cl_is_truthy(CL_EMPTY));
    cr_assert(cl_is_truthy(cl_from_small_int(0)));
    cr_assert(cl_is_list(CL_EMPTY) && !cl_is_list(CL_NIL));
    cr_assert_eq(cl_small_int(cl_from_small_int(-5)), -5);
    cr_assert_eq(cl_small_int(cl_from_small_int(CL_SMALL_INT_MAX)), CL_SMALL_INT_MAX);
    cr_assert_eq(cl_small_int(cl_from_small_int(CL_SMALL_INT_MIN)), CL_SMALL_INT_MIN);
}

Test(runtime, ints_cross_the_small_boundary_both_ways)
{
    Value big, back, one = cl_from_small_int(1);
    cr_assert_eq(cl_int_from_int64(S, CL_SMALL_INT_MAX, &big), CL_OK);
    cr_assert(cl_is_small_int(big));
    cr_assert_eq(cl_num_add(S, big, one, &big), CL_OK);
    cr_assert(cl_is_bigint(big), "max small + 1 is a bignum");
    cr_assert_str_eq(written(big), "4611686018427387904");
    cr_assert_eq(cl_num_sub(S, big, one, &back), CL_OK);
    cr_assert(cl_is_small_int(back), "bignum - 1 shrinks back to a small int");
    cr_assert_eq(cl_small_int(back), CL_SMALL_INT_MAX);
    Value min, below;
    cr_assert_eq(cl_int_from_int64(S, CL_SMALL_INT_MIN, &min), CL_OK);
    cr_assert_eq(cl_num_sub(S, min, one, &below), CL_OK);
    cr_assert(cl_is_bigint(below));
    cr_assert_eq(cl_num_mul(S, min, cl_from_small_int(-1), &below), CL_OK);
    cr_assert_str_eq(written(below), "4611686018427387904");
}

Test(runtime, int_text_round_trips_at_any_size)
{
    const char *digits = "-123456789012345678901234567890123456789";
    Value v;
    cr_assert_eq(cl_int_from_text(S, digits, strlen(digits), &v), CL_OK);
    cr_assert_str_eq(written(v), digits);
    cr_assert_eq(cl_int_from_text(S, "007", 3, &v), CL_OK);
    cr_assert_eq(v, cl_from_small_int(7));
}

Test(runtime, division_and_modulo_follow_the_floor)
{
    Value r;
    cr_assert_eq(cl_num_mod(S, cl_from_small_int(-7), cl_from_small_int(3), &r), CL_OK);
    cr_assert_eq(r, cl_from_small_int(2));
    cr_assert_eq(cl_num_idiv(S, cl_from_small_int(-7), cl_from_small_int(2), &r), CL_OK);
    cr_assert_eq(r, cl_from_small_int(-4));
    cr_assert_eq(cl_num_div(S, cl_from_small_int(7), cl_from_small_int(2), &r), CL_OK);
    cr_assert(cl_is_float(r) && cl_float_value(r) == 3.5);
    cr_assert_eq(cl_num_div(S, cl_from_small_int(1), cl_from_small_int(0), &r), CL_ERROR);
    cr_assert_eq(S->error.kind, CL_ERR_DIVISION_BY_ZERO);
    cr_assert_eq(cl_num_add(S, cl_from_small_int(1), CL_TRUE, &r), CL_ERROR);
    cr_assert_eq(S->error.kind, CL_ERR_TYPE_ERROR, "booleans are not numbers");
}

Test(runtime, equality_hashing_and_ordering_agree)
{
    Value one_f = CL_NIL, nan_f = CL_NIL, big = CL_NIL, big_f = CL_NIL;
    Value two_pow_70 = CL_NIL, two_pow_70_f = CL_NIL;
    Value *locals[] = {&one_f, &nan_f, &big, &big_f, &two_pow_70, &two_pow_70_f};
    RootMark mark = cl_root(S, locals[0]);
    for (int i = 1; i < 6; i++)
        cl_root(S, locals[i]);
    cr_assert_eq(cl_float_new(S, 1.0, &one_f), CL_OK);
    cr_assert(cl_equal(S, cl_from_small_int(1), one_f));
    cr_assert_eq(cl_hash(S, cl_from_small_int(1)), cl_hash(S, one_f));
    cr_assert(!cl_equal(S, cl_from_small_int(1), CL_TRUE));
    cr_assert_eq(cl_float_new(S, NAN, &nan_f), CL_OK);
    cr_assert(!cl_equal(S, nan_f, nan_f), "nan equals nothing, itself included");
    cr_assert_eq(cl_int_from_text(S, "9007199254740993", 16, &big), CL_OK);
    cr_assert_eq(cl_float_new(S, 9007199254740992.0, &big_f), CL_OK);
    cr_assert(!cl_equal(S, big, big_f), "ints compare exactly with floats");
    int c;
    cr_assert_eq(cl_compare(S, big_f, big, &c), CL_OK);
    cr_assert_eq(c, -1);
    cr_assert_eq(cl_int_from_text(S, "1180591620717411303424", 22, &two_pow_70), CL_OK);
    cr_assert_eq(cl_float_new(S, ldexp(1.0, 70), &two_pow_70_f), CL_OK);
    cr_assert(cl_equal(S, two_pow_70, two_pow_70_f));
    cr_assert_eq(cl_hash(S, two_pow_70), cl_hash(S, two_pow_70_f));
    cr_assert_eq(cl_compare(S, cl_from_small_int(1), CL_TRUE, &c), CL_ERROR);
    cr_assert_eq(S->error.kind, CL_ERR_TYPE_ERROR);
    cl_unroot(S, mark);
}

Test(runtime, lists_compare_lexicographically_and_structurally)
{
    Value a_items[] = {cl_from_small_int(1), cl_from_small_int(2)};
    Value b_items[] = {cl_from_small_int(1), cl_from_small_int(3)};
    Value a, b, prefix;
    cr_assert_eq(cl_list_from_array(S, a_items, 2, &a), CL_OK);
    RootMark mark = cl_root(S, &a);
    cr_assert_eq(cl_list_from_array(S, b_items, 2, &b), CL_OK);
    cl_root(S, &b);
    cr_assert_eq(cl_list_from_array(S, a_items, 1, &prefix), CL_OK);
    int c;
    cr_assert_eq(cl_compare(S, a, b, &c), CL_OK);
    cr_assert_eq(c, -1);
    cr_assert_eq(cl_compare(S, prefix, a, &c), CL_OK);
    cr_assert_eq(c, -1, "a prefix is smaller");
    cr_assert(!cl_equal(S, a, b));
    cr_assert_eq(cl_list_length(a), 2);
    cl_unroot(S, mark);
}

Test(runtime, written_forms)
{
    Value s = CL_NIL, items[3], list, tuple;
    RootMark mark = cl_root(S, &s);
    cr_assert_eq(cl_string_from_cstr(S, "a\"b\\c\nd\te", &s), CL_OK);
    cr_assert_str_eq(written(s), "\"a\\\"b\\\\c\\nd\\te\"");
    items[0] = cl_from_small_int(-250);
    items[1] = s;
    items[2] = CL_NIL;
    cr_assert_eq(cl_list_from_array(S, items, 3, &list), CL_OK);
    cr_assert_str_eq(written(list), "[-250 \"a\\\"b\\\\c\\nd\\te\" nil]");
    cr_assert_eq(cl_tuple_new(S, items, 0, &tuple), CL_OK);
    cr_assert_str_eq(written(tuple), "(tuple)");
    Value f;
    cr_assert_eq(cl_float_new(S, 1e16, &f), CL_OK);
    cr_assert_str_eq(written(f), "1e+16");
    cr_assert_eq(cl_float_new(S, -0.0, &f), CL_OK);
    cr_assert_str_eq(written(f), "-0.0");
    cl_unroot(S, mark);
}

Test(runtime, deeply_nested_values_print_without_recursion)
{
    Value v = CL_EMPTY;
    RootMark mark = cl_root(S, &v);
    for (int i = 0; i < 100000; i++) {
        Cell *c = cl_alloc_cell(S, v, CL_EMPTY);
        cr_assert_not_null(c);
        v = cl_from_cell(c);
    }
    Buffer b;
    cl_buffer_init(&b);
    cl_write_value(S, &b, v);
    cr_assert(!b.failed);
    cr_assert_eq(b.size, 2 * 100000 + 2);
    cr_assert(b.bytes[0] == '[' && b.bytes[b.size - 1] == ']');
    cl_buffer_fini(&b);
    cr_assert(cl_equal(S, v, v) == true);
    cl_unroot(S, mark);
}

Test(runtime, utf8_validation)
{
    uint32_t n;
    cr_assert(cl_utf8_validate("h\xC3\xA9llo", 6, &n) && n == 5);
    cr_assert(cl_utf8_validate("\xF0\x9F\x98\x80", 4, &n) && n == 1);
    cr_assert(!cl_utf8_validate("\xC0\xAF", 2, NULL), "overlong");
    cr_assert(!cl_utf8_validate("\xED\xA0\x80", 3, NULL), "surrogate");
    cr_assert(!cl_utf8_validate("\xF4\x90\x80\x80", 4, NULL), "beyond U+10FFFF");
    cr_assert(!cl_utf8_validate("\xE2\x82", 2, NULL), "truncated");
}

Test(runtime, collector_keeps_rooted_values_and_frees_the_rest)
{
    Value kept = CL_EMPTY;
    RootMark mark = cl_root(S, &kept);
    for (int i = 0; i < 1000; i++) {
        Value s;
        cr_assert_eq(cl_string_from_cstr(S, "garbage string that is not kept", &s), CL_OK);
        Cell *c = cl_alloc_cell(S, cl_from_small_int(i), kept);
        cr_assert_not_null(c);
        kept = cl_from_cell(c);
    }
    cl_gc_collect(S);
    uint64_t collected_before = S->heap.objects_collected;
    cr_assert_eq(cl_list_length(kept), 1000);
    int64_t sum = 0;
    for (Value l = kept; cl_is_cell(l); l = cl_as_cell(l)->tail)
        sum += cl_small_int(cl_as_cell(l)->head);
    cr_assert_eq(sum, 999 * 1000 / 2);
    cl_unroot(S, mark);
    cl_gc_collect(S);
    cr_assert(S->heap.objects_collected >= collected_before + 1000,
              "the unrooted list is freed");
}

Test(runtime, dicts_are_persistent_and_keyed_by_equality)
{
    Value d, d2, v, one_f;
    cr_assert_eq(cl_dict_new(S, false, &d), CL_OK);
    RootMark mark = cl_root(S, &d);
    cr_assert_eq(cl_dict_set(S, d, cl_from_small_int(1), CL_TRUE, &d2), CL_OK);
    cl_root(S, &d2);
    cr_assert_eq(cl_dict_size(d), 0, "the original is unchanged");
    cr_assert_eq(cl_dict_size(d2), 1);
    cr_assert_eq(cl_float_new(S, 1.0, &one_f), CL_OK);
    cr_assert(cl_dict_get(S, d2, one_f, &v) && v == CL_TRUE, "1 and 1.0 are one key");
    cr_assert(!cl_dict_get(S, d2, CL_TRUE, &v), "1 and #t are different keys");
    cl_unroot(S, mark);
}
