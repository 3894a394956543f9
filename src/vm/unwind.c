// unwind.c: what happens after an instruction signals an error (LANGUAGE.md §11.5, §16). A
// contract check's %try frame catches it; otherwise a `with-handler` for "error:raise" or an
// `error:catch` handler for its type is called and its value becomes the value of the
// expression that failed, and the program goes on; otherwise the error is uncaught: its
// position and a backtrace are recorded and the frames unwind to the embedder.
#include <stdlib.h>
#include <string.h>

#include "compile/internal.h"
#include "vm/internal.h"

static const uint8_t formats[OP_COUNT] = {
#define X(name, format, meaning) [OP_##name] = FMT_##format,
#include "compile/opcodes.def"
#undef X
};

// The source offset of the instruction frame `f` is executing (its pc points past a 1-word
// instruction, or past the first word of the failing one).
static uint32_t frame_offset(const Frame *f)
{
    const Proto *p = f->closure->proto;
    ptrdiff_t at = f->pc - 1 - p->code;
    if (at < 0 || (uint32_t)at >= p->code_count)
        at = 0;
    return p->code_count ? p->offsets[at] : p->offset_start;
}

// The innermost frame whose code is the user's, not the standard library's.
static int64_t innermost_user_frame(ClState *S)
{
    for (int64_t i = (int64_t)S->frame_count - 1; i >= 0; i--)
        if (!cl_frame_is_prelude(&S->frames[i]))
            return i;
    return -1;
}

void cl_vm_locate_error(ClState *S)
{
    ErrorRecord *e = &S->error;
    if (e->has_position)
        return;
    int64_t i = innermost_user_frame(S);
    if (i < 0)
        return;
    const Frame *f = &S->frames[i];
    e->module = f->closure->proto->module;
    e->unit = f->closure->proto->unit;
    e->offset = frame_offset(f);
    e->has_position = true;
}

// Appends "  at NAME (FILE:LINE:COL)" for each user frame, innermost first (at most 20 and the
// outermost few).
static void build_trace(ClState *S)
{
    Buffer b;
    cl_buffer_init(&b);
    uint32_t shown = 0, total = 0;
    for (int64_t i = (int64_t)S->frame_count - 1; i >= 0; i--)
        total += !cl_frame_is_prelude(&S->frames[i]);
    for (int64_t i = (int64_t)S->frame_count - 1; i >= 0; i--) {
        const Frame *f = &S->frames[i];
        if (cl_frame_is_prelude(f))
            continue;
        shown++;
        if (shown == 21 && total > 25) {
            cl_buffer_printf(&b, "  ... %u more frames\n", total - 25);
            continue;
        }
        if (shown > 20 && shown <= total - 5)
            continue;
        const Proto *p = f->closure->proto;
        const String *name = f->closure->name ? f->closure->name : p->name;
        Position pos = cl_linemap_position(cl_module_lines(p->module, p->unit), frame_offset(f));
        bool top = (p->h.flags & OBJF_TOP_LEVEL) != 0;
        cl_buffer_printf(&b, "  at %s (%s:%u:%u)\n",
                         name ? name->bytes : top ? "<top level>" : "<anonymous>",
                         cl_module_unit_path(p->module, p->unit), pos.line, pos.column);
    }
    free(S->error.trace);
    S->error.trace = b.failed ? NULL : b.bytes;
    if (b.failed)
        cl_buffer_fini(&b);
}

// Pops frames down to (and including) index `to`, restoring the handler stacks they saved.
static void unwind_to(ClState *S, uint32_t to)
{
    while (S->frame_count > to) {
        Frame *f = &S->frames[--S->frame_count];
        if (f->flags & FRAME_RESTORE_HANDLERS)
            S->handlers = f->saved_handlers;
    }
    cl_effect_update(S);
}

