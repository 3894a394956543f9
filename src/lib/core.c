// core.c: arithmetic, comparison, logic, predicates, conversion, tuples, the console, apply and
// the runtime switches (LANGUAGE.md §15.1–§15.5, §15.8, §15.14 io:print, §15.15).
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "lib/lib.h"
#include "runtime/numconv.h"

// ---------------------------------------------------------------------------------------------
// Arithmetic (§9, §15.1)

typedef ClStatus (*NumOp)(ClState *S, Value a, Value b, Value *out);

// Folds `op` over the arguments left to right starting from `args[0]`; a lone argument must
// still be a number.
static int fold_numbers(ClState *S, const char *name, NumOp op, Value *args, int argc,
                        Value *result)
{
    Value acc = args[0];
    if (argc == 1)
        TRY(cl_arg_number(S, name, args, 0));
    for (int i = 1; i < argc; i++)
        TRY(op(S, acc, args[i], &acc));  // args are rooted registers; acc is the newest value
    *result = acc;
    return CL_OK;
}

static int add(ClState *S, Value *args, int argc, Value *result)
{
    if (argc == 0) {
        *result = cl_from_small_int(0);
        return CL_OK;
    }
    return fold_numbers(S, "+", cl_num_add, args, argc, result);
}

static int sub(ClState *S, Value *args, int argc, Value *result)
{
    if (argc == 1) {
        TRY(cl_arg_number(S, "-", args, 0));
        return cl_num_neg(S, args[0], result);
    }
    return fold_numbers(S, "-", cl_num_sub, args, argc, result);
}

static int mul(ClState *S, Value *args, int argc, Value *result)
{
    if (argc == 0) {
        *result = cl_from_small_int(1);
        return CL_OK;
    }
    return fold_numbers(S, "*", cl_num_mul, args, argc, result);
}

static int divide(ClState *S, Value *args, int argc, Value *result)
{
    if (argc == 1) {
        TRY(cl_arg_number(S, "/", args, 0));
        return cl_num_div(S, cl_from_small_int(1), args[0], result);
    }
    return fold_numbers(S, "/", cl_num_div, args, argc, result);
}

static int mod(ClState *S, Value *args, int argc, Value *result)
{
    return cl_num_mod(S, args[0], args[1], result);
}

static int idiv(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_int(S, "div", args, 0));
    TRY(cl_arg_int(S, "div", args, 1));
    return cl_num_idiv(S, args[0], args[1], result);
}

static int abs_value(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_number(S, "abs", args, 0));
    if (cl_is_float(args[0]))
        return cl_float_new(S, fabs(cl_float_value(args[0])), result);
    if (cl_int_sign(args[0]) < 0)
        return cl_num_neg(S, args[0], result);
    *result = args[0];
    return CL_OK;
}

// max/min: the first argument that no later one beats (§15.1: ties keep the first).
static int extreme(ClState *S, Value *args, int argc, Value *result, int want)
{
    Value best = args[0];
    int c;
    if (argc == 1)
        TRY(cl_compare(S, best, best, &c));  // a lone argument must still be orderable
    for (int i = 1; i < argc; i++) {
        TRY(cl_compare(S, args[i], best, &c));
        if (c == want)
            best = args[i];
    }
    *result = best;
    return CL_OK;
}

static int max_value(ClState *S, Value *args, int argc, Value *result)
{
    return extreme(S, args, argc, result, 1);
}

static int min_value(ClState *S, Value *args, int argc, Value *result)
{
    return extreme(S, args, argc, result, -1);
}

// ---------------------------------------------------------------------------------------------
// Comparison and logic (§8, §15.2, §15.3)

static int equal(ClState *S, Value *args, int argc, Value *result)
{
    *result = cl_from_bool(cl_equal(S, args[0], args[1]));
    return CL_OK;
}

static int not_equal(ClState *S, Value *args, int argc, Value *result)
{
    *result = cl_from_bool(!cl_equal(S, args[0], args[1]));
    return CL_OK;
}

