// load.c: running files. The main program and every imported module are parsed whole,
// compiled whole (so a syntax error or a compile limit stops the run before anything runs),
// have their contracts registered, and then run form by form (LANGUAGE.md §4.1, §12, §14.2).
// A module runs once per run; its exports are its module form's tuple and its export forms.
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "compile/internal.h"
#include "vm/internal.h"

// Registers the contracts of every top-level spec:contract form of `m` (§14.2).
static ClStatus register_contracts(ClState *S, Module *m, uint32_t unit)
{
    const Tree *t = cl_module_tree(m, unit);
    for (uint32_t i = 0; i < cl_module_form_count(m, unit); i++) {
        NodeId form = cl_module_form(m, unit, i);
        if (cl_tree_node(t, form)->kind != NODE_CONTRACT)
            continue;
        uint32_t length;
        const char *name = cl_tree_text(t, cl_tree_kid(t, form, 0), &length);
        // A contract: (module, node, name, cache box, unit).
        Value items[5] = {cl_from_object(m), cl_from_small_int(form), CL_NIL, CL_NIL,
                          cl_from_small_int(unit)};
        Value contract = CL_NIL, cache = CL_NIL;
        RootMark mark = cl_root(S, &items[2]);
        cl_root(S, &items[3]);
        cl_root(S, &contract);
        cl_root(S, &cache);
        ClStatus status = cl_string_new(S, name, length, &items[2]);
        if (status == CL_OK)
            status = cl_dict_new(S, false, &cache);
        if (status == CL_OK)
            status = cl_box_new(S, cache, &items[3]);
        if (status == CL_OK)
            status = cl_tuple_new(S, items, 5, &contract);
        if (status == CL_OK)
            status = cl_dict_set(S, S->contracts, items[2], contract, &S->contracts);
        cl_unroot(S, mark);
        TRY(status);
        S->contracts_present = true;
        cl_vm_update_limits(S);
    }
    return CL_OK;
}

// Compiles every top-level form of a parsed module into an Array of prototypes.
static ClStatus compile_all(ClState *S, Module *m, uint32_t unit, Value *protos, bool prelude)
{
    CompileOptions options = {.optimize = S->optimize, .prelude = prelude};
    uint32_t n = cl_module_form_count(m, unit);
    TRY(cl_array_new(S, n ? n : 1, protos));
    for (uint32_t i = 0; i < n; i++) {
        Value proto;
        TRY(cl_compile_form(S, m, unit, i, &options, &proto));
        TRY(cl_array_push(S, *protos, proto));
    }
    return CL_OK;
}

// Runs the compiled forms in order; *last receives the value of the last one.
static ClStatus run_forms(ClState *S, Value protos, Value *last)
{
    *last = CL_NIL;
    Array *a = (Array *)cl_as_object(protos);
    for (uint32_t i = 0; i < a->count; i++) {
        Closure *c = (Closure *)cl_alloc_object(S, OBJ_CLOSURE, sizeof(Closure));
        if (!c)
            return CL_ERROR;
        a = (Array *)cl_as_object(protos);
        c->proto = (Proto *)cl_as_object(a->items[i]);
        TRY(cl_vm_call(S, cl_from_object(c), NULL, 0, last));
    }
    return CL_OK;
}

// Parses, compiles, registers contracts and runs source `unit` of a module; *last gets its
// last form's value.
static ClStatus load_module(ClState *S, Module *m, uint32_t unit, bool prelude, Value *last)
{
    Value module = cl_from_object(m), protos = CL_NIL;
    RootMark mark = cl_root(S, &module);
    cl_root(S, &protos);
    ClStatus status = cl_module_parse(S, m, unit);
    if (status == CL_OK)
        status = compile_all(S, m, unit, &protos, prelude);
    if (status == CL_OK)
        status = register_contracts(S, m, unit);
    if (status == CL_OK)
        status = run_forms(S, protos, last);
    cl_unroot(S, mark);
    return status;
}

ClStatus cl_vm_load_prelude(ClState *S, const char *source, size_t length, Module **out);

// Loads the standard library's own module (src/lib/prelude.cl) in its dialect.
ClStatus cl_vm_load_prelude(ClState *S, const char *source, size_t length, Module **out)
{
    char *copy = malloc(length + 1);
    if (!copy)
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory");
    memcpy(copy, source, length);
    copy[length] = '\0';
    Value module, last;
    uint32_t unit;
    if (cl_module_new(S, "<prelude>", &module) != CL_OK) {
        free(copy);
        return CL_ERROR;
    }
    RootMark mark = cl_root(S, &module);
    Module *m = (Module *)cl_as_object(module);
    S->prelude = m;
    m->status = MODULE_LOADING;
    ClStatus status = cl_module_add_source(S, m, "<prelude>", copy, length, &unit);
    if (status == CL_OK)
        status = load_module(S, m, unit, true, &last);
    m->status = status == CL_OK ? MODULE_LOADED : MODULE_FAILED;
    cl_unroot(S, mark);
    *out = m;
    return status;
}

