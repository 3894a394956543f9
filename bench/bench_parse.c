// bench_parse.c: the front end's benchmarks as a program of their own (the cases are in
// parse_cases.c, shared with `claudelang bench`): the six cases the Python reference
// implementation was timed on, compared with its figures (bench/python_baseline.json), the
// throughput on about 10 MB of generated ClaudeLang, and the syntax graph's bytes per node.
//
//   bench_parse [--json FILE] [--filter TEXT] [--samples N] [--quick] [--check]
#include "toolkit.h"

#include <stdio.h>

#ifndef CL_SOURCE_DIR
#define CL_SOURCE_DIR "."
#endif

// Runs the parser suite with the common options and prints (and writes) its report.
int main(int argc, char **argv)
{
    BenchOptions options;
    bench_options_default(&options);
    int status;
    if (!bench_parse_options(&options, argc, argv, "bench_parse", NULL, &status))
        return status;
    ParseCases *cases = bench_parse_cases_new(10u << 20);
    if (!cases) {
        fputs("bench_parse: out of memory\n", stderr);
        return 1;
    }
    json_t *python = bench_json_load(CL_SOURCE_DIR "/bench/python_baseline.json");
    BenchSuite suite;
    bench_suite_init(&suite, "parse", &options);
    bench_parse_cases_run(cases, &suite, python);
    status = bench_report(&suite);
    bench_suite_fini(&suite);
    bench_parse_cases_free(cases);
    json_decref(python);
    return status;
}
