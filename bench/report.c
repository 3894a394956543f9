// report.c: the Markdown report of a run (report.md): the goals of the performance issues,
// every benchmark against the Python implementation's figures, against the previous run in the
// history, and against Lua 5.4 and LuaJIT where a twin program exists.
#include "toolkit.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

const char *bench_format_ns(double ns, char *out, size_t size)
{
    if (!(ns > 0))
        snprintf(out, size, "-");
    else if (ns < 1e3)
        snprintf(out, size, "%.1f ns", ns);
    else if (ns < 1e6)
        snprintf(out, size, "%.2f µs", ns / 1e3);
    else if (ns < 1e9)
        snprintf(out, size, "%.2f ms", ns / 1e6);
    else
        snprintf(out, size, "%.2f s", ns / 1e9);
    return out;
}

const char *bench_text(json_t *object, const char *key)
{
    const char *text = json_string_value(json_object_get(object, key));
    return text ? text : "";
}

double bench_number(json_t *object, const char *key)
{
    return json_number_value(json_object_get(object, key));
}

// Formats kilobytes as MB into `out`.
static const char *format_kb(double kb, char *out, size_t size)
{
    if (kb <= 0)
        snprintf(out, size, "-");
    else
        snprintf(out, size, "%.1f MB", kb / 1024);
    return out;
}

