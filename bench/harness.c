// harness.c: the in-process benchmark runner of harness.h: calibration, sampling, statistics,
// and the text and JSON reports with the machine, compiler and commit they were measured on.
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#ifndef CL_SOURCE_DIR
#define CL_SOURCE_DIR "."
#endif
#ifndef CL_BUILD_TYPE
#define CL_BUILD_TYPE "unknown"
#endif

double bench_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

double bench_thread_cpu(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

// The clock the samples are timed with.
static double sample_clock(const BenchOptions *options)
{
    return options->cpu_clock ? bench_thread_cpu() : bench_now();
}

const void *volatile bench_sink;

void bench_keep(const void *pointer)
{
    bench_sink = pointer;
}

void bench_options_default(BenchOptions *options)
{
    memset(options, 0, sizeof *options);
    options->warmup_seconds = 0.2;
    options->min_sample_seconds = 0.001;
    options->samples = 31;
    options->max_seconds = 2.0;
}

bool bench_name_matches(const char *filter, const char *name)
{
    if (!filter)
        return true;
    while (*filter) {
        size_t length = strcspn(filter, ",");
        for (const char *at = name; length > 0 && *at; at++)
            if (strncmp(at, filter, length) == 0)
                return true;
        filter += length + (filter[length] == ',');
    }
    return false;
}

bool bench_parse_options(BenchOptions *options, int argc, char **argv, const char *program,
                         const char *usage_extra, int *exit_status)
{
    *exit_status = 0;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        bool has_value = i + 1 < argc;
        if (strcmp(arg, "--json") == 0 && has_value) {
            options->json_path = argv[++i];
        } else if (strcmp(arg, "--filter") == 0 && has_value) {
            options->filter = argv[++i];
        } else if (strcmp(arg, "--samples") == 0 && has_value && atoi(argv[i + 1]) > 0) {
            options->samples = (uint32_t)atoi(argv[++i]);
        } else if (strcmp(arg, "--check") == 0) {
            options->check_only = true;
        } else if (strcmp(arg, "--quick") == 0) {
            options->warmup_seconds = 0.02;
            options->samples = 7;
            options->max_seconds = 0.3;
        } else if (strcmp(arg, "--quiet") == 0) {
            options->quiet = true;
        } else if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            printf("usage: %s [--json FILE] [--filter TEXT] [--samples N] [--quick] [--check] "
                   "[--quiet]\n"
                   "  --json FILE    also write the results as JSON to FILE\n"
                   "  --filter TEXT  only the cases whose name contains TEXT (or one of A,B,...)\n"
                   "  --samples N    timed samples per case (default 31)\n"
                   "  --quick        fewer, shorter samples (a smoke run)\n"
                   "  --check        only check each case's output, time nothing\n"
                   "  --quiet        no text report\n%s",
                   program, usage_extra ? usage_extra : "");
            return false;
        } else {
            fprintf(stderr, "%s: unknown or incomplete option '%s' (try --help)\n", program, arg);
            *exit_status = 2;
            return false;
        }
    }
    return true;
}

void bench_suite_init(BenchSuite *suite, const char *name, const BenchOptions *options)
{
    memset(suite, 0, sizeof *suite);
    suite->name = name;
    suite->options = *options;
}

void bench_suite_fini(BenchSuite *suite)
{
    for (uint32_t i = 0; i < suite->result_count; i++)
        free(suite->results[i].times);
    free(suite->results);
    suite->results = NULL;
    suite->result_count = suite->result_capacity = 0;
}

// Orders doubles for qsort.
static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

// The q-quantile (0..1) of sorted values, interpolating between neighbours.
static double quantile(const double *sorted, uint32_t count, double q)
{
    double position = q * (double)(count - 1);
    uint32_t low = (uint32_t)position;
    if (low + 1 >= count)
        return sorted[count - 1];
    double fraction = position - (double)low;
    return sorted[low] * (1 - fraction) + sorted[low + 1] * fraction;
}

