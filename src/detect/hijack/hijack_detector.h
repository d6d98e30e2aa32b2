#pragma once

// The hijack signal (docs/detection.md#own-account-hijacked): one of the brand's own
// accounts posts links that lead off its allow-list, above all to lookalikes of the
// brand's domains (ve1ora-login.de for velora.de) — the pattern of a taken-over account
// sending phishing links — or credential bait ("your account has been locked, confirm your
// details") with a link that is not the brand's, or a burst of direct messages at night.
// Fed the own posts with their analysis in event-time order; raises an alert for the
// first such post of an account, and again after hold_minutes of quiet.
//
// Not thread-safe: one instance per brand, used by one thread at a time. Memory grows
// with the number of own accounts (a handful), not with the stream.

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/post.h"
#include "core/post_analysis.h"
#include "core/timestamp.h"

namespace rauch::detect {

struct HijackOptions {
  // Registrable domains own accounts may link to ("velora.de" allows hilfe.velora.de).
  // Empty: only lookalikes of the brand's domains count.
  std::vector<std::string> allowed_domains;
  // An account's suspicious posts within this long belong to one alert.
  double hold_minutes = 24 * 60.0;
  // A burst of direct messages at night: at least dm_burst_count DMs within
  // dm_burst_minutes, sent between night_from_hour and night_to_hour local time.
  std::int64_t dm_burst_count = 10;
  double dm_burst_minutes = 30;
  std::int64_t night_from_hour = 22;
  std::int64_t night_to_hour = 6;
  std::string time_zone = "Europe/Berlin";  // IANA name; DST-aware.
};

struct HijackAlert {
  Timestamp at;
  std::string account;  // Handle ("@Velora"), else the author id.
  std::string title;    // "@Velora links to ve1ora-login.de (lookalike of velora.de)"
  std::string explanation;
  std::string details_json;  // {"account":..., "post_id":..., "links":[{url, domain, why}]}
};

class HijackDetector {
 public:
  explicit HijackDetector(HijackOptions options);
  // kInvalidArgument for an unknown time zone or hours outside 0..24.
  [[nodiscard]] static Result<void> validate(const HijackOptions& options);

  // A new alert when this own post links off the allow-list and its account has had no
  // alert within hold_minutes; nullopt otherwise (also for posts that are not own).
  std::optional<HijackAlert> add(const Post& post, const PostAnalysis& analysis);

 private:
  // Why a link is suspicious, or "" when it is not; `bait`: the post asks for credentials.
  std::string suspicion(const AnalysisLink& link, bool bait) const;
  // How many DMs the account sent at night within the burst window, this one included.
  std::int64_t night_dms(const std::string& account, const Post& post);

  HijackOptions options_;
  std::set<std::string> allowed_;
  std::map<std::string, Timestamp> last_alert_;  // By account.
  std::map<std::string, std::deque<Timestamp>> night_dms_;  // By account, ≤ dm_burst_count.
};

}  // namespace rauch::detect
