// state.h: the inside of a `ClState` — heap, VM stack and frames, modules, effect context and
// the error record. Only the runtime, the VM, the library and the JIT include it; front doors
// see the opaque type of claudelang.h.
#ifndef CL_STATE_H
#define CL_STATE_H

#include <stddef.h>
#include <stdint.h>

#include "claudelang.h"
#include "runtime/object.h"

// ---------------------------------------------------------------------------------------------
// Heap

#define CL_PAGE_SIZE (64 * 1024)
#define CL_SIZE_CLASS_COUNT 12
#define CL_SMALL_OBJECT_MAX 256

typedef struct Page Page;

typedef struct SizeClass {
    void *free;        // free slots, linked through the word at offset 8
    Page *pages;
    Page *bump_page;   // the newest page, whose slots from `bump` on were never used
    char *bump;
    char *bump_end;
    uint32_t slot_size;
    uint32_t page_count;
} SizeClass;

typedef struct LargeObject LargeObject;
typedef struct Chunk Chunk;

typedef struct Heap {
    Chunk *chunks;            // the mmap'd regions pages come from (gc.c)
    size_t chunk_size;        // the size of the newest chunk
    SizeClass classes[CL_SIZE_CLASS_COUNT];
    SizeClass cells;          // 16-byte cons cells, marked in page bitmaps
    LargeObject *large;       // objects above CL_SMALL_OBJECT_MAX bytes
    size_t allocated;         // bytes in use after the last collection plus new allocations
    size_t since_collection;  // bytes allocated since the last collection
    size_t trigger;           // collect when since_collection exceeds this
    size_t fast_trigger;      // the allocation fast paths run while since_collection stays
                              // within this: `trigger`, lowered so that they cannot pass
                              // `limit` (cl_heap_update_trigger keeps it)
    size_t fixed_trigger;     // gc:set-threshold: the trigger after every collection (0: paced)
    size_t limit;             // ClConfig.memory_limit; 0: no limit
    size_t external;          // bytes held outside the heap (bignum digits, arrays)
    Value *gray;              // the mark stack
    size_t gray_count;
    size_t gray_capacity;
    bool gray_overflow;       // the mark stack could not grow: rescan marked objects
    bool enabled;             // gc:enable / gc:disable
    bool careful;             // every allocation takes the general path (limits, stress)
    bool budgeted;            // cl_heap_budget_begin: allocations draw from budget_left
    size_t budget_left;
    bool collecting;
    uint32_t user_threshold;  // gc:set-threshold (reported by gc:get-threshold)
    uint32_t stress_interval; // gcstress builds: collect every this many allocations
    uint32_t stress_count;
    uint64_t collections;
    uint64_t total_allocations;
    uint64_t objects_collected;
    uint64_t live_objects;
    size_t peak;              // the most bytes in use right after any collection, or before
    uint64_t pause_ns_total;
    uint64_t pause_ns_max;
} Heap;

// ---------------------------------------------------------------------------------------------
// VM frames

enum FrameFlags {
    FRAME_RETURN_TO_C = 1 << 0,     // returning from this frame ends cl_vm_execute
    FRAME_RESTORE_HANDLERS = 1 << 1,// on return or unwind, S->handlers = saved_handlers
    FRAME_CATCH = 1 << 2,           // an error below this frame unwinds to it (%try)
    FRAME_BRANCH_ON_RESULT = 1 << 3,// an error handler standing in for a fused test-and-jump
    FRAME_STORE_TO = 1 << 4,        // the result goes to the caller's R[result_reg]
};

typedef struct Frame {
    const uint32_t *pc;      // next instruction (saved while another frame runs)
    Closure *closure;
    uint32_t base;           // index of R[0] in S->stack; the callee slot is base - 1
    uint16_t flags;          // FrameFlags
    uint8_t result_reg;      // FRAME_STORE_TO: the caller's register that gets the result
    uint8_t unused;
    Value saved_handlers;    // with FRAME_RESTORE_HANDLERS / FRAME_CATCH
} Frame;

// A builtin may return CL_REQUEST_CALL (vm.h) instead of CL_OK: "call `function` with these
// arguments and let its result be mine". It is how C builtins such as `apply` and
// `with-handler` call back into ClaudeLang without recursing on the C stack.
#define CL_REQUEST_MAX_ARGS 8

typedef struct CallRequest {
    Value function;
    Value args[CL_REQUEST_MAX_ARGS];
    Value list_args;        // CL_EMPTY, or a list whose elements follow args (apply)
    uint32_t argc;
    uint16_t frame_flags;   // FRAME_CATCH, FRAME_RESTORE_HANDLERS ...
    Value handlers;         // S->handlers while the call runs (with FRAME_RESTORE_HANDLERS)
    bool skip_contract;     // call a contracted function without checking it again
} CallRequest;

