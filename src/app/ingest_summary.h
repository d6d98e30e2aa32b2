#pragma once

// The summary `ingest` and `demo` print: per file and in total, lines read, stored,
// duplicates, rejected and the rate in posts per second.

#include <cstdio>
#include <string>
#include <vector>

#include "ingest/ingest_file.h"

namespace rauch::app {

class IngestSummary {
 public:
  void add(const std::string& file, const ingest::FileIngestResult& result);
  store::IngestCounts total() const;
  // Time spent rebuilding indexes after a bulk load; counted in the total's rate.
  void add_index_rebuild(double seconds) { rebuild_seconds_ += seconds; }

  // Human text, or with `json` one object: {"files": [...], "total": {...}}, each with
  // the keys lines, stored, duplicates, rejected, blank, seconds, posts_per_second.
  void print(std::FILE* out, bool json) const;

 private:
  std::vector<std::pair<std::string, ingest::FileIngestResult>> files_;
  double rebuild_seconds_ = 0;
};

}  // namespace rauch::app
