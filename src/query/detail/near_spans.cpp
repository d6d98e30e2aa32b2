#include "query/detail/near_spans.h"

#include <algorithm>

#include "core/assert.h"

namespace rauch::query::detail {

void normalize_spans(std::vector<Span>& spans) {
  std::sort(spans.begin(), spans.end());
  spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
  if (spans.size() > kMaxSpans)
    spans.resize(kMaxSpans);
}

void near_spans(const std::vector<Span>& left, const std::vector<Span>& right,
                std::uint32_t distance, bool ordered, std::vector<Span>& out) {
  out.clear();
  for (const Span& a : left) {
    for (const Span& b : right) {
      // Words strictly between the two spans; overlapping spans never qualify.
      bool close = false;
      if (a.last < b.first) {
        close = b.first - a.last - 1 <= distance;
      } else if (!ordered && b.last < a.first) {
        close = a.first - b.last - 1 <= distance;
      }
      if (close)
        out.push_back(Span{std::min(a.first, b.first), std::max(a.last, b.last)});
    }
  }
  normalize_spans(out);
}

SpanList::~SpanList() {
  RAUCH_ASSERT(pool_.used_ == index_ + 1, "span lists must be released in reverse order");
  --pool_.used_;
}

std::vector<Span>& SpanList::spans() { return pool_.vectors_[index_]; }

SpanList SpanPool::acquire() {
  if (used_ == vectors_.size())
    vectors_.emplace_back();
  vectors_[used_].clear();
  return SpanList(*this, used_++);
}

}  // namespace rauch::query::detail
