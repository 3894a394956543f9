// dict.c: dicts and sets (LANGUAGE.md §15.10). Being written; registers nothing yet.
#include "lib/lib.h"

ClStatus cl_lib_dict_open(ClState *S)
{
    (void)S;
    return CL_OK;
}
