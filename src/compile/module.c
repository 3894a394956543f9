// module.c: a module's compile-time side: its source, syntax graph and line map, the map from
// global names to slots, and the set of names the module binds at top level (which therefore
// cannot be compiled as the builtin of that name).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "compile/internal.h"

// An open-addressing map from names (bytes owned elsewhere) to 32-bit values.
typedef struct NameMap {
    const char **names;
    uint32_t *lengths;
    uint32_t *values;
    uint32_t count;
    uint32_t capacity;  // a power of two, or 0
} NameMap;

static uint32_t hash_name(const char *name, uint32_t length)
{
    uint32_t h = 2166136261u;
    for (uint32_t i = 0; i < length; i++)
        h = (h ^ (unsigned char)name[i]) * 16777619u;
    return h;
}

static int64_t name_map_get(const NameMap *map, const char *name, uint32_t length)
{
    if (map->capacity == 0)
        return -1;
    uint32_t mask = map->capacity - 1;
    for (uint32_t i = hash_name(name, length) & mask;; i = (i + 1) & mask) {
        if (!map->names[i])
            return -1;
        if (map->lengths[i] == length && memcmp(map->names[i], name, length) == 0)
            return map->values[i];
    }
}

static bool name_map_put(NameMap *map, const char *name, uint32_t length, uint32_t value);

static bool name_map_grow(NameMap *map)
{
    NameMap bigger = {0};
    bigger.capacity = map->capacity ? map->capacity * 2 : 64;
    bigger.names = calloc(bigger.capacity, sizeof *bigger.names);
    bigger.lengths = calloc(bigger.capacity, sizeof *bigger.lengths);
    bigger.values = calloc(bigger.capacity, sizeof *bigger.values);
    if (!bigger.names || !bigger.lengths || !bigger.values) {
        free(bigger.names);
        free(bigger.lengths);
        free(bigger.values);
        return false;
    }
    for (uint32_t i = 0; i < map->capacity; i++)
        if (map->names[i])
            name_map_put(&bigger, map->names[i], map->lengths[i], map->values[i]);
    free(map->names);
    free(map->lengths);
    free(map->values);
    *map = bigger;
    return true;
}

// Inserts or replaces. False when out of memory.
static bool name_map_put(NameMap *map, const char *name, uint32_t length, uint32_t value)
{
    if ((map->count + 1) * 2 > map->capacity && !name_map_grow(map))
        return false;
    uint32_t mask = map->capacity - 1;
    uint32_t i = hash_name(name, length) & mask;
    while (map->names[i] &&
           !(map->lengths[i] == length && memcmp(map->names[i], name, length) == 0))
        i = (i + 1) & mask;
    if (!map->names[i])
        map->count++;
    map->names[i] = name;
    map->lengths[i] = length;
    map->values[i] = value;
    return true;
}

static void name_map_fini(NameMap *map)
{
    free(map->names);
    free(map->lengths);
    free(map->values);
    memset(map, 0, sizeof *map);
}

// One source text compiled into a module: the main program, a module file, or one input of
// the REPL (whose inputs share the REPL's global environment).
typedef struct Unit {
    char *path;          // the FILE of positions in this text (malloc'd)
    char *source;        // malloc'd, NUL-terminated
    uint32_t length;
    Tree tree;
    LineMap lines;
    uint32_t *node_var;  // resolver side tables over the tree (see Resolver)
    uint32_t *node_scope;
    Value *folded;       // optimizer results per node (values rooted by m->folded_keep)
} Unit;

struct ModuleCompiler {
    NameMap slots;       // global name -> slot
    NameMap rebound;     // names bound at top level anywhere in the module
    bool rebinds_unknown;// an import * whose exports could not be known statically
    Unit **units;
    uint32_t unit_count;
    char **kept;         // sources of `import *` targets read for their export names
    uint32_t kept_count;
};

static ModuleCompiler *compiler_of(Module *m) { return (ModuleCompiler *)m->names; }
static Unit *unit_of(Module *m, uint32_t unit) { return compiler_of(m)->units[unit]; }

ClStatus cl_module_new(ClState *S, const char *path, Value *out)
{
    Value path_value;
    TRY(cl_string_from_cstr(S, path, &path_value));
    RootMark mark = cl_root(S, &path_value);
    Module *m = (Module *)cl_alloc_object(S, OBJ_MODULE, sizeof(Module));
    cl_unroot(S, mark);
    if (!m)
        return CL_ERROR;
    m->path = cl_as_string(path_value);
    m->exports = CL_NIL;
    m->folded_keep = CL_NIL;
    m->names = calloc(1, sizeof(ModuleCompiler));
    if (!m->names)
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory");
    *out = cl_from_object(m);
    return CL_OK;
}

