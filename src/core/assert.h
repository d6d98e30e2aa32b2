#pragma once

// RAUCH_ASSERT(cond, message): checks an invariant in every build and aborts with the
// condition, the message and the source location when it does not hold. For bugs only:
// input from users or the network never triggers it (that is what Result<T> is for).

#include <source_location>

namespace rauch::detail {
[[noreturn]] void assert_fail(const char* condition, const char* message,
                              std::source_location where);
}  // namespace rauch::detail

#define RAUCH_ASSERT(cond, message) \
  ((cond) ? static_cast<void>(0)    \
          : ::rauch::detail::assert_fail(#cond, message, std::source_location::current()))
