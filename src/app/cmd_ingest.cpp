// `rauchmelder ingest FILE... [--db PATH]`: NDJSON posts into the store.

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app/commands.h"
#include "app/detection_config.h"
#include "app/ingest_detection.h"
#include "app/ingest_notifications.h"
#include "app/ingest_summary.h"
#include "app/post_annotator.h"
#include "app/terminal_text.h"
#include "app/time_arguments.h"
#include "ingest/ingest_file.h"
#include "store/sqlite/sqlite_store.h"

namespace rauch::app {
namespace {

struct IngestArgs {
  std::vector<std::string> files;
  std::string db = "rauchmelder.db";
  std::string max_future = "1d";
  bool allow_future = false;
  bool json = false;
  bool progress = false;
  std::string bulk = "auto";
  std::size_t batch_size = 8192;
  bool no_analysis = false;
  bool no_detect = false;
  std::string config;
  std::vector<std::string> brand_domains;
};

// "on", "off", or "auto": bulk loading when the named files are large compared with
// what the database holds (see ingest::should_bulk_load).
Result<bool> decide_bulk_load(const IngestArgs& args, store::Store& store) {
  if (args.bulk != "auto") {
    return args.bulk == "on";
  }
  std::int64_t bytes = 0;
  for (const std::string& file : args.files) {
    std::error_code ec;
    const auto size = file == "-" ? 0 : std::filesystem::file_size(file, ec);
    bytes += ec ? 0 : static_cast<std::int64_t>(size);
  }
  auto stored = store.count_posts();
  if (!stored) {
    return tl::unexpected(stored.error());
  }
  return ingest::should_bulk_load(bytes, *stored);
}

// How often a long ingest runs detection over what it has stored so far.
constexpr auto kDetectionInterval = std::chrono::seconds(2);
// How long ingest waits at the end for notifications to go out; the rest stays pending.
constexpr auto kNotifyBudget = std::chrono::milliseconds(10'000);

// One stderr line per incident opened or risen in severity, so whoever runs ingest sees
// them at once (rauchmelder incidents lists them all).
void print_incident_changes(const std::vector<RecordedAlert>& alerts) {
  for (const RecordedAlert& r : alerts) {
    if (!r.update.opened && !r.update.severity_rose) continue;
    fmt::print(stderr, "incident {} {}: {} {}\n", r.update.id, r.update.opened ? "opened" : "rose to",
               store::severity_name(r.alert.incident.severity),
               terminal_safe(r.alert.incident.title, 200));
  }
}

int run_ingest(const IngestArgs& args) {
  const Timestamp now = wall_clock_now();
  ingest::DecodeOptions decode_options;
  if (!args.allow_future) {
    auto tolerance = parse_duration_ms(args.max_future);
    if (!tolerance) {
      fmt::print(stderr, "rauchmelder ingest: --max-future: {}\n", tolerance.error().message());
      return kExitFailure;
    }
    decode_options.latest_created_at = Timestamp{now.ms + *tolerance};
  }
  auto store = store::sqlite::SqliteStore::open(args.db);
  if (!store) {
    fmt::print(stderr, "rauchmelder ingest: {}\n", store.error().message());
    return kExitFailure;
  }
  auto bulk = decide_bulk_load(args, **store);
  if (!bulk) {
    fmt::print(stderr, "rauchmelder ingest: {}\n", bulk.error().message());
    return kExitFailure;
  }
  if (*bulk) {
    if (auto begun = (*store)->begin_bulk_load(); !begun) {
      fmt::print(stderr, "rauchmelder ingest: {}\n", begun.error().message());
      return kExitFailure;
    }
  }
  ingest::PostDecoder decoder(decode_options);
  ingest::RejectReport report(stderr);
  ingest::IngestOptions options{.batch_size = std::max<std::size_t>(1, args.batch_size)};
  AnnotateOptions annotate{.analyze = !args.no_analysis, .brand_domains = args.brand_domains};
  if (auto wired = annotate_on_ingest(**store, annotate, options); !wired) {
    fmt::print(stderr, "rauchmelder ingest: {}\n", wired.error().message());
    return kExitFailure;
  }
  std::unique_ptr<IngestDetection> detection;
  if (!args.no_detect) {
    IngestDetectionOptions detect_options;
    detect_options.detection.hijack.allowed_domains = args.brand_domains;
    if (!args.config.empty()) {
      auto config = read_detection_config(args.config, detect_options.detection);
      if (!config) {
        fmt::print(stderr, "rauchmelder ingest: {}\n", config.error().message());
        return kExitFailure;
      }
      detect_options.detection = config->defaults;
      detect_options.per_query = config->per_query;
    }
    auto started = IngestDetection::start(**store, detect_options, now);
    if (!started) {
      fmt::print(stderr, "rauchmelder ingest: detection: {}\n", started.error().message());
      return kExitFailure;
    }
    detection = std::move(*started);
  }
  std::unique_ptr<IngestNotifications> notifications;
  if (detection && !args.config.empty()) {
    auto started = IngestNotifications::start(args.db, args.config);
    if (!started) {
      fmt::print(stderr, "rauchmelder ingest: {}\n", started.error().message());
      return kExitFailure;
    }
    notifications = std::move(*started);
  }
  // Detection follows the store: after each file, and during a long one every few
  // seconds, so an incident is raised while the input is still being read.
  auto detect_now = [&](bool final) {
    if (!detection) return true;
    auto alerts = detection->catch_up(**store, wall_clock_now(), final);
    if (!alerts) {
      fmt::print(stderr, "rauchmelder ingest: detection: {}\n", alerts.error().message());
      return false;
    }
    print_incident_changes(*alerts);
    if (notifications) {
      if (auto enqueued = notifications->changed(*alerts); !enqueued) {
        fmt::print(stderr, "rauchmelder ingest: notify: {}\n", enqueued.error().message());
        return false;
      }
    }
    return true;
  };
  auto last_detection = std::chrono::steady_clock::now();
  IngestSummary summary;
  int exit_code = kExitOk;
  for (const std::string& file : args.files) {
    options.on_commit = [&](const store::IngestCounts& c) {
      if (args.progress) {
        fmt::print(stderr, "progress file={} lines={} stored={} duplicates={} rejected={}\n", file,
                   c.lines, c.stored, c.duplicates, c.rejected);
        std::fflush(stderr);
      }
      if (std::chrono::steady_clock::now() - last_detection > kDetectionInterval) {
        if (!detect_now(false)) exit_code = kExitFailure;
        last_detection = std::chrono::steady_clock::now();
      }
    };
    auto result = ingest::ingest_file(file, **store, decoder, report, wall_clock_now(), options);
    if (!result) {
      fmt::print(stderr, "rauchmelder ingest: {}\n", result.error().message());
      exit_code = kExitFailure;
      continue;
    }
    summary.add(file, *result);
  }
  report.finish();
  if (!detect_now(true)) exit_code = kExitFailure;
  if (notifications) {
    const std::int64_t enqueued = notifications->finish(kNotifyBudget);
    if (enqueued > 0)
      fmt::print(stderr, "notifications: {} queued (rauchmelder notify deliver sends what is pending)\n",
                 enqueued);
  }
  if (*bulk) {
    const auto rebuild_start = std::chrono::steady_clock::now();
    if (auto ended = (*store)->end_bulk_load(); !ended) {
      fmt::print(stderr, "rauchmelder ingest: {}\n", ended.error().message());
      return kExitFailure;
    }
    summary.add_index_rebuild(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - rebuild_start).count());
  }
  summary.print(stdout, args.json);
  if (exit_code == kExitOk && summary.total().rejected > 0) {
    exit_code = kExitRejected;
  }
  return exit_code;
}

}  // namespace

void register_ingest(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand(
      "ingest",
      "Read NDJSON posts (one JSON object per line, see docs/input-format.md) and store them. "
      "Bad lines are reported as FILE:LINE: reason and skipped; the same post ingested twice "
      "is stored once. Exit code 0 = clean, 1 = some lines rejected, 2 = usage or I/O error.");
  cmd->add_option("files", args->files, "NDJSON files to read; '-' reads standard input")
      ->required();
  cmd->add_option("--db", args->db, "SQLite database file (created if missing)")
      ->capture_default_str();
  cmd->add_option("--max-future", args->max_future,
                  "Reject posts whose created_at is more than this ahead of the clock "
                  "(clock skew), e.g. 1h, 1d")
      ->capture_default_str();
  cmd->add_flag("--allow-future", args->allow_future,
                "Accept posts from any time, however far in the future");
  cmd->add_option("--batch-size", args->batch_size,
                  "Posts per transaction; a killed ingest keeps every committed batch, and "
                  "rerunning it stores the rest")
      ->capture_default_str()
      ->check(CLI::Range(1, 1'000'000));
  cmd->add_flag("--json", args->json, "Print the summary as one JSON object");
  cmd->add_option("--bulk", args->bulk,
                  "Bulk loading: drop the per-author index during the load and rebuild it at "
                  "the end (faster for large loads). auto = when the files are large compared "
                  "with what is stored")
      ->capture_default_str()
      ->check(CLI::IsMember({"auto", "on", "off"}));
  cmd->add_flag("--no-analysis", args->no_analysis,
                "Store posts without text analysis (language, sentiment, intent, insults, "
                "PII, links); faster, but sentiment: and intent: queries then match nothing");
  cmd->add_option("--brand-domain", args->brand_domains,
                  "A domain of the brand (repeatable, e.g. --brand-domain velora.de): links "
                  "imitating it are flagged as lookalikes");
  cmd->add_option("--config", args->config,
                  "Config file (TOML): [detect] tables set detection parameters, also per "
                  "query; with [notify] and [oncall], incidents are sent to whoever is on "
                  "call (docs/configuration.md)");
  cmd->add_flag("--no-detect", args->no_detect,
                "Store posts without running crisis detection (rauchmelder backtest can run "
                "it later); by default detection follows the store and records incidents");
  cmd->add_flag("--progress", args->progress,
                "Print a progress line to stderr after every committed batch");
  cmd->callback([args, &exit_code] { exit_code = run_ingest(*args); });
}

}  // namespace rauch::app
