#include "generate/detail/draft.h"

#include <algorithm>
#include <numeric>

#include "generate/detail/platform.h"

namespace rauch::generate::detail {

void sort_drafts(std::vector<Draft>& drafts) {
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    drafts[i].seq = static_cast<std::uint32_t>(i);
  }
  std::vector<std::uint32_t> order(drafts.size());
  std::iota(order.begin(), order.end(), 0U);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const Post& pa = drafts[a].post;
    const Post& pb = drafts[b].post;
    if (pa.created_at != pb.created_at) {
      return pa.created_at < pb.created_at;
    }
    const int ra = id_prefix_rank(pa.source);
    const int rb = id_prefix_rank(pb.source);
    return ra != rb ? ra < rb : a < b;
  });
  std::vector<std::int32_t> new_index(drafts.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    new_index[order[i]] = static_cast<std::int32_t>(i);
  }
  std::vector<Draft> sorted;
  sorted.reserve(drafts.size());
  for (std::uint32_t old : order) {
    sorted.push_back(std::move(drafts[old]));
    Draft& d = sorted.back();
    d.seq = static_cast<std::uint32_t>(sorted.size() - 1);
    if (d.parent >= 0) {
      d.parent = new_index[static_cast<std::size_t>(d.parent)];
    }
  }
  drafts = std::move(sorted);
}

Draft& DraftBuffer::add() {
  if (size_ == drafts_.size()) {
    drafts_.emplace_back();
  } else {
    drafts_[size_].post.clear();
    drafts_[size_].parent = -1;
  }
  Draft& d = drafts_[size_];
  d.seq = static_cast<std::uint32_t>(size_);
  ++size_;
  return d;
}

void DraftBuffer::keep_only(const std::vector<std::uint32_t>& keep) {
  std::size_t out = 0;
  for (std::uint32_t index : keep) {
    if (index != out) {
      std::swap(drafts_[out], drafts_[index]);
    }
    drafts_[out].seq = static_cast<std::uint32_t>(out);
    ++out;
  }
  size_ = out;
}

}  // namespace rauch::generate::detail
