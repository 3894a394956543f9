// codegen.c: emits register bytecode for a resolved top-level form. Registers are allocated
// like a stack: a scope's variables take consecutive registers, temporaries live above them
// and are released when the expression that needed them is done. Every instruction records
// the source offset of the expression it performs, for error positions. Calls in tail
// position (LANGUAGE.md §4.6) become TAILCALL.
//
// A function that runs out of the 250 near registers is compiled again in far mode (the form
// is compiled anew with that function marked): its variables from register FAR_VAR_LIMIT on
// live in far registers (CL_FAR_BASE and up, copied to a near temporary for each use), and an
// expression compiled while more than FAR_SPILL_HIGH near registers are taken first saves the
// temporaries above FAR_VAR_LIMIT to far registers and reloads them afterwards. Functions that
// fit are compiled exactly as if far registers did not exist.
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "compile/internal.h"

// How deep the compiler itself may recurse; deeper nesting is a clean error. 5500 levels of
// nested calls take under 4 MB of C stack (under 8 MB in an AddressSanitizer build).
#define MAX_COMPILE_DEPTH 5500
// Calls and literals with more elements than this are built through an internal array.
#define MAX_INLINE_ELEMENTS 64
// Far mode: variables get near registers only below FAR_VAR_LIMIT, and expressions start
// with at most FAR_SPILL_HIGH near registers taken (leaving room for a call's arguments).
#define FAR_VAR_LIMIT 64
#define FAR_SPILL_HIGH 160

typedef struct Gen Gen;

typedef struct FuncState {
    struct FuncState *parent;
    Gen *g;
    uint32_t function;      // resolver function id
    uint32_t *code;
    uint32_t *offsets;
    uint32_t count;
    uint32_t capacity;
    Value constants;        // an Array (rooted)
    Value name;             // string or nil (rooted)
    uint32_t free_reg;
    uint32_t max_reg;
    uint32_t offset;        // source offset given to emitted instructions
    uint32_t start_offset;  // where the function's source starts
    uint32_t param_count;
    NodeId params;          // the PARAMS node of a lambda (0 for a top-level form)
    bool variadic;
    bool far;               // compiled with far registers (see the top of the file)
    uint32_t far_free;      // far registers are allocated like a stack from here
    uint32_t far_max;       // ... and this is the highest far register used + 1
} FuncState;

struct Gen {
    ClState *S;
    Module *module;
    uint32_t unit;
    const Tree *t;
    Resolver r;
    CompileOptions options;
    bool failed;
    uint32_t depth;
    Value *folded;          // optimizer: per node constant value + 1 encoding, or NULL
    uint8_t *far_functions; // per resolver function: compile it in far mode
    bool retry;             // failed only because a function needs far mode: compile again
};

// ---------------------------------------------------------------------------------------------
// Failure

// Records a compile error at `offset` (once) and poisons the compilation.
static void fail_at(Gen *g, uint32_t offset, ClErrorKind kind, const char *message)
{
    if (g->failed)
        return;
    g->failed = true;
    cl_raisef(g->S, kind, "%s", message);
    g->S->error.module = g->module;
    g->S->error.unit = g->unit;
    g->S->error.offset = offset;
    g->S->error.has_position = true;
}

static void fail_memory(Gen *g) { fail_at(g, 0, CL_ERR_OUT_OF_MEMORY, "out of memory while compiling"); }

// ---------------------------------------------------------------------------------------------
// Emitting

static uint32_t emit(FuncState *fs, uint32_t word)
{
    if (fs->g->failed)
        return 0;
    if (fs->count == fs->capacity) {
        uint32_t capacity = fs->capacity ? fs->capacity * 2 : 64;
        uint32_t *code = realloc(fs->code, capacity * sizeof *code);
        if (code)
            fs->code = code;
        uint32_t *offsets = realloc(fs->offsets, capacity * sizeof *offsets);
        if (offsets)
            fs->offsets = offsets;
        if (!code || !offsets) {
            fail_memory(fs->g);
            return 0;
        }
        fs->capacity = capacity;
    }
    fs->code[fs->count] = word;
    fs->offsets[fs->count] = fs->offset;
    return fs->count++;
}

static void emit_abc(FuncState *fs, OpCode op, unsigned a, unsigned b, unsigned c)
{
    emit(fs, cl_encode_abc(op, a, b, c));
}

static void emit_abx(FuncState *fs, OpCode op, unsigned a, unsigned bx)
{
    emit(fs, cl_encode_abx(op, a, bx));
}

// A jump waiting for its target: the index of the word that holds the offset; bit 31 set when
// that word is a one-word JMP.
typedef uint32_t Patch;
#define PATCH_JMP 0x80000000u

static Patch emit_jmp(FuncState *fs)
{
    return emit(fs, cl_encode_sj(OP_JMP, 0)) | PATCH_JMP;
}

// Emits a test-and-jump instruction (formats AJ, ABJ, AsBJ) and returns its patch.
static Patch emit_test(FuncState *fs, OpCode op, unsigned a, unsigned b)
{
    emit_abc(fs, op, a, b, 0);
    return emit(fs, 0);
}

static void patch_to(FuncState *fs, Patch p, uint32_t target)
{
    if (fs->g->failed)
        return;
    uint32_t at = p & ~PATCH_JMP;
    int32_t offset = (int32_t)target - (int32_t)(at + 1);
    if (p & PATCH_JMP)
        fs->code[at] = cl_encode_sj(OP_JMP, offset);
    else
        fs->code[at] = (uint32_t)offset;
}

static void patch_here(FuncState *fs, Patch p) { patch_to(fs, p, fs->count); }

// ---------------------------------------------------------------------------------------------
// Registers and constants

static uint32_t alloc_reg(FuncState *fs)
{
    if (fs->free_reg >= CL_MAX_REGISTERS) {
        Gen *g = fs->g;
        if (!fs->far && !g->failed && g->far_functions) {
            g->far_functions[fs->function] = 1;  // compile the form again, this one far
            g->retry = true;
            g->failed = true;
        }
        fail_at(g, fs->offset, CL_ERR_PARSE_ERROR,
                "this expression needs more than 250 registers at once: split it up");
        return 0;
    }
    uint32_t r = fs->free_reg++;
    if (fs->free_reg > fs->max_reg)
        fs->max_reg = fs->free_reg;
    return r;
}

static uint32_t alloc_regs(FuncState *fs, uint32_t n)
{
    uint32_t first = fs->free_reg;
    for (uint32_t i = 0; i < n; i++)
        alloc_reg(fs);
    return first;
}

static void free_to(FuncState *fs, uint32_t reg) { fs->free_reg = reg; }

// Takes `n` consecutive far registers (far mode only).
static uint32_t alloc_far(FuncState *fs, uint32_t n)
{
    if (fs->far_free + n > CL_MAX_FAR_REGISTERS) {
        fail_at(fs->g, fs->offset, CL_ERR_PARSE_ERROR,
                "this function needs more than 65535 registers: split it into smaller functions");
        return CL_FAR_BASE;
    }
    uint32_t r = fs->far_free;
    fs->far_free += n;
    if (fs->far_free > fs->far_max)
        fs->far_max = fs->far_free;
    return r;
}

// Whether `reg` is a far register (reached only by MOVEFROMFAR and MOVETOFAR).
static bool is_far(uint32_t reg) { return reg >= CL_FAR_BASE; }

// A register for a variable: near while there is room for them, else far.
static uint32_t alloc_var(FuncState *fs)
{
    if (fs->far && fs->free_reg >= FAR_VAR_LIMIT)
        return alloc_far(fs, 1);
    return alloc_reg(fs);
}

// R[dest] = R[src] for a near dest and a near or far src (nothing when they are the same).
static void move_from(FuncState *fs, uint32_t dest, uint32_t src)
{
    if (is_far(src))
        emit_abx(fs, OP_MOVEFROMFAR, dest, src);
    else if (dest != src)
        emit_abc(fs, OP_MOVE, dest, src, 0);
}

// R[dest] = R[src] for a near or far dest and a near src.
static void move_to(FuncState *fs, uint32_t dest, uint32_t src)
{
    if (is_far(dest))
        emit_abx(fs, OP_MOVETOFAR, src, dest);
    else if (dest != src)
        emit_abc(fs, OP_MOVE, dest, src, 0);
}

// `reg` itself when near; else a new temporary holding its value (released by the caller's
// free_to, like any temporary).
static uint32_t near_copy(FuncState *fs, uint32_t reg)
{
    if (!is_far(reg))
        return reg;
    uint32_t t = alloc_reg(fs);
    emit_abx(fs, OP_MOVEFROMFAR, t, reg);
    return t;
}

// The index of constant `v` in the function, adding it (and reusing an identical one).
static uint32_t constant(FuncState *fs, Value v)
{
    Gen *g = fs->g;
    if (g->failed)
        return 0;
    Array *a = (Array *)cl_as_object(fs->constants);
    for (uint32_t i = 0; i < a->count; i++) {
        Value k = a->items[i];
        if (k == v || (cl_is_string(k) && cl_is_string(v) &&
                       cl_string_equal(cl_as_string(k), cl_as_string(v))))
            return i;
    }
    if (a->count >= CL_MAX_CONSTANTS) {
        fail_at(g, fs->offset, CL_ERR_PARSE_ERROR, "this function has more than 65535 constants");
        return 0;
    }
    RootMark mark = cl_root(g->S, &v);
    if (cl_array_push(g->S, fs->constants, v) != CL_OK)
        g->failed = true;
    cl_unroot(g->S, mark);
    return ((Array *)cl_as_object(fs->constants))->count - 1;
}

// A string constant made from source text.
static uint32_t string_constant(FuncState *fs, const char *text, size_t length)
{
    Value s;
    if (cl_string_new(fs->g->S, text, length, &s) != CL_OK) {
        fs->g->failed = true;
        return 0;
    }
    return constant(fs, s);
}

static uint32_t name_constant(FuncState *fs, NodeId node)
{
    uint32_t length;
    const char *text = cl_tree_text(fs->g->t, node, &length);
    return string_constant(fs, text, length);
}

