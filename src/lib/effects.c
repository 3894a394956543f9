// effects.c: the effect operations of the state store, errors, the clock, the random generator
// and the network (LANGUAGE.md §11.5–§11.9), and the gc: builtins that report on and steer the
// collector (§15.15). The VM offers every effect operation to the effect layer
// (src/vm/effect.c) before the function here runs; the gc: builtins are not effects.
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "lib/lib.h"
#include "runtime/dynload.h"
#include "runtime/numconv.h"

// The written form of `v` for an error message, cut to about 60 bytes, in `out`.
static void describe(ClState *S, Value v, char *out, size_t size)
{
    Buffer b;
    cl_buffer_init(&b);
    cl_write_value(S, &b, v);
    if (b.size > 60) {
        b.size = 57;
        cl_buffer_append_cstr(&b, "...");
    }
    snprintf(out, size, "%.*s", b.failed ? 0 : (int)b.size, b.failed ? "" : b.bytes);
    cl_buffer_fini(&b);
}

// Raises out-of-memory for a malloc that failed in `fn`.
static ClStatus out_of_memory(ClState *S, const char *fn)
{
    return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "%s: out of memory", fn);
}

// Sets `*dict` to a copy with the string key `name` bound to `value`. `*dict` must be rooted
// by the caller. May collect.
static ClStatus dict_put(ClState *S, Value *dict, const char *name, Value value)
{
    Value key = CL_NIL;
    RootMark mark = cl_root(S, &key);
    cl_root(S, &value);
    ClStatus status = cl_string_from_cstr(S, name, &key);
    if (status == CL_OK)
        status = cl_dict_set(S, *dict, key, value, dict);
    cl_unroot(S, mark);
    return status;
}

// The same for an integer value. May collect.
static ClStatus dict_put_int(ClState *S, Value *dict, const char *name, uint64_t n)
{
    Value v;
    TRY(cl_int_from_int64(S, n > INT64_MAX ? INT64_MAX : (int64_t)n, &v));
    return dict_put(S, dict, name, v);
}

// ---------------------------------------------------------------------------------------------
// State (§11.6). The store is a persistent dict, so a transaction's snapshot is the dict
// itself, pushed on S->transactions.

// (state:get K): the value stored under K, or nil.
static int state_get(ClState *S, Value *args, int argc, Value *result)
{
    if (!cl_dict_get(S, S->store, args[0], result))
        *result = CL_NIL;
    return CL_OK;
}

// (state:set K V): stores V under K; the previous value, or nil. May collect.
static int state_set(ClState *S, Value *args, int argc, Value *result)
{
    Value previous = CL_NIL;
    cl_dict_get(S, S->store, args[0], &previous);
    RootMark mark = cl_root(S, &previous);  // the old store may be garbage once replaced
    ClStatus status = cl_dict_set(S, S->store, args[0], args[1], &S->store);
    cl_unroot(S, mark);
    *result = previous;
    return status;
}

// (%state-store K V): state:update's last step, after F returned V: stores it; V.
static int state_store(ClState *S, Value *args, int argc, Value *result)
{
    *result = args[1];
    return cl_dict_set(S, S->store, args[0], args[1], &S->store);
}

// (state:update K F): asks the VM to call the prelude's (%state-update-finish K F OLD), which
// calls F and stores its result only if F returns. F must be a function (type-error).
static int state_update(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_function(S, "state:update", args, 1));
    static const char finish_name[] = "%state-update-finish";
    int64_t slot = cl_module_find_slot(S->prelude, finish_name, sizeof finish_name - 1);
    if (slot < 0)
        return cl_raisef(S, CL_ERR_UNBOUND_VARIABLE, "state:update: the prelude lacks %s",
                         finish_name);
    Value call[3] = {args[0], args[1], CL_NIL};
    cl_dict_get(S, S->store, args[0], &call[2]);
    cl_vm_request(S, S->prelude->globals[slot], call, 3);
    return CL_REQUEST_CALL;
}

