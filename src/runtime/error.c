// error.c: the error record. A failing operation files kind and message here with cl_raisef
// and returns CL_ERROR; the VM adds the position of the instruction that signalled it and
// either hands the error to a handler or unwinds to the embedder.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"

CL_API const char *cl_error_kind_name(ClErrorKind kind)
{
    static const char *const names[] = {
#define CL_ERROR_KIND_NAME(name, text, catchable) text,
        CL_ERROR_KINDS(CL_ERROR_KIND_NAME)
#undef CL_ERROR_KIND_NAME
    };
    return (unsigned)kind < CL_ERR_KIND_COUNT ? names[kind] : "unknown";
}

// Whether error:catch and with-handler may handle errors of `kind` (errkinds table).
bool cl_error_kind_catchable(ClErrorKind kind)
{
    static const bool catchable[] = {
#define CL_ERROR_KIND_CATCH(name, text, c) c,
        CL_ERROR_KINDS(CL_ERROR_KIND_CATCH)
#undef CL_ERROR_KIND_CATCH
    };
    return (unsigned)kind < CL_ERR_KIND_COUNT && catchable[kind];
}

void cl_error_clear(ClState *S)
{
    ErrorRecord *e = &S->error;
    free(e->message);
    free(e->trace);
    free(e->text);
    e->message = NULL;
    e->trace = NULL;
    e->text = NULL;
    e->module = NULL;
    e->has_position = false;
    e->type = CL_NIL;
    e->payload = CL_NIL;
    e->message_value = CL_NIL;
}

ClStatus cl_raisev(ClState *S, ClErrorKind kind, const char *format, va_list args)
{
    cl_error_clear(S);
    S->error.kind = kind;
    S->error.message = cl_vformat(format, args);  // NULL when even this failed: readers show the kind only
    return CL_ERROR;
}

ClStatus cl_raisef(ClState *S, ClErrorKind kind, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    cl_raisev(S, kind, format, args);
    va_end(args);
    return CL_ERROR;
}

CL_API ClStatus cl_raise(ClState *S, ClErrorKind kind, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    cl_raisev(S, kind, format, args);
    va_end(args);
    return CL_ERROR;
}

ClStatus cl_raise_user(ClState *S, Value type, Value message, Value data)
{
    Buffer b;
    cl_buffer_init(&b);
    cl_display_value(S, &b, type);
    cl_buffer_append_cstr(&b, ": ");
    cl_display_value(S, &b, message);
    cl_buffer_append(&b, "", 1);
    cl_raisef(S, CL_ERR_USER_ERROR, "%s", b.failed ? "(message lost: out of memory)" : b.bytes);
    cl_buffer_fini(&b);
    S->error.type = type;
    S->error.message_value = message;
    S->error.payload = data;
    return CL_ERROR;
}

ClStatus cl_type_error_arg(ClState *S, const char *function, int position, const char *expected,
                           Value got)
{
    Buffer b;
    cl_buffer_init(&b);
    cl_describe_value(S, &b, got);
    cl_raisef(S, CL_ERR_TYPE_ERROR, "%s expects %s as argument %d, got %s", function, expected,
              position, b.failed ? cl_type_name(got) : b.bytes);
    cl_buffer_fini(&b);
    return CL_ERROR;
}
