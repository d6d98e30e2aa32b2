#include "detect/hijack/hijack_detector.h"

#include <algorithm>
#include <chrono>

#include <date/tz.h>
#include <fmt/format.h>

#include "core/post_json.h"
#include "detect/hijack/credential_bait.h"

namespace rauch::detect {
namespace {

// The local hour of `at`, or -1 when the zone is unknown (then no hour counts as night).
int local_hour(Timestamp at, const std::string& zone_name) {
  try {
    const date::time_zone* zone = date::locate_zone(zone_name);
    const auto local = zone->to_local(date::sys_time<std::chrono::milliseconds>(
        std::chrono::milliseconds(at.ms)));
    const auto day = date::floor<date::days>(local);
    return static_cast<int>(
        std::chrono::duration_cast<std::chrono::hours>(local - day).count());
  } catch (const std::exception&) {
    return -1;
  }
}

bool at_night(int hour, std::int64_t from, std::int64_t to) {
  if (hour < 0) return false;
  return from <= to ? hour >= from && hour < to : hour >= from || hour < to;
}

}  // namespace

HijackDetector::HijackDetector(HijackOptions options)
    : options_(std::move(options)),
      allowed_(options_.allowed_domains.begin(), options_.allowed_domains.end()) {}

Result<void> HijackDetector::validate(const HijackOptions& options) {
  try {
    (void)date::locate_zone(options.time_zone);
  } catch (const std::exception&) {
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("hijack: unknown time_zone '{}' (an IANA name such as "
                                  "Europe/Berlin)", options.time_zone));
  }
  for (std::int64_t hour : {options.night_from_hour, options.night_to_hour})
    if (hour < 0 || hour > 24)
      return make_error(ErrorCode::kInvalidArgument, "hijack: night hours must be 0..24");
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

std::int64_t HijackDetector::night_dms(const std::string& account, const Post& post) {
  if (post.kind != PostKind::kDm ||
      !at_night(local_hour(post.created_at, options_.time_zone), options_.night_from_hour,
                options_.night_to_hour))
    return 0;
  std::deque<Timestamp>& times = night_dms_[account];
  times.push_back(post.created_at);
  const auto window_ms = static_cast<std::int64_t>(options_.dm_burst_minutes * 60'000);
  while (!times.empty() && post.created_at.ms - times.front().ms > window_ms) times.pop_front();
  while (static_cast<std::int64_t>(times.size()) > std::max<std::int64_t>(options_.dm_burst_count, 1))
    times.pop_front();
  return static_cast<std::int64_t>(times.size());
}

std::optional<HijackAlert> HijackDetector::add(const Post& post, const PostAnalysis& analysis) {
  if (!post.own) return std::nullopt;
  const std::string account = !post.author.handle.empty() ? post.author.handle : post.author.id;
  const std::string_view bait_phrase = credential_bait(post.text);
  const std::int64_t dms = night_dms(account, post);
  const bool dm_burst = options_.dm_burst_count > 0 && dms >= options_.dm_burst_count;
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
    alert.title = fmt::format("{} sent {} direct messages within {:.0f} min at night", account,
                              dms, options_.dm_burst_minutes);
    alert.explanation = fmt::format(
        "An own account sent {} direct messages within {:.0f} minutes at night ({} local "
        "time), which a care team does not do. Check whether the account was taken over.",
        dms, options_.dm_burst_minutes, options_.time_zone);
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
        dm_burst ? fmt::format(" It is one of {} direct messages within {:.0f} minutes at night.",
                               dms, options_.dm_burst_minutes)
                 : "");
  }
  alert.details_json = "{\"account\":";
  append_json_string(account, alert.details_json);
  alert.details_json += ",\"post\":";
  append_json_string(source_key(post.source, post.id), alert.details_json);
  alert.details_json += ",\"links\":[" + links_json + "]";
  alert.details_json += ",\"credential_bait\":";
  append_json_string(bait_phrase, alert.details_json);
  alert.details_json += fmt::format(",\"night_dms\":{}}}", dms);
  return alert;
}

}  // namespace rauch::detect