static void load_constant(FuncState *fs, uint32_t dest, Value v)
{
    if (cl_is_small_int(v) && cl_small_int(v) >= -CL_SBX_BIAS &&
        cl_small_int(v) <= 65535 - CL_SBX_BIAS) {
        emit_abx(fs, OP_LOADI, dest, (unsigned)(cl_small_int(v) + CL_SBX_BIAS));
        return;
    }
    switch (v) {
    case CL_NIL:
        emit_abc(fs, OP_LOADNIL, dest, 0, 0);
        return;
    case CL_TRUE:
        emit_abc(fs, OP_LOADTRUE, dest, 0, 0);
        return;
    case CL_FALSE:
        emit_abc(fs, OP_LOADFALSE, dest, 0, 0);
        return;
    case CL_EMPTY:
        emit_abc(fs, OP_LOADEMPTY, dest, 0, 0);
        return;
    default:
        emit_abx(fs, OP_LOADK, dest, constant(fs, v));
    }
}

// ---------------------------------------------------------------------------------------------
// Functions

static void function_init(FuncState *fs, Gen *g, FuncState *parent, uint32_t function)
{
    memset(fs, 0, sizeof *fs);
    fs->g = g;
    fs->parent = parent;
    fs->function = function;
    fs->name = CL_NIL;
    fs->constants = CL_NIL;
    fs->offset = parent ? parent->offset : 0;
    fs->far = g->far_functions && g->far_functions[function];
    fs->far_free = CL_FAR_BASE;
    fs->far_max = CL_FAR_BASE;
    cl_root(g->S, &fs->constants);
    cl_root(g->S, &fs->name);
    if (cl_array_new(g->S, 8, &fs->constants) != CL_OK)
        g->failed = true;
}

// Gives parameter `i` of `count` (it arrives in register i) its register. In far mode the
// parameters from FAR_VAR_LIMIT on live in far registers: those from CL_FAR_BASE on already
// do, the others are moved there first thing.
static void assign_param(FuncState *fs, Var *v, uint32_t i, uint32_t count)
{
    if (i == 0 && fs->far && count > CL_FAR_BASE) {
        if (count >= CL_MAX_FAR_REGISTERS)
            fail_at(fs->g, fs->offset, CL_ERR_PARSE_ERROR, "this function has too many parameters");
        fs->far_free = fs->far_max = count;
    }
    if (fs->far && i >= FAR_VAR_LIMIT && i >= CL_FAR_BASE) {
        v->reg = (uint16_t)i;
    } else if (fs->far && i >= FAR_VAR_LIMIT) {
        v->reg = (uint16_t)alloc_far(fs, 1);
        emit_abx(fs, OP_MOVETOFAR, i, v->reg);
    } else {
        v->reg = (uint16_t)alloc_reg(fs);
    }
    v->has_reg = 1;
}

// Builds the Proto of a finished function. May collect. Returns the proto value or 0.
static Value function_finish(FuncState *fs, RootMark mark)
{
    Gen *g = fs->g;
    Value result = 0;
    if (!g->failed) {
        Proto *p = (Proto *)cl_alloc_object(g->S, OBJ_PROTO, sizeof(Proto));
        if (p) {
            Array *k = (Array *)cl_as_object(fs->constants);
            const Function *fn = &g->r.functions[fs->function];
            p->code = fs->code;
            p->offsets = fs->offsets;
            p->code_count = fs->count;
            fs->code = NULL;
            fs->offsets = NULL;
            p->constants = malloc((k->count ? k->count : 1) * sizeof(Value));
            p->captures = malloc((fn->capture_count ? fn->capture_count : 1) *
                                 sizeof(CaptureDesc));
            if (!p->constants || !p->captures) {
                fail_memory(g);
            } else {
                memcpy(p->constants, k->items, k->count * sizeof(Value));
                p->constant_count = k->count;
                p->module = g->module;
                p->unit = (uint16_t)g->unit;
                p->name = fs->name == CL_NIL ? NULL : cl_as_string(fs->name);
                uint32_t registers = fs->max_reg + 1;
                if (fs->far && fs->far_max > CL_FAR_BASE && fs->far_max > registers)
                    registers = fs->far_max;
                p->param_count = (uint16_t)fs->param_count;
                p->variadic = fs->variadic;
                p->fast_arity = fs->variadic ? 0xFFFF : (uint16_t)fs->param_count;
                p->register_count = (uint16_t)registers;
                p->capture_count = (uint16_t)fn->capture_count;
                p->offset_start = fs->start_offset;
                if (g->options.prelude)
                    p->h.flags |= OBJF_PRELUDE;
                result = cl_from_object(p);
            }
        } else {
            g->failed = true;
        }
    }
    free(fs->code);
    free(fs->offsets);
    cl_unroot(g->S, mark);
    return result;
}

// ---------------------------------------------------------------------------------------------
// Expressions

static void expr(FuncState *fs, NodeId node, uint32_t dest, bool tail);
static uint32_t expr_any(FuncState *fs, NodeId node);
static void body(FuncState *fs, NodeId node, uint32_t from, uint32_t dest, bool tail);

static const Node *node_of(FuncState *fs, NodeId id) { return cl_tree_node(fs->g->t, id); }
static NodeId kid(FuncState *fs, NodeId id, uint32_t i) { return cl_tree_kid(fs->g->t, id, i); }
static uint32_t kid_count(FuncState *fs, NodeId id) { return cl_tree_kid_count(fs->g->t, id); }

static Var *var_of(FuncState *fs, NodeId node)
{
    uint32_t v = fs->g->r.node_var[node];
    return v ? &fs->g->r.vars[v - 1] : NULL;
}

static uint32_t var_id(FuncState *fs, const Var *v) { return (uint32_t)(v - fs->g->r.vars); }

// Puts the value of `fs`'s tail expression in a RETURN, or leaves it in dest.
static void finish(FuncState *fs, uint32_t dest, bool tail)
{
    if (tail)
        emit_abc(fs, OP_RETURN, dest, 0, 0);
}

// The builtin value a global name means in this module, or 0 when the module may rebind it.
static Value known_builtin(FuncState *fs, NodeId node)
{
    Gen *g = fs->g;
    if (node_of(fs, node)->kind != NODE_SYMBOL || g->r.node_var[node] != 0)
        return 0;
    uint32_t length;
    const char *text = cl_tree_text(g->t, node, &length);
    Value found;
    if (g->options.prelude && cl_is_intrinsic_name(text, length))
        return cl_dict_get_text(g->S, g->S->intrinsics, text, length, &found) ? found : 0;
    if (cl_module_rebinds(g->module, text, length))
        return 0;
    return cl_dict_get_text(g->S, g->S->builtins, text, length, &found) ? found : 0;
}

// Loads the value of a variable or global reference into dest.
static void load_symbol(FuncState *fs, NodeId node, uint32_t dest)
{
    Gen *g = fs->g;
    Var *v = var_of(fs, node);
    if (!v) {
        Value builtin = known_builtin(fs, node);
        if (builtin) {
            emit_abx(fs, OP_LOADK, dest, constant(fs, builtin));
            return;
        }
        uint32_t length, slot = 0;
        const char *text = cl_tree_text(g->t, node, &length);
        if (cl_module_slot(g->S, g->module, text, length, &slot) != CL_OK)
            g->failed = true;
        emit_abx(fs, OP_GETGLOBAL, dest, slot);
        return;
    }
    if (v->function == fs->function) {
        if ((v->flags & VF_BOXED) && is_far(v->reg)) {
            emit_abx(fs, OP_MOVEFROMFAR, dest, v->reg);
            emit_abc(fs, OP_GETBOX, dest, dest, 0);
        } else if (v->flags & VF_BOXED) {
            emit_abc(fs, OP_GETBOX, dest, v->reg, 0);
        } else {
            move_from(fs, dest, v->reg);
        }
        if (v->flags & VF_DEFINED)
            emit_abx(fs, OP_CHECK, dest, name_constant(fs, v->decl ? v->decl : node));
        return;
    }
    int32_t ci = cl_function_capture_index(&g->r, fs->function, var_id(fs, v));
    if (ci > 255) {  // beyond the 8-bit operand of GETCAP and friends
        emit_abx(fs, OP_GETCAPX, dest, (unsigned)ci);
        if (v->flags & VF_BOXED)
            emit_abc(fs, OP_GETBOX, dest, dest, 0);
        if (v->flags & (VF_CHECK | VF_EARLY))
            emit_abx(fs, OP_CHECK, dest, name_constant(fs, node));
        return;
    }
    if (v->flags & VF_BOXED)
        emit_abc(fs, OP_GETCAPBOX, dest, (unsigned)ci, 0);
    else
        emit_abc(fs, v->flags & (VF_CHECK | VF_EARLY) ? OP_GETCAPCHK : OP_GETCAP, dest,
                 (unsigned)ci, 0);
    if ((v->flags & VF_BOXED) && (v->flags & VF_CHECK))
        emit_abx(fs, OP_CHECK, dest, name_constant(fs, node));
}

// Stores register `src` into variable or global `name_node` (define, data, let binding).
static void store_symbol(FuncState *fs, NodeId name_node, uint32_t src)
{
    Gen *g = fs->g;
    Var *v = var_of(fs, name_node);
    if (!v) {
        uint32_t length, slot = 0;
        const char *text = cl_tree_text(g->t, name_node, &length);
        if (cl_module_slot(g->S, g->module, text, length, &slot) != CL_OK)
            g->failed = true;
        emit_abx(fs, OP_SETGLOBAL, src, slot);
    } else if (v->flags & VF_BOXED) {
        uint32_t saved = fs->free_reg;
        emit_abc(fs, OP_SETBOX, near_copy(fs, v->reg), src, 0);
        free_to(fs, saved);
    } else {
        move_to(fs, v->reg, src);
    }
}

// Emits `op reg, reg` (op one of LOADUNDEF, NEWBOX) on a variable's register, near or far.
static void update_var(FuncState *fs, OpCode op, uint32_t reg)
{
    unsigned b = op == OP_LOADUNDEF ? 0 : reg;
    if (!is_far(reg)) {
        emit_abc(fs, op, reg, b, 0);
        return;
    }
    uint32_t saved = fs->free_reg;
    uint32_t t = alloc_reg(fs);
    if (op != OP_LOADUNDEF)
        emit_abx(fs, OP_MOVEFROMFAR, t, reg);
    emit_abc(fs, op, t, op == OP_LOADUNDEF ? 0 : t, 0);
    emit_abx(fs, OP_MOVETOFAR, t, reg);
    free_to(fs, saved);
}

