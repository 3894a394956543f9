// json.c: json-parse and json-stringify (LANGUAGE.md §15.12), with the semantics of Python's
// json.loads and json.dumps (default arguments) that the reference used. Both walk nested
// values with explicit stacks, so nesting depth is bounded by memory, never by the C stack.
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lib/lib.h"
#include "runtime/numconv.h"

// ---------------------------------------------------------------------------------------------
// Reading (json.loads)

// An array or object still open while its elements are read. Its finished elements (for an
// object: key, value, key, value ...) sit on the value stack from index `start` on.
typedef struct Open {
    char kind;        // '[' or '{'
    uint32_t start;
} Open;

typedef struct Reader {
    ClState *S;
    const char *text;
    size_t size;
    size_t pos;          // byte offset of the next unread byte
    Value values;        // an Array: finished values not yet in a container (rooted)
    Open *open;          // malloc'd stack of open containers
    size_t open_count;
    size_t open_capacity;
} Reader;

// Raises value-error with Python's message and position: "Expecting value: line 1 column 5
// (char 4)", the column and char counting code points.
static ClStatus syntax_error(Reader *r, const char *what, size_t at)
{
    size_t chars = 0, line = 1, column = 1;
    for (size_t i = 0; i < at && i < r->size; i++) {
        if (((unsigned char)r->text[i] & 0xC0) == 0x80)
            continue;
        chars++;
        column++;
        if (r->text[i] == '\n') {
            line++;
            column = 1;
        }
    }
    return cl_raisef(r->S, CL_ERR_VALUE_ERROR, "json-parse: %s: line %zu column %zu (char %zu)",
                     what, line, column, chars);
}

