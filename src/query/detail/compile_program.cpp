// Compiles queries into a Matcher::Program: evaluation ops, one Hyperscan pattern per
// distinct literal, and the required-literal postings that decide which queries a post
// has to be evaluated against.

#include <algorithm>
#include <unordered_map>

#include "query/detail/program.h"
#include "query/literal.h"
#include "text/tokens.h"

namespace rauch::query::detail {
namespace {

// The literals a query cannot match without: when `known`, the query can only match a
// post in which at least one of `patterns` occurs (an empty set: it never matches).
struct Required {
  bool known = false;
  double cost = 0;  // Expected occurrences; lower means the query is evaluated less often.
  std::vector<std::uint32_t> patterns;
};

class ProgramBuilder {
 public:
  ProgramBuilder(Matcher::Program& program, const CompileOptions& options)
      : program_(program), options_(options) {}

  Result<std::uint32_t> add(const Node& node, bool in_near) {
    switch (node.kind) {
      case NodeKind::kTerm:
      case NodeKind::kPhrase:
        return add_leaf(node, in_near);
      case NodeKind::kField: {
        if (in_near)
          return fail("a field cannot be an operand of NEAR");
        auto test = compile_field(node);
        if (!test)
          return tl::unexpected(test.error());
        program_.fields.push_back(std::move(*test));
        return push(Op{.kind = OpKind::kField,
                       .arg = static_cast<std::uint32_t>(program_.fields.size() - 1)});
      }
      case NodeKind::kAnd:
      case NodeKind::kOr:
      case NodeKind::kNot:
      case NodeKind::kNear:
        return add_operator(node, in_near);
    }
    return fail("unknown node kind");
  }

  Required required(std::uint32_t op_index) const {
    const Op& op = program_.ops[op_index];
    switch (op.kind) {
      case OpKind::kLeaf:
        return Required{true, pattern_costs_[op.arg], {op.arg}};
      case OpKind::kNever:
        return Required{true, 0, {}};
      case OpKind::kAnd:
      case OpKind::kNear: {
        Required best;
        for (std::uint32_t i = 0; i < op.count; ++i) {
          Required child = required(program_.children[op.first + i]);
          if (child.known && (!best.known || child.cost < best.cost))
            best = std::move(child);
        }
        return best;
      }
      case OpKind::kOr: {
        Required all{true, 0, {}};
        for (std::uint32_t i = 0; i < op.count; ++i) {
          Required child = required(program_.children[op.first + i]);
          if (!child.known)
            return Required{};
          all.cost += child.cost;
          all.patterns.insert(all.patterns.end(), child.patterns.begin(), child.patterns.end());
        }
        return all;
      }
      case OpKind::kNot:
      case OpKind::kField:
        return Required{};
    }
    return Required{};
  }

  std::vector<PatternSource>& sources() { return sources_; }

 private:
  static tl::unexpected<Error> fail(std::string message) {
    return make_error(ErrorCode::kInvalidArgument, std::move(message));
  }

  std::uint32_t push(Op op) {
    program_.ops.push_back(op);
    return static_cast<std::uint32_t>(program_.ops.size() - 1);
  }

  Result<std::uint32_t> add_leaf(const Node& node, bool in_near) {
    auto literal = literal_of(node);
    if (!literal)
      return tl::unexpected(literal.error());
    if (literal->tokens.empty())
      return push(Op{.kind = OpKind::kNever});
    const std::uint32_t pattern = intern(*literal);
    if (in_near && !program_.patterns[pattern].positions) {
      program_.patterns[pattern].positions = true;
      program_.patterns[pattern].position_slot = program_.position_slots++;
    }
    return push(Op{.kind = OpKind::kLeaf, .title_only = node.title_only, .arg = pattern});
  }

  Result<std::uint32_t> add_operator(const Node& node, bool in_near) {
    const bool near = node.kind == NodeKind::kNear;
    if (in_near && node.kind != NodeKind::kOr && !near) {
      return fail("NEAR operands must be terms, phrases, OR-groups of those, or NEAR");
    }
    const std::size_t expected = near ? 2 : node.kind == NodeKind::kNot ? 1 : 0;
    if ((expected != 0 && node.children.size() != expected) ||
        (expected == 0 && node.children.empty())) {
      return fail("operator with a wrong number of operands");
    }
    std::vector<std::uint32_t> child_ops;
    for (const Node& child : node.children) {
      auto op = add(child, in_near || near);
      if (!op)
        return op;
      child_ops.push_back(*op);
    }
    Op op;
    op.kind = node.kind == NodeKind::kAnd  ? OpKind::kAnd
              : node.kind == NodeKind::kOr ? OpKind::kOr
              : near                       ? OpKind::kNear
                                           : OpKind::kNot;
    op.ordered = node.ordered;
    op.arg = node.distance;
    op.first = static_cast<std::uint32_t>(program_.children.size());
    op.count = static_cast<std::uint32_t>(child_ops.size());
    program_.children.insert(program_.children.end(), child_ops.begin(), child_ops.end());
    return push(op);
  }

