// print.c: the written form of values (LANGUAGE.md §10), which `eval`, the REPL, io:print and
// error messages all use. Nested values are written with an explicit work stack, so a list
// nested 10,000 deep prints without deep C recursion. Writing never allocates on the heap.
#include <stdlib.h>
#include <string.h>

#include "runtime/datetime.h"
#include "runtime/runtime.h"

typedef enum Step { WRITE, LIST_NEXT, TUPLE_NEXT, ADT_NEXT, DICT_NEXT, TEXT } Step;

typedef struct Work {
    uint8_t step;
    bool first;
    uint32_t index;
    Value value;
    const char *text;
} Work;

typedef struct WorkStack {
    Work *items;
    size_t count, capacity;
    Work inline_items[64];
    bool failed;  // the stack could not grow: the output is incomplete
} WorkStack;

static bool push(WorkStack *st, Work w)
{
    if (st->count == st->capacity) {
        size_t capacity = st->capacity * 2;
        Work *items = st->items == st->inline_items ? malloc(capacity * sizeof(Work))
                                                    : realloc(st->items, capacity * sizeof(Work));
        if (!items) {
            st->failed = true;
            return false;
        }
        if (st->items == st->inline_items)
            memcpy(items, st->inline_items, sizeof st->inline_items);
        st->items = items;
        st->capacity = capacity;
    }
    st->items[st->count++] = w;
    return true;
}

void cl_date_write(Buffer *b, Value v)
{
    const Date *d = (const Date *)cl_as_object(v);
    ClDateTime dt;
    char text[CL_DATETIME_ISO_SIZE + 1];
    bool is_date = !(d->h.flags & OBJF_DATETIME);
    if (cl_datetime_from_ticks(d->micros, is_date, &dt) != CL_DATE_OK) {
        cl_buffer_append_cstr(b, "#<date ?>");
        return;
    }
    size_t n = cl_datetime_iso_format(&dt, text);
    cl_buffer_printf(b, "#<%s %.*s>", is_date ? "date" : "datetime", (int)n, text);
}

const char *cl_type_name(Value v)
{
    if (cl_is_small_int(v))
        return "int";
    if (cl_is_cell(v) || v == CL_EMPTY)
        return "list";
    switch (v) {
    case CL_NIL:
        return "nil";
    case CL_TRUE:
    case CL_FALSE:
        return "bool";
    default:
        break;
    }
    if (!cl_is_object(v))
        return "internal";
    switch ((ObjType)CL_OBJ_TYPE(v)) {
    case OBJ_FLOAT:
        return "float";
    case OBJ_BIGINT:
        return "int";
    case OBJ_STRING:
        return "string";
    case OBJ_TUPLE:
        return "tuple";
    case OBJ_DICT:
        return cl_as_object(v)->flags & OBJF_SET ? "set" : "dict";
    case OBJ_ADT:
        return ((Adt *)cl_as_object(v))->ctor->type_name->bytes;
    case OBJ_CTOR:
        return "constructor";
    case OBJ_CLOSURE:
    case OBJ_BUILTIN:
        return "function";
    case OBJ_DATE:
        return cl_as_object(v)->flags & OBJF_DATETIME ? "datetime" : "date";
    case OBJ_FILE:
        return "file";
    default:
        return "internal";
    }
}

// Appends a string literal with the four escapes of §10.
static void write_string(Buffer *b, const String *s)
{
    cl_buffer_append(b, "\"", 1);
    const char *p = s->bytes, *run = p, *end = p + s->size;
    for (; p < end; p++) {
        const char *escape = NULL;
        switch (*p) {
        case '"':
            escape = "\\\"";
            break;
        case '\\':
            escape = "\\\\";
            break;
        case '\n':
            escape = "\\n";
            break;
        case '\t':
            escape = "\\t";
            break;
        default:
            continue;
        }
        cl_buffer_append(b, run, (size_t)(p - run));
        cl_buffer_append(b, escape, 2);
        run = p + 1;
    }
    cl_buffer_append(b, run, (size_t)(end - run));
    cl_buffer_append(b, "\"", 1);
}

static void write_function(Buffer *b, Value v)
{
    Obj *o = cl_as_object(v);
    if (o->type == OBJ_BUILTIN) {
        cl_buffer_printf(b, "#<builtin %s>", ((Builtin *)o)->name);
        return;
    }
    if (o->type == OBJ_CTOR) {
        cl_buffer_printf(b, "#<constructor %s>", ((Ctor *)o)->name->bytes);
        return;
    }
    Closure *c = (Closure *)o;
    String *name = c->name ? c->name : c->proto->name;
    if (c->proto->h.flags & OBJF_SHOW_BUILTIN)
        cl_buffer_printf(b, "#<builtin %s>", name ? name->bytes : "?");
    else if (name)
        cl_buffer_printf(b, "#<function %s>", name->bytes);
    else
        cl_buffer_append_cstr(b, "#<function>");
}