// Finds the handler for the recorded error: a with-handler for "error:raise" (called with
// type, message, data) or an error:catch handler (called with the error dict).
static bool find_handler(ClState *S, Value *fn, Value *args, uint32_t *argc, Value *inner)
{
    ErrorRecord *e = &S->error;
    for (Value h = S->handlers; cl_is_obj_type(h, OBJ_TUPLE); h = cl_as_tuple(h)->items[2]) {
        Tuple *entry = cl_as_tuple(h);
        if (cl_small_int(entry->items[0]) != HANDLER_WITH)
            continue;
        if (cl_dict_get_text(S, entry->items[1], "error:raise", 11, fn)) {
            args[0] = e->type;
            args[1] = e->message_value;
            args[2] = e->payload;
            *argc = 3;
            *inner = entry->items[2];
            return true;
        }
    }
    if (cl_is_object(S->error_handlers) && cl_dict_get(S, S->error_handlers, e->type, fn)) {
        *argc = 1;
        *inner = S->handlers;
        return true;
    }
    return false;
}

// Fills in the type and message values of a language error (the KIND string and the text).
static ClStatus error_values(ClState *S)
{
    ErrorRecord *e = &S->error;
    if (e->kind != CL_ERR_USER_ERROR || e->type == CL_NIL) {
        TRY(cl_string_from_cstr(S, cl_error_kind_name(e->kind), &e->type));
        TRY(cl_string_from_cstr(S, e->message ? e->message : "", &e->message_value));
        e->payload = CL_NIL;
    }
    return CL_OK;
}

// The dict {"type": T, "message": M, "data": D} an error:catch handler receives. May collect.
static ClStatus error_dict(ClState *S, Value *out)
{
    ErrorRecord *e = &S->error;
    static const char *const keys[] = {"type", "message", "data"};
    Value values[3] = {e->type, e->message_value, e->payload};
    Value dict, key = CL_NIL;
    TRY(cl_dict_new(S, false, &dict));
    RootMark mark = cl_root(S, &dict);
    cl_root(S, &key);
    for (int i = 0; i < 3; i++) {
        if (cl_string_from_cstr(S, keys[i], &key) != CL_OK ||
            cl_dict_set(S, dict, key, values[i], &dict) != CL_OK) {
            cl_unroot(S, mark);
            return CL_ERROR;
        }
    }
    cl_unroot(S, mark);
    *out = dict;
    return CL_OK;
}

// Calls `fn` so that its value replaces the value of the instruction frame `f` was executing.
static ClStatus call_handler(ClState *S, Value fn, Value *args, uint32_t argc, Value inner)
{
    Frame *f = &S->frames[S->frame_count - 1];
    const uint32_t *at = f->pc - 1;
    uint32_t word = *at;
    OpCode op = OP(word);
    OpFormat format = (OpFormat)formats[op];
    Value outer = S->handlers;
    if (op == OP_TAILCALL) {
        // The handler's value is this frame's value: call it in this frame's place.
        Frame saved = *f;
        uint32_t slot = f->base - 1;
        S->stack[slot] = fn;
        memcpy(S->stack + slot + 1, args, argc * sizeof(Value));
        S->frame_count--;
        uint16_t flags = saved.flags | FRAME_RESTORE_HANDLERS;
        Value restore = saved.flags & FRAME_RESTORE_HANDLERS ? saved.saved_handlers : outer;
        S->handlers = inner;
        cl_effect_update(S);
        Value result;
        CallOutcome outcome =
            cl_vm_setup_call(S, slot, argc, flags, saved.result_reg, restore, &result, false);
        if (outcome == CALL_PUSHED)
            return CL_OK;
        S->frames[S->frame_count++] = saved;
        S->frames[S->frame_count - 1].flags = flags;
        S->frames[S->frame_count - 1].saved_handlers = restore;
        if (outcome == CALL_ERROR)
            return CL_ERROR;
        cl_vm_pop_frame(S, result);
        return CL_OK;
    }
    f->pc = at + cl_format_words(format);
    bool branch = format == FMT_ABJ || format == FMT_AsBJ || format == FMT_AJ;
    uint8_t reg = (uint8_t)(op == OP_MATCHFAIL ? ARG_B(word) : ARG_A(word));
    uint32_t slot = cl_vm_frame_top(S);
    TRY(cl_vm_ensure_stack(S, slot, argc + 1));
    S->stack[slot] = fn;
    memcpy(S->stack + slot + 1, args, argc * sizeof(Value));
    uint16_t mode = (branch ? FRAME_BRANCH_ON_RESULT : FRAME_STORE_TO) | FRAME_RESTORE_HANDLERS;
    S->handlers = inner;
    cl_effect_update(S);
    Value result;
    CallOutcome outcome = cl_vm_setup_call(S, slot, argc, mode, reg, outer, &result, false);
    if (outcome == CALL_PUSHED)
        return CL_OK;
    S->handlers = outer;
    cl_effect_update(S);
    if (outcome == CALL_ERROR)
        return CL_ERROR;
    f = &S->frames[S->frame_count - 1];
    if (branch) {
        if (cl_is_falsy(result))
            f->pc += (int32_t)f->pc[-1];
    } else {
        S->stack[f->base + reg] = result;
    }
    return CL_OK;
}

