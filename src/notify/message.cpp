#include "notify/message.h"

#include <array>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace rauch::notify {
namespace {

constexpr std::array<std::pair<Event, std::string_view>, 5> kEvents = {{
    {Event::kOpened, "opened"},
    {Event::kSeverityRose, "severity_rose"},
    {Event::kEscalated, "escalated"},
    {Event::kReminder, "reminder"},
    {Event::kTest, "test"},
}};

Result<Timestamp> time_at(const nlohmann::json& object, const char* key) {
  if (!object.contains(key) || !object[key].is_string())
    return make_error(ErrorCode::kInvalidArgument, fmt::format("'{}' must be a time", key));
  return parse_rfc3339(object[key].get<std::string>());
}

Result<Message> parse(const nlohmann::json& body) {
  Message m;
  const nlohmann::json& incident = body.at("incident");
  const nlohmann::json& recipient = body.at("recipient");
  auto event = event_from_name(body.at("event").get<std::string>());
  if (!event) return make_error(ErrorCode::kInvalidArgument, "unknown 'event'");
  m.event = *event;
  store::IncidentRecord& r = m.incident;
  r.id = incident.at("id").get<std::int64_t>();
  r.key = incident.at("key").get<std::string>();
  r.kind = incident.at("kind").get<std::string>();
  r.query_id = incident.at("query_id").get<std::string>();
  r.title = incident.at("title").get<std::string>();
  r.explanation = incident.at("explanation").get<std::string>();
  auto severity = store::severity_from_name(incident.at("severity").get<std::string>());
  auto status = store::incident_status_from_name(incident.at("status").get<std::string>());
  if (!severity || !status)
    return make_error(ErrorCode::kInvalidArgument, "unknown incident 'severity' or 'status'");
  r.severity = *severity;
  r.status = *status;
  const nlohmann::json& details = incident.at("details");
  r.details_json = details.empty() ? "" : details.dump();
  auto started = time_at(incident, "started_at");
  auto updated = time_at(incident, "updated_at");
  auto sent = time_at(body, "sent_at");
  for (const auto* t : {&started, &updated, &sent})
    if (!*t) return tl::unexpected(t->error());
  r.started_at = *started;
  r.updated_at = *updated;
  m.sent_at = *sent;
  m.recipient.name = recipient.at("name").get<std::string>();
  m.recipient.level = recipient.at("level").get<int>();
  return m;
}

}  // namespace

std::string_view event_name(Event event) {
  for (const auto& [value, name] : kEvents)
    if (value == event) return name;
  return kEvents[0].second;
}

std::optional<Event> event_from_name(std::string_view name) {
  for (const auto& [value, wanted] : kEvents)
    if (wanted == name) return value;
  return std::nullopt;
}

std::string webhook_json(const Message& message) {
  const store::IncidentRecord& r = message.incident;
  nlohmann::json details = nlohmann::json::object();
  if (!r.details_json.empty()) {
    // The store accepts only JSON objects; anything else is carried as {} rather than
    // failing a page at 3 a.m.
    auto parsed = nlohmann::json::parse(r.details_json, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_object()) details = std::move(parsed);
  }
  const nlohmann::json body = {
      {"event", event_name(message.event)},
      {"incident",
       {{"id", r.id},
        {"key", r.key},
        {"kind", r.kind},
        {"severity", store::severity_name(r.severity)},
        {"status", store::incident_status_name(r.status)},
        {"query_id", r.query_id},
        {"title", r.title},
        {"explanation", r.explanation},
        {"started_at", format_rfc3339(r.started_at)},
        {"updated_at", format_rfc3339(r.updated_at)},
        {"details", std::move(details)}}},
      {"recipient", {{"name", message.recipient.name}, {"level", message.recipient.level}}},
      {"sent_at", format_rfc3339(message.sent_at)}};
  // Invalid UTF-8 in a title must not make the page fail: replace it.
  return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<Message> message_from_webhook_json(std::string_view json) {
  auto body = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (!body.is_object())
    return make_error(ErrorCode::kInvalidArgument, "notification body is not a JSON object");
  try {
    return parse(body);
  } catch (const nlohmann::json::exception& e) {
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("notification body: {}", e.what()));
  }
}

}  // namespace rauch::notify
