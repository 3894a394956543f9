// math.c: math (LANGUAGE.md §15.11). Being written; registers nothing yet.
#include "lib/lib.h"

ClStatus cl_lib_math_open(ClState *S)
{
    (void)S;
    return CL_OK;
}
