#pragma once

// The Matcher: a compiled, immutable query set. All literals of all queries form one
// Hyperscan database; per post, the scan marks which literals occur, and only the
// queries that contain one of their "required" literals (the rarest set of literals a
// query cannot match without, chosen at compile time as Lucene Monitor does) are
// evaluated, over that hit set. NOT and the field filters are evaluated after the scan,
// so NOT applies to the whole post. Semantics: docs/query-language.md.
//
// Thread safety: a Matcher is immutable and shared between threads; each thread passes
// its own MatchScratch. The hot path (match) does not allocate once the scratch has
// grown, does not throw and does not log.

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "query/ast.h"
#include "query/document.h"
#include "query/token_frequencies.h"

namespace rauch::query {

struct QuerySpec {
  std::string id;
  Node root;
};

struct CompileOptions {
  Limits limits;
  // How common words are in the posts to be matched, to pick the rarest required
  // literals. Without it, longer literals count as rarer.
  const TokenFrequencies* frequencies = nullptr;
};

struct MatcherStats {
  std::size_t queries = 0;
  std::size_t patterns = 0;          // Distinct literals in the Hyperscan database.
  std::size_t always_evaluated = 0;  // Queries without a required literal (fields only).
  std::size_t database_bytes = 0;    // Size of the Hyperscan database.
  std::size_t program_bytes = 0;     // Everything else the matcher holds.
};

class MatchScratch;

class Matcher {
 public:
  // Compiles the query set. kInvalidArgument names the query that cannot be compiled;
  // kInternal when Hyperscan fails.
  [[nodiscard]] static Result<std::shared_ptr<const Matcher>> compile(
      std::span<const QuerySpec> queries, const CompileOptions& options = {});

  ~Matcher();
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

  // Appends to `matched` the indices (into the compiled query set, ascending) of the
  // queries that match the document. `scratch` must not be used by another thread at the
  // same time; it adapts itself to whichever Matcher it is passed to.
  void match(const Document& document, MatchScratch& scratch,
             std::vector<std::uint32_t>& matched) const;

  std::size_t size() const;
  const std::string& id(std::uint32_t query_index) const;
  MatcherStats stats() const;

  struct Program;  // The compiled form; matcher.cpp and its detail/ files use it.

 private:
  explicit Matcher(std::unique_ptr<Program> program);
  std::unique_ptr<Program> program_;
};

// Per-thread working memory of match(): the Hyperscan scratch and the hit set.
class MatchScratch {
 public:
  MatchScratch();
  ~MatchScratch();
  MatchScratch(const MatchScratch&) = delete;
  MatchScratch& operator=(const MatchScratch&) = delete;

  struct State;

 private:
  friend class Matcher;
  std::unique_ptr<State> state_;
};

}  // namespace rauch::query
