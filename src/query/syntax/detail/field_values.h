#pragma once

// The fields a query may name and what their values may be. Values of closed sets
// (source, kind, own, verified, sentiment, intent) and codes (lang, country) are
// case-insensitive and kept in lower case; author, site, url and links keep the text as
// written (the matcher folds it).

#include <optional>
#include <string>
#include <string_view>

#include <tl/expected.hpp>

#include "query/ast.h"

namespace rauch::query::detail {

// What a name before ':' stands for: a field, or the title: modifier.
struct FieldName {
  bool title = false;
  Field field = Field::kLang;
};

// Case-insensitive; accepts the aliases language: (lang) and authorFollowers: (followers).
std::optional<FieldName> find_field(std::string_view name);

// "lang, source, ..., title", for the unknown-field message.
std::string known_field_names();

// Followers and rating take numeric ranges (range_value.h), the others text.
bool is_range_field(Field field);

// The value to store for a text field, or what is wrong with it ("expected true or
// false, got 'yes'").
tl::expected<std::string, std::string> canonical_value(Field field, std::string_view value);

// Up to 40 code points of `text`, for quoting user input in messages.
std::string shorten(std::string_view text);

}  // namespace rauch::query::detail
