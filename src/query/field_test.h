#pragma once

// Field filters (lang:, source:, author:, site:, followers:>N, ...) compiled once per
// query and tested against a Document. Their meaning is documented in
// docs/query-language.md, "Fields"; tests/reference has an independent implementation.

#include <string>

#include "core/error.h"
#include "query/ast.h"
#include "query/document.h"

namespace rauch::query {

struct FieldTest {
  Field field = Field::kLang;
  std::string value;  // Prepared for comparison: ASCII lower case, no leading '@'.
  bool flag = false;  // own:, verified:
  Range range;        // followers:, rating:
};

// kInvalidArgument when the node's value cannot be tested (the parser validates values,
// so this only happens for trees built by hand).
[[nodiscard]] Result<FieldTest> compile_field(const Node& field_node);

// Whether the document passes the filter. Does not allocate.
bool passes(const FieldTest& test, const Document& document);

// The host of a URL as written ("https://user@Shop.Velora.de:8080/x" -> "Shop.Velora.de"),
// without a trailing dot; "" when it has none.
std::string_view url_host(std::string_view url);

}  // namespace rauch::query