void bench_summarize(BenchResult *r, double *times, uint32_t count)
{
    qsort(times, count, sizeof(double), compare_doubles);
    double sum = 0;
    for (uint32_t i = 0; i < count; i++)
        sum += times[i];
    r->samples = count;
    r->min = times[0];
    r->max = times[count - 1];
    r->mean = sum / count;
    r->median = quantile(times, count, 0.5);
    r->q1 = quantile(times, count, 0.25);
    r->q3 = quantile(times, count, 0.75);
    double *deviations = malloc(sizeof(double) * count);
    if (deviations) {
        for (uint32_t i = 0; i < count; i++)
            deviations[i] = times[i] > r->median ? times[i] - r->median : r->median - times[i];
        qsort(deviations, count, sizeof(double), compare_doubles);
        r->mad = quantile(deviations, count, 0.5);
        free(deviations);
    }
}

// Finds how many operations make one sample of at least min_sample_seconds, running the
// operation for at least warmup_seconds in all (the warm-up).
static uint64_t calibrate(const BenchCase *bench, const BenchOptions *options)
{
    uint64_t iterations = 1;
    double start = bench_now();
    for (;;) {
        double before = sample_clock(options);
        bench->run(bench->context, iterations);
        double elapsed = sample_clock(options) - before;
        if (elapsed >= options->min_sample_seconds &&
            bench_now() - start >= options->warmup_seconds)
            return iterations;
        if (elapsed < options->min_sample_seconds && iterations < (UINT64_C(1) << 40)) {
            double factor = elapsed > 0 ? options->min_sample_seconds / elapsed : 1000;
            iterations = (uint64_t)((double)iterations * (factor > 10 ? 10 : factor * 1.2)) + 1;
        }
    }
}

// Adds a result slot to the suite; NULL when out of memory.
static BenchResult *new_result(BenchSuite *suite, const BenchCase *bench)
{
    if (suite->result_count == suite->result_capacity) {
        uint32_t capacity = suite->result_capacity ? suite->result_capacity * 2 : 16;
        BenchResult *results = realloc(suite->results, sizeof(BenchResult) * capacity);
        if (!results)
            return NULL;
        suite->results = results;
        suite->result_capacity = capacity;
    }
    BenchResult *r = &suite->results[suite->result_count++];
    memset(r, 0, sizeof *r);
    r->bench = bench;
    return r;
}

bool bench_run(BenchSuite *suite, const BenchCase *bench)
{
    const BenchOptions *options = &suite->options;
    if (!bench_name_matches(options->filter, bench->name))
        return true;
    BenchResult *r = new_result(suite, bench);
    if (!r) {
        suite->failed = true;
        return false;
    }
    r->failure = bench->check ? bench->check(bench->context) : NULL;
    r->checked = r->failure == NULL;
    if (!r->checked) {
        suite->failed = true;
        fprintf(stderr, "%s: check failed: %s\n", bench->name, r->failure);
        return false;
    }
    if (options->check_only)
        return true;
    uint32_t wanted = options->samples ? options->samples : 1;
    double *times = malloc(sizeof(double) * wanted);
    if (!times) {
        suite->failed = true;
        return false;
    }
    r->iterations = calibrate(bench, options);
    double start = bench_now();
    uint32_t count = 0;
    while (count < wanted) {
        double before = sample_clock(options);
        bench->run(bench->context, r->iterations);
        times[count++] = (sample_clock(options) - before) * 1e9 / (double)r->iterations;
        if (count >= 5 && bench_now() - start > options->max_seconds)
            break;
    }
    bench_summarize(r, times, count);
    r->times = times;
    if (bench->baseline_ns > 0)
        r->speedup = bench->baseline_ns / r->median;
    if (bench->bytes > 0)
        r->mb_per_second = (double)bench->bytes / r->median * 1e3;
    return true;
}