// Gives variables of scope `s` their registers and initial markers or boxes.
static void open_scope_vars(FuncState *fs, uint32_t s, bool skip_params)
{
    Resolver *r = &fs->g->r;
    const Scope *sc = &r->scopes[s];
    for (uint32_t i = sc->first_var; i < sc->first_var + sc->var_count; i++) {
        Var *v = &r->vars[i];
        if (!v->has_reg) {
            v->reg = (uint16_t)alloc_var(fs);
            v->has_reg = 1;
        }
        if (skip_params && (v->flags & VF_DEFINED) == 0)
            continue;  // a parameter or pattern variable: assigned already
        if (v->flags & VF_INIT_UNDEF)
            update_var(fs, OP_LOADUNDEF, v->reg);
        if (v->flags & VF_BOXED)
            update_var(fs, OP_NEWBOX, v->reg);
    }
}

// Boxes variables that arrived already assigned (parameters, pattern variables).
static void box_assigned_vars(FuncState *fs, uint32_t s)
{
    Resolver *r = &fs->g->r;
    const Scope *sc = &r->scopes[s];
    for (uint32_t i = sc->first_var; i < sc->first_var + sc->var_count; i++) {
        Var *v = &r->vars[i];
        if ((v->flags & VF_BOXED) && !(v->flags & VF_DEFINED))
            update_var(fs, OP_NEWBOX, v->reg);
    }
}

static uint32_t function_of_node(const Resolver *r, NodeId lambda)
{
    for (uint32_t f = 0; f < r->function_count; f++)
        if (r->functions[f].node == lambda)
            return f;
    return 0;
}

// ---------------------------------------------------------------------------------------------
// lambda

// A tuple of the names of the kids of `params` (a PARAMS node), or of variables `vars`.
// May collect; nil after a failure.
static Value name_tuple(Gen *g, Resolver *r, NodeId params, const uint32_t *vars, uint32_t count)
{
    if (params)
        count = cl_tree_kid_count(g->t, params);
    Value tuple = CL_NIL, item = CL_NIL;
    RootMark mark = cl_root(g->S, &tuple);
    cl_root(g->S, &item);
    Value *items = calloc(count ? count : 1, sizeof(Value));
    if (!items || cl_tuple_new(g->S, items, count, &tuple) != CL_OK)
        g->failed = true;
    free(items);
    for (uint32_t i = 0; i < count && !g->failed; i++) {
        uint32_t length;
        const char *text;
        if (params) {
            text = cl_tree_text(g->t, cl_tree_kid(g->t, params, i), &length);
        } else {
            text = r->vars[vars[i]].name;
            length = r->vars[vars[i]].length;
        }
        if (cl_string_new(g->S, text, length, &item) != CL_OK)
            g->failed = true;
        else
            cl_as_tuple(tuple)->items[i] = item;
    }
    cl_unroot(g->S, mark);
    return g->failed ? CL_NIL : tuple;
}

static void compile_lambda(FuncState *fs, NodeId node, uint32_t dest, Value name)
{
    Gen *g = fs->g;
    Resolver *r = &g->r;
    uint32_t f = function_of_node(r, node);
    FuncState child;
    RootMark mark = g->S->roots.count;
    function_init(&child, g, fs, f);
    child.name = name;
    child.offset = node_of(fs, node)->span.start;
    child.start_offset = child.offset;
    NodeId params = kid(fs, node, 0);
    uint32_t n = kid_count(fs, params);
    child.param_count = n;
    child.params = params;
    if (g->options.prelude && n > 0) {
        uint32_t length;
        const char *text = cl_tree_text(g->t, kid(fs, params, n - 1), &length);
        child.variadic = text[0] == '&';
    }
    uint32_t s = r->functions[f].scope;
    for (uint32_t i = 0; i < n; i++)  // parameters arrive in registers 0 .. n-1
        assign_param(&child, var_of(&child, kid(fs, params, i)), i, n);
    open_scope_vars(&child, s, true);
    box_assigned_vars(&child, s);
    uint32_t result = alloc_reg(&child);
    body(&child, node, 1, result, true);
    Value proto = function_finish(&child, mark);
    if (g->failed)
        return;
    RootMark proto_mark = cl_root(g->S, &proto);
    const Function *fn = &r->functions[f];
    Value param_names = name_tuple(g, r, params, NULL, 0);
    cl_root(g->S, &param_names);
    Value capture_names = name_tuple(g, r, 0, fn->captures, fn->capture_count);
    cl_unroot(g->S, proto_mark);
    if (g->failed)
        return;
    Proto *p = (Proto *)cl_as_object(proto);
    p->param_names = param_names;
    p->capture_names = capture_names;
    for (uint32_t i = 0; i < fn->capture_count; i++) {
        const Var *v = &r->vars[fn->captures[i]];
        if (v->function == fs->function)
            p->captures[i] = (CaptureDesc){.from_register = 1, .index = v->reg};
        else
            p->captures[i] = (CaptureDesc){
                .from_register = 0,
                .index = (uint16_t)cl_function_capture_index(r, fs->function, fn->captures[i])};
    }
    if (fn->capture_count > 65535)
        fail_at(g, node_of(fs, node)->span.start, CL_ERR_PARSE_ERROR,
                "a function may capture at most 65535 variables");
    emit_abx(fs, OP_CLOSURE, dest, constant(fs, proto));
}

// The name a value bound to `name_node` takes: a lambda literal is named at compile time, any
// other expression at run time if it yields an anonymous function (§4.5).
static void bind_value(FuncState *fs, NodeId name_node, NodeId value, uint32_t dest)
{
    Gen *g = fs->g;
    if (node_of(fs, value)->kind == NODE_LAMBDA) {
        uint32_t length;
        const char *text = cl_tree_text(g->t, name_node, &length);
        Value name;
        if (cl_string_new(g->S, text, length, &name) != CL_OK) {
            g->failed = true;
            return;
        }
        RootMark mark = cl_root(g->S, &name);
        uint32_t saved = fs->offset;
        fs->offset = node_of(fs, value)->span.start;
        compile_lambda(fs, value, dest, name);
        fs->offset = saved;
        cl_unroot(g->S, mark);
        return;
    }
    expr(fs, value, dest, false);
    NodeKind k = node_of(fs, value)->kind;
    // The prelude's local names are its own: a user's function passing through them (filter's
    // `x`) keeps being anonymous.
    if (g->options.prelude && var_of(fs, name_node))
        return;
    if (k != NODE_INT && k != NODE_FLOAT && k != NODE_STRING && k != NODE_TRUE &&
        k != NODE_FALSE && k != NODE_NIL && k != NODE_LIST)
        emit_abx(fs, OP_NAMEFN, dest, name_constant(fs, name_node));
}

// Binds `value` straight into variable `v`'s register (through a temporary when it is far).
static void bind_to_var(FuncState *fs, NodeId name, NodeId value, const Var *v)
{
    if (!is_far(v->reg)) {
        bind_value(fs, name, value, v->reg);
        return;
    }
    uint32_t saved = fs->free_reg;
    uint32_t t = alloc_reg(fs);
    bind_value(fs, name, value, t);
    emit_abx(fs, OP_MOVETOFAR, t, v->reg);
    free_to(fs, saved);
}

// ---------------------------------------------------------------------------------------------
// let

// After binding `j` of LET `node` assigned its variable, patches closures made by earlier
// (or this) bindings that captured it before it had a value.
static void patch_early_captures(FuncState *fs, NodeId node, uint32_t j)
{
    Resolver *r = &fs->g->r;
    Var *vj = var_of(fs, kid(fs, kid(fs, node, j), 0));
    if (!(vj->flags & VF_EARLY) || (vj->flags & VF_BOXED))
        return;
    for (uint32_t i = 0; i <= j; i++) {
        NodeId binding = kid(fs, node, i);
        NodeId value = kid(fs, binding, 1);
        if (node_of(fs, value)->kind != NODE_LAMBDA || (uint32_t)vj->binding < i)
            continue;
        int32_t ci = cl_function_capture_index(r, function_of_node(r, value), var_id(fs, vj));
        Var *vi = var_of(fs, kid(fs, binding, 0));
        if (ci > 255) {
            fail_at(fs->g, node_of(fs, value)->span.start, CL_ERR_PARSE_ERROR,
                    "a function that refers to its own let binding may capture at most 256 "
                    "variables");
        } else if (ci >= 0) {
            uint32_t saved = fs->free_reg;
            uint32_t closure = near_copy(fs, vi->reg);
            emit_abc(fs, OP_SETCAP, closure, (unsigned)ci, near_copy(fs, vj->reg));
            free_to(fs, saved);
        }
    }
}

static void compile_let(FuncState *fs, NodeId node, uint32_t dest, bool tail)
{
    Resolver *r = &fs->g->r;
    uint32_t base = fs->free_reg, far_base = fs->far_free;
    uint32_t s = r->node_scope[node] - 1;
    open_scope_vars(fs, s, false);
    uint32_t bindings = node_of(fs, node)->extra;
    for (uint32_t i = 0; i < bindings && !fs->g->failed; i++) {
        NodeId binding = kid(fs, node, i);
        NodeId name = kid(fs, binding, 0), value = kid(fs, binding, 1);
        Var *v = var_of(fs, name);
        fs->offset = node_of(fs, value)->span.start;
        if (v->flags & (VF_BOXED | VF_REASSIGNED)) {
            // Through a temporary: the value may read the variable's current value.
            uint32_t t = alloc_reg(fs);
            bind_value(fs, name, value, t);
            store_symbol(fs, name, t);
            free_to(fs, t);
        } else {
            bind_to_var(fs, name, value, v);
        }
        patch_early_captures(fs, node, i);
    }
    body(fs, node, bindings, dest, tail);
    free_to(fs, base);
    fs->far_free = far_base;
}

// ---------------------------------------------------------------------------------------------
// Sequences

// Evaluates kids from..end of `node` in order; the last one's value goes to dest.
static void body(FuncState *fs, NodeId node, uint32_t from, uint32_t dest, bool tail)
{
    uint32_t n = kid_count(fs, node);
    if (from >= n) {
        emit_abc(fs, OP_LOADNIL, dest, 0, 0);
        finish(fs, dest, tail);
        return;
    }
    for (uint32_t i = from; i + 1 < n; i++) {
        uint32_t saved = fs->free_reg;
        uint32_t t = alloc_reg(fs);
        expr(fs, kid(fs, node, i), t, false);
        free_to(fs, saved);
    }
    expr(fs, kid(fs, node, n - 1), dest, tail);
}

