// resolve.c: binds every name of a top-level form (LANGUAGE.md §4.2, §4.3, §5.2, §5.3): to a
// variable of an enclosing scope — a register of its own function or a capture — or else to a
// module global. It also decides which variables must live in boxes: those captured and then
// assigned again, those captured before their `let` binding ran unless codegen can patch the
// closure afterwards (the common `(let ((f (lambda ... f ...))) ...)`), and captured variables
// introduced by a local `define`.
#include <stdlib.h>
#include <string.h>

#include "compile/internal.h"

#define NO_SCOPE UINT32_MAX

static bool grow(void **items, uint32_t *capacity, uint32_t count, size_t size)
{
    if (count < *capacity)
        return true;
    uint32_t n = *capacity ? *capacity * 2 : 16;
    void *p = realloc(*items, n * size);
    if (!p)
        return false;
    *items = p;
    *capacity = n;
    return true;
}

static uint32_t new_scope(Resolver *r, ScopeKind kind, NodeId node)
{
    if (!grow((void **)&r->scopes, &r->scope_capacity, r->scope_count, sizeof(Scope))) {
        r->failed = true;
        return r->current_scope;
    }
    uint32_t id = r->scope_count++;
    r->scopes[id] = (Scope){.parent = r->current_scope,
                            .function = r->current_function,
                            .kind = (uint8_t)kind,
                            .first_var = r->var_count,
                            .phase = INT32_MAX,
                            .node = node};
    if (node)
        r->node_scope[node] = id + 1;
    return id;
}

// Finds `name` among the variables of scope `s`.
static int64_t find_in_scope(const Resolver *r, uint32_t s, const char *name, uint32_t length)
{
    const Scope *sc = &r->scopes[s];
    for (uint32_t i = sc->first_var; i < sc->first_var + sc->var_count; i++)
        if (r->vars[i].length == length && memcmp(r->vars[i].name, name, length) == 0)
            return i;
    return -1;
}

// Adds a variable to the newest scope (which must be `s`), or returns the existing one of that
// name. Vars of a scope are contiguous because they are all added when it opens.
static uint32_t add_var(Resolver *r, uint32_t s, NodeId decl, int32_t binding)
{
    uint32_t length;
    const char *name = cl_tree_text(r->tree, decl, &length);
    int64_t existing = find_in_scope(r, s, name, length);
    if (existing >= 0)
        return (uint32_t)existing;
    if (!grow((void **)&r->vars, &r->var_capacity, r->var_count, sizeof(Var))) {
        r->failed = true;
        return 0;
    }
    uint32_t id = r->var_count++;
    r->vars[id] = (Var){.name = name, .length = length, .decl = decl,
                        .function = r->scopes[s].function, .scope = s, .binding = binding};
    r->scopes[s].var_count++;
    return id;
}

// Adds the names that `define` and `data` forms inside `node` bind in the scope being opened
// (the innermost enclosing function body, let or match branch: §5.3). Does not descend into
// forms that open scopes of their own.
static void collect_defines(Resolver *r, uint32_t s, NodeId node)
{
    const Tree *t = r->tree;
    const Node *n = cl_tree_node(t, node);
    switch ((NodeKind)n->kind) {
    case NODE_LAMBDA:
    case NODE_LET:
    case NODE_CONTRACT:
        return;
    case NODE_MATCH:
        collect_defines(r, s, cl_tree_kid(t, node, 0));
        return;
    case NODE_DEFINE: {
        uint32_t v = add_var(r, s, cl_tree_kid(t, node, 0), -1);
        if (!r->failed && r->vars[v].binding < 0 && r->vars[v].decl == cl_tree_kid(t, node, 0))
            r->vars[v].flags |= VF_DEFINED;
        collect_defines(r, s, cl_tree_kid(t, node, 1));
        return;
    }
    case NODE_DATA: {
        uint32_t first_ctor = 1 + n->extra;
        for (uint32_t i = first_ctor; i < n->count; i++) {
            NodeId decl = cl_tree_kid(t, cl_tree_kid(t, node, i), 0);
            uint32_t v = add_var(r, s, decl, -1);
            if (!r->failed && r->vars[v].decl == decl)
                r->vars[v].flags |= VF_DEFINED;
        }
        return;
    }
    default:
        for (uint32_t i = 0; i < cl_tree_kid_count(t, node); i++)
            collect_defines(r, s, cl_tree_kid(t, node, i));
    }
}

