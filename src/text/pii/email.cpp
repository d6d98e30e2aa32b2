// E-mail addresses: a pragmatic subset of RFC 5322 that covers what people type in
// posts (ASCII local part and domain). Quoted local parts and IDN domains are not found;
// they are rare in posts and a false positive here masks text for nothing.

#include <algorithm>
#include <cstdint>
#include <utility>

#include "text/pii/detail/finders.h"

namespace rauch::text::detail {
namespace {

bool is_local_char(char c) {
  return is_ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
bool is_domain_char(char c) { return is_ascii_alnum(c) || c == '.' || c == '-'; }

// The end of a plausible domain starting at `begin`, or `begin` when there is none:
// at least two labels, the last one two or more letters.
std::size_t domain_end(std::string_view text, std::size_t begin) {
  std::size_t end = begin;
  while (end < text.size() && is_domain_char(text[end]))
    ++end;
  while (end > begin && (text[end - 1] == '.' || text[end - 1] == '-'))
    --end;  // "mail@example.de." ends a sentence.
  const std::string_view domain = text.substr(begin, end - begin);
  const std::size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || domain.find("..") != std::string_view::npos)
    return begin;
  const std::string_view tld = domain.substr(dot + 1);
  if (tld.size() < 2)
    return begin;
  for (char c : tld) {
    if (is_ascii_digit(c) || c == '-')
      return begin;
  }
  return end;
}

}  // namespace

void find_emails(std::string_view text, std::vector<PiiFinding>& out) {
  std::size_t at = text.find('@');
  while (at != std::string_view::npos) {
    std::size_t begin = at;
    while (begin > 0 && is_local_char(text[begin - 1]))
      --begin;
    while (begin < at && text[begin] == '.')
      ++begin;
    const std::size_t end = domain_end(text, at + 1);
    // An empty local part is a mention ("@velora_hilfe"), not an address.
    if (begin < at && end > at + 1 && text[at - 1] != '.') {
      PiiFinding finding{.kind = PiiKind::kEmail,
                         .source_begin = static_cast<std::uint32_t>(begin),
                         .source_end = static_cast<std::uint32_t>(end)};
      finding.normalized.reserve(end - begin);
      for (std::size_t i = begin; i < end; ++i)
        finding.normalized.push_back(ascii_lower(text[i]));
      out.push_back(std::move(finding));
    }
    at = text.find('@', std::max(at + 1, end));
  }
}

}  // namespace rauch::text::detail
