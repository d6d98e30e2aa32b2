// Micro-benchmarks of the ingest hot path: decoding one NDJSON line, parsing a
// timestamp, writing a post as JSON, and committing a batch to SQLite. Posts come from
// the demo generator, so they have realistic sizes and field mixes.

#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "core/post_json.h"
#include "generate/generator.h"
#include "ingest/post_decoder.h"
#include "store/sqlite/sqlite_store.h"

namespace rauch {
namespace {

// The first `count` posts of a default demo stream.
const std::vector<Post>& sample_posts(std::size_t count = 20'000) {
  static const std::vector<Post> posts = [count] {
    std::vector<Post> out;
    generate::GenerateOptions options;
    options.scenarios = {"all"};
    options.days = 28;
    (void)generate::generate(options, [&](const Post& p) {
      if (out.size() < count) {
        out.push_back(p);
      }
    });
    return out;
  }();
  return posts;
}

// The sample posts as NDJSON lines, each followed by the decoder's padding.
struct Lines {
  std::string buffer;
  std::vector<std::pair<std::size_t, std::size_t>> spans;  // offset, length
};

const Lines& sample_lines() {
  static const Lines lines = [] {
    Lines out;
    for (const Post& post : sample_posts()) {
      const std::size_t start = out.buffer.size();
      append_post_json(post, out.buffer);
      out.spans.emplace_back(start, out.buffer.size() - start);
      out.buffer.append(ingest::kDecodePadding, '\n');
    }
    return out;
  }();
  return lines;
}

void bm_decode_post(benchmark::State& state) {
  const Lines& lines = sample_lines();
  ingest::PostDecoder decoder;
  Post post;
  std::size_t i = 0;
  std::int64_t bytes = 0;
  for ([[maybe_unused]] auto _ : state) {
    const auto [offset, length] = lines.spans[i];
    auto ok = decoder.decode(std::string_view(lines.buffer.data() + offset, length), post);
    benchmark::DoNotOptimize(ok);
    bytes += static_cast<std::int64_t>(length);
    i = i + 1 == lines.spans.size() ? 0 : i + 1;
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(bytes);
}
BENCHMARK(bm_decode_post);

void bm_parse_rfc3339(benchmark::State& state) {
  for ([[maybe_unused]] auto _ : state) {
    benchmark::DoNotOptimize(parse_rfc3339("2026-10-12T17:42:13.250+02:00"));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(bm_parse_rfc3339);

void bm_append_post_json(benchmark::State& state) {
  const std::vector<Post>& posts = sample_posts();
  std::string out;
  std::size_t i = 0;
  std::int64_t bytes = 0;
  for ([[maybe_unused]] auto _ : state) {
    out.clear();
    append_post_json(posts[i], out);
    bytes += static_cast<std::int64_t>(out.size());
    i = i + 1 == posts.size() ? 0 : i + 1;
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(bytes);
}
BENCHMARK(bm_append_post_json);

// Commits batches of state.range(0) new posts to a fresh SQLite database file.
void bm_sqlite_put_batch(benchmark::State& state) {
  const auto batch_size = static_cast<std::size_t>(state.range(0));
  std::string dir = (std::filesystem::temp_directory_path() / "rauch-bench-XXXXXX").string();
  if (mkdtemp(dir.data()) == nullptr) {
    state.SkipWithError("mkdtemp failed");
    return;
  }
  auto store = store::sqlite::SqliteStore::open(dir + "/bench.db");
  if (!store) {
    state.SkipWithError(store.error().message().c_str());
    return;
  }
  std::vector<Post> batch(sample_posts().begin(),
                          sample_posts().begin() + static_cast<std::ptrdiff_t>(batch_size));
  std::int64_t round = 0;
  for ([[maybe_unused]] auto _ : state) {
    state.PauseTiming();
    ++round;
    for (Post& post : batch) {  // New ids, so every post is stored, not a duplicate.
      post.id = std::to_string(round) + "-" + post.id.substr(post.id.find('-') + 1);
    }
    state.ResumeTiming();
    auto put = (*store)->put_batch(store::Batch{batch});
    if (!put || put->stored != static_cast<std::int64_t>(batch_size)) {
      state.SkipWithError("put_batch did not store the batch");
      break;
    }
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
  store->reset();
  std::filesystem::remove_all(dir);
}
BENCHMARK(bm_sqlite_put_batch)->Arg(1024)->Arg(8192)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace rauch
