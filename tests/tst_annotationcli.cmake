# Tests that run the built dramatis-cli (note, entity, tag --db): they get its path at compile time and
# build it first.
foreach(test tst_annotationcli tst_crash_notes)
    dramatis_add_test(NAME ${test} SOURCES ${test}.cpp LIBS dramatis_model)
    target_compile_definitions(${test} PRIVATE DRAMATIS_CLI="$<TARGET_FILE:dramatis-cli>")
    add_dependencies(${test} dramatis-cli)
endforeach()
