// io.c: files, directories, the console's input and file handles (LANGUAGE.md §15.12, §15.14).
// Every builtin here is an IO effect operation, so `pure`, `--deny io` and with-handler see
// them through the effect layer before they run. Every operating-system failure is io-error
// naming the path and the reason; text is UTF-8, and undecodable bytes are io-error too.
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/lib.h"

// ---------------------------------------------------------------------------------------------
// Paths and errors

// Raises io-error "FN: cannot WHAT "PATH": REASON" for the errno value `error_number`.
static ClStatus os_error(ClState *S, const char *fn, const char *what, const char *path,
                         int error_number)
{
    Buffer b;
    cl_buffer_init(&b);
    for (const char *p = path; *p; p++) {  // the path as a one-line written string
        if (*p == '\n')
            cl_buffer_append_cstr(&b, "\\n");
        else if (*p == '"' || *p == '\\')
            cl_buffer_printf(&b, "\\%c", *p);
        else
            cl_buffer_append(&b, p, 1);
    }
    cl_buffer_append(&b, "", 1);
    cl_raisef(S, CL_ERR_IO_ERROR, "%s: cannot %s \"%s\": %s", fn, what,
              b.failed ? "?" : b.bytes, strerror(error_number));
    cl_buffer_fini(&b);
    return CL_ERROR;
}

// Checks that argument `i` is a string usable as a path and sets *path to its bytes (they live
// as long as the argument). type-error for a non-string, io-error for a NUL inside.
static ClStatus path_arg(ClState *S, const char *fn, Value *args, int i, const char **path)
{
    String *s;
    TRY(cl_arg_string(S, fn, args, i, &s));
    if (memchr(s->bytes, '\0', s->size))
        return cl_raisef(S, CL_ERR_IO_ERROR, "%s: the path contains a NUL character", fn);
    *path = s->bytes;
    return CL_OK;
}

// Opens `path` with the fopen `mode`, refusing directories as Python's open() does.
static ClStatus open_path(ClState *S, const char *fn, const char *path, const char *mode,
                          FILE **out)
{
    FILE *f = fopen(path, mode);
    if (!f)
        return os_error(S, fn, "open", path, errno);
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
        fclose(f);
        return os_error(S, fn, "open", path, EISDIR);
    }
    *out = f;
    return CL_OK;
}

// Appends everything left in `f` to `b`; false with errno set on a read error.
static bool read_rest(FILE *f, Buffer *b)
{
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        cl_buffer_append(b, chunk, n);
    bool ok = !ferror(f);
    clearerr(f);
    return ok;
}

// Whether the bytes in `b` are UTF-8 (an empty buffer has no byte array yet).
static bool buffer_is_utf8(const Buffer *b)
{
    return b->size == 0 || cl_utf8_validate(b->bytes, b->size, NULL);
}

// Makes a string value of UTF-8 text read from `what` (a path or "stdin"), or raises io-error
// when the bytes are not UTF-8. Empties the buffer. May collect.
static ClStatus text_to_string(ClState *S, const char *fn, const char *what, Buffer *b,
                               Value *out)
{
    if (!b->failed && !buffer_is_utf8(b)) {
        cl_buffer_fini(b);
        return cl_raisef(S, CL_ERR_IO_ERROR, "%s: the text of %s is not valid UTF-8", fn, what);
    }
    return cl_buffer_to_string(S, b, out);
}

// Reads the whole file at `path` into `b` (initialised by the caller; freed on failure).
static ClStatus read_file(ClState *S, const char *fn, const char *path, Buffer *b)
{
    FILE *f = NULL;
    TRY(open_path(S, fn, path, "rb", &f));
    bool ok = read_rest(f, b);
    int error_number = errno;
    fclose(f);
    if (!ok) {
        cl_buffer_fini(b);
        return os_error(S, fn, "read", path, error_number);
    }
    return CL_OK;
}

// Creates or truncates (`mode` "wb") or appends to ("ab") the file at `path` and writes the
// bytes. Reports failures of the open, the write and the final flush.
static ClStatus write_file(ClState *S, const char *fn, const char *path, const char *mode,
                           const char *bytes, size_t size)
{
    FILE *f = NULL;
    TRY(open_path(S, fn, path, mode, &f));
    bool ok = fwrite(bytes, 1, size, f) == size;
    int error_number = errno;
    if (fclose(f) != 0 && ok) {
        ok = false;
        error_number = errno;
    }
    return ok ? CL_OK : os_error(S, fn, "write", path, error_number);
}

