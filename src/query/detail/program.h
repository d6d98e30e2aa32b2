#pragma once

// The compiled form of a query set (Matcher::Program), shared by the compiler
// (compile_program.cpp) and the evaluator (matcher.cpp).

#include <cstdint>
#include <string>
#include <vector>

#include "query/detail/hyperscan.h"
#include "query/field_test.h"
#include "query/matcher.h"

namespace rauch::query {

// NEAR looks at the first kMaxSpans occurrences of each operand (documented), which
// bounds its cost on hostile posts that repeat one word a hundred thousand times.
inline constexpr std::size_t kMaxSpans = 1024;

namespace detail {

enum class OpKind : std::uint8_t { kLeaf, kAnd, kOr, kNot, kNear, kField, kNever };

// One node of a query's evaluation tree. Children of an op are
// Program::children[first .. first + count).
struct Op {
  OpKind kind = OpKind::kNever;
  bool title_only = false;  // kLeaf
  bool ordered = false;     // kNear
  std::uint32_t first = 0;
  std::uint32_t count = 0;
  std::uint32_t arg = 0;  // kLeaf: pattern; kNear: distance; kField: index into fields
};

struct PatternInfo {
  std::uint32_t token_count = 0;
  bool case_sensitive = false;  // Scanned against the cased text.
  bool positions = false;       // Some NEAR needs its occurrences.
  std::uint32_t position_slot = 0;
};

// A run of consecutive tokens [first, last] where a literal or a NEAR occurred.
struct Span {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  friend bool operator==(const Span&, const Span&) = default;
  friend auto operator<=>(const Span&, const Span&) = default;
};

}  // namespace detail

struct Matcher::Program {
  std::vector<std::string> ids;
  std::vector<std::uint32_t> roots;  // Per query, its root op.
  std::vector<detail::Op> ops;
  std::vector<std::uint32_t> children;
  std::vector<FieldTest> fields;
  std::vector<detail::PatternInfo> patterns;
  std::uint32_t position_slots = 0;
  bool any_case_sensitive = false;

  // Candidate selection: the queries to evaluate when pattern p occurs are
  // postings[posting_offsets[p] .. posting_offsets[p + 1]); `always` are evaluated for
  // every post.
  std::vector<std::uint32_t> posting_offsets;
  std::vector<std::uint32_t> postings;
  std::vector<std::uint32_t> always;

  detail::HyperscanDatabase database;  // Null when no query has a literal.
  std::size_t database_bytes = 0;
  std::uint64_t generation = 0;  // Distinguishes compiled sets for MatchScratch.
};

namespace detail {

// Builds the program (everything but `generation`). Errors name the query.
[[nodiscard]] Result<std::unique_ptr<Matcher::Program>> compile_program(
    std::span<const QuerySpec> queries, const CompileOptions& options);

}  // namespace detail
}  // namespace rauch::query
