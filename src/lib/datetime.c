// datetime.c: dates and times (LANGUAGE.md §15.13). Being written; registers nothing yet.
#include "lib/lib.h"

ClStatus cl_lib_datetime_open(ClState *S)
{
    (void)S;
    return CL_OK;
}
