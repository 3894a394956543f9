// cli.h: the commands of the `claudelang` executable. Each takes the arguments after its own
// name and returns the process exit status (0 success, 1 program error, 2 usage error).
#ifndef CL_CLI_H
#define CL_CLI_H

#include <stddef.h>

#define CL_VERSION_STRING "0.1.0"

int cli_run(int argc, char **argv);
int cli_eval(int argc, char **argv);
int cli_parse(int argc, char **argv);
int cli_disasm(int argc, char **argv);
int cli_repl(int argc, char **argv);
int cli_bench(int argc, char **argv);

// Reads a whole file into a malloc'd buffer followed by CL_LEX_PADDING NUL bytes (for
// cl_parse_padded; so it is NUL-terminated too). Returns NULL (and prints
// "claudelang: cannot read PATH: reason" to stderr) on failure.
char *cli_read_file(const char *path, size_t *length);

#endif