// (state:delete K): removes K; the removed value, or nil. May collect.
static int state_delete(ClState *S, Value *args, int argc, Value *result)
{
    Value previous = CL_NIL;
    if (!cl_dict_get(S, S->store, args[0], &previous)) {
        *result = CL_NIL;
        return CL_OK;
    }
    RootMark mark = cl_root(S, &previous);
    ClStatus status = cl_dict_remove(S, S->store, args[0], &S->store);
    cl_unroot(S, mark);
    *result = previous;
    return status;
}

// (state:begin-transaction): pushes a snapshot of the store; nil. May collect.
static int state_begin(ClState *S, Value *args, int argc, Value *result)
{
    Cell *snapshot = cl_alloc_cell(S, S->store, S->transactions);
    if (!snapshot)
        return CL_ERROR;
    S->transactions = cl_from_cell(snapshot);
    *result = CL_NIL;
    return CL_OK;
}

// (state:commit-transaction): drops the newest snapshot, keeping the changes; nil. Without a
// transaction it does nothing.
static int state_commit(ClState *S, Value *args, int argc, Value *result)
{
    if (cl_is_cell(S->transactions))
        S->transactions = cl_as_cell(S->transactions)->tail;
    *result = CL_NIL;
    return CL_OK;
}

// (state:rollback-transaction): restores the store to the newest snapshot and drops it; nil.
// Changes of inner transactions committed since are undone with the rest.
static int state_rollback(ClState *S, Value *args, int argc, Value *result)
{
    if (cl_is_cell(S->transactions)) {
        S->store = cl_as_cell(S->transactions)->head;
        S->transactions = cl_as_cell(S->transactions)->tail;
    }
    *result = CL_NIL;
    return CL_OK;
}

// ---------------------------------------------------------------------------------------------
// Errors (§11.5). Delivering an error to a handler is the VM's work (src/vm/unwind.c); these
// operations file errors, install handlers and read the log of handled errors.

// (error:raise [TYPE [MESSAGE [DATA]]]): signals a user error; defaults "generic",
// "Unknown error", nil. May collect (the default strings).
static int error_raise(ClState *S, Value *args, int argc, Value *result)
{
    Value type = argc > 0 ? args[0] : CL_NIL;
    Value message = argc > 1 ? args[1] : CL_NIL;
    RootMark mark = cl_root(S, &type);
    cl_root(S, &message);
    ClStatus status = CL_OK;
    if (argc < 1)
        status = cl_string_from_cstr(S, "generic", &type);
    if (status == CL_OK && argc < 2)
        status = cl_string_from_cstr(S, "Unknown error", &message);
    cl_unroot(S, mark);
    TRY(status);
    return cl_raise_user(S, type, message, argc > 2 ? args[2] : CL_NIL);
}

// (error:catch TYPE HANDLER): HANDLER handles errors whose type is == TYPE from now on,
// replacing an earlier one; nil. type-error if HANDLER is not a function. May collect.
static int error_catch(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_function(S, "error:catch", args, 1));
    *result = CL_NIL;
    return cl_dict_set(S, S->error_handlers, args[0], args[1], &S->error_handlers);
}

// (error:get-errors): the dicts of the errors error:catch handlers took, oldest first (the log
// is kept newest first). May collect.
static int error_get_errors(ClState *S, Value *args, int argc, Value *result)
{
    Value list = CL_EMPTY;
    RootMark mark = cl_root(S, &list);
    for (Value l = S->error_log; cl_is_cell(l); l = cl_as_cell(l)->tail) {
        Cell *c = cl_alloc_cell(S, cl_as_cell(l)->head, list);
        if (!c) {
            cl_unroot(S, mark);
            return CL_ERROR;
        }
        list = cl_from_cell(c);
    }
    cl_unroot(S, mark);
    *result = list;
    return CL_OK;
}

// (error:clear-errors): empties the log; nil.
static int error_clear_errors(ClState *S, Value *args, int argc, Value *result)
{
    S->error_log = CL_EMPTY;
    *result = CL_NIL;
    return CL_OK;
}

// ---------------------------------------------------------------------------------------------
// Time (§11.7). S->time_mock is NaN while the clock is real.

