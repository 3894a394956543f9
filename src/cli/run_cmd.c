// run_cmd.c: `claudelang run FILE` and `claudelang eval SOURCE`.
#include "cli.h"

#include <stdio.h>

int cli_run(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("claudelang run: evaluation is not built yet\n", stderr);
    return 2;
}

int cli_eval(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("claudelang eval: evaluation is not built yet\n", stderr);
    return 2;
}
