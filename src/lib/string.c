// string.c: the string builtins (LANGUAGE.md §15.7). Strings are immutable UTF-8 that cache
// their code-point count; every index here counts code points, in constant time for ASCII
// strings. Case mapping is ICU's full Unicode mapping in the root locale. None of these
// builtins takes a function, so all of them are plain C.
#define _GNU_SOURCE  // memmem where the C library has it; `find` falls back to a plain search
#include <stdlib.h>
#include <string.h>
#include "runtime/dynload.h"

#include "lib/lib.h"

#define NOT_FOUND ((size_t)-1)

// ---------------------------------------------------------------------------------------------
// UTF-8 and searching

// Whether `cp` is whitespace: the characters of LANGUAGE.md §2.2 (Python's `str.isspace`).
static bool is_space(uint32_t cp)
{
    if (cp < 0x80)
        return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20);
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// The byte length of the code point that starts at `at` in `s`, never past its end.
static uint32_t sequence_length(const String *s, uint32_t at)
{
    unsigned char c = (unsigned char)s->bytes[at];
    uint32_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    return n <= s->size - at ? n : s->size - at;
}

// The code point that starts at byte `at` of `s` (valid UTF-8); its length goes to *length.
static uint32_t decode(const String *s, uint32_t at, uint32_t *length)
{
    const unsigned char *p = (const unsigned char *)s->bytes + at;
    uint32_t n = sequence_length(s, at);
    uint32_t cp = n == 1 ? p[0] : n == 2 ? p[0] & 0x1Fu : n == 3 ? p[0] & 0x0Fu : p[0] & 0x07u;
    for (uint32_t i = 1; i < n; i++)
        cp = (cp << 6) | (p[i] & 0x3Fu);
    *length = n;
    return cp;
}

// The start of the code point that ends just before byte `end` (> 0) of `s`.
static uint32_t previous_start(const String *s, uint32_t end)
{
    uint32_t at = end - 1;
    while (at > 0 && ((unsigned char)s->bytes[at] & 0xC0) == 0x80)
        at--;
    return at;
}

// Writes the UTF-8 form of the scalar value `cp` to `out`; returns its length in bytes.
static int encode(uint32_t cp, char out[4])
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

// The byte offset `count` code points after byte offset `at` of `s`.
static uint32_t skip_code_points(const String *s, uint32_t at, uint32_t count)
{
    if (s->h.flags & OBJF_ASCII)
        return at + count;
    for (; count > 0 && at < s->size; count--)
        at += sequence_length(s, at);
    return at;
}

// The byte offset of the first occurrence of `needle` in `hay` at or after byte `from`, or
// NOT_FOUND; an empty needle is found at `from`. A match of valid UTF-8 in valid UTF-8 always
// starts on a code-point boundary, so searching bytes is searching characters.
static size_t find(const String *hay, size_t from, const String *needle)
{
    if (needle->size > hay->size - from)
        return NOT_FOUND;
#ifdef __GLIBC__
    const char *p = memmem(hay->bytes + from, hay->size - from, needle->bytes, needle->size);
    return p ? (size_t)(p - hay->bytes) : NOT_FOUND;
#else
    for (size_t at = from; at + needle->size <= hay->size; at++)
        if (memcmp(hay->bytes + at, needle->bytes, needle->size) == 0)
            return at;
    return NOT_FOUND;
#endif
}

// ---------------------------------------------------------------------------------------------
// Arguments and errors

// Reads the int index argument `i`: a bignum, outside every string, becomes INT64_MIN or
// INT64_MAX. type-error when it is not an int.
static ClStatus index_arg(ClState *S, const char *name, const Value *args, int i, int64_t *out)
{
    TRY(cl_arg_int(S, name, args, i));
    if (cl_is_small_int(args[i]))
        *out = cl_small_int(args[i]);
    else
        *out = cl_int_sign(args[i]) < 0 ? INT64_MIN : INT64_MAX;
    return CL_OK;
}

