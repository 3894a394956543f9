// gc.c: the heap. Small objects live in 64 KB pages of one size class each; cons cells live in
// pages of their own without headers, marked in a per-page bitmap; larger objects are malloc'd
// and kept on a list. Collection is a precise, non-moving, stop-the-world mark and sweep with
// an explicit mark stack (no C recursion, whatever the depth of the data).
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "runtime/runtime.h"

// A page: its header, then equal slots up to CL_PAGE_SIZE. Pages are CL_PAGE_SIZE-aligned so
// that a cell's page is found by masking its address.
struct Page {
    Page *next;
    uint32_t slot_size;
    uint32_t slot_count;
    uint32_t first_slot;     // byte offset of slot 0
    uint32_t high;           // slots 0 .. high-1 have been handed out at least once
    uint32_t live;           // slots in use after the last sweep
    uint64_t marks[CL_PAGE_SIZE / 16 / 64];  // cell pages only: one bit per 16-byte cell
};

struct LargeObject {
    LargeObject *next;
    size_t size;
    _Alignas(16) unsigned char object[];
};

// Pages are carved out of large mmap'd chunks: one system call per chunk instead of one (or,
// with aligned_alloc, two) per page, and room for transparent huge pages.
typedef struct Chunk {
    struct Chunk *next;
    void *base;        // what mmap returned
    size_t size;       // what mmap mapped
    char *next_page;   // the first page not handed out yet
    char *end;
} Chunk;

#define MIN_CHUNK (1u << 20)
#define MAX_CHUNK (64u << 20)

static const uint32_t slot_sizes[CL_SIZE_CLASS_COUNT] = {16, 32, 48, 64, 80, 96, 112, 128,
                                                         160, 192, 224, 256};

// The smallest heap that is worth a collection, in bytes.
#define MIN_TRIGGER (8u << 20)

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

// Whether every allocation must take the general path: failure injection, the optimizer's
// budget and stress collection need it. A heap limit does not: `fast_trigger` keeps the fast
// paths below it.
static bool needs_care(ClState *S)
{
#ifdef CL_GCSTRESS
    return true;
#else
    return S->config.fail_allocation_after != 0 || S->heap.budgeted;
#endif
}

// Sets `fast_trigger`: `trigger`, or lower where the limit leaves less room, so that an
// allocation within it keeps allocated + external within the limit (fast paths add the same
// size to since_collection and allocated).
static void set_fast_trigger(Heap *h)
{
    h->fast_trigger = h->trigger;
    if (h->limit != 0) {
        size_t used = h->allocated + h->external;
        size_t room = used < h->limit ? h->limit - used : 0;
        if (h->since_collection + room < h->fast_trigger)
            h->fast_trigger = h->since_collection + room;
    }
}

void cl_heap_update_trigger(ClState *S) { set_fast_trigger(&S->heap); }

void cl_heap_budget_begin(ClState *S, size_t bytes)
{
    S->heap.budgeted = true;
    S->heap.budget_left = bytes;
    S->heap.careful = true;
}

void cl_heap_budget_end(ClState *S)
{
    S->heap.budgeted = false;
    S->heap.careful = needs_care(S);
}

void cl_heap_init(ClState *S)
{
    Heap *h = &S->heap;
    memset(h, 0, sizeof *h);
    for (int i = 0; i < CL_SIZE_CLASS_COUNT; i++)
        h->classes[i].slot_size = slot_sizes[i];
    h->cells.slot_size = sizeof(Cell);
    h->trigger = MIN_TRIGGER;
    h->enabled = true;
    h->user_threshold = 100;
    h->limit = S->config.memory_limit;
    h->careful = needs_care(S);
    set_fast_trigger(h);
#ifdef CL_GCSTRESS
    const char *interval = getenv("CLAUDELANG_GCSTRESS_INTERVAL");
    h->stress_interval = interval && atoi(interval) > 0 ? (uint32_t)atoi(interval) : 1;
#endif
}

static void finalize(ClState *S, Obj *o);
static inline uint32_t page_high(const SizeClass *c, const Page *p);

static void finalize_pages(ClState *S, SizeClass *c)
{
    for (Page *p = c->pages; p; p = p->next)
        for (uint32_t i = 0, high = page_high(c, p); i < high; i++) {
            Obj *o = (Obj *)((char *)p + p->first_slot + (size_t)i * p->slot_size);
            if (o->type != OBJ_FREE)
                finalize(S, o);
        }
    c->pages = NULL;
    c->free = NULL;
}

