# The command line as users see it.
add_test(NAME cli COMMAND ${CMAKE_SOURCE_DIR}/tests/cli/test_cli.sh $<TARGET_FILE:claudelang>)
set_tests_properties(cli PROPERTIES LABELS cli TIMEOUT 120)
