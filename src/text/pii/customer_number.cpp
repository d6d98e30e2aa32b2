// Customer, order, invoice and contract numbers: a configured keyword, a little glue
// ("Nr.", ":", "#", "ist"), then digits. The span reported is the digits only: that is
// what gets masked, the keyword stays readable.

#include <array>
#include <cstdint>

#include "text/pii/detail/finders.h"

namespace rauch::text {

std::vector<PiiPattern> default_pii_patterns() {
  return {
      {.name = "customer_number",
       .keywords = {"Kundennummer", "Kundennr", "Kd.-Nr.", "Kd-Nr", "KdNr", "Kunden-Nr",
                    "Kunden-ID", "Kundenkonto", "customer number", "customer no",
                    "customer id", "account number"}},
      {.name = "order_number",
       .keywords = {"Bestellnummer", "Bestellnr", "Bestell-Nr", "Bestellung", "Auftragsnummer",
                    "Auftrag", "Sendungsnummer", "order number", "order", "tracking number"}},
      {.name = "invoice_number",
       .keywords = {"Rechnungsnummer", "Rechnungsnr", "Rechnung", "invoice number", "invoice"}},
      {.name = "contract_number",
       .keywords = {"Vertragsnummer", "Vertragsnr", "Vertrag", "contract number", "contract"}},
  };
}

namespace detail {
namespace {

// Words allowed between keyword and digits ("Bestellung Nr. 123", "order no 123",
// "Kundennummer lautet 123"). Lower case.
constexpr std::array<std::string_view, 8> kFillers{"nr", "no", "number", "nummer",
                                                   "ist", "is", "lautet", "id"};

bool is_glue(char c) {
  return c == ' ' || c == ':' || c == '#' || c == '.' || c == '-' || c == '/' || c == '=';
}

bool matches_at(std::string_view text, std::size_t pos, std::string_view word) {
  if (pos + word.size() > text.size())
    return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (ascii_lower(text[pos + i]) != ascii_lower(word[i]))
      return false;
  }
  return true;
}

// A byte of a word: ASCII alphanumerics and every byte of a non-ASCII character, so
// "Größe" is one word and "größeOrder" has no keyword at "Order".
bool is_word_byte(char c) { return is_ascii_alnum(c) || static_cast<unsigned char>(c) >= 0x80; }

// Skips glue and filler words after a keyword; returns the position of the first digit,
// or npos.
std::size_t skip_to_digits(std::string_view text, std::size_t pos) {
  for (int rounds = 0; rounds < 4 && pos < text.size(); ++rounds) {
    while (pos < text.size() && is_glue(text[pos]))
      ++pos;
    if (pos < text.size() && is_ascii_digit(text[pos]))
      return pos;
    bool skipped = false;
    for (std::string_view filler : kFillers) {
      const std::size_t after = pos + filler.size();
      if (matches_at(text, pos, filler) && (after == text.size() || !is_word_byte(text[after]))) {
        pos = after;
        skipped = true;
        break;
      }
    }
    if (!skipped)
      return std::string_view::npos;
  }
  return std::string_view::npos;
}

// Appends a finding when the digit run at `begin` has an allowed length.
void take_digits(std::string_view text, std::size_t begin, const PiiPattern& pattern,
                 std::vector<PiiFinding>& out) {
  std::string digits;
  std::size_t end = begin;
  std::size_t i = begin;
  while (i < text.size()) {
    if (is_ascii_digit(text[i])) {
      digits.push_back(text[i]);
      end = ++i;
    } else if ((text[i] == ' ' || text[i] == '-') && i + 1 < text.size() &&
               is_ascii_digit(text[i + 1])) {
      ++i;  // "123 456 789", "123-456".
    } else {
      break;
    }
    if (digits.size() > pattern.max_digits)
      return;
  }
  if (end < text.size() && is_word_byte(text[end]))
    return;  // "Bestellung 12345abc" is not a number.
  if (digits.size() < pattern.min_digits)
    return;
  out.push_back(PiiFinding{.kind = PiiKind::kCustomerNumber,
                           .source_begin = static_cast<std::uint32_t>(begin),
                           .source_end = static_cast<std::uint32_t>(end),
                           .normalized = std::move(digits),
                           .pattern = pattern.name});
}

}  // namespace

void find_customer_numbers(std::string_view text, const std::vector<PiiPattern>& patterns,
                           std::vector<PiiFinding>& out) {
  // Most posts have no digit, or none after a keyword could start: find the last digit
  // first and look for keywords only before it. The first letters of the keywords filter
  // the remaining word starts cheaply.
  std::size_t last_digit = text.size();
  while (last_digit > 0 && !is_ascii_digit(text[last_digit - 1]))
    --last_digit;
  if (last_digit == 0)
    return;
  std::array<bool, 256> first_letter{};
  for (const PiiPattern& pattern : patterns) {
    for (const std::string& keyword : pattern.keywords) {
      if (!keyword.empty())
        first_letter[static_cast<unsigned char>(ascii_lower(keyword[0]))] = true;
    }
  }
  for (std::size_t pos = 0; pos + 1 < last_digit; ++pos) {
    if (!first_letter[static_cast<unsigned char>(ascii_lower(text[pos]))] ||
        (pos > 0 && is_word_byte(text[pos - 1])))
      continue;  // Keywords start at a word start.
    for (const PiiPattern& pattern : patterns) {
      for (const std::string& keyword : pattern.keywords) {
        if (keyword.empty() || !matches_at(text, pos, keyword))
          continue;
        const std::size_t after = pos + keyword.size();
        if (after < text.size() && is_word_byte(keyword.back()) && is_word_byte(text[after]))
          continue;  // "Ordered" is not "order".
        const std::size_t digits = skip_to_digits(text, after);
        if (digits != std::string_view::npos)
          take_digits(text, digits, pattern, out);
      }
    }
  }
}

}  // namespace detail
}  // namespace rauch::text
