// vm.h: running compiled code. The interpreter loop, calls from C into ClaudeLang, the effect
// layer, error delivery to handlers, and the module loader. Builtins written in C live in
// src/lib and reach the VM through this header.
#ifndef CL_VM_H
#define CL_VM_H

#include "compile/compile.h"
#include "runtime/runtime.h"

// What a builtin returns after filling S->request (see CallRequest in state.h).
#define CL_REQUEST_CALL 2



// Effect kinds of builtins (LANGUAGE.md §11.1); the public ClEffectKind has the same values.
typedef ClEffectKind EffectKind;

// Handler entries (S->handlers) are tuples (kind, dict-or-name, next).
enum HandlerKind { HANDLER_WITH, HANDLER_PURE, HANDLER_PURE_CONTRACT };

// ---------------------------------------------------------------------------------------------
// Calling

// Calls `fn` with `argc` arguments (rooted by the caller) and stores its result in *result.
// Runs the interpreter until the call returns. May collect.
ClStatus cl_vm_call(ClState *S, Value fn, const Value *args, uint32_t argc, Value *result);
// Sets up S->request for a builtin that returns CL_REQUEST_CALL.
void cl_vm_request(ClState *S, Value fn, const Value *args, uint32_t argc);

// ---------------------------------------------------------------------------------------------
// Modules (load.c)

// Parses, compiles and runs `source` as the main program named `path`; *result is the value
// of its last form. The source buffer is copied.
ClStatus cl_vm_run_main(ClState *S, const char *path, const char *source, size_t length,
                        Value *result);
// The IMPORT instruction: loads (once) the module a descriptor names and binds its exports
// into `importer`'s globals.
ClStatus cl_vm_import(ClState *S, Module *importer, Value descriptor);
// The MODULE instruction: a module form's value; records exports when `m` is being imported.
ClStatus cl_vm_module_form(ClState *S, Module *m, Value value, Value descriptor);

// ---------------------------------------------------------------------------------------------
// Effects (effect.c)

typedef enum EffectDecision { EFFECT_RUN, EFFECT_HANDLED, EFFECT_FAILED } EffectDecision;

// Offers an effect operation about to run to the handler stack and the host's policy. Returns
// EFFECT_HANDLED with *handler set (and *inner_handlers: the stack while it runs) when a
// with-handler takes it, EFFECT_FAILED after raising effect-denied or contract-violation.
EffectDecision cl_effect_check(ClState *S, const Builtin *op, Value *handler,
                               Value *inner_handlers);
// Recomputes S->effect_layer_active after the handler stack or the policy changed.
void cl_effect_update(ClState *S);

// ---------------------------------------------------------------------------------------------
// Errors (unwind.c)

// Builds the position and backtrace of the recorded error from the VM's frames.
void cl_vm_locate_error(ClState *S);
// The rendered report of the recorded error (cl_error_text), malloc'd.
char *cl_vm_render_error(ClState *S);

// The standard library registers everything here (src/lib/lib.c).
ClStatus cl_lib_open(ClState *S);

#endif
