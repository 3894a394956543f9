// test_embed.c: the embedding API of claudelang.h used as an embedder would: open a state, run
// code, read values through slots, call functions, register a C builtin, keep handles, read
// errors, and configure limits and effect policy.
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claudelang.h"

static ClStatus run(ClState *S, const char *source)
{
    return cl_run_string(S, "test.cl", source, strlen(source));
}

Test(embed, runs_a_string_and_reads_the_last_value)
{
    ClState *S = cl_open(NULL);
    cr_assert_not_null(S);
    int64_t n = 0;
    cr_assert_eq(run(S, "(define x 20) (+ x 22)"), CL_OK);
    cr_assert_eq(cl_get_int64(S, 0, &n), CL_OK);
    cr_assert_eq(n, 42);
    cl_close(S);
}

Test(embed, reads_every_kind_of_value)
{
    ClState *S = cl_open(NULL);
    cr_assert_eq(run(S, "[1 \"two\" 3.5 #t nil (tuple 1 2)]"), CL_OK);
    cr_assert_eq(cl_slot_type(S, 0), CL_TYPE_LIST);
    size_t length = 0;
    cr_assert_eq(cl_get_length(S, 0, &length), CL_OK);
    cr_assert_eq(length, 6);
    cr_assert_eq(cl_ensure_slots(S, 8), CL_OK);
    const char *text;
    size_t size;
    cr_assert_eq(cl_get_element(S, 0, 1, 1), CL_OK);
    cr_assert_eq(cl_get_string(S, 1, &text, &size), CL_OK);
    cr_assert(size == 3 && memcmp(text, "two", 3) == 0);
    double d = 0;
    cr_assert_eq(cl_get_element(S, 0, 2, 2), CL_OK);
    cr_assert_eq(cl_get_double(S, 2, &d), CL_OK);
    cr_assert_float_eq(d, 3.5, 1e-12);
    bool b = false;
    cr_assert_eq(cl_get_element(S, 0, 3, 3), CL_OK);
    cr_assert_eq(cl_get_bool(S, 3, &b), CL_OK);
    cr_assert(b);
    cr_assert_eq(cl_get_element(S, 0, 4, 4), CL_OK);
    cr_assert_eq(cl_slot_type(S, 4), CL_TYPE_NIL);
    cr_assert_eq(cl_get_element(S, 0, 5, 5), CL_OK);
    cr_assert_eq(cl_slot_type(S, 5), CL_TYPE_TUPLE);
    char *written = cl_write_slot(S, 0);
    cr_assert_str_eq(written, "[1 \"two\" 3.5 #t nil (tuple 1 2)]");
    free(written);
    cr_assert_eq(cl_get_element(S, 0, 9, 6), CL_ERROR);
    cr_assert_eq(cl_error_kind(S), CL_ERR_INDEX_OUT_OF_RANGE);
    cl_close(S);
}

Test(embed, wrong_slot_types_are_type_errors)
{
    ClState *S = cl_open(NULL);
    cr_assert_eq(run(S, "\"text\""), CL_OK);
    int64_t n;
    cr_assert_eq(cl_get_int64(S, 0, &n), CL_ERROR);
    cr_assert_eq(cl_error_kind(S), CL_ERR_TYPE_ERROR);
    cr_assert_eq(run(S, "(* 99999999999 99999999999 99999999999)"), CL_OK);
    cr_assert_eq(cl_get_int64(S, 0, &n), CL_ERROR);
    cr_assert_eq(cl_error_kind(S), CL_ERR_OVERFLOW_ERROR);
    cl_close(S);
}

Test(embed, calls_a_function_with_arguments_from_slots)
{
    ClState *S = cl_open(NULL);
    cr_assert_eq(run(S, "(define (area w h) (* w h))"), CL_OK);
    cr_assert_eq(cl_ensure_slots(S, 4), CL_OK);
    cr_assert_eq(cl_get_global(S, "area", 0), CL_OK);
    cr_assert_eq(cl_set_int64(S, 1, 6), CL_OK);
    cr_assert_eq(cl_set_int64(S, 2, 7), CL_OK);
    cr_assert_eq(cl_call(S, 0, 1, 2, 3), CL_OK);
    int64_t n = 0;
    cr_assert_eq(cl_get_int64(S, 3, &n), CL_OK);
    cr_assert_eq(n, 42);
    cr_assert_eq(cl_call(S, 0, 1, 1, 3), CL_ERROR);
    cr_assert_eq(cl_error_kind(S), CL_ERR_ARITY_ERROR);
    cl_close(S);
}

// A C builtin: (c-sum a b ...) adds its int arguments.
static ClStatus c_sum(ClState *S, uint32_t argc)
{
    int64_t total = 0;
    for (uint32_t i = 0; i < argc; i++) {
        int64_t n;
        if (cl_get_int64(S, i, &n) != CL_OK)
            return CL_ERROR;
        total += n;
    }
    return cl_set_int64(S, 0, total);
}

static ClStatus c_fail(ClState *S, uint32_t argc)
{
    (void)argc;
    return cl_raise(S, CL_ERR_VALUE_ERROR, "c-fail always fails");
}