// Raises index-out-of-range for the `count` (1 or 2) index arguments after the string:
// "substring: range 2 .. 50 does not fit a string of length 5".
static ClStatus raise_range(ClState *S, const char *name, const Value *args, int count)
{
    Buffer b;
    cl_buffer_init(&b);
    cl_num_write(&b, args[1]);
    if (count == 2) {
        cl_buffer_append_cstr(&b, " .. ");
        cl_num_write(&b, args[2]);
    }
    cl_buffer_append(&b, "", 1);
    cl_raisef(S, CL_ERR_INDEX_OUT_OF_RANGE, "%s: %s %s does not fit a string of length %u", name,
              count == 2 ? "range" : "index", b.failed ? "?" : b.bytes,
              (unsigned)cl_as_string(args[0])->length);
    cl_buffer_fini(&b);
    return CL_ERROR;
}

// Raises value-error with the message `before`, the written form of `v` (shortened to about
// 60 bytes, cut between characters), then `after`.
static ClStatus raise_value(ClState *S, const char *before, Value v, const char *after)
{
    Buffer b;
    cl_buffer_init(&b);
    cl_write_value(S, &b, v);
    if (b.size > 60) {
        b.size = 57;
        while (b.size > 0 && ((unsigned char)b.bytes[b.size] & 0xC0) == 0x80)
            b.size--;
        cl_buffer_append_cstr(&b, "...");
    }
    cl_buffer_append(&b, "", 1);
    cl_raisef(S, CL_ERR_VALUE_ERROR, "%s%s%s", before, b.failed ? "?" : b.bytes, after);
    cl_buffer_fini(&b);
    return CL_ERROR;
}

// ---------------------------------------------------------------------------------------------
// Building strings

// Counts the code points of valid UTF-8: the bytes that are not continuation bytes.
static size_t count_code_points(const char *bytes, size_t size)
{
    size_t count = 0;
    for (size_t i = 0; i < size; i++)
        count += ((unsigned char)bytes[i] & 0xC0) != 0x80;
    return count;
}

// A new string object of `size` bytes and `length` code points whose bytes the caller fills
// in before anything else runs. May collect.
static ClStatus new_string(ClState *S, size_t size, size_t length, String **out)
{
    if (size > UINT32_MAX - 64)
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "a string of %zu bytes is too long", size);
    String *s = (String *)cl_alloc_object(S, OBJ_STRING, sizeof(String) + size + 1);
    if (!s)
        return CL_ERROR;
    s->size = (uint32_t)size;
    s->length = (uint32_t)length;
    s->bytes[size] = '\0';
    if (length == size)
        s->h.flags |= OBJF_ASCII;
    *out = s;
    return CL_OK;
}

// A new string value holding `size` bytes from `bytes`, which are `length` code points. The
// bytes may lie inside a rooted string (objects do not move). May collect.
static ClStatus string_from(ClState *S, const char *bytes, size_t size, size_t length,
                            Value *out)
{
    String *s = NULL;
    TRY(new_string(S, size, length, &s));
    memcpy(s->bytes, bytes, size);
    *out = cl_from_object(s);
    return CL_OK;
}

// A new string of the bytes `from` .. `to` of the rooted string `s`. May collect.
static ClStatus piece_of(ClState *S, const String *s, size_t from, size_t to, Value *out)
{
    const char *bytes = s->bytes + from;
    size_t size = to - from;
    size_t length = s->h.flags & OBJF_ASCII ? size : count_code_points(bytes, size);
    return string_from(S, bytes, size, length, out);
}

// Text assembled from pieces (strings raw, other values in written form) into one string of
// exactly the right size: every piece is measured first, then the string is allocated once and
// each piece copied into it once. Only the written forms are staged in C memory, so joining
// strings copies each byte once and allocates nothing but the result.
typedef struct Assembly {
    Buffer written;   // the written forms of the non-string pieces, in order
    Buffer sizes;     // the byte size (a size_t) of each of them, in the same order
    size_t size;      // bytes of the whole text
    size_t length;    // code points of the whole text
    char *dest;       // while copying: where the next piece goes
    size_t staged;    // while copying: read position in `written`
    size_t next;      // while copying: index of the next entry of `sizes`
} Assembly;

