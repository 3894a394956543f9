// string.c: strings (LANGUAGE.md §15.7). Being written; registers nothing yet.
#include "lib/lib.h"

ClStatus cl_lib_string_open(ClState *S)
{
    (void)S;
    return CL_OK;
}