// ---------------------------------------------------------------------------------------------
// Errors

typedef struct ErrorRecord {
    ClErrorKind kind;
    char *message;         // malloc'd, one line
    Module *module;        // where it happened (NULL: no position)
    uint32_t unit;         // which source text of the module
    uint32_t offset;       // byte offset in that source
    bool has_position;
    Value type;            // error:raise: the TYPE value; language errors: the KIND string
    Value payload;         // error:raise: DATA
    Value message_value;   // the MESSAGE as a string value (for handlers' dicts)
    char *trace;           // malloc'd backtrace text, or NULL
    char *text;            // malloc'd rendering for cl_error_text, or NULL until asked
} ErrorRecord;

// ---------------------------------------------------------------------------------------------
// Modules: one per file, plus the prelude

struct Module {
    Obj h;
    String *path;          // as given / resolved (the FILE of error lines)
    String *name;          // from the module form, or NULL
    Value *globals;        // malloc'd slot array; CL_UNDEFINED when unbound
    String **global_names; // parallel to globals
    uint32_t global_count;
    uint32_t global_capacity;
    void *names;           // the compiler's side: name -> slot map, source units (module.c)
    Value exports;         // dict name -> value once loaded
    Value folded_keep;     // Array rooting the optimizer's folded constants
    uint8_t status;        // ModuleStatus
};

typedef enum ModuleStatus { MODULE_NEW, MODULE_LOADING, MODULE_LOADED, MODULE_FAILED } ModuleStatus;

// ---------------------------------------------------------------------------------------------
// The state

typedef struct RootStack {
    Value **items;
    uint32_t count;
    uint32_t capacity;
} RootStack;

typedef uint32_t RootMark;

struct ClState {
    Heap heap;

    // VM
    Value *stack;
    uint32_t stack_capacity;   // in values
    uint32_t stack_high_water; // slots above this were cleared by the last collection
    uint32_t stack_top_hint;   // slots below this are live even without a frame over them
    Frame *frames;
    uint32_t frame_count;
    uint32_t frame_capacity;
    uint32_t depth_limit;
    uint32_t frame_limit_fast; // min(frame_capacity, depth_limit), 0 with contracts: fast path
    uint32_t stack_limit_fast; // stack_capacity minus the slack kept above every frame

    RootStack roots;
    Value *handles;            // ClHandle slots (index + 1 is the handle)
    uint32_t handle_count;
    uint32_t handle_capacity;
    Value *slots;              // embedding API slots
    uint32_t slot_count;

    // Modules and builtins
    Module *main_module;
    Module *prelude;
    Value modules;             // dict canonical path -> Module
    Value builtins;            // dict name -> builtin value (the initial global environment)
    Value loading_stack;       // list of modules being loaded (cycle detection)
    char *search_path_text;    // module search path (colon-separated), malloc'd, or NULL
    Value effect_ops;          // dict canonical or alias operation name -> builtin

    // Effects
    Value handlers;            // innermost with-handler/pure entry (a tuple chain) or nil
    Value store;               // the state store: a dict
    Value transactions;        // list of snapshots of `store`, innermost first
    Value error_handlers;      // dict error type -> handler function
    Value error_log;           // list of handled error dicts, newest first
    Value contracts;           // dict function name -> contract
    bool contracts_enabled;
    bool contracts_present;    // any contract registered: calls check by name
    Value network_mocks;       // dict URL -> response
    uint32_t deny_mask;        // effect kinds refused by the host (1 << EffectKind)
    bool allow_network;
    bool effect_layer_active;  // handlers present or a host policy/record hook: slow path
    double time_mock;          // time:set-mock value, or NaN when the clock is real
    double start_time;         // wall clock at cl_open
    uint64_t random_state[4];  // xoshiro256** state

    // Errors
    ErrorRecord error;

    // Hooks for later stages: extra roots (compiler, JIT) and weak tables.
    Value intrinsics;          // the prelude's private helpers, by name
    Value contract_caller;     // the prelude's %contract-call
    CallRequest request;       // a builtin's request to call back (CL_REQUEST_CALL in vm.h)
    void (*mark_extra)(ClState *S);
    void (*sweep_weak)(ClState *S);

    // Configuration and hooks
    ClConfig config;
    bool optimize;
    int64_t step_limit;        // fuzzing: stop after this many instructions (0: none)
    int64_t steps;
};

#endif
