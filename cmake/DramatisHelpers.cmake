# Shared settings for every Dramatis target, and the one function that adds a test.

# Warnings and strict string casts, per target (never global).
function(dramatis_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_DISABLE_DEPRECATED_UP_TO=0x060400)
endfunction()

# Where the shared corpora live: $DRAMATIS_DATA_DIR, else ../shared/data beside the checkout.
# Tests that need them skip without it, unless DRAMATIS_REQUIRE_DATA=1 (set by .ci/run), where they fail.
set(DRAMATIS_DEFAULT_DATA_DIR "${CMAKE_SOURCE_DIR}/../shared/data")

# dramatis_add_test(NAME tst_foo SOURCES tst_foo.cpp LIBS dramatis_formats)
function(dramatis_add_test)
    cmake_parse_arguments(T "GUI" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    dramatis_target_defaults(${T_NAME})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests) # support/*.h
    target_compile_definitions(${T_NAME} PRIVATE
        DRAMATIS_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        DRAMATIS_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
        DRAMATIS_DEFAULT_DATA_DIR="${DRAMATIS_DEFAULT_DATA_DIR}")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set_tests_properties(${T_NAME} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8"
        TIMEOUT 300)
    # The label names the test's folder (tests/model/formats -> "formats", tests/ui -> "ui"). Tests without
    # widgets also carry "headless" and build with the target dramatis_headless_tests: what
    # `cmake/dev.sh sanitize` builds and runs under AddressSanitizer + UBSan.
    get_filename_component(folder ${CMAKE_CURRENT_SOURCE_DIR} NAME)
    set_property(TEST ${T_NAME} APPEND PROPERTY LABELS ${folder})
    if(NOT T_LIBS MATCHES "dramatis_ui")
        set_property(TEST ${T_NAME} APPEND PROPERTY LABELS headless)
        if(NOT TARGET dramatis_headless_tests)
            add_custom_target(dramatis_headless_tests)
        endif()
        add_dependencies(dramatis_headless_tests ${T_NAME})
    endif()
endfunction()
