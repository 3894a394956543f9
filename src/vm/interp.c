// interp.c: the interpreter loop and calls. Frames live on a growable heap array and
// registers on a growable heap stack, so ClaudeLang recursion never uses the C stack; calls in
// tail position reuse their frame. Dispatch is by computed goto (a switch where GNU C is not
// available). Each opcode's fast path is inline; slow paths and errors are out of line.
#include <stdlib.h>
#include <string.h>

#include "vm/internal.h"

// Registers kept free above every frame, for calls made from C and argument spreading.
#define STACK_SLACK (CL_REQUEST_MAX_ARGS + 8)


// ---------------------------------------------------------------------------------------------
// Stack and frames

// Makes sure `count` values from index `from` fit on the stack. May move the stack.
ClStatus cl_vm_ensure_stack(ClState *S, uint32_t from, uint32_t count)
{
    uint64_t need = (uint64_t)from + count + STACK_SLACK;
    if (need <= S->stack_capacity)
        return CL_OK;
    uint64_t capacity = S->stack_capacity ? S->stack_capacity : 1024;
    while (capacity < need)
        capacity *= 2;
    if (capacity > UINT32_MAX / 2)
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "the value stack is full");
    Value *stack = realloc(S->stack, capacity * sizeof(Value));
    if (!stack)
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory for the value stack");
    for (uint64_t i = S->stack_capacity; i < capacity; i++)
        stack[i] = CL_NIL;
    S->stack = stack;
    S->stack_capacity = (uint32_t)capacity;
    cl_vm_update_limits(S);
    return CL_OK;
}

void cl_vm_update_limits(ClState *S)
{
    S->frame_limit_fast = S->frame_capacity < S->depth_limit ? S->frame_capacity : S->depth_limit;
    if (S->contracts_present)
        S->frame_limit_fast = 0;  // every call checks for a contract
    S->stack_limit_fast = S->stack_capacity > STACK_SLACK ? S->stack_capacity - STACK_SLACK : 0;
}

// Makes room for one more frame, or raises stack-overflow at the configured depth.
static ClStatus ensure_frame(ClState *S)
{
    if (S->frame_count < S->frame_capacity && S->frame_count < S->depth_limit)
        return CL_OK;
    if (S->frame_count >= S->depth_limit)
        return cl_raisef(S, CL_ERR_STACK_OVERFLOW,
                         "call depth exceeded the limit of %u frames", S->depth_limit);
    uint32_t capacity = S->frame_capacity ? S->frame_capacity * 2 : 256;
    if (capacity > S->depth_limit + 1)
        capacity = S->depth_limit + 1;
    Frame *frames = realloc(S->frames, capacity * sizeof(Frame));
    if (!frames)
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory for call frames");
    S->frames = frames;
    S->frame_capacity = capacity;
    cl_vm_update_limits(S);
    return CL_OK;
}

// The first free stack index above the innermost frame.
uint32_t cl_vm_frame_top(ClState *S)
{
    if (S->frame_count == 0)
        return S->stack_top_hint;
    const Frame *f = &S->frames[S->frame_count - 1];
    uint32_t top = f->base + f->closure->proto->register_count;
    return top > S->stack_top_hint ? top : S->stack_top_hint;
}

// ---------------------------------------------------------------------------------------------
// Calls


static ClStatus not_callable(ClState *S, Value fn)
{
    Buffer b;
    cl_buffer_init(&b);
    cl_write_value(S, &b, fn);
    if (b.size > 60) {
        b.size = 57;
        cl_buffer_append_cstr(&b, "...");
    }
    cl_raisef(S, CL_ERR_TYPE_ERROR, "cannot call %s", b.failed || !b.bytes ? "this value" : b.bytes);
    cl_buffer_fini(&b);
    return CL_ERROR;
}

static const char *closure_name(const Closure *c)
{
    const String *name = c->name ? c->name : c->proto->name;
    return name ? name->bytes : NULL;
}

static ClStatus arity_error(ClState *S, const char *what, const char *name, int min, int max,
                            uint32_t got)
{
    char expected[64];
    if (max < 0)
        snprintf(expected, sizeof expected, "at least %d argument%s", min, min == 1 ? "" : "s");
    else if (min == max)
        snprintf(expected, sizeof expected, "%d argument%s", min, min == 1 ? "" : "s");
    else
        snprintf(expected, sizeof expected, "%d to %d arguments", min, max);
    if (name)
        return cl_raisef(S, CL_ERR_ARITY_ERROR, "%s %s expects %s, got %u", what, name, expected,
                         got);
    return cl_raisef(S, CL_ERR_ARITY_ERROR, "%s expects %s, got %u", what, expected, got);
}

void cl_vm_request(ClState *S, Value fn, const Value *args, uint32_t argc)
{
    CallRequest *r = &S->request;
    r->function = fn;
    r->argc = argc;
    if (argc)
        memcpy(r->args, args, argc * sizeof(Value));
    r->list_args = CL_EMPTY;
    r->frame_flags = 0;
    r->handlers = S->handlers;
    r->skip_contract = false;
}

static ClStatus call_builtin(ClState *S, Builtin *b, Value *args, uint32_t argc, Value *result);

// Reroutes a call of a contracted closure at stack[slot] to the prelude's %contract-call.
static ClStatus reroute_contract(ClState *S, uint32_t slot, uint32_t argc, Value contract)
{
    Value list;
    TRY(cl_list_from_array(S, S->stack + slot + 1, argc, &list));
    TRY(cl_vm_ensure_stack(S, slot, 4));
    Value fn = S->stack[slot];
    S->stack[slot] = S->contract_caller;
    S->stack[slot + 1] = contract;
    S->stack[slot + 2] = fn;
    S->stack[slot + 3] = list;
    return CL_OK;
}

