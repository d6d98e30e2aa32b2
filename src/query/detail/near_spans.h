#pragma once

// Occurrence spans for NEAR: combining two operands' spans, and a pool of reusable span
// vectors so that evaluating NEAR does not allocate once warmed up.

#include <cstdint>
#include <deque>
#include <vector>

#include "query/detail/program.h"

namespace rauch::query::detail {

// Sorts, removes duplicates and keeps the first kMaxSpans.
void normalize_spans(std::vector<Span>& spans);

// Every pair of a left and a right span that do not overlap and have at most `distance`
// tokens between them (left first when `ordered`) yields the span covering both; `out`
// receives them normalized.
void near_spans(const std::vector<Span>& left, const std::vector<Span>& right,
                std::uint32_t distance, bool ordered, std::vector<Span>& out);

class SpanPool;

// A vector borrowed from a SpanPool, returned when the SpanList goes out of scope.
class SpanList {
 public:
  SpanList(SpanPool& pool, std::size_t index) : pool_(pool), index_(index) {}
  ~SpanList();
  SpanList(const SpanList&) = delete;
  SpanList& operator=(const SpanList&) = delete;

  std::vector<Span>& spans();

 private:
  SpanPool& pool_;
  std::size_t index_;
};

// A stack of span vectors; borrowing follows the recursion of NEAR evaluation.
class SpanPool {
 public:
  SpanList acquire();

 private:
  friend class SpanList;
  std::deque<std::vector<Span>> vectors_;  // A deque: borrowed vectors never move.
  std::size_t used_ = 0;
};

}  // namespace rauch::query::detail
