# Front-end tests (the unit tests test_lex and test_parse register themselves as unit_*):
#   golden_parse       `claudelang parse` listings and diagnostics, tests/golden/parse (golden)
#   conformance_parse  every shared conformance case parses, or fails with parse-error when its
#                      .err says so (conformance-parse)
#   fuzz_parse         the libFuzzer target for 30 seconds, only with CL_FUZZ (fuzz)
set(CL_GOLDEN_DIR ${CMAKE_SOURCE_DIR}/tests/golden)

add_test(NAME golden_parse
         COMMAND bash ${CL_GOLDEN_DIR}/run_golden.sh $<TARGET_FILE:claudelang> ${CL_GOLDEN_DIR}/parse)
set_tests_properties(golden_parse PROPERTIES LABELS golden TIMEOUT 120)

add_test(NAME conformance_parse
         COMMAND bash ${CL_GOLDEN_DIR}/conformance_parse.sh $<TARGET_FILE:claudelang>
                 ${CL_CONFORMANCE_DIR}/cases)
set_tests_properties(conformance_parse PROPERTIES LABELS conformance-parse TIMEOUT 300)

if(CL_FUZZ)
  add_executable(fuzz_parse ${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz_parse.c)
  target_compile_options(fuzz_parse PRIVATE ${CL_WARNINGS})
  target_link_libraries(fuzz_parse PRIVATE clcore)
  target_link_options(fuzz_parse PRIVATE -fsanitize=fuzzer)
  # New inputs go to the build's corpus; the conformance cases and golden files are the seeds.
  set(fuzz_corpus ${CMAKE_BINARY_DIR}/fuzz-corpus/parse)
  file(MAKE_DIRECTORY ${fuzz_corpus})
  add_test(NAME fuzz_parse
           COMMAND fuzz_parse -max_total_time=30 -max_len=4096 -timeout=10 -rss_limit_mb=2048
                   -dict=${CMAKE_SOURCE_DIR}/tests/fuzz/parse.dict
                   ${fuzz_corpus} ${CL_CONFORMANCE_DIR}/cases ${CL_GOLDEN_DIR}/parse)
  set_tests_properties(fuzz_parse PROPERTIES LABELS fuzz TIMEOUT 120)
endif()