// ---------------------------------------------------------------------------------------------
// Whole files (§15.12)

// (file-read PATH): the whole text of the file.
static int file_read(ClState *S, Value *args, int argc, Value *result)
{
    const char *path = NULL;
    TRY(path_arg(S, "file-read", args, 0, &path));
    Buffer b;
    cl_buffer_init(&b);
    TRY(read_file(S, "file-read", path, &b));
    return text_to_string(S, "file-read", path, &b, result);
}

// file-write and file-append: TEXT must be a string.
static int write_with_mode(ClState *S, const char *fn, const char *mode, Value *args,
                           Value *result)
{
    const char *path = NULL;
    String *text = NULL;
    TRY(path_arg(S, fn, args, 0, &path));
    TRY(cl_arg_string(S, fn, args, 1, &text));
    TRY(write_file(S, fn, path, mode, text->bytes, text->size));
    *result = CL_NIL;
    return CL_OK;
}

// (file-write PATH TEXT): creates or truncates the file and writes TEXT; nil.
static int file_write(ClState *S, Value *args, int argc, Value *result)
{
    return write_with_mode(S, "file-write", "wb", args, result);
}

// (file-append PATH TEXT): appends TEXT, creating the file if needed; nil.
static int file_append(ClState *S, Value *args, int argc, Value *result)
{
    return write_with_mode(S, "file-append", "ab", args, result);
}

// (file-exists? PATH): whether anything (file or directory) is there; never fails on a string.
static int file_exists(ClState *S, Value *args, int argc, Value *result)
{
    String *path = NULL;
    TRY(cl_arg_string(S, "file-exists?", args, 0, &path));
    struct stat st;
    bool found = !memchr(path->bytes, '\0', path->size) && stat(path->bytes, &st) == 0;
    *result = cl_from_bool(found);
    return CL_OK;
}

// (file-delete PATH): removes the file (a directory is io-error); nil.
static int file_delete(ClState *S, Value *args, int argc, Value *result)
{
    const char *path = NULL;
    TRY(path_arg(S, "file-delete", args, 0, &path));
    if (unlink(path) != 0)
        return os_error(S, "file-delete", "delete", path, errno);
    *result = CL_NIL;
    return CL_OK;
}

// The lines of `bytes`, ending at LF, CR LF or CR; a final terminator adds no empty line.
// May collect.
static ClStatus split_lines(ClState *S, const char *bytes, size_t size, Value *out)
{
    ListBuilder lines;
    cl_list_builder_init(&lines);
    RootMark mark = cl_root(S, &lines.head);
    Value line = CL_NIL;
    cl_root(S, &line);
    ClStatus status = CL_OK;
    size_t start = 0;
    for (size_t i = 0; i < size && status == CL_OK; i++) {
        if (bytes[i] != '\n' && bytes[i] != '\r')
            continue;
        status = cl_string_new(S, bytes + start, i - start, &line);
        if (status == CL_OK)
            status = cl_list_builder_add(S, &lines, line);
        if (bytes[i] == '\r' && i + 1 < size && bytes[i + 1] == '\n')
            i++;
        start = i + 1;
    }
    if (status == CL_OK && start < size) {
        status = cl_string_new(S, bytes + start, size - start, &line);
        if (status == CL_OK)
            status = cl_list_builder_add(S, &lines, line);
    }
    cl_unroot(S, mark);
    *out = lines.head;
    return status;
}

// (file-read-lines PATH): the file's lines without their terminators.
static int file_read_lines(ClState *S, Value *args, int argc, Value *result)
{
    const char *path = NULL;
    TRY(path_arg(S, "file-read-lines", args, 0, &path));
    Buffer b;
    cl_buffer_init(&b);
    TRY(read_file(S, "file-read-lines", path, &b));
    if (b.failed || !buffer_is_utf8(&b)) {
        bool failed = b.failed;
        cl_buffer_fini(&b);
        if (failed)
            return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory while reading a file");
        return cl_raisef(S, CL_ERR_IO_ERROR, "file-read-lines: the text of %s is not valid UTF-8",
                         path);
    }
    ClStatus status = split_lines(S, b.bytes ? b.bytes : "", b.size, result);
    cl_buffer_fini(&b);
    return status;
}

