// results.c: the results document of a run (JSON, through jansson), the history folder that
// keeps one document per commit and mode, the Python baseline lookup, and the instruction-count
// gate that compares a run with the stored baseline.
#include "toolkit.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef CL_SOURCE_DIR
#define CL_SOURCE_DIR "."
#endif

const char *bench_source_dir(void)
{
    return CL_SOURCE_DIR;
}

void bench_progress(const BenchPlan *plan, const char *format, ...)
{
    if (plan->quiet)
        return;
    va_list args;
    va_start(args, format);
    vfprintf(stderr, format, args);
    va_end(args);
    fputc('\n', stderr);
}

bool bench_suites_parse(const char *text, unsigned *suites)
{
    static const struct {
        const char *name;
        unsigned bit;
    } names[] = {{"parse", BENCH_SUITE_PARSE},       {"vm", BENCH_SUITE_VM},
                 {"programs", BENCH_SUITE_PROGRAMS}, {"examples", BENCH_SUITE_EXAMPLES},
                 {"memory", BENCH_SUITE_MEMORY},     {"gate", BENCH_SUITE_GATE},
                 {"all", BENCH_SUITE_ALL}};
    *suites = 0;
    while (*text) {
        size_t length = strcspn(text, ",");
        bool found = false;
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
            if (strlen(names[i].name) == length && strncmp(names[i].name, text, length) == 0) {
                *suites |= names[i].bit;
                found = true;
            }
        if (!found)
            return false;
        text += length + (text[length] == ',');
    }
    return *suites != 0;
}

json_t *bench_json_load(const char *path)
{
    json_error_t error;
    json_t *doc = json_load_file(path, 0, &error);
    if (!doc)
        fprintf(stderr, "claudelang bench: cannot read %s: %s (line %d)\n", path, error.text,
                error.line);
    return doc;
}

bool bench_json_save(json_t *doc, const char *path)
{
    if (json_dump_file(doc, path, JSON_INDENT(1) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10)) !=
        0) {
        fprintf(stderr, "claudelang bench: cannot write %s: %s\n", path, strerror(errno));
        return false;
    }
    return true;
}

double bench_python_ns(json_t *python, const char *name)
{
    json_t *entry = json_object_get(json_object_get(python, "results"), name);
    double us = json_number_value(json_object_get(entry, "us"));
    return us > 0 ? us * 1000 : 0;
}

json_t *bench_find_result(json_t *doc, const char *name)
{
    size_t i;
    json_t *result;
    json_array_foreach(json_object_get(doc, "results"), i, result)
    {
        if (strcmp(bench_text(result, "name"), name) == 0)
            return result;
    }
    return NULL;
}

// Adds the statistics of one harness result (times in ns per operation) to `object`.
static void add_statistics(json_t *object, const BenchResult *r)
{
    json_object_set_new(object, "median", json_real(r->median));
    json_object_set_new(object, "mean", json_real(r->mean));
    json_object_set_new(object, "min", json_real(r->min));
    json_object_set_new(object, "max", json_real(r->max));
    json_object_set_new(object, "mad", json_real(r->mad));
    json_object_set_new(object, "q1", json_real(r->q1));
    json_object_set_new(object, "q3", json_real(r->q3));
    json_object_set_new(object, "samples", json_integer(r->samples));
    json_object_set_new(object, "iterations", json_integer((json_int_t)r->iterations));
    json_t *times = json_array();
    for (uint32_t i = 0; r->times && i < r->samples; i++)
        json_array_append_new(times, json_real(r->times[i]));
    json_object_set_new(object, "times", times);
}

// Adds the Python implementation's figure for `name`, and our speedup over it, to `object`.
static void add_python(json_t *object, json_t *python, const char *name, double median)
{
    double ns = bench_python_ns(python, name);
    if (ns <= 0)
        return;
    json_t *entry = json_object();
    json_object_set_new(entry, "ns", json_real(ns));
    if (median > 0)
        json_object_set_new(entry, "speedup", json_real(ns / median));
    json_object_set_new(object, "python", entry);
}

// The component of a benchmark: its name up to the first slash.
static json_t *component_of(const char *name)
{
    return json_stringn(name, strcspn(name, "/"));
}

