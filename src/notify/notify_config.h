#pragma once

// The [notify] section of the config file (docs/notifications.md): how channels reach
// their endpoints, how failed deliveries are retried, which incidents are sent. Plain
// values; config_file.h reads them from TOML.

#include <cstdint>
#include <string>

#include "store/incident_record.h"

namespace rauch::notify {

// Every network call has both limits, so a dead endpoint cannot hang a delivery.
struct Timeouts {
  std::int64_t connect_ms = 5'000;
  std::int64_t total_ms = 15'000;
};

struct SmtpSettings {
  std::string url;        // "smtp://host:25", "smtp://host:587" (with starttls), "smtps://host:465"
  std::string from;       // Envelope and From: address, "rauchmelder@velora.example".
  std::string from_name;  // Display name in From:, "Rauchmelder".
  std::string username;   // "" = no authentication.
  std::string password;   // Read from the environment variable named by password_env.
  bool starttls = false;  // Require STARTTLS on smtp:// (refuse to send in clear text).
};

// Failed deliveries are tried again after first_delay, doubling each time up to
// max_delay; after max_attempts attempts in all, the notification is marked failed.
struct RetryPolicy {
  std::int64_t first_delay_ms = 30'000;
  std::int64_t max_delay_ms = 30 * 60'000;
  int max_attempts = 12;
};

// The wait after the `failures`-th failed attempt (1-based):
// min(first_delay * 2^(failures-1), max_delay).
std::int64_t retry_delay_ms(const RetryPolicy& policy, int failures);

struct NotifyConfig {
  // Incidents below this severity are recorded but nobody is notified.
  store::Severity min_severity = store::Severity::kWarning;
  Timeouts timeouts;
  SmtpSettings smtp;
  RetryPolicy retry;
};

}  // namespace rauch::notify
