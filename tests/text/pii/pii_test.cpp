#include "text/pii/pii.h"

#include <string>

#include <gtest/gtest.h>

namespace rauch::text {
namespace {

std::string_view span(std::string_view text, const PiiFinding& f) {
  return text.substr(f.source_begin, f.source_end - f.source_begin);
}

std::vector<PiiFinding> of_kind_with(std::string_view text, const PiiOptions& options,
                                     PiiKind kind) {
  std::vector<PiiFinding> out;
  for (PiiFinding& f : find_pii(text, options)) {
    if (f.kind == kind)
      out.push_back(std::move(f));
  }
  return out;
}

std::vector<PiiFinding> of_kind(std::string_view text, PiiKind kind) {
  return of_kind_with(text, PiiOptions{}, kind);
}

TEST(Pii, FindsEmailWithExactByteSpan) {
  const std::string text = "Schreibt mir an Jürgen.Müller-X@Example.de. Danke!";
  const auto found = of_kind(text, PiiKind::kEmail);
  ASSERT_EQ(found.size(), 1u);
  // Only the ASCII part of the local name is an address; the sentence dot stays out.
  EXPECT_EQ(span(text, found[0]), "ller-X@Example.de");
  EXPECT_EQ(found[0].normalized, "ller-x@example.de");
}

TEST(Pii, FindsPlainEmailsAndIgnoresMentions) {
  const std::string text = "@velora_hilfe bitte an max.mustermann+velora@gmail.com, nicht @x.";
  const auto found = find_pii(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, PiiKind::kEmail);
  EXPECT_EQ(span(text, found[0]), "max.mustermann+velora@gmail.com");
}

TEST(Pii, RejectsEmailWithoutTld) {
  EXPECT_TRUE(of_kind("user@localhost und a@b.c", PiiKind::kEmail).empty());
}

TEST(Pii, FindsGermanMobileInNationalFormat) {
  const std::string text = "Ruft mich an: 0171 2345678";
  const auto found = of_kind(text, PiiKind::kPhone);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(span(text, found[0]), "0171 2345678");
  EXPECT_EQ(found[0].normalized, "+491712345678");
}

TEST(Pii, FindsInternationalAndFreephoneNumbers) {
  const std::string text =
      "Hotline 0800 123 4567, Zürich +41 44 668 18 00, Wien +43 1 58858, mobil +49 171 2345678";
  const auto found = of_kind(text, PiiKind::kPhone);
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].normalized, "+498001234567");
  EXPECT_EQ(span(text, found[1]), "+41 44 668 18 00");
  EXPECT_EQ(found[1].normalized, "+41446681800");
  EXPECT_EQ(found[2].normalized, "+43158858");
  EXPECT_EQ(found[3].normalized, "+491712345678");
}

TEST(Pii, SwissNationalNumberWithSwissRegion) {
  PiiOptions options;
  options.default_region = "CH";
  const auto found = find_pii("Ruf 044 668 18 00 an", options);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].normalized, "+41446681800");
}

TEST(Pii, IgnoresDatesPricesAndShortNumbers) {
  EXPECT_TRUE(find_pii("Am 12.03.2024 um 14:30 für 19,99 € gekauft, 3 Stück").empty());
}

TEST(Pii, IbanChecksum) {
  EXPECT_TRUE(iban_checksum_valid("DE89 3704 0044 0532 0130 00"));
  EXPECT_TRUE(iban_checksum_valid("DE89370400440532013000"));
  EXPECT_TRUE(iban_checksum_valid("de89370400440532013000"));
  EXPECT_TRUE(iban_checksum_valid("GB82 WEST 1234 5698 7654 32"));
  EXPECT_TRUE(iban_checksum_valid("CH93 0076 2011 6238 5295 7"));
  EXPECT_FALSE(iban_checksum_valid("DE88 3704 0044 0532 0130 00"));  // Check digits off.
  EXPECT_FALSE(iban_checksum_valid("DE89 3704 0044 0532 0130 01"));  // Typo.
  EXPECT_FALSE(iban_checksum_valid("DE89 3704 0044 0532 0130"));     // German IBANs are 22.
  EXPECT_FALSE(iban_checksum_valid(""));
}

