// optimize.c: constant folding over a resolved form. It computes, for each expression whose
// value is known before the program runs, that value: literals, calls of pure builtins on
// constant arguments (evaluated now; a call that would fail is left to fail at run time),
// `if` with a constant condition, `do` of constants, `and`/`or`, list literals. Codegen loads
// the folded value instead of computing it and compiles only the live branch of such an `if`.
// Folding never evaluates, drops or reorders an effect: only builtins marked foldable (pure,
// total on their domain, no callbacks) are called.
#include <stdlib.h>
#include <string.h>

#include "compile/internal.h"

// Folded results are kept small so that folding never builds large data at compile time.
#define MAX_FOLDED_LIST 64
#define MAX_FOLDED_STRING 4096
// Bytes one folded call may allocate: enough for any result worth keeping.
#define FOLD_BUDGET (64u << 10)

typedef struct Folder {
    ClState *S;
    Resolver *r;
    const Tree *t;
    Value *folded;   // per node: the folded value, or 0
    Value *keep;     // the rooted Array holding every folded value
    bool failed;
} Folder;

bool cl_compile_literal(ClState *S, const Tree *t, NodeId node, Value *out)
{
    const Node *n = cl_tree_node(t, node);
    switch ((NodeKind)n->kind) {
    case NODE_INT:
        if (n->flags & NF_INT_SMALL)
            return cl_int_from_int64(S, cl_tree_int(t, node), out) == CL_OK;
        else {
            uint32_t length;
            const char *text = cl_tree_text(t, node, &length);
            return cl_int_from_text(S, text, length, out) == CL_OK;
        }
    case NODE_FLOAT:
        return cl_float_new(S, cl_tree_float(t, node), out) == CL_OK;
    case NODE_STRING: {
        uint32_t capacity = n->span.end - n->span.start;
        char *buffer = malloc(capacity + 1);
        if (!buffer)
            return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory"), false;
        uint32_t length = cl_tree_string(t, node, buffer, capacity + 1);
        ClStatus status = cl_string_new(S, buffer, length, out);
        free(buffer);
        return status == CL_OK;
    }
    case NODE_TRUE:
        *out = CL_TRUE;
        return true;
    case NODE_FALSE:
        *out = CL_FALSE;
        return true;
    case NODE_NIL:
        *out = CL_NIL;
        return true;
    case NODE_LIST:
        if (n->count == 0) {
            *out = CL_EMPTY;
            return true;
        }
        return false;
    default:
        return false;
    }
}

bool cl_optimize_constant(ClState *S, const Value *folded, NodeId node, Value *out)
{
    (void)S;
    if (!folded || !folded[node])
        return false;
    *out = folded[node];
    return true;
}

static void set_folded(Folder *f, NodeId node, Value v)
{
    if (cl_array_push(f->S, *f->keep, v) != CL_OK) {
        f->failed = true;
        return;
    }
    f->folded[node] = v;
}

// Whether a folded value is small enough to keep as a constant.
static bool worth_keeping(Value v)
{
    if (cl_is_string(v))
        return cl_as_string(v)->size <= MAX_FOLDED_STRING;
    if (cl_is_cell(v) || v == CL_EMPTY)
        return cl_list_length(v) <= MAX_FOLDED_LIST;
    return cl_is_number(v) || cl_is_bool(v) || v == CL_NIL;
}

// The foldable builtin a call's callee names, or NULL.
static Builtin *foldable_callee(Folder *f, NodeId callee)
{
    const Tree *t = f->t;
    if (cl_tree_node(t, callee)->kind != NODE_SYMBOL || f->r->node_var[callee] != 0)
        return NULL;
    uint32_t length;
    const char *text = cl_tree_text(t, callee, &length);
    if (cl_module_rebinds(f->r->module, text, length))
        return NULL;
    Value builtin;
    if (!cl_dict_get_text(f->S, f->S->builtins, text, length, &builtin) ||
        !cl_is_obj_type(builtin, OBJ_BUILTIN))
        return NULL;
    Builtin *b = (Builtin *)cl_as_object(builtin);
    return b->fold ? b : NULL;
}

static void fold(Folder *f, NodeId node);

static void fold_kids(Folder *f, NodeId node, uint32_t from)
{
    for (uint32_t i = from; i < cl_tree_kid_count(f->t, node) && !f->failed; i++)
        fold(f, cl_tree_kid(f->t, node, i));
}

// Whether kids from..end of `node` are all folded.
static bool all_folded(Folder *f, NodeId node, uint32_t from)
{
    for (uint32_t i = from; i < cl_tree_kid_count(f->t, node); i++)
        if (!f->folded[cl_tree_kid(f->t, node, i)])
            return false;
    return true;
}

static void fold_call(Folder *f, NodeId node)
{
    const Tree *t = f->t;
    uint32_t argc = cl_tree_kid_count(t, node) - 1;
    Builtin *b = foldable_callee(f, cl_tree_kid(t, node, 0));
    if (!b || !all_folded(f, node, 1) || argc > 16)
        return;
    if ((int)argc < b->min_args || (b->max_args >= 0 && (int)argc > b->max_args))
        return;
    Value frame[17], result = CL_NIL;  // frame[0]: the callee, as the VM passes it
    Value *args = frame + 1;
    frame[0] = cl_from_object(b);
    for (uint32_t i = 0; i < argc; i++)
        args[i] = f->folded[cl_tree_kid(t, node, i + 1)];
    uint32_t roots = f->S->roots.count;
    cl_heap_budget_begin(f->S, FOLD_BUDGET);
    ClStatus status = b->fn(f->S, args, (int)argc, &result);
    cl_heap_budget_end(f->S);
    if (status != CL_OK) {
        cl_error_clear(f->S);  // leave the failure to run time
        f->S->roots.count = roots;
        return;
    }
    if (worth_keeping(result))
        set_folded(f, node, result);
}