void cl_heap_fini(ClState *S)
{
    Heap *h = &S->heap;
    for (int i = 0; i < CL_SIZE_CLASS_COUNT; i++)
        finalize_pages(S, &h->classes[i]);
    h->cells.pages = NULL;
    h->cells.free = NULL;
    for (Chunk *c = h->chunks; c;) {
        Chunk *next = c->next;
        munmap(c->base, c->size);
        free(c);
        c = next;
    }
    h->chunks = NULL;
    for (LargeObject *l = h->large; l;) {
        LargeObject *next = l->next;
        finalize(S, (Obj *)l->object);
        free(l);
        l = next;
    }
    h->large = NULL;
    free(h->gray);
    h->gray = NULL;
}

// ---------------------------------------------------------------------------------------------
// Allocation

static inline int size_class_of(size_t size)
{
    if (size <= 128)
        return (int)((size + 15) / 16) - 1 + (size == 0);
    return 8 + (int)((size - 129) / 32);
}

// Maps a new chunk of at least `size` bytes whose pages are CL_PAGE_SIZE-aligned.
static Chunk *new_chunk(Heap *h, size_t size)
{
    size_t mapped = size + CL_PAGE_SIZE;
    void *base = mmap(NULL, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED)
        return NULL;
#ifdef MADV_HUGEPAGE
    if (size >= (64u << 20))  // only the biggest chunks: a partly used huge page is 2 MB of RSS
        madvise(base, mapped, MADV_HUGEPAGE);
#endif
    Chunk *c = malloc(sizeof *c);
    if (!c) {
        munmap(base, mapped);
        return NULL;
    }
    uintptr_t first = ((uintptr_t)base + CL_PAGE_SIZE - 1) & ~(uintptr_t)(CL_PAGE_SIZE - 1);
    c->base = base;
    c->size = mapped;
    c->next_page = (char *)first;
    c->end = (char *)first + size;
    c->next = h->chunks;
    h->chunks = c;
    return c;
}

// A fresh page from the newest chunk, mapping a bigger chunk when it is used up.
static Page *take_page(Heap *h)
{
    Chunk *c = h->chunks;
    if (!c || c->next_page == c->end) {
        size_t size = h->chunk_size ? h->chunk_size * 2 : MIN_CHUNK;
        if (size > MAX_CHUNK)
            size = MAX_CHUNK;
        h->chunk_size = size;
        c = new_chunk(h, size);
        if (!c)
            return NULL;
    }
    Page *p = (Page *)c->next_page;
    c->next_page += CL_PAGE_SIZE;
    return p;
}

// Adds a fresh page to `c`; its slots are handed out by bumping c->bump, so memory is touched
// only as it is used. False when out of memory.
static bool add_page(Heap *h, SizeClass *c)
{
    Page *p = take_page(h);
    if (!p)
        return false;
    memset(p, 0, sizeof *p);
    p->slot_size = c->slot_size;
    p->first_slot = (uint32_t)((sizeof(Page) + 15) & ~(size_t)15);
    p->slot_count = (CL_PAGE_SIZE - p->first_slot) / c->slot_size;
    if (c->bump_page)
        c->bump_page->high = c->bump_page->slot_count;
    c->bump_page = p;
    c->bump = (char *)p + p->first_slot;
    c->bump_end = c->bump + (size_t)p->slot_count * c->slot_size;
    p->next = c->pages;
    c->pages = p;
    c->page_count++;
    return true;
}

// Takes a free or never-used slot of `c` (NULL when it has none).
static inline void *take_slot(SizeClass *c) { return cl_heap_take_slot(c, c->slot_size); }

// How many slots of page `p` have ever been handed out.
static inline uint32_t page_high(const SizeClass *c, const Page *p)
{
    if (p != c->bump_page)
        return p->high;
    return (uint32_t)((c->bump - ((char *)p + p->first_slot)) / c->slot_size);
}

// Decides whether to collect before allocating `size` more bytes.
static inline bool should_collect(Heap *h, size_t size)
{
#ifdef CL_GCSTRESS
    // Every allocation (or every Nth, CLAUDELANG_GCSTRESS_INTERVAL, for the stress programs
    // whose million-object heaps would make "every" take days).
    (void)size;
    if (h->collecting || ++h->stress_count < h->stress_interval)
        return false;
    h->stress_count = 0;
    return true;
#else
    return h->since_collection + size > h->trigger && h->enabled && !h->collecting;
#endif
}

