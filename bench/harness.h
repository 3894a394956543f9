// harness.h: the in-process benchmark runner. A benchmark is a function that performs an
// operation N times; the harness checks its output first, warms it up, picks N so that one
// timed sample lasts at least a millisecond, takes many samples and reports the time per
// operation (median, min, max, MAD, IQR) with the machine, compiler and commit, as text and as
// JSON. See bench/README.md.
#ifndef CL_BENCH_HARNESS_H
#define CL_BENCH_HARNESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Runs the operation `iterations` times. `context` is the benchmark's own data.
typedef void (*BenchRun)(void *context, uint64_t iterations);

// Checks that the operation computes what it should (run once, untimed, before any timing).
// Returns NULL when it does, otherwise a one-line description of what is wrong.
typedef const char *(*BenchCheck)(void *context);

typedef struct BenchCase {
    const char *name;     // stable id, e.g. "parse/add": the key in results and history
    const char *unit;     // what one operation is, for the report ("parse", "file")
    BenchRun run;
    BenchCheck check;     // may be NULL
    void *context;
    double baseline_ns;   // a reference time per operation (e.g. the Python implementation's),
                          // or 0; the report then gives the speedup baseline / median
    const char *baseline; // the name of the reference ("python")
    uint64_t bytes;       // bytes processed per operation, or 0; the report then gives MB/s
} BenchCase;

// How to measure. bench_options_default gives: 0.2 s of warm-up, samples of at least 1 ms,
// 31 samples and at most 2 s of sampling per case.
typedef struct BenchOptions {
    double warmup_seconds;
    double min_sample_seconds;
    uint32_t samples;
    double max_seconds;   // sampling stops early (with at least 5 samples) past this
    bool check_only;      // run the checks, time nothing
    const char *filter;   // only cases whose name contains this text, or one of several
                          // comma-separated texts (NULL: all)
    const char *json_path; // where to write the JSON report (NULL: nowhere)
    bool quiet;           // no text report on stdout
    bool cpu_clock;       // time the samples with the thread's CPU clock rather than the
                          // monotonic clock (steadier on a loaded machine; the warm-up and
                          // max_seconds limits stay on the monotonic clock)
} BenchOptions;

// The figures of one case, all times in nanoseconds per operation.
typedef struct BenchResult {
    const BenchCase *bench;
    bool checked;          // the check passed (or there is none)
    const char *failure;   // the check's complaint, when it failed
    uint32_t samples;
    uint64_t iterations;   // operations per sample
    double median, min, max, mean;
    double mad;            // median absolute deviation from the median
    double q1, q3;         // quartiles: IQR = q3 - q1
    double speedup;        // baseline_ns / median, or 0
    double mb_per_second;  // bytes / median, or 0
    double *times;         // the `samples` sample times, sorted (owned by the suite), or NULL
} BenchResult;

// An extra figure of a suite that is not a time (bytes per node, peak memory ...).
typedef struct BenchMetric {
    const char *name;
    double value;
    const char *unit;
} BenchMetric;

// One run of a suite: its cases' results and extra metrics, reported together.
typedef struct BenchSuite {
    const char *name;
    BenchOptions options;
    BenchResult *results;
    uint32_t result_count;
    uint32_t result_capacity;
    BenchMetric metrics[32];
    uint32_t metric_count;
    bool failed;           // some check failed
} BenchSuite;

// The environment a run is measured in: CPU model, cores, OS, the source tree's commit, the
// date (UTC, ISO 8601) and the compiler and build type the suite was built with.
typedef struct BenchMachine {
    char cpu[128];
    long cores;
    char os[4 * 65 + 8];
    char commit[64];
    char date[32];
    char compiler[128];
} BenchMachine;

void bench_options_default(BenchOptions *options);

// Whether `name` passes `filter`: NULL passes everything, otherwise `name` must contain one of
// the filter's comma-separated texts.
bool bench_name_matches(const char *filter, const char *name);

// Parses the common command-line options into `options`: --json FILE, --filter TEXT, --check,
// --quick (fewer and shorter samples), --samples N, --quiet, --help. True to go on; false to
// stop with *exit_status (0 after --help, 2 after a usage error, which it prints).
// `usage_extra` is printed after the common options by --help.
bool bench_parse_options(BenchOptions *options, int argc, char **argv, const char *program,
                         const char *usage_extra, int *exit_status);

void bench_suite_init(BenchSuite *suite, const char *name, const BenchOptions *options);
void bench_suite_fini(BenchSuite *suite);

// Checks and measures one case (unless filtered out) and records its result. False when its
// check failed.
bool bench_run(BenchSuite *suite, const BenchCase *bench);

// Records an extra figure (copied; at most 32 per suite).
void bench_metric(BenchSuite *suite, const char *name, double value, const char *unit);

// Prints the text report (unless quiet) and writes the JSON report (when asked). Returns the
// process exit status: 0, or 1 when a check failed or the JSON could not be written.
int bench_report(BenchSuite *suite);

// Fills `r`'s statistics (samples, min, max, mean, median, MAD, quartiles) from `count` > 0
// times per operation, which it sorts in place; `r->times` is left alone.
void bench_summarize(BenchResult *r, double *times, uint32_t count);

// Describes the machine, commit, date and compiler of this run.
void bench_describe_machine(BenchMachine *m);

// Seconds on a monotonic clock.
double bench_now(void);
// Seconds of CPU time used by the calling thread.
double bench_thread_cpu(void);

// Keeps the compiler from optimising away a value a benchmark computes (stores it in the
// volatile bench_sink).
void bench_keep(const void *pointer);
extern const void *volatile bench_sink;

#endif
