// compile.h: from the syntax graph to prototypes. The resolver binds every name (register,
// capture, module global or builtin), the optimizer folds constants, codegen emits register
// bytecode. The VM's module loader compiles one top-level form at a time, just before running
// it, so each form sees what earlier forms (and imports) bound.
#ifndef CL_COMPILE_H
#define CL_COMPILE_H

#include "compile/bytecode.h"
#include "runtime/runtime.h"
#include "syntax/syntax.h"

// The near registers a function may use (8-bit instruction fields). A function that needs more
// is compiled again with far registers (CL_FAR_BASE and up, reached by MOVEFROMFAR/MOVETOFAR),
// up to CL_MAX_FAR_REGISTERS in all; captures beyond 255 are read by GETCAPX.
#define CL_MAX_REGISTERS 250
#define CL_FAR_BASE 256
#define CL_MAX_FAR_REGISTERS 65535
#define CL_MAX_CONSTANTS 65535

// Per-module compile state that lives across its forms: global slot names and the side tables
// over the module's syntax graph.
typedef struct ModuleCompiler ModuleCompiler;

// Creates a module (a global environment) identified by `path`. May collect.
ClStatus cl_module_new(ClState *S, const char *path, Value *out);
// Adds a source text to a module (a file, or one REPL input sharing the environment): takes
// `source` (malloc'd); *unit receives its number.
ClStatus cl_module_add_source(ClState *S, Module *m, const char *path, char *source,
                              size_t length, uint32_t *unit);
// Parses source `unit` of the module. Parse errors are raised as error[parse-error] at the first
// diagnostic (the rest stay in the tree for tools).
ClStatus cl_module_parse(ClState *S, Module *m, uint32_t unit);
// The global slot of `name` in `m`, created (bound to the builtin of that name, if any) when
// new. May raise out-of-memory.
ClStatus cl_module_slot(ClState *S, Module *m, const char *name, size_t length, uint32_t *slot);
// The slot of `name` if it exists, else -1.
int64_t cl_module_find_slot(Module *m, const char *name, size_t length);

typedef struct CompileOptions {
    bool optimize;     // constant folding, dead branches
    bool prelude;      // the standard library's own dialect: %intrinsics, &rest parameters
} CompileOptions;

// Compiles top-level form number `index` of source `unit` of module `m` into a prototype of no
// parameters whose result is the form's value. May collect. Errors: limits exceeded
// (parse-error with position).
ClStatus cl_compile_form(ClState *S, Module *m, uint32_t unit, uint32_t index,
                         const CompileOptions *options, Value *proto_out);
// Compiles a contract condition `node` of source `unit` of module `m` as a function of the
// parameters of `target` followed by `result`. May collect.
ClStatus cl_compile_condition(ClState *S, Module *m, uint32_t unit, NodeId node,
                              const Proto *target, Value *proto_out);

// Finds the file an import names (LANGUAGE.md §12.3) from the importing file's path: returns a
// malloc'd path, or NULL with the candidates tried appended to `tried` (comma-separated).
char *cl_module_find_file(const char *importer, const char *spec, const char *search_path,
                          Buffer *tried);
// Reads a whole file into a malloc'd, NUL-terminated buffer; NULL on failure (errno set).
char *cl_read_whole_file(const char *path, size_t *length);

// The source texts of a module, and the top-level forms of a parsed one.
uint32_t cl_module_unit_count(Module *m);
uint32_t cl_module_form_count(Module *m, uint32_t unit);
NodeId cl_module_form(Module *m, uint32_t unit, uint32_t index);
const Tree *cl_module_tree(Module *m, uint32_t unit);
const LineMap *cl_module_lines(Module *m, uint32_t unit);
const char *cl_module_unit_path(Module *m, uint32_t unit);

// Frees a prototype's code arrays (called by the collector).
void cl_proto_free_code(Proto *p);

// Writes a listing of `proto` and its nested prototypes (`claudelang disasm`).
void cl_disassemble(ClState *S, Proto *proto, Buffer *out);

#endif
