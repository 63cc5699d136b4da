# Every string the sources give tr() has a finished translation in every language: lupdate runs
# over the sources into copies of the .ts files (never the files themselves), and each message
# it had to add, or could only guess from a similar one, is named. The fix is
# `cmake --build <dir> --target update_translations`, then translating what it marks unfinished.
# Arguments: PROJECT_IN (the lupdate project qt_add_lupdate wrote at configure time),
# GENERATE_SCRIPT (Qt's script that turns it into lupdate's JSON), LUPDATE, TS_DIR, WORK_DIR.

cmake_minimum_required(VERSION 3.25)

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
execute_process(
    COMMAND ${CMAKE_COMMAND} -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK_DIR}/project.json
            -P ${GENERATE_SCRIPT}
    RESULT_VARIABLE generated)
if(NOT generated EQUAL 0)
    message(FATAL_ERROR "could not write the lupdate project from ${PROJECT_IN}")
endif()

set(copies "")
foreach(language de fr es)
    file(COPY ${TS_DIR}/ardesk_${language}.ts DESTINATION ${WORK_DIR})
    list(APPEND copies ${WORK_DIR}/ardesk_${language}.ts)
endforeach()
execute_process(
    COMMAND ${LUPDATE} -project ${WORK_DIR}/project.json -no-obsolete -silent -ts ${copies}
    RESULT_VARIABLE updated)
if(NOT updated EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${updated})")
endif()

set(missing "")
foreach(copy IN LISTS copies)
    file(READ ${copy} text)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*<translation type=\"unfinished\""
           unfinished "${text}")
    get_filename_component(name ${copy} NAME)
    foreach(entry IN LISTS unfinished)
        string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" source "${entry}")
        list(APPEND missing "${name}: \"${source}\"")
    endforeach()
endforeach()

list(LENGTH missing count)
if(count GREATER 0)
    list(JOIN missing "\n  " text)
    message(FATAL_ERROR "${count} string(s) without a finished translation:\n  ${text}")
endif()
message(STATUS "Every string has its de, fr and es translation")