static void add_capture(Resolver *r, uint32_t f, uint32_t v)
{
    Function *fn = &r->functions[f];
    for (uint32_t i = 0; i < fn->capture_count; i++)
        if (fn->captures[i] == v)
            return;
    if (!grow((void **)&fn->captures, &fn->capture_capacity, fn->capture_count,
              sizeof(uint32_t))) {
        r->failed = true;
        return;
    }
    fn->captures[fn->capture_count++] = v;
}

int32_t cl_function_capture_index(const Resolver *r, uint32_t f, uint32_t v)
{
    const Function *fn = &r->functions[f];
    for (uint32_t i = 0; i < fn->capture_count; i++)
        if (fn->captures[i] == v)
            return (int32_t)i;
    return -1;
}

// A variable of let scope `s` is read from a function created while its binding `s.phase`
// runs, before the variable is assigned: codegen can patch the new closure when that function
// is the binding's whole value expression.
static void note_early_capture(Resolver *r, uint32_t s, Var *v)
{
    const Scope *sc = &r->scopes[s];
    uint32_t g = r->current_function;
    while (r->functions[g].parent != sc->function)
        g = r->functions[g].parent;
    NodeId binding = cl_tree_kid(r->tree, sc->node, (uint32_t)sc->phase);
    v->flags |= VF_EARLY | VF_CHECK;
    if (cl_tree_kid(r->tree, binding, 1) != r->functions[g].node)
        v->flags |= VF_EARLY_BAD;
}

// Resolves a reference to `node` (a SYMBOL): records the variable or leaves 0 for a global.
static void resolve_reference(Resolver *r, NodeId node)
{
    uint32_t length;
    const char *name = cl_tree_text(r->tree, node, &length);
    for (uint32_t s = r->current_scope; s != NO_SCOPE; s = r->scopes[s].parent) {
        const Scope *sc = &r->scopes[s];
        if (sc->kind == SCOPE_GLOBAL)
            break;
        int64_t found = find_in_scope(r, s, name, length);
        if (found < 0)
            continue;
        Var *v = &r->vars[found];
        if (sc->kind == SCOPE_LET && v->binding >= sc->phase) {
            if (sc->function == r->current_function)
                continue;  // not assigned yet: the enclosing scope's binding (§5.2)
            note_early_capture(r, s, v);
        }
        if (v->function != r->current_function) {
            v->flags |= VF_CAPTURED;
            for (uint32_t f = r->current_function; f != v->function; f = r->functions[f].parent)
                add_capture(r, f, (uint32_t)found);
        }
        r->node_var[node] = (uint32_t)found + 1;
        return;
    }
    r->node_var[node] = 0;
}

static void resolve_expr(Resolver *r, NodeId node);

static void resolve_kids(Resolver *r, NodeId node, uint32_t from)
{
    uint32_t count = cl_tree_kid_count(r->tree, node);
    for (uint32_t i = from; i < count && !r->failed; i++)
        resolve_expr(r, cl_tree_kid(r->tree, node, i));
}

// An assignment by define (or a repeated let binding) to variable `v`.
static void note_assignment(Resolver *r, uint32_t v, bool first_of_define)
{
    if (!first_of_define)
        r->vars[v].flags |= VF_REASSIGNED;
}

static void resolve_let(Resolver *r, NodeId node)
{
    const Tree *t = r->tree;
    uint32_t binding_count = cl_tree_node(t, node)->extra;
    uint32_t s = new_scope(r, SCOPE_LET, node);
    uint32_t saved = r->current_scope;
    for (uint32_t i = 0; i < binding_count; i++) {
        NodeId name = cl_tree_kid(t, cl_tree_kid(t, node, i), 0);
        uint32_t before = r->var_count;
        uint32_t v = add_var(r, s, name, (int32_t)i);
        if (!r->failed && r->var_count == before)
            note_assignment(r, v, false);  // the same name bound twice: one variable
    }
    // Defines in the binding values and the body bind in this scope too.
    for (uint32_t i = 0; i < binding_count; i++)
        collect_defines(r, s, cl_tree_kid(t, cl_tree_kid(t, node, i), 1));
    for (uint32_t i = binding_count; i < cl_tree_kid_count(t, node); i++)
        collect_defines(r, s, cl_tree_kid(t, node, i));
    r->current_scope = s;
    for (uint32_t i = 0; i < binding_count && !r->failed; i++) {
        NodeId binding = cl_tree_kid(t, node, i);
        r->scopes[s].phase = (int32_t)i;
        resolve_expr(r, cl_tree_kid(t, binding, 1));
        uint32_t length;
        const char *text = cl_tree_text(t, cl_tree_kid(t, binding, 0), &length);
        r->node_var[cl_tree_kid(t, binding, 0)] = (uint32_t)find_in_scope(r, s, text, length) + 1;
    }
    r->scopes[s].phase = INT32_MAX;
    resolve_kids(r, node, binding_count);
    r->current_scope = saved;
}

