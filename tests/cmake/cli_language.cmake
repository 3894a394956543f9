# The language as seen from the command line: error positions and messages, module search
# through CLAUDELANG_PATH, and the flags of run/eval (tests/cli/test_language_cli.sh).
add_test(NAME cli_language
         COMMAND ${CMAKE_SOURCE_DIR}/tests/cli/test_language_cli.sh $<TARGET_FILE:claudelang>)
set_tests_properties(cli_language PROPERTIES LABELS cli TIMEOUT 1800)
if(CL_SANITIZE OR CL_GCSTRESS)
  set_tests_properties(cli_language PROPERTIES ENVIRONMENT CL_SKIP_NOOPT_SWEEP=1)
endif()