// Sleeps longer than this (in seconds, about 292 years) overflow the nanosecond clock.
#define SLEEP_MAX 9.2e9

// Seconds since the Unix epoch by the real clock.
static double wall_clock(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

// Seconds since the epoch: the mocked time, or the wall clock.
static double clock_now(ClState *S)
{
    return isnan(S->time_mock) ? wall_clock() : S->time_mock;
}

// (time:now): seconds since the Unix epoch as a float. May collect.
static int time_now(ClState *S, Value *args, int argc, Value *result)
{
    return cl_float_new(S, clock_now(S), result);
}

// (time:elapsed): float seconds since the program started. May collect.
static int time_elapsed(ClState *S, Value *args, int argc, Value *result)
{
    return cl_float_new(S, clock_now(S) - S->start_time, result);
}

// Waits `seconds` (finite, >= 0), resuming after signals.
static void sleep_for(double seconds)
{
    struct timespec want;
    want.tv_sec = (time_t)seconds;
    want.tv_nsec = (long)((seconds - (double)want.tv_sec) * 1e9);
    if (want.tv_nsec > 999999999)
        want.tv_nsec = 999999999;
    struct timespec left;
    while (nanosleep(&want, &left) != 0 && errno == EINTR)
        want = left;
}

// (time:sleep S): waits S seconds, or advances the mocked clock by S; nil. value-error if S is
// negative or nan, overflow-error beyond SLEEP_MAX.
static int time_sleep(ClState *S, Value *args, int argc, Value *result)
{
    double seconds;
    TRY(cl_arg_double(S, "time:sleep", args, 0, &seconds));
    if (isnan(seconds) || seconds < 0) {
        char text[80];
        describe(S, args[0], text, sizeof text);
        return cl_raisef(S, CL_ERR_VALUE_ERROR,
                         "time:sleep: the duration must be a number >= 0, got %s", text);
    }
    if (seconds > SLEEP_MAX)
        return cl_raisef(S, CL_ERR_OVERFLOW_ERROR, "time:sleep: %g seconds is too long", seconds);
    if (isnan(S->time_mock))
        sleep_for(seconds);
    else
        S->time_mock += seconds;
    *result = CL_NIL;
    return CL_OK;
}

// (time:set-mock T): freezes the clock at T seconds since the epoch; nil. value-error for nan.
static int time_set_mock(ClState *S, Value *args, int argc, Value *result)
{
    double t;
    TRY(cl_arg_double(S, "time:set-mock", args, 0, &t));
    if (isnan(t))
        return cl_raisef(S, CL_ERR_VALUE_ERROR, "time:set-mock: the time cannot be nan");
    S->time_mock = t;
    *result = CL_NIL;
    return CL_OK;
}

// ---------------------------------------------------------------------------------------------
// Random (§11.8): one xoshiro256** generator per state (Blackman and Vigna), seeded through
// splitmix64 from a 64-bit seed, or from the operating system.

// `x` rotated left by `k` bits, 0 < k < 64.
static inline uint64_t rotate_left(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

// The next 64 random bits.
static uint64_t next_bits(ClState *S)
{
    uint64_t *s = S->random_state;
    uint64_t result = rotate_left(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotate_left(s[3], 45);
    return result;
}

// One splitmix64 step: advances *x and returns well-mixed bits of it.
static uint64_t splitmix(uint64_t *x)
{
    uint64_t z = (*x += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

// Seeds the generator from one 64-bit number (--seed N and (random:seed N) agree).
static void seed_with(ClState *S, uint64_t seed)
{
    for (int i = 0; i < 4; i++)
        S->random_state[i] = splitmix(&seed);
}

// Seeds the generator from the operating system's entropy, or from the clock and the process
// when that is unavailable.
static void seed_from_os(ClState *S)
{
    uint64_t words[4];
    if (getrandom(words, sizeof words, GRND_NONBLOCK) == (ssize_t)sizeof words &&
        (words[0] | words[1] | words[2] | words[3]) != 0) {
        memcpy(S->random_state, words, sizeof words);
        return;
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t mix = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 30) ^ (uint64_t)getpid();
    seed_with(S, mix ^ (uint64_t)(uintptr_t)S);
}

// A uniform number in [0, n), n >= 1: draws below 2^64 mod n would favour small results and
// are drawn again.
static uint64_t uniform_below(ClState *S, uint64_t n)
{
    uint64_t threshold = (0 - n) % n;
    for (;;) {
        uint64_t r = next_bits(S);
        if (r >= threshold)
            return r % n;
    }
}

// A uniform mp_int in [0, limit], limit >= 0: as many random bits as limit has, drawn again
// when above it (fewer than two draws on average).
static ClStatus uniform_up_to(ClState *S, const mp_int *limit, mp_int *out)
{
    if (mp_iszero(limit)) {
        mp_zero(out);
        return CL_OK;
    }
    int bits = mp_count_bits(limit);
    size_t words = ((size_t)bits + 63) / 64;
    uint64_t *draw = malloc(words * sizeof *draw);
    if (!draw)
        return out_of_memory(S, "random:int");
    mp_err err;
    do {
        for (size_t i = 0; i < words; i++)
            draw[i] = next_bits(S);
        if (bits % 64)
            draw[words - 1] >>= 64 - bits % 64;
        err = mp_unpack(out, words, MP_LSB_FIRST, sizeof *draw, MP_NATIVE_ENDIAN, 0, draw);
    } while (err == MP_OKAY && mp_cmp(out, limit) == MP_GT);
    free(draw);
    return err == MP_OKAY ? CL_OK : out_of_memory(S, "random:int");
}

// random:int when a bound is a bignum: low + uniform_up_to(high - low). May collect.
static ClStatus random_big_int(ClState *S, Value low, Value high, Value *result)
{
    mp_int a, span, draw;
    if (mp_init_multi(&a, &span, &draw, NULL) != MP_OKAY)
        return out_of_memory(S, "random:int");
    ClStatus status = cl_int_to_mp(S, low, &a);
    if (status == CL_OK)
        status = cl_int_to_mp(S, high, &span);
    if (status == CL_OK && mp_sub(&span, &a, &span) != MP_OKAY)
        status = out_of_memory(S, "random:int");
    if (status == CL_OK)
        status = uniform_up_to(S, &span, &draw);
    if (status == CL_OK && mp_add(&a, &draw, &draw) != MP_OKAY)
        status = out_of_memory(S, "random:int");
    mp_clear(&a);
    mp_clear(&span);
    if (status != CL_OK) {
        mp_clear(&draw);
        return status;
    }
    return cl_int_from_mp(S, &draw, result);
}

// (random:int A B): an int uniformly in [A, B], ints of any size; value-error if A > B.
static int random_int(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_int(S, "random:int", args, 0));
    TRY(cl_arg_int(S, "random:int", args, 1));
    int order;
    TRY(cl_compare(S, args[0], args[1], &order));
    if (order > 0) {
        char low[80], high[80];
        describe(S, args[0], low, sizeof low);
        describe(S, args[1], high, sizeof high);
        return cl_raisef(S, CL_ERR_VALUE_ERROR,
                         "random:int: the range is empty (%s is greater than %s)", low, high);
    }
    if (!cl_both_small_ints(args[0], args[1]))
        return random_big_int(S, args[0], args[1], result);
    int64_t a = cl_small_int(args[0]), b = cl_small_int(args[1]);
    uint64_t span = (uint64_t)b - (uint64_t)a;  // small ints have 63 bits: no wrap
    return cl_int_from_int64(S, (int64_t)((uint64_t)a + uniform_below(S, span + 1)), result);
}

// (random:float): a float in [0, 1) with 53 random bits. May collect.
static int random_float(ClState *S, Value *args, int argc, Value *result)
{
    return cl_float_new(S, (double)(next_bits(S) >> 11) * 0x1.0p-53, result);
}

// (random:choice L): a uniformly chosen element of L; index-out-of-range for [].
static int random_choice(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_list(S, "random:choice", args, 0));
    if (args[0] == CL_EMPTY)
        return cl_raisef(S, CL_ERR_INDEX_OUT_OF_RANGE,
                         "random:choice: cannot choose from an empty list");
    Value l = args[0];
    for (uint64_t i = uniform_below(S, cl_list_length(l)); i > 0; i--)
        l = cl_as_cell(l)->tail;
    *result = cl_as_cell(l)->head;
    return CL_OK;
}

// (random:shuffle L): a new list of L's elements in uniformly random order (Fisher–Yates).
// May collect; the elements stay reachable through L meanwhile.
static int random_shuffle(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_list(S, "random:shuffle", args, 0));
    uint64_t n = cl_list_length(args[0]);
    if (n < 2) {
        *result = args[0];
        return CL_OK;
    }
    Value *items = n <= SIZE_MAX / sizeof(Value) ? malloc(n * sizeof(Value)) : NULL;
    if (!items)
        return out_of_memory(S, "random:shuffle");
    uint64_t k = 0;
    for (Value l = args[0]; cl_is_cell(l); l = cl_as_cell(l)->tail)
        items[k++] = cl_as_cell(l)->head;
    for (uint64_t i = n - 1; i > 0; i--) {
        uint64_t j = uniform_below(S, i + 1);
        Value swap = items[i];
        items[i] = items[j];
        items[j] = swap;
    }
    ClStatus status = cl_list_from_array(S, items, n, result);
    free(items);
    return status;
}

// The 64-bit seed an int stands for: itself when it fits in 64 bits, else a mix of its
// digits and sign.
static ClStatus seed_of(ClState *S, Value v, uint64_t *out)
{
    if (cl_is_small_int(v)) {
        *out = (uint64_t)cl_small_int(v);
        return CL_OK;
    }
    const mp_int *m = &((BigInt *)cl_as_object(v))->n;
    int64_t n;
    if (cl_num_big_get_int64(m, &n)) {
        *out = (uint64_t)n;
        return CL_OK;
    }
    size_t count = mp_pack_count(m, 0, sizeof(uint64_t)), written = 0;
    uint64_t *words = malloc(count * sizeof *words);
    if (!words || mp_pack(words, count, &written, MP_LSB_FIRST, sizeof *words, MP_NATIVE_ENDIAN,
                          0, m) != MP_OKAY) {
        free(words);
        return out_of_memory(S, "random:seed");
    }
    uint64_t mix = mp_isneg(m) ? 1 : 0;
    for (size_t i = 0; i < written; i++) {
        mix ^= words[i];
        mix = splitmix(&mix);
    }
    free(words);
    *out = mix;
    return CL_OK;
}

// (random:seed N): reseeds the generator from the int N; nil.
static int random_seed(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_int(S, "random:seed", args, 0));
    uint64_t seed = 0;
    TRY(seed_of(S, args[0], &seed));
    seed_with(S, seed);
    *result = CL_NIL;
    return CL_OK;
}

// ---------------------------------------------------------------------------------------------
// Network (§11.9): HTTP GET through libcurl; mocks answer first, then the host's permission.

// libcurl's write callback: appends the received bytes to the Buffer `user`.
static size_t collect_body(char *data, size_t size, size_t count, void *user)
{
    Buffer *body = user;
    cl_buffer_append(body, data, size * count);
    return body->failed ? 0 : size * count;
}

// Performs GET `url` (http or https, following up to 10 redirects), leaving the status in
// *status and the body in `body`. io-error when the request fails.
static ClStatus http_get(ClState *S, const char *url, long *status, Buffer *body)
{
    const ClCurl *lib = cl_curl();
    if (!lib)
        return cl_raisef(S, CL_ERR_IO_ERROR, "network:fetch: libcurl could not be loaded");
    CURL *curl = lib->easy_init();
    if (!curl)
        return cl_raisef(S, CL_ERR_IO_ERROR, "network:fetch: cannot start libcurl");
    char error[CURL_ERROR_SIZE] = "";
    lib->easy_setopt(curl, CURLOPT_URL, url);
    lib->easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    lib->easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    lib->easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
    lib->easy_setopt(curl, CURLOPT_MAXREDIRS, 10L);
    lib->easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 30L);
    lib->easy_setopt(curl, CURLOPT_TIMEOUT, 300L);
    lib->easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    lib->easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
    lib->easy_setopt(curl, CURLOPT_USERAGENT, "claudelang");
    lib->easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    lib->easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect_body);
    lib->easy_setopt(curl, CURLOPT_WRITEDATA, body);
    CURLcode code = lib->easy_perform(curl);
    if (code == CURLE_OK)
        lib->easy_getinfo(curl, CURLINFO_RESPONSE_CODE, status);
    lib->easy_cleanup(curl);
    if (body->failed)
        return out_of_memory(S, "network:fetch");
    if (code != CURLE_OK)
        return cl_raisef(S, CL_ERR_IO_ERROR, "network:fetch: %s: %s", url,
                         error[0] ? error : lib->easy_strerror(code));
    return CL_OK;
}

