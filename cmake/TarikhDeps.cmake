# The two libraries core/ builds on, the same way in both builds:
#   nlohmann_json::nlohmann_json  Debian's nlohmann-json3-dev (header only).
#   tarikh_icu                    ICU uc + i18n as static libraries plus Tarikh's own data subset
#                                 (tools/icu-data-keep.txt), never ICU's full data: natively
#                                 Debian's libicuuc.a/libicui18n.a, in wasm the cross-built ICU
#                                 from tools/build-icu-wasm.sh (same version, 72.1).

set(TARIKH_ICU_VERSION 72.1)
set(TARIKH_ICU_SRC "${TARIKH_CACHE}/src/icu-${TARIKH_ICU_VERSION}" CACHE PATH "ICU source (apt-get source icu)")

if(EMSCRIPTEN)
  # The system package config would add -I/usr/include, whose libc headers must not reach emcc:
  # point an include folder of our own at the nlohmann headers alone.
  set(_nlohmann_include "${CMAKE_BINARY_DIR}/nlohmann-include")
  file(MAKE_DIRECTORY "${_nlohmann_include}")
  file(CREATE_LINK /usr/include/nlohmann "${_nlohmann_include}/nlohmann" SYMBOLIC)
  add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
  target_include_directories(nlohmann_json::nlohmann_json INTERFACE "${_nlohmann_include}")

  # Builds ICU for wasm on the first run (minutes), then only prints the cached prefix.
  execute_process(
    COMMAND bash "${PROJECT_SOURCE_DIR}/tools/build-icu-wasm.sh"
    OUTPUT_VARIABLE _icu_prefix OUTPUT_STRIP_TRAILING_WHITESPACE
    RESULT_VARIABLE _icu_status)
  if(NOT _icu_status EQUAL 0)
    message(FATAL_ERROR "tools/build-icu-wasm.sh failed")
  endif()
  set(_icu_include "${_icu_prefix}/include")
  set(_icu_i18n "${_icu_prefix}/lib/libicui18n.a")
  set(_icu_uc "${_icu_prefix}/lib/libicuuc.a")
else()
  find_package(nlohmann_json 3 REQUIRED)
  find_path(_icu_include unicode/uversion.h REQUIRED)
  find_library(_icu_i18n NAMES libicui18n.a REQUIRED)
  find_library(_icu_uc NAMES libicuuc.a REQUIRED)
  file(STRINGS "${_icu_include}/unicode/uvernum.h" _icu_version_line REGEX "#define U_ICU_VERSION \"")
  if(NOT _icu_version_line MATCHES "\"${TARIKH_ICU_VERSION}")
    message(FATAL_ERROR "ICU ${TARIKH_ICU_VERSION} headers expected, found: ${_icu_version_line}")
  endif()
endif()

# The data subset, as a C array named icudt72_dat (the symbol libicuuc.a looks for).
set(_icu_full_dat "${TARIKH_ICU_SRC}/source/data/in/icudt72l.dat")
if(NOT EXISTS "${_icu_full_dat}")
  message(FATAL_ERROR "${_icu_full_dat} is missing: run tools/setup.sh")
endif()
set(_icu_data_dir "${CMAKE_BINARY_DIR}/icu-data")
add_custom_command(
  OUTPUT "${_icu_data_dir}/icudt72_dat.c" "${_icu_data_dir}/icudt72l.dat" "${_icu_data_dir}/kept.txt"
  COMMAND bash "${PROJECT_SOURCE_DIR}/tools/icu-data-subset.sh" "${_icu_full_dat}"
          "${PROJECT_SOURCE_DIR}/tools/icu-data-keep.txt" "${_icu_data_dir}"
  DEPENDS "${PROJECT_SOURCE_DIR}/tools/icu-data-subset.sh" "${PROJECT_SOURCE_DIR}/tools/icu-data-keep.txt"
          "${_icu_full_dat}"
  COMMENT "Making the ICU data subset")
add_library(tarikh_icu_data STATIC "${_icu_data_dir}/icudt72_dat.c")
target_include_directories(tarikh_icu_data PRIVATE "${_icu_include}")

add_library(tarikh_icu INTERFACE)
target_include_directories(tarikh_icu SYSTEM INTERFACE "${_icu_include}")
# Order matters for static linking: i18n needs uc, uc needs the data.
target_link_libraries(tarikh_icu INTERFACE "${_icu_i18n}" "${_icu_uc}" tarikh_icu_data ${CMAKE_DL_LIBS})