// ---------------------------------------------------------------------------------------------
// Calls

typedef enum Special {
    SPECIAL_NONE, SPECIAL_ADD, SPECIAL_SUB, SPECIAL_MUL, SPECIAL_DIV, SPECIAL_MOD, SPECIAL_IDIV,
    SPECIAL_EQ, SPECIAL_NE, SPECIAL_LT, SPECIAL_GT, SPECIAL_LE, SPECIAL_GE, SPECIAL_NOT,
    SPECIAL_HEAD, SPECIAL_TAIL, SPECIAL_CONS, SPECIAL_EMPTY, SPECIAL_AND, SPECIAL_OR,
    SPECIAL_BUILDER_ADD
} Special;

static Special special_of(Value builtin)
{
    if (!builtin || !cl_is_obj_type(builtin, OBJ_BUILTIN))
        return SPECIAL_NONE;
    static const struct {
        const char *name;
        Special special;
    } table[] = {{"+", SPECIAL_ADD},     {"-", SPECIAL_SUB},      {"*", SPECIAL_MUL},
                 {"/", SPECIAL_DIV},     {"mod", SPECIAL_MOD},    {"div", SPECIAL_IDIV},
                 {"==", SPECIAL_EQ},     {"=", SPECIAL_EQ},       {"!=", SPECIAL_NE},
                 {"not=", SPECIAL_NE},   {"<", SPECIAL_LT},       {">", SPECIAL_GT},
                 {"<=", SPECIAL_LE},     {">=", SPECIAL_GE},      {"not", SPECIAL_NOT},
                 {"head", SPECIAL_HEAD}, {"tail", SPECIAL_TAIL},  {"cons", SPECIAL_CONS},
                 {"empty?", SPECIAL_EMPTY}, {"and", SPECIAL_AND}, {"or", SPECIAL_OR}};
    const char *name = ((Builtin *)cl_as_object(builtin))->name;
    if (name[0] == '%')  // an intrinsic (prelude code only)
        return strcmp(name, "%builder-add") == 0 ? SPECIAL_BUILDER_ADD : SPECIAL_NONE;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)  // first bytes first: cheaper
        if (name[0] == table[i].name[0] && strcmp(name, table[i].name) == 0)
            return table[i].special;
    return SPECIAL_NONE;
}

// A small int literal usable as an 8-bit signed immediate.
static bool small_immediate(FuncState *fs, NodeId node, int32_t *out)
{
    const Node *n = node_of(fs, node);
    if (n->kind != NODE_INT || !(n->flags & NF_INT_SMALL))
        return false;
    int64_t v = cl_tree_int(fs->g->t, node);
    if (v < -CL_SC_BIAS || v > 255 - CL_SC_BIAS)
        return false;
    *out = (int32_t)v;
    return true;
}

// Compiles a generic call of the value in `callee_value` (already known) or of kid 0.
static void compile_call_generic(FuncState *fs, NodeId node, Value callee_value, uint32_t dest,
                                 bool tail)
{
    uint32_t argc = kid_count(fs, node) - 1;
    uint32_t saved = fs->free_reg;
    uint32_t call_offset = node_of(fs, node)->span.start;
    uint32_t base = dest + 1 == fs->free_reg && !tail ? dest : alloc_reg(fs);
    if (callee_value)
        emit_abx(fs, OP_LOADK, base, constant(fs, callee_value));
    else
        expr(fs, kid(fs, node, 0), base, false);
    if (argc > MAX_INLINE_ELEMENTS) {
        uint32_t array = alloc_reg(fs);
        emit_abc(fs, OP_ARRAYNEW, array, 0, 0);
        for (uint32_t i = 0; i < argc; i += MAX_INLINE_ELEMENTS) {
            uint32_t chunk = argc - i < MAX_INLINE_ELEMENTS ? argc - i : MAX_INLINE_ELEMENTS;
            uint32_t first = alloc_regs(fs, chunk);
            for (uint32_t j = 0; j < chunk; j++)
                expr(fs, kid(fs, node, 1 + i + j), first + j, false);
            fs->offset = call_offset;
            emit_abc(fs, OP_ARRAYPUSH, array, first, chunk);
            free_to(fs, first);
        }
        fs->offset = call_offset;
        emit_abc(fs, OP_ARRAYLIST, array, array, 0);
        emit_abc(fs, OP_CALLLIST, base, array, 0);
        finish(fs, base, tail);
    } else {
        // Each argument's register is the newest one while it is compiled, so a nested call
        // computes straight into it.
        for (uint32_t i = 0; i < argc; i++)
            expr(fs, kid(fs, node, 1 + i), alloc_reg(fs), false);
        fs->offset = call_offset;
        emit_abc(fs, tail ? OP_TAILCALL : OP_CALL, base, argc, 0);
    }
    if (!tail && base != dest)
        emit_abc(fs, OP_MOVE, dest, base, 0);
    free_to(fs, saved);
}

// `and` / `or` evaluated with short circuit (§5.7).
static void compile_and_or(FuncState *fs, NodeId node, bool is_and, uint32_t dest, bool tail)
{
    uint32_t n = kid_count(fs, node) - 1;
    if (n == 0) {
        emit_abc(fs, is_and ? OP_LOADTRUE : OP_LOADFALSE, dest, 0, 0);
        finish(fs, dest, tail);
        return;
    }
    Patch *exits = malloc(n * sizeof(Patch));
    if (!exits) {
        fail_memory(fs->g);
        return;
    }
    for (uint32_t i = 0; i + 1 < n; i++) {
        expr(fs, kid(fs, node, 1 + i), dest, false);
        exits[i] = emit_test(fs, is_and ? OP_JMPIFNOT : OP_JMPIF, dest, 0);
    }
    expr(fs, kid(fs, node, n), dest, tail);
    for (uint32_t i = 0; i + 1 < n; i++)
        patch_here(fs, exits[i]);
    free(exits);
    if (tail && n > 1)
        emit_abc(fs, OP_RETURN, dest, 0, 0);
}

// Evaluates two operands into registers (variables in place) and emits `op dest, b, c`.
static void compile_binary(FuncState *fs, NodeId node, OpCode op, bool swap, uint32_t dest)
{
    uint32_t saved = fs->free_reg;
    uint32_t b = expr_any(fs, kid(fs, node, 1));
    uint32_t c = expr_any(fs, kid(fs, node, 2));
    fs->offset = node_of(fs, node)->span.start;
    emit_abc(fs, op, dest, swap ? c : b, swap ? b : c);
    free_to(fs, saved);
}

// Arithmetic with two or more operands, folded left to right.
static void compile_arith(FuncState *fs, NodeId node, OpCode op, uint32_t dest)
{
    uint32_t n = kid_count(fs, node) - 1;
    uint32_t saved = fs->free_reg;
    int32_t imm;
    if (n == 2 && (op == OP_ADD || op == OP_SUB) && small_immediate(fs, kid(fs, node, 2), &imm)) {
        uint32_t b = expr_any(fs, kid(fs, node, 1));
        fs->offset = node_of(fs, node)->span.start;
        emit_abc(fs, op == OP_ADD ? OP_ADDI : OP_SUBI, dest, b, (unsigned)(imm + CL_SC_BIAS));
        free_to(fs, saved);
        return;
    }
    if (n == 2) {
        compile_binary(fs, node, op, false, dest);
        return;
    }
    uint32_t acc = alloc_reg(fs);
    expr(fs, kid(fs, node, 1), acc, false);
    for (uint32_t i = 2; i <= n; i++) {
        uint32_t inner = fs->free_reg;
        uint32_t c = expr_any(fs, kid(fs, node, i));
        fs->offset = node_of(fs, node)->span.start;
        emit_abc(fs, op, i == n ? dest : acc, acc, c);
        free_to(fs, inner);
    }
    free_to(fs, saved);
}

// Compiles a call whose callee is a known builtin with an opcode of its own. Returns false
// when the argument count does not fit the opcode (then the generic call reports it).
// Whether compile_special compiles a call of `sp` with `argc` arguments inline; otherwise it
// is an ordinary call of the builtin (which reports the arity error).
static bool special_compiles(Special sp, uint32_t argc)
{
    switch (sp) {
    case SPECIAL_AND:
    case SPECIAL_OR:
        return true;
    case SPECIAL_ADD:
    case SPECIAL_MUL:
    case SPECIAL_DIV:
        return argc >= 2;
    case SPECIAL_SUB:
        return argc >= 1;
    case SPECIAL_MOD:
    case SPECIAL_IDIV:
    case SPECIAL_EQ:
    case SPECIAL_NE:
    case SPECIAL_LT:
    case SPECIAL_GT:
    case SPECIAL_LE:
    case SPECIAL_GE:
    case SPECIAL_CONS:
    case SPECIAL_BUILDER_ADD:
        return argc == 2;
    case SPECIAL_NOT:
    case SPECIAL_HEAD:
    case SPECIAL_TAIL:
    case SPECIAL_EMPTY:
        return argc == 1;
    default:
        return false;
    }
}