// The response dict {"status": STATUS, "body": BODY} of a fetch. Empties `body`; io-error
// when the body is not UTF-8 text. May collect.
static ClStatus response_dict(ClState *S, const char *url, long status, Buffer *body,
                              Value *out)
{
    if (body->size > 0 && !cl_utf8_validate(body->bytes, body->size, NULL)) {
        cl_buffer_fini(body);
        return cl_raisef(S, CL_ERR_IO_ERROR, "network:fetch: the body from %s is not UTF-8 text",
                         url);
    }
    Value text = CL_NIL, dict = CL_NIL;
    RootMark mark = cl_root(S, &text);
    cl_root(S, &dict);
    ClStatus result = cl_buffer_to_string(S, body, &text);
    if (result == CL_OK)
        result = cl_dict_new(S, false, &dict);
    if (result == CL_OK)
        result = dict_put_int(S, &dict, "status", (uint64_t)status);
    if (result == CL_OK)
        result = dict_put(S, &dict, "body", text);
    cl_unroot(S, mark);
    *out = dict;
    return result;
}

// (network:fetch URL): the mock registered for exactly URL, else a real GET when the host
// allows network access (effect-denied otherwise); io-error when the request fails.
static int network_fetch(ClState *S, Value *args, int argc, Value *result)
{
    String *url;
    TRY(cl_arg_string(S, "network:fetch", args, 0, &url));
    if (cl_dict_get(S, S->network_mocks, args[0], result))
        return CL_OK;
    if (!S->allow_network)
        return cl_raisef(S, CL_ERR_EFFECT_DENIED,
                         "network:fetch: network access is off (run with --allow-network)");
    if (memchr(url->bytes, '\0', url->size))
        return cl_raisef(S, CL_ERR_VALUE_ERROR, "network:fetch: the URL contains a NUL byte");
    long status = 0;
    Buffer body;
    cl_buffer_init(&body);
    if (http_get(S, url->bytes, &status, &body) != CL_OK) {
        cl_buffer_fini(&body);
        return CL_ERROR;
    }
    return response_dict(S, cl_as_string(args[0])->bytes, status, &body, result);
}