TEST(Pii, FindsIbanWithAndWithoutSpaces) {
  const std::string text =
      "Überweisung an DE89 3704 0044 0532 0130 00 bitte, oder DE89370400440532013000.";
  const auto found = find_pii(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].kind, PiiKind::kIban);
  EXPECT_EQ(span(text, found[0]), "DE89 3704 0044 0532 0130 00");
  EXPECT_EQ(found[0].normalized, "DE89370400440532013000");
  EXPECT_EQ(span(text, found[1]), "DE89370400440532013000");
}

TEST(Pii, InvalidIbanIsNotFlaggedNorReadAsPhone) {
  const auto found = of_kind("IBAN DE88 3704 0044 0532 0130 00", PiiKind::kIban);
  EXPECT_TRUE(found.empty());
}

TEST(Pii, FindsCustomerAndOrderNumbers) {
  const std::string text =
      "Meine Kundennummer: 12345678, Bestellung Nr. 4711 0815 99 und order #987654321. "
      "Kd.-Nr. 555444";
  const auto found = of_kind(text, PiiKind::kCustomerNumber);
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(span(text, found[0]), "12345678");
  EXPECT_EQ(found[0].pattern, "customer_number");
  EXPECT_EQ(span(text, found[1]), "4711 0815 99");
  EXPECT_EQ(found[1].normalized, "4711081599");
  EXPECT_EQ(found[1].pattern, "order_number");
  EXPECT_EQ(found[2].normalized, "987654321");
  EXPECT_EQ(found[3].normalized, "555444");
}

TEST(Pii, CustomerNumberNeedsKeywordAndDigitCount) {
  EXPECT_TRUE(of_kind("Ordered 12345678 items", PiiKind::kCustomerNumber).empty());
  EXPECT_TRUE(of_kind("Bestellung 123 kam nicht", PiiKind::kCustomerNumber).empty());
  EXPECT_TRUE(of_kind("Bestellung 12345abc", PiiKind::kCustomerNumber).empty());
}

TEST(Pii, CustomPatternsReplaceDefaults) {
  PiiOptions options;
  options.patterns = {{.name = "ticket", .keywords = {"Ticket"}, .min_digits = 6,
                       .max_digits = 6}};
  const std::string text = "Ticket 123456, Kundennummer 12345678";
  const auto found = of_kind_with(text, options, PiiKind::kCustomerNumber);
  ASSERT_EQ(found.size(), 1u);  // "Kundennummer" is no longer a keyword.
  EXPECT_EQ(found[0].pattern, "ticket");
  EXPECT_EQ(span(text, found[0]), "123456");
}

TEST(Pii, FindingsAreOrderedAndDisjoint) {
  const std::string text =
      "Kundennummer 0171234567, Mail a.b@c.de, IBAN DE89370400440532013000, Tel 0171 2345678";
  const auto found = find_pii(text);
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].kind, PiiKind::kCustomerNumber);  // Beats the phone reading.
  EXPECT_EQ(found[1].kind, PiiKind::kEmail);
  EXPECT_EQ(found[2].kind, PiiKind::kIban);
  EXPECT_EQ(found[3].kind, PiiKind::kPhone);
  for (std::size_t i = 1; i < found.size(); ++i)
    EXPECT_LE(found[i - 1].source_end, found[i].source_begin);
}

TEST(Pii, OptionsDisableKinds) {
  PiiOptions options;
  options.phones = false;
  options.emails = false;
  EXPECT_TRUE(find_pii("a@b.de 0171 2345678", options).empty());
}

TEST(Pii, InvalidUtf8DoesNotCrashAndKeepsOffsets) {
  const std::string text = "\xff\xfe Tel \xc3 0171 2345678 \xed\xa0\x80 mail x@y.de \xf4\x90";
  const auto found = find_pii(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(span(text, found[0]), "0171 2345678");
  EXPECT_EQ(span(text, found[1]), "x@y.de");
}

TEST(Pii, KindNames) {
  EXPECT_EQ(pii_kind_name(PiiKind::kEmail), "email");
  EXPECT_EQ(pii_kind_name(PiiKind::kCustomerNumber), "customer_number");
}

}  // namespace
}  // namespace rauch::text
