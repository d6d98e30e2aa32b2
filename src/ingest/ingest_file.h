#pragma once

// Ingests one NDJSON file (or stdin for "-") into a Store and records the run in the
// store's ingest log: begun before the first line, counts added with every committed
// batch, marked completed or failed at the end.

#include <string>

#include "core/error.h"
#include "ingest/ingest_stream.h"

namespace rauch::ingest {

struct FileIngestResult {
  store::IngestCounts counts;
  double seconds = 0;      // Wall time of the run.
  std::int64_t bytes = 0;  // Input bytes read.
};

// kUnavailable when the file cannot be opened or read, or the store fails; batches
// committed before a failure stay committed and the log row says "failed".
// `started` is the wall-clock time recorded in the ingest log.
[[nodiscard]] Result<FileIngestResult> ingest_file(const std::string& path, store::Store& store,
                                                   PostDecoder& decoder, RejectSink& rejects,
                                                   Timestamp started,
                                                   const IngestOptions& options = {});

// Whether loading `input_bytes` of NDJSON into a store that holds `stored_posts` should
// use bulk loading (Store::begin_bulk_load): when the input is large (32 MiB or more) and
// likely holds more posts than are already stored, rebuilding the read indexes once at
// the end is cheaper than maintaining them post by post.
bool should_bulk_load(std::int64_t input_bytes, std::int64_t stored_posts);

}  // namespace rauch::ingest