int bench_results_from_suite(const BenchSuite *suite, json_t *python, json_t *results)
{
    int failed = 0;
    for (uint32_t i = 0; i < suite->result_count; i++) {
        const BenchResult *r = &suite->results[i];
        json_t *object = json_object();
        json_object_set_new(object, "name", json_string(r->bench->name));
        json_object_set_new(object, "component", component_of(r->bench->name));
        json_object_set_new(object, "kind", json_string("in-process"));
        json_object_set_new(object, "operation", json_string(r->bench->unit));
        json_object_set_new(object, "checked", json_boolean(r->checked));
        if (!r->checked) {
            const char *failure = r->failure ? r->failure : "check failed";
            json_object_set_new(object, "failure", json_string(failure));
            failed++;
        } else if (!suite->options.check_only) {
            add_statistics(object, r);
            if (r->bench->bytes > 0) {
                json_object_set_new(object, "bytes", json_integer((json_int_t)r->bench->bytes));
                json_object_set_new(object, "mb_per_second", json_real(r->mb_per_second));
            }
        }
        add_python(object, python, r->bench->name, r->checked ? r->median : 0);
        json_array_append_new(results, object);
    }
    for (uint32_t i = 0; i < suite->metric_count; i++) {
        json_t *object = json_object();
        char name[160];
        snprintf(name, sizeof name, "%s/%s", suite->name, suite->metrics[i].name);
        json_object_set_new(object, "name", json_string(name));
        json_object_set_new(object, "component", component_of(name));
        json_object_set_new(object, "kind", json_string("metric"));
        json_object_set_new(object, "value", json_real(suite->metrics[i].value));
        json_object_set_new(object, "unit", json_string(suite->metrics[i].unit));
        json_array_append_new(results, object);
    }
    return failed;
}

// ---------------------------------------------------------------------------------------------
// The document

// The first line of `command`'s output into `out` (empty when it fails).
static void command_line_output(const char *command, char *out, size_t size)
{
    out[0] = '\0';
    FILE *pipe = popen(command, "r");
    if (!pipe)
        return;
    if (fgets(out, (int)size, pipe))
        out[strcspn(out, "\r\n")] = '\0';
    pclose(pipe);
}

bool bench_build_sanitized(void)
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

const char *bench_build_identity(void)
{
    static char identity[256];
    if (identity[0])
        return identity;
    BenchMachine m;
    bench_describe_machine(&m);
    const char *flags = bench_build_sanitized() ? ", sanitize" : "";
#if defined(CL_GCSTRESS)
    flags = ", gcstress";
#endif
    snprintf(identity, sizeof identity, "%s%s", m.compiler, flags);
    return identity;
}

// The source tree's commit, whether it has uncommitted changes, its date and subject.
static void add_commit(json_t *doc, const char *source_dir)
{
    char command[4400], commit[64], line[512];
    snprintf(command, sizeof command, "git -C '%s' rev-parse HEAD 2>/dev/null", source_dir);
    command_line_output(command, commit, sizeof commit);
    json_object_set_new(doc, "commit", json_string(commit[0] ? commit : "unknown"));
    snprintf(command, sizeof command,
             "git -C '%s' status --porcelain --untracked-files=no 2>/dev/null | head -1",
             source_dir);
    command_line_output(command, line, sizeof line);
    json_object_set_new(doc, "dirty", json_boolean(line[0] != '\0'));
    snprintf(command, sizeof command, "git -C '%s' show -s --format=%%cI HEAD 2>/dev/null",
             source_dir);
    command_line_output(command, line, sizeof line);
    json_object_set_new(doc, "commit_date", json_string(line));
    snprintf(command, sizeof command, "git -C '%s' show -s --format=%%s HEAD 2>/dev/null",
             source_dir);
    command_line_output(command, line, sizeof line);
    json_object_set_new(doc, "subject", json_string(line));
}

// The machine: CPU, cores, OS and the load average when the run started.
static json_t *machine_object(const BenchMachine *m)
{
    json_t *machine = json_object();
    json_object_set_new(machine, "cpu", json_string(m->cpu));
    json_object_set_new(machine, "cores", json_integer(m->cores));
    json_object_set_new(machine, "os", json_string(m->os));
    double load = 0;
    FILE *f = fopen("/proc/loadavg", "r");
    if (f) {
        if (fscanf(f, "%lf", &load) != 1)
            load = 0;
        fclose(f);
    }
    json_object_set_new(machine, "load_average", json_real(load));
    return machine;
}

