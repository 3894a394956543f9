// internal.h: what the resolver, the optimizer and codegen share inside src/compile.
#ifndef CL_COMPILE_INTERNAL_H
#define CL_COMPILE_INTERNAL_H

#include "compile/compile.h"

enum VarFlags {
    VF_CAPTURED = 1 << 0,    // referenced from a nested function
    VF_BOXED = 1 << 1,       // lives in a Box (captured and assigned after capture)
    VF_CHECK = 1 << 2,       // reads must check for the not-yet-assigned marker
    VF_REASSIGNED = 1 << 3,  // assigned again after its first assignment
    VF_EARLY = 1 << 4,       // captured before it was assigned (a let binding's lambda)
    VF_EARLY_BAD = 1 << 5,   // ... by a function that codegen cannot patch afterwards
    VF_DEFINED = 1 << 6,     // introduced by a local define or data
    VF_INIT_UNDEF = 1 << 7,  // its register must hold the marker from the scope's start
};

typedef struct Var {
    const char *name;
    uint32_t length;
    NodeId decl;           // the declaring node (SYMBOL, PAT_VAR), 0 for none
    uint32_t function;     // owning function (index into Resolver.functions)
    uint32_t scope;
    int32_t binding;       // let: index of its first binding; -1 otherwise
    uint16_t flags;        // VarFlags
    uint16_t reg;          // assigned by codegen: near (< CL_FAR_BASE) or far
    uint8_t has_reg;
} Var;

typedef enum ScopeKind { SCOPE_GLOBAL, SCOPE_FUNCTION, SCOPE_LET, SCOPE_BRANCH } ScopeKind;

typedef struct Scope {
    uint32_t parent;       // UINT32_MAX for the global scope
    uint32_t function;
    uint8_t kind;          // ScopeKind
    uint32_t first_var;    // vars first_var .. first_var + var_count - 1
    uint32_t var_count;
    int32_t phase;         // let: binding being resolved; INT32_MAX in the body
    NodeId node;           // LET / LAMBDA / BRANCH node
} Scope;

typedef struct Function {
    NodeId node;           // LAMBDA, or 0 for the top-level form
    uint32_t parent;       // UINT32_MAX for the top level
    uint32_t scope;        // its parameter scope
    uint32_t *captures;    // var ids, in capture order
    uint32_t capture_count;
    uint32_t capture_capacity;
} Function;

// The resolver's result for one top-level form (or one contract condition).
typedef struct Resolver {
    ClState *S;
    Module *module;
    uint32_t unit;
    const Tree *tree;
    bool prelude;
    Var *vars;
    uint32_t var_count, var_capacity;
    Scope *scopes;
    uint32_t scope_count, scope_capacity;
    Function *functions;
    uint32_t function_count, function_capacity;
    uint32_t *node_var;    // per node: var id + 1 for references and declarations, 0: global
    uint32_t *node_scope;  // per LET/LAMBDA/BRANCH node: its scope id + 1
    uint32_t current_scope;
    uint32_t current_function;
    bool failed;           // out of memory
} Resolver;

// Resolves `form` (a top-level form; with `params` non-NULL, a contract condition resolved as
// the body of a function with those parameter names). Returns false when out of memory.
bool cl_resolve(Resolver *r, NodeId form, String *const *params, uint32_t param_count);
void cl_resolver_fini(Resolver *r);
// The capture index of var `v` in function `f`, or -1.
int32_t cl_function_capture_index(const Resolver *r, uint32_t f, uint32_t v);

// Module compile state (module.c).
uint32_t *cl_module_node_var(Module *m, uint32_t unit);
uint32_t *cl_module_node_scope(Module *m, uint32_t unit);
// The optimizer's per-node results for a source unit (allocated on first use), or NULL.
Value *cl_module_folded(Module *m, uint32_t unit);

// Optimizer (optimize.c): folds constants of `form`; *folded receives the per-node table.
bool cl_optimize(ClState *S, Resolver *r, NodeId form, Value **folded);
// The folded value of `node`, if any (folded may be NULL: optimizer off).
bool cl_optimize_constant(ClState *S, const Value *folded, NodeId node, Value *out);
// The value of a literal node (INT, FLOAT, STRING, TRUE, FALSE, NIL, empty LIST). May collect.
bool cl_compile_literal(ClState *S, const Tree *t, NodeId node, Value *out);
// Whether the module binds `name` at top level somewhere (so it is not the builtin).
bool cl_module_rebinds(Module *m, const char *name, uint32_t length);
// Adds the statically known exports of the module an `import *` names to `map` (a NameMap);
// false when they cannot be known (file missing or unreadable).
bool cl_import_static_exports(ClState *S, Module *m, const Tree *t, NodeId import, void *map);

// Whether a symbol names a reserved prelude intrinsic (%name) in prelude mode.
static inline bool cl_is_intrinsic_name(const char *name, uint32_t length)
{
    return length > 1 && name[0] == '%';
}

#endif
