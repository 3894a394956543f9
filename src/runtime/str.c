// str.c: strings (immutable UTF-8 with a cached code-point count) and the byte buffer used to
// build text in C.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"

// ---------------------------------------------------------------------------------------------
// Buffer

void cl_buffer_init(Buffer *b)
{
    b->bytes = NULL;
    b->size = 0;
    b->capacity = 0;
    b->failed = false;
}

void cl_buffer_fini(Buffer *b)
{
    free(b->bytes);
    cl_buffer_init(b);
}

// Makes room for `extra` more bytes plus a NUL; marks the buffer failed when it cannot.
static bool reserve(Buffer *b, size_t extra)
{
    if (b->failed)
        return false;
    if (b->size + extra + 1 <= b->capacity)
        return true;
    size_t capacity = b->capacity ? b->capacity : 64;
    while (capacity < b->size + extra + 1)
        capacity *= 2;
    char *bytes = realloc(b->bytes, capacity);
    if (!bytes) {
        b->failed = true;
        return false;
    }
    b->bytes = bytes;
    b->capacity = capacity;
    return true;
}

void cl_buffer_append(Buffer *b, const char *bytes, size_t size)
{
    if (!reserve(b, size))
        return;
    memcpy(b->bytes + b->size, bytes, size);
    b->size += size;
    b->bytes[b->size] = '\0';
}

void cl_buffer_append_cstr(Buffer *b, const char *text) { cl_buffer_append(b, text, strlen(text)); }

void cl_buffer_printf(Buffer *b, const char *format, ...)
{
    va_list args, copy;
    va_start(args, format);
    va_copy(copy, args);
    int n = vsnprintf(NULL, 0, format, copy);
    va_end(copy);
    if (n >= 0 && reserve(b, (size_t)n)) {
        vsnprintf(b->bytes + b->size, (size_t)n + 1, format, args);
        b->size += (size_t)n;
    }
    va_end(args);
}

char *cl_vformat(const char *format, va_list args)
{
    va_list copy;
    va_copy(copy, args);
    int n = vsnprintf(NULL, 0, format, copy);
    va_end(copy);
    if (n < 0)
        return NULL;
    char *text = malloc((size_t)n + 1);
    if (text)
        vsnprintf(text, (size_t)n + 1, format, args);
    return text;
}

char *cl_format(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    char *text = cl_vformat(format, args);
    va_end(args);
    return text;
}

ClStatus cl_buffer_to_string(ClState *S, Buffer *b, Value *out)
{
    if (b->failed) {
        cl_buffer_fini(b);
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory while building a string");
    }
    ClStatus status = cl_string_new(S, b->bytes ? b->bytes : "", b->size, out);
    cl_buffer_fini(b);
    return status;
}

// ---------------------------------------------------------------------------------------------
// UTF-8

bool cl_utf8_validate(const char *bytes, size_t size, uint32_t *code_points)
{
    const unsigned char *p = (const unsigned char *)bytes, *end = p + size;
    uint32_t count = 0;
    while (p < end) {
        unsigned char c = *p;
        if (c < 0x80) {
            p++;
        } else {
            int extra;
            uint32_t cp;
            if (c >= 0xC2 && c <= 0xDF) {
                extra = 1;
                cp = c & 0x1F;
            } else if (c >= 0xE0 && c <= 0xEF) {
                extra = 2;
                cp = c & 0x0F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                extra = 3;
                cp = c & 0x07;
            } else {
                return false;
            }
            if (end - p <= extra)
                return false;
            for (int i = 1; i <= extra; i++) {
                if ((p[i] & 0xC0) != 0x80)
                    return false;
                cp = (cp << 6) | (p[i] & 0x3F);
            }
            if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
                (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
                return false;
            p += extra + 1;
        }
        count++;
    }
    if (code_points)
        *code_points = count;
    return true;
}

// Counts the code points of valid UTF-8: every byte that is not a continuation byte.
static uint32_t count_code_points(const char *bytes, size_t size)
{
    uint32_t count = 0;
    for (size_t i = 0; i < size; i++)
        count += ((unsigned char)bytes[i] & 0xC0) != 0x80;
    return count;
}

ClStatus cl_string_new(ClState *S, const char *bytes, size_t size, Value *out)
{
    if (size > UINT32_MAX - 64)
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "string of %zu bytes is too long", size);
    String *s = (String *)cl_alloc_object(S, OBJ_STRING, sizeof(String) + size + 1);
    if (!s)
        return CL_ERROR;
    memcpy(s->bytes, bytes, size);
    s->bytes[size] = '\0';
    s->size = (uint32_t)size;
    s->length = count_code_points(bytes, size);
    if (s->length == s->size)
        s->h.flags |= OBJF_ASCII;
    *out = cl_from_object(s);
    return CL_OK;
}

ClStatus cl_string_from_cstr(ClState *S, const char *text, Value *out)
{
    return cl_string_new(S, text, strlen(text), out);
}

uint32_t cl_string_byte_offset(const String *s, uint32_t index)
{
    if (s->h.flags & OBJF_ASCII)
        return index;
    uint32_t offset = 0;
    while (index > 0 && offset < s->size) {
        offset++;
        while (offset < s->size && ((unsigned char)s->bytes[offset] & 0xC0) == 0x80)
            offset++;
        index--;
    }
    return offset;
}

// FNV-1a over the bytes, folded to 32 bits.
uint32_t cl_hash_bytes(const char *bytes, size_t size)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < size; i++) {
        h ^= (unsigned char)bytes[i];
        h *= 1099511628211ull;
    }
    return (uint32_t)(h ^ (h >> 32));
}

uint32_t cl_string_hash(String *s)
{
    if (s->h.flags & OBJF_HASHED)
        return s->h.aux;
    s->h.aux = cl_hash_bytes(s->bytes, s->size);
    s->h.flags |= OBJF_HASHED;
    return s->h.aux;
}

bool cl_string_equal(const String *a, const String *b)
{
    return a == b || (a->size == b->size && memcmp(a->bytes, b->bytes, a->size) == 0);
}

int cl_string_compare(const String *a, const String *b)
{
    uint32_t n = a->size < b->size ? a->size : b->size;
    int c = memcmp(a->bytes, b->bytes, n);
    if (c != 0)
        return c < 0 ? -1 : 1;
    return a->size < b->size ? -1 : a->size > b->size;
}
