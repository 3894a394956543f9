// run_cmd.c: `claudelang run FILE` and `claudelang eval SOURCE` (CONVENTIONS.md): options,
// one interpreter, the program's output on stdout, an uncaught error on stderr with exit 1.
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "claudelang.h"

static const char run_usage[] =
    "usage: claudelang run [OPTIONS] FILE.cl [ARGS...]\n"
    "       claudelang eval [OPTIONS] 'SOURCE'\n"
    "\n"
    "options:\n"
    "  --seed N          seed the random generator (reproducible runs)\n"
    "  --allow-network   let network:fetch reach the network\n"
    "  --deny KINDS      refuse effects of these kinds (comma-separated: io,state,time,\n"
    "                    random,network) with error[effect-denied]\n"
    "  --no-optimize     turn the optimizer off\n"
    "  --depth-limit N   the maximum call depth (default 1000000)\n"
    "  --memory-limit N  the heap limit in bytes (default: half the physical memory;\n"
    "                    0: no limit)\n"
    "  --help            show this help\n";

// Parses the comma-separated effect kinds of --deny into a mask; false on an unknown kind.
static bool parse_kinds(const char *text, unsigned *mask)
{
    static const struct {
        const char *name;
        ClEffectKind kind;
    } kinds[] = {{"io", CL_EFFECT_IO},         {"state", CL_EFFECT_STATE},
                 {"time", CL_EFFECT_TIME},     {"random", CL_EFFECT_RANDOM},
                 {"network", CL_EFFECT_NETWORK}};
    while (*text) {
        const char *end = strchr(text, ',');
        size_t length = end ? (size_t)(end - text) : strlen(text);
        bool found = false;
        for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
            if (strlen(kinds[i].name) == length && strncmp(kinds[i].name, text, length) == 0) {
                *mask |= 1u << kinds[i].kind;
                found = true;
            }
        if (!found && length > 0)
            return false;
        text += length + (end ? 1 : 0);
    }
    return true;
}

static bool parse_number(const char *text, unsigned long long *out)
{
    char *end;
    errno = 0;
    *out = strtoull(text, &end, 10);
    return errno == 0 && end != text && *end == '\0' && text[0] != '-';
}

static int usage_error(const char *command, const char *message, const char *arg)
{
    fprintf(stderr, "claudelang %s: %s%s%s\n", command, message, arg ? " " : "", arg ? arg : "");
    fprintf(stderr, "usage: claudelang %s [OPTIONS] %s  (try 'claudelang %s --help')\n", command,
            strcmp(command, "run") == 0 ? "FILE.cl" : "'SOURCE'", command);
    return 2;
}

// The command line's default heap limit: half the physical memory, so that a runaway program
// stops with error[out-of-memory] instead of being killed by the system. 0 (no limit) when the
// size is unknown.
static size_t default_memory_limit(void)
{
    long pages = sysconf(_SC_PHYS_PAGES), page_size = sysconf(_SC_PAGESIZE);
    if (pages <= 0 || page_size <= 0)
        return 0;
    return (size_t)pages / 2 * (size_t)page_size;
}

