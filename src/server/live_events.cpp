#include "server/live_events.h"

#include <nlohmann/json.hpp>

#include "app/incident_json.h"

namespace rauch::server {
namespace {

constexpr std::int64_t kMatchesPerRead = 1000;
constexpr std::size_t kExcerptBytes = 280;

std::string dump(const nlohmann::json& data) {
  // Invalid UTF-8 in stored text becomes U+FFFD, as in every other answer of the API.
  return data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The start of `text`, at most kExcerptBytes, never cutting a UTF-8 sequence.
std::string_view excerpt(std::string_view text) {
  if (text.size() <= kExcerptBytes)
    return text;
  std::size_t end = kExcerptBytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
    --end;
  return text.substr(0, end);
}

}  // namespace

Result<MatchEvents> MatchEvents::start(store::Store& store, EventHub& hub) {
  auto last = store.last_post_position();
  if (!last)
    return tl::unexpected(last.error());
  return MatchEvents(hub, *last);
}

Result<std::int64_t> MatchEvents::publish_new(store::Store& store) {
  std::int64_t published = 0;
  while (true) {
    auto matches = store.matches_after(after_, kMatchesPerRead);
    if (!matches)
      return tl::unexpected(matches.error());
    for (const store::StoredMatch& match : *matches)
      hub_->publish("match", match_event_data(match));
    published += static_cast<std::int64_t>(matches->size());
    if (!matches->empty())
      after_ = matches->back().position;
    if (matches->size() < static_cast<std::size_t>(kMatchesPerRead))
      return published;
  }
}

std::string match_event_data(const store::StoredMatch& match) {
  const Post& post = match.post;
  const std::string_view text = excerpt(post.text);
  nlohmann::json data = {
      {"query_id", match.query_id},
      {"post", source_key(post.source, post.id)},
      {"source", source_name(post.source)},
      {"ext_id", post.id},
      {"author",
       {{"id", post.author.id}, {"handle", post.author.handle}, {"name", post.author.name}}},
      {"created_at", format_rfc3339(post.created_at)},
      {"text", text},
      {"truncated", text.size() < post.text.size()}};
  return dump(data);
}

void publish_incident(EventHub& hub, const store::IncidentRecord& incident, bool opened) {
  nlohmann::json data = app::incident_json(incident);
  data["opened"] = opened;
  hub.publish("incident", dump(data));
}

void publish_incident_changed(EventHub& hub, const store::IncidentRecord& incident,
                              std::string_view change) {
  nlohmann::json data = app::incident_json(incident);
  data["change"] = change;
  hub.publish("incident_changed", dump(data));
}

}  // namespace rauch::server
