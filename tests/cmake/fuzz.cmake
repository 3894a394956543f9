# The whole-pipeline fuzzer (parse, compile, run with limits); label fuzz, clang fuzz preset.
if(CL_FUZZ)
  add_executable(fuzz_run ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_run.c)
  target_compile_options(fuzz_run PRIVATE ${CL_WARNINGS})
  target_link_libraries(fuzz_run PRIVATE clcore)
  target_link_options(fuzz_run PRIVATE -fsanitize=fuzzer)
  set(run_corpus ${CMAKE_BINARY_DIR}/fuzz-corpus/run)
  file(MAKE_DIRECTORY ${run_corpus})
  add_test(NAME fuzz_run
           COMMAND fuzz_run -max_total_time=30 -max_len=2048 -timeout=10 -rss_limit_mb=2048
                   -dict=${CMAKE_SOURCE_DIR}/tests/fuzz/parse.dict
                   ${run_corpus} ${CL_CONFORMANCE_DIR}/cases ${CMAKE_SOURCE_DIR}/tests/lang/core
                   ${CMAKE_SOURCE_DIR}/tests/fuzz/regressions)
  # ASan's default 256 MB quarantine of freed blocks, with bignums that grow by a few hundred
  # bytes a step (every block a new size), took the process past 2 GB on
  # regressions/bignum_growth_oom.cl (the release build stays at 14 MB: bignums count towards
  # the heap and are collected). 16 MB keeps it near 430 MB.
  set_tests_properties(fuzz_run PROPERTIES LABELS fuzz TIMEOUT 120
                       ENVIRONMENT "ASAN_OPTIONS=quarantine_size_mb=16")
endif()