static ClStatus out_of_memory(ClState *S)
{
    return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory (heap of %zu bytes)",
                     S->heap.allocated);
}

// Makes room for `size` bytes: collects when due; fails when the limit stays exceeded.
static bool prepare(ClState *S, size_t size)
{
    Heap *h = &S->heap;
    h->total_allocations++;
    if (CL_UNLIKELY(S->config.fail_allocation_after != 0 &&
                    h->total_allocations >= S->config.fail_allocation_after))
        return false;
    if (CL_UNLIKELY(h->budgeted)) {
        if (size > h->budget_left)
            return false;
        h->budget_left -= size;
    }
    if (CL_UNLIKELY(should_collect(h, size)))
        cl_gc_collect(S);
    if (CL_UNLIKELY(h->limit != 0 && h->allocated + h->external + size > h->limit)) {
        if (!h->collecting)
            cl_gc_collect(S);
        if (h->allocated + h->external + size > h->limit)
            return false;
    }
    h->since_collection += size;
    h->allocated += size;
    set_fast_trigger(h);
    return true;
}

// The general allocation path: collections, limits, new pages, large objects.
static CL_NOINLINE Obj *alloc_slow(ClState *S, ObjType type, size_t size)
{
    if (CL_UNLIKELY(!prepare(S, size))) {
        out_of_memory(S);
        return NULL;
    }
    Obj *o;
    if (size <= CL_SMALL_OBJECT_MAX) {
        SizeClass *c = &S->heap.classes[size_class_of(size)];
        o = take_slot(c);
        if (CL_UNLIKELY(!o)) {
            if (!add_page(&S->heap, c)) {
                out_of_memory(S);
                return NULL;
            }
            o = take_slot(c);
        }
        memset(o, 0, c->slot_size);
    } else {
        LargeObject *l = calloc(1, sizeof(LargeObject) + size);
        if (!l) {
            out_of_memory(S);
            return NULL;
        }
        l->size = size;
        l->next = S->heap.large;
        S->heap.large = l;
        o = (Obj *)l->object;
        o->flags = OBJF_LARGE;
    }
    o->type = (uint8_t)type;
    return o;
}

Obj *cl_alloc_object(ClState *S, ObjType type, size_t size)
{
    Heap *h = &S->heap;
    if (CL_LIKELY(size <= CL_SMALL_OBJECT_MAX && !h->careful &&
                  h->since_collection + size <= h->fast_trigger)) {
        SizeClass *c = &h->classes[size_class_of(size)];
        Obj *o = take_slot(c);
        if (CL_LIKELY(o != NULL)) {
            h->total_allocations++;
            h->since_collection += size;
            h->allocated += size;
            memset(o, 0, c->slot_size);
            o->type = (uint8_t)type;
            return o;
        }
    }
    return alloc_slow(S, type, size);
}

// The general path of cl_alloc_cell (runtime.h): a collection or the limit is due, the cell
// pages are full, or every allocation takes this path. May collect.
CL_NOINLINE Cell *cl_alloc_cell_slow(ClState *S, Value head, Value tail)
{
    SizeClass *c = &S->heap.cells;
    RootMark mark = cl_root(S, &head);
    cl_root(S, &tail);
    bool ok = prepare(S, sizeof(Cell));
    Cell *cell = ok ? take_slot(c) : NULL;
    if (ok && !cell && add_page(&S->heap, c))
        cell = take_slot(c);
    cl_unroot(S, mark);
    if (!cell) {
        out_of_memory(S);
        return NULL;
    }
    cell->head = head;
    cell->tail = tail;
    return cell;
}

void cl_heap_note_external(ClState *S, ptrdiff_t bytes)
{
    Heap *h = &S->heap;
    if (bytes < 0 && (size_t)-bytes > h->external)
        h->external = 0;
    else
        h->external += (size_t)bytes;
    if (bytes > 0)
        h->since_collection += (size_t)bytes;
    set_fast_trigger(h);
}

void cl_roots_grow(ClState *S)
{
    uint32_t capacity = S->roots.capacity ? S->roots.capacity * 2 : 64;
    Value **items = realloc(S->roots.items, capacity * sizeof *items);
    if (!items) {
        // Rooting cannot fail without leaving a C local exposed; the preallocated capacity
        // (see cl_open) makes this unreachable for any bounded C nesting.
        abort();
    }
    S->roots.items = items;
    S->roots.capacity = capacity;
}

