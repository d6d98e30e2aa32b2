#include "notify/config_file.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "notify/detail/oncall_toml.h"
#include "notify/detail/toml_fields.h"

namespace rauch::notify {
namespace {

void read_smtp(const toml::table& t, detail::TomlFields& f, SmtpSettings& smtp) {
  f.only_keys(t, "notify.smtp",
              {"url", "from", "from_name", "username", "password_env", "starttls"});
  if (auto url = f.text(t, "url", "notify.smtp")) {
    if (url->starts_with("smtp://") || url->starts_with("smtps://")) {
      smtp.url = *url;
    } else {
      f.problem(t.get("url"), "notify.smtp.url", "expected smtp://HOST[:PORT] or smtps://HOST[:PORT]");
    }
  }
  if (auto from = f.text(t, "from", "notify.smtp")) smtp.from = *from;
  if (auto name = f.text(t, "from_name", "notify.smtp")) smtp.from_name = *name;
  if (auto user = f.text(t, "username", "notify.smtp")) smtp.username = *user;
  if (auto env = f.text(t, "password_env", "notify.smtp")) {
    // The secret stays out of the file (and out of every message).
    const char* value = std::getenv(env->c_str());
    if (value == nullptr)
      f.problem(t.get("password_env"), "notify.smtp.password_env",
                fmt::format("environment variable {} is not set", *env));
    else
      smtp.password = value;
  }
  if (auto starttls = f.boolean(t, "starttls", "notify.smtp")) smtp.starttls = *starttls;
  if (!smtp.url.empty() && smtp.from.empty())
    f.problem(&t, "notify.smtp.from", "is needed to send e-mail");
}

void read_retry(const toml::table& t, detail::TomlFields& f, RetryPolicy& retry) {
  f.only_keys(t, "notify.retry", {"first_delay_seconds", "max_delay_seconds", "max_attempts"});
  if (auto s = f.integer(t, "first_delay_seconds", "notify.retry", 1, 86'400))
    retry.first_delay_ms = *s * 1000;
  if (auto s = f.integer(t, "max_delay_seconds", "notify.retry", 1, 7 * 86'400))
    retry.max_delay_ms = *s * 1000;
  if (auto n = f.integer(t, "max_attempts", "notify.retry", 1, 1000))
    retry.max_attempts = static_cast<int>(*n);
}

NotifyConfig read_notify(const toml::table& t, detail::TomlFields& f) {
  f.only_keys(t, "notify", {"min_severity", "connect_timeout_seconds", "timeout_seconds", "smtp",
                            "retry"});
  NotifyConfig config;
  if (auto name = f.text(t, "min_severity", "notify")) {
    auto severity = store::severity_from_name(*name);
    if (severity) {
      config.min_severity = *severity;
    } else {
      f.problem(t.get("min_severity"), "notify.min_severity", "expected info, warning or critical");
    }
  }
  if (auto s = f.integer(t, "connect_timeout_seconds", "notify", 1, 300))
    config.timeouts.connect_ms = *s * 1000;
  if (auto s = f.integer(t, "timeout_seconds", "notify", 1, 600)) config.timeouts.total_ms = *s * 1000;
  if (const toml::table* smtp = f.table(t, "smtp", "notify")) read_smtp(*smtp, f, config.smtp);
  if (const toml::table* retry = f.table(t, "retry", "notify")) read_retry(*retry, f, config.retry);
  return config;
}

Error problems_error(const std::vector<std::string>& problems) {
  return Error(ErrorCode::kInvalidArgument, fmt::format("{}", fmt::join(problems, "\n")));
}

}  // namespace

Result<NotifyFileConfig> parse_notify_config(std::string_view toml_text, std::string_view source) {
  toml::table root;
  try {
    root = toml::parse(toml_text, std::string(source));
  } catch (const toml::parse_error& e) {
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("{}:{}: {}", source, e.source().begin.line, e.description()));
  }
  detail::TomlFields fields{std::string(source)};
  NotifyConfig notify;
  if (const toml::table* t = fields.table(root, "notify", "")) notify = read_notify(*t, fields);
  OnCallConfig oncall_config;
  oncall_config.source = std::string(source);
  if (const toml::table* t = fields.table(root, "oncall", "")) {
    oncall_config = detail::read_oncall(*t, fields);
  } else {
    fields.problem(nullptr, "oncall", "the config has no [oncall] table");
  }
  if (!fields.problems().empty()) return tl::unexpected(problems_error(fields.problems()));
  auto schedule = OnCallSchedule::create(std::move(oncall_config));
  if (!schedule) return tl::unexpected(schedule.error());
  std::vector<std::string> warnings = schedule->warnings();
  return NotifyFileConfig{std::move(notify), std::move(*schedule), std::move(warnings)};
}

Result<NotifyFileConfig> load_notify_config(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return make_error(ErrorCode::kUnavailable, fmt::format("cannot read config file {}", path));
  std::ostringstream text;
  text << in.rdbuf();
  return parse_notify_config(text.str(), path);
}

}  // namespace rauch::notify
