#pragma once

// The on-call config of the notify tests: A (anna) has business hours Mon–Fri 09:00–17:00
// except Berlin's public holidays, B (ben) the rest (nights, weekends, holidays), C (cleo)
// is level 2 after 15 minutes. Channels point at the given endpoints.

#include <string>

namespace rauch::notify::testing {

// timeout_seconds: the channels' connect and transfer timeouts. Generous by default, so a
// sink on 127.0.0.1 that a loaded machine (sanitizers, parallel builds) schedules late still
// answers in time; the dead-endpoint test passes a short one.
inline std::string weekend_config(const std::string& smtp_url, const std::string& webhook_url,
                                  const std::string& slack_url, int timeout_seconds = 15) {
  return R"toml(
[notify]
min_severity = "warning"
connect_timeout_seconds = )toml" + std::to_string(timeout_seconds) + R"toml(
timeout_seconds = )toml" + std::to_string(timeout_seconds) + R"toml(

[notify.smtp]
url = ")toml" + smtp_url + R"toml("
from = "rauchmelder@velora.example"
from_name = "Rauchmelder Velora"

[notify.retry]
first_delay_seconds = 30
max_delay_seconds = 1800
max_attempts = 4

[oncall]
time_zone = "Europe/Berlin"
holidays = "DE-BE"
escalate_after_minutes = 15

[[oncall.people]]
name = "anna"
email = "anna@velora.example"

[[oncall.people]]
name = "ben"
webhook = ")toml" + webhook_url + R"toml("
slack = ")toml" + slack_url + R"toml("

[[oncall.people]]
name = "cleo"
email = "cleo@velora.example"

[[oncall.rotations]]
name = "business-hours"
people = ["anna"]
  [[oncall.rotations.shifts]]
  days = ["mon", "tue", "wed", "thu", "fri"]
  from = "09:00"
  to = "17:00"
  holidays = "skip"

[[oncall.rotations]]
name = "after-hours"
people = ["ben"]
  [[oncall.rotations.shifts]]
  days = ["mon", "tue", "wed", "thu", "fri"]
  from = "00:00"
  to = "09:00"
  [[oncall.rotations.shifts]]
  days = ["mon", "tue", "wed", "thu", "fri"]
  from = "17:00"
  to = "24:00"
  [[oncall.rotations.shifts]]
  days = ["sat", "sun"]
  [[oncall.rotations.shifts]]
  days = ["mon", "tue", "wed", "thu", "fri"]
  from = "09:00"
  to = "17:00"
  holidays = "only"

[[oncall.rotations]]
name = "management"
level = 2
people = ["cleo"]
)toml";
}

}  // namespace rauch::notify::testing
