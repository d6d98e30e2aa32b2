#include <set>

#include <gtest/gtest.h>

#include "query/syntax/parser.h"
#include "query/syntax/printer.h"
#include "random_ast.h"

namespace rauch::query {
namespace {

constexpr std::uint64_t kTrees = 6000;

void collect_kinds(const Node& node, std::set<int>& kinds, std::set<int>& fields) {
  kinds.insert(static_cast<int>(node.kind));
  if (node.kind == NodeKind::kField) {
    fields.insert(static_cast<int>(node.field));
  }
  for (const Node& child : node.children) {
    collect_kinds(child, kinds, fields);
  }
}

TEST(QueryRoundtrip, ParsingThePrintOfARandomTreeGivesTheTree) {
  std::set<int> kinds;
  std::set<int> fields;
  for (std::uint64_t seed = 0; seed < kTrees; ++seed) {
    testing::RandomAst generator(seed);
    const Node tree = generator.query();
    collect_kinds(tree, kinds, fields);
    const std::string text = print(tree);
    const auto parsed = parse_syntax(text);
    ASSERT_TRUE(parsed) << "seed " << seed << ": " << text << "\n"
                        << format_syntax_error(parsed.error());
    ASSERT_EQ(*parsed, tree) << "seed " << seed << ": " << text << "\nreads back as\n"
                             << print(*parsed);
    ASSERT_EQ(print(*parsed), text) << "seed " << seed;
  }
  // The generator reaches every node kind and every field.
  EXPECT_EQ(kinds.size(), 7U);
  EXPECT_EQ(fields.size(), 14U);
}

TEST(QueryRoundtrip, TheGeneratorIsDeterministic) {
  testing::RandomAst a(42);
  testing::RandomAst b(42);
  EXPECT_EQ(print(a.query()), print(b.query()));
}

}  // namespace
}  // namespace rauch::query