// Looks up the contract of a named closure while contracts are on.
static bool contract_of(ClState *S, Closure *c, Value *contract)
{
    const String *name = c->name ? c->name : c->proto->name;
    if (!name || !S->contracts_enabled || (c->proto->h.flags & OBJF_SHOW_BUILTIN))
        return false;
    return cl_dict_get_text(S, S->contracts, name->bytes, name->size, contract);
}

// Packs the arguments from a variadic prototype's last parameter on into one list.
static ClStatus pack_rest(ClState *S, uint32_t base, const Proto *q, uint32_t *argc)
{
    uint32_t fixed = q->param_count - 1u;
    if (*argc < fixed)
        return arity_error(S, "builtin", q->name ? q->name->bytes : NULL, (int)fixed, -1, *argc);
    Value list;
    TRY(cl_list_from_array(S, S->stack + base + fixed, *argc - fixed, &list));
    S->stack[base + fixed] = list;
    *argc = q->param_count;
    return CL_OK;
}

// Ends cl_vm_setup_call: drops its roots, restores the stack bound and returns `outcome`.
static inline CallOutcome leave_call(ClState *S, RootMark mark, uint32_t hint,
                                     CallOutcome outcome)
{
    cl_unroot(S, mark);
    S->stack_top_hint = hint;
    return outcome;
}

// Keeps the callee and arguments at stack[slot .. slot+argc] marked while the call is set up:
// the caller may already have popped the frame that held them (a tail call).
static inline void cover_arguments(ClState *S, uint32_t slot, uint32_t argc)
{
    if (S->stack_top_hint < slot + argc + 1)
        S->stack_top_hint = slot + argc + 1;
}

// Calls the value at stack[slot] with `argc` arguments after it. A closure gets a new frame
// (CALL_PUSHED; `flags` and `result_reg` describe where its result goes); anything else is
// computed now into *result (CALL_DONE). Builtins that request a call back are followed.
CallOutcome cl_vm_setup_call(ClState *S, uint32_t slot, uint32_t argc, uint16_t flags,
                              uint8_t result_reg, Value saved_handlers, Value *result,
                              bool skip_contract)
{
    bool switched = false;     // this call switched S->handlers (a request asked for it)
    Value restore_to = CL_NIL; // ... and they were these before
    RootMark mark = cl_root(S, &restore_to);  // the only reference while a builtin runs
    cl_root(S, &saved_handlers);
    uint32_t hint = S->stack_top_hint;
    for (;;) {
        cover_arguments(S, slot, argc);
        Value fn = S->stack[slot];
        if (cl_is_obj_type(fn, OBJ_CLOSURE)) {
            Closure *c = (Closure *)cl_as_object(fn);
            Value contract;
            if (S->contracts_present && !skip_contract && contract_of(S, c, &contract)) {
                if (reroute_contract(S, slot, argc, contract) != CL_OK)
                    return leave_call(S, mark, hint, CALL_ERROR);
                argc = 3;
                continue;
            }
            Proto *q = c->proto;
            bool ok = true;
            if (q->variadic) {
                ok = pack_rest(S, slot + 1, q, &argc) == CL_OK;
            } else if (q->param_count != argc) {
                arity_error(S, q->h.flags & OBJF_SHOW_BUILTIN ? "builtin" : "function",
                            closure_name(c), q->param_count, q->param_count, argc);
                ok = false;
            }
            if (!ok || ensure_frame(S) != CL_OK ||
                cl_vm_ensure_stack(S, slot + 1, q->register_count) != CL_OK) {
                if (switched) {
                    S->handlers = restore_to;
                    cl_effect_update(S);
                }
                return leave_call(S, mark, hint, CALL_ERROR);
            }
            Frame *nf = &S->frames[S->frame_count++];
            nf->pc = q->code;
            nf->closure = c;
            nf->base = slot + 1;
            nf->flags = flags;
            nf->result_reg = result_reg;
            nf->saved_handlers = saved_handlers;
            return leave_call(S, mark, hint, CALL_PUSHED);
        }
        if (cl_is_obj_type(fn, OBJ_BUILTIN)) {
            Builtin *b = (Builtin *)cl_as_object(fn);
            // Its arguments may lie above the innermost frame's registers (a tail call, a
            // request's arguments): the collector must see them.
            uint32_t saved_hint = S->stack_top_hint;
            if (saved_hint < slot + argc + 1)
                S->stack_top_hint = slot + argc + 1;
            int status = call_builtin(S, b, S->stack + slot + 1, argc, result);
            S->stack_top_hint = saved_hint;
            if (status == CL_OK || status != CL_REQUEST_CALL) {
                if (switched) {
                    S->handlers = restore_to;
                    cl_effect_update(S);
                }
                return leave_call(S, mark, hint, status == CL_OK ? CALL_DONE : CALL_ERROR);
            }
            // The builtin asked for a call whose result is its own: set it up in its place.
            CallRequest *r = &S->request;
            uint64_t list_length = cl_list_length(r->list_args);
            if (list_length > 100000000 ||
                cl_vm_ensure_stack(S, slot, r->argc + (uint32_t)list_length + 1) != CL_OK)
                return leave_call(S, mark, hint, CALL_ERROR);
            S->stack[slot] = r->function;
            if (r->argc)
                memcpy(S->stack + slot + 1, r->args, r->argc * sizeof(Value));
            argc = r->argc;
            for (Value l = r->list_args; cl_is_cell(l); l = cl_as_cell(l)->tail)
                S->stack[slot + 1 + argc++] = cl_as_cell(l)->head;
            if (r->frame_flags & (FRAME_RESTORE_HANDLERS | FRAME_CATCH)) {
                // The called function runs with r->handlers; whatever returns from it restores
                // the handlers of now (a frame records them; a builtin restores at once).
                if (!(flags & FRAME_RESTORE_HANDLERS))
                    saved_handlers = S->handlers;
                if (!switched) {
                    restore_to = S->handlers;
                    switched = true;
                }
                flags |= r->frame_flags | FRAME_RESTORE_HANDLERS;
                S->handlers = r->handlers;
                cl_effect_update(S);
            }
            skip_contract = r->skip_contract;
            r->function = CL_NIL;
            r->argc = 0;
            r->list_args = CL_EMPTY;
            r->handlers = CL_NIL;
            continue;
        }
        ClStatus status;
        if (cl_is_obj_type(fn, OBJ_CTOR)) {
            Ctor *c = (Ctor *)cl_as_object(fn);
            if (c->h.aux != argc)
                status = arity_error(S, "constructor", c->name->bytes, (int)c->h.aux,
                                     (int)c->h.aux, argc);
            else
                status = cl_adt_new(S, c, S->stack + slot + 1, result);
        } else {
            status = not_callable(S, fn);
        }
        if (switched) {
            S->handlers = restore_to;
            cl_effect_update(S);
        }
        return leave_call(S, mark, hint, status == CL_OK ? CALL_DONE : CALL_ERROR);
    }
}

