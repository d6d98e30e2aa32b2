#pragma once

// The error model of Rauchmelder. Expected failures (bad input, unknown id, a database
// that cannot be opened) are values: functions return Result<T>. Bugs abort through
// RAUCH_ASSERT (core/assert.h). The mapping of ErrorCode to HTTP statuses and exit codes
// lives at the edges (server/, app/), never here.

#include <string>
#include <utility>

#include <tl/expected.hpp>

namespace rauch {

enum class ErrorCode {
  kInvalidArgument,  // The caller's input is malformed or over a limit.
  kNotFound,         // A named entity does not exist.
  kConflict,         // The entity exists, or was changed concurrently.
  kUnavailable,      // A dependency (file, database, peer) cannot be used right now.
  kInternal,         // A bug or an unexpected library failure.
};

// What went wrong and where, in words a user can act on ("line 3: created_at: ...").
class Error {
 public:
  Error(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}

  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  ErrorCode code_;
  std::string message_;
};

// Result<T> is tl::expected today (std::expected needs C++23); only this alias changes.
template <typename T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> make_error(ErrorCode code, std::string message) {
  return tl::unexpected<Error>(Error(code, std::move(message)));
}

// The lower-case name of a code ("invalid argument"), for messages.
const char* error_code_name(ErrorCode code);

}  // namespace rauch
