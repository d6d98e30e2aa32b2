#include "notify/email_message.h"

#include <fmt/format.h>

namespace rauch::notify {
namespace {

bool is_plain_ascii(std::string_view text) {
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u > 0x7e) return false;
  }
  // "=?" could be read as the start of an encoded-word.
  return text.find("=?") == std::string_view::npos;
}

// Length of the UTF-8 sequence starting with `lead` (1 for stray continuation bytes, so
// bad input still advances).
std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

std::string crlf_lines(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 40);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') continue;
    if (text[i] == '\n') {
      out += "\r\n";
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

std::string base64(std::string_view bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  auto byte = [&](std::size_t at) -> unsigned { return static_cast<unsigned char>(bytes[at]); };
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned n = byte(i) << 16 | byte(i + 1) << 8 | byte(i + 2);
    out += kAlphabet[n >> 18];
    out += kAlphabet[(n >> 12) & 63];
    out += kAlphabet[(n >> 6) & 63];
    out += kAlphabet[n & 63];
  }
  if (const std::size_t rest = bytes.size() - i; rest > 0) {
    unsigned n = byte(i) << 16;
    if (rest == 2) n |= byte(i + 1) << 8;
    out += kAlphabet[n >> 18];
    out += kAlphabet[(n >> 12) & 63];
    out += rest == 2 ? kAlphabet[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

std::string encode_header_text(std::string_view text) {
  if (is_plain_ascii(text)) return std::string(text);
  // An encoded-word is at most 75 characters: "=?UTF-8?B?" + base64 + "?=" leaves 63
  // base64 characters, i.e. 45 bytes of text; split between UTF-8 characters.
  constexpr std::size_t kMaxChunkBytes = 45;
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = start;
    while (end < text.size()) {
      const std::size_t next = end + sequence_length(static_cast<unsigned char>(text[end]));
      if (next - start > kMaxChunkBytes) break;
      end = std::min(next, text.size());
    }
    if (end == start) end = std::min(start + kMaxChunkBytes, text.size());
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + base64(text.substr(start, end - start)) + "?=";
    start = end;
  }
  return out;
}

std::string rfc5322_date(Timestamp t) {
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const CivilTime c = to_civil(t);
  return fmt::format("{}, {:02} {} {:04} {:02}:{:02}:{:02} +0000", kDays[c.weekday], c.day,
                     kMonths[c.month - 1], c.year, c.hour, c.minute, c.second);
}

std::string rfc5322_message(const EmailParts& parts) {
  std::string from = fmt::format("<{}>", parts.from);
  if (!parts.from_name.empty()) from = encode_header_text(parts.from_name) + " " + from;
  std::string message = fmt::format(
      "From: {}\r\nTo: <{}>\r\nSubject: {}\r\nDate: {}\r\nMessage-ID: <{}>\r\n"
      "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
      "Content-Transfer-Encoding: base64\r\nAuto-Submitted: auto-generated\r\n\r\n",
      from, parts.to, encode_header_text(parts.subject), rfc5322_date(parts.date),
      parts.message_id);
  // Lines of 76 base64 characters (RFC 2045).
  const std::string encoded = base64(crlf_lines(parts.body));
  for (std::size_t i = 0; i < encoded.size(); i += 76)
    message += encoded.substr(i, 76) + "\r\n";
  return message;
}

}  // namespace rauch::notify
