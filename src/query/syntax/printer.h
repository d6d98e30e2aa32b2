#pragma once

// Writes a query tree back as text, in the one canonical form of the language: explicit
// AND, upper-case operators, ONEAR/n for ordered proximity, lower-case field names,
// ranges as >n, >=n, <n, <=n or [a TO b], and brackets only where precedence needs them
// (plus around an AND inside an OR, so the text never mixes them without brackets).
//
// For every tree the parser can return, parse(print(tree)) == tree. Trees built by hand
// that break the parser's invariants (query/ast.h, docs/query-language.md "Canonical
// form") print as something, but not necessarily as text that parses back to them.

#include <string>

#include "query/ast.h"

namespace rauch::query {

std::string print(const Node& node);

}  // namespace rauch::query
