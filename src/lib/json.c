// json.c: JSON (LANGUAGE.md §15.12). Being written; registers nothing yet.
#include "lib/lib.h"

ClStatus cl_lib_json_open(ClState *S)
{
    (void)S;
    return CL_OK;
}