// ---------------------------------------------------------------------------------------------
// Marking

static inline Page *page_of(const void *p)
{
    return (Page *)((uintptr_t)p & ~(uintptr_t)(CL_PAGE_SIZE - 1));
}

static void gray_push(Heap *h, Value v)
{
    if (CL_UNLIKELY(h->gray_count == h->gray_capacity)) {
        size_t capacity = h->gray_capacity ? h->gray_capacity * 2 : 1024;
        Value *gray = realloc(h->gray, capacity * sizeof *gray);
        if (!gray) {
            h->gray_overflow = true;
            return;
        }
        h->gray = gray;
        h->gray_capacity = capacity;
    }
    h->gray[h->gray_count++] = v;
}

// Marks `v`; objects with children go on the mark stack. Returns nothing: idempotent.
static inline void mark_value(Heap *h, Value v)
{
    if (cl_is_cell(v)) {
        Cell *c = cl_as_cell(v);
        Page *p = page_of(c);
        size_t index = ((uintptr_t)c - (uintptr_t)p) / sizeof(Cell);
        uint64_t bit = (uint64_t)1 << (index & 63);
        if (!(p->marks[index >> 6] & bit)) {
            p->marks[index >> 6] |= bit;
            gray_push(h, v);
        }
    } else if (cl_is_object(v) && v != 0) {
        Obj *o = cl_as_object(v);
        if (!o->mark) {
            o->mark = 1;
            if (o->type != OBJ_FLOAT && o->type != OBJ_BIGINT && o->type != OBJ_STRING)
                gray_push(h, v);
        }
    }
}

static inline void mark_object(Heap *h, const void *o)
{
    if (o)
        mark_value(h, cl_from_object(o));
}

static void mark_values(Heap *h, const Value *values, size_t count)
{
    for (size_t i = 0; i < count; i++)
        mark_value(h, values[i]);
}

// Marks the direct children of a gray value.
static void scan(Heap *h, Value v)
{
    if (cl_is_cell(v)) {
        // Walk the spine here so that a long list needs one mark-stack entry, not n.
        Cell *c = cl_as_cell(v);
        for (;;) {
            mark_value(h, c->head);
            Value tail = c->tail;
            if (!cl_is_cell(tail))
                return;
            Cell *t = cl_as_cell(tail);
            Page *p = page_of(t);
            size_t index = ((uintptr_t)t - (uintptr_t)p) / sizeof(Cell);
            uint64_t bit = (uint64_t)1 << (index & 63);
            if (p->marks[index >> 6] & bit)
                return;
            p->marks[index >> 6] |= bit;
            c = t;
        }
    }
    Obj *o = cl_as_object(v);
    switch ((ObjType)o->type) {
    case OBJ_TUPLE:
        mark_values(h, ((Tuple *)o)->items, o->aux);
        break;
    case OBJ_ADT:
        mark_object(h, ((Adt *)o)->ctor);
        mark_values(h, ((Adt *)o)->fields, o->aux);
        break;
    case OBJ_CTOR:
        mark_object(h, ((Ctor *)o)->type_name);
        mark_object(h, ((Ctor *)o)->name);
        break;
    case OBJ_CLOSURE:
        mark_object(h, ((Closure *)o)->proto);
        mark_object(h, ((Closure *)o)->name);
        mark_values(h, ((Closure *)o)->captures, o->aux);
        break;
    case OBJ_PROTO: {
        Proto *p = (Proto *)o;
        mark_values(h, p->constants, p->constant_count);
        mark_object(h, p->module);
        mark_object(h, p->name);
        mark_value(h, p->param_names);
        mark_value(h, p->capture_names);
        break;
    }
    case OBJ_BOX:
        mark_value(h, ((Box *)o)->value);
        break;
    case OBJ_FILE:
        mark_object(h, ((File *)o)->path);
        break;
    case OBJ_MODULE: {
        Module *m = (Module *)o;
        mark_object(h, m->path);
        mark_object(h, m->name);
        mark_values(h, m->globals, m->global_count);
        for (uint32_t i = 0; i < m->global_count; i++)
            mark_object(h, m->global_names[i]);
        mark_value(h, m->exports);
        mark_value(h, m->folded_keep);
        break;
    }
    case OBJ_ARRAY:
        mark_values(h, ((Array *)o)->items, ((Array *)o)->count);
        break;
    case OBJ_DICT:
    case OBJ_DICTNODE:
        cl_dict_mark_children(h, o);
        break;
    default:
        break;
    }
}