// (network:mock URL RESPONSE): later fetches of exactly URL return RESPONSE; nil. May collect.
static int network_mock(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_string(S, "network:mock", args, 0, NULL));
    *result = CL_NIL;
    return cl_dict_set(S, S->network_mocks, args[0], args[1], &S->network_mocks);
}

// ---------------------------------------------------------------------------------------------
// The collector (§15.15): not effect operations.

// (gc:collect): a full collection now; nil. May collect, by definition.
static int gc_collect(ClState *S, Value *args, int argc, Value *result)
{
    cl_gc_collect(S);
    *result = CL_NIL;
    return CL_OK;
}

// (gc:stats): the collector's counters as a dict of ints. May collect.
static int gc_stats(ClState *S, Value *args, int argc, Value *result)
{
    const Heap *h = &S->heap;
    const struct {
        const char *name;
        uint64_t value;
    } entries[] = {
        {"collections", h->collections},
        {"live_objects", h->live_objects},
        {"total_allocations", h->total_allocations},
        {"objects_collected", h->objects_collected},
        {"heap_bytes", h->allocated},
        {"external_bytes", h->external},
        {"peak_bytes", h->peak > h->allocated ? h->peak : h->allocated},
        {"pause_ns_max", h->pause_ns_max},
        {"pause_ns_total", h->pause_ns_total},
        {"threshold", h->user_threshold},
    };
    Value dict = CL_NIL;
    RootMark mark = cl_root(S, &dict);
    ClStatus status = cl_dict_new(S, false, &dict);
    // The counters were read above: filling the dict allocates, which changes them.
    for (size_t i = 0; i < sizeof entries / sizeof entries[0] && status == CL_OK; i++)
        status = dict_put_int(S, &dict, entries[i].name, entries[i].value);
    if (status == CL_OK)
        status = dict_put(S, &dict, "enabled", cl_from_bool(h->enabled));
    cl_unroot(S, mark);
    *result = dict;
    return status;
}

