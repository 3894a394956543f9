// parse_cmd.c: `claudelang parse FILE [--quiet|--json]`. Reads a file without running it and
// prints its syntax graph (an indented listing, or JSON) on stdout and every diagnostic,
// rendered, on stderr. A tool of the front end, so it uses syntax.h directly.
#include "cli.h"
#include "syntax/syntax.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage[] = "usage: claudelang parse FILE [--quiet|--json]\n";

static void print_help(void)
{
    fputs(usage, stdout);
    fputs("\nReads FILE without running it: prints its syntax graph, one node per line as\n"
          "KIND LINE:COL-LINE:COL [flags] text, and its syntax errors on stderr.\n"
          "\n"
          "options:\n"
          "  --json    print the syntax graph, comments and diagnostics as JSON\n"
          "  --quiet   print only the diagnostics\n"
          "  --help    show this help\n"
          "\n"
          "exit status: 0 no syntax errors, 1 syntax errors or an unreadable file, 2 usage\n",
          stdout);
}

// Prints "claudelang parse: MESSAGE ['ARGUMENT']" and the usage hint; returns 2.
static int usage_error(const char *message, const char *argument)
{
    if (argument)
        fprintf(stderr, "claudelang parse: %s '%s'\n", message, argument);
    else
        fprintf(stderr, "claudelang parse: %s\n", message);
    fputs("usage: claudelang parse FILE [--quiet|--json]  (try 'claudelang parse --help')\n",
          stderr);
    return 2;
}

// Prints every diagnostic of `tree` to stderr, in source order. False when out of memory.
static bool print_diagnostics(const Tree *tree, const LineMap *map, const char *path)
{
    bool color = isatty(fileno(stderr)) && getenv("NO_COLOR") == NULL;
    for (uint32_t i = 0; i < tree->diags.count; i++) {
        char *text = cl_diag_render(&tree->diags.items[i], path, map, color);
        if (!text)
            return false;
        fputs(text, stderr);
        free(text);
    }
    return true;
}

// Parses the file at `path` and prints what the options ask for. Returns the exit status.
static int parse_file(const char *path, bool quiet, bool json)
{
    size_t length;
    char *source = cli_read_file(path, &length);
    if (!source)
        return 1;
    Tree tree;
    LineMap map;
    cl_tree_init(&tree);
    bool clean = cl_parse_padded(&tree, path, source, length); // cli_read_file pads
    int status = clean ? 0 : 1;
    if (!cl_linemap_init(&map, source, length)) {
        fprintf(stderr, "claudelang: out of memory\n");
        status = 1;
    } else {
        if (!quiet)
            cl_tree_dump(&tree, &map, stdout, json);
        if (!print_diagnostics(&tree, &map, path)) {
            fprintf(stderr, "claudelang: out of memory\n");
            status = 1;
        }
        cl_linemap_fini(&map);
    }
    if (fflush(stdout) != 0)
        status = 1;
    cl_tree_fini(&tree);
    free(source);
    return status;
}

int cli_parse(int argc, char **argv)
{
    const char *path = NULL;
    bool quiet = false, json = false, options = true;
    for (int i = 0; i < argc; i++) {
        const char *arg = argv[i];
        if (options && strcmp(arg, "--") == 0) {
            options = false;
        } else if (options && (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0)) {
            print_help();
            return 0;
        } else if (options && strcmp(arg, "--quiet") == 0) {
            quiet = true;
        } else if (options && strcmp(arg, "--json") == 0) {
            json = true;
        } else if (options && arg[0] == '-' && arg[1] != '\0') {
            return usage_error("unknown option", arg);
        } else if (path) {
            return usage_error("more than one FILE given:", arg);
        } else {
            path = arg;
        }
    }
    if (!path)
        return usage_error("no FILE given", NULL);
    if (quiet && json)
        return usage_error("--quiet and --json cannot be combined", NULL);
    return parse_file(path, quiet, json);
}