// Runs a builtin after its arity check and the effect layer.
static ClStatus call_builtin(ClState *S, Builtin *b, Value *args, uint32_t argc, Value *result)
{
    if ((int)argc < b->min_args || (b->max_args >= 0 && (int)argc > b->max_args))
        return arity_error(S, "builtin", b->name, b->min_args, b->max_args, argc);
    if (b->effect > CL_EFFECT_ERROR && S->effect_layer_active) {
        Value handler, inner;
        EffectDecision d = cl_effect_check(S, b, &handler, &inner);
        if (d == EFFECT_FAILED)
            return CL_ERROR;
        if (d == EFFECT_HANDLED) {
            cl_vm_request(S, handler, args, argc);
            if (argc > CL_REQUEST_MAX_ARGS)
                return cl_raisef(S, CL_ERR_ARITY_ERROR, "too many arguments for a handler");
            S->request.frame_flags = FRAME_RESTORE_HANDLERS;
            S->request.handlers = inner;
            return CL_REQUEST_CALL;
        }
    }
    return b->fn(S, args, (int)argc, result);
}

// ---------------------------------------------------------------------------------------------
// The loop

// Pops the innermost frame, delivering its result `v` as its flags say. Returns true when the
// frame was the one cl_vm_call waits for.
bool cl_vm_pop_frame(ClState *S, Value v)
{
    Frame *f = &S->frames[--S->frame_count];
    uint16_t flags = f->flags;
    if (flags & FRAME_RESTORE_HANDLERS) {
        S->handlers = f->saved_handlers;
        cl_effect_update(S);
    }
    if (flags & FRAME_STORE_TO) {
        Frame *caller = &S->frames[S->frame_count - 1];
        S->stack[caller->base + f->result_reg] = v;
    } else if (flags & FRAME_BRANCH_ON_RESULT) {
        Frame *caller = &S->frames[S->frame_count - 1];
        if (cl_is_falsy(v))
            caller->pc += (int32_t)caller->pc[-1];
    } else {
        S->stack[f->base - 1] = v;
    }
    return (flags & FRAME_RETURN_TO_C) != 0;
}

static ClStatus import_instruction(ClState *S, Closure *cl, uint32_t a, Value descriptor);

typedef enum TailOutcome { TAIL_RELOAD, TAIL_FAILED, TAIL_STOP } TailOutcome;

// TAILCALL's general path, out of line so that the loop keeps its registers for the fast
// paths: sets the call of R[a] up in place of the innermost frame, whose flags (where its
// result goes) the new frame inherits. TAIL_FAILED with the frame back in place (the error
// is reported at the tail call), TAIL_STOP when a value went to the frame cl_vm_execute
// waits for. May collect.
static CL_NOINLINE TailOutcome tail_call_slow(ClState *S, uint32_t a, uint32_t argc,
                                              uint32_t stop)
{
    Frame saved = S->frames[S->frame_count - 1];
    uint32_t slot = saved.base - 1;
    memmove(S->stack + slot, S->stack + saved.base + a, (argc + 1) * sizeof(Value));
    S->frame_count--;
    // The popped frame comes back if the callee is a builtin: keep what it holds alive.
    Value saved_closure = cl_from_object(saved.closure), result;
    RootMark mark = cl_root(S, &saved_closure);
    cl_root(S, &saved.saved_handlers);
    CallOutcome outcome = cl_vm_setup_call(S, slot, argc, saved.flags, saved.result_reg,
                                           saved.saved_handlers, &result, false);
    cl_unroot(S, mark);
    if (outcome == CALL_ERROR) {
        S->frames[S->frame_count++] = saved;
        return TAIL_FAILED;
    }
    if (outcome == CALL_DONE) {
        S->frames[S->frame_count++] = saved;
        if (cl_vm_pop_frame(S, result) || S->frame_count <= stop)
            return TAIL_STOP;
    }
    return TAIL_RELOAD;
}
static ClStatus raise_descriptor(ClState *S, Value descriptor);
static ClStatus match_failure(ClState *S, Value v);
static ClStatus unbound_name(ClState *S, Value name);

// Compares two values for the ordering instructions: *out -1/0/1, or 2 when unordered (nan).
static inline ClStatus order(ClState *S, Value a, Value b, int *out)
{
    if (cl_both_small_ints(a, b)) {
        *out = (int64_t)a < (int64_t)b ? -1 : (int64_t)a > (int64_t)b;
        return CL_OK;
    }
    return cl_compare(S, a, b, out);
}