// (gc:set-threshold N): from now on a collection starts after N KiB of allocation (instead
// of the default pacing: twice the live heap, at least 8 MiB); nil. N is a positive int below
// 2^32 (else value-error).
static int gc_set_threshold(ClState *S, Value *args, int argc, Value *result)
{
    int64_t n;
    TRY(cl_arg_int64(S, "gc:set-threshold", args, 0, &n));
    if (n <= 0 || n > UINT32_MAX)
        return cl_raisef(S, CL_ERR_VALUE_ERROR,
                         "gc:set-threshold: the threshold must be between 1 and %u, got %" PRId64,
                         UINT32_MAX, n);
    Heap *h = &S->heap;
    h->user_threshold = (uint32_t)n;
    h->fixed_trigger = (size_t)n * 1024;
    h->trigger = h->fixed_trigger;
    cl_heap_update_trigger(S);
    *result = CL_NIL;
    return CL_OK;
}

// (gc:get-threshold): the threshold set last, 100 until set.
static int gc_get_threshold(ClState *S, Value *args, int argc, Value *result)
{
    *result = cl_from_small_int(S->heap.user_threshold);
    return CL_OK;
}

// (gc:enable), (gc:disable): allow or suspend automatic collection; nil. A suspended collector
// still collects when a heap limit would otherwise fail an allocation.
static int gc_enable(ClState *S, Value *args, int argc, Value *result)
{
    S->heap.enabled = true;
    *result = CL_NIL;
    return CL_OK;
}