static int compare_with(ClState *S, Value a, Value b, bool (*test)(int), Value *result)
{
    int c;
    TRY(cl_compare(S, a, b, &c));
    *result = cl_from_bool(c != 2 && test(c));
    return CL_OK;
}

static bool is_less(int c) { return c < 0; }
static bool is_less_equal(int c) { return c <= 0; }

static int less(ClState *S, Value *args, int argc, Value *result)
{
    return compare_with(S, args[0], args[1], is_less, result);
}

static int greater(ClState *S, Value *args, int argc, Value *result)
{
    return compare_with(S, args[1], args[0], is_less, result);
}

static int less_equal(ClState *S, Value *args, int argc, Value *result)
{
    return compare_with(S, args[0], args[1], is_less_equal, result);
}

static int greater_equal(ClState *S, Value *args, int argc, Value *result)
{
    return compare_with(S, args[1], args[0], is_less_equal, result);
}

// `and`/`or` as values: the same results on already evaluated arguments (§5.7).
static int and_values(ClState *S, Value *args, int argc, Value *result)
{
    *result = CL_TRUE;
    for (int i = 0; i < argc; i++) {
        *result = args[i];
        if (cl_is_falsy(args[i]))
            break;
    }
    return CL_OK;
}

static int or_values(ClState *S, Value *args, int argc, Value *result)
{
    *result = CL_FALSE;
    for (int i = 0; i < argc; i++) {
        *result = args[i];
        if (cl_is_truthy(args[i]))
            break;
    }
    return CL_OK;
}

static int not_value(ClState *S, Value *args, int argc, Value *result)
{
    *result = cl_from_bool(cl_is_falsy(args[0]));
    return CL_OK;
}

static int xor_values(ClState *S, Value *args, int argc, Value *result)
{
    *result = cl_from_bool(cl_is_truthy(args[0]) != cl_is_truthy(args[1]));
    return CL_OK;
}

static int implies(ClState *S, Value *args, int argc, Value *result)
{
    *result = cl_is_falsy(args[0]) ? CL_TRUE : args[1];
    return CL_OK;
}

static int iff(ClState *S, Value *args, int argc, Value *result)
{
    *result = cl_from_bool(cl_is_truthy(args[0]) == cl_is_truthy(args[1]));
    return CL_OK;
}

// ---------------------------------------------------------------------------------------------
// Predicates (§15.4)

#define PREDICATE(cname, test)                                                                 \
    static int cname(ClState *S, Value *args, int argc, Value *result)                         \
    {                                                                                          \
        Value v = args[0];                                                                     \
        *result = cl_from_bool(test);                                                          \
        return CL_OK;                                                                          \
    }

PREDICATE(is_int, cl_is_int(v))
PREDICATE(is_float, cl_is_float(v))
PREDICATE(is_number, cl_is_number(v))
PREDICATE(is_string, cl_is_string(v))
PREDICATE(is_bool, cl_is_bool(v))
PREDICATE(is_list, cl_is_list(v))
PREDICATE(is_function, cl_is_function(v))
PREDICATE(is_nil, v == CL_NIL)
PREDICATE(is_empty, v == CL_EMPTY)

// The sign of a number (0 for non-numbers and nan), for positive?/negative?.
static int number_sign(Value v)
{
    if (cl_is_int(v))
        return cl_int_sign(v);
    if (cl_is_float(v)) {
        double d = cl_float_value(v);
        return d > 0 ? 1 : d < 0 ? -1 : 0;
    }
    return 0;
}

PREDICATE(is_positive, number_sign(v) > 0)
PREDICATE(is_negative, number_sign(v) < 0)

static int parity(Value v)
{
    if (cl_is_small_int(v))
        return (int)(cl_small_int(v) & 1);
    if (cl_is_bigint(v))
        return mp_isodd(&((BigInt *)cl_as_object(v))->n) ? 1 : 0;
    return -1;
}

PREDICATE(is_even, parity(v) == 0)
PREDICATE(is_odd, parity(v) == 1)

// ---------------------------------------------------------------------------------------------
// Conversion (§15.5)