// The change of `now` against `before` as "+3.1%" (with a warning sign past 5% worse), or "-"
// when there is nothing to compare.
static const char *format_change(double now, double before, char *out, size_t size)
{
    if (!(now > 0) || !(before > 0))
        snprintf(out, size, "-");
    else {
        double change = (now - before) / before * 100;
        snprintf(out, size, "%+.1f%%%s", change, change > 5 ? " ⚠" : "");
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Goals

// A goal of issues 3 and 5: a ratio of benchmark `name` that must reach `minimum`. For a peer
// (`peer` not NULL) the ratio is the peer's time over ours ("ratio", and the same with each
// side's start-up time taken off, "ratio_excluding_startup") or its memory over ours
// ("memory_ratio"); otherwise it is the speedup over the Python implementation.
typedef struct Goal {
    const char *name;
    const char *peer;
    const char *field;
    double minimum;
    const char *text;
} Goal;

static const Goal goals[] = {
    {"programs/fib", "lua", "ratio", 1.3, "fib(30) at least 1.3x faster than Lua 5.4"},
    {"programs/loop", "lua", "ratio", 1.0, "10^7-iteration tail loop no slower than Lua 5.4"},
    {"programs/lists", "lua", "ratio", 1.0, "build/map/filter/fold of 10^6 no slower than Lua"},
    {"programs/closures", "lua", "ratio", 1.0, "10^6 closures no slower than Lua 5.4"},
    {"programs/tree", "lua", "ratio", 1.0, "ADT tree insertion no slower than Lua 5.4"},
    {"interp/fib10", NULL, "speedup", 1000, "fib(10) at least 1000x faster than Python"},
    {"memory/list_1e6", "lua", "memory_ratio", 1.0,
     "10^6-element list no bigger than a Lua table"},
};

// Adds "ratio_excluding_startup" to every peer of the whole-program results: the peer's median
// less its empty-program median, over ours less ours (from "startup/empty").
static void add_startup_excluded(json_t *doc)
{
    json_t *startup = bench_find_result(doc, "startup/empty");
    double own_startup = bench_number(startup, "median");
    size_t i;
    json_t *result;
    json_array_foreach(json_object_get(doc, "results"), i, result)
    {
        if (strcmp(bench_text(result, "component"), "programs") != 0 || !(own_startup > 0))
            continue;
        double own = bench_number(result, "median") - own_startup;
        const char *label;
        json_t *peer;
        json_object_foreach(json_object_get(result, "peers"), label, peer)
        {
            double peer_startup =
                bench_number(json_object_get(json_object_get(startup, "peers"), label), "median");
            double theirs = bench_number(peer, "median") - peer_startup;
            if (own > 0 && theirs > 0 && peer_startup > 0)
                json_object_set_new(peer, "ratio_excluding_startup", json_real(theirs / own));
        }
    }
}

// The goal's figure in `doc` under `field` (NULL when the run has none).
static json_t *goal_figure(json_t *doc, const Goal *goal, const char *field)
{
    json_t *result = bench_find_result(doc, goal->name);
    json_t *source = goal->peer ? json_object_get(json_object_get(result, "peers"), goal->peer)
                                : json_object_get(result, "python");
    json_t *value = json_object_get(source, field);
    return json_is_number(value) ? value : NULL;
}

void bench_document_finish(json_t *doc)
{
    add_startup_excluded(doc);
    json_t *list = json_array();
    for (size_t i = 0; i < sizeof goals / sizeof goals[0]; i++) {
        json_t *value = goal_figure(doc, &goals[i], goals[i].field);
        if (!value)
            continue;
        json_t *goal = json_object();
        json_object_set_new(goal, "goal", json_string(goals[i].text));
        json_object_set_new(goal, "benchmark", json_string(goals[i].name));
        json_object_set(goal, "value", value);
        json_object_set_new(goal, "minimum", json_real(goals[i].minimum));
        json_object_set_new(goal, "met",
                            json_boolean(json_number_value(value) >= goals[i].minimum));
        json_t *excluded = strcmp(goals[i].field, "ratio") == 0
                               ? goal_figure(doc, &goals[i], "ratio_excluding_startup")
                               : NULL;
        if (excluded) {
            json_object_set(goal, "value_excluding_startup", excluded);
            json_object_set_new(
                goal, "met_excluding_startup",
                json_boolean(json_number_value(excluded) >= goals[i].minimum));
        }
        json_array_append_new(list, goal);
    }
    json_object_set_new(doc, "goals", list);
}

// ---------------------------------------------------------------------------------------------
// Sections

// The header: when, where, what was measured, and against what.
static void write_header(FILE *out, json_t *doc, json_t *previous)
{
    json_t *machine = json_object_get(doc, "machine");
    json_t *build = json_object_get(doc, "build");
    fprintf(out, "# ClaudeLang benchmark report\n\n");
    fprintf(out, "- Run: %s, mode **%s**, commit `%.12s`%s (%s)\n", bench_text(doc, "date"),
            bench_text(doc, "mode"), bench_text(doc, "commit"),
            json_is_true(json_object_get(doc, "dirty")) ? " with uncommitted changes" : "",
            bench_text(doc, "subject"));
    fprintf(out, "- Build: %s%s%s\n", bench_text(build, "identity"),
            json_object_get(build, "hooks") ? ", hooks: " : "", bench_text(build, "hooks"));
    fprintf(out, "- Machine: %s, %lld cores, %s; load average %.2f at the start\n",
            bench_text(machine, "cpu"), json_integer_value(json_object_get(machine, "cores")),
            bench_text(machine, "os"), bench_number(machine, "load_average"));
    json_t *peers = json_object_get(doc, "peers");
    fprintf(out, "- Peers: %s%s%s\n", json_object_size(peers) ? bench_text(peers, "lua") : "none",
            json_object_get(peers, "luajit") ? "; " : "", bench_text(peers, "luajit"));
    json_t *python = json_object_get(doc, "python_baseline");
    fprintf(out, "- Python baseline: %s (%ss%s)\n", bench_text(python, "source"),
            bench_text(python, "statistic"),
            json_is_true(json_object_get(python, "captured")) ? ""
                                                                : "; not measured on this machine");
    if (previous)
        fprintf(out, "- Previous run: %s, mode %s, commit `%.12s`%s\n",
                bench_text(previous, "date"), bench_text(previous, "mode"),
                bench_text(previous, "commit"),
                json_is_true(json_object_get(previous, "dirty")) ? " (dirty)" : "");
    else
        fprintf(out, "- Previous run: none in the history\n");
    fprintf(out, "\nTimes are medians of CPU time, which a busy machine disturbs far less "
                 "than wall time. In-process cases: the thread's CPU time per operation; whole "
                 "programs: user + system time of the process (wall time in the JSON). A ratio "
                 "above 1 means ClaudeLang is faster; in brackets, the ratio with each side's "
                 "start-up time taken off.\n\n");
}

// The goals table.
static void write_goals(FILE *out, json_t *doc)
{
    json_t *list = json_object_get(doc, "goals");
    if (!json_array_size(list))
        return;
    fprintf(out, "## Goals\n\nPeer ratios are given for the whole process and with each "
                 "side's start-up time (startup/empty) taken off, which isolates the program's "
                 "own work.\n\n"
                 "| goal | needed | figure | met | start-up excluded | met |\n"
                 "|---|---:|---:|---|---:|---|\n");
    size_t i;
    json_t *goal;
    json_array_foreach(list, i, goal)
    {
        char excluded[32] = "-";
        const char *met_excluded = "-";
        if (json_object_get(goal, "value_excluding_startup")) {
            snprintf(excluded, sizeof excluded, "%.2fx",
                     bench_number(goal, "value_excluding_startup"));
            met_excluded =
                json_is_true(json_object_get(goal, "met_excluding_startup")) ? "yes" : "**no**";
        }
        double value = bench_number(goal, "value");
        fprintf(out, "| %s | %.1fx | %.*fx | %s | %s | %s |\n", bench_text(goal, "goal"),
                bench_number(goal, "minimum"), value >= 100 ? 0 : 2, value,
                json_is_true(json_object_get(goal, "met")) ? "yes" : "**no**", excluded,
                met_excluded);
    }
    fputc('\n', out);
}

// The geometric mean of the Python speedups of the results whose component is `component`;
// 0 when there are none. *count receives how many there are.
static double component_speedup(json_t *doc, const char *component, int *count)
{
    double log_sum = 0;
    *count = 0;
    size_t i;
    json_t *result;
    json_array_foreach(json_object_get(doc, "results"), i, result)
    {
        double speedup = bench_number(json_object_get(result, "python"), "speedup");
        if (speedup > 0 && strcmp(bench_text(result, "component"), component) == 0) {
            log_sum += log(speedup);
            (*count)++;
        }
    }
    return *count ? exp(log_sum / *count) : 0;
}

// The comparison with the Python implementation: per component, then one row per benchmark it
// was measured on.
static void write_python(FILE *out, json_t *doc, json_t *previous)
{
    static const char *const components[][2] = {
        {"parse", "parser"}, {"interp", "interpreter"}, {"vm", "VM"}};
    fprintf(out, "## Against the Python implementation\n\n"
                 "| component | benchmarks | speedup (geometric mean) |\n|---|---:|---:|\n");
    for (size_t c = 0; c < sizeof components / sizeof components[0]; c++) {
        int count;
        double speedup = component_speedup(doc, components[c][0], &count);
        if (count)
            fprintf(out, "| %s | %d | %.0fx |\n", components[c][1], count, speedup);
    }
    fputc('\n', out);
    fprintf(out, "| benchmark | Python | ClaudeLang in C | speedup | vs previous run |\n"
                 "|---|---:|---:|---:|---:|\n");
    size_t i;
    json_t *result;
    json_array_foreach(json_object_get(doc, "results"), i, result)
    {
        json_t *python = json_object_get(result, "python");
        if (!python)
            continue;
        char ours[32], theirs[32], change[32];
        const char *name = bench_text(result, "name");
        json_t *before = bench_find_result(previous, name);
        fprintf(out, "| %s | %s | %s | %.0fx | %s |\n", name,
                bench_format_ns(bench_number(python, "ns"), theirs, sizeof theirs),
                bench_format_ns(bench_number(result, "median"), ours, sizeof ours),
                bench_number(python, "speedup"),
                format_change(bench_number(result, "median"), bench_number(before, "median"),
                              change, sizeof change));
    }
    fputc('\n', out);
}

// The in-process micro cases of one component prefix ("parse/", "vm/" ...).
static void write_micro(FILE *out, json_t *doc, json_t *previous, const char *title,
                        const char *const prefixes[])
{
    fprintf(out, "## %s\n\n| benchmark | median | MAD | IQR | samples x ops | vs Python | "
                 "vs previous run |\n|---|---:|---:|---:|---:|---:|---:|\n",
            title);
    size_t i;
    json_t *result;
    json_array_foreach(json_object_get(doc, "results"), i, result)
    {
        const char *name = bench_text(result, "name");
        bool wanted = false;
        for (size_t p = 0; prefixes[p]; p++)
            wanted = wanted || strncmp(name, prefixes[p], strlen(prefixes[p])) == 0;
        if (!wanted || strcmp(bench_text(result, "kind"), "in-process") != 0 ||
            !json_object_get(result, "median"))
            continue;
        char median[32], mad[32], iqr[32], change[32], speedup[32] = "-";
        if (json_object_get(result, "python"))
            snprintf(speedup, sizeof speedup, "%.0fx",
                     bench_number(json_object_get(result, "python"), "speedup"));
        json_t *before = bench_find_result(previous, name);
        fprintf(out, "| %s | %s | %s | %s | %lld x %lld | %s | %s |\n", name,
                bench_format_ns(bench_number(result, "median"), median, sizeof median),
                bench_format_ns(bench_number(result, "mad"), mad, sizeof mad),
                bench_format_ns(bench_number(result, "q3") - bench_number(result, "q1"), iqr,
                                sizeof iqr),
                json_integer_value(json_object_get(result, "samples")),
                json_integer_value(json_object_get(result, "iterations")), speedup,
                format_change(bench_number(result, "median"), bench_number(before, "median"),
                              change, sizeof change));
    }
    fputc('\n', out);
}

// The peer columns of one program: its time and our ratio against it.
static void write_peer_cells(FILE *out, json_t *peer)
{
    char time[32];
    if (!peer)
        fprintf(out, " - | - |");
    else if (json_object_get(peer, "failure"))
        fprintf(out, " failed | - |");
    else if (json_object_get(peer, "ratio_excluding_startup"))
        fprintf(out, " %s | %.2fx (%.2fx) |",
                bench_format_ns(bench_number(peer, "median"), time, sizeof time),
                bench_number(peer, "ratio"), bench_number(peer, "ratio_excluding_startup"));
    else
        fprintf(out, " %s | %.2fx |", bench_format_ns(bench_number(peer, "median"), time,
                                                      sizeof time),
                bench_number(peer, "ratio"));
}

// Whole programs of a component, with the peers' columns when `with_peers`.
static void write_programs(FILE *out, json_t *doc, json_t *previous, const char *component,
                          const char *title, bool with_peers)
{
    fprintf(out, "## %s\n\n| program | ClaudeLang | MAD | runs |%s peak memory | GC | "
                 "vs previous run |\n|---|---:|---:|---:|%s---:|---|---:|\n",
            title, with_peers ? " Lua 5.4 | vs Lua | LuaJIT | vs LuaJIT |" : "",
            with_peers ? "---:|---:|---:|---:|" : "");
    size_t i;
    json_t *result;
    json_array_foreach(json_object_get(doc, "results"), i, result)
    {
        if (strcmp(bench_text(result, "component"), component) != 0)
            continue;
        const char *name = bench_text(result, "name");
        if (json_object_get(result, "failure")) {
            fprintf(out, "| %s | failed: %s |\n", name, bench_text(result, "failure"));
            continue;
        }
        char time[32], mad[32], memory[32], change[32];
        fprintf(out, "| %s | %s | %s | %lld |", name,
                bench_format_ns(bench_number(result, "median"), time, sizeof time),
                bench_format_ns(bench_number(result, "mad"), mad, sizeof mad),
                json_integer_value(json_object_get(result, "samples")));
        json_t *peers = json_object_get(result, "peers");
        if (with_peers) {
            write_peer_cells(out, json_object_get(peers, "lua"));
            write_peer_cells(out, json_object_get(peers, "luajit"));
        }
        json_t *gc = json_object_get(result, "gc");
        char gc_text[96] = "-";
        if (gc)
            snprintf(gc_text, sizeof gc_text, "%lld collections, max pause %.1f ms",
                     json_integer_value(json_object_get(gc, "collections")),
                     bench_number(gc, "pause_max_ms"));
        json_t *before = bench_find_result(previous, name);
        fprintf(out, " %s | %s | %s |\n",
                format_kb(bench_number(result, "peak_rss_kb"), memory, sizeof memory), gc_text,
                format_change(bench_number(result, "median"), bench_number(before, "median"),
                              change, sizeof change));
    }
    fputc('\n', out);
}

// Peak memory: ours and the peers', above an empty program's.
static void write_memory(FILE *out, json_t *doc)
{
    json_t *result = bench_find_result(doc, "memory/list_1e6");
    if (!result || json_object_get(result, "failure"))
        return;
    char ours[32], peak[32], lua[32], luajit[32];
    json_t *peers = json_object_get(result, "peers");
    fprintf(out, "## Memory\n\nPeak resident memory of a program holding a 10^6-element list "
                 "(ClaudeLang) or table (Lua), less that of an empty program.\n\n"
                 "| | ClaudeLang | Lua 5.4 | LuaJIT |\n|---|---:|---:|---:|\n");
    fprintf(out, "| net peak | %s | %s | %s |\n",
            format_kb(bench_number(result, "net_kb"), ours, sizeof ours),
            format_kb(bench_number(json_object_get(peers, "lua"), "net_kb"), lua, sizeof lua),
            format_kb(bench_number(json_object_get(peers, "luajit"), "net_kb"), luajit,
                      sizeof luajit));
    fprintf(out, "| whole process | %s | %s | %s |\n\n",
            format_kb(bench_number(result, "peak_rss_kb"), peak, sizeof peak),
            format_kb(bench_number(json_object_get(peers, "lua"), "peak_rss_kb"), lua,
                      sizeof lua),
            format_kb(bench_number(json_object_get(peers, "luajit"), "peak_rss_kb"), luajit,
                      sizeof luajit));
}

// The callgrind instruction counts, against the previous run.
static void write_gate(FILE *out, json_t *doc, json_t *previous)
{
    bool any = false;
    size_t i;
    json_t *result;
    json_array_foreach(json_object_get(doc, "results"), i, result)
    {
        if (strcmp(bench_text(result, "component"), "gate") != 0)
            continue;
        if (!any)
            fprintf(out, "## Instruction counts (callgrind, the regression gate)\n\n"
                         "| benchmark | instructions | vs previous run | wall time |\n"
                         "|---|---:|---:|---:|\n");
        any = true;
        const char *name = bench_text(result, "name");
        if (json_object_get(result, "failure")) {
            fprintf(out, "| %s | failed: %s | | |\n", name, bench_text(result, "failure"));
            continue;
        }
        char change[32], wall[32];
        json_t *before = bench_find_result(previous, name);
        fprintf(out, "| %s | %lld | %s | %s |\n", name,
                json_integer_value(json_object_get(result, "instructions")),
                format_change(bench_number(result, "instructions"),
                              bench_number(before, "instructions"), change, sizeof change),
                bench_format_ns(bench_number(result, "wall_ns"), wall, sizeof wall));
    }
    if (any)
        fputc('\n', out);
}

// Extra figures (bytes per node ...) and the list of failures.
static void write_metrics_and_failures(FILE *out, json_t *doc)
{
    size_t i;
    json_t *result;
    bool any = false;
    json_array_foreach(json_object_get(doc, "results"), i, result)
    {
        if (strcmp(bench_text(result, "kind"), "metric") != 0)
            continue;
        if (!any)
            fprintf(out, "## Other figures\n\n| figure | value |\n|---|---:|\n");
        any = true;
        fprintf(out, "| %s | %.2f %s |\n", bench_text(result, "name"),
                bench_number(result, "value"), bench_text(result, "unit"));
    }
    if (any)
        fputc('\n', out);
    any = false;
    json_array_foreach(json_object_get(doc, "results"), i, result)
    {
        if (!json_object_get(result, "failure"))
            continue;
        if (!any)
            fprintf(out, "## Failed checks\n\n");
        any = true;
        fprintf(out, "- %s: %s\n", bench_text(result, "name"), bench_text(result, "failure"));
    }
    if (any)
        fputc('\n', out);
}

bool bench_report_write(json_t *doc, json_t *previous, const char *path)
{
    FILE *out = fopen(path, "w");
    if (!out) {
        fprintf(stderr, "claudelang bench: cannot write %s\n", path);
        return false;
    }
    static const char *const parse[] = {"parse/", NULL};
    static const char *const vm[] = {"interp/", "vm/", "eval/", "api/", NULL};
    static const char *const inprocess[] = {"inprocess/", NULL};
    write_header(out, doc, previous);
    write_goals(out, doc);
    write_python(out, doc, previous);
    write_micro(out, doc, previous, "Parser (in process)", parse);
    write_micro(out, doc, previous, "Interpreter and VM (in process)", vm);
    write_programs(out, doc, previous, "programs", "Programs (whole processes)", true);
    write_micro(out, doc, previous, "Programs in process (a fresh interpreter per run, no process "
                "start-up)", inprocess);
    write_programs(out, doc, previous, "examples", "Examples (end to end)", false);
    write_programs(out, doc, previous, "startup", "Start-up", true);
    write_memory(out, doc);
    write_gate(out, doc, previous);
    write_metrics_and_failures(out, doc);
    return fclose(out) == 0;
}
