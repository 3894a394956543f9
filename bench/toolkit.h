// toolkit.h: the performance-tracking toolkit behind `claudelang bench` (src/cli/bench_cmd.c).
// Suites measure (in process through the harness, or whole processes beside Lua 5.4 and LuaJIT,
// or instruction counts under callgrind); every figure becomes a JSON object (jansson) in one
// results document, which is kept in a history folder keyed by commit and rendered as a
// Markdown report and a self-contained HTML dashboard. See docs/PERFORMANCE.md.
#ifndef CL_BENCH_TOOLKIT_H
#define CL_BENCH_TOOLKIT_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "harness.h"

// The format tag of results documents and of gate baselines.
#define BENCH_RESULTS_FORMAT "claudelang-bench/1"
#define BENCH_BASELINE_FORMAT "claudelang-gate/1"

// What one run of `claudelang bench` does and where it finds things.
typedef struct BenchPlan {
    const char *source_dir;   // the source tree: bench/programs, examples/ ...
    const char *claudelang;   // the path of the claudelang executable (for process runs)
    bool quick;               // a smoke run: short samples, one run per program
    bool verify;              // check every output, time nothing
    bool peers;               // run the Lua 5.4 / LuaJIT twins when installed
    const char *filter;       // only benchmarks whose name contains this (NULL: all)
    unsigned suites;          // BENCH_SUITE_* bits
    json_t *python;           // the Python baseline document (borrowed), or NULL
    bool quiet;               // no progress lines on stderr
} BenchPlan;

enum {
    BENCH_SUITE_PARSE = 1,    // parser micro cases (in process)
    BENCH_SUITE_VM = 2,       // interpreter/VM micro cases (in process, claudelang.h)
    BENCH_SUITE_PROGRAMS = 4, // macro programs, whole processes, beside Lua and LuaJIT
    BENCH_SUITE_EXAMPLES = 8, // end-to-end runs of examples/
    BENCH_SUITE_MEMORY = 16,  // peak memory of a 10^6-element list vs a Lua table; startup
    BENCH_SUITE_GATE = 32,    // instruction counts of the gate programs under callgrind
    BENCH_SUITE_ALL = 63,
};

// The source tree this toolkit was built from (where bench/ and examples/ are).
const char *bench_source_dir(void);

// Parses a comma-separated suite list ("parse,vm") into BENCH_SUITE_* bits; false on an
// unknown name.
bool bench_suites_parse(const char *text, unsigned *suites);