// (file-write-lines PATH L): the elements (strings raw, others written) joined by LF; nil.
static int file_write_lines(ClState *S, Value *args, int argc, Value *result)
{
    const char *path = NULL;
    TRY(path_arg(S, "file-write-lines", args, 0, &path));
    TRY(cl_arg_list(S, "file-write-lines", args, 1));
    Buffer b;
    cl_buffer_init(&b);
    for (Value l = args[1]; cl_is_cell(l); l = cl_as_cell(l)->tail) {
        if (l != args[1])
            cl_buffer_append(&b, "\n", 1);
        cl_display_value(S, &b, cl_as_cell(l)->head);
    }
    if (b.failed) {
        cl_buffer_fini(&b);
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory while writing lines");
    }
    ClStatus status = write_file(S, "file-write-lines", path, "wb", b.bytes ? b.bytes : "",
                                 b.size);
    cl_buffer_fini(&b);
    *result = CL_NIL;
    return status;
}

// ---------------------------------------------------------------------------------------------
// Directories (§15.12)

// qsort order of C strings: byte order, which is code-point order for UTF-8.
static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

// Reads the entry names of the directory `path` (without . and ..) into a malloc'd array of
// malloc'd names. Raises io-error; on failure nothing stays allocated.
static ClStatus read_names(ClState *S, const char *path, char ***out, size_t *count)
{
    DIR *dir = opendir(path);
    if (!dir)
        return os_error(S, "dir-list", "list", path, errno);
    char **names = NULL;
    size_t n = 0, capacity = 0;
    bool failed = false;
    struct dirent *entry;
    errno = 0;
    while (!failed && (entry = readdir(dir)) != NULL) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0)
            continue;
        if (n == capacity) {
            capacity = capacity ? capacity * 2 : 16;
            char **grown = realloc(names, capacity * sizeof *names);
            failed = grown == NULL;
            names = grown ? grown : names;
        }
        char *copy = failed ? NULL : strdup(entry->d_name);
        failed = copy == NULL;
        if (copy)
            names[n++] = copy;
    }
    int error_number = failed ? ENOMEM : errno;
    closedir(dir);
    if (failed || error_number != 0) {
        for (size_t i = 0; i < n; i++)
            free(names[i]);
        free(names);
        return os_error(S, "dir-list", "list", path, error_number);
    }
    if (n > 1)
        qsort(names, n, sizeof *names, compare_names);
    *out = names;
    *count = n;
    return CL_OK;
}

// The list of `names` as strings. May collect.
static ClStatus names_to_list(ClState *S, const char *path, char **names, size_t count,
                              Value *out)
{
    ListBuilder list;
    cl_list_builder_init(&list);
    RootMark mark = cl_root(S, &list.head);
    Value name = CL_NIL;
    cl_root(S, &name);
    ClStatus status = CL_OK;
    for (size_t i = 0; i < count && status == CL_OK; i++) {
        size_t size = strlen(names[i]);
        if (!cl_utf8_validate(names[i], size, NULL))
            status = cl_raisef(S, CL_ERR_IO_ERROR,
                               "dir-list: an entry of %s has a name that is not UTF-8", path);
        if (status == CL_OK)
            status = cl_string_new(S, names[i], size, &name);
        if (status == CL_OK)
            status = cl_list_builder_add(S, &list, name);
    }
    cl_unroot(S, mark);
    *out = list.head;
    return status;
}

// (dir-list PATH): the entry names, sorted by code point.
static int dir_list(ClState *S, Value *args, int argc, Value *result)
{
    const char *path = NULL;
    TRY(path_arg(S, "dir-list", args, 0, &path));
    char **names = NULL;
    size_t count = 0;
    TRY(read_names(S, path, &names, &count));
    ClStatus status = names_to_list(S, path, names, count, result);
    for (size_t i = 0; i < count; i++)
        free(names[i]);
    free(names);
    return status;
}