static bool compile_special(FuncState *fs, NodeId node, Special sp, uint32_t dest, bool tail)
{
    uint32_t n = kid_count(fs, node) - 1;
    if (!special_compiles(sp, n))
        return false;
    switch (sp) {
    case SPECIAL_AND:
    case SPECIAL_OR:
        compile_and_or(fs, node, sp == SPECIAL_AND, dest, tail);
        return true;
    case SPECIAL_ADD:
    case SPECIAL_MUL:
    case SPECIAL_DIV:
        compile_arith(fs, node, sp == SPECIAL_ADD ? OP_ADD : sp == SPECIAL_MUL ? OP_MUL : OP_DIV,
                      dest);
        break;
    case SPECIAL_SUB:
        if (n == 1) {
            uint32_t saved = fs->free_reg;
            uint32_t b = expr_any(fs, kid(fs, node, 1));
            fs->offset = node_of(fs, node)->span.start;
            emit_abc(fs, OP_NEG, dest, b, 0);
            free_to(fs, saved);
        } else {
            compile_arith(fs, node, OP_SUB, dest);
        }
        break;
    case SPECIAL_MOD:
    case SPECIAL_IDIV:
    case SPECIAL_EQ:
    case SPECIAL_NE:
    case SPECIAL_LT:
    case SPECIAL_GT:
    case SPECIAL_LE:
    case SPECIAL_GE:
    case SPECIAL_CONS:
    case SPECIAL_BUILDER_ADD: {
        static const OpCode ops[] = {
            [SPECIAL_MOD] = OP_MOD, [SPECIAL_IDIV] = OP_IDIV, [SPECIAL_EQ] = OP_EQ,
            [SPECIAL_NE] = OP_NE,   [SPECIAL_LT] = OP_LT,     [SPECIAL_GT] = OP_LT,
            [SPECIAL_LE] = OP_LE,   [SPECIAL_GE] = OP_LE,     [SPECIAL_CONS] = OP_CONS,
            [SPECIAL_BUILDER_ADD] = OP_BUILDERADD};
        compile_binary(fs, node, ops[sp], sp == SPECIAL_GT || sp == SPECIAL_GE, dest);
        break;
    }
    case SPECIAL_NOT:
    case SPECIAL_HEAD:
    case SPECIAL_TAIL:
    case SPECIAL_EMPTY: {
        uint32_t saved = fs->free_reg;
        uint32_t b = expr_any(fs, kid(fs, node, 1));
        fs->offset = node_of(fs, node)->span.start;
        OpCode op = sp == SPECIAL_NOT ? OP_NOT : sp == SPECIAL_HEAD ? OP_HEAD
                  : sp == SPECIAL_TAIL ? OP_TAIL : OP_EMPTYP;
        emit_abc(fs, op, dest, b, 0);
        free_to(fs, saved);
        break;
    }
    default:
        return false;
    }
    finish(fs, dest, tail);
    return true;
}

// ---------------------------------------------------------------------------------------------
// Self tail calls
//
// A call in tail position of the global a function is defined as, with one argument per
// parameter, computes its arguments straight into the parameter registers where it can and
// ends in TAILSELF: while the callee it read is still the running closure (the global was not
// redefined) and no contracts exist, that is a jump back to the function's first instruction.
// Otherwise TAILSELF copies the arguments up above the callee for the ordinary TAILCALL that
// follows it.

// Whether any node of the subtree at `node` names the variable with resolver id `var` + 1.
static bool mentions_var(FuncState *fs, NodeId node, uint32_t var)
{
    if (fs->g->r.node_var[node] == var)
        return true;
    uint32_t n = kid_count(fs, node);
    for (uint32_t i = 0; i < n; i++)
        if (mentions_var(fs, kid(fs, node, i), var))
            return true;
    return false;
}

// Whether `node` compiled into a register writes it only with its last instruction, after
// reading everything it reads: a name, a literal, or a builtin compiled to one instruction.
static bool writes_last(FuncState *fs, NodeId node)
{
    const Node *n = node_of(fs, node);
    switch ((NodeKind)n->kind) {
    case NODE_SYMBOL:
    case NODE_INT:
    case NODE_FLOAT:
    case NODE_STRING:
    case NODE_TRUE:
    case NODE_FALSE:
    case NODE_NIL:
        return true;
    case NODE_CALL:
        break;
    default:
        return false;
    }
    // Compiled inline, each special writes its destination with its last instruction, except
    // and/or, whose branches write it.
    Special sp = special_of(known_builtin(fs, kid(fs, node, 0)));
    return sp != SPECIAL_AND && sp != SPECIAL_OR && special_compiles(sp, n->count - 1);
}

// Whether call `node` in tail position may be compiled as a self tail call of `fs`.
static bool is_self_tail_call(FuncState *fs, NodeId node)
{
    NodeId callee = kid(fs, node, 0);
    uint32_t argc = kid_count(fs, node) - 1;
    if (!fs->params || fs->variadic || fs->far || fs->name == CL_NIL ||
        argc != fs->param_count || argc > MAX_INLINE_ELEMENTS ||
        node_of(fs, callee)->kind != NODE_SYMBOL || var_of(fs, callee))
        return false;
    uint32_t length;
    const char *text = cl_tree_text(fs->g->t, callee, &length);
    const String *name = cl_as_string(fs->name);
    return name->size == length && memcmp(name->bytes, text, length) == 0;
}

// The resolver id + 1 of parameter `k`'s variable when its register holds its plain value
// (not a box), else 0.
static uint32_t plain_param(FuncState *fs, uint32_t k)
{
    NodeId param = kid(fs, fs->params, k);
    Var *v = var_of(fs, param);
    if (!v || (v->flags & VF_BOXED) || v->reg != k)
        return 0;
    return fs->g->r.node_var[param];
}

// Compiles self tail call `node` (see above). An argument that is parameter k itself costs
// nothing (unless the parameter is assigned somewhere and a later argument names it). Argument
// k goes straight into register k when no later argument names parameter k and it does not
// either (or reads it only before its one write). The others are computed where an ordinary
// call has them and moved down once all are computed.
static void compile_self_tail_call(FuncState *fs, NodeId node)
{
    uint32_t argc = kid_count(fs, node) - 1;
    uint32_t saved = fs->free_reg;
    uint32_t call_offset = node_of(fs, node)->span.start;
    uint32_t base = alloc_reg(fs);
    expr(fs, kid(fs, node, 0), base, false);
    uint64_t moved = 0;  // bit k: argument k waits in base + 1 + k
    for (uint32_t k = 0; k < argc; k++) {
        NodeId arg = kid(fs, node, 1 + k);
        uint32_t slot = alloc_reg(fs);
        uint32_t var = plain_param(fs, k);
        bool same = var && fs->g->r.node_var[arg] == var && node_of(fs, arg)->kind == NODE_SYMBOL;
        if (same && !(fs->g->r.vars[var - 1].flags & VF_REASSIGNED))
            continue;  // the parameter passed on as it is (later arguments cannot change it)
        bool direct = var != 0;
        for (uint32_t j = k + 1; j < argc && direct; j++)
            direct = !mentions_var(fs, kid(fs, node, 1 + j), var);
        if (same && direct)
            continue;
        if (direct && (!mentions_var(fs, arg, var) || writes_last(fs, arg))) {
            expr(fs, arg, k, false);
        } else {
            expr(fs, arg, slot, false);
            moved |= (uint64_t)1 << k;
        }
    }
    fs->offset = call_offset;
    for (uint32_t k = 0; k < argc; k++)
        if (moved & ((uint64_t)1 << k))
            emit_abc(fs, OP_MOVE, k, base + 1 + k, 0);
    emit_abc(fs, OP_TAILSELF, base, argc, 0);
    emit_abc(fs, OP_TAILCALL, base, argc, 0);
    free_to(fs, saved);
}

static void compile_call(FuncState *fs, NodeId node, uint32_t dest, bool tail)
{
    Value builtin = known_builtin(fs, kid(fs, node, 0));
    if (tail && !builtin && is_self_tail_call(fs, node)) {
        compile_self_tail_call(fs, node);
        return;
    }
    Special sp = special_of(builtin);
    if (sp != SPECIAL_NONE) {
        uint32_t saved = fs->offset;
        fs->offset = node_of(fs, node)->span.start;
        bool done = compile_special(fs, node, sp, dest, tail);
        fs->offset = saved;
        if (done)
            return;
    }
    compile_call_generic(fs, node, builtin, dest, tail);
}

// ---------------------------------------------------------------------------------------------
// if and conditions

// Emits code that jumps (through the returned patch) when `cond` is falsy, using fused
// compare-and-jump instructions for comparisons of known builtins.
static Patch jump_if_false(FuncState *fs, NodeId cond)
{
    const Node *n = node_of(fs, cond);
    fs->offset = n->span.start;
    if (n->kind == NODE_CALL) {
        Value builtin = known_builtin(fs, kid(fs, cond, 0));
        Special sp = special_of(builtin);
        uint32_t argc = n->count - 1;
        uint32_t saved = fs->free_reg;
        if (argc == 2 && sp >= SPECIAL_EQ && sp <= SPECIAL_GE) {
            int32_t imm;
            if (small_immediate(fs, kid(fs, cond, 2), &imm)) {
                static const OpCode imm_ops[] = {[SPECIAL_EQ] = OP_JEQI, [SPECIAL_NE] = OP_JNEI,
                                                 [SPECIAL_LT] = OP_JLTI, [SPECIAL_GT] = OP_JGTI,
                                                 [SPECIAL_LE] = OP_JLEI, [SPECIAL_GE] = OP_JGEI};
                uint32_t a = expr_any(fs, kid(fs, cond, 1));
                fs->offset = n->span.start;
                Patch p = emit_test(fs, imm_ops[sp], a, (unsigned)(imm + CL_SC_BIAS));
                free_to(fs, saved);
                return p;
            }
            static const OpCode ops[] = {[SPECIAL_EQ] = OP_JEQ, [SPECIAL_NE] = OP_JNE,
                                         [SPECIAL_LT] = OP_JLT, [SPECIAL_GT] = OP_JLT,
                                         [SPECIAL_LE] = OP_JLE, [SPECIAL_GE] = OP_JLE};
            bool swap = sp == SPECIAL_GT || sp == SPECIAL_GE;
            uint32_t a = expr_any(fs, kid(fs, cond, 1));
            uint32_t b = expr_any(fs, kid(fs, cond, 2));
            fs->offset = n->span.start;
            Patch p = emit_test(fs, ops[sp], swap ? b : a, swap ? a : b);
            free_to(fs, saved);
            return p;
        }
        if (argc == 1 && sp == SPECIAL_EMPTY) {
            uint32_t a = expr_any(fs, kid(fs, cond, 1));
            fs->offset = n->span.start;
            Patch p = emit_test(fs, OP_JEMPTY, a, 0);
            free_to(fs, saved);
            return p;
        }
    }
    uint32_t saved = fs->free_reg;
    uint32_t r = expr_any(fs, cond);
    Patch p = emit_test(fs, OP_JMPIFNOT, r, 0);
    free_to(fs, saved);
    return p;
}

