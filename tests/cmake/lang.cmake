# Black-box language tests: each folder of tests/lang is a set of NAME.cl/.out/.err cases, run
# by the shared conformance runner; the shared suite itself too. Every set runs twice: with
# the optimizer on (default) and off, and the outputs must be the same.
file(GLOB lang_dirs LIST_DIRECTORIES true CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/lang/*)
set(CL_RUN_CASES ${CL_CONFORMANCE_DIR}/run.sh)
foreach(dir ${lang_dirs})
  if(IS_DIRECTORY ${dir})
    get_filename_component(name ${dir} NAME)
    add_test(NAME lang_${name} COMMAND ${CL_RUN_CASES} $<TARGET_FILE:claudelang> ${dir})
    add_test(NAME lang_${name}_noopt COMMAND ${CL_RUN_CASES} $<TARGET_FILE:claudelang> ${dir})
    set_tests_properties(lang_${name} PROPERTIES LABELS lang TIMEOUT 600)
    set_tests_properties(lang_${name}_noopt PROPERTIES LABELS lang TIMEOUT 600
                         ENVIRONMENT CLAUDELANG_NO_OPTIMIZE=1)
  endif()
endforeach()
add_test(NAME conformance COMMAND ${CL_RUN_CASES} $<TARGET_FILE:claudelang>)
add_test(NAME conformance_noopt COMMAND ${CL_RUN_CASES} $<TARGET_FILE:claudelang>)
set_tests_properties(conformance PROPERTIES LABELS conformance TIMEOUT 900)
set_tests_properties(conformance_noopt PROPERTIES LABELS conformance TIMEOUT 900
                     ENVIRONMENT CLAUDELANG_NO_OPTIMIZE=1)
if(CL_GCSTRESS)
  # Collecting at every allocation makes the stress_ programs (million-element heaps) take
  # hours; they run collecting every 1000th allocation instead, everything else at every one.
  # (ERE has no negative lookahead: this matches every name not starting with "stress_".)
  set(not_stress "^([^s]|s[^t]|st[^r]|str[^e]|stre[^s]|stres[^s]|stress[^_])")
  set_tests_properties(conformance PROPERTIES
                       ENVIRONMENT "CONFORMANCE_FILTER=${not_stress};CONFORMANCE_TIMEOUT=120")
  set_tests_properties(conformance_noopt PROPERTIES ENVIRONMENT
    "CONFORMANCE_FILTER=${not_stress};CONFORMANCE_TIMEOUT=120;CLAUDELANG_NO_OPTIMIZE=1")
  add_test(NAME conformance_stress COMMAND ${CL_RUN_CASES} $<TARGET_FILE:claudelang>)
  set_tests_properties(conformance_stress PROPERTIES LABELS conformance TIMEOUT 900 ENVIRONMENT
    "CONFORMANCE_FILTER=^stress_;CONFORMANCE_TIMEOUT=300;CLAUDELANG_GCSTRESS_INTERVAL=1000")
  # Our own folders follow the same rule for their stress_ cases (deep nesting and the like).
  foreach(dir ${lang_dirs})
    if(IS_DIRECTORY ${dir})
      get_filename_component(name ${dir} NAME)
      set_tests_properties(lang_${name} PROPERTIES ENVIRONMENT
        "CONFORMANCE_FILTER=${not_stress};CONFORMANCE_TIMEOUT=120")
      set_tests_properties(lang_${name}_noopt PROPERTIES ENVIRONMENT
        "CONFORMANCE_FILTER=${not_stress};CONFORMANCE_TIMEOUT=120;CLAUDELANG_NO_OPTIMIZE=1")
      add_test(NAME lang_${name}_stress COMMAND ${CL_RUN_CASES} $<TARGET_FILE:claudelang> ${dir})
      set_tests_properties(lang_${name}_stress PROPERTIES LABELS lang TIMEOUT 600 ENVIRONMENT
        "CONFORMANCE_FILTER=^stress_;CONFORMANCE_TIMEOUT=300;CLAUDELANG_GCSTRESS_INTERVAL=1000")
    endif()
  endforeach()
endif()
