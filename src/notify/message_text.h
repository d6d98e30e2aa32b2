#pragma once

// The human-readable renderings of a Message: the Slack/Mattermost text and the e-mail
// subject and body. Short, in English, with what a person needs at 3 a.m.: how bad, what,
// why, which incident, and how to acknowledge it.

#include <string>

#include "notify/message.h"

namespace rauch::notify {

// "CRITICAL", "WARNING", "INFO".
std::string severity_label(store::Severity severity);

// The command that acknowledges the incident: "rauchmelder incidents ack 12".
std::string ack_command(const Message& message);

// Slack and Mattermost "mrkdwn": severity emoji and label in bold, the event, title,
// explanation, incident id and kind, recipient, and the ack command in backticks. Title
// and explanation have &, < and > escaped as Slack requires.
std::string slack_text(const Message& message);

// "[Rauchmelder] CRITICAL: TITLE (incident #12)", plus "escalated" / "severity rose" /
// "reminder" / "test" in front of the title when that is the event. One line (control
// characters become spaces), not encoded (smtp_channel encodes it).
std::string email_subject(const Message& message);

// Plain text with LF line ends: the title, explanation, times, recipient, the ack command
// and the details JSON pretty-printed.
std::string email_body(const Message& message);

}  // namespace rauch::notify
