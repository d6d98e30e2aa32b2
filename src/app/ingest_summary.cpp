#include "app/ingest_summary.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace rauch::app {
namespace {

// Valid posts (new or duplicate) per second of wall time.
double posts_per_second(const ingest::FileIngestResult& r) {
  const auto posts = static_cast<double>(r.counts.stored + r.counts.duplicates);
  return r.seconds > 0 ? posts / r.seconds : 0.0;
}

nlohmann::json to_json(const ingest::FileIngestResult& r) {
  return {{"lines", r.counts.lines},
          {"stored", r.counts.stored},
          {"duplicates", r.counts.duplicates},
          {"rejected", r.counts.rejected},
          {"blank", r.counts.blank},
          {"seconds", r.seconds},
          {"posts_per_second", posts_per_second(r)}};
}

std::string describe(const ingest::FileIngestResult& r) {
  return fmt::format(
      "{} lines read, {} stored, {} duplicates, {} rejected{} in {:.2f} s ({:.0f} posts/s)",
      r.counts.lines, r.counts.stored, r.counts.duplicates, r.counts.rejected,
      r.counts.blank > 0 ? fmt::format(", {} blank", r.counts.blank) : "", r.seconds,
      posts_per_second(r));
}

}  // namespace

void IngestSummary::add(const std::string& file, const ingest::FileIngestResult& result) {
  files_.emplace_back(file, result);
}

store::IngestCounts IngestSummary::total() const {
  store::IngestCounts sum;
  for (const auto& [file, result] : files_) {
    sum += result.counts;
  }
  return sum;
}

void IngestSummary::print(std::FILE* out, bool json) const {
  ingest::FileIngestResult all;
  all.seconds = rebuild_seconds_;
  for (const auto& [file, result] : files_) {
    all.counts += result.counts;
    all.seconds += result.seconds;
    all.bytes += result.bytes;
  }
  if (json) {
    nlohmann::json doc = {{"files", nlohmann::json::array()},
                          {"total", to_json(all)},
                          {"index_rebuild_seconds", rebuild_seconds_}};
    for (const auto& [file, result] : files_) {
      nlohmann::json entry = to_json(result);
      entry["file"] = file;
      doc["files"].push_back(std::move(entry));
    }
    fmt::print(out, "{}\n", doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return;
  }
  for (const auto& [file, result] : files_) {
    fmt::print(out, "{}: {}\n", file, describe(result));
  }
  if (rebuild_seconds_ > 0) {
    fmt::print(out, "bulk load: indexes rebuilt in {:.2f} s\n", rebuild_seconds_);
  }
  if (files_.size() > 1 || rebuild_seconds_ > 0) {
    fmt::print(out, "total: {}\n", describe(all));
  }
}

}  // namespace rauch::app
