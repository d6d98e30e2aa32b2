#pragma once

// The finders behind find_pii(), one per kind. Each appends what it finds to `out` in
// any order; find_pii() sorts and removes overlaps.

#include <string_view>
#include <vector>

#include "text/pii/pii.h"

namespace rauch::text::detail {

void find_emails(std::string_view text, std::vector<PiiFinding>& out);
void find_ibans(std::string_view text, std::vector<PiiFinding>& out);
void find_customer_numbers(std::string_view text, const std::vector<PiiPattern>& patterns,
                           std::vector<PiiFinding>& out);
// `text` must be valid UTF-8 (libphonenumber's matcher assumes it).
void find_phones(std::string_view text, const std::string& region, std::vector<PiiFinding>& out);

inline bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline char ascii_lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace rauch::text::detail
