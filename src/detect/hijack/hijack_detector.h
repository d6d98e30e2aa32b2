#pragma once

// The hijack signal (docs/detection.md#own-account-hijacked): one of the brand's own
// accounts posts links that lead off its allow-list, above all to lookalikes of the
// brand's domains (ve1ora-login.de for velora.de) — the pattern of a taken-over account
// sending phishing links — or credential bait ("your account has been locked, confirm your
// details") with a link that is not the brand's, or a burst of direct messages in an hour
// the account is usually quiet in (learnt per account, dm_rhythm.h; the night until then).
// Fed the own posts with their analysis in event-time order; raises an alert for the
// first such post of an account, and again after hold_minutes of quiet.
//
// Not thread-safe: one instance per brand, used by one thread at a time. Memory grows
// with the number of own accounts (a handful; about 1.5 KiB each plus dm_burst_count
// recent DMs), not with the stream; O(1) per post apart from the map lookups.

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/post.h"
#include "core/post_analysis.h"
#include "core/timestamp.h"
#include "detect/hijack/dm_rhythm.h"
#include "detect/hijack/local_week.h"

namespace rauch::detect {

struct HijackOptions {
  // Registrable domains own accounts may link to ("velora.de" allows hilfe.velora.de).
  // Empty: only lookalikes of the brand's domains count.
  std::vector<std::string> allowed_domains;
  // An account's suspicious posts within this long belong to one alert.
  double hold_minutes = 24 * 60.0;
  // A burst of direct messages at an unusual hour: at least dm_burst_count DMs within
  // dm_burst_minutes, each sent in an hour of the local week the account is usually quiet
  // in. 0 = off; at most 10,000 (the recent DMs kept per account).
  std::int64_t dm_burst_count = 10;
  double dm_burst_minutes = 30;
  // Which hours are usual is learnt per account: the share of its DMs in each of the 168
  // hours of the local week, older weeks fading with this half-life (> 0)...
  double dm_rhythm_half_life_days = 28;
  // ...and an hour (with its neighbours, DmRhythm::usual_share) holding less than this
  // share of them is unusual: 0.1%, a sixth of an even spread (1/168 = 0.6%). 0..1.
  double dm_quiet_share = 0.001;
  // Until an account has dm_rhythm_warmup_count DMs learnt, the first at least
  // dm_rhythm_warmup_days before, its rhythm is not trusted: the night from
  // night_from_hour to night_to_hour local time (equal hours: no night) is unusual instead,
  // so a new account is protected from day one.
  double dm_rhythm_warmup_days = 14;
  std::int64_t dm_rhythm_warmup_count = 100;
  std::int64_t night_from_hour = 22;
  std::int64_t night_to_hour = 6;
  std::string time_zone = "Europe/Berlin";  // IANA name; the local week, DST-aware.
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
  // kInvalidArgument for an unknown time zone, hours outside 0..24, or another option
  // outside the range its comment gives.
  [[nodiscard]] static Result<void> validate(const HijackOptions& options);

  // A new alert when this own post links off the allow-list and its account has had no
  // alert within hold_minutes; nullopt otherwise (also for posts that are not own).
  std::optional<HijackAlert> add(const Post& post, const PostAnalysis& analysis);

  // Bytes held for the accounts' DM rhythms and recent DMs: grows with the number of own
  // accounts that sent DMs, never with the number of DMs.
  std::size_t dm_state_bytes() const;

 private:
  // Why a link is suspicious, or "" when it is not; `bait`: the post asks for credentials.
  std::string suspicion(const AnalysisLink& link, bool bait) const;

  // A DM of the account that is still within the burst window of the newest one.
  struct RecentDm {
    Timestamp at;
    int slot = 0;          // Hour of the local week.
    bool unusual = false;  // Sent in an hour the account is usually quiet in.
  };
  // Per own account: its learnt rhythm and its recent DMs, a ring of at most
  // dm_burst_count. A DM is learnt only when it leaves the ring, so a burst in progress
  // does not make its own hour look usual.
  struct AccountDms {
    DmRhythm rhythm;
    std::vector<RecentDm> ring;  // Capacity fixed when the account is first seen.
    std::size_t head = 0;        // Oldest entry.
    std::size_t size = 0;
    std::int64_t unusual = 0;    // Entries with `unusual`.
  };
  // What the DMs say about the newest post.
  struct DmBurst {
    std::int64_t count = 0;  // Unusual-hour DMs within the window, this one included; 0
                             // when this post is not a DM sent at an unusual hour.
    bool learnt = false;     // Judged by the learnt rhythm, not the warm-up night.
    double usual_share = 0;  // The hour's learnt share (when `learnt`).
    LocalWeekTime local;
  };
  DmBurst dm_burst(const std::string& account, const Post& post);
  static void learn_oldest(AccountDms& dms);
  std::string burst_explanation(const std::string& account, const DmBurst& burst) const;

  HijackOptions options_;
  std::set<std::string> allowed_;
  const date::time_zone* zone_ = nullptr;  // options_.time_zone; null when unknown.
  std::map<std::string, Timestamp> last_alert_;  // By account.
  std::map<std::string, AccountDms> dms_;         // By account.
};

}  // namespace rauch::detect