// Reads the options before the file or source; *next is the index of the first operand.
static int parse_options(const char *command, int argc, char **argv, ClConfig *config,
                         int *next)
{
    // The test suite runs every case with the optimizer (and the JIT) off as well.
    const char *env = getenv("CLAUDELANG_NO_OPTIMIZE");
    config->no_optimize = env && strcmp(env, "1") == 0;
    env = getenv("CLAUDELANG_NO_JIT");
    config->no_jit = env && strcmp(env, "1") == 0;
    config->memory_limit = default_memory_limit();
    int i = 0;
    for (; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
        const char *a = argv[i];
        unsigned long long n;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(run_usage, stdout);
            return 0;
        } else if (strcmp(a, "--allow-network") == 0) {
            config->allow_network = true;
        } else if (strcmp(a, "--no-optimize") == 0) {
            config->no_optimize = true;
        } else if (strcmp(a, "--no-jit") == 0) {
            config->no_jit = true;
        } else if (strcmp(a, "--seed") == 0 && i + 1 < argc && parse_number(argv[i + 1], &n)) {
            config->seeded = true;
            config->seed = n;
            i++;
        } else if (strcmp(a, "--deny") == 0 && i + 1 < argc) {
            if (!parse_kinds(argv[++i], &config->deny))
                return usage_error(command, "unknown effect kind in", argv[i]);
        } else if (strcmp(a, "--depth-limit") == 0 && i + 1 < argc &&
                   parse_number(argv[i + 1], &n) && n > 0 && n <= 100000000) {
            config->depth_limit = (uint32_t)n;
            i++;
        } else if (strcmp(a, "--memory-limit") == 0 && i + 1 < argc &&
                   parse_number(argv[i + 1], &n)) {
            config->memory_limit = (size_t)n;
            i++;
        } else if (strcmp(a, "--") == 0) {
            i++;
            break;
        } else {
            return usage_error(command, "unknown or incomplete option", a);
        }
    }
    *next = i;
    return -1;
}

// Prints the report of the state's uncaught error after flushing the program's output.
static int report(ClState *S)
{
    fflush(stdout);
    fputs(cl_error_text(S), stderr);
    return 1;
}

int cli_run(int argc, char **argv)
{
    ClConfig config;
    cl_config_init(&config);
    int next, done = parse_options("run", argc, argv, &config, &next);
    if (done >= 0)
        return done;
    if (next >= argc)
        return usage_error("run", "missing the program file", NULL);
    ClState *S = cl_open(&config);
    if (!S) {
        fputs("claudelang: cannot start the interpreter (out of memory)\n", stderr);
        return 1;
    }
    int status = cl_run_file(S, argv[next]) == CL_OK ? 0 : report(S);
    fflush(stdout);
    cl_close(S);
    return status;
}

int cli_eval(int argc, char **argv)
{
    ClConfig config;
    cl_config_init(&config);
    int next, done = parse_options("eval", argc, argv, &config, &next);
    if (done >= 0)
        return done;
    if (next >= argc)
        return usage_error("eval", "missing the source text", NULL);
    if (next + 1 < argc)
        return usage_error("eval", "unexpected argument", argv[next + 1]);
    ClState *S = cl_open(&config);
    if (!S) {
        fputs("claudelang: cannot start the interpreter (out of memory)\n", stderr);
        return 1;
    }
    int status = 0;
    if (cl_run_string(S, "<eval>", argv[next], strlen(argv[next])) == CL_OK) {
        char *text = cl_write_slot(S, 0);
        if (text) {
            fputs(text, stdout);
            fputc('\n', stdout);
            free(text);
        }
    } else {
        status = report(S);
    }
    fflush(stdout);
    cl_close(S);
    return status;
}

int cli_disasm(int argc, char **argv)
{
    ClConfig config;
    cl_config_init(&config);
    if (argc == 1 && strcmp(argv[0], "--help") == 0) {
        fputs("usage: claudelang disasm [--no-optimize] FILE.cl\n"
              "Compiles FILE without running it and prints the bytecode of each form.\n",
              stdout);
        return 0;
    }
    int next = 0;
    if (argc > 0 && strcmp(argv[0], "--no-optimize") == 0) {
        config.no_optimize = true;
        next = 1;
    }
    if (next + 1 != argc || argv[next][0] == '-')
        return usage_error("disasm", argc <= next ? "missing the file" : "unexpected argument",
                           argc <= next ? NULL : argv[argc - 1]);
    size_t length;
    char *source = cli_read_file(argv[next], &length);
    if (!source)
        return 1;
    ClState *S = cl_open(&config);
    if (!S) {
        free(source);
        fputs("claudelang: cannot start the interpreter (out of memory)\n", stderr);
        return 1;
    }
    char *listing = cl_disassemble_source(S, argv[next], source, length);
    int status = listing ? (fputs(listing, stdout), 0) : report(S);
    free(listing);
    free(source);
    cl_close(S);
    return status;
}
