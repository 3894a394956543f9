# Embedding tests (tests/api/*.c, Criterion) and checks of the public header itself.
file(GLOB api_sources CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/api/*.c)
foreach(src ${api_sources})
  get_filename_component(name ${src} NAME_WE)
  add_executable(api_${name} ${src})
  target_compile_options(api_${name} PRIVATE ${CL_WARNINGS} -Wno-missing-prototypes)
  target_link_libraries(api_${name} PRIVATE clcore PkgConfig::CRITERION)
  add_test(NAME api_${name} COMMAND api_${name} --jobs 1)
  set_tests_properties(api_${name} PROPERTIES LABELS api TIMEOUT 300)
endforeach()

# claudelang.h alone compiles as strict C11 and as C++ (pedantic, warnings as errors).
add_test(NAME api_header_c11 COMMAND ${CMAKE_C_COMPILER} -std=c11 -pedantic -Wall -Wextra -Werror
         -fsyntax-only -x c ${CMAKE_SOURCE_DIR}/include/claudelang.h)
find_program(CL_CXX NAMES g++ clang++)
if(CL_CXX)
  add_test(NAME api_header_cxx COMMAND ${CL_CXX} -std=c++11 -pedantic -Wall -Wextra -Werror
           -fsyntax-only -x c++ ${CMAKE_SOURCE_DIR}/include/claudelang.h)
  set_tests_properties(api_header_cxx PROPERTIES LABELS api)
endif()
set_tests_properties(api_header_c11 PROPERTIES LABELS api)

# The shared library exports the cl_ API and nothing else.
add_test(NAME api_exported_symbols
         COMMAND ${CMAKE_SOURCE_DIR}/tests/api/check_exports.sh $<TARGET_FILE:claudelang_shared>)
set_tests_properties(api_exported_symbols PROPERTIES LABELS api)
