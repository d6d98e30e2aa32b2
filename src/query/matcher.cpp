#include "query/matcher.h"

#include <algorithm>
#include <atomic>

#include "core/assert.h"
#include "query/detail/near_spans.h"
#include "query/detail/program.h"

namespace rauch::query {

using detail::Op;
using detail::OpKind;
using detail::Span;

struct MatchScratch::State {
  detail::HyperscanScratch hyperscan;
  std::uint64_t generation = 0;  // Program the arrays below are sized for.

  std::uint32_t epoch = 0;  // Bumped per post; stale stamps mean "not this post".
  std::vector<std::uint32_t> pattern_epoch;
  std::vector<std::uint8_t> pattern_in_title;
  std::vector<std::uint32_t> hit_patterns;
  std::vector<std::uint32_t> query_epoch;
  std::vector<std::uint32_t> candidates;
  std::vector<std::uint32_t> slot_epoch;
  std::vector<std::vector<Span>> occurrences;  // Per position slot.
  std::vector<std::uint32_t> token_at;         // Byte offset in the scanned text -> its token.
  detail::SpanPool spans;

  void fit(const Matcher::Program& program) {
    if (generation == program.generation)
      return;
    if (program.database) {
      auto fitted = detail::fit_scratch(*program.database, hyperscan);
      RAUCH_ASSERT(fitted.has_value(), "cannot allocate Hyperscan scratch");
    }
    pattern_epoch.assign(program.patterns.size(), 0);
    pattern_in_title.assign(program.patterns.size(), 0);
    hit_patterns.clear();
    hit_patterns.reserve(program.patterns.size());
    query_epoch.assign(program.ids.size(), 0);
    candidates.clear();
    candidates.reserve(program.ids.size());
    slot_epoch.assign(program.position_slots, 0);
    occurrences.resize(program.position_slots);
    epoch = 0;
    generation = program.generation;
  }

  void next_post() {
    if (++epoch == 0) {  // Wrapped: forget every stamp, once in four billion posts.
      std::fill(pattern_epoch.begin(), pattern_epoch.end(), 0);
      std::fill(query_epoch.begin(), query_epoch.end(), 0);
      std::fill(slot_epoch.begin(), slot_epoch.end(), 0);
      epoch = 1;
    }
    hit_patterns.clear();
    candidates.clear();
  }
};

MatchScratch::MatchScratch() : state_(std::make_unique<State>()) {}
MatchScratch::~MatchScratch() = default;

namespace {

struct ScanContext {
  const Matcher::Program* program;
  MatchScratch::State* state;
  std::uint32_t title_end;
  bool cased;
};

int on_hyperscan_match(unsigned int id, unsigned long long /*from*/, unsigned long long to,
                       unsigned int /*flags*/, void* context) {
  auto& scan = *static_cast<ScanContext*>(context);
  const detail::PatternInfo& pattern = scan.program->patterns[id];
  if (pattern.case_sensitive != scan.cased)
    return 0;
  MatchScratch::State& state = *scan.state;
  // A match ends with the space after its last token, or inside it (prefix wildcards).
  const std::uint32_t last = state.token_at[static_cast<std::size_t>(to - 1)];
  if (state.pattern_epoch[id] != state.epoch) {
    state.pattern_epoch[id] = state.epoch;
    state.pattern_in_title[id] = last < scan.title_end;  // Title tokens come first.
    state.hit_patterns.push_back(id);
  }
  if (pattern.positions) {
    std::vector<Span>& spans = state.occurrences[pattern.position_slot];
    if (state.slot_epoch[pattern.position_slot] != state.epoch) {
      state.slot_epoch[pattern.position_slot] = state.epoch;
      spans.clear();
    }
    if (spans.size() < kMaxSpans)
      spans.push_back(Span{last + 1 - pattern.token_count, last});
  }
  return 0;
}

class Evaluator {
 public:
  Evaluator(const Matcher::Program& program, MatchScratch::State& state, const Document& document)
      : program_(program), state_(state), document_(document) {}

  bool evaluate(std::uint32_t op_index) {
    const Op& op = program_.ops[op_index];
    switch (op.kind) {
      case OpKind::kLeaf:
        return state_.pattern_epoch[op.arg] == state_.epoch &&
               (!op.title_only || state_.pattern_in_title[op.arg] != 0);
      case OpKind::kAnd:
        for (std::uint32_t i = 0; i < op.count; ++i) {
          if (!evaluate(program_.children[op.first + i]))
            return false;
        }
        return true;
      case OpKind::kOr:
        for (std::uint32_t i = 0; i < op.count; ++i) {
          if (evaluate(program_.children[op.first + i]))
            return true;
        }
        return false;
      case OpKind::kNot:
        return !evaluate(program_.children[op.first]);
      case OpKind::kField:
        return passes(program_.fields[op.arg], document_);
      case OpKind::kNear:
        return near_matches(op_index);
      case OpKind::kNever:
        return false;
    }
    return false;
  }

 private:
  bool near_matches(std::uint32_t op_index) {
    detail::SpanList result = state_.spans.acquire();
    collect(op_index, result.spans());
    return !result.spans().empty();
  }