void bench_metric(BenchSuite *suite, const char *name, double value, const char *unit)
{
    if (suite->metric_count < sizeof suite->metrics / sizeof suite->metrics[0])
        suite->metrics[suite->metric_count++] = (BenchMetric){name, value, unit};
}

// ---------------------------------------------------------------------------------------------
// Reports

// Copies the first line of `command`'s output into `out` (empty when it fails).
static void first_output_line(const char *command, char *out, size_t size)
{
    out[0] = '\0';
    FILE *pipe = popen(command, "r");
    if (!pipe)
        return;
    if (fgets(out, (int)size, pipe))
        out[strcspn(out, "\r\n")] = '\0';
    pclose(pipe);
}

void bench_describe_machine(BenchMachine *m)
{
    strcpy(m->cpu, "unknown");
    FILE *info = fopen("/proc/cpuinfo", "r");
    char line[256];
    while (info && fgets(line, sizeof line, info)) {
        if (strncmp(line, "model name", 10) == 0 && strchr(line, ':')) {
            const char *value = strchr(line, ':') + 1;
            while (*value == ' ' || *value == '\t')
                value++;
            snprintf(m->cpu, sizeof m->cpu, "%.*s", (int)strcspn(value, "\n"), value);
            break;
        }
    }
    if (info)
        fclose(info);
    m->cores = sysconf(_SC_NPROCESSORS_ONLN);
    struct utsname name;
    if (uname(&name) == 0)
        snprintf(m->os, sizeof m->os, "%s %s %s", name.sysname, name.release, name.machine);
    else
        strcpy(m->os, "unknown");
    first_output_line("git -C '" CL_SOURCE_DIR "' rev-parse HEAD 2>/dev/null", m->commit,
                      sizeof m->commit);
    if (!m->commit[0])
        strcpy(m->commit, "unknown");
    time_t now = time(NULL);
    struct tm utc;
    gmtime_r(&now, &utc);
    strftime(m->date, sizeof m->date, "%Y-%m-%dT%H:%M:%SZ", &utc);
#if defined(__clang__)
    snprintf(m->compiler, sizeof m->compiler, "clang %s (%s)", __clang_version__, CL_BUILD_TYPE);
#elif defined(__GNUC__)
    snprintf(m->compiler, sizeof m->compiler, "gcc %s (%s)", __VERSION__, CL_BUILD_TYPE);
#else
    snprintf(m->compiler, sizeof m->compiler, "unknown (%s)", CL_BUILD_TYPE);
#endif
}

// Writes `text` as a JSON string.
static void json_string(FILE *out, const char *text)
{
    fputc('"', out);
    for (const unsigned char *s = (const unsigned char *)(text ? text : ""); *s; s++) {
        if (*s == '"' || *s == '\\')
            fprintf(out, "\\%c", *s);
        else if (*s < 0x20)
            fprintf(out, "\\u%04x", *s);
        else
            fputc(*s, out);
    }
    fputc('"', out);
}

// Prints the text report: the machine, then one line per case and one per extra figure.
static void print_text(const BenchSuite *suite, const BenchMachine *m)
{
    printf("%s: %s (%ld cores), %s, commit %.12s\n", suite->name, m->cpu, m->cores, m->compiler,
           m->commit);
    printf("%-28s %12s %12s %12s %10s %16s %10s\n", "case", "median", "min", "max", "MAD",
           "samples x ops", "vs base");
    for (uint32_t i = 0; i < suite->result_count; i++) {
        const BenchResult *r = &suite->results[i];
        if (!r->checked) {
            printf("%-28s CHECK FAILED: %s\n", r->bench->name, r->failure);
            continue;
        }
        if (suite->options.check_only) {
            printf("%-28s ok\n", r->bench->name);
            continue;
        }
        char extra[64] = "";
        if (r->speedup > 0)
            snprintf(extra, sizeof extra, "%9.0fx", r->speedup);
        else if (r->mb_per_second > 0)
            snprintf(extra, sizeof extra, "%6.1f MB/s", r->mb_per_second);
        char ops[32];
        snprintf(ops, sizeof ops, "%u x %llu", r->samples, (unsigned long long)r->iterations);
        printf("%-28s %9.1f ns %9.1f ns %9.1f ns %7.1f ns %16s %10s\n", r->bench->name, r->median,
               r->min, r->max, r->mad, ops, extra);
    }
    for (uint32_t i = 0; i < suite->metric_count; i++)
        printf("%-28s %12.2f %s\n", suite->metrics[i].name, suite->metrics[i].value,
               suite->metrics[i].unit);
}

