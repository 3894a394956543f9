// bench_cmd.c: `claudelang bench`, the performance-tracking command. Runs the benchmark suites
// of bench/ (toolkit.h), writes results.json, report.md and dashboard.html, keeps the run in the
// history folder, and with --check gates on callgrind instruction counts against the stored
// baseline. docs/PERFORMANCE.md explains how to run, read and extend it.
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "toolkit.h"

static const char bench_usage[] =
    "usage: claudelang bench [OPTIONS]\n"
    "Runs the benchmark suite and writes DIR/results.json, DIR/report.md and\n"
    "DIR/dashboard.html; the run is also kept in the history folder.\n"
    "\n"
    "options:\n"
    "  --quick            a smoke run of about a minute: short samples, one run per program,\n"
    "                     no in-process programs, no callgrind gate\n"
    "  --out DIR          where the results go (default: bench/out in the source tree)\n"
    "  --suite LIST       only these suites, comma-separated: parse, vm, programs, examples,\n"
    "                     memory, gate (default: all)\n"
    "  --filter TEXT      only the benchmarks whose name contains TEXT (or one of A,B,...)\n"
    "  --no-peers         do not run the Lua 5.4 and LuaJIT twins\n"
    "  --history DIR      the history folder (default: bench/history in the source tree)\n"
    "  --no-history       do not keep this run in the history\n"
    "  --python FILE      the Python baseline (default: bench/python_baseline.json)\n"
    "  --verify           only check that every benchmark computes the right output\n"
    "  --render           measure nothing: redraw report and dashboard from the history's\n"
    "                     latest run\n"
    "  --check            the regression gate: count instructions with callgrind and exit 1,\n"
    "                     naming each benchmark more than 5% worse than the baseline\n"
    "  --baseline FILE    the gate's baseline (default: bench/baseline.json)\n"
    "  --threshold PCT    the gate's tolerance in percent (default 5)\n"
    "  --save-baseline    count instructions and write them to the baseline file\n"
    "  --source DIR       the source tree (default: the one this binary was built from)\n"
    "  --quiet            no progress lines\n"
    "  --help             show this help\n";

// Everything the command line asked for.
typedef struct BenchArgs {
    BenchPlan plan;
    const char *out_dir, *history_dir, *python_path, *baseline_path;
    bool no_history, render, check, save_baseline;
    double threshold;
    char out_buffer[4096], history_buffer[4096], python_buffer[4096], baseline_buffer[4096];
    char self[4096];
} BenchArgs;

// Prints a usage error and returns the usage exit status, 2.
static int bench_usage_error(const char *message, const char *arg)
{
    fprintf(stderr, "claudelang bench: %s%s%s\n", message, arg ? " " : "", arg ? arg : "");
    fputs("usage: claudelang bench [OPTIONS]  (try 'claudelang bench --help')\n", stderr);
    return 2;
}

// The path of the running executable (for the whole-program runs), or "claudelang".
static void find_self(char *out, size_t size)
{
    ssize_t n = readlink("/proc/self/exe", out, size - 1);
    if (n <= 0)
        snprintf(out, size, "claudelang");
    else
        out[n] = '\0';
}

// Reads the value of the option at argv[*i] into *out and moves past it; false if it is missing.
static bool option_value(int argc, char **argv, int *i, const char **out)
{
    if (*i + 1 >= argc)
        return false;
    *out = argv[++*i];
    return true;
}

// Where the value of an option that names a file, folder or text goes; NULL for other options.
static const char **path_option(BenchArgs *a, const char *arg)
{
    const struct {
        const char *name;
        const char **slot;
    } options[] = {{"--out", &a->out_dir},           {"--history", &a->history_dir},
                   {"--python", &a->python_path},    {"--baseline", &a->baseline_path},
                   {"--source", &a->plan.source_dir}, {"--filter", &a->plan.filter}};
    for (size_t i = 0; i < sizeof options / sizeof options[0]; i++)
        if (strcmp(arg, options[i].name) == 0)
            return options[i].slot;
    return NULL;
}