// Writes an atom, or opens a compound value and pushes the work that finishes it.
static void write_one(ClState *S, Buffer *b, WorkStack *st, Value v)
{
    if (cl_is_number(v)) {
        cl_num_write(b, v);
        return;
    }
    if (cl_is_cell(v)) {
        cl_buffer_append(b, "[", 1);
        push(st, (Work){.step = LIST_NEXT, .first = true, .value = v});
        return;
    }
    switch (v) {
    case CL_NIL:
        cl_buffer_append_cstr(b, "nil");
        return;
    case CL_TRUE:
        cl_buffer_append_cstr(b, "#t");
        return;
    case CL_FALSE:
        cl_buffer_append_cstr(b, "#f");
        return;
    case CL_EMPTY:
        cl_buffer_append_cstr(b, "[]");
        return;
    default:
        break;
    }
    if (!cl_is_object(v)) {
        cl_buffer_append_cstr(b, "#<internal>");
        return;
    }
    Obj *o = cl_as_object(v);
    switch ((ObjType)o->type) {
    case OBJ_STRING:
        write_string(b, (String *)o);
        return;
    case OBJ_TUPLE:
        cl_buffer_append_cstr(b, "(tuple");
        push(st, (Work){.step = TUPLE_NEXT, .value = v});
        return;
    case OBJ_ADT:
        cl_buffer_printf(b, "(%s", ((Adt *)o)->ctor->name->bytes);
        push(st, (Work){.step = ADT_NEXT, .value = v});
        return;
    case OBJ_DICT:
        cl_buffer_append_cstr(b, o->flags & OBJF_SET ? "#{" : "{");
        push(st, (Work){.step = DICT_NEXT, .first = true, .value = v});
        return;
    case OBJ_CLOSURE:
    case OBJ_BUILTIN:
    case OBJ_CTOR:
        write_function(b, v);
        return;
    case OBJ_DATE:
        cl_date_write(b, v);
        return;
    case OBJ_FILE:
        cl_buffer_printf(b, "#<file %s>", ((File *)o)->path->bytes);
        return;
    default:
        cl_buffer_append_cstr(b, "#<internal>");
        return;
    }
}

// Continues a dict or set: writes the next entry or the closing brace.
static void dict_next(ClState *S, Buffer *b, WorkStack *st, Work w)
{
    Value key, value;
    uint32_t cursor = w.index;
    bool is_set = cl_as_object(w.value)->flags & OBJF_SET;
    if (!cl_dict_next(w.value, &cursor, &key, &value)) {
        cl_buffer_append(b, "}", 1);
        return;
    }
    if (!w.first)
        cl_buffer_append_cstr(b, is_set ? " " : ", ");
    push(st, (Work){.step = DICT_NEXT, .index = cursor, .value = w.value});
    if (!is_set) {
        push(st, (Work){.step = WRITE, .value = value});
        push(st, (Work){.step = TEXT, .text = ": "});
    }
    push(st, (Work){.step = WRITE, .value = key});
}

// Performs one unit of work.
static void step(ClState *S, Buffer *b, WorkStack *st, Work w)
{
    switch ((Step)w.step) {
    case WRITE:
        write_one(S, b, st, w.value);
        break;
    case TEXT:
        cl_buffer_append_cstr(b, w.text);
        break;
    case LIST_NEXT:
        if (w.value == CL_EMPTY) {
            cl_buffer_append(b, "]", 1);
            break;
        }
        if (!w.first)
            cl_buffer_append(b, " ", 1);
        push(st, (Work){.step = LIST_NEXT, .value = cl_as_cell(w.value)->tail});
        push(st, (Work){.step = WRITE, .value = cl_as_cell(w.value)->head});
        break;
    case TUPLE_NEXT:
    case ADT_NEXT: {
        Obj *o = cl_as_object(w.value);
        if (w.index == o->aux) {
            cl_buffer_append(b, ")", 1);
            break;
        }
        Value item = w.step == TUPLE_NEXT ? ((Tuple *)o)->items[w.index]
                                          : ((Adt *)o)->fields[w.index];
        cl_buffer_append(b, " ", 1);
        push(st, (Work){.step = w.step, .index = w.index + 1, .value = w.value});
        push(st, (Work){.step = WRITE, .value = item});
        break;
    }
    case DICT_NEXT:
        dict_next(S, b, st, w);
        break;
    }
}

void cl_describe_value(ClState *S, Buffer *b, Value v)
{
    const char *type = cl_type_name(v);
    size_t start = b->size;
    cl_write_value(S, b, v);
    if (b->failed)
        return;
    size_t length = b->size - start;
    if (length == strlen(type) && memcmp(b->bytes + start, type, length) == 0) {
        cl_buffer_append(b, "", 1);  // nil: its written form is its type name
        return;
    }
    if (length > 60) {
        b->size = start + 57;
        while (b->size > start && ((unsigned char)b->bytes[b->size] & 0xC0) == 0x80)
            b->size--;  // do not cut a character in two
        cl_buffer_append_cstr(b, "...");
    }
    cl_buffer_append(b, "", 1);
    size_t written = b->size - start;  // the written form and its NUL, moved after the type
    size_t prefix = strlen(type) + 1;
    cl_buffer_append(b, type, prefix);
    if (b->failed)
        return;
    memmove(b->bytes + start + prefix, b->bytes + start, written);
    memcpy(b->bytes + start, type, prefix - 1);
    b->bytes[start + prefix - 1] = ' ';
}

void cl_write_value(ClState *S, Buffer *b, Value v)
{
    WorkStack st = {.capacity = 64};
    st.items = st.inline_items;
    write_one(S, b, &st, v);
    while (st.count > 0 && !b->failed && !st.failed)
        step(S, b, &st, st.items[--st.count]);
    if (st.failed)
        b->failed = true;
    if (st.items != st.inline_items)
        free(st.items);
}

void cl_display_value(ClState *S, Buffer *b, Value v)
{
    if (cl_is_string(v))
        cl_buffer_append(b, cl_as_string(v)->bytes, cl_as_string(v)->size);
    else
        cl_write_value(S, b, v);
}