// (gc:disable): see gc:enable.
static int gc_disable(ClState *S, Value *args, int argc, Value *result)
{
    S->heap.enabled = false;
    *result = CL_NIL;
    return CL_OK;
}

// (gc:is-enabled?): whether automatic collection is allowed.
static int gc_is_enabled(ClState *S, Value *args, int argc, Value *result)
{
    *result = cl_from_bool(S->heap.enabled);
    return CL_OK;
}

// ---------------------------------------------------------------------------------------------
// Registration

// The operations; aliases name their canonical operation, which with-handler dicts use.
static const LibFunction effects[] = {
    {"state:get", state_get, 1, 1, CL_EFFECT_STATE, 0, NULL},
    {"state:set", state_set, 2, 2, CL_EFFECT_STATE, 0, NULL},
    {"state:update", state_update, 2, 2, CL_EFFECT_STATE, 0, NULL},
    {"state:delete", state_delete, 1, 1, CL_EFFECT_STATE, 0, NULL},
    {"state:begin-transaction", state_begin, 0, 0, CL_EFFECT_STATE, 0, NULL},
    {"state:commit-transaction", state_commit, 0, 0, CL_EFFECT_STATE, 0, NULL},
    {"state:rollback-transaction", state_rollback, 0, 0, CL_EFFECT_STATE, 0, NULL},
    {"error:raise", error_raise, 0, 3, CL_EFFECT_ERROR, 0, NULL},
    {"error:catch", error_catch, 2, 2, CL_EFFECT_ERROR, 0, NULL},
    {"error:get-errors", error_get_errors, 0, 0, CL_EFFECT_ERROR, 0, NULL},
    {"error:clear-errors", error_clear_errors, 0, 0, CL_EFFECT_ERROR, 0, NULL},
    {"time:now", time_now, 0, 0, CL_EFFECT_TIME, 0, NULL},
    {"time:sleep", time_sleep, 1, 1, CL_EFFECT_TIME, 0, NULL},
    {"time:elapsed", time_elapsed, 0, 0, CL_EFFECT_TIME, 0, NULL},
    {"time:set-mock", time_set_mock, 1, 1, CL_EFFECT_TIME, 0, NULL},
    {"random:float", random_float, 0, 0, CL_EFFECT_RANDOM, 0, NULL},
    {"random:random", random_float, 0, 0, CL_EFFECT_RANDOM, 0, "random:float"},
    {"random:int", random_int, 2, 2, CL_EFFECT_RANDOM, 0, NULL},
    {"random:randint", random_int, 2, 2, CL_EFFECT_RANDOM, 0, "random:int"},
    {"random:choice", random_choice, 1, 1, CL_EFFECT_RANDOM, 0, NULL},
    {"random:shuffle", random_shuffle, 1, 1, CL_EFFECT_RANDOM, 0, NULL},
    {"random:seed", random_seed, 1, 1, CL_EFFECT_RANDOM, 0, NULL},
    {"network:fetch", network_fetch, 1, 1, CL_EFFECT_NETWORK, 0, NULL},
    {"network:mock", network_mock, 2, 2, CL_EFFECT_NETWORK, 0, NULL},
    {"gc:collect", gc_collect, 0, 0, CL_EFFECT_PURE, 0, NULL},
    {"gc:stats", gc_stats, 0, 0, CL_EFFECT_PURE, 0, NULL},
    {"gc:set-threshold", gc_set_threshold, 1, 1, CL_EFFECT_PURE, 0, NULL},
    {"gc:get-threshold", gc_get_threshold, 0, 0, CL_EFFECT_PURE, 0, NULL},
    {"gc:enable", gc_enable, 0, 0, CL_EFFECT_PURE, 0, NULL},
    {"gc:disable", gc_disable, 0, 0, CL_EFFECT_PURE, 0, NULL},
    {"gc:is-enabled?", gc_is_enabled, 0, 0, CL_EFFECT_PURE, 0, NULL},
    {"state:gc-collect", gc_collect, 0, 0, CL_EFFECT_PURE, 0, "gc:collect"},
    {"state:gc-stats", gc_stats, 0, 0, CL_EFFECT_PURE, 0, "gc:stats"},
    {"state:gc-set-threshold", gc_set_threshold, 1, 1, CL_EFFECT_PURE, 0, "gc:set-threshold"},
    {"state:gc-get-threshold", gc_get_threshold, 0, 0, CL_EFFECT_PURE, 0, "gc:get-threshold"},
    {"state:gc-enable", gc_enable, 0, 0, CL_EFFECT_PURE, 0, "gc:enable"},
    {"state:gc-disable", gc_disable, 0, 0, CL_EFFECT_PURE, 0, "gc:disable"},
    {"state:gc-is-enabled", gc_is_enabled, 0, 0, CL_EFFECT_PURE, 0, "gc:is-enabled?"},
};

// The prelude's helper for state:update.
static const LibFunction intrinsics[] = {
    {"%state-store", state_store, 2, 2, CL_EFFECT_PURE, 0, NULL},
};

// Seeds the generator (from ClConfig.seed or the OS) and registers the builtins. May collect.
ClStatus cl_lib_effects_open(ClState *S)
{
    if (S->config.seeded)
        seed_with(S, S->config.seed);
    else
        seed_from_os(S);
    TRY(cl_lib_define(S, effects, LIB_COUNT(effects)));
    return cl_lib_define_intrinsics(S, intrinsics, LIB_COUNT(intrinsics));
}
