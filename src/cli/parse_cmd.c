// parse_cmd.c: `claudelang parse FILE [--quiet|--json]` (front-end work in progress).
#include "cli.h"

#include <stdio.h>

int cli_parse(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fputs("claudelang parse: not built yet\n", stderr);
    return 2;
}
