#include "notify/message_text.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace rauch::notify {
namespace {

std::string slack_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string_view severity_emoji(store::Severity severity) {
  switch (severity) {
    case store::Severity::kCritical: return ":rotating_light:";
    case store::Severity::kWarning: return ":warning:";
    case store::Severity::kInfo: break;
  }
  return ":information_source:";
}

// What happened, as a prefix of the headline; "" for a newly opened incident.
std::string_view event_prefix(Event event) {
  switch (event) {
    case Event::kOpened: return "";
    case Event::kSeverityRose: return "severity rose: ";
    case Event::kEscalated: return "escalated (not acknowledged): ";
    case Event::kReminder: return "reminder: ";
    case Event::kTest: return "test: ";
  }
  return "";
}

std::string one_line(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  return out;
}

}  // namespace

std::string severity_label(store::Severity severity) {
  std::string label(store::severity_name(severity));
  for (char& c : label) c = static_cast<char>(c - 'a' + 'A');
  return label;
}

std::string ack_command(const Message& message) {
  return fmt::format("rauchmelder incidents ack {}", message.incident.id);
}

std::string slack_text(const Message& message) {
  const store::IncidentRecord& r = message.incident;
  std::string text = fmt::format("{} *{}* {}{}\n", severity_emoji(r.severity),
                                 severity_label(r.severity), event_prefix(message.event),
                                 slack_escape(one_line(r.title)));
  if (!r.explanation.empty()) text += slack_escape(r.explanation) + "\n";
  text += fmt::format("Incident #{} ({}) since {}, for {} (level {})\n", r.id,
                      slack_escape(r.kind), format_rfc3339(r.started_at),
                      slack_escape(message.recipient.name), message.recipient.level);
  text += fmt::format("Acknowledge: `{}`", ack_command(message));
  return text;
}

std::string email_subject(const Message& message) {
  const store::IncidentRecord& r = message.incident;
  return fmt::format("[Rauchmelder] {}: {}{} (incident #{})", severity_label(r.severity),
                     event_prefix(message.event), one_line(r.title), r.id);
}

std::string email_body(const Message& message) {
  const store::IncidentRecord& r = message.incident;
  std::string body = fmt::format("{} {}{}\n\n", severity_label(r.severity),
                                 event_prefix(message.event), one_line(r.title));
  if (!r.explanation.empty()) body += r.explanation + "\n\n";
  body += fmt::format(
      "Incident:  #{} ({}, {})\nKey:       {}\nStarted:   {}\nUpdated:   {}\n"
      "Sent to:   {} (on call, level {})\n\nAcknowledge with:\n\n    {}\n",
      r.id, r.kind, store::incident_status_name(r.status), r.key, format_rfc3339(r.started_at),
      format_rfc3339(r.updated_at), message.recipient.name, message.recipient.level,
      ack_command(message));
  if (!r.details_json.empty()) {
    auto details = nlohmann::json::parse(r.details_json, nullptr, /*allow_exceptions=*/false);
    if (!details.is_discarded())
      body += "\nDetails:\n" +
              details.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  return body;
}

}  // namespace rauch::notify
