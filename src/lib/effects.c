// effects.c: state, error, time, random, network and gc operations (LANGUAGE.md §11.5-§11.9, §15.15). Being written; registers nothing yet.
#include "lib/lib.h"

ClStatus cl_lib_effects_open(ClState *S)
{
    (void)S;
    return CL_OK;
}