void cl_gc_mark_value(Heap *h, Value v) { mark_value(h, v); }

static void mark_state(ClState *S)
{
    Heap *h = &S->heap;
    // The VM stack up to the top of the innermost frame, then clear what lies above it so that
    // no stale pointer survives into a later frame's registers.
    uint32_t top = 0;
    if (S->frame_count > 0) {
        Frame *f = &S->frames[S->frame_count - 1];
        top = f->base + (f->closure ? f->closure->proto->register_count : 0) + 1;
        if (top < S->stack_top_hint)
            top = S->stack_top_hint;
    } else {
        top = S->stack_top_hint;
    }
    if (top > S->stack_capacity)
        top = S->stack_capacity;
    mark_values(h, S->stack, top);
    for (uint32_t i = top; i < S->stack_high_water && i < S->stack_capacity; i++)
        S->stack[i] = CL_NIL;
    S->stack_high_water = top;
    for (uint32_t i = 0; i < S->frame_count; i++) {
        mark_object(h, S->frames[i].closure);
        // Only these frames set saved_handlers (state.h); the call fast path leaves it unset.
        if (S->frames[i].flags & (FRAME_RESTORE_HANDLERS | FRAME_CATCH))
            mark_value(h, S->frames[i].saved_handlers);
    }
    for (uint32_t i = 0; i < S->roots.count; i++)
        mark_value(h, *S->roots.items[i]);
    mark_values(h, S->handles, S->handle_count);
    mark_values(h, S->slots, S->slot_count);
    mark_object(h, S->main_module);
    mark_object(h, S->prelude);
    Value fields[] = {S->modules, S->builtins, S->loading_stack, S->effect_ops, S->handlers,
                      S->store, S->transactions, S->error_handlers, S->error_log, S->contracts,
                      S->network_mocks, S->error.type, S->error.payload,
                      S->error.message_value, S->intrinsics, S->contract_caller};
    mark_values(h, fields, sizeof fields / sizeof fields[0]);
    mark_value(h, S->request.function);
    mark_values(h, S->request.args, S->request.argc);
    mark_value(h, S->request.list_args);
    mark_value(h, S->request.handlers);
    if (S->mark_extra)
        S->mark_extra(S);
}

static void drain(Heap *h)
{
    while (h->gray_count > 0)
        scan(h, h->gray[--h->gray_count]);
}

// After the mark stack failed to grow: rescans every marked object until nothing new is found.
static void rescan_after_overflow(ClState *S)
{
    Heap *h = &S->heap;
    while (h->gray_overflow) {
        h->gray_overflow = false;
        for (int i = 0; i < CL_SIZE_CLASS_COUNT; i++)
            for (Page *p = h->classes[i].pages; p; p = p->next)
                for (uint32_t j = 0, high = page_high(&h->classes[i], p); j < high; j++) {
                    Obj *o = (Obj *)((char *)p + p->first_slot + (size_t)j * p->slot_size);
                    if (o->type != OBJ_FREE && o->mark) {
                        scan(h, cl_from_object(o));
                        drain(h);
                    }
                }
        for (Page *p = h->cells.pages; p; p = p->next)
            for (uint32_t j = p->first_slot / sizeof(Cell),
                          end = j + page_high(&h->cells, p); j < end; j++)
                if (p->marks[j >> 6] & ((uint64_t)1 << (j & 63))) {
                    scan(h, cl_from_cell((Cell *)((char *)p + (size_t)j * sizeof(Cell))));
                    drain(h);
                }
        for (LargeObject *l = h->large; l; l = l->next)
            if (((Obj *)l->object)->mark) {
                scan(h, cl_from_object(l->object));
                drain(h);
            }
    }
}

// ---------------------------------------------------------------------------------------------
// Sweeping

// Releases what an object holds outside the heap.
static void finalize(ClState *S, Obj *o)
{
    switch ((ObjType)o->type) {
    case OBJ_BIGINT: {
        mp_int *m = &((BigInt *)o)->n;
        cl_heap_note_external(S, -(ptrdiff_t)((size_t)m->alloc * sizeof(mp_digit)));
        mp_clear(m);
        break;
    }
    case OBJ_PROTO:
        cl_proto_free_code((Proto *)o);
        break;
    case OBJ_FILE:
        if (((File *)o)->fp)
            fclose(((File *)o)->fp);
        break;
    case OBJ_ARRAY:
        cl_heap_note_external(S, -(ptrdiff_t)(((Array *)o)->capacity * sizeof(Value)));
        free(((Array *)o)->items);
        break;
    case OBJ_MODULE:
        cl_module_free_parts((Module *)o);
        break;
    case OBJ_BUILTIN:
        if (((Builtin *)o)->user)
            free((char *)((Builtin *)o)->name);  // embedder builtins own a copy of the name
        break;
    default:
        break;
    }
}

