#pragma once

// Personal data in post text: e-mail addresses, phone numbers, IBANs and customer or
// order numbers, each with its byte span, so that the app can mask them before a post is
// stored or shown, and flag posts in which customers publish their own data
// (docs/text-analysis.md, "PII").

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rauch::text {

enum class PiiKind : std::uint8_t {
  kEmail,           // "max.mustermann@example.de"
  kPhone,           // "0171 2345678", "+41 44 668 18 00"
  kIban,            // "DE89 3704 0044 0532 0130 00", checksum verified
  kCustomerNumber,  // A keyword from PiiOptions::patterns followed by digits.
};

// "email", "phone", "iban", "customer_number".
std::string_view pii_kind_name(PiiKind kind);

struct PiiFinding {
  PiiKind kind = PiiKind::kEmail;
  std::uint32_t source_begin = 0;  // Byte span in the text given to find_pii().
  std::uint32_t source_end = 0;
  // Canonical form: lower-case e-mail address, E.164 phone number ("+491712345678"),
  // IBAN without spaces in upper case, the digits of a customer number.
  std::string normalized;
  // For kCustomerNumber, PiiPattern::name of the pattern that matched; empty otherwise.
  std::string pattern;

  friend bool operator==(const PiiFinding&, const PiiFinding&) = default;
};

// A customer or order number: one of `keywords` (matched case-insensitively for ASCII,
// at a word start), then optional separators (" ", ":", "#", ".", "-", "/", "Nr", "No"),
// then a run of min_digits..max_digits digits that may be grouped by single spaces or
// '-'. Deliberately not a regex: std::regex is slow and throws, and brands describe their
// numbers as "the word, then N digits".
struct PiiPattern {
  std::string name;                   // Reported in PiiFinding::pattern: "customer_number"
  std::vector<std::string> keywords;  // "Kundennummer", "Kd.-Nr.", "order", ...
  std::uint32_t min_digits = 5;
  std::uint32_t max_digits = 12;
};

// The default patterns: German and English customer, order, invoice and contract numbers.
std::vector<PiiPattern> default_pii_patterns();

struct PiiOptions {
  bool emails = true;
  bool phones = true;
  bool ibans = true;
  bool customer_numbers = true;
  // ISO 3166 region used for numbers written without a country code ("0171 2345678").
  // Numbers with "+41"/"0041" are found whatever the region.
  std::string default_region = "DE";
  std::vector<PiiPattern> patterns = default_pii_patterns();
};

// All PII in `text` (UTF-8; invalid bytes never belong to a finding), ordered by
// source_begin, without overlaps: when two findings overlap the stronger kind wins
// (e-mail, IBAN, customer number, phone, in that order), so the digits of an IBAN are
// not also reported as a phone number. Texts over kMaxPiiTextBytes are scanned only up
// to that length. Does not throw. Thread-safe.
std::vector<PiiFinding> find_pii(std::string_view text, const PiiOptions& options = {});

inline constexpr std::size_t kMaxPiiTextBytes = std::size_t{1} << 20;

// True when `iban` (spaces allowed, any case) has a known-looking shape (two letters,
// two check digits, 11..30 alphanumerics) and passes the ISO 13616 mod-97 check.
bool iban_checksum_valid(std::string_view iban);

}  // namespace rauch::text
