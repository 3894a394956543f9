// util.c: small helpers shared by the commands.
#include "cli.h"
#include "syntax/syntax.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *cli_read_file(const char *path, size_t *length)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "claudelang: cannot read %s: %s\n", path, strerror(errno));
        return NULL;
    }
    size_t capacity = 1 << 16, used = 0;
    char *buffer = malloc(capacity);
    while (buffer) {
        used += fread(buffer + used, 1, capacity - used - 1, f);
        if (used < capacity - 1)
            break;
        char *bigger = realloc(buffer, capacity * 2);
        if (!bigger) {
            free(buffer);
            buffer = NULL;
            break;
        }
        buffer = bigger;
        capacity *= 2;
    }
    bool failed = buffer == NULL || ferror(f);
    fclose(f);
    if (failed) {
        free(buffer);
        fprintf(stderr, "claudelang: cannot read %s: %s\n", path,
                buffer ? "read error" : "out of memory");
        return NULL;
    }
    if (capacity - used < CL_LEX_PADDING) { // room for the parser's padding (cl_parse_padded)
        char *bigger = realloc(buffer, used + CL_LEX_PADDING);
        if (!bigger) {
            free(buffer);
            fprintf(stderr, "claudelang: cannot read %s: out of memory\n", path);
            return NULL;
        }
        buffer = bigger;
    }
    memset(buffer + used, 0, CL_LEX_PADDING);
    *length = used;
    return buffer;
}
