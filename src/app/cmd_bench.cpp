// `rauchmelder bench ingest`: end-to-end ingest throughput on a generated corpus, the
// figures the foundation issue asks for (decode alone, decode + store, peak memory).

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/commands.h"
#include "app/generated_stream.h"
#include "app/time_arguments.h"
#include "ingest/ingest_file.h"
#include "store/sqlite/sqlite_store.h"

namespace rauch::app {
namespace {

struct BenchArgs {
  std::int64_t posts = 1'000'000;
  std::string dir = "build/bench-data";
  bool json = false;
};

// Peak resident set size of this process so far, in MiB.
double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

struct DecodeRun {
  std::int64_t posts = 0;
  std::int64_t bytes = 0;
  double seconds = 0;
};

// Reads and decodes every line without storing: the cost of the ingest hot path alone.
Result<DecodeRun> decode_only(const std::string& path) {
  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    return make_error(ErrorCode::kUnavailable, fmt::format("cannot open {}", path));
  }
  ingest::LineReader reader(file.get(), kMaxPostLineBytes);
  ingest::PostDecoder decoder;
  Post post;
  ingest::Line line;
  DecodeRun run;
  const auto start = std::chrono::steady_clock::now();
  while (true) {
    auto more = reader.next(line);
    if (!more) {
      return tl::unexpected(more.error());
    }
    if (!*more) {
      break;
    }
    if (decoder.decode(line.text, post)) {
      ++run.posts;
    }
  }
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  run.bytes = reader.bytes_read();
  return run;
}

int run_bench(const BenchArgs& args) {
  std::error_code ec;
  std::filesystem::create_directories(args.dir, ec);
  const std::string corpus = args.dir + "/bench.ndjson";
  const std::string db = args.dir + "/bench.db";
  // 28 days at volume v give about 1,500 * 28 * v posts (plus the scenarios).
  generate::GenerateOptions options;
  options.scenarios = {"all"};
  options.days = 28;
  options.volume = std::max(0.01, static_cast<double>(args.posts) / (1500.0 * 28.0));
  const auto gen_start = std::chrono::steady_clock::now();
  auto generated = write_generated_stream(options, corpus, "");
  const double gen_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - gen_start).count();
  if (!generated) {
    fmt::print(stderr, "rauchmelder bench: {}\n", generated.error().message());
    return kExitFailure;
  }
  // Twice, keeping the faster: the first run also pays for reading the file into the
  // page cache.
  auto decoded = decode_only(corpus);
  auto again = decoded ? decode_only(corpus) : decoded;
  if (!again) {
    fmt::print(stderr, "rauchmelder bench: {}\n", again.error().message());
    return kExitFailure;
  }
  const DecodeRun best = again->seconds < decoded->seconds ? *again : *decoded;
  const double rss_after_decode = peak_rss_mib();

  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::filesystem::remove(db + suffix, ec);
  }
  auto store = store::sqlite::SqliteStore::open(db);
  if (!store) {
    fmt::print(stderr, "rauchmelder bench: {}\n", store.error().message());
    return kExitFailure;
  }
  ingest::PostDecoder decoder;
  ingest::RejectReport report(stderr);
  // The same policy as `ingest`: a fresh database and a large corpus mean a bulk load,
  // whose index rebuild at the end is part of the measured time.
  const auto store_start = std::chrono::steady_clock::now();
  const bool bulk = ingest::should_bulk_load(best.bytes, 0);
  auto begun = bulk ? (*store)->begin_bulk_load() : Result<void>();
  auto stored = begun ? ingest::ingest_file(corpus, **store, decoder, report, wall_clock_now())
                      : tl::unexpected(begun.error());
  auto ended = stored && bulk ? (*store)->end_bulk_load() : Result<void>();
  if (!stored || !ended) {
    fmt::print(stderr, "rauchmelder bench: {}\n",
               !stored ? stored.error().message() : ended.error().message());
    return kExitFailure;
  }
  const double store_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - store_start).count();
  const double decode_rate = static_cast<double>(best.posts) / best.seconds;
  const double store_rate = static_cast<double>(stored->counts.stored) / store_seconds;
  const double mib = static_cast<double>(best.bytes) / (1024.0 * 1024.0);
  if (args.json) {
    nlohmann::json doc = {
        {"posts", best.posts},
        {"corpus_mib", mib},
        {"generate_posts_per_second", static_cast<double>(generated->posts) / gen_seconds},
        {"decode_posts_per_second", decode_rate},
        {"decode_mib_per_second", mib / best.seconds},
        {"store_posts_per_second", store_rate},
        {"bulk_load", bulk},
        {"peak_rss_mib_after_decode", rss_after_decode},
        {"peak_rss_mib", peak_rss_mib()}};
    fmt::print("{}\n", doc.dump());
    return kExitOk;
  }
  fmt::print("corpus: {} posts, {:.1f} MiB ({}), generated at {:.0f} posts/s\n", best.posts, mib,
             corpus, static_cast<double>(generated->posts) / gen_seconds);
  fmt::print("decode only:    {:>10.0f} posts/s  {:>7.1f} MiB/s  (one core)\n", decode_rate,
             mib / best.seconds);
  fmt::print("decode + store: {:>10.0f} posts/s  ({} stored into {} in {:.2f} s{})\n", store_rate,
             stored->counts.stored, db, store_seconds,
             bulk ? ", bulk load with index rebuild" : "");
  fmt::print("peak RSS: {:.1f} MiB after decoding, {:.1f} MiB at the end\n", rss_after_decode,
             peak_rss_mib());
  return kExitOk;
}

}  // namespace

void register_bench(CLI::App& app, int& exit_code) {
  CLI::App* bench = app.add_subcommand("bench", "Measure the speed of a pipeline stage.");
  bench->require_subcommand(1);
  auto args = std::make_shared<BenchArgs>();
  CLI::App* cmd = bench->add_subcommand(
      "ingest",
      "Generate a corpus of about --posts posts, then measure NDJSON decoding alone and "
      "decoding plus storing into a fresh SQLite database, and the peak resident memory.");
  cmd->add_option("--posts", args->posts, "Approximate corpus size")
      ->capture_default_str()
      ->check(CLI::Range(std::int64_t{1000}, std::int64_t{100'000'000}));
  cmd->add_option("--dir", args->dir, "Folder for the corpus and the database")
      ->capture_default_str();
  cmd->add_flag("--json", args->json, "Print the figures as one JSON object");
  cmd->callback([args, &exit_code] { exit_code = run_bench(*args); });
}

}  // namespace rauch::app