// Skips JSON whitespace: space, tab, LF, CR (nothing else, as Python's json).
static void skip_space(Reader *r)
{
    while (r->pos < r->size) {
        char c = r->text[r->pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        r->pos++;
    }
}

// Whether the next byte is `c`.
static bool at(const Reader *r, char c) { return r->pos < r->size && r->text[r->pos] == c; }

// Whether the bytes at the read position spell `word`.
static bool at_word(const Reader *r, const char *word)
{
    size_t n = strlen(word);
    return r->size - r->pos >= n && memcmp(r->text + r->pos, word, n) == 0;
}

// Pushes a finished value onto the value stack (no collection: the Array grows by malloc).
static ClStatus push_value(Reader *r, Value v)
{
    return cl_array_push(r->S, r->values, v);
}

// The value stack as its Array object.
static Array *value_stack(const Reader *r) { return (Array *)cl_as_object(r->values); }

// The value of the four hex digits at `p`, or -1 if they are not all hex digits.
static int32_t hex4(const char *p)
{
    int32_t v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        int d = c >= '0' && c <= '9' ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

// Appends the UTF-8 bytes of the code point `cp` (not a surrogate).
static void append_utf8(Buffer *b, uint32_t cp)
{
    char out[4];
    size_t n;
    if (cp < 0x80) {
        out[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        out[0] = (char)(0xF0 | (cp >> 18));
        out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    cl_buffer_append(b, out, n);
}

// Reads a \uXXXX escape whose `u` is at r->pos (surrogate pairs joined, as Python does) and
// appends its character. A lone surrogate cannot be held by a UTF-8 string: value-error.
static ClStatus read_unicode_escape(Reader *r, Buffer *b)
{
    size_t escape = r->pos - 1;
    int32_t cp = r->pos + 5 < r->size ? hex4(r->text + r->pos + 1) : -1;
    if (cp < 0)
        return syntax_error(r, "Invalid \\uXXXX escape", escape);
    r->pos += 5;
    if (cp >= 0xD800 && cp <= 0xDBFF && r->pos + 6 < r->size && r->text[r->pos] == '\\' &&
        r->text[r->pos + 1] == 'u') {
        int32_t low = hex4(r->text + r->pos + 2);
        if (low < 0)
            return syntax_error(r, "Invalid \\uXXXX escape", r->pos);
        if (low >= 0xDC00 && low <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            r->pos += 6;
        }
    }
    if (cp >= 0xD800 && cp <= 0xDFFF)
        return syntax_error(r, "Lone surrogate escape (not representable)", escape);
    append_utf8(b, (uint32_t)cp);
    return CL_OK;
}

// Reads one escape after a backslash (r->pos at the character after it) into `b`.
static ClStatus read_escape(Reader *r, Buffer *b, size_t quote)
{
    if (r->pos >= r->size)
        return syntax_error(r, "Unterminated string starting at", quote);
    char c = r->text[r->pos];
    const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
    const char *hit = c ? strchr(from, c) : NULL;
    if (hit) {
        cl_buffer_append(b, to + (hit - from), 1);
        r->pos++;
        return CL_OK;
    }
    if (c == 'u')
        return read_unicode_escape(r, b);
    return syntax_error(r, "Invalid \\escape", r->pos - 1);
}

// string := '"' (char | escape)* '"'; r->pos is at the opening quote. Pushes the string.
// Control characters inside are errors (Python's strict mode). May collect.
static ClStatus read_string(Reader *r)
{
    size_t quote = r->pos++, run = r->pos;
    Buffer b;
    cl_buffer_init(&b);
    for (;;) {
        while (r->pos < r->size && r->text[r->pos] != '"' && r->text[r->pos] != '\\' &&
               (unsigned char)r->text[r->pos] >= 0x20)
            r->pos++;
        if (r->pos >= r->size) {
            cl_buffer_fini(&b);
            return syntax_error(r, "Unterminated string starting at", quote);
        }
        char c = r->text[r->pos];
        if ((unsigned char)c < 0x20) {
            cl_buffer_fini(&b);
            return syntax_error(r, "Invalid control character at", r->pos);
        }
        cl_buffer_append(&b, r->text + run, r->pos - run);
        r->pos++;
        if (c == '"')
            break;
        if (read_escape(r, &b, quote) != CL_OK) {
            cl_buffer_fini(&b);
            return CL_ERROR;
        }
        run = r->pos;
    }
    Value s;
    TRY(cl_buffer_to_string(r->S, &b, &s));
    return push_value(r, s);
}

// The offset of the first non-digit at or after `i`.
static size_t skip_digits(const Reader *r, size_t i)
{
    while (i < r->size && r->text[i] >= '0' && r->text[i] <= '9')
        i++;
    return i;
}

// Whether the byte at `i` is an ASCII digit.
static bool digit_at(const Reader *r, size_t i)
{
    return i < r->size && r->text[i] >= '0' && r->text[i] <= '9';
}

// number := '-'? ('0' | [1-9][0-9]*) ('.' [0-9]+)? ([eE] [-+]? [0-9]+)?, Python's pattern: a
// fraction or exponent that is not complete is left unread. An int without fraction or
// exponent, of any size; otherwise the nearest float. False when no number starts here.
static bool scan_number(const Reader *r, size_t *end, bool *is_float)
{
    size_t i = r->pos;
    if (i < r->size && r->text[i] == '-')
        i++;
    if (!digit_at(r, i))
        return false;
    i = r->text[i] == '0' ? i + 1 : skip_digits(r, i);
    *is_float = false;
    if (i < r->size && r->text[i] == '.' && digit_at(r, i + 1)) {
        i = skip_digits(r, i + 1);
        *is_float = true;
    }
    if (i < r->size && (r->text[i] == 'e' || r->text[i] == 'E')) {
        size_t j = i + 1;
        if (j < r->size && (r->text[j] == '+' || r->text[j] == '-'))
            j++;
        if (digit_at(r, j)) {
            i = skip_digits(r, j);
            *is_float = true;
        }
    }
    *end = i;
    return true;
}

// Pushes a new float. May collect.
static ClStatus push_float(Reader *r, double d)
{
    Value v;
    TRY(cl_float_new(r->S, d, &v));
    return push_value(r, v);
}

// A number or one of the words true, false, null, NaN, Infinity, -Infinity. May collect.
static ClStatus read_atom(Reader *r)
{
    static const struct {
        const char *word;
        Value value;
    } words[] = {{"true", CL_TRUE}, {"false", CL_FALSE}, {"null", CL_NIL}};
    for (size_t i = 0; i < 3; i++) {
        if (at_word(r, words[i].word)) {
            r->pos += strlen(words[i].word);
            return push_value(r, words[i].value);
        }
    }
    if (at_word(r, "NaN") || at_word(r, "Infinity") || at_word(r, "-Infinity")) {
        double d = r->text[r->pos] == 'N' ? NAN : r->text[r->pos] == '-' ? -INFINITY : INFINITY;
        r->pos += r->text[r->pos] == 'N' ? 3 : r->text[r->pos] == '-' ? 9 : 8;
        return push_float(r, d);
    }
    size_t end;
    bool is_float;
    if (!scan_number(r, &end, &is_float))
        return syntax_error(r, "Expecting value", r->pos);
    const char *start = r->text + r->pos;
    r->pos = end;
    if (!is_float) {
        Value v;
        TRY(cl_int_from_text(r->S, start, (size_t)(r->text + end - start), &v));
        return push_value(r, v);
    }
    double d;
    NumStatus st = cl_num_parse_float(start, (size_t)(r->text + end - start), &d);
    if (st == NUM_NOMEM)
        return cl_raisef(r->S, CL_ERR_OUT_OF_MEMORY, "out of memory while reading a number");
    return push_float(r, d);
}

// Records an open array or object whose elements start at the top of the value stack.
static ClStatus open_container(Reader *r, char kind)
{
    if (r->open_count == r->open_capacity) {
        size_t capacity = r->open_capacity ? r->open_capacity * 2 : 16;
        Open *grown = realloc(r->open, capacity * sizeof *grown);
        if (!grown)
            return cl_raisef(r->S, CL_ERR_OUT_OF_MEMORY, "out of memory while reading JSON");
        r->open = grown;
        r->open_capacity = capacity;
    }
    r->open[r->open_count++] = (Open){kind, value_stack(r)->count};
    return CL_OK;
}

// Replaces the values from `start` on by the list or dict they make. May collect.
static ClStatus close_container(Reader *r, char kind, uint32_t start)
{
    Array *stack = value_stack(r);
    Value made = CL_EMPTY;
    RootMark mark = cl_root(r->S, &made);
    ClStatus status;
    if (kind == '[') {
        status = cl_list_from_array(r->S, stack->items + start, stack->count - start, &made);
    } else {
        // A repeated key keeps its first position and takes the last value (cl_dict_set).
        status = cl_dict_new(r->S, false, &made);
        for (uint32_t i = start; i + 1 < stack->count && status == CL_OK; i += 2)
            status = cl_dict_set(r->S, made, stack->items[i], stack->items[i + 1], &made);
    }
    if (status == CL_OK) {
        stack->count = start;
        status = push_value(r, made);
    }
    cl_unroot(r->S, mark);
    return status;
}

// Reads `"key" :` inside an object, pushing the key. r->pos is where the key should start.
static ClStatus read_key(Reader *r)
{
    if (!at(r, '"'))
        return syntax_error(r, "Expecting property name enclosed in double quotes", r->pos);
    TRY(read_string(r));
    skip_space(r);
    if (!at(r, ':'))
        return syntax_error(r, "Expecting ':' delimiter", r->pos);
    r->pos++;
    return CL_OK;
}

// Reads the start of a value: an atom or string is pushed whole; `[` or `{` opens a container
// and, unless it is empty, leaves *more set so that its first element is read next.
static ClStatus read_value_start(Reader *r, bool *more)
{
    skip_space(r);
    *more = false;
    if (at(r, '"'))
        return read_string(r);
    if (!at(r, '[') && !at(r, '{'))
        return read_atom(r);
    char kind = r->text[r->pos++];
    char close = kind == '[' ? ']' : '}';
    skip_space(r);
    if (at(r, close)) {  // [] or {}
        r->pos++;
        if (kind == '[')
            return push_value(r, CL_EMPTY);
        return close_container(r, '{', value_stack(r)->count);
    }
    TRY(open_container(r, kind));
    if (kind == '{')
        TRY(read_key(r));
    *more = true;
    return CL_OK;
}

// After a finished element of the innermost container: a `,` (then *more: read the next
// element) or the closing bracket (the container is finished; repeat for its parent).
static ClStatus after_element(Reader *r, bool *more)
{
    *more = false;
    while (r->open_count > 0 && !*more) {
        Open top = r->open[r->open_count - 1];
        char close = top.kind == '[' ? ']' : '}';
        skip_space(r);
        if (at(r, ',')) {
            r->pos++;
            if (top.kind == '{') {
                skip_space(r);
                TRY(read_key(r));
            }
            *more = true;
        } else if (at(r, close)) {
            r->pos++;
            r->open_count--;
            TRY(close_container(r, top.kind, top.start));
        } else {
            return syntax_error(r, "Expecting ',' delimiter", r->pos);
        }
    }
    return CL_OK;
}

// document := ws value ws. May collect.
static ClStatus read_document(Reader *r, Value *out)
{
    bool more = true;
    while (more) {
        TRY(read_value_start(r, &more));
        if (!more)
            TRY(after_element(r, &more));
    }
    skip_space(r);
    if (r->pos < r->size)
        return syntax_error(r, "Extra data", r->pos);
    *out = value_stack(r)->items[0];
    return CL_OK;
}

// (json-parse TEXT): the value of the JSON text; value-error for anything json.loads rejects.
static int json_parse(ClState *S, Value *args, int argc, Value *result)
{
    String *text = NULL;
    TRY(cl_arg_string(S, "json-parse", args, 0, &text));
    Reader r = {.S = S, .text = text->bytes, .size = text->size, .values = CL_NIL};
    RootMark mark = cl_root(S, &r.values);
    ClStatus status = cl_array_new(S, 16, &r.values);
    if (status == CL_OK)
        status = read_document(&r, result);
    cl_unroot(S, mark);
    free(r.open);
    return status;
}

// ---------------------------------------------------------------------------------------------
// Writing (json.dumps)

// Appends `s` as a JSON string with ensure_ascii: the short escapes, every other character
// outside U+0020..U+007E as \uXXXX (lowercase hex, a surrogate pair above U+FFFF).
static void write_string(Buffer *b, const String *s)
{
    const unsigned char *p = (const unsigned char *)s->bytes, *end = p + s->size;
    cl_buffer_append(b, "\"", 1);
    while (p < end) {
        uint32_t cp = *p;
        int extra = cp < 0x80 ? 0 : cp < 0xE0 ? 1 : cp < 0xF0 ? 2 : 3;
        if (extra)
            cp &= 0x3F >> extra;
        for (int i = 1; i <= extra && p + i < end; i++)
            cp = (cp << 6) | (p[i] & 0x3F);
        p += extra + 1;
        const char *named = cp == '"'    ? "\\\""
                            : cp == '\\' ? "\\\\"
                            : cp == '\n' ? "\\n"
                            : cp == '\r' ? "\\r"
                            : cp == '\t' ? "\\t"
                            : cp == '\b' ? "\\b"
                            : cp == '\f' ? "\\f"
                                         : NULL;
        if (named) {
            cl_buffer_append_cstr(b, named);
        } else if (cp >= 0x20 && cp <= 0x7E) {
            char c = (char)cp;
            cl_buffer_append(b, &c, 1);
        } else if (cp < 0x10000) {
            cl_buffer_printf(b, "\\u%04x", (unsigned)cp);
        } else {
            cp -= 0x10000;
            cl_buffer_printf(b, "\\u%04x\\u%04x", (unsigned)(0xD800 + (cp >> 10)),
                             (unsigned)(0xDC00 + (cp & 0x3FF)));
        }
    }
    cl_buffer_append(b, "\"", 1);
}

// Appends a float as Python's json does: its repr, or NaN, Infinity, -Infinity.
static void write_float(Buffer *b, double d)
{
    if (isnan(d)) {
        cl_buffer_append_cstr(b, "NaN");
    } else if (isinf(d)) {
        cl_buffer_append_cstr(b, d > 0 ? "Infinity" : "-Infinity");
    } else {
        char text[CL_NUM_FLOAT_TEXT_SIZE];
        cl_buffer_append(b, text, cl_num_float_text(d, text));
    }
}

// Appends a scalar (nil, boolean, number, string); false for any other value.
static bool write_scalar(Buffer *b, Value v)
{
    if (v == CL_NIL)
        cl_buffer_append_cstr(b, "null");
    else if (v == CL_TRUE)
        cl_buffer_append_cstr(b, "true");
    else if (v == CL_FALSE)
        cl_buffer_append_cstr(b, "false");
    else if (cl_is_float(v))
        write_float(b, cl_float_value(v));
    else if (cl_is_int(v))
        cl_num_write(b, v);
    else if (cl_is_string(v))
        write_string(b, cl_as_string(v));
    else
        return false;
    return true;
}

// A dict key: strings as they are; numbers, booleans and nil as the text of their JSON value,
// quoted (Python's json turns keys 1, 1.5, True, None into "1", "1.5", "true", "null").
static bool write_key(Buffer *b, Value key)
{
    if (cl_is_string(key))
        return write_scalar(b, key);
    if (!(cl_is_number(key) || cl_is_bool(key) || key == CL_NIL))
        return false;
    cl_buffer_append(b, "\"", 1);
    write_scalar(b, key);
    cl_buffer_append(b, "\"", 1);
    return true;
}

// A list, tuple or dict being written: where its next element comes from.
typedef struct Pending {
    Value container;
    Value rest;       // lists: the cells not yet written
    uint32_t cursor;  // tuples: the next index; dicts: the cl_dict_next cursor
    bool first;
} Pending;

typedef struct Writer {
    ClState *S;
    Buffer out;
    Pending *stack;
    size_t count;
    size_t capacity;
} Writer;

// Raises type-error for a value JSON cannot hold: "json-stringify: a value cannot be written as
// JSON, got set #{1 2}" (the value's written form shortened to one line of 60 bytes).
static ClStatus not_writable(ClState *S, const char *what, Value v)
{
    Buffer b;
    cl_buffer_init(&b);
    cl_describe_value(S, &b, v);
    cl_raisef(S, CL_ERR_TYPE_ERROR, "json-stringify: %s cannot be written as JSON, got %s", what,
              b.failed ? cl_type_name(v) : b.bytes);
    cl_buffer_fini(&b);
    return CL_ERROR;
}

// Whether `v` is a dict (not a set).
static bool is_plain_dict(Value v)
{
    return cl_is_obj_type(v, OBJ_DICT) && !(cl_as_object(v)->flags & OBJF_SET);
}

// Writes a scalar, or opens a list, tuple or dict (pushed to be continued). type-error for
// values JSON cannot hold.
static ClStatus write_start(Writer *w, Value v)
{
    if (write_scalar(&w->out, v))
        return CL_OK;
    bool is_list = cl_is_list(v), is_tuple = cl_is_obj_type(v, OBJ_TUPLE);
    if (!is_list && !is_tuple && !is_plain_dict(v))
        return not_writable(w->S, "a value", v);
    if (w->count == w->capacity) {
        size_t capacity = w->capacity ? w->capacity * 2 : 16;
        Pending *grown = realloc(w->stack, capacity * sizeof *grown);
        if (!grown)
            return cl_raisef(w->S, CL_ERR_OUT_OF_MEMORY, "out of memory while writing JSON");
        w->stack = grown;
        w->capacity = capacity;
    }
    w->stack[w->count++] = (Pending){.container = v, .rest = v, .cursor = 0, .first = true};
    cl_buffer_append(&w->out, is_list || is_tuple ? "[" : "{", 1);
    return CL_OK;
}

// Takes the next element of the innermost container into *next, writing the separator (and
// for a dict the key); false when the container is finished.
static ClStatus next_element(Writer *w, Pending *p, Value *next, bool *found)
{
    Value key;
    if (cl_is_list(p->container)) {
        *found = cl_is_cell(p->rest);
        if (*found) {
            *next = cl_as_cell(p->rest)->head;
            p->rest = cl_as_cell(p->rest)->tail;
        }
    } else if (cl_is_obj_type(p->container, OBJ_TUPLE)) {
        Tuple *t = cl_as_tuple(p->container);
        *found = p->cursor < t->h.aux;
        if (*found)
            *next = t->items[p->cursor++];
    } else {
        *found = cl_dict_next(p->container, &p->cursor, &key, next);
    }
    if (!*found)
        return CL_OK;
    if (!p->first)
        cl_buffer_append(&w->out, ", ", 2);
    p->first = false;
    if (cl_is_obj_type(p->container, OBJ_DICT)) {
        if (!write_key(&w->out, key))
            return not_writable(w->S, "a dict key", key);
        cl_buffer_append(&w->out, ": ", 2);
    }
    return CL_OK;
}

// Writes `v` into w->out. Allocates nothing on the heap, so no value needs rooting.
static ClStatus write_document(Writer *w, Value v)
{
    TRY(write_start(w, v));
    while (w->count > 0) {
        Pending *p = &w->stack[w->count - 1];
        Value next;
        bool found;
        TRY(next_element(w, p, &next, &found));
        if (found) {
            TRY(write_start(w, next));
            continue;
        }
        cl_buffer_append(&w->out, is_plain_dict(p->container) ? "}" : "]", 1);
        w->count--;
    }
    return CL_OK;
}

// (json-stringify X): JSON text as json.dumps writes it; type-error for values JSON cannot hold.
static int json_stringify(ClState *S, Value *args, int argc, Value *result)
{
    Writer w = {.S = S};
    cl_buffer_init(&w.out);
    ClStatus status = write_document(&w, args[0]);
    free(w.stack);
    if (status != CL_OK) {
        cl_buffer_fini(&w.out);
        return status;
    }
    return cl_buffer_to_string(S, &w.out, result);
}

static const LibFunction json[] = {
    {"json-parse", json_parse, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"json-stringify", json_stringify, 1, 1, CL_EFFECT_ERROR, 1, NULL},
};

// Registers json-parse and json-stringify.
ClStatus cl_lib_json_open(ClState *S) { return cl_lib_define(S, json, LIB_COUNT(json)); }