// Starts an empty assembly.
static void assembly_init(Assembly *a)
{
    memset(a, 0, sizeof *a);
    cl_buffer_init(&a->written);
    cl_buffer_init(&a->sizes);
}

// Releases the staging buffers of `a`.
static void assembly_fini(Assembly *a)
{
    cl_buffer_fini(&a->written);
    cl_buffer_fini(&a->sizes);
}

// Adds the piece `v` to the measure of `a`, staging its written form unless it is a string.
static void measure(ClState *S, Assembly *a, Value v)
{
    if (cl_is_string(v)) {
        a->size += cl_as_string(v)->size;
        a->length += cl_as_string(v)->length;
        return;
    }
    size_t before = a->written.size;
    cl_display_value(S, &a->written, v);
    size_t size = a->written.failed ? 0 : a->written.size - before;
    cl_buffer_append(&a->sizes, (const char *)&size, sizeof size);
    a->size += size;
    a->length += size ? count_code_points(a->written.bytes + before, size) : 0;
}

// Allocates the string measured by `a` and aims the copying at it. May collect, so the
// pieces must be rooted. Out of memory when staging failed.
static ClStatus assembly_allocate(ClState *S, Assembly *a, String **out)
{
    if (a->written.failed || a->sizes.failed)
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory while building a string");
    TRY(new_string(S, a->size, a->length, out));
    a->dest = (*out)->bytes;
    return CL_OK;
}

// Copies `size` bytes to the assembled string.
static void put(Assembly *a, const char *bytes, size_t size)
{
    memcpy(a->dest, bytes, size);
    a->dest += size;
}

// Copies the measured piece `v` (measured in the same order) to the assembled string.
static void put_piece(Assembly *a, Value v)
{
    if (cl_is_string(v)) {
        put(a, cl_as_string(v)->bytes, cl_as_string(v)->size);
        return;
    }
    size_t size;
    memcpy(&size, a->sizes.bytes + a->next++ * sizeof size, sizeof size);
    put(a, a->written.bytes + a->staged, size);
    a->staged += size;
}

// The pieces `values[0 .. count-1]` (rooted) as one string. May collect.
static ClStatus join_values(ClState *S, const Value *values, int count, Value *result)
{
    Assembly a;
    assembly_init(&a);
    for (int i = 0; i < count; i++)
        measure(S, &a, values[i]);
    String *s = NULL;
    ClStatus status = assembly_allocate(S, &a, &s);
    for (int i = 0; i < count && status == CL_OK; i++)
        put_piece(&a, values[i]);
    assembly_fini(&a);
    if (status == CL_OK)
        *result = cl_from_object(s);
    return status;
}

// The elements of the rooted `list` as one string, separated by `separator` (NULL: none).
// May collect.
static ClStatus join_list(ClState *S, Value list, const String *separator, Value *result)
{
    Assembly a;
    assembly_init(&a);
    for (Value l = list; cl_is_cell(l); l = cl_as_cell(l)->tail) {
        if (separator && l != list) {
            a.size += separator->size;
            a.length += separator->length;
        }
        measure(S, &a, cl_as_cell(l)->head);
    }
    String *s = NULL;
    ClStatus status = assembly_allocate(S, &a, &s);
    for (Value l = list; cl_is_cell(l) && status == CL_OK; l = cl_as_cell(l)->tail) {
        if (separator && l != list)
            put(&a, separator->bytes, separator->size);
        put_piece(&a, cl_as_cell(l)->head);
    }
    assembly_fini(&a);
    if (status == CL_OK)
        *result = cl_from_object(s);
    return status;
}

// (concat S1 S2): the concatenation of two strings; anything else is type-error.
static int concat(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_string(S, "concat", args, 0, NULL));
    TRY(cl_arg_string(S, "concat", args, 1, NULL));
    return join_values(S, args, 2, result);
}

// (string-concat S1 S2): `concat` under its other name.
static int string_concat(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_string(S, "string-concat", args, 0, NULL));
    TRY(cl_arg_string(S, "string-concat", args, 1, NULL));
    return join_values(S, args, 2, result);
}

