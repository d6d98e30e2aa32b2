// libFuzzer target for the query parser: see query_roundtrip_check.h for the property.
// Build and run with tests/fuzz/build.sh (clang only; the main build does not need it).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "query_roundtrip_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string problem = rauch::query::fuzz::check_query_roundtrip(input);
  if (!problem.empty()) {
    std::fprintf(stderr, "query_parser_fuzz: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
