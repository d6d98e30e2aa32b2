// `rauchmelder oncall --config FILE [--at T] [--json]`: who is on call per escalation
// level at a moment, and what the schedule's validation found (docs/notifications.md).

#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/commands.h"
#include "app/time_arguments.h"
#include "notify/config_file.h"

namespace rauch::app {
namespace {

struct OnCallArgs {
  std::string config;
  std::string at;
  bool json = false;
};

nlohmann::json channel_names(const notify::Person& person) {
  nlohmann::json names = nlohmann::json::array();
  for (const auto& [channel, address] : person.channels()) names.push_back(channel);
  return names;
}

int run_oncall(const OnCallArgs& args) {
  const Timestamp now = wall_clock_now();
  auto at = args.at.empty() ? Result<Timestamp>(now) : parse_time_argument("--at", args.at, now);
  if (!at) {
    fmt::print(stderr, "rauchmelder oncall: {}\n", at.error().message());
    return kExitFailure;
  }
  auto config = notify::load_notify_config(args.config);
  if (!config) {
    fmt::print(stderr, "rauchmelder oncall: invalid config:\n{}\n", config.error().message());
    return kExitFailure;
  }
  const notify::OnCallSchedule& schedule = config->oncall;
  nlohmann::json levels = nlohmann::json::array();
  for (int level = 1; level <= schedule.levels(); ++level) {
    auto on_call = schedule.who_is_on_call(*at, level);
    levels.push_back(
        {{"level", level},
         {"person", on_call ? nlohmann::json(on_call->person.name) : nlohmann::json(nullptr)},
         {"rotation", on_call ? nlohmann::json(on_call->rotation) : nlohmann::json(nullptr)},
         {"channels", on_call ? channel_names(on_call->person) : nlohmann::json::array()},
         {"escalate_after_minutes", schedule.escalate_after_ms(level) / 60'000}});
  }
  if (args.json) {
    const nlohmann::json out = {{"at", format_rfc3339(*at)},
                                {"local_time", schedule.local_time_text(*at)},
                                {"levels", levels},
                                {"warnings", config->warnings}};
    fmt::print("{}\n", out.dump());
    return kExitOk;
  }
  fmt::print("on call at {} ({})\n", format_rfc3339(*at), schedule.local_time_text(*at));
  for (const nlohmann::json& level : levels) {
    if (level["person"].is_null()) {
      fmt::print("level {}: nobody\n", level["level"].get<int>());
      continue;
    }
    std::string channels;
    for (const auto& name : level["channels"])
      channels += (channels.empty() ? "" : ", ") + name.get<std::string>();
    fmt::print("level {}: {} (rotation {}; {}); escalates after {} min\n", level["level"].get<int>(),
               level["person"].get<std::string>(), level["rotation"].get<std::string>(),
               channels.empty() ? "no channel" : channels,
               level["escalate_after_minutes"].get<std::int64_t>());
  }
  for (const std::string& warning : config->warnings) fmt::print("warning: {}\n", warning);
  return kExitOk;
}

}  // namespace

void register_oncall(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<OnCallArgs>();
  CLI::App* cmd = app.add_subcommand(
      "oncall",
      "Show who is on call on each escalation level at a moment (default: now) and the "
      "schedule's warnings (coverage gaps). Exit 2 with every problem listed when the config "
      "is invalid. See docs/notifications.md.");
  cmd->add_option("--config", args->config, "Config file (TOML) with an [oncall] table")->required();
  cmd->add_option("--at", args->at, "The moment: RFC 3339 (2026-11-27T18:30:00+01:00) or a date");
  cmd->add_flag("--json", args->json,
                "Print {at, local_time, levels: [{level, person, rotation, channels, "
                "escalate_after_minutes}], warnings}");
  cmd->callback([args, &exit_code] { exit_code = run_oncall(*args); });
}

}  // namespace rauch::app
