// `rauchmelder backtest`: the stored history of the saved queries replayed through
// detection, printed as a timeline of alerts (docs/detection.md#backtest).

#include <algorithm>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/backtest.h"
#include "app/commands.h"
#include "app/detection_config.h"
#include "app/incident_posts.h"
#include "app/terminal_text.h"
#include "app/time_arguments.h"
#include "store/sqlite/sqlite_store.h"

namespace rauch::app {
namespace {

struct BacktestArgs {
  std::string db = "rauchmelder.db";
  std::string from;
  std::string to;
  std::vector<std::string> queries;
  std::vector<std::string> brand_domains;
  bool json = false;
  bool record = false;
  bool all = false;
  std::string config;
};

int fail(const Error& error) {
  fmt::print(stderr, "rauchmelder backtest: {}\n", error.message());
  return error.code() == ErrorCode::kInvalidArgument ? kExitRejected : kExitFailure;
}

int run_backtest_command(const BacktestArgs& args) {
  BacktestOptions options;
  options.query_ids = args.queries;
  options.detection.hijack.allowed_domains = args.brand_domains;
  if (!args.config.empty()) {
    auto config = read_detection_config(args.config, options.detection);
    if (!config) return fail(config.error());
    options.detection = config->defaults;
    options.per_query = config->per_query;
  }
  const Timestamp now = wall_clock_now();
  for (auto [name, text, bound] : {std::tuple{"--from", &args.from, &options.since},
                                    std::tuple{"--to", &args.to, &options.until}}) {
    if (text->empty()) continue;
    auto parsed = parse_time_argument(name, *text, now);
    if (!parsed) return fail(parsed.error());
    *bound = *parsed;
  }
  auto store = store::sqlite::SqliteStore::open(args.db);
  if (!store) {
    fail(store.error());
    return kExitFailure;
  }
  auto alerts = run_backtest(**store, options);
  if (!alerts) return fail(alerts.error());
  nlohmann::json out = nlohmann::json::array();
  for (detect::DetectionAlert& alert : *alerts) {
    if (auto linked = link_top_posts(**store, alert.incident); !linked) return fail(linked.error());
    const store::IncidentRecord& incident = alert.incident;
    std::int64_t id = 0;
    if (args.record) {
      auto recorded = (*store)->record_incident(incident);
      if (!recorded) return fail(recorded.error());
      id = recorded->id;
    }
    if (args.json) {
      out.push_back({{"at", format_rfc3339(alert.at)},
                     {"query_id", incident.query_id},
                     {"kind", alert.signal},
                     {"severity", store::severity_name(incident.severity)},
                     {"title", alert.title},
                     {"score", alert.score},
                     {"update_only", alert.update_only},
                     {"incident", {{"key", incident.key},
                                   {"kind", incident.kind},
                                   {"title", incident.title},
                                   {"explanation", incident.explanation},
                                   {"details", nlohmann::json::parse(incident.details_json)}}},
                     {"incident_id", args.record ? nlohmann::json(id) : nlohmann::json(nullptr)}});
    } else if (!alert.update_only || args.all) {
      fmt::print("{}  {:<8}  {:<14}  {}\n", format_rfc3339(alert.at),
                 store::severity_name(incident.severity), alert.signal,
                 terminal_safe(alert.title, 200));
    }
  }
  if (args.json) {
    fmt::print("{}\n", out.dump());
  } else {
    const auto updates = std::count_if(alerts->begin(), alerts->end(),
                                       [](const detect::DetectionAlert& a) { return a.update_only; });
    fmt::print("{} alert{}", alerts->size() - static_cast<std::size_t>(updates),
               alerts->size() - static_cast<std::size_t>(updates) == 1 ? "" : "s");
    if (updates > 0 && !args.all) fmt::print(" ({} updates not shown: --all)", updates);
    fmt::print("\n");
  }
  return kExitOk;
}

}  // namespace

void register_backtest(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<BacktestArgs>();
  CLI::App* cmd = app.add_subcommand(
      "backtest",
      "Replay the stored history of the saved queries through detection (event time) and "
      "print the alerts in time order. Exit code 0 = done, 1 = unknown query or bad time, "
      "2 = I/O error. See docs/detection.md.");
  cmd->add_option("--db", args->db, "SQLite database file")->capture_default_str();
  cmd->add_option("--from", args->from,
                  "Replay from this event time (RFC 3339, a date, or a duration before now)");
  cmd->add_option("--to", args->to, "Replay until this event time (exclusive)");
  cmd->add_option("--query", args->queries, "Only this saved query (repeatable)");
  cmd->add_option("--config", args->config,
                  "Config file (TOML) whose [detect] tables set detection parameters, also per "
                  "query (docs/configuration.md)");
  cmd->add_option("--brand-domain", args->brand_domains,
                  "A domain own accounts may link to (repeatable); own posts linking elsewhere "
                  "raise the hijack alert, as do links to lookalikes of the brand's domains");
  cmd->add_flag("--json", args->json,
                "Print one JSON array of {at, query_id, kind, severity, title, score, incident "
                "{key, kind, title, explanation, details}, incident_id}");
  cmd->add_flag("--all", args->all,
                "Also print alerts that only update their incident (a topic gaining authors)");
  cmd->add_flag("--record", args->record,
                "Also record the alerts as incidents (rauchmelder incidents shows them)");
  cmd->callback([args, &exit_code] { exit_code = run_backtest_command(*args); });
}

}  // namespace rauch::app
