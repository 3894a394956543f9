# Standard-library coverage (label lang): every public builtin is used by a case of
# tests/lang, has an error-path case there, and is documented in docs/lib
# (tests/lib/check_coverage.py reads the builtins from src/lib's registration tables).
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME lib_coverage
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/lib/check_coverage.py
                   ${CMAKE_SOURCE_DIR})
  set_tests_properties(lib_coverage PROPERTIES LABELS lang TIMEOUT 60)
endif()