// Parses the options into `a`. Returns -1 to go on, else the exit status.
static int parse_bench_options(int argc, char **argv, BenchArgs *a)
{
    for (int i = 0; i < argc; i++) {
        const char *arg = argv[i], *value = NULL;
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            fputs(bench_usage, stdout);
            return 0;
        } else if (strcmp(arg, "--quick") == 0) {
            a->plan.quick = true;
        } else if (strcmp(arg, "--verify") == 0) {
            a->plan.verify = true;
        } else if (strcmp(arg, "--no-peers") == 0) {
            a->plan.peers = false;
        } else if (strcmp(arg, "--no-history") == 0) {
            a->no_history = true;
        } else if (strcmp(arg, "--render") == 0) {
            a->render = true;
        } else if (strcmp(arg, "--check") == 0) {
            a->check = true;
        } else if (strcmp(arg, "--save-baseline") == 0) {
            a->save_baseline = true;
        } else if (strcmp(arg, "--quiet") == 0) {
            a->plan.quiet = true;
        } else if (strcmp(arg, "--suite") == 0) {
            if (!option_value(argc, argv, &i, &value) ||
                !bench_suites_parse(value, &a->plan.suites))
                return bench_usage_error("unknown or missing suite in", value ? value : arg);
        } else if (strcmp(arg, "--threshold") == 0) {
            char *end = NULL;
            if (option_value(argc, argv, &i, &value))
                a->threshold = strtod(value, &end) / 100;
            if (!value || !end || *end || !(a->threshold > 0))
                return bench_usage_error("--threshold needs a positive percentage", NULL);
        } else if (path_option(a, arg) != NULL) {
            if (!option_value(argc, argv, &i, &value))
                return bench_usage_error("missing the value of", arg);
            *path_option(a, arg) = value;
        } else {
            return bench_usage_error("unknown option", arg);
        }
    }
    return -1;
}

// Fills in the defaults that depend on the source tree.
static void apply_defaults(BenchArgs *a)
{
    const char *src = a->plan.source_dir;
    if (!a->out_dir) {
        snprintf(a->out_buffer, sizeof a->out_buffer, "%s/bench/out", src);
        a->out_dir = a->out_buffer;
    }
    if (!a->history_dir) {
        snprintf(a->history_buffer, sizeof a->history_buffer, "%s/bench/history", src);
        a->history_dir = a->history_buffer;
    }
    if (!a->python_path) {
        snprintf(a->python_buffer, sizeof a->python_buffer, "%s/bench/python_baseline.json", src);
        a->python_path = a->python_buffer;
    }
    if (!a->baseline_path) {
        snprintf(a->baseline_buffer, sizeof a->baseline_buffer, "%s/bench/baseline.json", src);
        a->baseline_path = a->baseline_buffer;
    }
    if (a->check || a->save_baseline)
        a->plan.suites = BENCH_SUITE_GATE;
    else if (a->plan.suites == 0)
        a->plan.suites = a->plan.quick || a->plan.verify ? BENCH_SUITE_ALL & ~BENCH_SUITE_GATE
                                                         : BENCH_SUITE_ALL;
}

// Runs the selected suites into the document's results; returns the number of failed checks.
static int run_suites(const BenchPlan *plan, json_t *doc)
{
    static const struct {
        unsigned bit;
        const char *title;
        int (*run)(const BenchPlan *plan, json_t *results);
    } suites[] = {
        {BENCH_SUITE_PARSE, "parser micro cases", bench_suite_parse},
        {BENCH_SUITE_VM, "interpreter and VM micro cases", bench_suite_vm},
        {BENCH_SUITE_PROGRAMS, "programs beside Lua 5.4 and LuaJIT", bench_suite_programs},
        {BENCH_SUITE_EXAMPLES, "examples, end to end", bench_suite_examples},
        {BENCH_SUITE_MEMORY, "memory of a 10^6-element list", bench_suite_memory},
        {BENCH_SUITE_GATE, "instruction counts (callgrind)", bench_suite_gate},
    };
    json_t *results = json_object_get(doc, "results");
    int failed = 0;
    for (size_t i = 0; i < sizeof suites / sizeof suites[0]; i++) {
        if (!(plan->suites & suites[i].bit))
            continue;
        bench_progress(plan, "bench: %s", suites[i].title);
        failed += suites[i].run(plan, results);
    }
    return failed;
}