static inline bool equal(ClState *S, Value a, Value b)
{
    if (cl_both_small_ints(a, b))
        return a == b;
    return cl_equal(S, a, b);
}

// Matches a list of `count` elements (or at least `count`, with `rest`) into dest registers.
static bool match_list(Value v, Value *dest, uint32_t count, bool rest)
{
    Value l = v;
    for (uint32_t i = 0; i < count; i++) {
        if (!cl_is_cell(l))
            return false;
        l = cl_as_cell(l)->tail;
    }
    if (!cl_is_list(l) || (!rest && l != CL_EMPTY))
        return false;
    l = v;
    for (uint32_t i = 0; i < count; i++) {
        dest[i] = cl_as_cell(l)->head;
        l = cl_as_cell(l)->tail;
    }
    if (rest)
        dest[count] = l;
    return true;
}

// Matches an ADT value made by a constructor named like the string *name with `arity` fields,
// or a tuple ("Name" f1 ... fn) (LANGUAGE.md §6). After a match by content the pattern's
// constant is replaced by the constructor's own name string, so later matches compare pointers.
static bool match_ctor(Value v, Value *name_constant, uint32_t arity, Value *dest)
{
    if (!cl_is_object(v))
        return false;
    Obj *o = cl_as_object(v);
    const String *name = cl_as_string(*name_constant);
    if (o->type == OBJ_ADT) {
        Adt *a = (Adt *)o;
        if (a->h.aux != arity)
            return false;
        if (a->ctor->name != name) {
            if (!cl_string_equal(a->ctor->name, name))
                return false;
            *name_constant = cl_from_object(a->ctor->name);
        }
        memcpy(dest, a->fields, arity * sizeof(Value));
        return true;
    }
    if (o->type == OBJ_TUPLE) {
        Tuple *t = (Tuple *)o;
        if (t->h.aux != arity + 1 || !cl_is_string(t->items[0]) ||
            !cl_string_equal(cl_as_string(t->items[0]), name))
            return false;
        memcpy(dest, t->items + 1, arity * sizeof(Value));
        return true;
    }
    return false;
}

