// internal.h: what the files of src/vm share: the call machinery of interp.c, used by error
// delivery (unwind.c) and the module loader (load.c).
#ifndef CL_VM_INTERNAL_H
#define CL_VM_INTERNAL_H

#include "vm/vm.h"

typedef enum CallOutcome { CALL_PUSHED, CALL_DONE, CALL_ERROR } CallOutcome;

// Runs the interpreter until the frame at index `stop` has returned.
ClStatus cl_vm_execute(ClState *S, uint32_t stop);
// Recomputes the bounds the call fast path checks (after the stack, frames or contracts change).
void cl_vm_update_limits(ClState *S);
// Makes sure `count` values from stack index `from` fit. May move the stack.
ClStatus cl_vm_ensure_stack(ClState *S, uint32_t from, uint32_t count);
// The first free stack index above the innermost frame.
uint32_t cl_vm_frame_top(ClState *S);
// Calls the value at stack[slot] with `argc` arguments after it: a closure gets a new frame
// (CALL_PUSHED) whose result goes where `flags`/`result_reg` say; anything else runs now and
// leaves its value in *result (CALL_DONE).
CallOutcome cl_vm_setup_call(ClState *S, uint32_t slot, uint32_t argc, uint16_t flags,
                             uint8_t result_reg, Value saved_handlers, Value *result,
                             bool skip_contract);
// Pops the innermost frame, delivering `v` as its flags say; true for a FRAME_RETURN_TO_C frame.
bool cl_vm_pop_frame(ClState *S, Value v);
// Handles the recorded error raised by instruction `ipc` of the innermost frame: unwinds to a
// %try frame, or calls a handler whose value replaces the failing expression's, or unwinds to
// `stop` and returns CL_ERROR.
ClStatus cl_vm_handle_error(ClState *S, uint32_t stop, const uint32_t *ipc);

// Whether frame `f` runs standard-library code (its errors belong to its caller's call).
static inline bool cl_frame_is_prelude(const Frame *f)
{
    return (f->closure->proto->h.flags & OBJF_PRELUDE) != 0;
}

#endif
