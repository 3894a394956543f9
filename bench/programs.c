// programs.c: whole programs run as processes. The macro programs of bench/programs (each
// ClaudeLang program beside its Lua twin, run by lua5.4 and luajit the same way in the same
// rounds), the end-to-end runs of examples/, and the memory cases (peak memory of a
// 10^6-element list against a Lua table, and the cost of an empty program).
#include "toolkit.h"

#include "claudelang.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_RUNS 32

// One runtime running one program: its command and the figures of every run.
typedef struct Runner {
    const char *label;     // "claudelang", "lua", "luajit"
    char *argv[6];
    int runs;
    double cpu[MAX_RUNS], wall[MAX_RUNS];
    long rss[MAX_RUNS];
    char failure[300];     // set when a run failed or printed the wrong output
    char gc[200];          // our runs: the CLAUDELANG_GC_STATS line
} Runner;

// The environment of our runs: the collector's statistics line on stderr at exit.
static char gc_stats_variable[] = "CLAUDELANG_GC_STATS=1";
static char *claudelang_environment[] = {gc_stats_variable, NULL};

// The peer runtimes: their label in the results and their command.
static const char *const peer_programs[][2] = {{"lua", "lua5.4"}, {"luajit", "luajit"}};
#define PEER_COUNT 2

// Reads a whole small file (malloc'd), or NULL.
static char *read_text(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *text = NULL;
    size_t length = 0, capacity = 0;
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (length + n + 1 > capacity) {
            capacity = (length + n + 1) * 2;
            char *bigger = realloc(text, capacity);
            if (!bigger)
                break;
            text = bigger;
        }
        memcpy(text + length, chunk, n);
        length += n;
        text[length] = '\0';
    }
    fclose(f);
    return text ? text : strdup("");
}

// Whether a file exists.
static bool file_exists(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f)
        fclose(f);
    return f != NULL;
}

// The most telling line of a failed run's stderr: the first that mentions an error, else the
// first line (our runs end stderr with the collector's statistics).
static const char *error_line(const char *errors)
{
    if (!errors)
        return "";
    size_t length;
    for (const char *line = errors; *line; line += length + (line[length] != '\0')) {
        length = strcspn(line, "\n");
        for (size_t i = 0; i + 5 <= length; i++)
            if (strncasecmp(line + i, "error", 5) == 0)
                return line;
    }
    return errors;
}

// Runs the runner's command once; records the figures, or the failure when the exit status is
// not 0 or the output differs from `expected` (NULL: any output).
static void run_once(Runner *r, const char *expected)
{
    ProcessRun run;
    bool ours = strcmp(r->label, "claudelang") == 0;
    // LeakSanitizer stops the world with ptrace at exit, which fails in a traced process: a
    // sanitizer build of ours runs untraced (its memory figures mean little anyway).
    bool trace = !(ours && bench_build_sanitized());
    bench_process_run(r->argv, NULL, ours ? claudelang_environment : NULL, 600, trace, &run);
    if (run.status != 0) {
        const char *line = error_line(run.errors);
        snprintf(r->failure, sizeof r->failure, "%s exited with status %d: %.*s", r->label,
                 run.status, (int)strcspn(line, "\n"), line);
    } else if (expected && (!run.output || strcmp(run.output, expected) != 0)) {
        const char *output = run.output ? run.output : "";
        snprintf(r->failure, sizeof r->failure, "%s printed \"%.*s\", expected \"%.*s\"",
                 r->label, (int)strcspn(output, "\n"), output, (int)strcspn(expected, "\n"),
                 expected);
    } else if (r->runs < MAX_RUNS) {
        r->cpu[r->runs] = run.cpu_ns;
        r->wall[r->runs] = run.wall_ns;
        r->rss[r->runs] = run.peak_rss_kb;
        r->runs++;
        const char *gc = run.errors ? strstr(run.errors, "gc: ") : NULL;
        if (gc)
            snprintf(r->gc, sizeof r->gc, "%.*s", (int)strcspn(gc + 4, "\n"), gc + 4);
    }
    bench_process_free(&run);
}