static void compile_if(FuncState *fs, NodeId node, uint32_t dest, bool tail)
{
    Value folded;
    if (cl_optimize_constant(fs->g->S, fs->g->folded, kid(fs, node, 0), &folded)) {
        expr(fs, kid(fs, node, cl_is_truthy(folded) ? 1 : 2), dest, tail);
        return;
    }
    Patch to_else = jump_if_false(fs, kid(fs, node, 0));
    expr(fs, kid(fs, node, 1), dest, tail);
    Patch to_end = tail ? 0 : emit_jmp(fs);
    patch_here(fs, to_else);
    expr(fs, kid(fs, node, 2), dest, tail);
    if (!tail)
        patch_here(fs, to_end);
}

// ---------------------------------------------------------------------------------------------
// match

// The first register when the sub-patterns from..end of `pattern` are all plain variables
// in consecutive registers (destructuring can then write straight into them), else -1.
static int64_t consecutive_vars(FuncState *fs, NodeId pattern, uint32_t from, uint32_t end)
{
    if (from >= end)
        return -1;
    int64_t first = -1;
    for (uint32_t i = from; i < end; i++) {
        NodeId p = kid(fs, pattern, i);
        Var *v = node_of(fs, p)->kind == NODE_PAT_VAR ? var_of(fs, p) : NULL;
        if (!v || (v->flags & VF_BOXED) || is_far(v->reg) ||
            (first >= 0 && v->reg != first + (i - from)))
            return -1;
        if (first < 0)
            first = v->reg;
    }
    return first;
}

static void compile_pattern(FuncState *fs, NodeId pattern, uint32_t subject, Patch *fails,
                            uint32_t *fail_count, uint32_t fail_capacity);

// Emits the tests of sub-patterns from..end of `pattern` against the registers from `first`
// on. In far mode the registers a sub-pattern used are released after it, and the last one's
// subject is moved down to `first` and released before its tests (whose first instruction
// reads it), so nested patterns take no registers per level.
static void compile_pattern_kids(FuncState *fs, NodeId pattern, uint32_t from, uint32_t end,
                                 uint32_t first, Patch *fails, uint32_t *fail_count,
                                 uint32_t fail_capacity)
{
    uint32_t count = end - from;
    for (uint32_t i = 0; i < count && !fs->g->failed; i++) {
        uint32_t subject = first + i;
        if (fs->far && i + 1 == count) {
            move_from(fs, first, subject);
            free_to(fs, first);
            subject = first;
        }
        compile_pattern(fs, kid(fs, pattern, from + i), subject, fails, fail_count,
                        fail_capacity);
        if (fs->far && i + 1 < count)
            free_to(fs, first + count);
    }
}

// Emits the tests of `pattern` against register `subject`; failing tests jump through
// patches appended to *fails.
static void compile_pattern(FuncState *fs, NodeId pattern, uint32_t subject, Patch *fails,
                            uint32_t *fail_count, uint32_t fail_capacity)
{
    Gen *g = fs->g;
    const Node *n = node_of(fs, pattern);
    if (*fail_count + 1 >= fail_capacity) {
        fail_at(g, n->span.start, CL_ERR_PARSE_ERROR, "pattern too large");
        return;
    }
    switch ((NodeKind)n->kind) {
    case NODE_PAT_WILDCARD:
        return;
    case NODE_PAT_VAR:
        move_to(fs, var_of(fs, pattern)->reg, subject);
        return;
    case NODE_PAT_LIST: {
        bool rest = n->flags & NF_REST;
        uint32_t fixed = n->count - (rest ? 1 : 0);
        int64_t direct = consecutive_vars(fs, pattern, 0, n->count);
        uint32_t first = direct >= 0 ? (uint32_t)direct : alloc_regs(fs, n->count);
        emit_abc(fs, rest ? OP_MATCHLISTR : OP_MATCHLIST, first, subject, fixed);
        fails[(*fail_count)++] = emit(fs, 0);
        if (direct < 0)
            compile_pattern_kids(fs, pattern, 0, n->count, first, fails, fail_count,
                                 fail_capacity);
        return;
    }
    case NODE_PAT_CTOR: {
        uint32_t arity = n->count - 1;
        int64_t direct = consecutive_vars(fs, pattern, 1, n->count);
        uint32_t first = direct >= 0 ? (uint32_t)direct : alloc_regs(fs, arity);
        emit_abc(fs, OP_MATCHCTOR, first, subject, 0);
        emit(fs, name_constant(fs, kid(fs, pattern, 0)) | arity << 16);
        fails[(*fail_count)++] = emit(fs, 0);
        if (direct < 0)
            compile_pattern_kids(fs, pattern, 1, n->count, first, fails, fail_count,
                                 fail_capacity);
        return;
    }
    default: {  // a literal
        Value k = 0;
        if (!cl_compile_literal(g->S, g->t, pattern, &k)) {
            g->failed = true;
            return;
        }
        emit_abc(fs, OP_JEQK, subject, 0, 0);
        emit(fs, constant(fs, k));
        fails[(*fail_count)++] = emit(fs, 0);
        return;
    }
    }
}

// The largest number of nodes in one branch's pattern of MATCH `node` (each can add a test).
static uint32_t g_pattern_budget(FuncState *fs, NodeId node)
{
    uint32_t most = 0;
    for (uint32_t b = 1; b < kid_count(fs, node); b++) {
        NodeId pattern = kid(fs, kid(fs, node, b), 0);
        uint32_t n = node_of(fs, pattern)->span.end - node_of(fs, pattern)->span.start;
        if (n > most)
            most = n;  // the text length bounds the node count
    }
    return most;
}

static void compile_match(FuncState *fs, NodeId node, uint32_t dest, bool tail)
{
    Resolver *r = &fs->g->r;
    uint32_t saved = fs->free_reg;
    uint32_t subject = expr_any(fs, kid(fs, node, 0));
    uint32_t branches = kid_count(fs, node) - 1;
    Patch *ends = malloc((branches + 1) * sizeof(Patch));
    uint32_t fail_capacity = 2 * g_pattern_budget(fs, node) + 4;
    Patch *fails = malloc(fail_capacity * sizeof(Patch));
    if (!ends || !fails) {
        free(ends);
        free(fails);
        fail_memory(fs->g);
        return;
    }
    for (uint32_t b = 0; b < branches && !fs->g->failed; b++) {
        NodeId branch = kid(fs, node, 1 + b);
        uint32_t inner = fs->free_reg, far_inner = fs->far_free;
        uint32_t s = r->node_scope[branch] - 1;
        const Scope *sc = &r->scopes[s];
        for (uint32_t i = sc->first_var; i < sc->first_var + sc->var_count; i++) {
            r->vars[i].reg = (uint16_t)alloc_var(fs);
            r->vars[i].has_reg = 1;
        }
        uint32_t fail_count = 0;
        fs->offset = node_of(fs, branch)->span.start;
        compile_pattern(fs, kid(fs, branch, 0), subject, fails, &fail_count, fail_capacity);
        open_scope_vars(fs, s, true);
        box_assigned_vars(fs, s);
        body(fs, branch, 1, dest, tail);
        ends[b] = tail ? 0 : emit_jmp(fs);
        for (uint32_t i = 0; i < fail_count; i++)
            patch_here(fs, fails[i]);
        free_to(fs, inner);
        fs->far_free = far_inner;
    }
    fs->offset = node_of(fs, node)->span.start;
    emit_abc(fs, OP_MATCHFAIL, subject, dest, 0);
    finish(fs, dest, tail);
    if (!tail)
        for (uint32_t b = 0; b < branches; b++)
            patch_here(fs, ends[b]);
    free(ends);
    free(fails);
    free_to(fs, saved);
}

// ---------------------------------------------------------------------------------------------
// Other forms

// [e ...], (tuple-like) parallel: evaluates elements left to right into a list or tuple.
static void compile_sequence(FuncState *fs, NodeId node, uint32_t from, bool tuple, uint32_t dest)
{
    uint32_t n = kid_count(fs, node) - from;
    uint32_t saved = fs->free_reg;
    uint32_t offset = node_of(fs, node)->span.start;
    if (n <= MAX_INLINE_ELEMENTS) {
        uint32_t first = fs->free_reg;
        for (uint32_t i = 0; i < n; i++)
            expr(fs, kid(fs, node, from + i), alloc_reg(fs), false);
        fs->offset = offset;
        emit_abc(fs, tuple ? OP_TUPLE : OP_LIST, dest, first, n);
    } else {
        uint32_t array = alloc_reg(fs);
        emit_abc(fs, OP_ARRAYNEW, array, 0, 0);
        for (uint32_t i = 0; i < n; i += MAX_INLINE_ELEMENTS) {
            uint32_t chunk = n - i < MAX_INLINE_ELEMENTS ? n - i : MAX_INLINE_ELEMENTS;
            uint32_t first = alloc_regs(fs, chunk);
            for (uint32_t j = 0; j < chunk; j++)
                expr(fs, kid(fs, node, from + i + j), first + j, false);
            fs->offset = offset;
            emit_abc(fs, OP_ARRAYPUSH, array, first, chunk);
            free_to(fs, first);
        }
        emit_abc(fs, tuple ? OP_ARRAYTUPLE : OP_ARRAYLIST, dest, array, 0);
    }
    free_to(fs, saved);
}

CL_NOINLINE static void compile_define(FuncState *fs, NodeId node, uint32_t dest)
{
    NodeId name = kid(fs, node, 0), value = kid(fs, node, 1);
    Var *v = var_of(fs, name);
    if (v && !(v->flags & (VF_BOXED | VF_REASSIGNED))) {
        bind_to_var(fs, name, value, v);
    } else {
        uint32_t saved = fs->free_reg;
        uint32_t t = alloc_reg(fs);
        bind_value(fs, name, value, t);
        fs->offset = node_of(fs, node)->span.start;
        store_symbol(fs, name, t);
        free_to(fs, saved);
    }
    emit_abc(fs, OP_LOADNIL, dest, 0, 0);
}

