// main.c: the `claudelang` command line. Dispatches to one function per command; each command
// lives in its own file of src/cli and reaches the library through claudelang.h (tools also
// through syntax.h).
#include "cli.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

typedef struct Command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} Command;

static const Command commands[] = {
    {"run", cli_run, "run a program file"},
    {"eval", cli_eval, "evaluate source text and print the value of its last form"},
    {"parse", cli_parse, "parse a file and print its syntax graph or its diagnostics"},
    {"repl", cli_repl, "start the interactive interpreter"},
    {"disasm", cli_disasm, "compile a file and print its bytecode"},
    {"bench", cli_bench, "run the benchmarks: results, report, dashboard, regression check"},
};

static void print_usage(FILE *out)
{
    fputs("usage: claudelang COMMAND [ARGS...]\n\ncommands:\n", out);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(out, "  %-8s %s\n", commands[i].name, commands[i].summary);
    fputs("\n`claudelang COMMAND --help` describes a command.\n"
          "options: --help, --version\n",
          out);
}

// Runs the command named by argv[1].
static int dispatch(int argc, char **argv)
{
    if (argc < 2) {
        print_usage(stderr);
        return 2;
    }
    const char *name = argv[1];
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0 || strcmp(name, "help") == 0) {
        print_usage(stdout);
        return 0;
    }
    if (strcmp(name, "--version") == 0) {
        printf("claudelang %s\n", CL_VERSION_STRING);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(name, commands[i].name) == 0)
            return commands[i].run(argc - 2, argv + 2);
    fprintf(stderr, "claudelang: unknown command '%s'\n", name);
    fputs("usage: claudelang COMMAND [ARGS...]  (try 'claudelang --help')\n", stderr);
    return 2;
}

// The parser and the compiler recurse once per level of nesting, up to their depth limits
// (CL_PARSE_MAX_DEPTH, the compiler's MAX_COMPILE_DEPTH): under AddressSanitizer that can take
// more than the usual 8 MB stack. The main thread's stack grows on demand up to RLIMIT_STACK,
// and Linux leaves at least 128 MB below it unmapped: raise the soft limit to 120 MB (a thread
// with its own big stack would do too, but costs a fifth of the start-up time).
#define COMMAND_STACK_SIZE ((rlim_t)120 << 20)

int main(int argc, char **argv)
{
    struct rlimit stack;
    if (getrlimit(RLIMIT_STACK, &stack) == 0 && stack.rlim_cur != RLIM_INFINITY &&
        stack.rlim_cur < COMMAND_STACK_SIZE) {
        stack.rlim_cur = stack.rlim_max == RLIM_INFINITY || stack.rlim_max > COMMAND_STACK_SIZE
                             ? COMMAND_STACK_SIZE
                             : stack.rlim_max;
        setrlimit(RLIMIT_STACK, &stack);
    }
    return dispatch(argc, argv);
}