// (string-append X ...): every argument, strings raw and other values written; never fails.
static int string_append(ClState *S, Value *args, int argc, Value *result)
{
    return join_values(S, args, argc, result);
}

// (string-join SEP L): L's elements, strings raw and others written, separated by SEP.
static int string_join(ClState *S, Value *args, int argc, Value *result)
{
    String *separator;
    TRY(cl_arg_string(S, "string-join", args, 0, &separator));
    TRY(cl_arg_list(S, "string-join", args, 1));
    return join_list(S, args[1], separator, result);
}

// (list->string L): L's elements, strings raw and others written, one after the other.
static int list_to_string(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_list(S, "list->string", args, 0));
    return join_list(S, args[0], NULL, result);
}

// ---------------------------------------------------------------------------------------------
// Length and indexing

// (string-length S): the number of code points.
static int string_length(ClState *S, Value *args, int argc, Value *result)
{
    String *s = NULL;
    TRY(cl_arg_string(S, "string-length", args, 0, &s));
    return cl_int_from_int64(S, s->length, result);
}

// (substring S START END) under `name`: code points START .. END-1, where
// 0 <= START <= END <= length, else index-out-of-range.
static ClStatus slice(ClState *S, const char *name, Value *args, Value *result)
{
    String *s = NULL;
    int64_t start, end;
    TRY(cl_arg_string(S, name, args, 0, &s));
    TRY(index_arg(S, name, args, 1, &start));
    TRY(index_arg(S, name, args, 2, &end));
    if (start < 0 || start > end || end > (int64_t)s->length)
        return raise_range(S, name, args, 2);
    if (start == 0 && end == s->length) {
        *result = args[0];
        return CL_OK;
    }
    uint32_t from = cl_string_byte_offset(s, (uint32_t)start);
    uint32_t to = skip_code_points(s, from, (uint32_t)(end - start));
    return string_from(S, s->bytes + from, to - from, (size_t)(end - start), result);
}

// (substring S START END).
static int substring(ClState *S, Value *args, int argc, Value *result)
{
    return slice(S, "substring", args, result);
}

// (string-slice S START END): `substring` under its other name.
static int string_slice(ClState *S, Value *args, int argc, Value *result)
{
    return slice(S, "string-slice", args, result);
}

// (string-ref S I) under `name`: the one-character string at I, 0 <= I < length, else
// index-out-of-range.
static ClStatus char_at_index(ClState *S, const char *name, Value *args, Value *result)
{
    String *s = NULL;
    int64_t i;
    TRY(cl_arg_string(S, name, args, 0, &s));
    TRY(index_arg(S, name, args, 1, &i));
    if (i < 0 || i >= (int64_t)s->length)
        return raise_range(S, name, args, 1);
    uint32_t from = cl_string_byte_offset(s, (uint32_t)i);
    return string_from(S, s->bytes + from, sequence_length(s, from), 1, result);
}

// (string-ref S I).
static int string_ref(ClState *S, Value *args, int argc, Value *result)
{
    return char_at_index(S, "string-ref", args, result);
}

// (char-at S I): `string-ref` under its other name.
static int char_at(ClState *S, Value *args, int argc, Value *result)
{
    return char_at_index(S, "char-at", args, result);
}

// ---------------------------------------------------------------------------------------------
// Splitting

// The list of the one-character strings of `string` (a rooted string value). May collect.
static ClStatus explode(ClState *S, Value string, Value *result)
{
    const String *s = cl_as_string(string);
    ListBuilder b;
    cl_list_builder_init(&b);
    RootMark mark = cl_root(S, &b.head);
    ClStatus status = CL_OK;
    for (uint32_t at = 0; at < s->size && status == CL_OK;) {
        uint32_t n = sequence_length(s, at);
        Value piece;
        status = string_from(S, s->bytes + at, n, 1, &piece);
        if (status == CL_OK)
            status = cl_list_builder_add(S, &b, piece);
        at += n;
    }
    cl_unroot(S, mark);
    *result = b.head;
    return status;
}