json_t *bench_document_new(const BenchPlan *plan)
{
    BenchMachine m;
    bench_describe_machine(&m);
    json_t *doc = json_object();
    json_object_set_new(doc, "format", json_string(BENCH_RESULTS_FORMAT));
    json_object_set_new(doc, "mode",
                        json_string(plan->verify ? "verify" : plan->quick ? "quick" : "full"));
    add_commit(doc, plan->source_dir);
    json_object_set_new(doc, "date", json_string(m.date));
    json_object_set_new(doc, "machine", machine_object(&m));
    json_t *clocks = json_object();
    json_object_set_new(clocks, "in_process", json_string("CPU time of the thread"));
    json_object_set_new(clocks, "processes", json_string("user + system CPU time"));
    json_object_set_new(clocks, "gate", json_string("instructions (callgrind)"));
    json_object_set_new(doc, "clocks", clocks);
    json_t *build = json_object();
    json_object_set_new(build, "identity", json_string(bench_build_identity()));
    json_object_set_new(build, "compiler", json_string(m.compiler));
#ifdef CL_SLOW_OPCODE_HOOK
    json_object_set_new(build, "hooks", json_string("slow-opcode (test build)"));
#endif
    json_object_set_new(doc, "build", build);
    json_t *peers = json_object();
    if (plan->peers) {
        const char *lua = bench_program_version("lua5.4");
        if (lua[0])
            json_object_set_new(peers, "lua", json_string(lua));
        const char *luajit = bench_program_version("luajit");
        if (luajit[0])
            json_object_set_new(peers, "luajit", json_string(luajit));
    }
    json_object_set_new(doc, "peers", peers);
    json_t *python = json_object();
    json_object_set(python, "source", json_object_get(plan->python, "source"));
    json_object_set(python, "captured", json_object_get(plan->python, "captured"));
    json_object_set(python, "statistic", json_object_get(plan->python, "statistic"));
    json_object_set_new(doc, "python_baseline", python);
    json_object_set_new(doc, "results", json_array());
    return doc;
}

// ---------------------------------------------------------------------------------------------
// History

char *bench_history_name(json_t *doc)
{
    const char *commit = json_object_get(doc, "commit") ? bench_text(doc, "commit") : "unknown";
    const char *mode = json_object_get(doc, "mode") ? bench_text(doc, "mode") : "full";
    bool dirty = json_is_true(json_object_get(doc, "dirty"));
    char name[128];
    snprintf(name, sizeof name, "%.12s%s-%s.json", commit, dirty ? "-dirty" : "", mode);
    return strdup(name);
}

bool bench_make_directory(const char *path)
{
    char partial[4096];
    size_t length = strlen(path);
    if (length >= sizeof partial)
        return false;
    for (size_t i = 1; i <= length; i++) {
        if (path[i] != '/' && path[i] != '\0')
            continue;
        memcpy(partial, path, i);
        partial[i] = '\0';
        if (mkdir(partial, 0777) != 0 && errno != EEXIST) {
            fprintf(stderr, "claudelang bench: cannot create %s: %s\n", partial,
                    strerror(errno));
            return false;
        }
    }
    return true;
}

bool bench_history_save(json_t *doc, const char *dir)
{
    if (!bench_make_directory(dir))
        return false;
    char *name = bench_history_name(doc);
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name ? name : "unknown.json");
    free(name);
    return bench_json_save(doc, path);
}

// Orders documents by commit date, then run date.
static int compare_documents(const void *a, const void *b)
{
    json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
    int order = strcmp(bench_text(x, "commit_date"), bench_text(y, "commit_date"));
    if (order == 0)
        order = strcmp(bench_text(x, "date"), bench_text(y, "date"));
    return order;
}

json_t *bench_history_load(const char *dir)
{
    json_t *docs[1024];
    size_t count = 0;
    DIR *folder = opendir(dir);
    struct dirent *entry;
    while (folder && (entry = readdir(folder)) != NULL && count < 1024) {
        size_t length = strlen(entry->d_name);
        if (length < 6 || strcmp(entry->d_name + length - 5, ".json") != 0)
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, entry->d_name);
        json_t *doc = json_load_file(path, 0, NULL);
        const char *format = json_string_value(json_object_get(doc, "format"));
        if (format && strcmp(format, BENCH_RESULTS_FORMAT) == 0)
            docs[count++] = doc;
        else
            json_decref(doc);
    }
    if (folder)
        closedir(folder);
    qsort(docs, count, sizeof docs[0], compare_documents);
    json_t *history = json_array();
    for (size_t i = 0; i < count; i++)
        json_array_append_new(history, docs[i]);
    return history;
}