// `and`/`or` of known value: the deciding operand when every operand up to it is folded.
static void fold_and_or(Folder *f, NodeId node, bool is_and)
{
    const Tree *t = f->t;
    uint32_t n = cl_tree_kid_count(t, node);
    Value last = is_and ? CL_TRUE : CL_FALSE;
    for (uint32_t i = 1; i < n; i++) {
        Value v = f->folded[cl_tree_kid(t, node, i)];
        if (!v)
            return;
        last = v;
        if (is_and ? cl_is_falsy(v) : cl_is_truthy(v))
            break;
    }
    set_folded(f, node, last);
}

static bool names_builtin(Folder *f, NodeId callee, const char *name)
{
    const Tree *t = f->t;
    if (cl_tree_node(t, callee)->kind != NODE_SYMBOL || f->r->node_var[callee] != 0)
        return false;
    uint32_t length;
    const char *text = cl_tree_text(t, callee, &length);
    return length == strlen(name) && memcmp(text, name, length) == 0 &&
           !cl_module_rebinds(f->r->module, text, length);
}

static void fold(Folder *f, NodeId node)
{
    const Tree *t = f->t;
    const Node *n = cl_tree_node(t, node);
    Value v;
    switch ((NodeKind)n->kind) {
    case NODE_INT:
    case NODE_FLOAT:
    case NODE_STRING:
    case NODE_TRUE:
    case NODE_FALSE:
    case NODE_NIL:
        if (cl_compile_literal(f->S, t, node, &v))
            set_folded(f, node, v);
        else
            f->failed = true;
        return;
    case NODE_LIST:
        fold_kids(f, node, 0);
        if (n->count == 0) {
            set_folded(f, node, CL_EMPTY);
        } else if (n->count <= MAX_FOLDED_LIST && all_folded(f, node, 0)) {
            Value items[MAX_FOLDED_LIST];
            for (uint32_t i = 0; i < n->count; i++)
                items[i] = f->folded[cl_tree_kid(t, node, i)];
            if (cl_list_from_array(f->S, items, n->count, &v) == CL_OK)
                set_folded(f, node, v);
            else
                f->failed = true;
        }
        return;
    case NODE_CALL: {
        fold_kids(f, node, 1);
        NodeId callee = cl_tree_kid(t, node, 0);
        if (names_builtin(f, callee, "and") || names_builtin(f, callee, "or"))
            fold_and_or(f, node, names_builtin(f, callee, "and"));
        else if (cl_tree_node(t, callee)->kind != NODE_SYMBOL)
            fold(f, callee);
        else
            fold_call(f, node);
        return;
    }
    case NODE_IF:
        fold_kids(f, node, 0);
        v = f->folded[cl_tree_kid(t, node, 0)];
        if (v) {
            Value chosen = f->folded[cl_tree_kid(t, node, cl_is_truthy(v) ? 1 : 2)];
            if (chosen)
                set_folded(f, node, chosen);
        }
        return;
    case NODE_DO:
        fold_kids(f, node, 0);
        if (n->count > 0 && all_folded(f, node, 0))
            set_folded(f, node, f->folded[cl_tree_kid(t, node, n->count - 1)]);
        return;
    case NODE_ASCRIBE:
        fold(f, cl_tree_kid(t, node, 0));
        if (f->folded[cl_tree_kid(t, node, 0)])
            set_folded(f, node, f->folded[cl_tree_kid(t, node, 0)]);
        return;
    case NODE_LET:
        for (uint32_t i = 0; i < n->extra; i++)
            fold(f, cl_tree_kid(t, cl_tree_kid(t, node, i), 1));
        fold_kids(f, node, n->extra);
        return;
    case NODE_LAMBDA:
    case NODE_EFFECT:
        fold_kids(f, node, 1);
        return;
    case NODE_DEFINE:
    case NODE_MODULE:
        fold(f, cl_tree_kid(t, node, 1));
        return;
    case NODE_MATCH:
        fold(f, cl_tree_kid(t, node, 0));
        for (uint32_t i = 1; i < n->count; i++)
            fold_kids(f, cl_tree_kid(t, node, i), 1);
        return;
    case NODE_PARALLEL:
        fold_kids(f, node, 0);
        return;
    case NODE_UNCERTAIN:
        for (uint32_t i = 0; i < n->count; i++)
            fold(f, cl_tree_kid(t, cl_tree_kid(t, node, i), 1));
        return;
    default:
        return;
    }
}

bool cl_optimize(ClState *S, Resolver *r, NodeId form, Value **folded)
{
    Module *m = r->module;
    Folder f = {.S = S, .r = r, .t = r->tree, .keep = &m->folded_keep};
    f.folded = cl_module_folded(m, r->unit);
    if (!f.folded || (m->folded_keep == CL_NIL && cl_array_new(S, 16, &m->folded_keep) != CL_OK)) {
        if (!f.folded)
            cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory while compiling");
        return false;
    }
    fold(&f, form);
    if (f.failed)
        return false;
    *folded = f.folded;
    return true;
}