// Unwinds to the innermost %try frame above `stop`, which returns CL_HOLE ("it failed").
static bool catch_in_try(ClState *S, uint32_t stop)
{
    for (int64_t i = (int64_t)S->frame_count - 1; i >= (int64_t)stop; i--) {
        if (!(S->frames[i].flags & FRAME_CATCH))
            continue;
        unwind_to(S, (uint32_t)i + 1);
        cl_error_clear(S);
        cl_vm_pop_frame(S, CL_HOLE);
        return true;
    }
    return false;
}

ClStatus cl_vm_handle_error(ClState *S, uint32_t stop, const uint32_t *ipc)
{
    (void)ipc;
    ErrorRecord *e = &S->error;
    if (cl_error_kind_catchable(e->kind) && catch_in_try(S, stop))
        return CL_OK;
    cl_vm_locate_error(S);
    Value fn = CL_NIL, inner = CL_NIL, args[3] = {CL_NIL, CL_NIL, CL_NIL};
    uint32_t argc = 0;
    RootMark mark = cl_root(S, &fn);
    cl_root(S, &inner);
    cl_root(S, &args[0]);
    bool handled = cl_error_kind_catchable(e->kind) && error_values(S) == CL_OK &&
                   find_handler(S, &fn, args, &argc, &inner);
    if (handled && argc == 1) {
        handled = error_dict(S, &args[0]) == CL_OK;
        Cell *logged = handled ? cl_alloc_cell(S, args[0], S->error_log) : NULL;
        if (logged)
            S->error_log = cl_from_cell(logged);
        handled = logged != NULL;
    }
    if (handled) {
        // Errors inside the standard library belong to the user's call of it.
        uint32_t user = S->frame_count - 1;
        while (user > stop && cl_frame_is_prelude(&S->frames[user]))
            user--;
        if (cl_frame_is_prelude(&S->frames[user])) {
            handled = false;  // a library frame called from C: the C caller decides
        } else {
            unwind_to(S, user + 1);
            cl_error_clear(S);
            ClStatus status = call_handler(S, fn, args, argc, inner);
            cl_unroot(S, mark);
            if (status == CL_OK)
                return CL_OK;
            cl_vm_locate_error(S);  // the handler could not be called: that error is uncaught
        }
    }
    cl_unroot(S, mark);
    if (!e->trace)
        build_trace(S);
    unwind_to(S, stop);
    return CL_ERROR;
}

char *cl_vm_render_error(ClState *S)
{
    ErrorRecord *e = &S->error;
    Buffer b;
    cl_buffer_init(&b);
    const char *message = e->message ? e->message : "(no message: out of memory)";
    if (e->has_position && e->module) {
        Diagnostic d = {.severity = DIAG_ERROR, .kind = (uint8_t)e->kind,
                        .span = {e->offset, e->offset + 1}, .message = (char *)message};
        char *text = cl_diag_render(&d, cl_module_unit_path(e->module, e->unit),
                                    cl_module_lines(e->module, e->unit), false);
        if (text)
            cl_buffer_append_cstr(&b, text);
        else
            b.failed = true;
        free(text);
    } else {
        cl_buffer_printf(&b, "%s: error[%s]: %s\n",
                         e->module ? e->module->path->bytes : "claudelang",
                         cl_error_kind_name(e->kind), message);
    }
    if (e->trace && e->trace[0])
        cl_buffer_printf(&b, "backtrace (innermost first):\n%s", e->trace);
    if (b.failed) {
        cl_buffer_fini(&b);
        return NULL;
    }
    return b.bytes;
}