ClStatus cl_vm_execute(ClState *S, uint32_t stop)
{
    static const void *const labels[OP_COUNT] = {
#define X(name, format, meaning) [OP_##name] = &&L_##name,
#include "compile/opcodes.def"
#undef X
    };
    Frame *f;
    Closure *cl;
    const Value *K;
    Value *R;
    Value *G;
    const uint32_t *pc;
    uint32_t i;
    Value result;
    int status;

#define LOAD_FRAME()                                                                           \
    do {                                                                                       \
        f = &S->frames[S->frame_count - 1];                                                    \
        cl = f->closure;                                                                       \
        K = cl->proto->constants;                                                              \
        R = S->stack + f->base;                                                                \
        G = cl->proto->module->globals;                                                        \
        pc = f->pc;                                                                            \
    } while (0)
#ifdef CL_STEP_LIMIT
    // Fuzzing builds stop programs after S->step_limit instructions (an uncatchable error).
#define COUNT_STEP()                                                                           \
    do {                                                                                       \
        if (CL_UNLIKELY(S->step_limit && ++S->steps > S->step_limit)) {                        \
            cl_raisef(S, CL_ERR_STACK_OVERFLOW, "step limit of %lld instructions reached",     \
                      (long long)S->step_limit);                                               \
            pc++;                                                                              \
            goto on_error;                                                                     \
        }                                                                                      \
    } while (0)
#else
#define COUNT_STEP() ((void)0)
#endif
#define NEXT                                                                                   \
    do {                                                                                       \
        COUNT_STEP();                                                                          \
        i = *pc++;                                                                             \
        goto *labels[OP(i)];                                                                   \
    } while (0)
#define A ARG_A(i)
#define B ARG_B(i)
#define C ARG_C(i)
#define FAIL() goto on_error
#define JUMP_WORD(at) ((int32_t)(at))

reload:
    LOAD_FRAME();
    NEXT;

L_MOVE:
    R[A] = R[B];
    NEXT;
L_LOADK:
    R[A] = K[ARG_Bx(i)];
    NEXT;
L_LOADI:
    R[A] = cl_from_small_int(ARG_sBx(i));
    NEXT;
L_LOADNIL:
    R[A] = CL_NIL;
    NEXT;
L_LOADTRUE:
    R[A] = CL_TRUE;
    NEXT;
L_LOADFALSE:
    R[A] = CL_FALSE;
    NEXT;
L_LOADEMPTY:
    R[A] = CL_EMPTY;
    NEXT;
L_LOADUNDEF:
    R[A] = CL_UNDEFINED;
    NEXT;
L_GETGLOBAL: {
    Value v = G[ARG_Bx(i)];
    if (CL_UNLIKELY(v == CL_UNDEFINED)) {
        unbound_name(S, cl_from_object(cl->proto->module->global_names[ARG_Bx(i)]));
        FAIL();
    }
    R[A] = v;
    NEXT;
}
L_SETGLOBAL:
    G[ARG_Bx(i)] = R[A];
    NEXT;
L_GETCAP:
    R[A] = cl->captures[B];
    NEXT;
L_GETCAPCHK: {
    Value v = cl->captures[B];
    if (CL_UNLIKELY(v == CL_UNDEFINED)) {
        unbound_name(S, cl_as_tuple(cl->proto->capture_names)->items[B]);
        FAIL();
    }
    R[A] = v;
    NEXT;
}
L_SETCAP:
    ((Closure *)cl_as_object(R[A]))->captures[B] = R[C];
    NEXT;
L_NEWBOX:
    if (cl_box_new(S, R[B], &result) != CL_OK)
        FAIL();
    R[A] = result;
    NEXT;
L_GETBOX:
    R[A] = ((Box *)cl_as_object(R[B]))->value;
    NEXT;
L_SETBOX:
    ((Box *)cl_as_object(R[A]))->value = R[B];
    NEXT;
L_GETCAPBOX:
    R[A] = ((Box *)cl_as_object(cl->captures[B]))->value;
    NEXT;
L_SETCAPBOX:
    ((Box *)cl_as_object(cl->captures[A]))->value = R[B];
    NEXT;
L_CHECK:
    if (CL_UNLIKELY(R[A] == CL_UNDEFINED)) {
        unbound_name(S, K[ARG_Bx(i)]);
        FAIL();
    }
    NEXT;
L_CLOSURE: {
    Proto *q = (Proto *)cl_as_object(K[ARG_Bx(i)]);
    uint32_t n = q->capture_count;
    Closure *c = (Closure *)cl_alloc_object(S, OBJ_CLOSURE, sizeof(Closure) + n * sizeof(Value));
    if (!c)
        FAIL();
    c->h.aux = n;
    c->proto = q;
    for (uint32_t k = 0; k < n; k++) {
        CaptureDesc d = q->captures[k];
        c->captures[k] = d.from_register ? R[d.index] : cl->captures[d.index];
    }
    R[A] = cl_from_object(c);
    NEXT;
}
L_NAMEFN: {
    Value v = R[A];
    if (cl_is_obj_type(v, OBJ_CLOSURE)) {
        Closure *c = (Closure *)cl_as_object(v);
        if (!c->name && !c->proto->name)
            c->name = cl_as_string(K[ARG_Bx(i)]);
    }
    NEXT;
}
L_CALL: {
    uint32_t a = A, argc = B;
    Value fn = R[a];
    if (CL_LIKELY(cl_is_obj_type(fn, OBJ_CLOSURE))) {
        Closure *c = (Closure *)cl_as_object(fn);
        Proto *q = c->proto;
        uint32_t nb = f->base + a + 1;
        // frame_limit_fast is 0 while contracts exist: those calls take the slow path.
        if (CL_LIKELY(q->fast_arity == argc && nb + q->register_count <= S->stack_limit_fast &&
                      S->frame_count < S->frame_limit_fast)) {
            f->pc = pc;
            Frame *nf = &S->frames[S->frame_count++];
            nf->closure = c;
            nf->base = nb;
            nf->flags = 0;
            f = nf;
            cl = c;
            K = q->constants;
            R = S->stack + nb;
            G = q->module->globals;
            pc = q->code;
            NEXT;
        }
    } else if (cl_is_obj_type(fn, OBJ_CTOR)) {
        Ctor *ctor = (Ctor *)cl_as_object(fn);
        if (CL_LIKELY(ctor->h.aux == argc)) {
            f->pc = pc;
            if (cl_adt_new(S, ctor, R + a + 1, &result) != CL_OK)
                FAIL();
            R[a] = result;
            NEXT;
        }
    } else if (cl_is_obj_type(fn, OBJ_BUILTIN)) {
        Builtin *b = (Builtin *)cl_as_object(fn);
        if (CL_LIKELY((int)argc >= b->min_args && (b->max_args < 0 || (int)argc <= b->max_args) &&
                      (b->effect <= CL_EFFECT_ERROR || !S->effect_layer_active))) {
            f->pc = pc;
            status = b->fn(S, R + a + 1, (int)argc, &result);
            if (CL_LIKELY(status == CL_OK)) {
                f = &S->frames[S->frame_count - 1];
                R = S->stack + f->base;
                R[a] = result;
                G = cl->proto->module->globals;
                NEXT;
            }
            if (status != CL_REQUEST_CALL)
                FAIL();
        }
    }
    f->pc = pc;
    CallOutcome outcome = cl_vm_setup_call(S, f->base + a, argc, 0, 0, CL_NIL, &result, false);
    if (outcome == CALL_ERROR)
        FAIL();
    if (outcome == CALL_DONE)
        S->stack[f->base + a] = result;
    goto reload;
}
L_TAILCALL: {
    uint32_t a = A, argc = B;
    Value fn = R[a];
    if (CL_LIKELY(cl_is_obj_type(fn, OBJ_CLOSURE))) {
        Closure *c = (Closure *)cl_as_object(fn);
        Proto *q = c->proto;
        if (CL_LIKELY(q->fast_arity == argc && f->base + q->register_count <= S->stack_limit_fast &&
                      !S->contracts_present)) {
            Value *dst = R - 1;  // the callee goes where this frame's callee was, then the args
            // One value at a time: the empty asm keeps gcc from vectorizing the copy, whose
            // 16-byte loads of values just stored 8 bytes at a time (the MOVEs before this
            // instruction) miss store forwarding and stall (16% of programs/lists' time).
            for (uint32_t k = 0; k <= argc; k++) {
                dst[k] = R[a + k];
                __asm__ volatile("");
            }
            f->closure = c;
            cl = c;
            K = q->constants;
            R = S->stack + f->base;
            G = q->module->globals;
            pc = q->code;
            NEXT;
        }
    }
    if (cl_is_obj_type(fn, OBJ_CTOR) && ((Ctor *)cl_as_object(fn))->h.aux == argc &&
        f->flags == 0) {
        // A constructor in tail position: build the value and return it.
        f->pc = pc;
        if (cl_adt_new(S, (Ctor *)cl_as_object(fn), R + a + 1, &result) != CL_OK)
            FAIL();
        S->stack[f->base - 1] = result;
        S->frame_count--;
        LOAD_FRAME();
        NEXT;
    }
    switch (tail_call_slow(S, a, argc, stop)) {
    case TAIL_FAILED:
        f = &S->frames[S->frame_count - 1];
        FAIL();
    case TAIL_STOP:
        return CL_OK;
    default:
        goto reload;
    }
}
L_TAILSELF:
    // A self tail call (compiler.md): the arguments are already in the parameter registers.
    if (CL_LIKELY(R[A] == cl_from_object(&cl->h) && !S->contracts_present)) {
        pc = cl->proto->code;
        NEXT;
    }
    for (uint32_t k = 0; k < B; k++)  // the TAILCALL that follows takes them above the callee
        R[A + 1 + k] = R[k];
    NEXT;
L_CALLLIST: {
    Value list = R[B];
    uint64_t n = cl_list_length(list);
    uint32_t slot = cl_vm_frame_top(S);
    f->pc = pc;
    if (!cl_is_list(list)) {
        cl_raisef(S, CL_ERR_TYPE_ERROR, "argument list is not a list");
        FAIL();
    }
    if (n > 100000000 || cl_vm_ensure_stack(S, slot, (uint32_t)n + 1) != CL_OK)
        FAIL();
    R = S->stack + f->base;
    S->stack[slot] = R[A];
    uint32_t k = 0;
    for (Value l = list; cl_is_cell(l); l = cl_as_cell(l)->tail)
        S->stack[slot + 1 + k++] = cl_as_cell(l)->head;
    CallOutcome outcome =
        cl_vm_setup_call(S, slot, k, FRAME_STORE_TO, (uint8_t)A, CL_NIL, &result, false);
    if (outcome == CALL_ERROR)
        FAIL();
    if (outcome == CALL_DONE)
        S->stack[f->base + A] = result;
    goto reload;
}
L_RETURN: {
    Value v = R[A];
    if (CL_LIKELY(f->flags == 0)) {
        S->stack[f->base - 1] = v;
        S->frame_count--;
        f = &S->frames[S->frame_count - 1];
        cl = f->closure;
        K = cl->proto->constants;
        R = S->stack + f->base;
        G = cl->proto->module->globals;
        pc = f->pc;
        NEXT;
    }
    if (cl_vm_pop_frame(S, v) || S->frame_count <= stop)
        return CL_OK;
    goto reload;
}
L_JMP:
    pc += ARG_sJ(i);
    NEXT;
L_JMPIF:
    if (cl_is_truthy(R[A]))
        pc += JUMP_WORD(*pc);
    pc++;
    NEXT;
L_JMPIFNOT:
    if (cl_is_falsy(R[A]))
        pc += JUMP_WORD(*pc);
    pc++;
    NEXT;

#define ARITH_FAST(op_checked, slow)                                                           \
    {                                                                                          \
        Value x = R[B], y = R[C];                                                              \
        int64_t r;                                                                             \
        if (CL_LIKELY(cl_both_small_ints(x, y)) && !op_checked) {                              \
            R[A] = (Value)r;                                                                   \
            NEXT;                                                                              \
        }                                                                                      \
        f->pc = pc;                                                                            \
        if (slow(S, x, y, &result) != CL_OK)                                                   \
            FAIL();                                                                            \
        R = S->stack + f->base;                                                                \
        R[A] = result;                                                                         \
        NEXT;                                                                                  \
    }
L_ADD:
#ifdef CL_SLOW_OPCODE_HOOK
    // Test hook (CMake option CL_SLOW_OPCODE_HOOK): ADD does useless extra work, so that the
    // benchmark regression check can be shown to trip. Never enabled in a real build.
    for (volatile int spin = 0; spin < 40; spin++)
        ;
#endif
    ARITH_FAST(__builtin_add_overflow((int64_t)x, (int64_t)y - 1, &r), cl_num_add)
L_SUB:
    ARITH_FAST(__builtin_sub_overflow((int64_t)x, (int64_t)y - 1, &r), cl_num_sub)
L_MUL:
    ARITH_FAST((__builtin_mul_overflow((int64_t)x >> 1, (int64_t)y - 1, &r) ||
                __builtin_add_overflow(r, 1, &r)),
               cl_num_mul)
L_DIV: {
    f->pc = pc;
    if (cl_num_div(S, R[B], R[C], &result) != CL_OK)
        FAIL();
    R = S->stack + f->base;
    R[A] = result;
    NEXT;
}
L_MOD: {
    Value x = R[B], y = R[C];
    if (CL_LIKELY(cl_both_small_ints(x, y)) && cl_small_int(y) > 0) {
        int64_t m = cl_small_int(x) % cl_small_int(y);
        if (m < 0)
            m += cl_small_int(y);
        R[A] = cl_from_small_int(m);
        NEXT;
    }
    f->pc = pc;
    if (cl_num_mod(S, x, y, &result) != CL_OK)
        FAIL();
    R = S->stack + f->base;
    R[A] = result;
    NEXT;
}
L_IDIV: {
    f->pc = pc;
    if (cl_num_idiv(S, R[B], R[C], &result) != CL_OK)
        FAIL();
    R = S->stack + f->base;
    R[A] = result;
    NEXT;
}
L_ADDI: {
    Value x = R[B];
    int64_t r;
    if (CL_LIKELY(cl_is_small_int(x)) &&
        !__builtin_add_overflow((int64_t)x, (int64_t)ARG_sC(i) * 2, &r)) {
        R[A] = (Value)r;
        NEXT;
    }
    f->pc = pc;
    if (cl_num_add(S, x, cl_from_small_int(ARG_sC(i)), &result) != CL_OK)
        FAIL();
    R = S->stack + f->base;
    R[A] = result;
    NEXT;
}
L_SUBI: {
    Value x = R[B];
    int64_t r;
    if (CL_LIKELY(cl_is_small_int(x)) &&
        !__builtin_sub_overflow((int64_t)x, (int64_t)ARG_sC(i) * 2, &r)) {
        R[A] = (Value)r;
        NEXT;
    }
    f->pc = pc;
    if (cl_num_sub(S, x, cl_from_small_int(ARG_sC(i)), &result) != CL_OK)
        FAIL();
    R = S->stack + f->base;
    R[A] = result;
    NEXT;
}
L_NEG:
    f->pc = pc;
    if (cl_num_neg(S, R[B], &result) != CL_OK)
        FAIL();
    R = S->stack + f->base;
    R[A] = result;
    NEXT;
L_EQ:
    R[A] = cl_from_bool(equal(S, R[B], R[C]));
    NEXT;
L_NE:
    R[A] = cl_from_bool(!equal(S, R[B], R[C]));
    NEXT;
L_LT: {
    int c;
    if (order(S, R[B], R[C], &c) != CL_OK)
        FAIL();
    R[A] = cl_from_bool(c == -1);
    NEXT;
}
L_LE: {
    int c;
    if (order(S, R[B], R[C], &c) != CL_OK)
        FAIL();
    R[A] = cl_from_bool(c == -1 || c == 0);
    NEXT;
}
L_NOT:
    R[A] = cl_from_bool(cl_is_falsy(R[B]));
    NEXT;

#define JUMP_UNLESS(cond)                                                                      \
    do {                                                                                       \
        if (!(cond))                                                                           \
            pc += JUMP_WORD(*pc);                                                              \
        pc++;                                                                                  \
        NEXT;                                                                                  \
    } while (0)
L_JEQ:
    JUMP_UNLESS(equal(S, R[A], R[B]));
L_JNE:
    JUMP_UNLESS(!equal(S, R[A], R[B]));
L_JLT: {
    int c;
    if (order(S, R[A], R[B], &c) != CL_OK)
        FAIL();
    JUMP_UNLESS(c == -1);
}
L_JLE: {
    int c;
    if (order(S, R[A], R[B], &c) != CL_OK)
        FAIL();
    JUMP_UNLESS(c == -1 || c == 0);
}

#define JUMP_IMMEDIATE(small_test, generic_test)                                               \
    {                                                                                          \
        Value x = R[A];                                                                        \
        if (CL_LIKELY(cl_is_small_int(x))) {                                                   \
            int64_t n = cl_small_int(x), m = ARG_sB(i);                                        \
            JUMP_UNLESS(small_test);                                                           \
        }                                                                                      \
        int c;                                                                                 \
        if (order(S, x, cl_from_small_int(ARG_sB(i)), &c) != CL_OK)                            \
            FAIL();                                                                            \
        JUMP_UNLESS(generic_test);                                                             \
    }
L_JEQI: {
    Value x = R[A];
    JUMP_UNLESS(cl_is_small_int(x) ? cl_small_int(x) == ARG_sB(i)
                                   : equal(S, x, cl_from_small_int(ARG_sB(i))));
}
L_JNEI: {
    Value x = R[A];
    JUMP_UNLESS(cl_is_small_int(x) ? cl_small_int(x) != ARG_sB(i)
                                   : !equal(S, x, cl_from_small_int(ARG_sB(i))));
}
L_JLTI:
    JUMP_IMMEDIATE(n < m, c == -1)
L_JLEI:
    JUMP_IMMEDIATE(n <= m, c == -1 || c == 0)
L_JGTI:
    JUMP_IMMEDIATE(n > m, c == 1)
L_JGEI:
    JUMP_IMMEDIATE(n >= m, c == 1 || c == 0)
L_JEQK: {
    Value x = R[A], k = K[pc[0]];
    bool same = x == k ? !cl_is_object(x) || !cl_is_float(x) || cl_equal(S, x, k)
                       : equal(S, x, k);
    pc++;
    JUMP_UNLESS(same);
}
L_CONS: {
    Value tail = R[C];
    if (CL_UNLIKELY(!cl_is_list(tail))) {
        cl_type_error_arg(S, "cons", 2, "a list", tail);
        FAIL();
    }
    f->pc = pc;
    Cell *c = cl_alloc_cell(S, R[B], tail);
    if (!c)
        FAIL();
    R[A] = cl_from_cell(c);
    NEXT;
}
L_HEAD: {
    Value v = R[B];
    if (CL_LIKELY(cl_is_cell(v))) {
        R[A] = cl_as_cell(v)->head;
        NEXT;
    }
    if (v == CL_EMPTY)
        cl_raisef(S, CL_ERR_INDEX_OUT_OF_RANGE, "head of an empty list");
    else
        cl_type_error_arg(S, "head", 1, "a list", v);
    FAIL();
}
L_TAIL: {
    Value v = R[B];
    if (CL_LIKELY(cl_is_cell(v))) {
        R[A] = cl_as_cell(v)->tail;
        NEXT;
    }
    if (v == CL_EMPTY)
        cl_raisef(S, CL_ERR_INDEX_OUT_OF_RANGE, "tail of an empty list");
    else
        cl_type_error_arg(S, "tail", 1, "a list", v);
    FAIL();
}
L_EMPTYP:
    R[A] = cl_from_bool(R[B] == CL_EMPTY);
    NEXT;
L_JEMPTY:
    JUMP_UNLESS(R[A] == CL_EMPTY);
L_LIST:
    f->pc = pc;
    if (cl_list_from_array(S, R + B, C, &result) != CL_OK)
        FAIL();
    R[A] = result;
    NEXT;
L_TUPLE:
    f->pc = pc;
    if (cl_tuple_new(S, R + B, C, &result) != CL_OK)
        FAIL();
    R[A] = result;
    NEXT;
L_ARRAYNEW:
    if (cl_array_new(S, 64, &result) != CL_OK)
        FAIL();
    R[A] = result;
    NEXT;
L_ARRAYPUSH:
    for (uint32_t k = 0; k < C; k++)
        if (cl_array_push(S, R[A], R[B + k]) != CL_OK)
            FAIL();
    NEXT;
L_ARRAYLIST: {
    Array *arr = (Array *)cl_as_object(R[B]);
    if (cl_list_from_array(S, arr->items, arr->count, &result) != CL_OK)
        FAIL();
    R[A] = result;
    NEXT;
}
L_ARRAYTUPLE: {
    Array *arr = (Array *)cl_as_object(R[B]);
    if (cl_tuple_new(S, arr->items, arr->count, &result) != CL_OK)
        FAIL();
    R[A] = result;
    NEXT;
}
L_MATCHLIST:
    JUMP_UNLESS(match_list(R[B], R + A, C, false));
L_MATCHLISTR:
    JUMP_UNLESS(match_list(R[B], R + A, C, true));
L_MATCHCTOR: {
    uint32_t word = *pc++;
    JUMP_UNLESS(match_ctor(R[B], (Value *)&K[word & 0xFFFF], word >> 16, R + A));
}
L_MATCHFAIL:
    match_failure(S, R[A]);
    FAIL();
L_BUILDERADD: {
    f->pc = pc;
    Cell *c = cl_alloc_cell(S, R[C], CL_EMPTY);  // R[B] and R[C] stay rooted as registers
    if (!c)
        FAIL();
    cl_builder_link(R[B], c);
    R[A] = R[B];
    NEXT;
}
L_CALLB:
L_NOP:
    NEXT;
L_MOVEFROMFAR:
    R[A] = R[ARG_Bx(i)];
    NEXT;
L_MOVETOFAR:
    R[ARG_Bx(i)] = R[A];
    NEXT;
L_GETCAPX:
    R[A] = cl->captures[ARG_Bx(i)];
    NEXT;
L_IMPORT:
    f->pc = pc;
    if (import_instruction(S, cl, A, K[ARG_Bx(i)]) != CL_OK)
        FAIL();
    goto reload;
L_MODULE:
    f->pc = pc;
    if (cl_vm_module_form(S, cl->proto->module, R[A], K[ARG_Bx(i)]) != CL_OK)
        FAIL();
    goto reload;
L_RAISE:
    raise_descriptor(S, K[ARG_Bx(i)]);
    FAIL();

on_error:
    // Every failing instruction fails before reading past its first word, so pc - 1 is it.
    f = &S->frames[S->frame_count - 1];
    f->pc = pc;
    if (cl_vm_handle_error(S, stop, pc - 1) != CL_OK)
        return CL_ERROR;
    if (S->frame_count <= stop)
        return CL_OK;
    goto reload;

#undef A
#undef B
#undef C
}

