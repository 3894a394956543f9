# Benchmark tests (label bench). None of them compares wall times:
#   bench_verify     every benchmark of `claudelang bench` computes the expected output (ours,
#                    and the Lua and LuaJIT twins when installed); in the gcstress and sanitizer
#                    builds only the in-process suites, the programs would take hours there
#   bench_gate       the regression gate: builds a CL_SLOW_OPCODE_HOOK copy of `claudelang`
#                    under build/<preset>/bench-gate and shows that --check passes on this build
#                    and fails on the slowed one, naming the benchmark (needs valgrind). Release
#                    builds only: instruction counts of other builds mean nothing
#   bench_dashboard  `claudelang bench --quick --out DIR` writes the JSON, the report and the
#                    dashboard; the dashboard is rendered in headless Chromium and its charts are
#                    checked in the DOM; bench-dashboard/dashboard.png is the screenshot
# (bench_parse_check, the parser suite's own output check, is in bench/CMakeLists.txt.)
set(CL_BENCH_TESTS ${CMAKE_SOURCE_DIR}/bench/tests)

if(CL_GCSTRESS OR CL_SANITIZE)
  set(bench_verify_args --suite parse,vm)
  set(bench_dashboard_filter "parse/,interp/,vm/")
  set(bench_dashboard_charts "svg-python,svg-speedup,svg-trend-parse,svg-trend-vm,svg-latency")
else()
  set(bench_verify_args)
  set(bench_dashboard_filter "parse/,interp/,vm/,programs/fib,startup/,memory/")
  set(bench_dashboard_charts
      "svg-python,svg-speedup,svg-peers,svg-memory,svg-trend-parse,svg-trend-vm,svg-latency")
endif()

add_test(NAME bench_verify
         COMMAND $<TARGET_FILE:claudelang> bench --verify --quiet ${bench_verify_args})
set_tests_properties(bench_verify PROPERTIES LABELS bench TIMEOUT 900)

if(CMAKE_BUILD_TYPE STREQUAL "Release" AND NOT CL_GCSTRESS AND NOT CL_SANITIZE
   AND NOT CL_SLOW_OPCODE_HOOK)
  add_test(NAME bench_gate
           COMMAND bash ${CL_BENCH_TESTS}/gate_test.sh ${CMAKE_SOURCE_DIR}
                   ${CMAKE_BINARY_DIR}/bench-gate $<TARGET_FILE:claudelang>)
  set_tests_properties(bench_gate PROPERTIES LABELS bench TIMEOUT 1800 SKIP_RETURN_CODE 77)
endif()

add_test(NAME bench_dashboard
         COMMAND bash ${CL_BENCH_TESTS}/dashboard_test.sh $<TARGET_FILE:claudelang>
                 ${CMAKE_SOURCE_DIR} ${CMAKE_BINARY_DIR}/bench-dashboard
                 ${bench_dashboard_filter} ${bench_dashboard_charts})
set_tests_properties(bench_dashboard PROPERTIES LABELS bench TIMEOUT 600 SKIP_RETURN_CODE 77)
