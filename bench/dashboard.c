// dashboard.c: the self-contained HTML dashboard (dashboard.html). The page is the template
// bench/dashboard.html, compiled into the binary, with the run and a summary of the history
// inlined as JSON; its script draws every chart as inline SVG, so the file needs no network.
#include "toolkit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// The template, embedded at build time (cmake/embed.cmake).
extern const char cl_bench_dashboard[];
extern const size_t cl_bench_dashboard_length;

// The marker in the template that the data replaces.
#define DATA_MARKER "{{BENCH_DATA}}"

// The fields of a history run that the trend charts need: its identity and, per benchmark, the
// median (or the instruction count of the gate cases).
static json_t *history_summary(json_t *doc)
{
    json_t *entry = json_object();
    static const char *const keys[] = {"commit", "dirty", "commit_date", "subject", "date",
                                       "mode"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        json_object_set(entry, keys[i], json_object_get(doc, keys[i]));
    json_t *values = json_object(), *instructions = json_object();
    size_t i;
    json_t *result;
    json_array_foreach(json_object_get(doc, "results"), i, result)
    {
        const char *name = bench_text(result, "name");
        if (json_is_number(json_object_get(result, "median")))
            json_object_set(values, name, json_object_get(result, "median"));
        if (json_is_integer(json_object_get(result, "instructions")))
            json_object_set(instructions, name, json_object_get(result, "instructions"));
    }
    json_object_set_new(entry, "values", values);
    json_object_set_new(entry, "instructions", instructions);
    return entry;
}

// Whether `other` stands for its commit in the trends rather than `run`: the same commit (and
// dirtiness), and a full run where `run` is quick, or the same mode measured later.
static bool supersedes(json_t *other, json_t *run)
{
    if (other == run ||
        !json_equal(json_object_get(other, "commit"), json_object_get(run, "commit")) ||
        !json_equal(json_object_get(other, "dirty"), json_object_get(run, "dirty")))
        return false;
    bool other_full = strcmp(bench_text(other, "mode"), "full") == 0;
    bool run_full = strcmp(bench_text(run, "mode"), "full") == 0;
    if (other_full != run_full)
        return other_full;
    return strcmp(bench_text(other, "date"), bench_text(run, "date")) > 0;
}

// The data the page draws: the run in full and the history, one summary per commit (its latest
// full run, else its latest quick run; verify runs have no figures).
static json_t *page_data(json_t *doc, json_t *history)
{
    json_t *data = json_object();
    json_object_set(data, "current", doc);
    json_t *runs = json_array();
    size_t i, j;
    json_t *run, *other;
    json_array_foreach(history, i, run)
    {
        bool superseded = strcmp(bench_text(run, "mode"), "verify") == 0;
        json_array_foreach(history, j, other)
        {
            superseded = superseded || (strcmp(bench_text(other, "mode"), "verify") != 0 &&
                                        supersedes(other, run));
        }
        if (!superseded)
            json_array_append_new(runs, history_summary(run));
    }
    json_object_set_new(data, "history", runs);
    return data;
}

bool bench_dashboard_write(json_t *doc, json_t *history, const char *path)
{
    const char *marker = strstr(cl_bench_dashboard, DATA_MARKER);
    if (!marker) {
        fputs("claudelang bench: the dashboard template has no data marker\n", stderr);
        return false;
    }
    json_t *data = page_data(doc, history);
    // JSON_ESCAPE_SLASH keeps "</script>" out of the inlined data.
    char *text = json_dumps(data, JSON_COMPACT | JSON_ESCAPE_SLASH | JSON_PRESERVE_ORDER);
    json_decref(data);
    FILE *out = text ? fopen(path, "w") : NULL;
    if (!out) {
        fprintf(stderr, "claudelang bench: cannot write %s\n", path);
        free(text);
        return false;
    }
    fwrite(cl_bench_dashboard, 1, (size_t)(marker - cl_bench_dashboard), out);
    fputs(text, out);
    fputs(marker + strlen(DATA_MARKER), out);
    free(text);
    return fclose(out) == 0;
}