// Opens a function scope for LAMBDA `node` (or a contract condition's synthetic function).
static uint32_t open_function(Resolver *r, NodeId node)
{
    if (!grow((void **)&r->functions, &r->function_capacity, r->function_count,
              sizeof(Function))) {
        r->failed = true;
        return r->current_function;
    }
    uint32_t f = r->function_count++;
    r->functions[f] = (Function){.node = node, .parent = r->current_function};
    r->current_function = f;
    r->functions[f].scope = new_scope(r, SCOPE_FUNCTION, node);
    return f;
}

static void resolve_lambda(Resolver *r, NodeId node)
{
    const Tree *t = r->tree;
    uint32_t saved_scope = r->current_scope, saved_function = r->current_function;
    uint32_t f = open_function(r, node);
    uint32_t s = r->functions[f].scope;
    NodeId params = cl_tree_kid(t, node, 0);
    for (uint32_t i = 0; i < cl_tree_kid_count(t, params); i++) {
        NodeId p = cl_tree_kid(t, params, i);
        r->node_var[p] = add_var(r, s, p, -1) + 1;
    }
    for (uint32_t i = 1; i < cl_tree_kid_count(t, node); i++)
        collect_defines(r, s, cl_tree_kid(t, node, i));
    r->current_scope = s;
    resolve_kids(r, node, 1);
    r->current_scope = saved_scope;
    r->current_function = saved_function;
}

// Declares the variables of a pattern in branch scope `s`.
static void declare_pattern(Resolver *r, uint32_t s, NodeId pattern)
{
    const Tree *t = r->tree;
    const Node *n = cl_tree_node(t, pattern);
    if (n->kind == NODE_PAT_VAR) {
        r->node_var[pattern] = add_var(r, s, pattern, -1) + 1;
        return;
    }
    uint32_t from = n->kind == NODE_PAT_CTOR ? 1 : 0;
    if (n->kind == NODE_PAT_LIST || n->kind == NODE_PAT_CTOR)
        for (uint32_t i = from; i < n->count; i++)
            declare_pattern(r, s, cl_tree_kid(t, pattern, i));
}

static void resolve_match(Resolver *r, NodeId node)
{
    const Tree *t = r->tree;
    resolve_expr(r, cl_tree_kid(t, node, 0));
    uint32_t saved = r->current_scope;
    for (uint32_t i = 1; i < cl_tree_kid_count(t, node) && !r->failed; i++) {
        NodeId branch = cl_tree_kid(t, node, i);
        uint32_t s = new_scope(r, SCOPE_BRANCH, branch);
        declare_pattern(r, s, cl_tree_kid(t, branch, 0));
        for (uint32_t j = 1; j < cl_tree_kid_count(t, branch); j++)
            collect_defines(r, s, cl_tree_kid(t, branch, j));
        r->current_scope = s;
        resolve_kids(r, branch, 1);
        r->current_scope = saved;
    }
}

// `define` (and each constructor of `data`) assigns a variable of the innermost scope, or a
// global at top level.
static void resolve_binding_name(Resolver *r, NodeId name)
{
    if (r->scopes[r->current_scope].kind == SCOPE_GLOBAL) {
        r->node_var[name] = 0;
        return;
    }
    uint32_t length;
    const char *text = cl_tree_text(r->tree, name, &length);
    for (uint32_t s = r->current_scope; s != NO_SCOPE; s = r->scopes[s].parent) {
        int64_t v = find_in_scope(r, s, text, length);
        if (v >= 0) {
            r->node_var[name] = (uint32_t)v + 1;
            note_assignment(r, (uint32_t)v, r->vars[v].decl == name);
            return;
        }
        if (r->scopes[s].kind != SCOPE_GLOBAL)
            break;  // collect_defines put it in the innermost scope
    }
    r->node_var[name] = 0;
}

