#include "ingest/reject_report.h"

#include <fmt/format.h>

namespace rauch::ingest {

std::string_view reject_kind(std::string_view reason) {
  const std::size_t colon = reason.find(':');
  return colon == std::string_view::npos ? reason : reason.substr(0, colon);
}

void RejectReport::reject(std::string_view file, std::int64_t line, std::string_view reason) {
  ++total_;
  if (total_ <= max_reported_) {
    fmt::print(out_, "{}:{}: {}\n", file, line, reason);
    return;
  }
  const std::string_view kind = reject_kind(reason);
  auto it = unreported_by_kind_.find(kind);
  if (it == unreported_by_kind_.end()) {
    it = unreported_by_kind_.emplace(std::string(kind), 0).first;
  }
  ++it->second;
}

void RejectReport::finish() {
  if (unreported_by_kind_.empty()) {
    return;
  }
  std::int64_t hidden = 0;
  std::string by_kind;
  for (const auto& [kind, count] : unreported_by_kind_) {
    hidden += count;
    by_kind += fmt::format("{}{}: {}", by_kind.empty() ? "" : ", ", kind, count);
  }
  fmt::print(out_, "... {} more rejected lines not shown after the first {} ({})\n", hidden,
             max_reported_, by_kind);
}

}  // namespace rauch::ingest