  // The occurrences of a NEAR operand, sorted, without duplicates, at most kMaxSpans.
  void collect(std::uint32_t op_index, std::vector<Span>& out) {
    const Op& op = program_.ops[op_index];
    out.clear();
    switch (op.kind) {
      case OpKind::kLeaf: {
        const detail::PatternInfo& pattern = program_.patterns[op.arg];
        if (state_.pattern_epoch[op.arg] != state_.epoch)
          return;
        for (const Span& span : state_.occurrences[pattern.position_slot]) {
          if (!op.title_only || span.last < document_.title_end())
            out.push_back(span);
        }
        return;
      }
      case OpKind::kOr: {
        detail::SpanList child = state_.spans.acquire();
        for (std::uint32_t i = 0; i < op.count; ++i) {
          collect(program_.children[op.first + i], child.spans());
          out.insert(out.end(), child.spans().begin(), child.spans().end());
        }
        detail::normalize_spans(out);
        return;
      }
      case OpKind::kNear: {
        detail::SpanList left = state_.spans.acquire();
        detail::SpanList right = state_.spans.acquire();
        collect(program_.children[op.first], left.spans());
        if (left.spans().empty())
          return;
        collect(program_.children[op.first + 1], right.spans());
        detail::near_spans(left.spans(), right.spans(), op.arg, op.ordered, out);
        return;
      }
      default:
        RAUCH_ASSERT(false, "NEAR operand of an unexpected kind");
    }
  }

  const Matcher::Program& program_;
  MatchScratch::State& state_;
  const Document& document_;
};

std::uint64_t next_generation() {
  // Only identity matters: a scratch compares the generation of the program it was
  // sized for with the one it is given.
  static std::atomic<std::uint64_t> counter{0};
  return ++counter;
}

// Maps every byte of a token, and the space after it, to the token's index.
void index_tokens(const text::TokenizedText& tokens, bool cased,
                  std::vector<std::uint32_t>& token_at) {
  const std::string& buffer = cased ? tokens.cased : tokens.folded;
  if (token_at.size() < buffer.size())
    token_at.resize(buffer.size());
  for (std::uint32_t i = 0; i < tokens.tokens.size(); ++i) {
    const text::Token& token = tokens.tokens[i];
    const std::uint32_t begin = cased ? token.cased_begin : token.folded_begin;
    const std::uint32_t end = cased ? token.cased_end : token.folded_end;
    std::fill(token_at.begin() + begin, token_at.begin() + end + 1, i);
  }
}

}  // namespace

Matcher::Matcher(std::unique_ptr<Program> program) : program_(std::move(program)) {}
Matcher::~Matcher() = default;

Result<std::shared_ptr<const Matcher>> Matcher::compile(std::span<const QuerySpec> queries,
                                                        const CompileOptions& options) {
  auto program = detail::compile_program(queries, options);
  if (!program)
    return tl::unexpected(program.error());
  (*program)->generation = next_generation();
  return std::shared_ptr<const Matcher>(new Matcher(std::move(*program)));
}

void Matcher::match(const Document& document, MatchScratch& scratch,
                    std::vector<std::uint32_t>& matched) const {
  const Program& program = *program_;
  MatchScratch::State& state = *scratch.state_;
  state.fit(program);
  state.next_post();

  if (program.database) {
    const text::TokenizedText& tokens = document.tokens();
    ScanContext context{&program, &state, document.title_end(), false};
    index_tokens(tokens, false, state.token_at);
    hs_scan(program.database.get(), tokens.folded.data(),
            static_cast<unsigned>(tokens.folded.size()), 0, state.hyperscan.get(),
            on_hyperscan_match, &context);
    if (program.any_case_sensitive) {
      context.cased = true;
      index_tokens(tokens, true, state.token_at);
      hs_scan(program.database.get(), tokens.cased.data(),
              static_cast<unsigned>(tokens.cased.size()), 0, state.hyperscan.get(),
              on_hyperscan_match, &context);
    }
  }

  for (std::uint32_t pattern : state.hit_patterns) {
    for (std::uint32_t i = program.posting_offsets[pattern];
         i < program.posting_offsets[pattern + 1]; ++i) {
      const std::uint32_t query = program.postings[i];
      if (state.query_epoch[query] == state.epoch)
        continue;
      state.query_epoch[query] = state.epoch;
      state.candidates.push_back(query);
    }
  }
  state.candidates.insert(state.candidates.end(), program.always.begin(), program.always.end());
  std::sort(state.candidates.begin(), state.candidates.end());

  Evaluator evaluator(program, state, document);
  for (std::uint32_t query : state.candidates) {
    if (evaluator.evaluate(program.roots[query]))
      matched.push_back(query);
  }
}

std::size_t Matcher::size() const { return program_->ids.size(); }

const std::string& Matcher::id(std::uint32_t query_index) const {
  return program_->ids[query_index];
}

MatcherStats Matcher::stats() const {
  const Program& p = *program_;
  MatcherStats stats;
  stats.queries = p.ids.size();
  stats.patterns = p.patterns.size();
  stats.always_evaluated = p.always.size();
  stats.database_bytes = p.database_bytes;
  std::size_t bytes =
      sizeof(Program) + p.ops.capacity() * sizeof(Op) + p.children.capacity() * 4 +
      p.roots.capacity() * 4 + p.fields.capacity() * sizeof(FieldTest) +
      p.patterns.capacity() * sizeof(detail::PatternInfo) +
      (p.posting_offsets.capacity() + p.postings.capacity() + p.always.capacity()) * 4;
  for (const std::string& id : p.ids)
    bytes += sizeof(std::string) + id.capacity();
  for (const FieldTest& field : p.fields)
    bytes += field.value.capacity();
  stats.program_bytes = bytes;
  return stats;
}

}  // namespace rauch::query
