# The architecture's boundaries, checked on every file's includes (cmake -P, so it runs wherever
# CMake does). Arguments: SOURCE_DIR, and the include folders of QtWidgets, QtCharts and QtSql,
# whose header names are the includes each layer may or may not use.
#   1. core/ includes no widget or chart header: the CLI links the core without them.
#   2. SQL lives in core/storage/: no QtSql header anywhere else.
#   3. ui/ and app/ talk to the core through services: of storage/ they include only
#      storage/Database.h, the handle of an open ledger that services are built on.
#   4. core/'s feature folders are layers (ARDESK_CORE_LAYERS, lowest first): a folder uses only
#      the folders below it, so no two features depend on each other.

cmake_minimum_required(VERSION 3.25)

function(header_names out dir)
    file(GLOB headers RELATIVE ${dir} ${dir}/Q*)
    list(FILTER headers EXCLUDE REGEX "\\.")
    set(${out} ${headers} PARENT_SCOPE)
endfunction()

header_names(widget_headers ${WIDGETS_DIR})
header_names(chart_headers ${CHARTS_DIR})
header_names(sql_headers ${SQL_DIR})
list(APPEND widget_headers QtWidgets ${chart_headers} QtCharts)
list(APPEND sql_headers QtSql)

set(violations "")

# Appends "file:line: include" for every include of `names` (as <Name> or <Module/Name>).
function(check_includes files names why)
    foreach(file IN LISTS files)
        file(STRINGS ${file} lines REGEX "^[ \t]*#[ \t]*include[ \t]*<")
        foreach(line IN LISTS lines)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*<([^>]*)>.*" "\\1" included "${line}")
            string(REGEX REPLACE "^.*/" "" name "${included}")
            string(REGEX REPLACE "^(Qt[A-Za-z]+)/.*" "\\1" module "${included}")
            if(name IN_LIST names OR module IN_LIST names)
                file(RELATIVE_PATH relative ${SOURCE_DIR} ${file})
                list(APPEND violations "${relative}: <${included}> (${why})")
            endif()
        endforeach()
    endforeach()
    set(violations ${violations} PARENT_SCOPE)
endfunction()

file(GLOB_RECURSE core_files ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/core/*.cpp)
check_includes("${core_files}" "${widget_headers}" "the core never includes widgets or charts")

set(not_storage ${core_files})
list(FILTER not_storage EXCLUDE REGEX "/core/storage/")
file(GLOB_RECURSE ui_app_files ${SOURCE_DIR}/ui/*.h ${SOURCE_DIR}/ui/*.cpp
     ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/app/*.cpp)
check_includes("${not_storage};${ui_app_files}" "${sql_headers}" "SQL lives in core/storage")

foreach(file IN LISTS ui_app_files)
    file(STRINGS ${file} lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"storage/")
    foreach(line IN LISTS lines)
        if(NOT line MATCHES "\"storage/Database\\.h\"")
            file(RELATIVE_PATH relative ${SOURCE_DIR} ${file})
            list(APPEND violations "${relative}: ${line} (ui/ and app/ use core services)")
        endif()
    endforeach()
endforeach()

# Lowest first. A new feature folder is added where it belongs; a folder that is not listed is
# a violation, so the order is always decided on purpose.
set(ARDESK_CORE_LAYERS
    domain storage csv bank aging kpi plans ledger recurring cashapp foresight letters mail dunning
    imports exports agency demo)
foreach(file IN LISTS core_files)
    file(RELATIVE_PATH relative ${SOURCE_DIR}/core ${file})
    string(REGEX REPLACE "/.*" "" folder "${relative}")
    list(FIND ARDESK_CORE_LAYERS "${folder}" own)
    if(own EQUAL -1)
        list(APPEND violations "core/${relative}: core/${folder}/ is not in ARDESK_CORE_LAYERS")
        continue()
    endif()
    file(STRINGS ${file} lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"[a-z]+/")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^[^\"]*\"([a-z]+)/.*" "\\1" used "${line}")
        list(FIND ARDESK_CORE_LAYERS "${used}" other)
        if(other GREATER own)
            list(APPEND violations
                 "core/${relative}: ${line} (${folder}/ is below ${used}/ in ARDESK_CORE_LAYERS)")
        endif()
    endforeach()
endforeach()

list(LENGTH violations count)
if(count GREATER 0)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "${count} include(s) cross the architecture's boundaries:\n  ${text}")
endif()
message(STATUS "Boundaries hold: core without widgets, SQL in core/storage, ui/app through services, core in layers")
