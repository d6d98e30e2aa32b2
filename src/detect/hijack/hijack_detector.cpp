#include "detect/hijack/hijack_detector.h"

#include <fmt/format.h>

#include "core/post_json.h"

namespace rauch::detect {

HijackDetector::HijackDetector(HijackOptions options)
    : options_(std::move(options)),
      allowed_(options_.allowed_domains.begin(), options_.allowed_domains.end()) {}

std::string HijackDetector::suspicion(const AnalysisLink& link) const {
  if (!link.lookalike_of.empty())
    return fmt::format("lookalike of {}: {}", link.lookalike_of, link.reason);
  if (allowed_.empty() || allowed_.contains(link.domain)) return {};
  if (link.shortener) return "shortened link (destination hidden)";
  return "not on the allow-list";
}

std::optional<HijackAlert> HijackDetector::add(const Post& post, const PostAnalysis& analysis) {
  if (!post.own) return std::nullopt;
  std::string links_json;
  const AnalysisLink* first = nullptr;
  std::string first_why;
  for (const AnalysisLink& link : analysis.links) {
    const std::string why = suspicion(link);
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
  if (first == nullptr) return std::nullopt;
  const std::string account = !post.author.handle.empty() ? post.author.handle : post.author.id;
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
  alert.title = first->lookalike_of.empty()
                    ? fmt::format("{} links to {} ({})", account, first->domain, first_why)
                    : fmt::format("{} links to {} (lookalike of {})", account, first->domain,
                                  first->lookalike_of);
  alert.explanation = fmt::format(
      "An own account posted a link off its allow-list{}: {} ({}). Check whether the account "
      "was taken over; warn customers not to log in through it.",
      post.kind == PostKind::kDm ? " in a direct message" : "", first->url, first_why);
  alert.details_json = "{\"account\":";
  append_json_string(account, alert.details_json);
  alert.details_json += ",\"post\":";
  append_json_string(std::string(source_name(post.source)) + ":" + post.id, alert.details_json);
  alert.details_json += ",\"links\":[" + links_json + "]}";
  return alert;
}

}  // namespace rauch::detect
