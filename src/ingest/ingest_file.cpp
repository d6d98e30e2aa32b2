#include "ingest/ingest_file.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>

#include <fmt/format.h>

namespace rauch::ingest {
namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

}  // namespace

Result<FileIngestResult> ingest_file(const std::string& path, store::Store& store,
                                     PostDecoder& decoder, RejectSink& rejects, Timestamp started,
                                     const IngestOptions& options) {
  std::unique_ptr<std::FILE, FileCloser> owned;
  std::FILE* file = stdin;
  if (path != "-") {
    owned.reset(std::fopen(path.c_str(), "rb"));
    if (!owned) {
      return make_error(ErrorCode::kUnavailable,
                        fmt::format("cannot open {}: {}", path, std::strerror(errno)));
    }
    file = owned.get();
  }
  auto ingest_id = store.begin_ingest(path, started);
  if (!ingest_id) {
    return tl::unexpected(std::move(ingest_id).error());
  }
  const auto clock_start = std::chrono::steady_clock::now();
  LineReader reader(file, kMaxPostLineBytes);
  auto counts = ingest_stream(path, reader, decoder, store, *ingest_id, rejects, options);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - clock_start).count();
  const auto finished = Timestamp{started.ms + static_cast<std::int64_t>(seconds * 1000)};
  const auto status = counts ? store::IngestStatus::kCompleted : store::IngestStatus::kFailed;
  auto logged = store.finish_ingest(*ingest_id, status, finished);
  if (!counts) {
    return make_error(counts.error().code(), fmt::format("{}: {}", path, counts.error().message()));
  }
  if (!logged) {
    return tl::unexpected(std::move(logged).error());
  }
  return FileIngestResult{*counts, seconds, reader.bytes_read()};
}

bool should_bulk_load(std::int64_t input_bytes, std::int64_t stored_posts) {
  constexpr std::int64_t kMinBytes = 32 << 20;
  constexpr std::int64_t kTypicalPostBytes = 400;
  return input_bytes >= kMinBytes && input_bytes / kTypicalPostBytes > stored_posts;
}

}  // namespace rauch::ingest