CL_NOINLINE static void compile_data(FuncState *fs, NodeId node, uint32_t dest)
{
    Gen *g = fs->g;
    const Node *n = node_of(fs, node);
    uint32_t length;
    const char *text = cl_tree_text(g->t, kid(fs, node, 0), &length);
    Value type_name;
    if (cl_string_new(g->S, text, length, &type_name) != CL_OK) {
        g->failed = true;
        return;
    }
    RootMark mark = cl_root(g->S, &type_name);
    uint32_t saved = fs->free_reg;
    uint32_t t = alloc_reg(fs);
    for (uint32_t i = 1 + n->extra; i < n->count && !g->failed; i++) {
        NodeId decl = kid(fs, node, i);
        NodeId name = kid(fs, decl, 0);
        Value ctor_name, ctor;
        text = cl_tree_text(g->t, name, &length);
        if (cl_string_new(g->S, text, length, &ctor_name) != CL_OK ||
            cl_ctor_new(g->S, type_name, ctor_name, kid_count(fs, decl) - 1, &ctor) != CL_OK) {
            g->failed = true;
            break;
        }
        emit_abx(fs, OP_LOADK, t, constant(fs, ctor));
        store_symbol(fs, name, t);
    }
    cl_unroot(g->S, mark);
    free_to(fs, saved);
    emit_abc(fs, OP_LOADNIL, dest, 0, 0);
}

// (effect ns:op args...): the operation's builtin, or undefined-effect once the arguments ran.
CL_NOINLINE static void compile_effect(FuncState *fs, NodeId node, uint32_t dest, bool tail)
{
    Gen *g = fs->g;
    uint32_t length;
    const char *text = cl_tree_text(g->t, kid(fs, node, 0), &length);
    Value op = 0;
    if (cl_dict_get_text(g->S, g->S->effect_ops, text, length, &op)) {
        compile_call_generic(fs, node, op, dest, tail);
        return;
    }
    uint32_t saved = fs->free_reg;
    for (uint32_t i = 1; i < kid_count(fs, node); i++) {
        uint32_t t = alloc_reg(fs);
        expr(fs, kid(fs, node, i), t, false);
    }
    free_to(fs, saved);
    Value message, items[2];
    char *m = cl_format("unknown effect operation %.*s", (int)length, text);
    if (!m || cl_string_from_cstr(g->S, m, &message) != CL_OK) {
        free(m);
        g->failed = true;
        return;
    }
    free(m);
    items[0] = cl_from_small_int(CL_ERR_UNDEFINED_EFFECT);
    items[1] = message;
    Value descriptor;
    RootMark mark = cl_root(g->S, &items[1]);
    if (cl_tuple_new(g->S, items, 2, &descriptor) != CL_OK)
        g->failed = true;
    cl_unroot(g->S, mark);
    fs->offset = node_of(fs, node)->span.start;
    emit_abx(fs, OP_RAISE, dest, constant(fs, descriptor));
    finish(fs, dest, tail);
}

// (uncertain (p e) ...): draws r with random:float, takes the first choice whose running sum
// of probabilities reaches r (§5.15).
CL_NOINLINE static void compile_uncertain(FuncState *fs, NodeId node, uint32_t dest, bool tail)
{
    Gen *g = fs->g;
    Value random_float = 0;
    if (!cl_dict_get_text(g->S, g->S->effect_ops, "random:float", 12, &random_float)) {
        g->failed = true;
        return;
    }
    uint32_t saved = fs->free_reg;
    uint32_t r = alloc_reg(fs);
    fs->offset = node_of(fs, node)->span.start;
    emit_abx(fs, OP_LOADK, r, constant(fs, random_float));
    emit_abc(fs, OP_CALL, r, 0, 0);
    uint32_t n = kid_count(fs, node);
    Patch *ends = malloc(n * sizeof(Patch));
    if (!ends) {
        fail_memory(g);
        return;
    }
    double sum = 0;
    uint32_t cum = alloc_reg(fs);
    for (uint32_t i = 0; i + 1 < n; i++) {
        NodeId choice = kid(fs, node, i);
        sum += cl_tree_float(g->t, kid(fs, choice, 0));
        Value k;
        if (cl_float_new(g->S, sum, &k) != CL_OK) {
            g->failed = true;
            break;
        }
        emit_abx(fs, OP_LOADK, cum, constant(fs, k));
        Patch next = emit_test(fs, OP_JLE, r, cum);
        expr(fs, kid(fs, choice, 1), dest, tail);
        ends[i] = tail ? 0 : emit_jmp(fs);
        patch_here(fs, next);
    }
    expr(fs, kid(fs, kid(fs, node, n - 1), 1), dest, tail);
    if (!tail)
        for (uint32_t i = 0; i + 1 < n; i++)
            patch_here(fs, ends[i]);
    free(ends);
    free_to(fs, saved);
}

// (import "path" ...): a descriptor (path, all?, [(name, slot) ...]) for the VM's loader.
CL_NOINLINE static void compile_import(FuncState *fs, NodeId node, uint32_t dest)
{
    Gen *g = fs->g;
    const Node *n = node_of(fs, node);
    char small[1024];
    uint32_t length = cl_tree_string(g->t, kid(fs, node, 0), small, sizeof small);
    Value items[3] = {CL_NIL, cl_from_bool(n->flags & NF_IMPORT_ALL), CL_EMPTY};
    RootMark mark = cl_root(g->S, &items[0]);
    cl_root(g->S, &items[2]);
    char *path = length < sizeof small ? NULL : malloc(length + 1);
    if (path)
        cl_tree_string(g->t, kid(fs, node, 0), path, length + 1);
    if (cl_string_new(g->S, path ? path : small, length, &items[0]) != CL_OK)
        g->failed = true;
    free(path);
    for (uint32_t i = n->count; i-- > 1 && !g->failed;) {
        NodeId entry = kid(fs, node, i);
        uint32_t k = kid_count(fs, entry);
        Value pair[3] = {CL_NIL, CL_NIL, 0};
        uint32_t slot = 0;
        uint32_t len;
        const char *text = cl_tree_text(g->t, kid(fs, entry, 0), &len);
        RootMark inner = cl_root(g->S, &pair[0]);
        cl_root(g->S, &pair[1]);
        if (cl_string_new(g->S, text, len, &pair[0]) != CL_OK)
            g->failed = true;
        text = cl_tree_text(g->t, kid(fs, entry, k - 1), &len);
        if (!g->failed && (cl_string_new(g->S, text, len, &pair[1]) != CL_OK ||
                           cl_module_slot(g->S, g->module, text, len, &slot) != CL_OK))
            g->failed = true;
        pair[2] = cl_from_small_int(slot);
        Value tuple;
        if (!g->failed && cl_tuple_new(g->S, pair, 3, &tuple) == CL_OK) {
            Cell *c = cl_alloc_cell(g->S, tuple, items[2]);
            if (c)
                items[2] = cl_from_cell(c);
            else
                g->failed = true;
        } else {
            g->failed = true;
        }
        cl_unroot(g->S, inner);
    }
    Value descriptor = CL_NIL;
    if (!g->failed && cl_tuple_new(g->S, items, 3, &descriptor) != CL_OK)
        g->failed = true;
    cl_unroot(g->S, mark);
    fs->offset = n->span.start;
    emit_abx(fs, OP_IMPORT, dest, constant(fs, descriptor));
}

// (module NAME (export a ...) BODY): BODY's value and the export names, for the loader.
CL_NOINLINE static void compile_module(FuncState *fs, NodeId node, uint32_t dest)
{
    Gen *g = fs->g;
    const Node *n = node_of(fs, node);
    expr(fs, kid(fs, node, 1), dest, false);
    Value names = CL_EMPTY;
    RootMark mark = cl_root(g->S, &names);
    for (uint32_t i = n->count; i-- > 2 && !g->failed;) {
        uint32_t len;
        const char *text = cl_tree_text(g->t, kid(fs, node, i), &len);
        Value s;
        Cell *c = NULL;
        if (cl_string_new(g->S, text, len, &s) == CL_OK)
            c = cl_alloc_cell(g->S, s, names);
        if (c)
            names = cl_from_cell(c);
        else
            g->failed = true;
    }
    Value items[3] = {CL_NIL, names, cl_from_bool(n->flags & NF_EXPORTS)};
    uint32_t len;
    const char *text = cl_tree_text(g->t, kid(fs, node, 0), &len);
    Value descriptor = CL_NIL;
    if (!g->failed && (cl_string_new(g->S, text, len, &items[0]) != CL_OK ||
                       cl_tuple_new(g->S, items, 3, &descriptor) != CL_OK))
        g->failed = true;
    cl_unroot(g->S, mark);
    fs->offset = n->span.start;
    emit_abx(fs, OP_MODULE, dest, constant(fs, descriptor));
}

// ---------------------------------------------------------------------------------------------
// Dispatch

// Compiles `node` into a register and returns it: a plain variable's own register when it can,
// otherwise a new temporary.
static uint32_t expr_any(FuncState *fs, NodeId node)
{
    Var *v = node_of(fs, node)->kind == NODE_SYMBOL ? var_of(fs, node) : NULL;
    if (v && v->function == fs->function && !(v->flags & (VF_BOXED | VF_DEFINED)))
        return near_copy(fs, v->reg);
    uint32_t r = alloc_reg(fs);
    expr(fs, node, r, false);
    return r;
}

