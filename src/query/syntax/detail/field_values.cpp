#include "query/syntax/detail/field_values.h"

#include <array>
#include <span>

#include <fmt/format.h>

#include "core/post.h"
#include "query/syntax/detail/utf8.h"

namespace rauch::query::detail {
namespace {

struct NamedField {
  std::string_view name;
  FieldName what;
};

constexpr std::array<NamedField, 17> kFields = {{
    {"lang", {false, Field::kLang}},
    {"source", {false, Field::kSource}},
    {"author", {false, Field::kAuthor}},
    {"site", {false, Field::kSite}},
    {"url", {false, Field::kUrl}},
    {"links", {false, Field::kLinks}},
    {"kind", {false, Field::kKind}},
    {"own", {false, Field::kOwn}},
    {"verified", {false, Field::kVerified}},
    {"country", {false, Field::kCountry}},
    {"sentiment", {false, Field::kSentiment}},
    {"intent", {false, Field::kIntent}},
    {"followers", {false, Field::kFollowers}},
    {"authorFollowers", {false, Field::kFollowers}},
    {"rating", {false, Field::kRating}},
    {"title", {true, Field::kLang}},
    {"language", {false, Field::kLang}},  // Alias; not listed in messages.
}};
constexpr std::size_t kListedFields = 16;

constexpr std::array<std::string_view, 3> kSentiments = {"negative", "neutral", "positive"};
constexpr std::array<std::string_view, 6> kIntents = {"complaint",  "question", "praise",
                                                      "suggestion", "spam",     "other"};
constexpr std::array<std::string_view, 2> kBooleans = {"true", "false"};

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    c = ascii_lower(c);
  }
  return out;
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) {
      return false;
    }
  }
  return true;
}

bool is_letters(std::string_view text, std::size_t min, std::size_t max, bool digits_too) {
  if (text.size() < min || text.size() > max) {
    return false;
  }
  for (const char c : text) {
    const bool ok = (c >= 'a' && c <= 'z') || (digits_too && c >= '0' && c <= '9');
    if (!ok) {
      return false;
    }
  }
  return true;
}

// ISO 639 codes (de, en, gsw), optionally with a region or script (pt-br, zh-hans).
bool is_language_code(std::string_view code) {
  const std::size_t dash = code.find('-');
  if (dash == std::string_view::npos) {
    return is_letters(code, 2, 3, false);
  }
  return is_letters(code.substr(0, dash), 2, 3, false) &&
         is_letters(code.substr(dash + 1), 2, 8, true);
}

tl::expected<std::string, std::string> one_of(std::string_view value,
                                              std::span<const std::string_view> names,
                                              std::string_view what) {
  const std::string folded = lower(value);
  for (const std::string_view name : names) {
    if (name == folded) {
      return folded;
    }
  }
  return tl::unexpected(fmt::format("unknown {} '{}'; known values are {}", what, shorten(value),
                                    fmt::join(names, ", ")));
}

}  // namespace

std::optional<FieldName> find_field(std::string_view name) {
  for (const NamedField& field : kFields) {
    if (equals_ignoring_case(field.name, name)) {
      return field.what;
    }
  }
  return std::nullopt;
}

std::string known_field_names() {
  std::string out;
  for (std::size_t i = 0; i < kListedFields; ++i) {
    out += i == 0 ? "" : ", ";
    out += kFields[i].name;
  }
  return out;
}

bool is_range_field(Field field) { return field == Field::kFollowers || field == Field::kRating; }

tl::expected<std::string, std::string> canonical_value(Field field, std::string_view value) {
  switch (field) {
    case Field::kLang: {
      std::string code = lower(value);
      if (!is_language_code(code)) {
        return tl::unexpected(
            fmt::format("expected a language code like de, en or pt-br, got '{}'", shorten(value)));
      }
      return code;
    }
    case Field::kCountry: {
      std::string code = lower(value);
      if (!is_letters(code, 2, 2, false)) {
        return tl::unexpected(fmt::format(
            "expected a two-letter country code like de or at, got '{}'", shorten(value)));
      }
      return code;
    }
    case Field::kSource:
      return one_of(value, all_source_names(), "source");
    case Field::kKind:
      return one_of(value, all_post_kind_names(), "kind");
    case Field::kOwn:
    case Field::kVerified:
      if (auto boolean = one_of(value, kBooleans, "value"); boolean) {
        return boolean;
      }
      return tl::unexpected(fmt::format("expected true or false, got '{}'", shorten(value)));
    case Field::kSentiment:
      return one_of(value, kSentiments, "sentiment");
    case Field::kIntent:
      return one_of(value, kIntents, "intent");
    case Field::kAuthor:
    case Field::kSite:
    case Field::kUrl:
    case Field::kLinks:
    case Field::kFollowers:
    case Field::kRating:
      break;
  }
  return std::string(value);
}

std::string shorten(std::string_view text) {
  constexpr std::size_t kMaxCodePoints = 40;
  std::size_t pos = 0;
  std::size_t count = 0;
  while (pos < text.size() && count < kMaxCodePoints) {
    pos += decode_utf8(text, pos).length;
    ++count;
  }
  if (pos >= text.size()) {
    return std::string(text);
  }
  return std::string(text.substr(0, pos)) + "...";
}

}  // namespace rauch::query::detail