// ---------------------------------------------------------------------------------------------
// Instruction helpers kept out of the loop

static ClStatus unbound_name(ClState *S, Value name)
{
    const String *s = cl_as_string(name);
    cl_raisef(S, CL_ERR_UNBOUND_VARIABLE, "%s is not defined", s->bytes);
    S->error.type = CL_NIL;
    return CL_ERROR;
}

static ClStatus match_failure(ClState *S, Value v)
{
    Buffer b;
    cl_buffer_init(&b);
    cl_write_value(S, &b, v);
    if (b.size > 200) {
        b.size = 197;
        cl_buffer_append_cstr(&b, "...");
    }
    cl_raisef(S, CL_ERR_MATCH_FAILURE, "no branch matched %s",
              b.failed || !b.bytes ? "the value" : b.bytes);
    cl_buffer_fini(&b);
    return CL_ERROR;
}

static ClStatus raise_descriptor(ClState *S, Value descriptor)
{
    Tuple *t = cl_as_tuple(descriptor);
    return cl_raisef(S, (ClErrorKind)cl_small_int(t->items[0]), "%s",
                     cl_as_string(t->items[1])->bytes);
}

static ClStatus import_instruction(ClState *S, Closure *cl, uint32_t a, Value descriptor)
{
    Frame *f = &S->frames[S->frame_count - 1];
    TRY(cl_vm_import(S, cl->proto->module, descriptor));
    S->stack[f->base + a] = CL_NIL;
    return CL_OK;
}

