#include "core/assert.h"

#include <cstdio>
#include <cstdlib>

namespace rauch::detail {

void assert_fail(const char* condition, const char* message, std::source_location where) {
  std::fprintf(stderr, "rauchmelder: internal error at %s:%u in %s: %s (%s)\n", where.file_name(),
               static_cast<unsigned>(where.line()), where.function_name(), message, condition);
  std::abort();
}

}  // namespace rauch::detail
