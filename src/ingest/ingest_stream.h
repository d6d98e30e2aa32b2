#pragma once

// Reads NDJSON posts from one stream, decodes them and writes them to a Store in batched
// transactions. A bad line never stops the stream: it is reported to the RejectSink,
// counted and skipped, and every valid line around it is stored.

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/post_analysis.h"
#include "ingest/line_reader.h"
#include "ingest/post_decoder.h"
#include "ingest/reject_report.h"
#include "store/store.h"

namespace rauch::ingest {

// What the app adds to a batch before it is stored (see IngestOptions::annotate).
struct BatchAnnotations {
  std::vector<PostAnalysis> analyses;
  std::vector<std::vector<std::string>> matches;
};

struct IngestOptions {
  // Posts per transaction. A killed process leaves exactly the committed batches; the
  // next run of the same input stores the rest (the committed posts count as duplicates).
  std::size_t batch_size = 8192;
  // Called after every committed batch with the running totals (for progress output),
  // on the calling thread.
  std::function<void(const store::IngestCounts&)> on_commit;
  // When set, called on the decoding thread with every batch of valid posts before it is
  // stored, to annotate them: analyses[i] with what text analysis found in post i, and
  // matches[i] with the ids of the saved queries it matches. A vector left empty means
  // "not done"; a filled one has one entry per post. The store keeps them with the posts.
  // Ingest itself knows nothing of analysis or queries: the app wires them in here.
  std::function<void(std::span<const Post> posts, BatchAnnotations& annotations)> annotate;
};

// Ingests everything `reader` yields. Reading and decoding run on a second thread, so
// `reader`, `decoder` and `rejects` are used from that thread (one at a time), the store
// from the calling one. `name` is what reports call the input ("-" for
// stdin). `ingest_id` is the ingest log row to add counts to (0 for none). Returns the
// counts, or the store's or reader's error when the stream could not be finished
// (batches committed before it stay committed).
[[nodiscard]] Result<store::IngestCounts> ingest_stream(std::string_view name, LineReader& reader,
                                                        PostDecoder& decoder, store::Store& store,
                                                        std::int64_t ingest_id, RejectSink& rejects,
                                                        const IngestOptions& options = {});

}  // namespace rauch::ingest