// ---------------------------------------------------------------------------------------------
// Calls from C

ClStatus cl_vm_call(ClState *S, Value fn, const Value *args, uint32_t argc, Value *result)
{
    uint32_t slot = cl_vm_frame_top(S);
    RootMark mark = cl_root(S, &fn);
    ClStatus status = cl_vm_ensure_stack(S, slot, argc + 1);
    cl_unroot(S, mark);
    TRY(status);
    S->stack[slot] = fn;
    if (argc)
        memcpy(S->stack + slot + 1, args, argc * sizeof(Value));
    uint32_t saved_hint = S->stack_top_hint;
    S->stack_top_hint = slot + argc + 1;
    uint32_t depth = S->frame_count;
    Value value = CL_NIL;
    CallOutcome outcome = cl_vm_setup_call(S, slot, argc, FRAME_RETURN_TO_C, 0, CL_NIL, &value, false);
    status = CL_OK;
    if (outcome == CALL_ERROR) {
        cl_vm_locate_error(S);
        status = CL_ERROR;
    } else if (outcome == CALL_PUSHED) {
        S->stack_top_hint = saved_hint;
        status = cl_vm_execute(S, depth);
        value = S->stack[slot];
    }
    S->stack_top_hint = saved_hint;
    if (status == CL_OK)
        *result = value;
    return status;
}
