#pragma once

// Who is on call when: the validated on-call schedule. Local times, weekdays and public
// holidays are those of each rotation's time zone (IANA database, so DST switches are
// right) and holiday region.
//
// Validation (create): errors refuse the schedule, warnings are kept and listed by
// `rauchmelder oncall`. Errors: unknown or duplicate people or rotations, a bad time zone
// or holiday region, a shift with from >= to, a level with no rotation below a level that
// has one, and two rotations of one level covering the same time (overlap: who would be
// called?). Warnings: times a level covers nobody (gaps); there the notifier calls the
// next level that has someone (docs/notifications.md), and people without any channel.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/timestamp.h"
#include "notify/oncall_config.h"

namespace rauch::notify {

struct OnCall {
  Person person;
  std::string rotation;
  int level = 1;
};

// Immutable after create; copies share the validated data. Thread-safe.
class OnCallSchedule {
 public:
  // kInvalidArgument listing every error, one per line, each "FILE:LINE: what: why".
  [[nodiscard]] static Result<OnCallSchedule> create(OnCallConfig config);

  // The person on call at `at` on `level` (1-based); nullopt in a gap or above levels().
  std::optional<OnCall> who_is_on_call(Timestamp at, int level) const;

  // The highest level any rotation has; 0 for an empty schedule.
  int levels() const;
  // How long level `level` has to acknowledge before the next level is called.
  std::int64_t escalate_after_ms(int level) const;
  const std::vector<std::string>& warnings() const;
  const OnCallConfig& config() const;
  // nullptr when nobody has that name.
  const Person* find_person(std::string_view name) const;
  // "Fri 2026-11-27 18:30 Europe/Berlin": `at` in the time zone of the first rotation.
  std::string local_time_text(Timestamp at) const;

 private:
  struct Impl;
  explicit OnCallSchedule(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

}  // namespace rauch::notify