// Runs every runner `rounds` times, interleaved (a, b, c, a, b, c ...) so that a change in the
// machine's load touches them alike. A runner that fails once is not run again.
static void run_rounds(Runner *runners, int count, int rounds, const char *expected)
{
    for (int round = 0; round < rounds; round++)
        for (int i = 0; i < count; i++)
            if (!runners[i].failure[0])
                run_once(&runners[i], expected);
}

// The median of `count` values (sorted in a copy).
static double median_of(const double *values, int count)
{
    BenchResult r = {0};
    double copy[MAX_RUNS];
    memcpy(copy, values, sizeof(double) * (size_t)count);
    bench_summarize(&r, copy, (uint32_t)count);
    return r.median;
}

// The largest peak memory of the runner's runs.
static long max_rss(const Runner *r)
{
    long most = 0;
    for (int i = 0; i < r->runs; i++)
        most = r->rss[i] > most ? r->rss[i] : most;
    return most;
}

// Adds the statistics of the runner's CPU times (user + system) and its median wall time, peak
// memory and the samples themselves to `object`.
static void add_runner_figures(json_t *object, const Runner *r)
{
    double cpu[MAX_RUNS];
    memcpy(cpu, r->cpu, sizeof cpu);
    BenchResult s = {0};
    bench_summarize(&s, cpu, (uint32_t)r->runs);
    json_object_set_new(object, "median", json_real(s.median));
    json_object_set_new(object, "mean", json_real(s.mean));
    json_object_set_new(object, "min", json_real(s.min));
    json_object_set_new(object, "max", json_real(s.max));
    json_object_set_new(object, "mad", json_real(s.mad));
    json_object_set_new(object, "q1", json_real(s.q1));
    json_object_set_new(object, "q3", json_real(s.q3));
    json_object_set_new(object, "samples", json_integer(r->runs));
    json_object_set_new(object, "iterations", json_integer(1));
    json_t *times = json_array();
    for (int i = 0; i < r->runs; i++)
        json_array_append_new(times, json_real(cpu[i]));
    json_object_set_new(object, "times", times);
    json_object_set_new(object, "wall_ns", json_real(median_of(r->wall, r->runs)));
    json_object_set_new(object, "peak_rss_kb", json_integer(max_rss(r)));
}

// Reads the numbers of our collector's statistics line into a JSON object (NULL if none).
static json_t *gc_object(const char *line)
{
    unsigned long long collections = 0, allocations = 0;
    double pause_max = 0, pause_total = 0, peak = 0;
    if (!line[0] || sscanf(line, "%llu collections, pause max %lf ms, total %lf ms; %llu",
                           &collections, &pause_max, &pause_total, &allocations) != 4)
        return NULL;
    const char *heap = strstr(line, "heap peak ");
    if (heap)
        sscanf(heap, "heap peak %lf", &peak);
    json_t *gc = json_object();
    json_object_set_new(gc, "collections", json_integer((json_int_t)collections));
    json_object_set_new(gc, "pause_max_ms", json_real(pause_max));
    json_object_set_new(gc, "pause_total_ms", json_real(pause_total));
    json_object_set_new(gc, "allocations", json_integer((json_int_t)allocations));
    json_object_set_new(gc, "heap_peak_mb", json_real(peak));
    return gc;
}