// Enters the main program's file in the module table, so that a module importing it back is
// an import cycle rather than a second copy of the program. Sources that are not files
// (eval, the REPL, an embedder's strings) are not entered.
static ClStatus register_main_file(ClState *S, const char *path)
{
    char canonical[PATH_MAX];
    if (!realpath(path, canonical))
        return CL_OK;
    Value key, module = cl_from_object(S->main_module);
    RootMark mark = cl_root(S, &key);
    ClStatus status = cl_string_from_cstr(S, canonical, &key);
    if (status == CL_OK && S->main_module->exports == CL_NIL)
        status = cl_dict_new(S, false, &S->main_module->exports);
    if (status == CL_OK)
        status = cl_dict_set(S, S->modules, key, module, &S->modules);
    cl_unroot(S, mark);
    return status;
}

ClStatus cl_vm_run_main(ClState *S, const char *path, const char *source, size_t length,
                        Value *result)
{
    char *copy = malloc(length + 1);
    if (!copy)
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory");
    memcpy(copy, source, length);
    copy[length] = '\0';
    // Later runs in the same state (the REPL, an embedder) share the main program's globals.
    if (!S->main_module) {
        Value module;
        if (cl_module_new(S, path, &module) != CL_OK) {
            free(copy);
            return CL_ERROR;
        }
        S->main_module = (Module *)cl_as_object(module);
        if (register_main_file(S, path) != CL_OK) {
            free(copy);
            return CL_ERROR;
        }
    }
    uint32_t unit;
    TRY(cl_module_add_source(S, S->main_module, path, copy, length, &unit));
    S->main_module->status = MODULE_LOADING;
    ClStatus status = load_module(S, S->main_module, unit, false, result);
    S->main_module->status = MODULE_LOADED;
    return status;
}

// ---------------------------------------------------------------------------------------------
// Imports

// Gives an anonymous function the name it is bound to (§4.5).
static void name_function(Value v, String *name)
{
    if (cl_is_obj_type(v, OBJ_CLOSURE)) {
        Closure *c = (Closure *)cl_as_object(v);
        if (!c->name && !c->proto->name)
            c->name = name;
    }
}

// Adds the export forms' names to the module's exports (after it ran).
static ClStatus collect_export_forms(ClState *S, Module *m, uint32_t unit)
{
    const Tree *t = cl_module_tree(m, unit);
    for (uint32_t i = 0; i < cl_module_form_count(m, unit); i++) {
        NodeId form = cl_module_form(m, unit, i);
        if (cl_tree_node(t, form)->kind != NODE_EXPORT)
            continue;
        for (uint32_t k = 0; k < cl_tree_kid_count(t, form); k++) {
            NodeId entry = cl_tree_kid(t, form, k);
            uint32_t n = cl_tree_kid_count(t, entry), length, alias_length;
            NodeId name_node = cl_tree_kid(t, entry, 0);
            const char *name = cl_tree_text(t, name_node, &length);
            const char *alias = cl_tree_text(t, cl_tree_kid(t, entry, n - 1), &alias_length);
            int64_t slot = cl_module_find_slot(m, name, length);
            if (slot < 0 || m->globals[slot] == CL_UNDEFINED) {
                cl_raisef(S, CL_ERR_UNBOUND_VARIABLE, "%.*s is exported but not defined",
                          (int)length, name);
                S->error.module = m;
                S->error.unit = unit;
                S->error.offset = cl_tree_node(t, name_node)->span.start;
                S->error.has_position = true;
                return CL_ERROR;
            }
            Value key;
            TRY(cl_string_new(S, alias, alias_length, &key));
            TRY(cl_dict_set(S, m->exports, key, m->globals[slot], &m->exports));
        }
    }
    return CL_OK;
}

ClStatus cl_vm_module_form(ClState *S, Module *m, Value value, Value descriptor)
{
    Tuple *d = cl_as_tuple(descriptor);
    m->name = cl_as_string(d->items[0]);
    if (m == S->main_module || m->status != MODULE_LOADING)
        return CL_OK;
    uint64_t count = cl_list_length(d->items[1]);
    if (count > 0 && (!cl_is_obj_type(value, OBJ_TUPLE) || cl_as_tuple(value)->h.aux != count))
        return cl_raisef(S, CL_ERR_TYPE_ERROR,
                         "the body of module %s must be a tuple of its %llu exports, got %s",
                         m->name->bytes, (unsigned long long)count, cl_type_name(value));
    uint32_t i = 0;
    for (Value l = d->items[1]; cl_is_cell(l); l = cl_as_cell(l)->tail, i++) {
        Value item = cl_as_tuple(value)->items[i];
        TRY(cl_dict_set(S, m->exports, cl_as_cell(l)->head, item, &m->exports));
        d = cl_as_tuple(descriptor);
    }
    return CL_OK;
}