// --check and --save-baseline: the instruction counts against (or into) the baseline file.
static int run_gate(BenchArgs *a, json_t *doc)
{
    if (!bench_have_valgrind()) {
        fputs("claudelang bench: --check needs valgrind (callgrind counts the instructions)\n",
              stderr);
        return 2;
    }
    json_t *baseline = NULL;
    if (a->check) {
        baseline = bench_json_load(a->baseline_path);
        if (!baseline)
            return 2;
        const char *recorded = bench_text(baseline, "build");
        if (strcmp(recorded, bench_build_identity()) != 0) {
            fprintf(stderr, "claudelang bench: the baseline %s was recorded with \"%s\"; this "
                            "binary is \"%s\": instruction counts are not comparable\n",
                    a->baseline_path, recorded, bench_build_identity());
            json_decref(baseline);
            return 2;
        }
    }
    int failed = run_suites(&a->plan, doc);
    int status = failed ? 1 : 0;
    if (a->check) {
        printf("instruction counts vs %s (commit %.12s, threshold %.1f%%):\n", a->baseline_path,
               bench_text(baseline, "commit"), a->threshold * 100);
        int regressions = bench_gate_compare(doc, baseline, a->threshold);
        if (regressions > 0) {
            printf("claudelang bench: %d benchmark%s more than %.1f%% worse than the baseline\n",
                   regressions, regressions == 1 ? " is" : "s are", a->threshold * 100);
            status = 1;
        } else {
            printf("claudelang bench: no regression beyond %.1f%%\n", a->threshold * 100);
        }
    }
    if (a->save_baseline && failed == 0) {
        json_t *fresh = bench_gate_baseline(doc);
        if (!bench_json_save(fresh, a->baseline_path))
            status = 1;
        else
            printf("claudelang bench: baseline written to %s\n", a->baseline_path);
        json_decref(fresh);
    }
    json_decref(baseline);
    return status;
}

// Writes results.json, report.md and dashboard.html into the output folder.
static bool write_outputs(BenchArgs *a, json_t *doc, json_t *history)
{
    if (!bench_make_directory(a->out_dir))
        return false;
    char path[4200];
    snprintf(path, sizeof path, "%s/results.json", a->out_dir);
    bool ok = bench_json_save(doc, path);
    snprintf(path, sizeof path, "%s/report.md", a->out_dir);
    ok = bench_report_write(doc, bench_history_previous(history, doc), path) && ok;
    snprintf(path, sizeof path, "%s/dashboard.html", a->out_dir);
    ok = bench_dashboard_write(doc, history, path) && ok;
    if (ok && !a->plan.quiet)
        fprintf(stderr, "bench: wrote %s/results.json, report.md and dashboard.html\n",
                a->out_dir);
    return ok;
}

// Measures, records the run in the history and writes the outputs. Returns the exit status.
static int run_and_report(BenchArgs *a)
{
    json_t *doc = bench_document_new(&a->plan);
    int failed = run_suites(&a->plan, doc);
    bench_document_finish(doc);
    bool kept = a->no_history || a->plan.verify || bench_history_save(doc, a->history_dir);
    json_t *history = bench_history_load(a->history_dir);
    if (a->no_history || a->plan.verify)
        json_array_append(history, doc);
    bool written = a->plan.verify || write_outputs(a, doc, history);
    if (failed)
        fprintf(stderr, "claudelang bench: %d check%s failed (see the report)\n", failed,
                failed == 1 ? "" : "s");
    else if (a->plan.verify)
        fprintf(stderr, "claudelang bench: every benchmark computes the expected output\n");
    json_decref(history);
    json_decref(doc);
    return failed || !kept || !written ? 1 : 0;
}

// --render: the report and dashboard of the history's latest run, measuring nothing.
static int render_only(BenchArgs *a)
{
    json_t *history = bench_history_load(a->history_dir);
    json_t *latest = NULL;
    size_t i;
    json_t *run;
    json_array_foreach(history, i, run)
    {
        if (strcmp(bench_text(run, "mode"), "verify") != 0 &&
            (!latest || strcmp(bench_text(run, "date"), bench_text(latest, "date")) > 0))
            latest = run;
    }
    if (!latest) {
        fprintf(stderr, "claudelang bench: no run in %s to render\n", a->history_dir);
        json_decref(history);
        return 1;
    }
    bool ok = write_outputs(a, latest, history);
    json_decref(history);
    return ok ? 0 : 1;
}

// `claudelang bench [OPTIONS]`: see bench_usage.
int cli_bench(int argc, char **argv)
{
    BenchArgs a;
    memset(&a, 0, sizeof a);
    a.plan.source_dir = bench_source_dir();
    a.plan.peers = true;
    a.threshold = 0.05;
    int done = parse_bench_options(argc, argv, &a);
    if (done >= 0)
        return done;
    apply_defaults(&a);
    find_self(a.self, sizeof a.self);
    a.plan.claudelang = a.self;
    if (a.render)
        return render_only(&a);
    json_t *python = bench_json_load(a.python_path);
    if (!python)
        return 2;
    a.plan.python = python;
    int status;
    if (a.check || a.save_baseline) {
        json_t *doc = bench_document_new(&a.plan);
        status = run_gate(&a, doc);
        json_decref(doc);
    } else {
        status = run_and_report(&a);
    }
    json_decref(python);
    return status;
}
