// `rauchmelder demo`: generates every scenario, ingests it into a fresh database and
// tells the user what to try next.

#include <cstdio>
#include <filesystem>
#include <string>
#include <system_error>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "access/credentials.h"
#include "app/commands.h"
#include "app/demo_queries.h"
#include "app/generated_stream.h"
#include "app/ingest_detection.h"
#include "app/ingest_summary.h"
#include "app/post_annotator.h"
#include "app/terminal_text.h"
#include "app/time_arguments.h"
#include "ingest/ingest_file.h"
#include "store/sqlite/sqlite_store.h"

namespace rauch::app {
namespace {

struct DemoArgs {
  std::string dir = "rauchmelder-demo";
  std::uint64_t seed = 1;
  int days = 28;
};

// Removes a previous demo database, so the demo always starts fresh.
Result<void> remove_database(const std::string& db) {
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::error_code ec;
    std::filesystem::remove(db + suffix, ec);
    if (ec) {
      return make_error(ErrorCode::kUnavailable,
                        fmt::format("cannot remove {}{}: {}", db, suffix, ec.message()));
    }
  }
  return {};
}

// How the user can call this binary again: its path relative to the working directory
// when it lies below it ("build/release/rauchmelder"), else its absolute path.
std::string program_path() {
  std::error_code ec;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) {
    return "rauchmelder";
  }
  const auto relative = std::filesystem::relative(self, std::filesystem::current_path(ec), ec);
  if (!ec && !relative.empty() && *relative.begin() != "..") {
    return relative.string();
  }
  return self.string();
}

void print_next_steps(const std::string& db, const generate::GenerateSummary& summary) {
  fmt::print("\nScenarios in the stream (ground truth in the .truth.json file):\n");
  for (const auto& event : summary.events) {
    fmt::print("  {:<13} {} .. {}  {}\n", event.scenario, format_rfc3339(event.start),
               format_rfc3339(event.end), event.description);
  }
  std::string scandal_day =
      format_rfc3339(summary.events.empty() ? Timestamp{} : summary.events.front().start);
  for (const auto& event : summary.events) {
    if (event.scenario == "scandal") {
      scandal_day = format_rfc3339(event.start);
    }
  }
  scandal_day.resize(10);  // The date part.
  fmt::print(
      "\nTry next:\n"
      "  {2} posts --db {0} --limit 10\n"
      "  {2} posts --db {0} --author @Grantler_Gerd\n"
      "  {2} posts --db {0} --source news --limit 5\n"
      "  {2} posts --db {0} --since {1}T15:00:00Z --until {1}T23:59:59Z   (the scandal)\n"
      "  {2} queries list --db {0}\n"
      "  {2} queries test --db {0} velora-complaints\n"
      "  {2} query check '(velora OR #velora) AND (akku* OR \"funktioniert nicht\")'\n"
      "  {2} incidents --db {0}   (then: incidents ack ID --by you)\n"
      "  {2} backtest --db {0} --brand-domain velora.de   (replay detection; --json for details)\n"
      "  {2} analyze --brand-domain velora.de --text 'Akku kaputt!! Login: https://ve1ora-login.de'\n"
      "  {2} replies check --json 'Bitte rufen Sie unsere Hotline an: 0800 123 4567'   (the "
      "hotline thread's reply, audited)\n"
      "  {2} ingest --db {0} YOUR-POSTS.ndjson   (format: docs/input-format.md)\n",
      db, scandal_day, program_path());
}

Result<void> save_demo_queries(store::Store& store) {
  for (const DemoQuery& q : demo_queries()) {
    store::QueryRecord record;
    record.id = q.id;
    record.text = q.text;
    record.name = q.name;
    record.category = q.category;
    record.owner = "demo";
    record.created_at = record.updated_at = wall_clock_now();
    if (auto put = store.put_query(record); !put)
      return put;
  }
  return {};
}

// The demo's login: an admin "demo" with a fixed password (for the dashboard; a demo
// database is nobody's data) and a fresh API token, printed with how to serve it.
Result<void> add_demo_login(store::Store& store, const std::string& db) {
  constexpr std::string_view kUser = "demo", kPassword = "velora-demo";
  store::UserRecord user{std::string(kUser), store::Role::kAdmin, "", wall_clock_now()};
  auto hash = access::hash_secret(kPassword);
  if (!hash) return tl::unexpected(hash.error());
  user.password_hash = std::move(*hash);
  if (auto added = store.add_user(user); !added) return added;
  auto made = access::generate_token();
  if (!made) return tl::unexpected(made.error());
  store::TokenRecord token{0, made->public_id, user.name, store::Role::kAdmin, made->secret_hash,
                           wall_clock_now(), std::nullopt};
  if (auto added = store.add_token(token); !added) return tl::unexpected(added.error());
  fmt::print(
      "\nServe it (`make demo` does this next): rauchmelder serve --db {}\n"
      "  URL:        http://127.0.0.1:8080  (docs/api.md)\n"
      "  Demo login: {} / {}  (admin)\n"
      "  API token:  {}\n"
      "  Try:        curl -H 'Authorization: Bearer {}' http://127.0.0.1:8080/api/v1/incidents\n",
      db, kUser, kPassword, made->token, made->token);
  return {};
}

