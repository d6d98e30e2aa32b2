#include "ingest/ingest_stream.h"

#include <span>
#include <vector>

namespace rauch::ingest {
namespace {

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

}  // namespace

Result<store::IngestCounts> ingest_stream(std::string_view name, LineReader& reader,
                                          PostDecoder& decoder, store::Store& store,
                                          std::int64_t ingest_id, RejectSink& rejects,
                                          const IngestOptions& options) {
  // Posts are decoded in place into this vector and reused batch after batch, so the
  // steady state allocates nothing per post.
  std::vector<Post> posts(options.batch_size);
  std::size_t filled = 0;
  store::IngestCounts total;
  store::IngestCounts pending;  // Lines of the batch not yet committed.

  auto flush = [&]() -> Result<void> {
    store::Batch batch{std::span<const Post>(posts.data(), filled), ingest_id, pending};
    auto put = store.put_batch(batch);
    if (!put) {
      return tl::unexpected(std::move(put).error());
    }
    pending.stored = put->stored;
    pending.duplicates = put->duplicates;
    total += pending;
    pending = {};
    filled = 0;
    if (options.on_commit) {
      options.on_commit(total);
    }
    return {};
  };

  Line line;
  while (true) {
    auto more = reader.next(line);
    if (!more) {
      return tl::unexpected(std::move(more).error());
    }
    if (!*more) {
      break;
    }
    ++pending.lines;
    if (line.too_long) {
      ++pending.rejected;
      rejects.reject(name, line.number, "line longer than 1 MiB (the limit for one post), skipped");
    } else if (is_blank(line.text)) {
      ++pending.blank;
    } else if (auto decoded = decoder.decode(line.text, posts[filled]); !decoded) {
      ++pending.rejected;
      rejects.reject(name, line.number, decoded.error().message());
    } else if (++filled == posts.size()) {
      if (auto flushed = flush(); !flushed) {
        return tl::unexpected(std::move(flushed).error());
      }
    }
  }
  if (pending.lines > 0) {
    if (auto flushed = flush(); !flushed) {
      return tl::unexpected(std::move(flushed).error());
    }
  }
  return total;
}

}  // namespace rauch::ingest
