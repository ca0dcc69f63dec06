# Copies core/src into the fuzz build and applies the fixes that wait to land in core/ (each a
# finding of the fuzzers, with its reproducer in fuzz/known/), so that a known finding, hit by
# nearly every input, does not stop every fuzz run. A fix whose text is no longer found (it
# landed, or the code changed) is skipped with a note. With -DSTRICT=ON nothing is applied.
#   cmake -DSRC=core/src -DOUT=dir -DSTRICT=OFF -P fuzz/pending_fixes.cmake

# K1 recognise.cpp: `for (a = end_of(pos); a-- != begin_of(pos);)` steps the pointer one before
# the first analysis (nullptr - 1 when there are none): UBSan "applying non-zero offset to null
# pointer". Reproducer fuzz/known/k1-recognise-reverse-loop.
set(fix_files recognise.cpp)
set(fix_from "for (const Analysis* a = end_of(pos)\; a-- != begin_of(pos)\;) {")
set(fix_to "for (const Analysis* a = end_of(pos)\; a != begin_of(pos)\;) { --a\;")
# K2 events.cpp make_title(): `keep[k - 1]` read with k == 0 (one int before the vector's
# storage). Reproducer fuzz/known/k2-make-title-keep-minus-1.
list(APPEND fix_files events.cpp)
list(APPEND fix_from "const bool gap = keep[k] != keep[k - 1] + 1")
list(APPEND fix_to "const bool gap = k > first && keep[k] != keep[k - 1] + 1")
# K3 tokenize.cpp: a number's value is accumulated up to 19 digits, and 19 nines overflow a
# long long (UBSan: signed integer overflow 999999999999999999 * 10). 18 digits always fit.
# Reproducer fuzz/known/k3-tokenize-number-overflow.
list(APPEND fix_files tokenize.cpp)
list(APPEND fix_from "if (cur.digits < 19) cur.value = cur.value * 10")
list(APPEND fix_to "if (cur.digits < 18) cur.value = cur.value * 10")

file(GLOB sources RELATIVE "${SRC}" "${SRC}/*.cpp" "${SRC}/*.hpp")
file(MAKE_DIRECTORY "${OUT}")
foreach(name IN LISTS sources)
  file(READ "${SRC}/${name}" text)
  if(NOT STRICT)
    foreach(file from to IN ZIP_LISTS fix_files fix_from fix_to)
      if(file STREQUAL name)
        string(FIND "${text}" "${from}" at)
        if(at EQUAL -1)
          message(STATUS "fuzz: pending fix for ${name} not applied (no longer matches: landed?)")
        else()
          string(REPLACE "${from}" "${to}" text "${text}")
        endif()
      endif()
    endforeach()
  endif()
  # Rewrite only what changed, so that ninja recompiles only that.
  set(old "")
  if(EXISTS "${OUT}/${name}")
    file(READ "${OUT}/${name}" old)
  endif()
  if(NOT old STREQUAL text)
    file(WRITE "${OUT}/${name}" "${text}")
  endif()
endforeach()
