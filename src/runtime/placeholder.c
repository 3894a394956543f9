// placeholder.c: error-kind names, until the runtime lands.
#include "claudelang.h"

CL_API const char *cl_error_kind_name(ClErrorKind kind)
{
    static const char *const names[] = {
#define CL_ERROR_KIND_NAME(name, text, catchable) text,
        CL_ERROR_KINDS(CL_ERROR_KIND_NAME)
#undef CL_ERROR_KIND_NAME
    };
    return (unsigned)kind < CL_ERR_KIND_COUNT ? names[kind] : "unknown";
}