ClStatus cl_module_add_source(ClState *S, Module *m, const char *path, char *source,
                              size_t length, uint32_t *unit)
{
    ModuleCompiler *mc = compiler_of(m);
    Unit *u = calloc(1, sizeof *u);
    Unit **units = u ? realloc(mc->units, (mc->unit_count + 1) * sizeof *units) : NULL;
    char *path_copy = units ? strdup(path) : NULL;
    if (!path_copy || mc->unit_count >= UINT16_MAX) {
        if (units)
            mc->units = units;
        free(u);
        free(source);
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory");
    }
    mc->units = units;
    u->path = path_copy;
    u->source = source;
    u->length = (uint32_t)length;
    cl_tree_init(&u->tree);
    mc->units[mc->unit_count] = u;
    *unit = mc->unit_count++;
    return CL_OK;
}

static void unit_free(Unit *u)
{
    cl_tree_fini(&u->tree);
    if (u->lines.starts)
        cl_linemap_fini(&u->lines);
    free(u->node_var);
    free(u->node_scope);
    free(u->folded);
    free(u->source);
    free(u->path);
    free(u);
}

void cl_module_free_parts(Module *m)
{
    ModuleCompiler *mc = compiler_of(m);
    if (mc) {
        for (uint32_t i = 0; i < mc->unit_count; i++)
            unit_free(mc->units[i]);
        free(mc->units);
        name_map_fini(&mc->slots);
        name_map_fini(&mc->rebound);
        for (uint32_t i = 0; i < mc->kept_count; i++)
            free(mc->kept[i]);
        free(mc->kept);
        free(mc);
    }
    free(m->globals);
    free(m->global_names);
    m->names = NULL;
    m->globals = NULL;
    m->global_names = NULL;
}

uint32_t cl_module_unit_count(Module *m) { return compiler_of(m)->unit_count; }
const Tree *cl_module_tree(Module *m, uint32_t unit) { return &unit_of(m, unit)->tree; }
const LineMap *cl_module_lines(Module *m, uint32_t unit) { return &unit_of(m, unit)->lines; }
const char *cl_module_unit_path(Module *m, uint32_t unit) { return unit_of(m, unit)->path; }

uint32_t cl_module_form_count(Module *m, uint32_t unit)
{
    return cl_tree_kid_count(&unit_of(m, unit)->tree, 1);
}

NodeId cl_module_form(Module *m, uint32_t unit, uint32_t index)
{
    return cl_tree_kid(&unit_of(m, unit)->tree, 1, index);
}

uint32_t *cl_module_node_var(Module *m, uint32_t unit) { return unit_of(m, unit)->node_var; }
uint32_t *cl_module_node_scope(Module *m, uint32_t unit) { return unit_of(m, unit)->node_scope; }

Value *cl_module_folded(Module *m, uint32_t unit)
{
    Unit *u = unit_of(m, unit);
    if (!u->folded)
        u->folded = calloc(u->tree.node_count + 1, sizeof(Value));
    return u->folded;
}

// ---------------------------------------------------------------------------------------------
// Global slots

int64_t cl_module_find_slot(Module *m, const char *name, size_t length)
{
    return name_map_get(&compiler_of(m)->slots, name, (uint32_t)length);
}

ClStatus cl_module_slot(ClState *S, Module *m, const char *name, size_t length, uint32_t *slot)
{
    int64_t found = cl_module_find_slot(m, name, length);
    if (found >= 0) {
        *slot = (uint32_t)found;
        return CL_OK;
    }
    if (m->global_count == m->global_capacity) {
        uint32_t capacity = m->global_capacity ? m->global_capacity * 2 : 64;
        Value *globals = realloc(m->globals, capacity * sizeof(Value));
        if (globals)
            m->globals = globals;
        String **names = realloc(m->global_names, capacity * sizeof(String *));
        if (names)
            m->global_names = names;
        if (!globals || !names)
            return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory");
        m->global_capacity = capacity;
    }
    Value text;
    Value module = cl_from_object(m);
    RootMark mark = cl_root(S, &module);
    ClStatus status = cl_string_new(S, name, length, &text);
    cl_unroot(S, mark);
    TRY(status);
    m = (Module *)cl_as_object(module);
    uint32_t index = m->global_count;
    Value initial = CL_UNDEFINED;
    if (S->builtins != 0 && cl_is_object(S->builtins))
        cl_dict_get(S, S->builtins, text, &initial);
    m->global_names[index] = cl_as_string(text);
    m->globals[index] = initial;
    m->global_count++;
    if (!name_map_put(&compiler_of(m)->slots, m->global_names[index]->bytes, (uint32_t)length,
                      index))
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory");
    *slot = index;
    return CL_OK;
}

