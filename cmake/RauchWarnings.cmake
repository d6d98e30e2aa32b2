# Warnings and sanitizers live on one INTERFACE target that every project target links
# privately, so no global flags are touched and third-party headers stay system headers.
add_library(rauch_warnings INTERFACE)
target_compile_options(rauch_warnings INTERFACE
  # Designated initializers that leave members at their defaults are our style.
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  -Wno-missing-field-initializers
  -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough
  $<$<BOOL:${RAUCH_WERROR}>:-Werror>)
target_compile_definitions(rauch_warnings INTERFACE $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)
if(RAUCH_SANITIZE)
  target_compile_options(rauch_warnings INTERFACE
    -fsanitize=${RAUCH_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(rauch_warnings INTERFACE -fsanitize=${RAUCH_SANITIZE})
endif()
