// repl.c: `claudelang repl`, the interactive loop. Lines are read with libedit (history in
// ~/.claudelang_history); an input whose brackets or string are still open continues on the
// next line; every complete input runs in one interpreter, so definitions persist; the value
// of the last form is shown in its written form, an error as the CLI reports it.
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "claudelang.h"
#include "runtime/dynload.h"
#include "syntax/syntax.h"

static const char repl_help[] =
    "Type ClaudeLang forms; a form may span several lines. The value of the last form is\n"
    "shown. Commands: :help  :quit (or end of input)  :reset (a fresh interpreter)\n";

// Whether `text` is only incomplete (an unclosed bracket or string at its end), so the REPL
// should read another line instead of reporting an error.
static bool is_incomplete(const char *text, size_t length)
{
    Tree tree;
    cl_tree_init(&tree);
    bool incomplete = false;
    if (!cl_parse(&tree, "<repl>", text, length)) {
        incomplete = true;
        for (uint32_t i = 0; i < tree.diags.count; i++) {
            const char *code = tree.diags.items[i].code;
            if (!code || (strcmp(code, "unclosed") != 0 && strcmp(code, "unterminated-string") != 0))
                incomplete = false;
        }
    }
    cl_tree_fini(&tree);
    return incomplete;
}

// Reads one line: through libedit when stdin is a terminal, else plainly (for scripts/tests).
static char *read_line(const char *prompt, bool interactive)
{
    if (interactive)
        return cl_edit()->readline(prompt);
    size_t capacity = 0;
    char *line = NULL;
    ssize_t n = getline(&line, &capacity, stdin);
    if (n < 0) {
        free(line);
        return NULL;
    }
    if (n > 0 && line[n - 1] == '\n')
        line[n - 1] = '\0';
    return line;
}

// Runs one complete input and shows its value or its error.
static void evaluate(ClState *S, const char *text, size_t length)
{
    if (cl_run_string(S, "<repl>", text, length) == CL_OK) {
        char *written = cl_write_slot(S, 0);
        fflush(stdout);
        if (written)
            printf("%s\n", written);
        free(written);
    } else {
        fflush(stdout);
        fputs(cl_error_text(S), stderr);
    }
    fflush(stdout);
}

int cli_repl(int argc, char **argv)
{
    if (argc > 0) {
        if (strcmp(argv[0], "--help") == 0) {
            printf("usage: claudelang repl\n%s", repl_help);
            return 0;
        }
        fprintf(stderr, "claudelang repl: unexpected argument %s\nusage: claudelang repl\n",
                argv[0]);
        return 2;
    }
    // Line editing when stdin is a terminal and libedit loads; plain lines otherwise.
    bool interactive = isatty(STDIN_FILENO) && cl_edit();
    char history[4096] = "";
    if (interactive) {
        const char *home = getenv("HOME");
        if (home)
            snprintf(history, sizeof history, "%s/.claudelang_history", home);
        cl_edit()->using_history();
        cl_edit()->read_history(history);
        printf("ClaudeLang %s — :help for help, :quit to leave\n", CL_VERSION_STRING);
    }
    ClState *S = cl_open(NULL);
    if (!S) {
        fputs("claudelang: cannot start the interpreter (out of memory)\n", stderr);
        return 1;
    }
    char *input = NULL;
    size_t length = 0;
    for (;;) {
        char *line = read_line(input ? "...> " : "cl> ", interactive);
        if (!line)
            break;
        if (!input && strcmp(line, ":quit") == 0) {
            free(line);
            break;
        }
        if (!input && (strcmp(line, ":help") == 0 || strcmp(line, ":reset") == 0)) {
            if (line[1] == 'h') {
                fputs(repl_help, stdout);
            } else {
                cl_close(S);
                S = cl_open(NULL);
                if (!S) {
                    free(line);
                    return 1;
                }
            }
            free(line);
            continue;
        }
        size_t n = strlen(line);
        char *grown = realloc(input, length + n + 2);
        if (!grown) {
            free(line);
            break;
        }
        input = grown;
        memcpy(input + length, line, n);
        length += n;
        input[length++] = '\n';
        input[length] = '\0';
        free(line);
        if (is_incomplete(input, length))
            continue;
        if (interactive && length > 1) {
            input[length - 1] = '\0';
            cl_edit()->add_history(input);
            input[length - 1] = '\n';
        }
        evaluate(S, input, length);
        free(input);
        input = NULL;
        length = 0;
    }
    if (input)
        evaluate(S, input, length);  // what remains at end of input, reported as it is
    free(input);
    if (interactive) {
        cl_edit()->write_history(history);
        putchar('\n');
    }
    cl_close(S);
    return 0;
}