// Writes the JSON report of the suite (format in bench/README.md).
static void write_json(FILE *out, const BenchSuite *suite, const BenchMachine *m)
{
    fputs("{\n  \"suite\": ", out);
    json_string(out, suite->name);
    fputs(",\n  \"machine\": {\"cpu\": ", out);
    json_string(out, m->cpu);
    fprintf(out, ", \"cores\": %ld, \"os\": ", m->cores);
    json_string(out, m->os);
    fputs("},\n  \"commit\": ", out);
    json_string(out, m->commit);
    fputs(",\n  \"date\": ", out);
    json_string(out, m->date);
    fputs(",\n  \"compiler\": ", out);
    json_string(out, m->compiler);
    fputs(",\n  \"unit\": \"ns per operation\",\n  \"results\": [", out);
    for (uint32_t i = 0; i < suite->result_count; i++) {
        const BenchResult *r = &suite->results[i];
        fputs(i ? ",\n    {\"name\": " : "\n    {\"name\": ", out);
        json_string(out, r->bench->name);
        fputs(", \"operation\": ", out);
        json_string(out, r->bench->unit);
        fprintf(out, ", \"checked\": %s", r->checked ? "true" : "false");
        if (r->checked && !suite->options.check_only)
            fprintf(out,
                    ", \"median\": %.3f, \"min\": %.3f, \"max\": %.3f, \"mean\": %.3f, "
                    "\"mad\": %.3f, \"q1\": %.3f, \"q3\": %.3f, \"samples\": %u, "
                    "\"iterations\": %llu",
                    r->median, r->min, r->max, r->mean, r->mad, r->q1, r->q3, r->samples,
                    (unsigned long long)r->iterations);
        if (r->bench->baseline_ns > 0) {
            fprintf(out, ", \"baseline\": {\"name\": ");
            json_string(out, r->bench->baseline);
            fprintf(out, ", \"median\": %.1f}", r->bench->baseline_ns);
            if (r->speedup > 0)
                fprintf(out, ", \"speedup\": %.1f", r->speedup);
        }
        if (r->bench->bytes > 0)
            fprintf(out, ", \"bytes\": %llu, \"mb_per_second\": %.1f",
                    (unsigned long long)r->bench->bytes, r->mb_per_second);
        fputc('}', out);
    }
    fputs("\n  ],\n  \"metrics\": {", out);
    for (uint32_t i = 0; i < suite->metric_count; i++) {
        fputs(i ? ", " : "", out);
        json_string(out, suite->metrics[i].name);
        fprintf(out, ": {\"value\": %.3f, \"unit\": ", suite->metrics[i].value);
        json_string(out, suite->metrics[i].unit);
        fputc('}', out);
    }
    fputs("}\n}\n", out);
}

int bench_report(BenchSuite *suite)
{
    BenchMachine m;
    bench_describe_machine(&m);
    if (!suite->options.quiet)
        print_text(suite, &m);
    int status = suite->failed ? 1 : 0;
    if (suite->options.json_path) {
        FILE *out = fopen(suite->options.json_path, "w");
        if (!out) {
            fprintf(stderr, "%s: cannot write %s\n", suite->name, suite->options.json_path);
            return 1;
        }
        write_json(out, suite, &m);
        if (fclose(out) != 0)
            status = 1;
    }
    return status;
}