// How well `candidate` serves as the run before `doc`: -1 when it cannot (it is `doc`, or
// later); otherwise higher is better: another commit, then the same mode.
static int previous_rank(json_t *candidate, json_t *doc)
{
    if (strcmp(bench_text(candidate, "date"), bench_text(doc, "date")) >= 0)
        return -1;
    if (strcmp(bench_text(candidate, "mode"), "verify") == 0)
        return -1;
    bool other_commit = !json_equal(json_object_get(candidate, "commit"),
                                    json_object_get(doc, "commit")) ||
                        !json_equal(json_object_get(candidate, "dirty"),
                                    json_object_get(doc, "dirty"));
    bool same_mode = json_equal(json_object_get(candidate, "mode"), json_object_get(doc, "mode"));
    return (other_commit ? 2 : 0) + (same_mode ? 1 : 0);
}

json_t *bench_history_previous(json_t *history, json_t *doc)
{
    json_t *best = NULL;
    int best_rank = -1;
    const char *best_date = "";
    size_t i;
    json_t *candidate;
    json_array_foreach(history, i, candidate)
    {
        int rank = previous_rank(candidate, doc);
        const char *date = bench_text(candidate, "date");
        if (rank > best_rank || (rank == best_rank && rank >= 0 && strcmp(date, best_date) > 0)) {
            best = candidate;
            best_rank = rank;
            best_date = date;
        }
    }
    return best;
}

// ---------------------------------------------------------------------------------------------
// The instruction-count gate

json_t *bench_gate_baseline(json_t *doc)
{
    json_t *baseline = json_object();
    json_object_set_new(baseline, "format", json_string(BENCH_BASELINE_FORMAT));
    json_object_set_new(baseline, "tool", json_string("valgrind --tool=callgrind (Ir)"));
    json_object_set(baseline, "build", json_object_get(json_object_get(doc, "build"), "identity"));
    json_object_set(baseline, "commit", json_object_get(doc, "commit"));
    json_object_set(baseline, "dirty", json_object_get(doc, "dirty"));
    json_object_set(baseline, "date", json_object_get(doc, "date"));
    json_t *results = json_object();
    size_t i;
    json_t *result;
    json_array_foreach(json_object_get(doc, "results"), i, result)
    {
        json_t *instructions = json_object_get(result, "instructions");
        if (!json_is_integer(instructions))
            continue;
        json_t *entry = json_object();
        json_object_set(entry, "instructions", instructions);
        json_object_set(entry, "wall_ns", json_object_get(result, "wall_ns"));
        json_object_set_new(results, json_string_value(json_object_get(result, "name")), entry);
    }
    json_object_set_new(baseline, "results", results);
    return baseline;
}

// Prints one gate line and says whether it is a regression beyond `threshold`.
static bool gate_line(const char *name, json_t *result, json_t *base, double threshold)
{
    char wall[32], base_wall[32];
    json_int_t now = json_integer_value(json_object_get(result, "instructions"));
    bench_format_ns(json_number_value(json_object_get(result, "wall_ns")), wall, sizeof wall);
    if (!base) {
        printf("  %-24s %14lld instructions  (no baseline)          wall %s\n", name,
               (long long)now, wall);
        return false;
    }
    json_int_t before = json_integer_value(json_object_get(base, "instructions"));
    bench_format_ns(json_number_value(json_object_get(base, "wall_ns")), base_wall,
                    sizeof base_wall);
    double change = before > 0 ? (double)(now - before) / (double)before : 0;
    bool regression = change > threshold;
    printf("  %-24s %14lld instructions  %+7.2f%% vs %-14lld wall %s (was %s)%s\n", name,
           (long long)now, change * 100, (long long)before, wall, base_wall,
           regression ? "  REGRESSION" : change < -threshold ? "  improved" : "");
    return regression;
}

int bench_gate_compare(json_t *doc, json_t *baseline, double threshold)
{
    json_t *base_results = json_object_get(baseline, "results");
    int regressions = 0;
    size_t i;
    json_t *result;
    json_array_foreach(json_object_get(doc, "results"), i, result)
    {
        const char *name = bench_text(result, "name");
        if (!json_is_integer(json_object_get(result, "instructions"))) {
            if (json_object_get(result, "failure") && json_object_get(base_results, name)) {
                printf("  %-24s FAILED: %s\n", name,
                       json_string_value(json_object_get(result, "failure")));
                regressions++;
            }
            continue;
        }
        if (gate_line(name, result, json_object_get(base_results, name), threshold))
            regressions++;
    }
    return regressions;
}
