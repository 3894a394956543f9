// diag.c: diagnostics and source positions. Holds the line map (byte offsets to line, column
// and UTF-16 column), the diagnostic list every stage appends to, and the renderer that turns
// a diagnostic into the error line, source excerpt and caret the command line prints.
#include "syntax/syntax_private.h"
#include "claudelang.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// ---------------------------------------------------------------------------------------------
// Line map

// A byte-order mark at the start is not part of line 1: columns count from the byte after it.
static uint32_t text_start(const char *source, size_t length)
{
    return length >= 3 && memcmp(source, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

bool cl_linemap_init(LineMap *map, const char *source, size_t length)
{
    if (length > UINT32_MAX)
        length = UINT32_MAX;
    uint32_t count = 1;
    for (const char *s = source, *end = source + length;
         (s = memchr(s, '\n', (size_t)(end - s))) != NULL; s++)
        count++;
    map->source = source;
    map->length = (uint32_t)length;
    map->count = count;
    map->starts = malloc(sizeof(uint32_t) * count);
    if (!map->starts) {
        map->count = 0;
        return false;
    }
    map->starts[0] = text_start(source, length);
    uint32_t line = 1;
    for (const char *s = source, *end = source + length;
         (s = memchr(s, '\n', (size_t)(end - s))) != NULL; s++)
        map->starts[line++] = (uint32_t)(s - source) + 1;
    return true;
}

void cl_linemap_fini(LineMap *map)
{
    free(map->starts);
    map->starts = NULL;
    map->count = 0;
}

// The index of the line holding `offset`: the last line start at or before it.
static uint32_t line_index(const LineMap *map, uint32_t offset)
{
    uint32_t low = 0, high = map->count;
    while (high - low > 1) {
        uint32_t middle = low + (high - low) / 2;
        if (map->starts[middle] <= offset)
            low = middle;
        else
            high = middle;
    }
    return low;
}

Position cl_linemap_position(const LineMap *map, uint32_t offset)
{
    Position position = {1, 1, 0};
    if (map->count == 0)
        return position;
    if (offset > map->length)
        offset = map->length;
    uint32_t index = line_index(map, offset);
    uint32_t start = map->starts[index];
    if (offset < start)
        offset = start;
    const unsigned char *s = (const unsigned char *)map->source;
    uint32_t points = 0, wide = 0;
    for (uint32_t i = start; i < offset; i++) {
        points += (s[i] & 0xC0) != 0x80;
        wide += s[i] >= 0xF0;
    }
    position.line = index + 1;
    position.column = points + 1;
    position.utf16_column = points + wide;
    return position;
}

const char *cl_linemap_line(const LineMap *map, uint32_t line, uint32_t *length)
{
    if (line == 0 || line > map->count) {
        *length = 0;
        return map->source + map->length;
    }
    uint32_t start = map->starts[line - 1];
    uint32_t end = line < map->count ? map->starts[line] - 1 : map->length;
    if (end > start && map->source[end - 1] == '\r' && line < map->count)
        end--;
    *length = end - start;
    return map->source + start;
}

// ---------------------------------------------------------------------------------------------
// Diagnostic lists

void cl_diags_init(DiagList *list)
{
    list->items = NULL;
    list->count = 0;
    list->capacity = 0;
}

void cl_diags_clear(DiagList *list)
{
    for (uint32_t i = 0; i < list->count; i++) {
        free(list->items[i].message);
        free(list->items[i].hint);
    }
    list->count = 0;
}

void cl_diags_fini(DiagList *list)
{
    cl_diags_clear(list);
    free(list->items);
    cl_diags_init(list);
}

// Formats into a malloc'd string, or NULL when out of memory.
static char *format_text(const char *format, va_list args)
{
    va_list copy;
    va_copy(copy, args);
    int length = vsnprintf(NULL, 0, format, copy);
    va_end(copy);
    if (length < 0)
        return NULL;
    char *text = malloc((size_t)length + 1);
    if (text)
        vsnprintf(text, (size_t)length + 1, format, args);
    return text;
}

Diagnostic *cl_diags_addv(DiagList *list, DiagSeverity severity, int kind, Span span,
                          const char *code, const char *format, va_list args)
{
    if (list->count == list->capacity) {
        uint32_t capacity = list->capacity ? list->capacity * 2 : 8;
        Diagnostic *items = realloc(list->items, sizeof(Diagnostic) * capacity);
        if (!items)
            return NULL;
        list->items = items;
        list->capacity = capacity;
    }
    char *message = format_text(format, args);
    if (!message)
        return NULL;
    Diagnostic *d = &list->items[list->count++];
    d->severity = (uint8_t)severity;
    d->kind = (uint8_t)kind;
    d->span = span;
    d->message = message;
    d->hint = NULL;
    d->related = (Span){0, 0};
    d->code = code;
    return d;
}

Diagnostic *cl_diags_add(DiagList *list, DiagSeverity severity, int kind, Span span,
                         const char *code, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    Diagnostic *d = cl_diags_addv(list, severity, kind, span, code, format, args);
    va_end(args);
    return d;
}

void cl_diag_set_hint(Diagnostic *d, Span related, const char *format, ...)
{
    if (!d)
        return;
    va_list args;
    va_start(args, format);
    char *hint = format_text(format, args);
    va_end(args);
    free(d->hint);
    d->hint = hint;
    d->related = related;
}

// Merges the sorted runs [low, middle) and [middle, high) by start; on a tie the earlier one in
// the list stays first.
static void merge_runs(Diagnostic *items, Diagnostic *buffer, uint32_t low, uint32_t middle,
                       uint32_t high)
{
    uint32_t i = low, j = middle, k = low;
    while (i < middle && j < high)
        buffer[k++] = items[j].span.start < items[i].span.start ? items[j++] : items[i++];
    while (i < middle)
        buffer[k++] = items[i++];
    while (j < high)
        buffer[k++] = items[j++];
    memcpy(items + low, buffer + low, sizeof(Diagnostic) * (high - low));
}

void cl_diags_sort(DiagList *list)
{
    uint32_t n = list->count, i = 1;
    while (i < n && list->items[i - 1].span.start <= list->items[i].span.start)
        i++;
    if (i >= n)
        return;
    Diagnostic *buffer = malloc(sizeof(Diagnostic) * n);
    if (!buffer)
        return; // unsorted is still correct, only less pleasant
    for (uint32_t width = 1; width < n; width *= 2)
        for (uint32_t low = 0; low + width < n; low += 2 * width) {
            uint32_t high = low + 2 * width < n ? low + 2 * width : n;
            merge_runs(list->items, buffer, low, low + width, high);
        }
    free(buffer);
}

// ---------------------------------------------------------------------------------------------
// Rendering

// A growing string; `failed` records an allocation failure (the text is then dropped).
typedef struct Buffer {
    char *text;
    size_t length;
    size_t capacity;
    bool failed;
} Buffer;

// Appends `length` bytes of `text`, growing the buffer (or marking it failed).
static void buffer_append(Buffer *b, const char *text, size_t length)
{
    if (b->failed)
        return;
    if (b->length + length + 1 > b->capacity) {
        size_t capacity = b->capacity ? b->capacity : 128;
        while (capacity < b->length + length + 1)
            capacity *= 2;
        char *bigger = realloc(b->text, capacity);
        if (!bigger) {
            b->failed = true;
            return;
        }
        b->text = bigger;
        b->capacity = capacity;
    }
    memcpy(b->text + b->length, text, length);
    b->length += length;
    b->text[b->length] = '\0';
}

static void buffer_puts(Buffer *b, const char *text)
{
    buffer_append(b, text, strlen(text));
}

static void buffer_repeat(Buffer *b, char c, uint32_t count)
{
    char chunk[64];
    memset(chunk, c, sizeof chunk);
    while (count > 0) {
        uint32_t n = count < sizeof chunk ? count : (uint32_t)sizeof chunk;
        buffer_append(b, chunk, n);
        count -= n;
    }
}

size_t cl_text_quote(char *out, size_t capacity, const char *text, size_t length,
                     size_t max_points)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t used = 0, points = 0;
    if (capacity == 0)
        return 0;
    for (size_t i = 0; i < length;) {
        char piece[8];
        size_t size;
        uint32_t cp;
        int n = s[i] < 0x80 ? 1 : cl_utf8_decode(s + i, length - i, &cp);
        if (points == max_points) {
            memcpy(piece, "...", 3);
            size = 3;
            n = (int)(length - i);
        } else if (n == 0 || (n == 1 && (s[i] < 0x20 || s[i] == 0x7F))) {
            const char *named = s[i] == '\n' ? "\\n" : s[i] == '\t' ? "\\t" : s[i] == '\r' ? "\\r"
                                                                                         : NULL;
            size = named ? 2 : (size_t)snprintf(piece, sizeof piece, "\\x%02X", s[i]);
            if (named)
                memcpy(piece, named, 2);
            n = 1;
        } else {
            memcpy(piece, s + i, (size_t)n);
            size = (size_t)n;
        }
        if (used + size + 1 > capacity)
            break;
        memcpy(out + used, piece, size);
        used += size;
        points++;
        i += (size_t)n;
    }
    out[used] = '\0';
    return used;
}

// The text of an error kind, from the same list as cl_error_kind_name (the front end does not
// link against the runtime).
static const char *kind_name(uint8_t kind)
{
    static const char *const names[] = {
#define CL_KIND_TEXT(name, text, catchable) text,
        CL_ERROR_KINDS(CL_KIND_TEXT)
#undef CL_KIND_TEXT
    };
    return kind < CL_ERR_KIND_COUNT ? names[kind] : "unknown";
}

// The word for a severity in the error line ("error").
static const char *severity_name(uint8_t severity)
{
    static const char *const names[] = {"error", "warning", "info", "hint"};
    return severity < 4 ? names[severity] : "error";
}

// The part of a long source line that is shown: about `WINDOW` code points around the caret.
enum { WINDOW = 120, LEAD = 40 };

// Appends one code point of a source line for display (invalid bytes and control characters
// other than tab become U+FFFD) and returns the number of bytes it took in the source.
static uint32_t append_display_point(Buffer *b, const unsigned char *s, uint32_t available)
{
    uint32_t cp;
    int n = s[0] < 0x80 ? 1 : cl_utf8_decode(s, available, &cp);
    if (n == 0 || (n == 1 && s[0] != '\t' && (s[0] < 0x20 || s[0] == 0x7F))) {
        buffer_puts(b, "\xEF\xBF\xBD");
        return 1;
    }
    buffer_append(b, (const char *)s, (uint32_t)n);
    return (uint32_t)n;
}

// Appends the source line of `d` (at most WINDOW code points of it, starting about LEAD code
// points before the span) and the caret line: ^ under the span's start, ~ to its end on that line.
static void render_excerpt(Buffer *b, const Diagnostic *d, const LineMap *map, bool color)
{
    Position start = cl_linemap_position(map, d->span.start);
    uint32_t length;
    const unsigned char *line = (const unsigned char *)cl_linemap_line(map, start.line, &length);
    uint32_t caret = d->span.start - (uint32_t)((const char *)line - map->source);
    uint32_t stop = caret + (d->span.end > d->span.start ? d->span.end - d->span.start : 1);
    uint32_t skip = start.column - 1 > LEAD ? start.column - 1 - LEAD : 0;
    Buffer marks = {0};
    buffer_puts(b, skip ? "    ..." : "    ");
    buffer_puts(&marks, skip ? "       " : "    ");
    uint32_t i = 0, point = 0, underlined = 0;
    while (i < length && point < skip + WINDOW) {
        uint32_t here = i, cp;
        if (point++ < skip) {
            int n = line[i] < 0x80 ? 1 : cl_utf8_decode(line + i, length - i, &cp);
            i += n ? (uint32_t)n : 1;
            continue;
        }
        i += append_display_point(b, line + i, length - i);
        if (here < caret)
            buffer_puts(&marks, line[here] == '\t' ? "\t" : " ");
        else if (here < stop)
            underlined++;
    }
    buffer_puts(b, i < length ? "...\n" : "\n");
    if (color)
        buffer_puts(&marks, "\x1b[1;31m");
    buffer_puts(&marks, "^");
    if (underlined > 1)
        buffer_repeat(&marks, '~', underlined - 1);
    buffer_puts(&marks, color ? "\x1b[0m\n" : "\n");
    if (marks.failed)
        b->failed = true;
    else
        buffer_append(b, marks.text, marks.length);
    free(marks.text);
}

char *cl_diag_render(const Diagnostic *d, const char *path, const LineMap *map, bool color)
{
    Buffer b = {0};
    char head[96];
    Position start = cl_linemap_position(map, d->span.start);
    const char *kind = kind_name(d->kind);
    if (color)
        buffer_puts(&b, "\x1b[1m");
    buffer_puts(&b, path);
    snprintf(head, sizeof head, ":%u:%u: ", start.line, start.column);
    buffer_puts(&b, head);
    if (color)
        buffer_puts(&b, d->severity == DIAG_ERROR ? "\x1b[31m" : "\x1b[35m");
    snprintf(head, sizeof head, "%s[%s]", severity_name(d->severity), kind);
    buffer_puts(&b, head);
    if (color)
        buffer_puts(&b, "\x1b[0m\x1b[1m");
    buffer_puts(&b, ": ");
    buffer_puts(&b, d->message);
    buffer_puts(&b, color ? "\x1b[0m\n" : "\n");
    if (map->count > 0 && map->source)
        render_excerpt(&b, d, map, color);
    if (d->hint) {
        buffer_puts(&b, color ? "  \x1b[1;36mhint\x1b[0m: " : "  hint: ");
        buffer_puts(&b, d->hint);
        buffer_puts(&b, "\n");
    }
    if (b.failed) {
        free(b.text);
        return NULL;
    }
    return b.text;
}
