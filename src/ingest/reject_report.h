#pragma once

// Reports rejected input lines as "FILE:LINE: reason", the way compilers report errors,
// and stops flooding the terminal after a limit: past it, rejected lines are only
// counted, grouped by field, and summarized by finish().

#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>

namespace rauch::ingest {

// Receives every rejected line. Implementations decide where the report goes.
class RejectSink {
 public:
  virtual ~RejectSink() = default;
  virtual void reject(std::string_view file, std::int64_t line, std::string_view reason) = 0;
};

// Writes to a FILE (stderr in the CLI). Not thread-safe.
class RejectReport final : public RejectSink {
 public:
  explicit RejectReport(std::FILE* out, std::int64_t max_reported = 1000)
      : out_(out), max_reported_(max_reported) {}

  void reject(std::string_view file, std::int64_t line, std::string_view reason) override;

  // Prints the summary of what was not shown, if anything was held back.
  void finish();

  std::int64_t total() const { return total_; }

 private:
  std::FILE* out_;
  std::int64_t max_reported_;
  std::int64_t total_ = 0;
  std::map<std::string, std::int64_t, std::less<>> unreported_by_kind_;
};

// The part of a reason before the first ':' ("created_at", "invalid JSON"), used to group
// rejected lines in summaries.
std::string_view reject_kind(std::string_view reason);

}  // namespace rauch::ingest