static int to_string(ClState *S, Value *args, int argc, Value *result)
{
    return cl_value_to_string(S, args[0], true, result);
}

static int to_int(ClState *S, Value *args, int argc, Value *result)
{
    Value v = args[0];
    if (cl_is_int(v)) {
        *result = v;
        return CL_OK;
    }
    if (cl_is_float(v)) {
        double d = cl_float_value(v);
        int64_t n;
        NumStatus st = cl_num_double_to_int64(d, NUM_TRUNCATE, &n);
        if (st == NUM_OK)
            return cl_int_from_int64(S, n, result);
        if (st == NUM_DOMAIN)
            return cl_raisef(S, CL_ERR_VALUE_ERROR, "cannot convert nan to an int");
        if (isinf(d))
            return cl_raisef(S, CL_ERR_OVERFLOW_ERROR, "cannot convert %s to an int",
                             d > 0 ? "inf" : "-inf");
        mp_int m;
        if (mp_init(&m) != MP_OKAY || cl_num_double_to_big(d, NUM_TRUNCATE, &m) != NUM_OK) {
            mp_clear(&m);
            return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory");
        }
        return cl_int_from_mp(S, &m, result);
    }
    if (cl_is_string(v)) {
        const String *s = cl_as_string(v);
        const char *p = s->bytes;
        size_t n = s->size, start = (n > 0 && (p[0] == '+' || p[0] == '-')) ? 1 : 0;
        bool digits = n > start;
        for (size_t i = start; i < n && digits; i++)
            digits = p[i] >= '0' && p[i] <= '9';
        if (!digits)
            return cl_raisef(S, CL_ERR_VALUE_ERROR, "cannot convert \"%s\" to an int", s->bytes);
        return cl_int_from_text(S, p, n, result);
    }
    return cl_type_error_arg(S, "to-int", 1, "an int, float or string", v);
}

// ---------------------------------------------------------------------------------------------
// Tuples (§15.8)

static int tuple(ClState *S, Value *args, int argc, Value *result)
{
    return cl_tuple_new(S, args, (uint32_t)argc, result);
}

static int element(ClState *S, const char *name, Value v, uint32_t i, Value *result)
{
    if (cl_is_obj_type(v, OBJ_TUPLE)) {
        if (i >= cl_as_tuple(v)->h.aux)
            return cl_raisef(S, CL_ERR_INDEX_OUT_OF_RANGE, "%s of a tuple of %u elements", name,
                             cl_as_tuple(v)->h.aux);
        *result = cl_as_tuple(v)->items[i];
        return CL_OK;
    }
    if (cl_is_list(v)) {
        for (uint32_t k = 0; k < i && cl_is_cell(v); k++)
            v = cl_as_cell(v)->tail;
        if (!cl_is_cell(v))
            return cl_raisef(S, CL_ERR_INDEX_OUT_OF_RANGE, "%s of a list that is too short", name);
        *result = cl_as_cell(v)->head;
        return CL_OK;
    }
    return cl_type_error_arg(S, name, 1, "a tuple or list", v);
}

static int first(ClState *S, Value *args, int argc, Value *result)
{
    return element(S, "fst", args[0], 0, result);
}

static int second(ClState *S, Value *args, int argc, Value *result)
{
    return element(S, "snd", args[0], 1, result);
}

// ---------------------------------------------------------------------------------------------
// Console (§15.14)

// Writes text to the program's stdout or stderr (or the embedder's writer).
void cl_lib_write(ClState *S, int stream, const char *bytes, size_t length)
{
    if (S->config.write) {
        S->config.write(S->config.write_user_data, stream, bytes, length);
        return;
    }
    FILE *f = stream == 2 ? stderr : stdout;
    fwrite(bytes, 1, length, f);
}

