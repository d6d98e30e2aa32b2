// find_pii(): runs the finders and resolves overlaps between them.

#include "text/pii/pii.h"

#include <algorithm>
#include <exception>

#include "text/detail/utf8.h"
#include "text/pii/detail/finders.h"

namespace rauch::text {
namespace {

// Lower is stronger. An IBAN's or a customer number's digits often form a valid phone
// number too; the more specific reading wins.
int strength(PiiKind kind) {
  switch (kind) {
    case PiiKind::kEmail: return 0;
    case PiiKind::kIban: return 1;
    case PiiKind::kCustomerNumber: return 2;
    case PiiKind::kPhone: return 3;
  }
  return 4;
}

// A copy in which every invalid UTF-8 byte is a space: offsets stay the same and
// libphonenumber, which assumes valid UTF-8, never sees a broken sequence.
std::string valid_utf8_copy(std::string_view text) {
  std::string copy(text);
  for (std::size_t i = 0; i < text.size();) {
    const detail::Decoded d = detail::decode(text, i);
    if (!d.valid)
      copy[i] = ' ';
    i += d.length;
  }
  return copy;
}

// No valid phone number in DE/AT/CH or elsewhere has fewer digits than this (short codes
// such as 112 are not PII). Most posts have fewer and skip libphonenumber, the slowest
// finder by far.
constexpr std::size_t kMinPhoneDigits = 6;

// Whether the text has a run of kMinPhoneDigits digits with at most one of the
// separators people write phone numbers with (space, '-', '/', '(', ')') between two
// digits: "0171 2345678", "+49 (0)30 123-456". Dates, times, prices and counts ("12.10.",
// "12:30", "1.299 €", "3 von 5") break the run, so most posts that merely contain
// digits skip libphonenumber, the slowest finder by far.
bool has_phone_like_run(std::string_view text) {
  std::size_t digits = 0;
  bool separator = false;
  for (char c : text) {
    if (detail::is_ascii_digit(c)) {
      if (++digits >= kMinPhoneDigits) return true;
      separator = false;
    } else if (digits > 0 && !separator && (c == ' ' || c == '-' || c == '/' || c == '(' || c == ')')) {
      separator = true;
    } else {
      digits = 0;
      separator = false;
    }
  }
  return false;
}

void keep_strongest(std::vector<PiiFinding>& findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const PiiFinding& a, const PiiFinding& b) {
    return strength(a.kind) < strength(b.kind);
  });
  std::vector<PiiFinding> kept;
  kept.reserve(findings.size());
  for (PiiFinding& f : findings) {
    const bool overlaps = std::any_of(kept.begin(), kept.end(), [&f](const PiiFinding& k) {
      return f.source_begin < k.source_end && k.source_begin < f.source_end;
    });
    if (!overlaps)
      kept.push_back(std::move(f));
  }
  std::sort(kept.begin(), kept.end(), [](const PiiFinding& a, const PiiFinding& b) {
    return a.source_begin < b.source_begin;
  });
  findings = std::move(kept);
}

}  // namespace

std::string_view pii_kind_name(PiiKind kind) {
  switch (kind) {
    case PiiKind::kEmail: return "email";
    case PiiKind::kPhone: return "phone";
    case PiiKind::kIban: return "iban";
    case PiiKind::kCustomerNumber: return "customer_number";
  }
  return "unknown";
}

std::vector<PiiFinding> find_pii(std::string_view text, const PiiOptions& options) {
  text = text.substr(0, std::min(text.size(), kMaxPiiTextBytes));
  std::vector<PiiFinding> findings;
  try {
    if (options.emails)
      detail::find_emails(text, findings);
    if (options.ibans)
      detail::find_ibans(text, findings);
    if (options.customer_numbers)
      detail::find_customer_numbers(text, options.patterns, findings);
    if (options.phones && has_phone_like_run(text))
      detail::find_phones(valid_utf8_copy(text), options.default_region, findings);
  } catch (const std::exception&) {
    // Only allocation can throw here (libphonenumber does not use exceptions); report
    // what was found so far rather than unwinding through the pipeline.
  }
  keep_strongest(findings);
  return findings;
}

}  // namespace rauch::text