// The result object of one program: our figures, and each peer's with its time ratio
// (peer / ours: above 1 means we are faster).
static json_t *program_result(const char *name, const char *component, Runner *runners,
                              int count, bool verify)
{
    json_t *object = json_object();
    json_object_set_new(object, "name", json_string(name));
    json_object_set_new(object, "component", json_string(component));
    json_object_set_new(object, "kind", json_string("process"));
    json_object_set_new(object, "operation", json_string("program run (user + system time)"));
    const Runner *ours = &runners[0];
    json_object_set_new(object, "checked", json_boolean(!ours->failure[0]));
    if (ours->failure[0])
        json_object_set_new(object, "failure", json_string(ours->failure));
    else if (!verify)
        add_runner_figures(object, ours);
    json_t *gc = gc_object(ours->gc);
    if (gc)
        json_object_set_new(object, "gc", gc);
    json_t *peers = json_object();
    for (int i = 1; i < count; i++) {
        json_t *peer = json_object();
        if (runners[i].failure[0]) {
            json_object_set_new(peer, "failure", json_string(runners[i].failure));
        } else if (!verify) {
            add_runner_figures(peer, &runners[i]);
            double mine = json_number_value(json_object_get(object, "median"));
            double theirs = json_number_value(json_object_get(peer, "median"));
            if (mine > 0)
                json_object_set_new(peer, "ratio", json_real(theirs / mine));
        }
        json_object_set_new(peers, runners[i].label, peer);
    }
    json_object_set_new(object, "peers", peers);
    return object;
}

// Sets up a runner: `command` (NULL-terminated, at most 5 words) is copied.
static void runner_init(Runner *r, const char *label, const char *const command[])
{
    memset(r, 0, sizeof *r);
    r->label = label;
    for (int i = 0; command[i] && i < 5; i++)
        r->argv[i] = (char *)command[i];
}

// Sets up the runner of `claudelang run PATH`.
static void setup_ours(const BenchPlan *plan, Runner *runner, const char *path)
{
    const char *ours[] = {plan->claudelang, "run", path, NULL};
    runner_init(runner, "claudelang", ours);
}

// Sets up our runner and the peers that have a twin at `lua_path` (when peers are on and
// installed). Returns the number of runners.
static int setup_runners(const BenchPlan *plan, Runner runners[3], const char *path,
                         const char *lua_path)
{
    setup_ours(plan, &runners[0], path);
    int count = 1;
    if (!plan->peers || !file_exists(lua_path))
        return count;
    for (size_t i = 0; i < PEER_COUNT; i++) {
        if (!bench_have_program(peer_programs[i][1]))
            continue;
        const char *command[] = {peer_programs[i][1], lua_path, NULL};
        runner_init(&runners[count++], peer_programs[i][0], command);
    }
    return count;
}

// The sorted names of the entries of `dir` that end in `suffix` (or, with `suffix` NULL, that
// are directories holding main.cl). Returns the count; names are malloc'd.
static int list_entries(const char *dir, const char *suffix, char *names[], int most)
{
    int count = 0;
    DIR *folder = opendir(dir);
    struct dirent *entry;
    while (folder && (entry = readdir(folder)) != NULL && count < most) {
        const char *name = entry->d_name;
        size_t length = strlen(name);
        char main_path[4400];
        snprintf(main_path, sizeof main_path, "%.4000s/%.255s/main.cl", dir, name);
        bool wanted = suffix ? length > strlen(suffix) &&
                                   strcmp(name + length - strlen(suffix), suffix) == 0
                             : name[0] != '.' && file_exists(main_path);
        if (wanted)
            names[count++] = strdup(name);
    }
    if (folder)
        closedir(folder);
    for (int i = 1; i < count; i++)
        for (int j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
            char *swap = names[j];
            names[j] = names[j - 1];
            names[j - 1] = swap;
        }
    return count;
}

// Sets up a runner of an empty program for us and for each installed peer (when peers are on).
// Returns the number of runners.
static int setup_empty_runners(const BenchPlan *plan, Runner runners[3])
{
    const char *ours[] = {plan->claudelang, "eval", "nil", NULL};
    runner_init(&runners[0], "claudelang", ours);
    int count = 1;
    for (size_t i = 0; plan->peers && i < PEER_COUNT; i++) {
        if (!bench_have_program(peer_programs[i][1]))
            continue;
        const char *command[] = {peer_programs[i][1], "-e", "", NULL};
        runner_init(&runners[count++], peer_programs[i][0], command);
    }
    return count;
}