// Finds, reads and runs the module named by `spec` from `importer`, or reuses it.
static ClStatus obtain_module(ClState *S, Module *importer, const String *spec, Module **out)
{
    Buffer tried;
    cl_buffer_init(&tried);
    char *found = cl_module_find_file(importer->path->bytes, spec->bytes, S->search_path_text,
                                      &tried);
    if (!found) {
        cl_raisef(S, CL_ERR_MODULE_NOT_FOUND, "cannot find module \"%s\" (tried %s)", spec->bytes,
                  tried.bytes ? tried.bytes : "nothing");
        cl_buffer_fini(&tried);
        return CL_ERROR;
    }
    cl_buffer_fini(&tried);
    char canonical[PATH_MAX];
    Value key, existing;
    if (!realpath(found, canonical) || cl_string_from_cstr(S, canonical, &key) != CL_OK) {
        free(found);
        return S->error.kind == CL_ERR_OUT_OF_MEMORY && S->error.message
                   ? CL_ERROR
                   : cl_raisef(S, CL_ERR_IO_ERROR, "cannot resolve module path %s", spec->bytes);
    }
    if (cl_dict_get(S, S->modules, key, &existing)) {
        free(found);
        Module *m = (Module *)cl_as_object(existing);
        if (m->status == MODULE_LOADING)
            return cl_raisef(S, CL_ERR_IMPORT_CYCLE,
                             "module \"%s\" is imported while it is still loading", spec->bytes);
        if (m->status == MODULE_FAILED)
            return cl_raisef(S, CL_ERR_IO_ERROR,
                             "module \"%s\" failed to load earlier in this run", spec->bytes);
        *out = m;
        return CL_OK;
    }
    size_t length;
    char *source = cl_read_whole_file(found, &length);
    if (!source) {
        cl_raisef(S, CL_ERR_IO_ERROR, "cannot read module %s", found);
        free(found);
        return CL_ERROR;
    }
    RootMark mark = cl_root(S, &key);
    Value module = CL_NIL, last;
    cl_root(S, &module);
    uint32_t unit = 0;
    ClStatus status = cl_module_new(S, found, &module);
    if (status == CL_OK)
        status = cl_module_add_source(S, (Module *)cl_as_object(module), found, source, length,
                                      &unit);
    else
        free(source);
    free(found);
    if (status == CL_OK)
        status = cl_dict_new(S, false, &((Module *)cl_as_object(module))->exports);
    if (status == CL_OK)
        status = cl_dict_set(S, S->modules, key, module, &S->modules);
    if (status != CL_OK) {
        cl_unroot(S, mark);
        return CL_ERROR;
    }
    Module *m = (Module *)cl_as_object(module);
    m->status = MODULE_LOADING;
    status = load_module(S, m, unit, false, &last);
    if (status == CL_OK)
        status = collect_export_forms(S, m, unit);
    m->status = status == CL_OK ? MODULE_LOADED : MODULE_FAILED;
    cl_unroot(S, mark);
    *out = m;
    return status;
}

// Binds export `name` of `m` into `importer`'s global `slot` (§12.2).
static ClStatus bind_export(ClState *S, Module *importer, Module *m, Value name, String *alias,
                            uint32_t slot)
{
    Value v;
    if (!cl_dict_get(S, m->exports, name, &v))
        return cl_raisef(S, CL_ERR_UNBOUND_VARIABLE, "%s is not exported by %s",
                         cl_as_string(name)->bytes, m->name ? m->name->bytes : m->path->bytes);
    name_function(v, alias);
    importer->globals[slot] = v;
    return CL_OK;
}

ClStatus cl_vm_import(ClState *S, Module *importer, Value descriptor)
{
    Module *m = NULL;
    Value keep = descriptor;
    RootMark mark = cl_root(S, &keep);
    Tuple *d = cl_as_tuple(descriptor);
    ClStatus status = obtain_module(S, importer, cl_as_string(d->items[0]), &m);
    d = cl_as_tuple(keep);
    if (status == CL_OK && d->items[1] == CL_TRUE) {
        uint32_t cursor = 0;
        Value name, value;
        while (status == CL_OK && cl_dict_next(m->exports, &cursor, &name, &value)) {
            uint32_t slot;
            String *s = cl_as_string(name);
            status = cl_module_slot(S, importer, s->bytes, s->size, &slot);
            if (status == CL_OK)
                status = bind_export(S, importer, m, name, s, slot);
        }
    }
    for (Value l = d->items[2]; status == CL_OK && cl_is_cell(l); l = cl_as_cell(l)->tail) {
        Tuple *entry = cl_as_tuple(cl_as_cell(l)->head);
        status = bind_export(S, importer, m, entry->items[0], cl_as_string(entry->items[1]),
                             (uint32_t)cl_small_int(entry->items[2]));
    }
    cl_unroot(S, mark);
    return status;
}