// io:print and friends: arguments' display forms joined by spaces, then a newline.
static int print_to(ClState *S, int stream, Value *args, int argc, Value *result)
{
    Buffer b;
    cl_buffer_init(&b);
    for (int i = 0; i < argc; i++) {
        if (i)
            cl_buffer_append(&b, " ", 1);
        cl_display_value(S, &b, args[i]);
    }
    cl_buffer_append(&b, "\n", 1);
    if (b.failed) {
        cl_buffer_fini(&b);
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory while printing");
    }
    cl_lib_write(S, stream, b.bytes, b.size);
    cl_buffer_fini(&b);
    *result = CL_NIL;
    return CL_OK;
}

static int io_print(ClState *S, Value *args, int argc, Value *result)
{
    return print_to(S, 1, args, argc, result);
}

static int io_print_err(ClState *S, Value *args, int argc, Value *result)
{
    return print_to(S, 2, args, argc, result);
}

// ---------------------------------------------------------------------------------------------
// Functions and the runtime (§15.9 identity and apply, §15.15)

static int identity(ClState *S, Value *args, int argc, Value *result)
{
    *result = args[0];
    return CL_OK;
}

static int apply(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_function(S, "apply", args, 0));
    TRY(cl_arg_list(S, "apply", args, 1));
    cl_vm_request(S, args[0], NULL, 0);
    S->request.list_args = args[1];
    return CL_REQUEST_CALL;
}

static int contracts_on(ClState *S, Value *args, int argc, Value *result)
{
    S->contracts_enabled = true;
    *result = CL_TRUE;
    return CL_OK;
}

static int contracts_off(ClState *S, Value *args, int argc, Value *result)
{
    S->contracts_enabled = false;
    *result = CL_TRUE;
    return CL_OK;
}

static const LibFunction core[] = {
    {"+", add, 0, -1, CL_EFFECT_PURE, 1, NULL},
    {"-", sub, 1, -1, CL_EFFECT_PURE, 1, NULL},
    {"*", mul, 0, -1, CL_EFFECT_PURE, 1, NULL},
    {"/", divide, 1, -1, CL_EFFECT_ERROR, 1, NULL},
    {"mod", mod, 2, 2, CL_EFFECT_ERROR, 1, NULL},
    {"div", idiv, 2, 2, CL_EFFECT_ERROR, 1, NULL},
    {"abs", abs_value, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"max", max_value, 1, -1, CL_EFFECT_PURE, 1, NULL},
    {"min", min_value, 1, -1, CL_EFFECT_PURE, 1, NULL},
    {"==", equal, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"=", equal, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"!=", not_equal, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"not=", not_equal, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"<", less, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {">", greater, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"<=", less_equal, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {">=", greater_equal, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"and", and_values, 0, -1, CL_EFFECT_PURE, 1, NULL},
    {"or", or_values, 0, -1, CL_EFFECT_PURE, 1, NULL},
    {"not", not_value, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"xor", xor_values, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"implies", implies, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"iff", iff, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"int?", is_int, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"float?", is_float, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"number?", is_number, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"string?", is_string, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"bool?", is_bool, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"boolean?", is_bool, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"list?", is_list, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"function?", is_function, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"nil?", is_nil, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"empty?", is_empty, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"positive?", is_positive, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"negative?", is_negative, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"even?", is_even, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"odd?", is_odd, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"to-string", to_string, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"to-int", to_int, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"tuple", tuple, 0, -1, CL_EFFECT_PURE, 0, NULL},
    {"fst", first, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"snd", second, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"io:print", io_print, 0, -1, CL_EFFECT_IO, 0, NULL},
    {"print-line", io_print, 1, 1, CL_EFFECT_IO, 0, NULL},
    {"io:print-err", io_print_err, 0, -1, CL_EFFECT_IO, 0, NULL},
    {"identity", identity, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"apply", apply, 2, 2, CL_EFFECT_PURE, 0, NULL},
    {"enable-contract-checking!", contracts_on, 0, 0, CL_EFFECT_PURE, 0, NULL},
    {"disable-contract-checking!", contracts_off, 0, 0, CL_EFFECT_PURE, 0, NULL},
};

ClStatus cl_lib_core_open(ClState *S) { return cl_lib_define(S, core, LIB_COUNT(core)); }
