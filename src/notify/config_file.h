#pragma once

// Reads the [notify] and [oncall] tables of the config file (TOML; the format and a
// complete example are in docs/notifications.md and config/rauchmelder.example.toml).
// Other top-level tables are left to their own readers. Every problem is reported, not
// just the first: unknown keys (typos), wrong types, bad values, with file and line.

#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "notify/notify_config.h"
#include "notify/oncall_schedule.h"

namespace rauch::notify {

struct NotifyFileConfig {
  NotifyConfig notify;
  OnCallSchedule oncall;
  std::vector<std::string> warnings;  // The schedule's warnings (gaps, unreachable people).
};

// kInvalidArgument with one line per problem ("FILE:LINE: oncall.rotations[1].people:
// unknown person 'bob'"); kUnavailable when the file cannot be read. The SMTP password is
// read from the environment variable notify.smtp.password_env names.
[[nodiscard]] Result<NotifyFileConfig> load_notify_config(const std::string& path);
// The same from TOML text; `source` names it in messages.
[[nodiscard]] Result<NotifyFileConfig> parse_notify_config(std::string_view toml,
                                                           std::string_view source);

}  // namespace rauch::notify
