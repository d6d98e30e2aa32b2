#include "store/store.h"

namespace rauch::store {

IngestCounts& IngestCounts::operator+=(const IngestCounts& other) {
  lines += other.lines;
  stored += other.stored;
  duplicates += other.duplicates;
  rejected += other.rejected;
  blank += other.blank;
  return *this;
}

std::string_view ingest_status_name(IngestStatus status) {
  switch (status) {
    case IngestStatus::kRunning:
      return "running";
    case IngestStatus::kCompleted:
      return "completed";
    case IngestStatus::kFailed:
      return "failed";
  }
  return "unknown";
}

}  // namespace rauch::store