  std::uint32_t intern(const Literal& literal) {
    const std::vector<Expression> expressions = hyperscan_expressions(literal);
    std::string key = literal.case_sensitive ? "C" : "F";
    for (const Expression& expression : expressions)
      key += expression.pattern + '\n';
    const auto id = static_cast<std::uint32_t>(program_.patterns.size());
    const auto [it, inserted] = index_.try_emplace(std::move(key), id);
    if (!inserted)
      return it->second;
    for (const Expression& expression : expressions) {
      sources_.push_back(
          PatternSource{expression.pattern, expression.utf8 ? HS_FLAG_UTF8 : 0u, id});
    }
    PatternInfo info;
    info.token_count = static_cast<std::uint32_t>(literal.tokens.size());
    info.case_sensitive = literal.case_sensitive;
    program_.any_case_sensitive = program_.any_case_sensitive || literal.case_sensitive;
    program_.patterns.push_back(info);
    pattern_costs_.push_back(cost(literal));
    return id;
  }

  // Expected occurrences of the literal: those of its rarest token. Without frequencies,
  // longer tokens count as rarer (Lucene Monitor's default term weighting).
  double cost(const Literal& literal) const {
    double best = 0;
    bool first = true;
    for (const TokenPattern& token : literal.tokens) {
      const std::string folded = literal.case_sensitive ? text::fold(token.text) : token.text;
      const std::size_t wildcard = folded.find_first_of("*?");
      const std::string_view prefix = std::string_view(folded).substr(0, wildcard);
      const double length_hint = 1.0 / (1.0 + static_cast<double>(prefix.size()));
      double estimate = length_hint;
      if (options_.frequencies != nullptr) {
        const TokenFrequencies& f = *options_.frequencies;
        const std::string hashtag = "#" + std::string(prefix);
        double count = token.glob ? static_cast<double>(f.count_prefix(prefix))
                                  : static_cast<double>(f.count(prefix));
        if (token.matches_hashtag) {
          count += token.glob ? static_cast<double>(f.count_prefix(hashtag))
                              : static_cast<double>(f.count(hashtag));
        }
        estimate += count;
      } else if (token.glob) {
        estimate *= 4;
      }
      if (first || estimate < best)
        best = estimate;
      first = false;
    }
    return best;
  }

  Matcher::Program& program_;
  const CompileOptions& options_;
  std::unordered_map<std::string, std::uint32_t> index_;
  std::vector<PatternSource> sources_;
  std::vector<double> pattern_costs_;
};

void build_postings(Matcher::Program& program, const std::vector<Required>& required) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> entries;  // (pattern, query)
  for (std::uint32_t q = 0; q < required.size(); ++q) {
    if (!required[q].known) {
      program.always.push_back(q);
      continue;
    }
    for (std::uint32_t pattern : required[q].patterns)
      entries.emplace_back(pattern, q);
  }
  std::sort(entries.begin(), entries.end());
  entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
  program.posting_offsets.assign(program.patterns.size() + 1, 0);
  for (const auto& entry : entries)
    ++program.posting_offsets[entry.first + 1];
  for (std::size_t p = 0; p < program.patterns.size(); ++p) {
    program.posting_offsets[p + 1] += program.posting_offsets[p];
  }
  program.postings.reserve(entries.size());
  for (const auto& entry : entries)
    program.postings.push_back(entry.second);
}

}  // namespace

Result<std::unique_ptr<Matcher::Program>> compile_program(std::span<const QuerySpec> queries,
                                                          const CompileOptions& options) {
  if (queries.size() > options.limits.max_queries) {
    return make_error(ErrorCode::kInvalidArgument,
                      "too many queries: " + std::to_string(queries.size()) + " (limit " +
                          std::to_string(options.limits.max_queries) + ")");
  }
  auto program = std::make_unique<Matcher::Program>();
  ProgramBuilder builder(*program, options);
  std::vector<Required> required;
  required.reserve(queries.size());
  for (const QuerySpec& query : queries) {
    auto root = builder.add(query.root, false);
    if (!root) {
      return make_error(ErrorCode::kInvalidArgument,
                        "query " + query.id + ": " + root.error().message());
    }
    program->ids.push_back(query.id);
    program->roots.push_back(*root);
    required.push_back(builder.required(*root));
  }
  build_postings(*program, required);
  if (!builder.sources().empty()) {
    for (PatternSource& source : builder.sources()) {
      // One report per pattern and post is all the hit set needs, unless NEAR wants
      // every occurrence, or the pattern is case-sensitive (its first report may come
      // from the folded text, which it ignores).
      const PatternInfo& info = program->patterns[source.id];
      if (!info.positions && !info.case_sensitive)
        source.flags |= HS_FLAG_SINGLEMATCH;
    }
    auto database = compile_database(builder.sources());
    if (!database)
      return tl::unexpected(database.error());
    program->database = std::move(*database);
    hs_database_size(program->database.get(), &program->database_bytes);
  }
  return program;
}

}  // namespace rauch::query::detail