// Prints a progress line on stderr unless the plan is quiet (printf-style).
void bench_progress(const BenchPlan *plan, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

// ---------------------------------------------------------------------------------------------
// Suites. Each appends one JSON object per benchmark to `results` (see docs/PERFORMANCE.md for
// the fields) and returns the number of benchmarks whose output check failed.

int bench_suite_parse(const BenchPlan *plan, json_t *results);

// The parser cases themselves, shared by the suite above and the standalone bench_parse: the six
// cases the Python implementation was timed on, and, when `big_bytes` > 0, the throughput on that
// many bytes of generated ClaudeLang (fresh and reused tree) and the tree's bytes per node.
typedef struct ParseCases ParseCases;
// NULL when out of memory.
ParseCases *bench_parse_cases_new(size_t big_bytes);
// Checks and measures every case in `suite`, with the Python figures of `python` (may be NULL).
void bench_parse_cases_run(ParseCases *cases, BenchSuite *suite, json_t *python);
void bench_parse_cases_free(ParseCases *cases);
int bench_suite_vm(const BenchPlan *plan, json_t *results);
int bench_suite_programs(const BenchPlan *plan, json_t *results);
int bench_suite_examples(const BenchPlan *plan, json_t *results);
int bench_suite_memory(const BenchPlan *plan, json_t *results);
// Runs the gate programs under callgrind; each result carries "instructions". Needs valgrind
// (bench_have_valgrind); without it, records nothing and returns 0.
int bench_suite_gate(const BenchPlan *plan, json_t *results);
bool bench_have_valgrind(void);

// Converts the results of a harness suite into JSON objects appended to `results` (their
// "component" is the name's prefix, "parse" for "parse/add"), with the Python figure of the same
// name from `python` (may be NULL). Returns the number of failed checks.
int bench_results_from_suite(const BenchSuite *suite, json_t *python, json_t *results);

// The Python implementation's time for benchmark `name` in nanoseconds, or 0 when the baseline
// has none.
double bench_python_ns(json_t *python, const char *name);

// Loads a JSON file; NULL (with a message on stderr naming the file) when it cannot be read or
// parsed. The caller owns the result.
json_t *bench_json_load(const char *path);
// Writes `doc` to `path` (indented, keys in insertion order); false with a message on failure.
bool bench_json_save(json_t *doc, const char *path);

// ---------------------------------------------------------------------------------------------
// Processes

// One run of a child process.
typedef struct ProcessRun {
    int status;          // exit status, or 128 + signal, or -1 when it could not be started
    double wall_ns;      // elapsed (monotonic clock)
    double cpu_ns;       // user + system time of the child
    long peak_rss_kb;    // peak resident memory of the child (VmHWM), 0 when not traced
    char *output;        // its stdout (malloc'd, NUL-terminated; NULL if not captured)
    size_t output_length;
    char *errors;        // its stderr, likewise
} ProcessRun;

// Runs argv[0] (searched on PATH) with `argv`, in `directory` (NULL: the current one), with the
// extra environment entries `environment` ("NAME=value", NULL-terminated, may be NULL),
// capturing stdout and stderr. Kills it after `timeout_seconds` (status then 128 + SIGKILL).
// With `trace_memory`, the child runs under ptrace so that its peak memory can be read as it
// exits (not for valgrind). Returns false when the process could not be started (status -1)
// or its program was not found (status 127).
bool bench_process_run(char *const argv[], const char *directory, char *const environment[],
                       double timeout_seconds, bool trace_memory, ProcessRun *run);
void bench_process_free(ProcessRun *run);

// Whether `program` is an executable file on PATH (or a path to one).
bool bench_have_program(const char *program);
// The first line of `program`'s version output (`program -v` and the like), or "" when it is
// not installed. Returns a static buffer.
const char *bench_program_version(const char *program);

// ---------------------------------------------------------------------------------------------
// The results document, history and baseline

// A new results document for this run: format, mode, commit (with "dirty" when the tree has
// uncommitted changes), commit date and subject, date, machine, build identity, peers and the
// Python baseline's provenance; "results" is an empty array to fill.
json_t *bench_document_new(const BenchPlan *plan);

// The build identity of this binary: compiler, build type and the flags that change
// instruction counts (sanitizers, gcstress). Returns a static string.
const char *bench_build_identity(void);

// Whether this binary was built with AddressSanitizer (the CL_SANITIZE build).
bool bench_build_sanitized(void);

// The file name a document is kept under in the history: "<commit12>[-dirty]-<mode>.json".
// Returns a malloc'd string.
char *bench_history_name(json_t *doc);
// Creates the folder `path` and its missing parents. False with a message on failure.
bool bench_make_directory(const char *path);

// Writes `doc` into the history folder `dir` (created if needed). False with a message.
bool bench_history_save(json_t *doc, const char *dir);
// Loads every results document of `dir`, sorted by commit date, then run date (oldest first).
// Returns a new array (empty when the folder does not exist).
json_t *bench_history_load(const char *dir);
// The run before `doc` in `history`: the latest run of another commit (or an earlier run of
// the same commit), preferring the same mode. Borrowed; NULL when there is none.
json_t *bench_history_previous(json_t *history, json_t *doc);

// Finds the result named `name` in a document; borrowed, NULL if absent.
json_t *bench_find_result(json_t *doc, const char *name);

// Compares the gate results of `doc` with the baseline document `baseline`: prints one line per
// benchmark (instructions, change, wall time) and returns the number of benchmarks more than
// `threshold` (0.05 = 5%) worse. A benchmark missing from the baseline is reported, not counted.
int bench_gate_compare(json_t *doc, json_t *baseline, double threshold);
// A new gate baseline made of the gate results of `doc`.
json_t *bench_gate_baseline(json_t *doc);

// ---------------------------------------------------------------------------------------------
// Output

// Writes the Markdown report of `doc` (vs the Python baseline, vs `previous` (may be NULL), vs
// the peers, the goals) to `path`. False with a message on failure.
bool bench_report_write(json_t *doc, json_t *previous, const char *path);
// Writes the self-contained HTML dashboard of `history` (which should include `doc`, the run
// shown in detail) to `path`.
bool bench_dashboard_write(json_t *doc, json_t *history, const char *path);

// Adds the derived figures to a measured document: each peer's ratio with start-up time taken
// off ("ratio_excluding_startup"), and the "goals" of issues 3 and 5 (fib(30) 1.3x Lua, no
// slower than Lua elsewhere, fib(10) 1000x Python, list memory no more than Lua's), each with
// its figure and whether it is met.
void bench_document_finish(json_t *doc);

// The string `key` of `object`, or "" (never NULL); the number `key`, or 0.
const char *bench_text(json_t *object, const char *key);
double bench_number(json_t *object, const char *key);

// Formats a duration in ns with a fitting unit ("68.9 ns", "3.16 µs", "1.25 s") into `out`.
const char *bench_format_ns(double ns, char *out, size_t size);

#endif