// Measures the time an empty program takes to start and exit, for us and the peers, as
// "startup/empty" (the report subtracts it to compare the programs' own work).
static int measure_startup(const BenchPlan *plan, json_t *results)
{
    Runner runners[3];
    int count = setup_empty_runners(plan, runners);
    bench_progress(plan, "  startup/empty (%d runtime%s)", count, count > 1 ? "s" : "");
    run_rounds(runners, count, plan->verify ? 1 : plan->quick ? 5 : 21, NULL);
    json_t *object = program_result("startup/empty", "startup", runners, count, plan->verify);
    json_object_set_new(object, "operation", json_string("start and exit an empty program"));
    json_array_append_new(results, object);
    if (runners[0].failure[0])
        fprintf(stderr, "claudelang bench: startup/empty: %s\n", runners[0].failure);
    return runners[0].failure[0] != '\0';
}

// The median peak memory of an empty program for us and each installed peer, in the order of
// setup_empty_runners (the memory every process of that runtime starts with).
static void empty_peaks(const BenchPlan *plan, long empty_kb[3])
{
    Runner runners[3];
    int count = setup_empty_runners(plan, runners);
    run_rounds(runners, count, 3, NULL);
    for (int i = 0; i < 3; i++) {
        double peaks[MAX_RUNS];
        for (int j = 0; i < count && j < runners[i].runs; j++)
            peaks[j] = (double)runners[i].rss[j];
        empty_kb[i] = i < count && runners[i].runs ? (long)median_of(peaks, runners[i].runs) : 0;
    }
}

// How many timed runs a program gets (the check run comes first and counts as one).
static int rounds_for(const BenchPlan *plan)
{
    return plan->verify || plan->quick ? 1 : 7;
}

// ---------------------------------------------------------------------------------------------
// The same programs in process: a fresh interpreter per run, output captured, no process start.

// One program run in process by the harness.
typedef struct InProcess {
    char path[4200];
    char *expected;      // its expected output (NULL: any)
    char *output;        // what the last run printed on stdout
    size_t length, capacity;
    char problem[320];
} InProcess;

// The interpreter's output callback: keeps stdout in the case's buffer, drops stderr.
static void keep_output(void *user_data, int stream, const char *bytes, size_t length)
{
    InProcess *p = user_data;
    if (stream != 1 || p->length + length + 1 > (1u << 24))
        return;
    if (p->length + length + 1 > p->capacity) {
        size_t capacity = (p->length + length + 1) * 2;
        char *bigger = realloc(p->output, capacity);
        if (!bigger)
            return;
        p->output = bigger;
        p->capacity = capacity;
    }
    memcpy(p->output + p->length, bytes, length);
    p->length += length;
    p->output[p->length] = '\0';
}

// Runs the program once in a fresh interpreter; false (with the problem recorded) if it fails.
static bool run_program_once(InProcess *p)
{
    ClConfig config;
    cl_config_init(&config);
    config.write = keep_output;
    config.write_user_data = p;
    p->length = 0;
    ClState *S = cl_open(&config);
    bool ok = S && cl_run_file(S, p->path) == CL_OK;
    if (!ok)
        snprintf(p->problem, sizeof p->problem, "%s", S ? cl_error_message(S) : "no interpreter");
    cl_close(S);
    return ok;
}

// Runs the program `iterations` times.
static void run_in_process(void *context, uint64_t iterations)
{
    for (uint64_t i = 0; i < iterations; i++)
        run_program_once(context);
}

