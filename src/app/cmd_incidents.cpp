// `rauchmelder incidents [ack|resolve ID]`: the incidents detection raised and their
// lifecycle (docs/detection.md).

#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/commands.h"
#include "app/incident_json.h"
#include "app/terminal_text.h"
#include "app/time_arguments.h"
#include "store/sqlite/sqlite_store.h"

namespace rauch::app {
namespace {

struct IncidentsArgs {
  std::string db = "rauchmelder.db";
  bool json = false;
  std::vector<std::string> statuses;
  std::int64_t limit = 100;
  std::int64_t id = 0;
  std::string by;
};

int fail(std::string_view command, const Error& error) {
  fmt::print(stderr, "rauchmelder incidents{}: {}\n", command, error.message());
  return error.code() == ErrorCode::kNotFound || error.code() == ErrorCode::kConflict ||
                 error.code() == ErrorCode::kInvalidArgument
             ? kExitRejected
             : kExitFailure;
}

void print_human(const store::IncidentRecord& r) {
  fmt::print("#{} {} {} {}  {} → {}\n", r.id, store::severity_name(r.severity),
             store::incident_status_name(r.status), terminal_safe(r.title, 200),
             format_rfc3339(r.started_at), format_rfc3339(r.updated_at));
  if (!r.explanation.empty()) fmt::print("    {}\n", terminal_safe(r.explanation, 1000));
  if (r.acknowledged_at)
    fmt::print("    acknowledged by {} at {}\n", terminal_safe(r.acknowledged_by, 100),
               format_rfc3339(*r.acknowledged_at));
  if (r.resolved_at)
    fmt::print("    resolved by {} at {}\n", terminal_safe(r.resolved_by, 100),
               format_rfc3339(*r.resolved_at));
}

int run_list(const IncidentsArgs& args, store::Store& store) {
  store::IncidentFilter filter;
  filter.limit = args.limit;
  for (const std::string& name : args.statuses) {
    if (name == "all") {
      filter.statuses = {store::IncidentStatus::kOpen, store::IncidentStatus::kAcknowledged,
                         store::IncidentStatus::kResolved};
      break;
    }
    // CLI11 checked the names.
    filter.statuses.push_back(*store::incident_status_from_name(name));
  }
  auto incidents = store.list_incidents(filter);
  if (!incidents) return fail("", incidents.error());
  if (args.json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& r : *incidents) out.push_back(incident_json(r));
    fmt::print("{}\n", out.dump());
    return kExitOk;
  }
  if (incidents->empty()) fmt::print("no incidents\n");
  for (const auto& r : *incidents) print_human(r);
  return kExitOk;
}

// Who acts: --by, else the login name, else "cli".
std::string actor(const IncidentsArgs& args) {
  if (!args.by.empty()) return args.by;
  if (const char* user = std::getenv("USER"); user != nullptr && *user != '\0') return user;
  return "cli";
}

int run_change(const IncidentsArgs& args, store::Store& store, bool resolve) {
  const std::string by = actor(args);
  auto changed = resolve ? store.resolve_incident(args.id, by, wall_clock_now())
                         : store.acknowledge_incident(args.id, by, wall_clock_now());
  if (!changed) return fail(resolve ? " resolve" : " ack", changed.error());
  if (args.json) {
    fmt::print("{}\n", incident_json(*changed).dump());
  } else {
    print_human(*changed);
  }
  return kExitOk;
}

int with_store(const IncidentsArgs& args, const std::function<int(store::Store&)>& body) {
  auto store = store::sqlite::SqliteStore::open(args.db);
  if (!store) {
    fail("", store.error());
    return kExitFailure;  // Not the user's input: the database could not be opened.
  }
  return body(**store);
}

}  // namespace

void register_incidents(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<IncidentsArgs>();
  CLI::App* group = app.add_subcommand(
      "incidents",
      "List the incidents detection raised (open and acknowledged ones unless --status says "
      "otherwise), or acknowledge or resolve one. Exit code 0 = done, 1 = unknown id or not "
      "allowed in its state, 2 = I/O error. See docs/detection.md.");
  group->require_subcommand(0, 1);
  group->add_option("--db", args->db, "SQLite database file")->capture_default_str();
  group->add_flag("--json", args->json,
                  "Print JSON: an array of incidents with id, key, query_id, kind, severity, "
                  "status, title, explanation, details, started_at, updated_at, "
                  "acknowledged_at, acknowledged_by, resolved_at, resolved_by");
  group->add_option("--status", args->statuses, "open, acknowledged, resolved or all (repeatable)")
      ->check(CLI::IsMember({"open", "acknowledged", "resolved", "all"}));
  group->add_option("--limit", args->limit, "At most this many incidents")
      ->capture_default_str()
      ->check(CLI::Range(std::int64_t{1}, std::int64_t{1'000'000}));
  for (const bool resolve : {false, true}) {
    CLI::App* cmd = group->add_subcommand(
        resolve ? "resolve" : "ack",
        resolve ? "Resolve an incident (open or acknowledged)" : "Acknowledge an open incident");
    cmd->add_option("id", args->id, "Incident id")->required();
    cmd->add_option("--by", args->by, "Who acts (default: $USER)");
    cmd->add_option("--db", args->db, "SQLite database file")->capture_default_str();
    cmd->add_flag("--json", args->json, "Print the changed incident as JSON");
    cmd->callback([args, resolve, &exit_code] {
      exit_code =
          with_store(*args, [&](store::Store& store) { return run_change(*args, store, resolve); });
    });
  }
  group->callback([args, group, &exit_code] {
    if (!group->get_subcommands().empty()) return;
    exit_code = with_store(*args, [&](store::Store& store) { return run_list(*args, store); });
  });
}

}  // namespace rauch::app