// The pieces of `string` between non-overlapping occurrences of the non-empty `separator`,
// empty pieces kept (both rooted string values). May collect.
static ClStatus split(ClState *S, Value string, Value separator, Value *result)
{
    const String *s = cl_as_string(string), *sep = cl_as_string(separator);
    ListBuilder b;
    cl_list_builder_init(&b);
    RootMark mark = cl_root(S, &b.head);
    ClStatus status = CL_OK;
    for (size_t start = 0; status == CL_OK;) {
        size_t at = find(s, start, sep);
        size_t end = at == NOT_FOUND ? s->size : at;
        Value piece;
        status = piece_of(S, s, start, end, &piece);
        if (status == CL_OK)
            status = cl_list_builder_add(S, &b, piece);
        if (at == NOT_FOUND)
            break;
        start = at + sep->size;
    }
    cl_unroot(S, mark);
    *result = b.head;
    return status;
}

// (string-split S SEP): the pieces between occurrences of SEP; SEP "" gives the characters.
static int string_split(ClState *S, Value *args, int argc, Value *result)
{
    String *separator;
    TRY(cl_arg_string(S, "string-split", args, 0, NULL));
    TRY(cl_arg_string(S, "string-split", args, 1, &separator));
    if (separator->size == 0)
        return explode(S, args[0], result);
    return split(S, args[0], args[1], result);
}

// (string->list S): the list of S's one-character strings.
static int string_to_list(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_string(S, "string->list", args, 0, NULL));
    return explode(S, args[0], result);
}

// ---------------------------------------------------------------------------------------------
// Trimming, case, searching, replacing

// (string-trim S): S without leading and trailing whitespace (§2.2).
static int string_trim(ClState *S, Value *args, int argc, Value *result)
{
    String *s = NULL;
    TRY(cl_arg_string(S, "string-trim", args, 0, &s));
    uint32_t start = 0, end = s->size, n;
    while (start < end && is_space(decode(s, start, &n)))
        start += n;
    while (end > start && is_space(decode(s, previous_start(s, end), &n)))
        end = previous_start(s, end);
    if (start == 0 && end == s->size) {
        *result = args[0];
        return CL_OK;
    }
    return piece_of(S, s, start, end, result);
}

// The case mapping of the ASCII string `s`, changing only A-Z (upper: a-z) into a fresh copy.
// May collect.
static ClStatus map_ascii(ClState *S, const String *s, bool upper, Value *result)
{
    TRY(string_from(S, s->bytes, s->size, s->length, result));
    char *bytes = cl_as_string(*result)->bytes;  // not yet seen by anyone: filled in place
    char from = upper ? 'a' : 'A';
    for (uint32_t i = 0; i < s->size; i++)
        if (bytes[i] >= from && bytes[i] <= from + 25)
            bytes[i] = (char)(bytes[i] ^ 0x20);
    return CL_OK;
}

// One ICU case mapping of `s` into `text` (`capacity` bytes); returns the size it needs.
static int32_t apply_case(const UCaseMap *map, bool upper, char *text, int32_t capacity,
                          const String *s, UErrorCode *error)
{
    if (upper)
        return cl_icu()->to_upper(map, text, capacity, s->bytes, (int32_t)s->size, error);
    return cl_icu()->to_lower(map, text, capacity, s->bytes, (int32_t)s->size, error);
}

// Maps the case of `s` with ICU into `*out` (malloc'd, `*size` bytes): full Unicode mapping,
// root locale, final sigma included. false when ICU fails or memory runs out.
static bool map_icu(const String *s, bool upper, char **out, int32_t *size)
{
    const ClIcu *icu = cl_icu();
    if (!icu)
        return false;
    UErrorCode error = U_ZERO_ERROR;
    UCaseMap *map = icu->casemap_open("", U_FOLD_CASE_DEFAULT, &error);
    int32_t capacity = (int32_t)(s->size + s->size / 2 + 16), needed = 0;
    char *text = malloc((size_t)capacity);
    if (text && U_SUCCESS(error))
        needed = apply_case(map, upper, text, capacity, s, &error);
    if (error == U_BUFFER_OVERFLOW_ERROR) {  // grew more than usual: again at the exact size
        error = U_ZERO_ERROR;
        free(text);
        capacity = needed;
        text = malloc((size_t)capacity);
        if (text)
            needed = apply_case(map, upper, text, capacity, s, &error);
    }
    icu->casemap_close(map);
    if (!text || U_FAILURE(error)) {
        free(text);
        return false;
    }
    *out = text;
    *size = needed;
    return true;
}