// Runs the program once and compares its output with the expected one.
static const char *check_in_process(void *context)
{
    InProcess *p = context;
    if (!run_program_once(p))
        return p->problem;
    if (p->expected && (!p->output || strcmp(p->output, p->expected) != 0)) {
        const char *output = p->output ? p->output : "";
        snprintf(p->problem, sizeof p->problem, "printed \"%.*s\"", (int)strcspn(output, "\n"),
                 output);
        return p->problem;
    }
    return NULL;
}

// Times every program of bench/programs in process ("inprocess/NAME"), a few runs each.
static int measure_in_process(const BenchPlan *plan, const char *dir, char *names[], int count,
                              json_t *results)
{
    BenchOptions options;
    bench_options_default(&options);
    options.warmup_seconds = 0;
    options.samples = 7;
    options.check_only = plan->verify;
    options.quiet = true;
    options.cpu_clock = true;
    BenchSuite suite;
    bench_suite_init(&suite, "inprocess", &options);
    InProcess *cases = calloc((size_t)count, sizeof *cases);
    BenchCase *benches = calloc((size_t)count, sizeof *benches);
    char (*case_names)[256] = calloc((size_t)count, sizeof *case_names);
    for (int i = 0; cases && benches && case_names && i < count; i++) {
        int stem = (int)strlen(names[i]) - 3;
        snprintf(case_names[i], sizeof case_names[i], "inprocess/%.*s", stem, names[i]);
        if (!bench_name_matches(plan->filter, case_names[i]))
            continue;
        char out_path[4300];
        snprintf(cases[i].path, sizeof cases[i].path, "%s/%s", dir, names[i]);
        snprintf(out_path, sizeof out_path, "%s/%.*s.out", dir, stem, names[i]);
        cases[i].expected = read_text(out_path);
        benches[i] = (BenchCase){case_names[i], "run", run_in_process, check_in_process,
                                 &cases[i], 0, NULL, 0};
        bench_progress(plan, "  %s (in process)", case_names[i]);
        bench_run(&suite, &benches[i]);
    }
    int failed = bench_results_from_suite(&suite, plan->python, results);
    bench_suite_fini(&suite);
    for (int i = 0; cases && i < count; i++) {
        free(cases[i].expected);
        free(cases[i].output);
    }
    free(cases);
    free(benches);
    free(case_names);
    return failed;
}

int bench_suite_programs(const BenchPlan *plan, json_t *results)
{
    char dir[4096], *names[128];
    snprintf(dir, sizeof dir, "%s/bench/programs", plan->source_dir);
    int count = list_entries(dir, ".cl", names, 128), failed = 0;
    if (bench_name_matches(plan->filter, "startup/empty"))
        failed += measure_startup(plan, results);
    for (int i = 0; i < count; i++) {
        char name[256], path[4200], lua_path[4200], out_path[4200];
        snprintf(name, sizeof name, "programs/%.*s", (int)(strlen(names[i]) - 3), names[i]);
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        snprintf(lua_path, sizeof lua_path, "%.*s.lua", (int)(strlen(path) - 3), path);
        snprintf(out_path, sizeof out_path, "%.*s.out", (int)(strlen(path) - 3), path);
        if (!bench_name_matches(plan->filter, name))
            continue;
        char *expected = read_text(out_path);
        Runner runners[3];
        int runner_count = setup_runners(plan, runners, path, lua_path);
        bench_progress(plan, "  %s (%d runtime%s)", name, runner_count,
                       runner_count > 1 ? "s" : "");
        run_rounds(runners, runner_count, rounds_for(plan), expected);
        json_t *object = program_result(name, "programs", runners, runner_count, plan->verify);
        failed += runners[0].failure[0] != '\0';
        for (int j = 1; j < runner_count; j++)
            if (runners[j].failure[0]) {
                fprintf(stderr, "claudelang bench: %s: %s\n", name, runners[j].failure);
                failed++;
            }
        if (runners[0].failure[0])
            fprintf(stderr, "claudelang bench: %s: %s\n", name, runners[0].failure);
        json_array_append_new(results, object);
        free(expected);
    }
    // In process too, except in a smoke run (a run and its calibration each take a few seconds).
    if (!plan->quick)
        failed += measure_in_process(plan, dir, names, count, results);
    for (int i = 0; i < count; i++)
        free(names[i]);
    return failed;
}