static void compile_node(FuncState *fs, NodeId node, uint32_t dest, bool tail)
{
    Gen *g = fs->g;
    const Node *n = node_of(fs, node);
    Value k;
    if (n->kind != NODE_SYMBOL && cl_optimize_constant(g->S, g->folded, node, &k)) {
        load_constant(fs, dest, k);
        finish(fs, dest, tail);
        return;
    }
    switch ((NodeKind)n->kind) {
    case NODE_INT:
    case NODE_FLOAT:
    case NODE_STRING:
        if (!cl_compile_literal(g->S, g->t, node, &k)) {
            g->failed = true;
            return;
        }
        load_constant(fs, dest, k);
        break;
    case NODE_TRUE:
        emit_abc(fs, OP_LOADTRUE, dest, 0, 0);
        break;
    case NODE_FALSE:
        emit_abc(fs, OP_LOADFALSE, dest, 0, 0);
        break;
    case NODE_NIL:
    case NODE_CONTRACT:
    case NODE_EXPORT:
        emit_abc(fs, OP_LOADNIL, dest, 0, 0);
        break;
    case NODE_SYMBOL: {
        Var *v = var_of(fs, node);
        if (tail && v && v->function == fs->function && !(v->flags & (VF_BOXED | VF_DEFINED)) &&
            !is_far(v->reg)) {
            emit_abc(fs, OP_RETURN, v->reg, 0, 0);  // return the variable's register as is
            return;
        }
        load_symbol(fs, node, dest);
        break;
    }
    case NODE_LIST:
        if (n->count == 0)
            emit_abc(fs, OP_LOADEMPTY, dest, 0, 0);
        else
            compile_sequence(fs, node, 0, false, dest);
        break;
    case NODE_PARALLEL:
        compile_sequence(fs, node, 0, true, dest);
        break;
    case NODE_CALL:
        compile_call(fs, node, dest, tail);
        return;
    case NODE_EFFECT:
        compile_effect(fs, node, dest, tail);
        return;
    case NODE_LET:
        compile_let(fs, node, dest, tail);
        return;
    case NODE_LAMBDA:
        compile_lambda(fs, node, dest, CL_NIL);
        break;
    case NODE_IF:
        compile_if(fs, node, dest, tail);
        return;
    case NODE_DO:
        body(fs, node, 0, dest, tail);
        return;
    case NODE_ASCRIBE:
        expr(fs, kid(fs, node, 0), dest, tail);
        return;
    case NODE_MATCH:
        compile_match(fs, node, dest, tail);
        return;
    case NODE_UNCERTAIN:
        compile_uncertain(fs, node, dest, tail);
        return;
    case NODE_DEFINE:
        compile_define(fs, node, dest);
        break;
    case NODE_DATA:
        compile_data(fs, node, dest);
        break;
    case NODE_IMPORT:
        compile_import(fs, node, dest);
        break;
    case NODE_MODULE:
        compile_module(fs, node, dest);
        break;
    default:
        fail_at(g, n->span.start, CL_ERR_PARSE_ERROR, "this form cannot be compiled");
        return;
    }
    finish(fs, dest, tail);
}

// Far mode, with more than FAR_SPILL_HIGH near registers taken: saves the temporaries from
// FAR_VAR_LIMIT up (no variable lives there) to far registers, compiles `node` with those near
// registers free, and reloads them; a `dest` among them gets the value through its saved copy.
static void compile_windowed(FuncState *fs, NodeId node, uint32_t dest, bool tail)
{
    uint32_t lo = FAR_VAR_LIMIT, hi = fs->free_reg, top = fs->free_reg;
    uint32_t far_saved = fs->far_free;
    if (dest >= hi)
        hi = dest + 1;
    uint32_t save = alloc_far(fs, hi - lo);
    for (uint32_t r = lo; r < hi; r++)
        emit_abx(fs, OP_MOVETOFAR, r, save + (r - lo));
    free_to(fs, lo);
    uint32_t target = dest >= lo ? alloc_reg(fs) : dest;
    compile_node(fs, node, target, tail);
    if (!tail) {
        if (target != dest)
            emit_abx(fs, OP_MOVETOFAR, target, save + (dest - lo));
        for (uint32_t r = lo; r < hi; r++)
            emit_abx(fs, OP_MOVEFROMFAR, r, save + (r - lo));
    }
    free_to(fs, top);
    fs->far_free = far_saved;
}

static void expr(FuncState *fs, NodeId node, uint32_t dest, bool tail)
{
    Gen *g = fs->g;
    if (g->failed)
        return;
    if (++g->depth > MAX_COMPILE_DEPTH) {
        fail_at(g, node_of(fs, node)->span.start, CL_ERR_PARSE_ERROR,
                "expression nested too deeply to compile");
        g->depth--;
        return;
    }
    uint32_t saved = fs->offset;
    fs->offset = node_of(fs, node)->span.start;
    if (fs->far && fs->free_reg > FAR_SPILL_HIGH)
        compile_windowed(fs, node, dest, tail);
    else
        compile_node(fs, node, dest, tail);
    fs->offset = saved;
    g->depth--;
}

// ---------------------------------------------------------------------------------------------
// Entry points

// Compiles `form` (with `params`, a contract condition) into a prototype, or returns 0 after
// a failure (g->retry set when only a function's far mode was missing). May collect.
static Value compile_form_once(Gen *g, NodeId form, String *const *params, uint32_t param_count)
{
    FuncState fs;
    RootMark mark = g->S->roots.count;
    function_init(&fs, g, NULL, 0);
    fs.offset = cl_tree_node(g->t, form)->span.start;
    fs.start_offset = fs.offset;
    uint32_t s = g->r.functions[0].scope;
    if (params) {
        fs.param_count = param_count;
        for (uint32_t i = 0; i < param_count; i++)
            assign_param(&fs, &g->r.vars[g->r.scopes[s].first_var + i], i, param_count);
        open_scope_vars(&fs, s, true);
        box_assigned_vars(&fs, s);
    }
    uint32_t result = alloc_reg(&fs);
    // A top-level form's calls are not tail calls: its frame stays below them, so an error in
    // a function it calls (or in the standard library) has this form's call as its position.
    expr(&fs, form, result, params != NULL);
    if (!params)
        emit_abc(&fs, OP_RETURN, result, 0, 0);
    return function_finish(&fs, mark);
}

// Finds the node nested deepest under `form` without recursing, for compile_entry's check:
// the resolver, the optimizer and codegen each recurse once per level of nesting, so a form
// deeper than MAX_COMPILE_DEPTH is refused before any of them runs. False when out of memory.
static bool deepest_node(const Tree *t, NodeId form, uint32_t *depth, NodeId *where)
{
    typedef struct { NodeId node; uint32_t depth; } Item;
    size_t count = 0, capacity = 256;
    Item *stack = malloc(capacity * sizeof *stack);
    if (!stack)
        return false;
    stack[count++] = (Item){form, 1};
    *depth = 0;
    *where = form;
    while (count > 0) {
        Item item = stack[--count];
        if (item.depth > *depth) {
            *depth = item.depth;
            *where = item.node;
        }
        uint32_t kids = cl_tree_kid_count(t, item.node);
        if (count + kids > capacity) {
            capacity = (count + kids) * 2;
            Item *grown = realloc(stack, capacity * sizeof *stack);
            if (!grown) {
                free(stack);
                return false;
            }
            stack = grown;
        }
        for (uint32_t k = 0; k < kids; k++)
            stack[count++] = (Item){cl_tree_kid(t, item.node, k), item.depth + 1};
    }
    free(stack);
    return true;
}

static ClStatus compile_entry(ClState *S, Module *m, uint32_t unit, NodeId form,
                              const CompileOptions *options,
                              String *const *params, uint32_t param_count, Value *proto_out)
{
    const Tree *tree = cl_module_tree(m, unit);
    uint32_t depth;
    NodeId deepest;
    if (!deepest_node(tree, form, &depth, &deepest))
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory while compiling");
    if (depth > MAX_COMPILE_DEPTH) {
        cl_raisef(S, CL_ERR_PARSE_ERROR, "expression nested too deeply to compile (%u levels; "
                  "at most %u)", depth, (unsigned)MAX_COMPILE_DEPTH);
        S->error.module = m;
        S->error.unit = unit;
        S->error.offset = cl_tree_node(tree, deepest)->span.start;
        S->error.has_position = true;
        return CL_ERROR;
    }
    Gen g = {.S = S, .module = m, .unit = unit, .t = cl_module_tree(m, unit), .options = *options};
    g.r.S = S;
    g.r.module = m;
    g.r.unit = unit;
    g.r.tree = g.t;
    g.r.prelude = options->prelude;
    g.r.node_var = cl_module_node_var(m, unit);
    g.r.node_scope = cl_module_node_scope(m, unit);
    Value module_value = cl_from_object(m);
    RootMark outer = cl_root(S, &module_value);
    if (!cl_resolve(&g.r, form, params, param_count)) {
        cl_resolver_fini(&g.r);
        cl_unroot(S, outer);
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory while compiling");
    }
    if (options->optimize && !cl_optimize(S, &g.r, form, &g.folded)) {
        cl_resolver_fini(&g.r);
        cl_unroot(S, outer);
        return CL_ERROR;
    }
    g.far_functions = calloc(g.r.function_count ? g.r.function_count : 1, 1);
    if (!g.far_functions) {
        cl_resolver_fini(&g.r);
        cl_unroot(S, outer);
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory while compiling");
    }
    Value proto = compile_form_once(&g, form, params, param_count);
    while (g.retry) {  // some function needs far registers: compile it all again
        g.retry = false;
        g.failed = false;
        g.depth = 0;
        for (uint32_t i = 0; i < g.r.var_count; i++)
            g.r.vars[i].has_reg = 0;
        proto = compile_form_once(&g, form, params, param_count);
    }
    free(g.far_functions);
    cl_resolver_fini(&g.r);
    cl_unroot(S, outer);
    if (g.failed || !proto)
        return CL_ERROR;
    if (!params)
        ((Proto *)cl_as_object(proto))->h.flags |= OBJF_TOP_LEVEL;
    *proto_out = proto;
    return CL_OK;
}

ClStatus cl_compile_form(ClState *S, Module *m, uint32_t unit, uint32_t index,
                         const CompileOptions *options, Value *proto_out)
{
    return compile_entry(S, m, unit, cl_module_form(m, unit, index), options, NULL, 0,
                         proto_out);
}

ClStatus cl_compile_condition(ClState *S, Module *m, uint32_t unit, NodeId node,
                              const Proto *target, Value *proto_out)
{
    CompileOptions options = {.optimize = false, .prelude = false};
    uint32_t count = cl_is_obj_type(target->param_names, OBJ_TUPLE)
                         ? cl_as_tuple(target->param_names)->h.aux
                         : 0;
    String **params = malloc((count + 1) * sizeof(String *));
    Value result_name;
    if (!params || cl_string_from_cstr(S, "result", &result_name) != CL_OK) {
        free(params);
        return params ? CL_ERROR : cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory");
    }
    RootMark mark = cl_root(S, &result_name);
    for (uint32_t i = 0; i < count; i++)
        params[i] = cl_as_string(cl_as_tuple(target->param_names)->items[i]);
    params[count] = cl_as_string(result_name);
    ClStatus status = compile_entry(S, m, unit, node, &options, params, count + 1, proto_out);
    cl_unroot(S, mark);
    free(params);
    return status;
}

void cl_proto_free_code(Proto *p)
{
    free(p->code);
    free(p->offsets);
    free(p->constants);
    free(p->captures);
    p->code = NULL;
    p->offsets = NULL;
    p->constants = NULL;
    p->captures = NULL;
}
