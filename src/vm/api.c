// api.c: the embedding API of claudelang.h — states, running programs, slots, globals, calls,
// builtins written by embedders, handles and errors. Everything here is a thin layer over the
// VM and the runtime; values cross in slots, which are GC roots.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "compile/internal.h"
#include "vm/internal.h"

CL_API void cl_config_init(ClConfig *config)
{
    memset(config, 0, sizeof *config);
}

static double wall_clock(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

CL_API ClState *cl_open(const ClConfig *config)
{
    ClState *S = calloc(1, sizeof *S);
    if (!S)
        return NULL;
    if (config)
        S->config = *config;
    S->depth_limit = S->config.depth_limit ? S->config.depth_limit : 1000000;
    S->optimize = !S->config.no_optimize;
    S->deny_mask = S->config.deny;
    S->allow_network = S->config.allow_network;
    S->time_mock = NAN;
    S->start_time = wall_clock();
    S->contracts_enabled = true;
    Value *fields[] = {&S->modules, &S->builtins, &S->loading_stack, &S->effect_ops,
                       &S->handlers, &S->store, &S->transactions, &S->error_handlers,
                       &S->error_log, &S->contracts, &S->network_mocks, &S->error.type,
                       &S->error.payload, &S->error.message_value, &S->intrinsics,
                       &S->contract_caller, &S->request.function, &S->request.handlers};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        *fields[i] = CL_NIL;
    S->request.list_args = CL_EMPTY;
    S->transactions = CL_EMPTY;
    S->error_log = CL_EMPTY;
    S->loading_stack = CL_EMPTY;
    const char *path = S->config.search_path ? S->config.search_path : getenv("CLAUDELANG_PATH");
    if (path)
        S->search_path_text = strdup(path);
    cl_heap_init(S);
    S->roots.capacity = 256;
    S->roots.items = malloc(S->roots.capacity * sizeof(Value *));
    if (!S->roots.items) {
        free(S);
        return NULL;
    }
    cl_effect_update(S);
    ClStatus status = CL_OK;
    Value *dicts[] = {&S->modules, &S->builtins, &S->effect_ops, &S->store, &S->error_handlers,
                      &S->contracts, &S->network_mocks, &S->intrinsics};
    for (size_t i = 0; i < sizeof dicts / sizeof dicts[0] && status == CL_OK; i++)
        status = cl_dict_new(S, false, dicts[i]);
    if (status == CL_OK)
        status = cl_lib_open(S);
    if (status != CL_OK) {
        // The standard library itself failed to load: a build defect or no memory at all.
        char *text = cl_vm_render_error(S);
        if (text)
            fprintf(stderr, "claudelang: cannot start: %s", text);
        free(text);
        cl_close(S);
        return NULL;
    }
    cl_error_clear(S);
    return S;
}

CL_API void cl_close(ClState *S)
{
    if (!S)
        return;
    if (getenv("CLAUDELANG_GC_STATS")) {
        const Heap *h = &S->heap;
        fprintf(stderr,
                "gc: %llu collections, pause max %.3f ms, total %.3f ms; %llu allocations, "
                "%llu objects collected; heap peak %.1f MB, at exit %.1f MB\n",
                (unsigned long long)h->collections, h->pause_ns_max / 1e6,
                h->pause_ns_total / 1e6, (unsigned long long)h->total_allocations,
                (unsigned long long)h->objects_collected, h->peak / 1048576.0,
                h->allocated / 1048576.0);
    }
    cl_error_clear(S);
    cl_heap_fini(S);
    free(S->stack);
    free(S->frames);
    free(S->roots.items);
    free(S->handles);
    free(S->slots);
    free(S->search_path_text);
    free(S);
}

// Resets the VM after an uncaught error so that the state can be used again.
static void reset_after_error(ClState *S)
{
    S->frame_count = 0;
    S->handlers = CL_NIL;
    cl_effect_update(S);
}

CL_API ClStatus cl_run_string(ClState *S, const char *path, const char *source, size_t length)
{
    cl_error_clear(S);
    Value result = CL_NIL;
    ClStatus status = cl_ensure_slots(S, 1);
    if (status == CL_OK)
        status = cl_vm_run_main(S, path, source, length, &result);
    if (status != CL_OK) {
        reset_after_error(S);
        return CL_ERROR;
    }
    S->slots[0] = result;
    return CL_OK;
}

CL_API ClStatus cl_run_file(ClState *S, const char *path)
{
    size_t length;
    char *source = cl_read_whole_file(path, &length);
    if (!source) {
        cl_error_clear(S);
        return cl_raisef(S, CL_ERR_IO_ERROR, "cannot read %s", path);
    }
    ClStatus status = cl_run_string(S, path, source, length);
    free(source);
    return status;
}

CL_API char *cl_disassemble_source(ClState *S, const char *path, const char *source,
                                   size_t length)
{
    cl_error_clear(S);
    char *copy = malloc(length + 1);
    if (!copy) {
        cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory");
        return NULL;
    }
    memcpy(copy, source, length);
    copy[length] = '\0';
    Value module;
    if (cl_module_new(S, path, &module) != CL_OK) {
        free(copy);
        return NULL;
    }
    RootMark mark = cl_root(S, &module);
    Module *m = (Module *)cl_as_object(module);
    Buffer out;
    cl_buffer_init(&out);
    CompileOptions options = {.optimize = S->optimize};
    uint32_t unit = 0;
    ClStatus status = cl_module_add_source(S, m, path, copy, length, &unit);
    if (status == CL_OK)
        status = cl_module_parse(S, m, unit);
    for (uint32_t i = 0; status == CL_OK && i < cl_module_form_count(m, unit); i++) {
        Value proto;
        status = cl_compile_form(S, m, unit, i, &options, &proto);
        if (status == CL_OK) {
            cl_buffer_printf(&out, "%s; form %u\n", i ? "\n" : "", i + 1);
            cl_disassemble(S, (Proto *)cl_as_object(proto), &out);
        }
    }
    cl_unroot(S, mark);
    if (status != CL_OK || out.failed) {
        if (status == CL_OK)
            cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory");
        cl_buffer_fini(&out);
        return NULL;
    }
    cl_buffer_append(&out, "", 0);
    return out.bytes;
}

// ---------------------------------------------------------------------------------------------
// Errors

CL_API ClErrorKind cl_error_kind(ClState *S) { return S->error.kind; }

CL_API const char *cl_error_message(ClState *S)
{
    return S->error.message ? S->error.message : "";
}

CL_API const char *cl_error_location(ClState *S, uint32_t *line, uint32_t *column)
{
    ErrorRecord *e = &S->error;
    if (!e->has_position || !e->module) {
        *line = *column = 0;
        return NULL;
    }
    Position p = cl_linemap_position(cl_module_lines(e->module, e->unit), e->offset);
    *line = p.line;
    *column = p.column;
    return cl_module_unit_path(e->module, e->unit);
}

CL_API const char *cl_error_text(ClState *S)
{
    if (!S->error.text)
        S->error.text = cl_vm_render_error(S);
    return S->error.text ? S->error.text : "error (out of memory while rendering it)\n";
}

// ---------------------------------------------------------------------------------------------
// Slots

CL_API ClStatus cl_ensure_slots(ClState *S, uint32_t count)
{
    if (count <= S->slot_count)
        return CL_OK;
    Value *slots = realloc(S->slots, count * sizeof(Value));
    if (!slots)
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory for slots");
    for (uint32_t i = S->slot_count; i < count; i++)
        slots[i] = CL_NIL;
    S->slots = slots;
    S->slot_count = count;
    return CL_OK;
}

CL_API uint32_t cl_slot_count(ClState *S) { return S->slot_count; }

static Value slot_value(ClState *S, uint32_t slot)
{
    return slot < S->slot_count ? S->slots[slot] : CL_NIL;
}

CL_API ClType cl_slot_type(ClState *S, uint32_t slot)
{
    Value v = slot_value(S, slot);
    if (v == CL_NIL)
        return CL_TYPE_NIL;
    if (cl_is_bool(v))
        return CL_TYPE_BOOL;
    if (cl_is_int(v))
        return CL_TYPE_INT;
    if (cl_is_list(v))
        return CL_TYPE_LIST;
    if (!cl_is_object(v))
        return CL_TYPE_OTHER;
    switch (CL_OBJ_TYPE(v)) {
    case OBJ_FLOAT:
        return CL_TYPE_FLOAT;
    case OBJ_STRING:
        return CL_TYPE_STRING;
    case OBJ_TUPLE:
        return CL_TYPE_TUPLE;
    case OBJ_DICT:
        return cl_as_object(v)->flags & OBJF_SET ? CL_TYPE_SET : CL_TYPE_DICT;
    case OBJ_ADT:
        return CL_TYPE_ADT;
    case OBJ_CLOSURE:
    case OBJ_BUILTIN:
    case OBJ_CTOR:
        return CL_TYPE_FUNCTION;
    case OBJ_DATE:
        return cl_as_object(v)->flags & OBJF_DATETIME ? CL_TYPE_DATETIME : CL_TYPE_DATE;
    case OBJ_FILE:
        return CL_TYPE_FILE;
    default:
        return CL_TYPE_OTHER;
    }
}

static bool valid_slot(ClState *S, uint32_t slot)
{
    return slot < S->slot_count || cl_ensure_slots(S, slot + 1) == CL_OK;
}

CL_API void cl_set_nil(ClState *S, uint32_t slot)
{
    if (valid_slot(S, slot))
        S->slots[slot] = CL_NIL;
}

CL_API void cl_set_bool(ClState *S, uint32_t slot, bool value)
{
    if (valid_slot(S, slot))
        S->slots[slot] = cl_from_bool(value);
}

CL_API ClStatus cl_set_int64(ClState *S, uint32_t slot, int64_t value)
{
    if (!valid_slot(S, slot))
        return CL_ERROR;
    return cl_int_from_int64(S, value, &S->slots[slot]);
}

CL_API ClStatus cl_set_double(ClState *S, uint32_t slot, double value)
{
    if (!valid_slot(S, slot))
        return CL_ERROR;
    return cl_float_new(S, value, &S->slots[slot]);
}

CL_API ClStatus cl_set_string(ClState *S, uint32_t slot, const char *text, size_t length)
{
    if (!valid_slot(S, slot))
        return CL_ERROR;
    if (!cl_utf8_validate(text, length, NULL))
        return cl_raisef(S, CL_ERR_VALUE_ERROR, "text is not valid UTF-8");
    return cl_string_new(S, text, length, &S->slots[slot]);
}

CL_API ClStatus cl_set_list(ClState *S, uint32_t slot, uint32_t first, uint32_t count)
{
    if (!valid_slot(S, slot) || (count && !valid_slot(S, first + count - 1)))
        return CL_ERROR;
    Value list;
    TRY(cl_list_from_array(S, S->slots + first, count, &list));
    S->slots[slot] = list;
    return CL_OK;
}

CL_API ClStatus cl_set_tuple(ClState *S, uint32_t slot, uint32_t first, uint32_t count)
{
    if (!valid_slot(S, slot) || (count && !valid_slot(S, first + count - 1)))
        return CL_ERROR;
    Value tuple;
    TRY(cl_tuple_new(S, S->slots + first, count, &tuple));
    S->slots[slot] = tuple;
    return CL_OK;
}

CL_API void cl_copy_slot(ClState *S, uint32_t to, uint32_t from)
{
    if (valid_slot(S, to))
        S->slots[to] = slot_value(S, from);
}

static ClStatus wrong_type(ClState *S, uint32_t slot, const char *expected)
{
    return cl_raisef(S, CL_ERR_TYPE_ERROR, "slot %u holds %s, not %s", slot,
                     cl_type_name(slot_value(S, slot)), expected);
}

CL_API ClStatus cl_get_bool(ClState *S, uint32_t slot, bool *out)
{
    Value v = slot_value(S, slot);
    if (!cl_is_bool(v))
        return wrong_type(S, slot, "a bool");
    *out = v == CL_TRUE;
    return CL_OK;
}

CL_API ClStatus cl_get_int64(ClState *S, uint32_t slot, int64_t *out)
{
    Value v = slot_value(S, slot);
    if (cl_is_small_int(v)) {
        *out = cl_small_int(v);
        return CL_OK;
    }
    if (!cl_is_bigint(v))
        return wrong_type(S, slot, "an int");
    mp_int *m = &((BigInt *)cl_as_object(v))->n;
    if (mp_count_bits(m) > 63 && !(mp_isneg(m) && mp_count_bits(m) == 64))
        return cl_raisef(S, CL_ERR_OVERFLOW_ERROR, "the int in slot %u does not fit 64 bits",
                         slot);
    *out = mp_get_i64(m);
    return CL_OK;
}

CL_API ClStatus cl_get_double(ClState *S, uint32_t slot, double *out)
{
    Value v = slot_value(S, slot);
    if (!cl_is_number(v))
        return wrong_type(S, slot, "a number");
    return cl_number_to_double(S, v, out);
}

CL_API ClStatus cl_get_string(ClState *S, uint32_t slot, const char **text, size_t *length)
{
    Value v = slot_value(S, slot);
    if (!cl_is_string(v))
        return wrong_type(S, slot, "a string");
    *text = cl_as_string(v)->bytes;
    *length = cl_as_string(v)->size;
    return CL_OK;
}

CL_API ClStatus cl_get_length(ClState *S, uint32_t slot, size_t *length)
{
    Value v = slot_value(S, slot);
    if (cl_is_list(v))
        *length = (size_t)cl_list_length(v);
    else if (cl_is_obj_type(v, OBJ_TUPLE))
        *length = cl_as_tuple(v)->h.aux;
    else if (cl_is_obj_type(v, OBJ_DICT))
        *length = cl_dict_size(v);
    else
        return wrong_type(S, slot, "a list, tuple, dict or set");
    return CL_OK;
}

CL_API ClStatus cl_get_element(ClState *S, uint32_t slot, size_t index, uint32_t to)
{
    Value v = slot_value(S, slot);
    if (!valid_slot(S, to))
        return CL_ERROR;
    if (cl_is_obj_type(v, OBJ_TUPLE)) {
        if (index >= cl_as_tuple(v)->h.aux)
            return cl_raisef(S, CL_ERR_INDEX_OUT_OF_RANGE, "index %zu out of range", index);
        S->slots[to] = cl_as_tuple(v)->items[index];
        return CL_OK;
    }
    if (!cl_is_list(v))
        return wrong_type(S, slot, "a list or tuple");
    for (size_t i = 0; i < index && cl_is_cell(v); i++)
        v = cl_as_cell(v)->tail;
    if (!cl_is_cell(v))
        return cl_raisef(S, CL_ERR_INDEX_OUT_OF_RANGE, "index %zu out of range", index);
    S->slots[to] = cl_as_cell(v)->head;
    return CL_OK;
}

CL_API char *cl_write_slot(ClState *S, uint32_t slot)
{
    Buffer b;
    cl_buffer_init(&b);
    cl_write_value(S, &b, slot_value(S, slot));
    cl_buffer_append(&b, "", 0);
    if (b.failed) {
        cl_buffer_fini(&b);
        return NULL;
    }
    return b.bytes;
}

// ---------------------------------------------------------------------------------------------
// Globals and calls

CL_API ClStatus cl_get_global(ClState *S, const char *name, uint32_t to)
{
    if (!valid_slot(S, to))
        return CL_ERROR;
    Module *m = S->main_module;
    int64_t slot = m ? cl_module_find_slot(m, name, strlen(name)) : -1;
    Value v = slot >= 0 ? m->globals[slot] : CL_UNDEFINED;
    if (v == CL_UNDEFINED && !cl_dict_get_text(S, S->builtins, name, strlen(name), &v))
        return cl_raisef(S, CL_ERR_UNBOUND_VARIABLE, "%s is not defined", name);
    S->slots[to] = v;
    return CL_OK;
}

CL_API ClStatus cl_set_global(ClState *S, const char *name, uint32_t from)
{
    if (!S->main_module)
        TRY(cl_vm_run_main(S, "<embed>", "", 0, &(Value){0}));
    uint32_t slot;
    TRY(cl_module_slot(S, S->main_module, name, strlen(name), &slot));
    S->main_module->globals[slot] = slot_value(S, from);
    return CL_OK;
}

CL_API ClStatus cl_call(ClState *S, uint32_t function, uint32_t first, uint32_t argc,
                        uint32_t result)
{
    cl_error_clear(S);
    if (!valid_slot(S, result) || (argc && !valid_slot(S, first + argc - 1)))
        return CL_ERROR;
    Value *args = malloc((argc ? argc : 1) * sizeof(Value));
    if (!args)
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory");
    memcpy(args, S->slots + first, argc * sizeof(Value));
    Value value;
    ClStatus status = cl_vm_call(S, slot_value(S, function), args, argc, &value);
    free(args);
    if (status != CL_OK) {
        if (S->frame_count == 0)
            reset_after_error(S);
        return CL_ERROR;
    }
    S->slots[result] = value;
    return CL_OK;
}

// Runs an embedder's builtin: arguments go to slots 0 .. argc-1, the result comes from slot 0.
static int embedder_builtin(ClState *S, Value *args, int argc, Value *result)
{
    Builtin *self = (Builtin *)cl_as_object(args[-1]);  // the VM passes the callee there
    uint32_t saved_count = S->slot_count;
    Value *saved = malloc((saved_count ? saved_count : 1) * sizeof(Value));
    if (!saved || cl_ensure_slots(S, (uint32_t)argc + 1) != CL_OK) {
        free(saved);
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory");
    }
    memcpy(saved, S->slots, saved_count * sizeof(Value));
    memcpy(S->slots, args, (size_t)argc * sizeof(Value));
    ClStatus status = ((ClBuiltinFn)self->user)(S, (uint32_t)argc);
    *result = S->slots[0];
    memcpy(S->slots, saved, saved_count * sizeof(Value));
    free(saved);
    return status;
}

CL_API ClStatus cl_register_builtin(ClState *S, const char *name, ClBuiltinFn fn, int min_args,
                                   int max_args)
{
    char *copy = strdup(name);
    if (!copy)
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory");
    Builtin *b = (Builtin *)cl_alloc_object(S, OBJ_BUILTIN, sizeof(Builtin));
    if (!b) {
        free(copy);
        return CL_ERROR;
    }
    b->fn = embedder_builtin;
    b->user = (void *)fn;
    b->name = copy;
    b->min_args = (int16_t)min_args;
    b->max_args = (int16_t)max_args;
    Value builtin = cl_from_object(b), key;
    RootMark mark = cl_root(S, &builtin);
    ClStatus status = cl_string_from_cstr(S, name, &key);
    if (status == CL_OK)
        status = cl_dict_set(S, S->builtins, key, builtin, &S->builtins);
    cl_unroot(S, mark);
    return status;
}

// ---------------------------------------------------------------------------------------------
// Handles and the collector

struct ClHandle {
    uint32_t index;
};

CL_API ClHandle *cl_handle_new(ClState *S, uint32_t slot)
{
    for (uint32_t i = 0; i < S->handle_count; i++)
        if (S->handles[i] == CL_HOLE) {
            S->handles[i] = slot_value(S, slot);
            return (ClHandle *)(uintptr_t)(i + 1);
        }
    if (S->handle_count == S->handle_capacity) {
        uint32_t capacity = S->handle_capacity ? S->handle_capacity * 2 : 16;
        Value *handles = realloc(S->handles, capacity * sizeof(Value));
        if (!handles)
            return NULL;
        S->handles = handles;
        S->handle_capacity = capacity;
    }
    S->handles[S->handle_count++] = slot_value(S, slot);
    return (ClHandle *)(uintptr_t)S->handle_count;
}

CL_API void cl_handle_get(ClState *S, ClHandle *handle, uint32_t to)
{
    uint32_t i = (uint32_t)(uintptr_t)handle - 1;
    if (i < S->handle_count && valid_slot(S, to))
        S->slots[to] = S->handles[i];
}

CL_API void cl_handle_release(ClState *S, ClHandle *handle)
{
    uint32_t i = (uint32_t)(uintptr_t)handle - 1;
    if (i < S->handle_count)
        S->handles[i] = CL_HOLE;
}

CL_API void cl_collect(ClState *S) { cl_gc_collect(S); }