static size_t sweep_objects(ClState *S, SizeClass *c, uint64_t *freed)
{
    size_t live_bytes = 0;
    void *free_list = NULL;
    for (Page *p = c->pages; p; p = p->next) {
        char *base = (char *)p + p->first_slot;
        uint32_t live = 0;
        for (uint32_t i = page_high(c, p); i-- > 0;) {
            Obj *o = (Obj *)(base + (size_t)i * p->slot_size);
            if (o->type != OBJ_FREE) {
                if (o->mark) {
                    o->mark = 0;
                    live++;
                    continue;
                }
                finalize(S, o);
                o->type = OBJ_FREE;
                (*freed)++;
            }
            *(void **)((char *)o + 8) = free_list;
            free_list = o;
        }
        p->live = live;
        live_bytes += (size_t)live * p->slot_size;
    }
    c->free = free_list;
    return live_bytes;
}

static size_t sweep_cells(SizeClass *c, uint64_t *freed, uint64_t *live_count)
{
    size_t live_bytes = 0;
    void *free_list = NULL;
    for (Page *p = c->pages; p; p = p->next) {
        uint32_t first = p->first_slot / sizeof(Cell);
        uint32_t live = 0;
        for (uint32_t i = first + page_high(c, p); i-- > first;) {
            uint64_t bit = (uint64_t)1 << (i & 63);
            Cell *cell = (Cell *)((char *)p + (size_t)i * sizeof(Cell));
            if (p->marks[i >> 6] & bit) {
                live++;
                continue;
            }
            if (cell->head != CL_HOLE) {
                (*freed)++;
                cell->head = CL_HOLE;
            }
            *(void **)((char *)cell + 8) = free_list;
            free_list = cell;
        }
        memset(p->marks, 0, sizeof p->marks);
        p->live = live;
        *live_count += live;
        live_bytes += (size_t)live * sizeof(Cell);
    }
    c->free = free_list;
    return live_bytes;
}

static size_t sweep_large(ClState *S, uint64_t *freed, uint64_t *live_count)
{
    size_t live_bytes = 0;
    LargeObject **link = &S->heap.large;
    while (*link) {
        LargeObject *l = *link;
        Obj *o = (Obj *)l->object;
        if (o->mark) {
            o->mark = 0;
            live_bytes += l->size;
            (*live_count)++;
            link = &l->next;
        } else {
            *link = l->next;
            finalize(S, o);
            free(l);
            (*freed)++;
        }
    }
    return live_bytes;
}

void cl_gc_collect(ClState *S)
{
    Heap *h = &S->heap;
    if (h->collecting)
        return;
    h->collecting = true;
    uint64_t start = now_ns();
    mark_state(S);
    drain(h);
    rescan_after_overflow(S);
    if (S->sweep_weak)
        S->sweep_weak(S);

    uint64_t freed = 0, live = 0;
    size_t live_bytes = 0;
    for (int i = 0; i < CL_SIZE_CLASS_COUNT; i++) {
        live_bytes += sweep_objects(S, &h->classes[i], &freed);
        for (Page *p = h->classes[i].pages; p; p = p->next)
            live += p->live;
    }
    live_bytes += sweep_cells(&h->cells, &freed, &live);
    live_bytes += sweep_large(S, &freed, &live);

    if (h->allocated > h->peak)
        h->peak = h->allocated;  // what was in use when the collection started
    h->allocated = live_bytes;
    h->since_collection = 0;
    size_t goal = (live_bytes + h->external) * 2;
    h->trigger = h->fixed_trigger ? h->fixed_trigger : goal > MIN_TRIGGER ? goal : MIN_TRIGGER;
    set_fast_trigger(h);
    h->collections++;
    h->objects_collected += freed;
    h->live_objects = live;
    uint64_t pause = now_ns() - start;
    h->pause_ns_total += pause;
    if (pause > h->pause_ns_max)
        h->pause_ns_max = pause;
    h->collecting = false;
}
