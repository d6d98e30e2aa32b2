#include "ingest/ingest_stream.h"

#include <span>
#include <thread>
#include <vector>

#include "ingest/detail/batch_exchange.h"

// Two threads: the calling thread stores, a second one reads and decodes. Decoding is
// a fifth of the work, so overlapping it with SQLite's writes is worth the hand-off.
// Rejected lines are reported by the decoding thread, in input order.

namespace rauch::ingest {
namespace {

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

struct DecodedBatch {
  std::vector<Post> posts;  // Reused: decoded in place, string capacity kept.
  std::size_t filled = 0;
  BatchAnnotations annotations;  // Per post, when the app annotates batches.
  store::IngestCounts counts;  // lines, rejected, blank of this stretch of input.
  std::optional<Error> read_error;
  bool last = false;  // The input ended (or failed) after this batch.
};

// Fills `batch` from `reader` until it holds batch_size posts or the input ends.
void decode_batch(std::string_view name, LineReader& reader, PostDecoder& decoder,
                  RejectSink& rejects, std::size_t batch_size, DecodedBatch& batch) {
  batch.posts.resize(batch_size);
  batch.filled = 0;
  batch.counts = {};
  Line line;
  while (batch.filled < batch_size) {
    auto more = reader.next(line);
    if (!more || !*more) {
      if (!more) {
        batch.read_error = std::move(more).error();
      }
      batch.last = true;
      return;
    }
    ++batch.counts.lines;
    if (line.too_long) {
      ++batch.counts.rejected;
      rejects.reject(name, line.number, "line longer than 1 MiB (the limit for one post), skipped");
    } else if (is_blank(line.text)) {
      ++batch.counts.blank;
    } else if (auto decoded = decoder.decode(line.text, batch.posts[batch.filled]); !decoded) {
      ++batch.counts.rejected;
      rejects.reject(name, line.number, decoded.error().message());
    } else {
      ++batch.filled;
    }
  }
}

}  // namespace

Result<store::IngestCounts> ingest_stream(std::string_view name, LineReader& reader,
                                          PostDecoder& decoder, store::Store& store,
                                          std::int64_t ingest_id, RejectSink& rejects,
                                          const IngestOptions& options) {
  detail::BatchExchange<DecodedBatch> exchange(2);
  std::jthread decoding([&] {
    while (auto buffer = exchange.take_free()) {
      DecodedBatch& batch = **buffer;
      decode_batch(name, reader, decoder, rejects, options.batch_size, batch);
      if (options.annotate) {
        options.annotate(std::span<const Post>(batch.posts.data(), batch.filled),
                         batch.annotations);
      }
      const bool last = (*buffer)->last;
      exchange.put_full(std::move(*buffer));
      if (last) {
        return;
      }
    }
  });

  store::IngestCounts total;
  std::optional<Error> failure;
  while (true) {
    std::unique_ptr<DecodedBatch> batch = exchange.take_full();
    if (batch->counts.lines > 0) {
      store::Batch put{std::span<const Post>(batch->posts.data(), batch->filled), ingest_id,
                       batch->counts};
      if (options.annotate) {
        // Annotations are per batch; the store rejects any that do not cover it.
        const BatchAnnotations& a = batch->annotations;
        if (!a.matches.empty()) put.matches = a.matches;
        if (!a.analyses.empty()) put.analyses = a.analyses;
      }
      auto written = store.put_batch(put);
      if (!written) {
        failure = std::move(written).error();
        exchange.close();
        break;
      }
      batch->counts.stored = written->stored;
      batch->counts.duplicates = written->duplicates;
      total += batch->counts;
      if (options.on_commit) {
        options.on_commit(total);
      }
    }
    const bool last = batch->last;
    if (batch->read_error) {
      failure = std::move(batch->read_error);
    }
    exchange.put_free(std::move(batch));
    if (last) {
      break;
    }
  }
  decoding.join();
  if (failure) {
    return tl::unexpected(std::move(*failure));
  }
  return total;
}

}  // namespace rauch::ingest