int bench_suite_examples(const BenchPlan *plan, json_t *results)
{
    char dir[4096], *names[128];
    snprintf(dir, sizeof dir, "%s/examples", plan->source_dir);
    int files = list_entries(dir, ".cl", names, 64);
    int count = files + list_entries(dir, NULL, names + files, 64), failed = 0;
    for (int i = 0; i < count; i++) {
        char name[256], path[4200];
        bool folder = i >= files;
        snprintf(name, sizeof name, "examples/%.*s", (int)strlen(names[i]) - (folder ? 0 : 3),
                 names[i]);
        snprintf(path, sizeof path, "%s/%s%s", dir, names[i], folder ? "/main.cl" : "");
        free(names[i]);
        if (!bench_name_matches(plan->filter, name))
            continue;
        Runner runner;
        setup_ours(plan, &runner, path);
        bench_progress(plan, "  %s", name);
        run_rounds(&runner, 1, plan->verify ? 1 : plan->quick ? 3 : 10, NULL);
        json_t *object = program_result(name, "examples", &runner, 1, plan->verify);
        json_object_del(object, "peers");
        if (runner.failure[0]) {
            fprintf(stderr, "claudelang bench: %s: %s\n", name, runner.failure);
            failed++;
        }
        json_array_append_new(results, object);
    }
    return failed;
}

// ---------------------------------------------------------------------------------------------
// Memory and startup

// Adds the peak memory above an empty program's (`empty_kb`) to `object` as "net_kb".
static void add_net(json_t *object, long empty_kb)
{
    json_int_t peak = json_integer_value(json_object_get(object, "peak_rss_kb"));
    if (peak > 0)
        json_object_set_new(object, "net_kb", json_integer(peak - empty_kb));
}

int bench_suite_memory(const BenchPlan *plan, json_t *results)
{
    if (!bench_name_matches(plan->filter, "memory/list_1e6"))
        return 0;
    long empty_kb[3] = {0, 0, 0};
    empty_peaks(plan, empty_kb);
    char path[4096], lua_path[4096], out_path[4096];
    snprintf(path, sizeof path, "%s/bench/memory/list_1e6.cl", plan->source_dir);
    snprintf(lua_path, sizeof lua_path, "%s/bench/memory/list_1e6.lua", plan->source_dir);
    snprintf(out_path, sizeof out_path, "%s/bench/memory/list_1e6.out", plan->source_dir);
    char *expected = read_text(out_path);
    Runner runners[3];
    int count = setup_runners(plan, runners, path, lua_path);
    bench_progress(plan, "  memory/list_1e6");
    run_rounds(runners, count, plan->verify || plan->quick ? 1 : 3, expected);
    free(expected);
    json_t *object = program_result("memory/list_1e6", "memory", runners, count, plan->verify);
    json_object_set_new(object, "operation", json_string("peak memory of a 10^6-element list"));
    add_net(object, empty_kb[0]);
    const char *key;
    json_t *peer;
    int index = 1;
    json_object_foreach(json_object_get(object, "peers"), key, peer)
    {
        add_net(peer, empty_kb[index++]);
        double mine = json_number_value(json_object_get(object, "net_kb"));
        double theirs = json_number_value(json_object_get(peer, "net_kb"));
        if (mine > 0 && theirs > 0)
            json_object_set_new(peer, "memory_ratio", json_real(theirs / mine));
    }
    if (runners[0].failure[0])
        fprintf(stderr, "claudelang bench: memory/list_1e6: %s\n", runners[0].failure);
    json_array_append_new(results, object);
    return runners[0].failure[0] != '\0';
}