Test(embed, registers_c_builtins)
{
    ClState *S = cl_open(NULL);
    cr_assert_eq(cl_register_builtin(S, "c-sum", c_sum, 0, -1), CL_OK);
    cr_assert_eq(cl_register_builtin(S, "c-fail", c_fail, 0, 0), CL_OK);
    cr_assert_eq(run(S, "(c-sum 1 2 3 (c-sum 10 20))"), CL_OK);
    int64_t n = 0;
    cr_assert_eq(cl_get_int64(S, 0, &n), CL_OK);
    cr_assert_eq(n, 36);
    cr_assert_eq(run(S, "(map (lambda (x) (c-sum x x)) [1 2 3])"), CL_OK);
    char *text = cl_write_slot(S, 0);
    cr_assert_str_eq(text, "[2 4 6]");
    free(text);
    cr_assert_eq(run(S, "(c-sum \"x\")"), CL_ERROR);
    cr_assert_eq(cl_error_kind(S), CL_ERR_TYPE_ERROR);
    cr_assert_eq(run(S, "(error:catch \"value-error\" (lambda (e) 7)) (+ 1 (c-fail))"), CL_OK);
    cr_assert_eq(cl_get_int64(S, 0, &n), CL_OK);
    cr_assert_eq(n, 8);
    cl_close(S);
}

Test(embed, reports_errors_with_kind_position_and_text)
{
    ClState *S = cl_open(NULL);
    cr_assert_eq(run(S, "(io:print 1)\n(let ((x 1))\n  (head []))"), CL_ERROR);
    cr_assert_eq(cl_error_kind(S), CL_ERR_INDEX_OUT_OF_RANGE);
    uint32_t line, column;
    const char *file = cl_error_location(S, &line, &column);
    cr_assert_str_eq(file, "test.cl");
    cr_assert_eq(line, 3);
    cr_assert_eq(column, 3);
    cr_assert(strstr(cl_error_text(S), "test.cl:3:3: error[index-out-of-range]") != NULL);
    cr_assert_eq(run(S, "(let ((x 1)) x"), CL_ERROR);
    cr_assert_eq(cl_error_kind(S), CL_ERR_PARSE_ERROR);
    // The state stays usable after errors.
    cr_assert_eq(run(S, "(+ 1 1)"), CL_OK);
    cl_close(S);
}

Test(embed, handles_keep_values_alive_across_collections)
{
    ClState *S = cl_open(NULL);
    cr_assert_eq(run(S, "(map (lambda (x) (* x x)) (range 0 1000))"), CL_OK);
    ClHandle *h = cl_handle_new(S, 0);
    cr_assert_not_null(h);
    cr_assert_eq(run(S, "(length (range 0 20000))"), CL_OK);
    cl_collect(S);
    cl_handle_get(S, h, 0);
    size_t length = 0;
    cr_assert_eq(cl_get_length(S, 0, &length), CL_OK);
    cr_assert_eq(length, 1000);
    cl_handle_release(S, h);
    cl_close(S);
}

Test(embed, depth_limit_is_configurable)
{
    ClConfig config;
    cl_config_init(&config);
    config.depth_limit = 1000;
    ClState *S = cl_open(&config);
    cr_assert_eq(run(S, "(define (d n) (if (== n 0) 0 (+ 1 (d (- n 1))))) (d 500)"), CL_OK);
    cr_assert_eq(run(S, "(d 5000)"), CL_ERROR);
    cr_assert_eq(cl_error_kind(S), CL_ERR_STACK_OVERFLOW);
    cl_close(S);
}

Test(embed, memory_limit_stops_cleanly)
{
    // Filling 16 MB collects at every allocation in the gcstress build (quadratic: minutes);
    // every 1000th is enough there, and other builds ignore the variable.
    setenv("CLAUDELANG_GCSTRESS_INTERVAL", "1000", 1);
    ClConfig config;
    cl_config_init(&config);
    config.memory_limit = 16u << 20;
    ClState *S = cl_open(&config);
    cr_assert_eq(run(S, "(define (grow acc) (grow (cons acc acc))) (grow [])"), CL_ERROR);
    cr_assert_eq(cl_error_kind(S), CL_ERR_OUT_OF_MEMORY);
    cl_close(S);
    unsetenv("CLAUDELANG_GCSTRESS_INTERVAL");
}

static int denied_calls;
static bool deny_io(void *user, ClEffectKind kind, const char *operation)
{
    (void)user;
    if (kind == CL_EFFECT_IO && strcmp(operation, "io:print") == 0) {
        denied_calls++;
        return false;
    }
    return true;
}

Test(embed, effect_hook_can_refuse_operations)
{
    ClConfig config;
    cl_config_init(&config);
    config.effect_hook = deny_io;
    ClState *S = cl_open(&config);
    cr_assert_eq(run(S, "(io:print \"no\")"), CL_ERROR);
    cr_assert_eq(cl_error_kind(S), CL_ERR_EFFECT_DENIED);
    cr_assert_eq(denied_calls, 1);
    cl_close(S);
}

static char captured[256];
static void capture(void *user, int stream, const char *bytes, size_t length)
{
    (void)user;
    if (stream == 1 && strlen(captured) + length < sizeof captured)
        strncat(captured, bytes, length);
}

Test(embed, output_goes_to_the_write_hook)
{
    ClConfig config;
    cl_config_init(&config);
    config.write = capture;
    ClState *S = cl_open(&config);
    cr_assert_eq(run(S, "(io:print \"hello\" 42 [1 \"a\"])"), CL_OK);
    cr_assert_str_eq(captured, "hello 42 [1 \"a\"]\n");
    cl_close(S);
}

Test(embed, failing_allocations_are_out_of_memory_errors)
{
    // Every allocation count from the first on: the state either fails to open cleanly or
    // reports out-of-memory; it never crashes.
    for (uint64_t n = 1; n < 4000; n += 37) {
        ClConfig config;
        cl_config_init(&config);
        config.fail_allocation_after = n;
        ClState *S = cl_open(&config);
        if (!S)
            continue;
        ClStatus status = run(S, "(map (lambda (x) [x (* x x)]) (range 0 100))");
        if (status != CL_OK)
            cr_assert_eq(cl_error_kind(S), CL_ERR_OUT_OF_MEMORY);
        cl_close(S);
    }
}