// ---------------------------------------------------------------------------------------------
// Names bound at top level

static void note_rebound(ModuleCompiler *mc, const Tree *t, NodeId name)
{
    uint32_t length;
    const char *text = cl_tree_text(t, name, &length);
    name_map_put(&mc->rebound, text, length, 1);
}

// Collects the names a top-level form binds in the module's globals: defines and data outside
// any function, let or match branch, and import entries.
static void collect_top_bindings(ClState *S, Module *m, const Tree *t, NodeId node)
{
    ModuleCompiler *mc = compiler_of(m);
    const Node *n = cl_tree_node(t, node);
    switch ((NodeKind)n->kind) {
    case NODE_LAMBDA:
    case NODE_LET:
    case NODE_CONTRACT:
        return;
    case NODE_MATCH:
        collect_top_bindings(S, m, t, cl_tree_kid(t, node, 0));
        return;
    case NODE_DEFINE:
        note_rebound(mc, t, cl_tree_kid(t, node, 0));
        collect_top_bindings(S, m, t, cl_tree_kid(t, node, 1));
        return;
    case NODE_DATA:
        for (uint32_t i = 1 + n->extra; i < n->count; i++)
            note_rebound(mc, t, cl_tree_kid(t, cl_tree_kid(t, node, i), 0));
        return;
    case NODE_IMPORT:
        if (n->flags & NF_IMPORT_ALL) {
            if (!cl_import_static_exports(S, m, t, node, &mc->rebound))
                mc->rebinds_unknown = true;
            return;
        }
        for (uint32_t i = 1; i < n->count; i++) {
            NodeId entry = cl_tree_kid(t, node, i);
            uint32_t k = cl_tree_kid_count(t, entry);
            note_rebound(mc, t, cl_tree_kid(t, entry, k - 1));
        }
        return;
    default:
        for (uint32_t i = 0; i < cl_tree_kid_count(t, node); i++)
            collect_top_bindings(S, m, t, cl_tree_kid(t, node, i));
    }
}

bool cl_module_rebinds(Module *m, const char *name, uint32_t length)
{
    ModuleCompiler *mc = compiler_of(m);
    return mc->rebinds_unknown || name_map_get(&mc->rebound, name, length) >= 0;
}

ClStatus cl_module_parse(ClState *S, Module *m, uint32_t unit)
{
    Unit *u = unit_of(m, unit);
    if (!cl_linemap_init(&u->lines, u->source, u->length))
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory");
    if (!cl_parse(&u->tree, u->path, u->source, u->length)) {
        const Diagnostic *d = &u->tree.diags.items[0];
        cl_raisef(S, CL_ERR_PARSE_ERROR, "%s", d->message);
        S->error.module = m;
        S->error.unit = unit;
        S->error.offset = d->span.start;
        S->error.has_position = true;
        S->error.text = cl_diag_render(d, u->path, &u->lines, false);
        return CL_ERROR;
    }
    u->node_var = calloc(u->tree.node_count + 1, sizeof(uint32_t));
    u->node_scope = calloc(u->tree.node_count + 1, sizeof(uint32_t));
    if (!u->node_var || !u->node_scope)
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory");
    for (uint32_t i = 0; i < cl_module_form_count(m, unit); i++)
        collect_top_bindings(S, m, &u->tree, cl_module_form(m, unit, i));
    return CL_OK;
}

// ---------------------------------------------------------------------------------------------
// Finding module files (LANGUAGE.md §12.3)

static bool is_regular_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

// Tries `dir/rel` and then `dir/P/module.cl`; on success *found is a malloc'd path.
static bool try_directory(const char *dir, const char *rel, const char *bare, Buffer *tried,
                          char **found)
{
    char *candidates[2] = {cl_format("%s/%s", dir, rel), cl_format("%s/%s/module.cl", dir, bare)};
    bool ok = false;
    for (int i = 0; i < 2; i++) {
        if (!candidates[i])
            continue;
        if (!ok && is_regular_file(candidates[i])) {
            *found = candidates[i];
            ok = true;
            continue;
        }
        if (!ok) {
            if (tried->size)
                cl_buffer_append_cstr(tried, ", ");
            cl_buffer_append_cstr(tried, candidates[i]);
        }
        free(candidates[i]);
    }
    return ok;
}

