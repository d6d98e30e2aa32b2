#include "detect/hijack/hijack_detector.h"

#include <algorithm>
#include <cmath>

#include <date/tz.h>
#include <fmt/format.h>

#include "core/post_json.h"
#include "detect/hijack/credential_bait.h"

namespace rauch::detect {
namespace {

bool at_night(int hour, std::int64_t from, std::int64_t to) {
  return from <= to ? hour >= from && hour < to : hour >= from || hour < to;
}

const date::time_zone* find_zone(const std::string& name) {
  try {
    return date::locate_zone(name);
  } catch (const std::exception&) {
    return nullptr;
  }
}

// "0.2%", "0.04%", "0%": two significant digits, enough to say how rare the hour is.
std::string percent(double share) { return fmt::format("{:.2g}%", share * 100); }

}  // namespace

HijackDetector::HijackDetector(HijackOptions options)
    : options_(std::move(options)),
      allowed_(options_.allowed_domains.begin(), options_.allowed_domains.end()),
      zone_(find_zone(options_.time_zone)) {}

Result<void> HijackDetector::validate(const HijackOptions& options) {
  const auto invalid = [](std::string message) {
    return make_error(ErrorCode::kInvalidArgument, "hijack: " + std::move(message));
  };
  if (find_zone(options.time_zone) == nullptr)
    return invalid(fmt::format("unknown time_zone '{}' (an IANA name such as Europe/Berlin)",
                               options.time_zone));
  for (std::int64_t hour : {options.night_from_hour, options.night_to_hour})
    if (hour < 0 || hour > 24) return invalid("night hours must be 0..24");
  if (options.dm_burst_count < 0 || options.dm_burst_count > 10'000)
    return invalid("dm_burst_count must be 0..10000");
  if (!(options.dm_burst_minutes > 0)) return invalid("dm_burst_minutes must be > 0");
  if (!(options.dm_rhythm_half_life_days > 0) || std::isinf(options.dm_rhythm_half_life_days))
    return invalid("dm_rhythm_half_life_days must be > 0");
  if (!(options.dm_quiet_share >= 0 && options.dm_quiet_share <= 1))
    return invalid("dm_quiet_share must be 0..1");
  if (!(options.dm_rhythm_warmup_days >= 0) || options.dm_rhythm_warmup_count < 0)
    return invalid("dm_rhythm_warmup_days and dm_rhythm_warmup_count must be >= 0");
  return {};
}

std::string HijackDetector::suspicion(const AnalysisLink& link, bool bait) const {
  if (!link.lookalike_of.empty())
    return fmt::format("lookalike of {}: {}", link.lookalike_of, link.reason);
  if (allowed_.contains(link.domain)) return {};
  // Without an allow-list only credential bait makes another domain suspicious.
  if (allowed_.empty() && !bait) return {};
  const std::string bait_note = bait ? ", asking for credentials" : "";
  if (link.shortener) return "shortened link (destination hidden)" + bait_note;
  return (allowed_.empty() ? "not a brand domain" : "not on the allow-list") + bait_note;
}

void HijackDetector::learn_oldest(AccountDms& dms) {
  const RecentDm& oldest = dms.ring[dms.head];
  dms.rhythm.learn(oldest.at, oldest.slot);
  dms.unusual -= oldest.unusual ? 1 : 0;
  dms.head = (dms.head + 1) % dms.ring.size();
  --dms.size;
}

HijackDetector::DmBurst HijackDetector::dm_burst(const std::string& account, const Post& post) {
  DmBurst burst;
  if (post.kind != PostKind::kDm || options_.dm_burst_count <= 0 || zone_ == nullptr)
    return burst;
  auto it = dms_.find(account);
  if (it == dms_.end()) {
    it = dms_.emplace(account, AccountDms{DmRhythm(options_.dm_rhythm_half_life_days)}).first;
    it->second.ring.resize(static_cast<std::size_t>(options_.dm_burst_count));
  }
  AccountDms& dms = it->second;
  // The DMs that left the window (or the ring) are learnt now, before this one is judged.
  const auto window_ms = static_cast<std::int64_t>(options_.dm_burst_minutes * kMillisPerMinute);
  while (dms.size > 0 && post.created_at.ms - dms.ring[dms.head].at.ms > window_ms)
    learn_oldest(dms);
  if (dms.size == dms.ring.size()) learn_oldest(dms);

  burst.local = local_week_time(post.created_at, *zone_);
  const auto warmup_ms =
      static_cast<std::int64_t>(options_.dm_rhythm_warmup_days * kMillisPerDay);
  burst.learnt = dms.rhythm.learnt() > 0 &&
                 dms.rhythm.learnt() >= options_.dm_rhythm_warmup_count &&
                 post.created_at.ms - dms.rhythm.first_learnt().ms >= warmup_ms;
  bool unusual = false;
  if (burst.learnt) {
    burst.usual_share = dms.rhythm.usual_share(burst.local.slot());
    unusual = burst.usual_share < options_.dm_quiet_share;
  } else {
    unusual = at_night(burst.local.hour, options_.night_from_hour, options_.night_to_hour);
  }
  dms.ring[(dms.head + dms.size) % dms.ring.size()] =
      RecentDm{post.created_at, burst.local.slot(), unusual};
  ++dms.size;
  dms.unusual += unusual ? 1 : 0;
  burst.count = unusual ? dms.unusual : 0;
  return burst;
}

std::size_t HijackDetector::dm_state_bytes() const {
  std::size_t bytes = 0;
  for (const auto& [account, dms] : dms_)
    bytes += account.capacity() + sizeof(dms) + dms.ring.capacity() * sizeof(RecentDm);
  return bytes;
}

std::string HijackDetector::burst_explanation(const std::string& account,
                                              const DmBurst& burst) const {
  const std::string what = fmt::format(
      "{} sent {} direct messages within {:.0f} minutes at {} {}", account, burst.count,
      options_.dm_burst_minutes, format_local_week_time(burst.local), options_.time_zone);
  if (burst.learnt)
    return fmt::format(
        "{}; this account usually sends {} of its direct messages in this hour of the week "
        "(learnt from its own rhythm), so a care team is unlikely to be at work.",
        what, percent(burst.usual_share));
  return fmt::format(
      "{}, at night ({}:00 to {}:00), when a care team does not work. The account's own "
      "rhythm is not learnt yet (it needs {} direct messages over {:.0f} days); until then "
      "the night counts as unusual.",
      what, options_.night_from_hour, options_.night_to_hour, options_.dm_rhythm_warmup_count,
      options_.dm_rhythm_warmup_days);
}

std::optional<HijackAlert> HijackDetector::add(const Post& post, const PostAnalysis& analysis) {
  if (!post.own) return std::nullopt;
  const std::string account = !post.author.handle.empty() ? post.author.handle : post.author.id;
  // Bait only makes a link suspicious: without links the text is not read (most own posts
  // are replies without links, and reading folds the whole text).
  const std::string_view bait_phrase =
      analysis.links.empty() ? std::string_view() : credential_bait(post.text);
  const DmBurst burst = dm_burst(account, post);
  const bool dm_burst = options_.dm_burst_count > 0 && burst.count >= options_.dm_burst_count;
  const char* burst_when = burst.learnt ? "at an unusual hour" : "at night";
  std::string links_json;
  const AnalysisLink* first = nullptr;
  std::string first_why;
  for (const AnalysisLink& link : analysis.links) {
    const std::string why = suspicion(link, !bait_phrase.empty());
    if (why.empty()) continue;
    if (first == nullptr) {
      first = &link;
      first_why = why;
    }
    if (!links_json.empty()) links_json += ',';
    links_json += "{\"url\":";
    append_json_string(link.url, links_json);
    links_json += ",\"domain\":";
    append_json_string(link.domain, links_json);
    links_json += ",\"why\":";
    append_json_string(why, links_json);
    links_json += '}';
  }
  if (first == nullptr && !dm_burst) return std::nullopt;
  const std::int64_t hold_ms = static_cast<std::int64_t>(options_.hold_minutes * 60'000);
  if (auto it = last_alert_.find(account);
      it != last_alert_.end() && post.created_at.ms - it->second.ms < hold_ms) {
    it->second = post.created_at;  // Still the same takeover: the hold runs on.
    return std::nullopt;
  }
  last_alert_[account] = post.created_at;
  HijackAlert alert;
  alert.at = post.created_at;
  alert.account = account;
  if (first == nullptr) {
    alert.title = fmt::format("{} sent {} direct messages within {:.0f} min {}{}", account,
                              burst.count, options_.dm_burst_minutes, burst_when,
                              burst.learnt ? fmt::format(" ({})", format_local_week_time(burst.local))
                                           : "");
    alert.explanation = burst_explanation(account, burst) +
                        " Check whether the account was taken over.";
  } else {
    alert.title = first->lookalike_of.empty()
                      ? fmt::format("{} links to {} ({})", account, first->domain, first_why)
                      : fmt::format("{} links to {} (lookalike of {})", account, first->domain,
                                    first->lookalike_of);
    alert.explanation = fmt::format(
        "An own account posted a link off its allow-list{}: {} ({}).{}{} Check whether the "
        "account was taken over; warn customers not to log in through it.",
        post.kind == PostKind::kDm ? " in a direct message" : "", first->url, first_why,
        bait_phrase.empty() ? "" : fmt::format(" The text asks for credentials (\"{}\").", bait_phrase),
        dm_burst ? fmt::format(" It is one of {} direct messages within {:.0f} minutes {}.",
                               burst.count, options_.dm_burst_minutes, burst_when)
                 : "");
  }
  alert.details_json = "{\"account\":";
  append_json_string(account, alert.details_json);
  alert.details_json += ",\"post\":";
  append_json_string(source_key(post.source, post.id), alert.details_json);
  alert.details_json += ",\"links\":[" + links_json + "]";
  alert.details_json += ",\"credential_bait\":";
  append_json_string(bait_phrase, alert.details_json);
  alert.details_json += fmt::format(",\"burst_dms\":{}", burst.count);
  if (burst.count > 0) {
    alert.details_json += fmt::format(",\"local_time\":\"{}\",\"usual_share\":{}",
                                      format_local_week_time(burst.local),
                                      burst.learnt ? fmt::format("{:.6g}", burst.usual_share)
                                                   : std::string("null"));
  }
  alert.details_json += '}';
  return alert;
}

}  // namespace rauch::detect