// mkdir that accepts an existing directory; false with errno set otherwise.
static bool make_directory(const char *path)
{
    if (mkdir(path, 0777) == 0)
        return true;
    int error_number = errno;
    struct stat st;
    if (error_number == EEXIST && stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        return true;
    errno = error_number;
    return false;
}

// Creates each missing directory along `path`, as Python's os.makedirs(path, exist_ok=True).
static int dir_create(ClState *S, Value *args, int argc, Value *result)
{
    const char *path = NULL;
    TRY(path_arg(S, "dir-create", args, 0, &path));
    char *prefix = strdup(path);
    if (!prefix)
        return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory");
    bool ok = true;
    for (size_t i = 1; prefix[0] && prefix[i] && ok; i++) {
        if (prefix[i] != '/' || prefix[i - 1] == '/')
            continue;
        prefix[i] = '\0';
        ok = make_directory(prefix);
        if (ok)
            prefix[i] = '/';
    }
    if (ok)
        ok = make_directory(prefix);
    ClStatus status = ok ? CL_OK : os_error(S, "dir-create", "create", prefix, errno);
    free(prefix);
    *result = CL_NIL;
    return status;
}

// (current-directory): the absolute working directory.
static int current_directory(ClState *S, Value *args, int argc, Value *result)
{
    size_t capacity = 256;
    for (;;) {
        char *text = malloc(capacity);
        if (!text)
            return cl_raisef(S, CL_ERR_OUT_OF_MEMORY, "out of memory");
        if (getcwd(text, capacity)) {
            size_t size = strlen(text);
            ClStatus status = cl_utf8_validate(text, size, NULL)
                                  ? cl_string_new(S, text, size, result)
                                  : cl_raisef(S, CL_ERR_IO_ERROR,
                                              "current-directory: the path is not UTF-8");
            free(text);
            return status;
        }
        int error_number = errno;
        free(text);
        if (error_number != ERANGE)
            return os_error(S, "current-directory", "read", ".", error_number);
        capacity *= 2;
    }
}

// ---------------------------------------------------------------------------------------------
// Console input (§15.14)

// (io:read-line): the next line of stdin without its LF (and a CR before it); nil at the end.
static int read_line(ClState *S, Value *args, int argc, Value *result)
{
    if (!S->config.write)
        fflush(stdout);  // a prompt printed without a newline shows before we wait
    Buffer b;
    cl_buffer_init(&b);
    int c;
    bool any = false;
    while ((c = getc(stdin)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        char byte = (char)c;
        cl_buffer_append(&b, &byte, 1);
    }
    if (ferror(stdin)) {
        int error_number = errno;
        clearerr(stdin);
        cl_buffer_fini(&b);
        return os_error(S, "io:read-line", "read", "stdin", error_number);
    }
    if (!any) {
        clearerr(stdin);
        cl_buffer_fini(&b);
        *result = CL_NIL;
        return CL_OK;
    }
    if (c == '\n' && b.size > 0 && b.bytes[b.size - 1] == '\r')
        b.size--;
    return text_to_string(S, "io:read-line", "stdin", &b, result);
}

// ---------------------------------------------------------------------------------------------
// File handles (§15.14)

// The handle in argument 0, open, and readable or writable as `want_write` says. type-error for
// a value that is not a handle; io-error for a closed one or the wrong direction.
static ClStatus handle_arg(ClState *S, const char *fn, Value *args, bool want_write, File **out)
{
    Value v = args[0];
    if (!cl_is_obj_type(v, OBJ_FILE))
        return cl_type_error_arg(S, fn, 1, "a file handle", v);
    File *f = (File *)cl_as_object(v);
    if (!f->fp)
        return cl_raisef(S, CL_ERR_IO_ERROR, "%s: the handle #<file %s> is closed", fn,
                         f->path->bytes);
    if (want_write ? !f->writable : !f->readable)
        return cl_raisef(S, CL_ERR_IO_ERROR, "%s: the handle #<file %s> is not open for %s", fn,
                         f->path->bytes, want_write ? "writing" : "reading");
    // C requires a seek between reading and writing on one stream; Python hides that.
    fseek(f->fp, 0, SEEK_CUR);
    *out = f;
    return CL_OK;
}

// (io:open-file PATH MODE): a handle on the opened file. The handle is made before the file is
// opened, so that a failed allocation cannot leak an open FILE.
static int open_file(ClState *S, Value *args, int argc, Value *result)
{
    static const char *const modes[] = {"r", "w", "a", "r+", "w+", "a+"};
    const char *path = NULL;
    String *mode = NULL;
    TRY(cl_arg_string(S, "io:open-file", args, 0, NULL));
    TRY(cl_arg_string(S, "io:open-file", args, 1, &mode));
    size_t which = 0;
    while (which < 6 && strcmp(modes[which], mode->bytes) != 0)
        which++;
    if (which == 6 || mode->size != strlen(mode->bytes))
        return cl_raisef(S, CL_ERR_VALUE_ERROR,
                         "io:open-file: the mode must be r, w, a, r+, w+ or a+, got \"%s\"",
                         mode->bytes);
    TRY(path_arg(S, "io:open-file", args, 0, &path));
    File *handle = (File *)cl_alloc_object(S, OBJ_FILE, sizeof(File));
    if (!handle)
        return CL_ERROR;
    handle->path = cl_as_string(args[0]);
    handle->readable = which == 0 || which >= 3;
    handle->writable = which != 0;
    *result = cl_from_object(handle);
    TRY(open_path(S, "io:open-file", path, modes[which], &handle->fp));
    if (mode->bytes[0] == 'a')
        fseek(handle->fp, 0, SEEK_END);  // Python reads an "a+" file from its end
    return CL_OK;
}

// (io:read-file H): the rest of the file's text from the handle's position.
static int read_handle(ClState *S, Value *args, int argc, Value *result)
{
    File *f = NULL;
    TRY(handle_arg(S, "io:read-file", args, false, &f));
    Buffer b;
    cl_buffer_init(&b);
    if (!read_rest(f->fp, &b)) {
        int error_number = errno;
        cl_buffer_fini(&b);
        return os_error(S, "io:read-file", "read", f->path->bytes, error_number);
    }
    return text_to_string(S, "io:read-file", f->path->bytes, &b, result);
}

// (io:write-file H TEXT): writes TEXT at the handle's position; nil.
static int write_handle(ClState *S, Value *args, int argc, Value *result)
{
    File *f = NULL;
    String *text = NULL;
    TRY(handle_arg(S, "io:write-file", args, true, &f));
    TRY(cl_arg_string(S, "io:write-file", args, 1, &text));
    // Flushed at once, so that the file's other readers see each write in program order.
    if (fwrite(text->bytes, 1, text->size, f->fp) != text->size || fflush(f->fp) != 0) {
        int error_number = errno;
        clearerr(f->fp);
        return os_error(S, "io:write-file", "write", f->path->bytes, error_number);
    }
    *result = CL_NIL;
    return CL_OK;
}

// (io:close-file H): closes H; closing it again does nothing; nil.
static int close_handle(ClState *S, Value *args, int argc, Value *result)
{
    if (!cl_is_obj_type(args[0], OBJ_FILE))
        return cl_type_error_arg(S, "io:close-file", 1, "a file handle", args[0]);
    File *f = (File *)cl_as_object(args[0]);
    *result = CL_NIL;
    if (!f->fp)
        return CL_OK;
    int status = fclose(f->fp);
    f->fp = NULL;
    return status == 0 ? CL_OK : os_error(S, "io:close-file", "close", f->path->bytes, errno);
}

static const LibFunction io[] = {
    {"file-read", file_read, 1, 1, CL_EFFECT_IO, 0, NULL},
    {"file-write", file_write, 2, 2, CL_EFFECT_IO, 0, NULL},
    {"file-append", file_append, 2, 2, CL_EFFECT_IO, 0, NULL},
    {"file-exists?", file_exists, 1, 1, CL_EFFECT_IO, 0, NULL},
    {"file-delete", file_delete, 1, 1, CL_EFFECT_IO, 0, NULL},
    {"file-read-lines", file_read_lines, 1, 1, CL_EFFECT_IO, 0, NULL},
    {"file-write-lines", file_write_lines, 2, 2, CL_EFFECT_IO, 0, NULL},
    {"dir-list", dir_list, 1, 1, CL_EFFECT_IO, 0, NULL},
    {"dir-create", dir_create, 1, 1, CL_EFFECT_IO, 0, NULL},
    {"current-directory", current_directory, 0, 0, CL_EFFECT_IO, 0, NULL},
    {"read-line", read_line, 0, 0, CL_EFFECT_IO, 0, NULL},
    {"io:read-line", read_line, 0, 0, CL_EFFECT_IO, 0, NULL},
    {"io:read", read_line, 0, 0, CL_EFFECT_IO, 0, "io:read-line"},
    {"io:open-file", open_file, 2, 2, CL_EFFECT_IO, 0, NULL},
    {"io:read-file", read_handle, 1, 1, CL_EFFECT_IO, 0, NULL},
    {"io:write-file", write_handle, 2, 2, CL_EFFECT_IO, 0, NULL},
    {"io:close-file", close_handle, 1, 1, CL_EFFECT_IO, 0, NULL},
};

// Registers the file, directory, console-input and handle builtins.
ClStatus cl_lib_io_open(ClState *S) { return cl_lib_define(S, io, LIB_COUNT(io)); }
