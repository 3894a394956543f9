// fuzz_run.c: libFuzzer target for the whole pipeline: parse, compile and run any input with
// small limits (call depth, heap, a step budget) and every effect that touches the world
// denied, then print the result. Any crash, sanitizer report or hang is a bug.
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "claudelang.h"
#include "runtime/state.h"

static void discard(void *user, int stream, const char *bytes, size_t length)
{
    (void)user;
    (void)stream;
    (void)bytes;
    (void)length;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ClConfig config;
    cl_config_init(&config);
    config.depth_limit = 2000;
    config.memory_limit = 64u << 20;
    config.deny = (1u << CL_EFFECT_IO) | (1u << CL_EFFECT_TIME) | (1u << CL_EFFECT_NETWORK);
    config.seeded = true;
    config.write = discard;
    ClState *S = cl_open(&config);
    if (!S)
        return 0;
    S->step_limit = 200000;
    if (cl_run_string(S, "fuzz.cl", (const char *)data, size) == CL_OK)
        free(cl_write_slot(S, 0));
    else
        (void)cl_error_text(S);
    cl_close(S);
    return 0;
}