char *cl_module_find_file(const char *importer, const char *spec, const char *search_path,
                          Buffer *tried)
{
    size_t n = strlen(spec);
    bool has_ext = n >= 3 && strcmp(spec + n - 3, ".cl") == 0;
    char *rel = has_ext ? cl_format("%s", spec) : cl_format("%s.cl", spec);
    char *bare = has_ext ? cl_format("%.*s", (int)(n - 3), spec) : cl_format("%s", spec);
    char *found = NULL;
    if (!rel || !bare)
        goto done;
    if (spec[0] == '/') {
        if (is_regular_file(rel))
            found = cl_format("%s", rel);
        else
            cl_buffer_append_cstr(tried, rel);
        goto done;
    }
    char *dir = cl_format("%s", importer);
    if (!dir)
        goto done;
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = '\0';
    else
        strcpy(dir, ".");
    bool ok = try_directory(dir, rel, bare, tried, &found);
    free(dir);
    if (ok || !search_path)
        goto done;
    const char *p = search_path;
    while (*p && !found) {
        const char *end = strchr(p, ':');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len > 0) {
            char *entry = cl_format("%.*s", (int)len, p);
            if (entry && try_directory(entry, rel, bare, tried, &found)) {
                free(entry);
                break;
            }
            free(entry);
        }
        p += len + (end ? 1 : 0);
    }
done:
    free(rel);
    free(bare);
    return found;
}

// Reads a whole file into a malloc'd NUL-terminated buffer.
char *cl_read_whole_file(const char *path, size_t *length)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    Buffer b;
    cl_buffer_init(&b);
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
        cl_buffer_append(&b, chunk, got);
    bool failed = ferror(f) || b.failed;
    fclose(f);
    if (failed) {
        cl_buffer_fini(&b);
        return NULL;
    }
    if (!b.bytes)
        cl_buffer_append(&b, "", 0);
    if (b.failed) {
        cl_buffer_fini(&b);
        return NULL;
    }
    *length = b.size;
    return b.bytes;
}

// Adds the names the module file at `path` exports (its module form's export list and its
// export forms) to `map`, reading the file without running it. False if it cannot be read.
static bool static_exports_of_file(ModuleCompiler *mc, const char *path, NameMap *map)
{
    size_t length;
    char *source = cl_read_whole_file(path, &length);
    char **kept = source ? realloc(mc->kept, (mc->kept_count + 1) * sizeof *kept) : NULL;
    if (!kept) {
        free(source);
        return false;
    }
    mc->kept = kept;
    mc->kept[mc->kept_count++] = source;  // the names below point into it
    Tree tree;
    cl_tree_init(&tree);
    bool ok = cl_parse(&tree, path, source, length);
    for (uint32_t i = 0; ok && i < cl_tree_kid_count(&tree, 1); i++) {
        NodeId form = cl_tree_kid(&tree, 1, i);
        const Node *n = cl_tree_node(&tree, form);
        uint32_t len;
        const char *text;
        if (n->kind == NODE_MODULE) {
            for (uint32_t k = 2; k < n->count; k++) {
                text = cl_tree_text(&tree, cl_tree_kid(&tree, form, k), &len);
                ok = name_map_put(map, text, len, 1);
            }
        } else if (n->kind == NODE_EXPORT) {
            for (uint32_t k = 0; k < n->count; k++) {
                NodeId entry = cl_tree_kid(&tree, form, k);
                text = cl_tree_text(&tree, cl_tree_kid(&tree, entry, cl_tree_kid_count(&tree, entry) - 1), &len);
                ok = name_map_put(map, text, len, 1);
            }
        }
    }
    cl_tree_fini(&tree);
    return ok;
}

bool cl_import_static_exports(ClState *S, Module *m, const Tree *t, NodeId import, void *map)
{
    char spec[4096];
    uint32_t length = cl_tree_string(t, cl_tree_kid(t, import, 0), spec, sizeof spec - 1);
    if (length >= sizeof spec - 1)
        return false;
    spec[length] = '\0';
    Buffer tried;
    cl_buffer_init(&tried);
    char *path = cl_module_find_file(t->path, spec, S->search_path_text, &tried);
    cl_buffer_fini(&tried);
    if (!path)
        return false;
    bool ok = static_exports_of_file(compiler_of(m), path, (NameMap *)map);
    free(path);
    return ok;
}
