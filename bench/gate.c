// gate.c: the repeatable figure the regression check gates on. Each small program of bench/gate
// runs under `valgrind --tool=callgrind`, counting the instructions executed inside cl_run_file
// (start-up excluded; the gate/startup case counts cl_open and the empty program's
// cl_run_string). Only our own code is counted, never the dynamic loader's work, which depends
// on the system's libraries. The same binary, input and environment give the same count, so a
// 5% change is the code's, not the machine's. Wall time is measured beside it, from ordinary
// runs.
#include "toolkit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

bool bench_have_valgrind(void)
{
    return bench_have_program("valgrind");
}

// Reads the total instruction count ("totals: N" or "summary: N") of a callgrind output file;
// -1 when there is none.
static long long read_callgrind_total(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    char line[512];
    long long total = -1;
    while (fgets(line, sizeof line, f)) {
        long long n;
        if (sscanf(line, "totals: %lld", &n) == 1 || sscanf(line, "summary: %lld", &n) == 1)
            total = n;
    }
    fclose(f);
    return total;
}

// Counts the instructions `command` (claudelang run FILE, or eval) executes inside the
// functions `inside` (NULL-terminated) under callgrind. Checks the exit status and, when
// `expected` is not NULL, the output. Returns -1 with `failure` filled on failure.
static long long count_instructions(char *const command[], const char *const inside[],
                                    const char *expected, char *failure, size_t size)
{
    char out_file[] = "/tmp/claudelang-gate-XXXXXX";
    int fd = mkstemp(out_file);
    if (fd < 0) {
        snprintf(failure, size, "cannot create a temporary file");
        return -1;
    }
    close(fd);
    char out_option[64], toggles[4][96];
    snprintf(out_option, sizeof out_option, "--callgrind-out-file=%s", out_file);
    char *argv[24] = {"valgrind", "--tool=callgrind", out_option, "--collect-atstart=no"};
    int n = 4;
    for (int i = 0; inside[i] && i < 4; i++) {
        snprintf(toggles[i], sizeof toggles[i], "--toggle-collect=%s", inside[i]);
        argv[n++] = toggles[i];
    }
    for (int i = 0; command[i] && n < 23; i++)
        argv[n++] = command[i];
    argv[n] = NULL;
    ProcessRun run;
    bench_process_run(argv, NULL, NULL, 600, false, &run);
    long long total = read_callgrind_total(out_file);
    unlink(out_file);
    if (run.status != 0) {
        const char *errors = run.errors ? run.errors : "";
        const char *line = strstr(errors, "error[");
        line = line ? line : errors;
        snprintf(failure, size, "exit status %d: %.*s", run.status, (int)strcspn(line, "\n"),
                 line);
        total = -1;
    } else if (expected && (!run.output || strcmp(run.output, expected) != 0)) {
        snprintf(failure, size, "wrong output: %.*s", (int)strcspn(run.output, "\n"),
                 run.output ? run.output : "");
        total = -1;
    } else if (total < 0) {
        snprintf(failure, size, "callgrind wrote no instruction count");
    }
    bench_process_free(&run);
    return total;
}

// The median wall time of `runs` ordinary runs of `command`.
static double wall_time(char *const command[], int runs)
{
    double times[16];
    int count = 0;
    for (int i = 0; i < runs && i < 16; i++) {
        ProcessRun run;
        bench_process_run(command, NULL, NULL, 600, false, &run);
        if (run.status == 0)
            times[count++] = run.wall_ns;
        bench_process_free(&run);
    }
    if (count == 0)
        return 0;
    BenchResult r = {0};
    bench_summarize(&r, times, (uint32_t)count);
    return r.median;
}

// Measures one gate case and appends its result. Returns 1 when it failed.
static int gate_case(const BenchPlan *plan, const char *name, char *const command[],
                     const char *const inside[], const char *expected, json_t *results)
{
    bench_progress(plan, "  %s (callgrind)", name);
    char failure[300] = "";
    long long instructions =
        count_instructions(command, inside, expected, failure, sizeof failure);
    json_t *object = json_object();
    json_object_set_new(object, "name", json_string(name));
    json_object_set_new(object, "component", json_string("gate"));
    json_object_set_new(object, "kind", json_string("instructions"));
    char operation[160] = "instructions inside";
    for (int i = 0; inside[i]; i++)
        snprintf(operation + strlen(operation), sizeof operation - strlen(operation), "%s %s",
                 i ? " and" : "", inside[i]);
    json_object_set_new(object, "operation", json_string(operation));
    json_object_set_new(object, "checked", json_boolean(instructions >= 0));
    if (instructions < 0) {
        json_object_set_new(object, "failure", json_string(failure));
        fprintf(stderr, "claudelang bench: %s: %s\n", name, failure);
    } else {
        json_object_set_new(object, "instructions", json_integer(instructions));
        json_object_set_new(object, "wall_ns",
                            json_real(wall_time(command, plan->quick ? 1 : 3)));
    }
    json_array_append_new(results, object);
    return instructions < 0;
}

// Reads the expected output of a gate program (malloc'd), or NULL when it has none.
static char *expected_output(const char *path)
{
    char out_path[4200];
    snprintf(out_path, sizeof out_path, "%.*s.out", (int)strlen(path) - 3, path);
    FILE *f = fopen(out_path, "rb");
    if (!f)
        return NULL;
    char *text = calloc(1, 65536);
    if (text && fread(text, 1, 65535, f) == 0)
        text[0] = '\0';
    fclose(f);
    return text;
}

int bench_suite_gate(const BenchPlan *plan, json_t *results)
{
    if (!bench_have_valgrind()) {
        fprintf(stderr, "claudelang bench: valgrind is not installed: no instruction counts\n");
        return 0;
    }
    int failed = 0;
    if (bench_name_matches(plan->filter, "gate/startup")) {
        char *command[] = {(char *)plan->claudelang, "eval", "nil", NULL};
        static const char *const inside[] = {"cl_open", "cl_run_string", NULL};
        failed += gate_case(plan, "gate/startup", command, inside, "nil\n", results);
    }
    static const char *const programs[] = {"fib", "loop", "lists", "closures", "tree",
                                           "strings", "adts", "effects", "modules"};
    for (size_t i = 0; i < sizeof programs / sizeof programs[0]; i++) {
        char name[64], path[4200];
        snprintf(name, sizeof name, "gate/%s", programs[i]);
        if (!bench_name_matches(plan->filter, name))
            continue;
        snprintf(path, sizeof path, "%s/bench/gate/%s.cl", plan->source_dir, programs[i]);
        char *expected = expected_output(path);
        char *command[] = {(char *)plan->claudelang, "run", path, NULL};
        static const char *const inside[] = {"cl_run_file", NULL};
        failed += gate_case(plan, name, command, inside, expected, results);
        free(expected);
    }
    return failed;
}