int run_demo(const DemoArgs& args) {
  std::error_code ec;
  std::filesystem::create_directories(args.dir, ec);
  if (ec) {
    fmt::print(stderr, "rauchmelder demo: cannot create {}: {}\n", args.dir, ec.message());
    return kExitFailure;
  }
  const std::string posts_path = args.dir + "/posts.ndjson";
  const std::string truth_path = args.dir + "/posts.truth.json";
  const std::string db = args.dir + "/rauchmelder.db";

  generate::GenerateOptions options;
  options.scenarios = {"all"};
  options.seed = args.seed;
  options.days = args.days;
  auto summary = write_generated_stream(options, posts_path, truth_path);
  if (!summary) {
    fmt::print(stderr, "rauchmelder demo: {}\n", summary.error().message());
    return kExitFailure;
  }
  fmt::print("Generated {} posts about Velora and two competitors over {} days: {}\n",
             summary->posts, options.days, posts_path);

  auto removed = remove_database(db);
  auto store =
      removed ? store::sqlite::SqliteStore::open(db) : tl::unexpected(std::move(removed).error());
  if (!store) {
    fmt::print(stderr, "rauchmelder demo: {}\n", store.error().message());
    return kExitFailure;
  }
  if (auto saved = save_demo_queries(**store); !saved) {
    fmt::print(stderr, "rauchmelder demo: {}\n", saved.error().message());
    return kExitFailure;
  }
  ingest::PostDecoder decoder;
  ingest::RejectReport report(stderr);
  ingest::IngestOptions ingest_options;
  const AnnotateOptions annotate{.analyze = true, .brand_domains = {"velora.de"}};
  if (auto wired = annotate_on_ingest(**store, annotate, ingest_options); !wired) {
    fmt::print(stderr, "rauchmelder demo: {}\n", wired.error().message());
    return kExitFailure;
  }
  auto result =
      ingest::ingest_file(posts_path, **store, decoder, report, wall_clock_now(), ingest_options);
  if (!result) {
    fmt::print(stderr, "rauchmelder demo: {}\n", result.error().message());
    return kExitFailure;
  }
  IngestSummary ingest_summary;
  ingest_summary.add(posts_path, *result);
  fmt::print("Ingested into {}:\n  ", db);
  ingest_summary.print(stdout, false);
  auto authors = (*store)->count_authors();
  fmt::print("  {} authors known\nSaved queries (matched while ingesting):\n",
             authors ? *authors : 0);
  for (const DemoQuery& q : demo_queries()) {
    auto count = (*store)->count_matches(q.id, std::nullopt, std::nullopt);
    fmt::print("  {:<18} {:>6} posts  {}\n", q.id, count ? *count : 0, q.name);
  }
  // Detection over the stored stream, as ingest runs it.
  IngestDetectionOptions detect_options;
  detect_options.detection.hijack.allowed_domains = {"velora.de"};
  auto detection = IngestDetection::start(**store, detect_options, wall_clock_now());
  auto alerts = detection ? (*detection)->catch_up(**store, wall_clock_now(), /*final=*/true)
                          : tl::unexpected(detection.error());
  if (!alerts) {
    fmt::print(stderr, "rauchmelder demo: detection: {}\n", alerts.error().message());
    return kExitFailure;
  }
  fmt::print("Incidents detected (rauchmelder incidents --db {}):\n", db);
  for (const RecordedAlert& r : *alerts) {
    if (!r.update.opened && !r.update.severity_rose) continue;
    if (r.alert.incident.severity == store::Severity::kInfo) continue;
    fmt::print("  {}  #{} {:<8} {}\n", format_rfc3339(r.alert.at), r.update.id,
               store::severity_name(r.alert.incident.severity),
               terminal_safe(r.alert.incident.title, 110));
  }
  print_next_steps(db, *summary);
  if (auto login = add_demo_login(**store, db); !login) {
    fmt::print(stderr, "rauchmelder demo: {}\n", login.error().message());
    return kExitFailure;
  }
  return result->counts.rejected > 0 ? kExitRejected : kExitOk;
}

}  // namespace

void register_demo(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<DemoArgs>();
  CLI::App* cmd = app.add_subcommand(
      "demo",
      "Generate the full demo scenario set (see docs/demo-data.md), ingest it into a fresh "
      "database in --dir, and print what to try next.");
  cmd->add_option("--dir", args->dir, "Folder for the stream, ground truth and database")
      ->capture_default_str();
  cmd->add_option("--seed", args->seed, "Random seed of the stream")->capture_default_str();
  cmd->add_option("--days", args->days, "Length of the stream in days")
      ->capture_default_str()
      ->check(CLI::Range(7, 3660));
  cmd->callback([args, &exit_code] { exit_code = run_demo(*args); });
}

}  // namespace rauch::app
