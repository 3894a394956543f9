// io.c: files, console and file handles (LANGUAGE.md §15.12, §15.14). Being written; registers nothing yet.
#include "lib/lib.h"

ClStatus cl_lib_io_open(ClState *S)
{
    (void)S;
    return CL_OK;
}
