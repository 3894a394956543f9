# The user documentation: every ClaudeLang example of the guide, the library pages, the CLI page
# and the embedding guide is run and its output compared by tests/docs/check_examples.py (one
# test per page, label docs; docs/README.md states the conventions); the embedding example
# examples/embed/embed.c is built against the library and run.
add_executable(embed_example ${CMAKE_SOURCE_DIR}/examples/embed/embed.c)
target_compile_options(embed_example PRIVATE ${CL_WARNINGS})
target_link_libraries(embed_example PRIVATE clcore)
set_target_properties(embed_example PROPERTIES OUTPUT_NAME embed
                      RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/examples/embed)
add_test(NAME docs_embed_example COMMAND embed_example)
set_tests_properties(docs_embed_example PROPERTIES LABELS docs TIMEOUT 60)

find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  file(GLOB doc_pages CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/docs/guide/*.md
       ${CMAKE_SOURCE_DIR}/docs/lib/*.md)
  list(APPEND doc_pages ${CMAKE_SOURCE_DIR}/docs/README.md ${CMAKE_SOURCE_DIR}/docs/cli.md
       ${CMAKE_SOURCE_DIR}/docs/embedding.md)
  foreach(page ${doc_pages})
    if(EXISTS ${page})
      file(RELATIVE_PATH name ${CMAKE_SOURCE_DIR}/docs ${page})
      string(REGEX REPLACE "[/.]" "_" name ${name})
      string(REGEX REPLACE "_md$" "" name ${name})
      add_test(NAME docs_${name}
               COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/docs/check_examples.py
                       --claudelang $<TARGET_FILE:claudelang>
                       --path $<TARGET_FILE_DIR:embed_example>
                       --root ${CMAKE_SOURCE_DIR} ${page})
      set_tests_properties(docs_${name} PROPERTIES LABELS docs TIMEOUT 300)
    endif()
  endforeach()
else()
  message(STATUS "python3 not found: the documentation examples are not tested")
endif()
