// `rauchmelder notify test|deliver`: send a test message through the configured channels,
// or deliver the due notifications of the outbox once (docs/notifications.md).

#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/commands.h"
#include "app/time_arguments.h"
#include "notify/config_file.h"
#include "notify/notifier.h"
#include "store/sqlite/sqlite_store.h"

namespace rauch::app {
namespace {

struct NotifyArgs {
  std::string config;
  std::string db = "rauchmelder.db";
  std::string channel;
  std::string person;
  bool json = false;
};

Result<notify::NotifyFileConfig> load(const NotifyArgs& args, std::string_view command) {
  auto config = notify::load_notify_config(args.config);
  if (!config)
    fmt::print(stderr, "rauchmelder notify {}: invalid config:\n{}\n", command,
               config.error().message());
  return config;
}

notify::Message test_message(Timestamp now) {
  notify::Message m;
  m.event = notify::Event::kTest;
  m.incident.key = "test";
  m.incident.kind = "test";
  m.incident.severity = store::Severity::kInfo;
  m.incident.title = "Rauchmelder test message";
  m.incident.explanation =
      "This is a test of the notification channels (rauchmelder notify test). Nothing happened.";
  m.incident.started_at = now;
  m.incident.updated_at = now;
  m.sent_at = now;
  return m;
}

int run_test(const NotifyArgs& args) {
  auto config = load(args, "test");
  if (!config) return kExitFailure;
  notify::ChannelSet channels = notify::make_channels(config->notify);
  const Timestamp now = wall_clock_now();
  int sent = 0, failed = 0;
  for (const notify::Person& person : config->oncall.config().people) {
    if (!args.person.empty() && person.name != args.person) continue;
    for (const auto& [channel, address] : person.channels()) {
      if (!args.channel.empty() && channel != args.channel) continue;
      notify::Message message = test_message(now);
      message.recipient = notify::Recipient{person.name, 1};
      auto result = channels.at(channel)->send(message, address);
      // URLs are not printed: a Slack webhook URL is a secret.
      const std::string shown = channel == "smtp" ? " " + address : "";
      if (result) {
        ++sent;
        fmt::print("ok      {} {}{}\n", channel, person.name, shown);
      } else {
        ++failed;
        fmt::print("FAILED  {} {}{}: {}\n", channel, person.name, shown, result.error().message());
      }
    }
  }
  fmt::print("{} sent, {} failed\n", sent, failed);
  if (sent + failed == 0) {
    fmt::print(stderr, "rauchmelder notify test: no channel matched\n");
    return kExitRejected;
  }
  return failed == 0 ? kExitOk : kExitRejected;
}

int run_deliver(const NotifyArgs& args) {
  auto config = load(args, "deliver");
  if (!config) return kExitFailure;
  auto store = store::sqlite::SqliteStore::open(args.db);
  if (!store) {
    fmt::print(stderr, "rauchmelder notify deliver: {}\n", store.error().message());
    return kExitFailure;
  }
  notify::Notifier notifier(**store, config->notify, config->oncall,
                            notify::make_channels(config->notify));
  auto counts = notifier.tick(wall_clock_now());
  auto pending =
      (*store)->list_notifications({.status = store::NotificationStatus::kPending,
                                    .limit = store::kMaxListLimit});
  if (!counts || !pending) {
    fmt::print(stderr, "rauchmelder notify deliver: {}\n",
               (!counts ? counts.error() : pending.error()).message());
    return kExitFailure;
  }
  const notify::DeliveryCounts& d = counts->delivery;
  if (args.json) {
    const nlohmann::json out = {{"escalated", counts->escalated}, {"sent", d.sent},
                                {"retrying", d.retrying},       {"failed", d.failed},
                                {"pending", pending->size()}};
    fmt::print("{}\n", out.dump());
  } else {
    fmt::print("escalated {}, sent {}, retrying {}, failed {}, pending {}\n", counts->escalated,
               d.sent, d.retrying, d.failed, pending->size());
  }
  return kExitOk;
}

}  // namespace

void register_notify(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<NotifyArgs>();
  CLI::App* group = app.add_subcommand(
      "notify", "Test the notification channels, or deliver due notifications once. See "
                "docs/notifications.md.");
  group->require_subcommand(1);
  CLI::App* test = group->add_subcommand(
      "test", "Send a test message to every person's channels (or one channel / person) and "
              "print each result. Exit 1 when any failed.");
  test->add_option("--config", args->config, "Config file (TOML)")->required();
  test->add_option("--channel", args->channel, "Only this channel")
      ->check(CLI::IsMember({"webhook", "slack", "smtp", "log"}));
  test->add_option("--person", args->person, "Only this person");
  test->callback([args, &exit_code] { exit_code = run_test(*args); });

  CLI::App* deliver = group->add_subcommand(
      "deliver", "Escalate unacknowledged incidents and deliver the due notifications once "
                 "(for cron), then print counts.");
  deliver->add_option("--config", args->config, "Config file (TOML)")->required();
  deliver->add_option("--db", args->db, "SQLite database file")->capture_default_str();
  deliver->add_flag("--json", args->json,
                    "Print {escalated, sent, retrying, failed, pending}");
  deliver->callback([args, &exit_code] { exit_code = run_deliver(*args); });
}

}  // namespace rauch::app