static void resolve_expr(Resolver *r, NodeId node)
{
    const Tree *t = r->tree;
    const Node *n = cl_tree_node(t, node);
    switch ((NodeKind)n->kind) {
    case NODE_SYMBOL:
        resolve_reference(r, node);
        break;
    case NODE_LET:
        resolve_let(r, node);
        break;
    case NODE_LAMBDA:
        resolve_lambda(r, node);
        break;
    case NODE_MATCH:
        resolve_match(r, node);
        break;
    case NODE_DEFINE:
        resolve_expr(r, cl_tree_kid(t, node, 1));
        resolve_binding_name(r, cl_tree_kid(t, node, 0));
        break;
    case NODE_DATA:
        for (uint32_t i = 1 + n->extra; i < n->count; i++)
            resolve_binding_name(r, cl_tree_kid(t, cl_tree_kid(t, node, i), 0));
        break;
    case NODE_EFFECT:
        resolve_kids(r, node, 1);
        break;
    case NODE_ASCRIBE:
        resolve_expr(r, cl_tree_kid(t, node, 0));
        break;
    case NODE_MODULE:
        resolve_expr(r, cl_tree_kid(t, node, 1));
        break;
    case NODE_UNCERTAIN:
        for (uint32_t i = 0; i < n->count; i++)
            resolve_expr(r, cl_tree_kid(t, cl_tree_kid(t, node, i), 1));
        break;
    case NODE_LIST:
    case NODE_CALL:
    case NODE_IF:
    case NODE_DO:
    case NODE_PARALLEL:
        resolve_kids(r, node, 0);
        break;
    default:  // literals, import, export, contract, error: no names to resolve
        break;
    }
}

// Decides where each variable lives once every reference is known.
static void decide_storage(Resolver *r)
{
    for (uint32_t i = 0; i < r->var_count; i++) {
        Var *v = &r->vars[i];
        if ((v->flags & VF_CAPTURED) &&
            (v->flags & (VF_REASSIGNED | VF_EARLY_BAD | VF_DEFINED)))
            v->flags |= VF_BOXED;
        if (v->flags & VF_DEFINED)
            v->flags |= VF_CHECK;
        if (v->flags & (VF_BOXED | VF_EARLY | VF_DEFINED))
            v->flags |= VF_INIT_UNDEF;
    }
}

bool cl_resolve(Resolver *r, NodeId form, String *const *params, uint32_t param_count)
{
    r->current_scope = NO_SCOPE;
    r->current_function = UINT32_MAX;
    if (!grow((void **)&r->functions, &r->function_capacity, 0, sizeof(Function)))
        return false;
    r->function_count = 1;
    r->functions[0] = (Function){.node = 0, .parent = UINT32_MAX};
    r->current_function = 0;
    r->current_scope = new_scope(r, SCOPE_GLOBAL, 0);
    r->functions[0].scope = r->current_scope;
    if (params) {
        // A contract condition: the body of a function of `params` (plus `result`).
        uint32_t s = new_scope(r, SCOPE_FUNCTION, 0);
        r->functions[0].scope = s;
        for (uint32_t i = 0; i < param_count && !r->failed; i++) {
            if (!grow((void **)&r->vars, &r->var_capacity, r->var_count, sizeof(Var))) {
                r->failed = true;
                break;
            }
            r->vars[r->var_count++] = (Var){.name = params[i]->bytes, .length = params[i]->size,
                                            .scope = s, .binding = -1};
            r->scopes[s].var_count++;
        }
        collect_defines(r, s, form);
        r->current_scope = s;
    }
    if (!r->failed)
        resolve_expr(r, form);
    if (!r->failed)
        decide_storage(r);
    return !r->failed;
}

void cl_resolver_fini(Resolver *r)
{
    for (uint32_t i = 0; i < r->function_count; i++)
        free(r->functions[i].captures);
    free(r->functions);
    free(r->scopes);
    free(r->vars);
    r->functions = NULL;
    r->scopes = NULL;
    r->vars = NULL;
}
