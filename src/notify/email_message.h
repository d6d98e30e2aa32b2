#pragma once

// An Internet Message Format (RFC 5322) e-mail: the headers and body the SMTP channel
// uploads. Non-ASCII header text becomes RFC 2047 encoded-words (=?UTF-8?B?...?=); the
// body is UTF-8 text/plain in base64, so no line is too long and no server needs 8BITMIME.

#include <string>
#include <string_view>

#include "core/timestamp.h"

namespace rauch::notify {

struct EmailParts {
  std::string from;       // Address only: "rauchmelder@velora.example".
  std::string from_name;  // Display name, may be "" or non-ASCII.
  std::string to;         // Address only.
  std::string subject;    // UTF-8, one line.
  std::string body;       // UTF-8 text, LF or CRLF line ends.
  Timestamp date;         // The Date: header, written in UTC (+0000).
  std::string message_id; // Without <>: "rauchmelder.12.5.1796000000000@velora.example".
};

// The whole message with CRLF line ends, ready for SMTP DATA.
std::string rfc5322_message(const EmailParts& parts);

// The text as-is when it is printable ASCII; else UTF-8 encoded-words of at most 75
// characters each, split between characters and joined by CRLF + space (folding).
std::string encode_header_text(std::string_view text);

// "Fri, 27 Nov 2026 17:30:05 +0000".
std::string rfc5322_date(Timestamp t);

// Standard base64 (RFC 4648) with padding, no line breaks.
std::string base64(std::string_view bytes);

}  // namespace rauch::notify