// string-upcase / string-downcase under `name`.
static ClStatus map_case(ClState *S, const char *name, Value *args, bool upper, Value *result)
{
    String *s = NULL;
    TRY(cl_arg_string(S, name, args, 0, &s));
    if (s->h.flags & OBJF_ASCII)
        return map_ascii(S, s, upper, result);
    if (s->size > INT32_MAX / 4)
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "%s: a string of %u bytes is too long", name,
                         (unsigned)s->size);
    char *text;
    int32_t size;
    if (!cl_icu())
        return cl_raisef(S, CL_ERR_IO_ERROR, "%s: ICU (libicuuc) could not be loaded", name);
    if (!map_icu(s, upper, &text, &size))
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "%s: out of memory", name);
    ClStatus status = cl_string_new(S, text, (size_t)size, result);
    free(text);
    return status;
}

// (string-upcase S): the full Unicode uppercase mapping ("straße" => "STRASSE").
static int string_upcase(ClState *S, Value *args, int argc, Value *result)
{
    return map_case(S, "string-upcase", args, true, result);
}

// (string-upper S): `string-upcase` under its other name.
static int string_upper(ClState *S, Value *args, int argc, Value *result)
{
    return map_case(S, "string-upper", args, true, result);
}

// (string-downcase S): the full Unicode lowercase mapping, final sigma included.
static int string_downcase(ClState *S, Value *args, int argc, Value *result)
{
    return map_case(S, "string-downcase", args, false, result);
}

// (string-lower S): `string-downcase` under its other name.
static int string_lower(ClState *S, Value *args, int argc, Value *result)
{
    return map_case(S, "string-lower", args, false, result);
}

// Checks that both arguments of `name` are strings, into *s and *part.
static ClStatus two_strings(ClState *S, const char *name, Value *args, String **s, String **part)
{
    TRY(cl_arg_string(S, name, args, 0, s));
    return cl_arg_string(S, name, args, 1, part);
}

// (string-contains? S SUB): whether SUB occurs in S; "" occurs in every string.
static int string_contains(ClState *S, Value *args, int argc, Value *result)
{
    String *s, *part;
    TRY(two_strings(S, "string-contains?", args, &s, &part));
    *result = cl_from_bool(find(s, 0, part) != NOT_FOUND);
    return CL_OK;
}

// (string-starts-with? S P): whether S begins with P.
static int string_starts_with(ClState *S, Value *args, int argc, Value *result)
{
    String *s, *part;
    TRY(two_strings(S, "string-starts-with?", args, &s, &part));
    *result = cl_from_bool(part->size <= s->size && memcmp(s->bytes, part->bytes, part->size) == 0);
    return CL_OK;
}

// (string-ends-with? S P): whether S ends with P.
static int string_ends_with(ClState *S, Value *args, int argc, Value *result)
{
    String *s, *part;
    TRY(two_strings(S, "string-ends-with?", args, &s, &part));
    *result = cl_from_bool(part->size <= s->size &&
                           memcmp(s->bytes + s->size - part->size, part->bytes, part->size) == 0);
    return CL_OK;
}

// Appends `s` with `insert` before every character and once more at the end (what replacing
// the empty string does).
static void interleave(Buffer *b, const String *s, const String *insert)
{
    for (uint32_t at = 0; at < s->size;) {
        uint32_t n = sequence_length(s, at);
        cl_buffer_append(b, insert->bytes, insert->size);
        cl_buffer_append(b, s->bytes + at, n);
        at += n;
    }
    cl_buffer_append(b, insert->bytes, insert->size);
}

// Appends `s` with every non-overlapping occurrence of the non-empty `old`, left to right,
// replaced by `new_text`.
static void replace_all(Buffer *b, const String *s, const String *old, const String *new_text)
{
    size_t start = 0;
    for (size_t at; (at = find(s, start, old)) != NOT_FOUND; start = at + old->size) {
        cl_buffer_append(b, s->bytes + start, at - start);
        cl_buffer_append(b, new_text->bytes, new_text->size);
    }
    cl_buffer_append(b, s->bytes + start, s->size - start);
}

// (string-replace S OLD NEW): every non-overlapping OLD replaced by NEW; OLD "" puts NEW
// before every character and at the end.
static int string_replace(ClState *S, Value *args, int argc, Value *result)
{
    String *s, *old, *new_text;
    TRY(two_strings(S, "string-replace", args, &s, &old));
    TRY(cl_arg_string(S, "string-replace", args, 2, &new_text));
    if (old->size > 0 && find(s, 0, old) == NOT_FOUND) {
        *result = args[0];
        return CL_OK;
    }
    Buffer b;
    cl_buffer_init(&b);
    if (old->size == 0)
        interleave(&b, s, new_text);
    else
        replace_all(&b, s, old, new_text);
    return cl_buffer_to_string(S, &b, result);
}

// ---------------------------------------------------------------------------------------------
// Characters and code points

// (char->int C): the code point of the one-character string C; other lengths: value-error.
static int char_to_int(ClState *S, Value *args, int argc, Value *result)
{
    String *s = NULL;
    TRY(cl_arg_string(S, "char->int", args, 0, &s));
    if (s->length != 1)
        return raise_value(S, "char->int expects a one-character string, got ", args[0], "");
    uint32_t n;
    *result = cl_from_small_int(decode(s, 0, &n));
    return CL_OK;
}

// (int->char N): the one-character string of code point N; N must be a Unicode scalar value
// (0 .. 0x10FFFF, not a surrogate), else value-error.
static int int_to_char(ClState *S, Value *args, int argc, Value *result)
{
    TRY(cl_arg_int(S, "int->char", args, 0));
    int64_t cp = cl_is_small_int(args[0]) ? cl_small_int(args[0]) : -1;
    if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return raise_value(S, "int->char: ", args[0],
                           " is not a Unicode scalar value (0 .. 1114111, surrogates excluded)");
    char bytes[4];
    return string_from(S, bytes, (size_t)encode((uint32_t)cp, bytes), 1, result);
}

// The table of LANGUAGE.md §15.7; its E rows (errors other than type errors) are
// CL_EFFECT_ERROR. All are foldable: pure, no callbacks.
static const LibFunction strings[] = {
    {"concat", concat, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"string-concat", string_concat, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"string-append", string_append, 0, -1, CL_EFFECT_PURE, 1, NULL},
    {"string-length", string_length, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"substring", substring, 3, 3, CL_EFFECT_ERROR, 1, NULL},
    {"string-slice", string_slice, 3, 3, CL_EFFECT_ERROR, 1, NULL},
    {"string-ref", string_ref, 2, 2, CL_EFFECT_ERROR, 1, NULL},
    {"char-at", char_at, 2, 2, CL_EFFECT_ERROR, 1, NULL},
    {"string-split", string_split, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"string-join", string_join, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"string-trim", string_trim, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"string-upcase", string_upcase, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"string-upper", string_upper, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"string-downcase", string_downcase, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"string-lower", string_lower, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"string-contains?", string_contains, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"string-starts-with?", string_starts_with, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"string-ends-with?", string_ends_with, 2, 2, CL_EFFECT_PURE, 1, NULL},
    {"string-replace", string_replace, 3, 3, CL_EFFECT_PURE, 1, NULL},
    {"string->list", string_to_list, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"list->string", list_to_string, 1, 1, CL_EFFECT_PURE, 1, NULL},
    {"char->int", char_to_int, 1, 1, CL_EFFECT_ERROR, 1, NULL},
    {"int->char", int_to_char, 1, 1, CL_EFFECT_ERROR, 1, NULL},
};

// Registers the string builtins. May collect.
ClStatus cl_lib_string_open(ClState *S) { return cl_lib_define(S, strings, LIB_COUNT(strings)); }
