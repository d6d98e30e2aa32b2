#pragma once

// A post on its way out: the Post itself plus what can only be resolved when it is
// emitted. Ids are handed out at emission in stream order, so that a source's ids grow
// with time like real platform ids; a reply therefore names its parent by position and
// gets the parent's id (in_reply_to, conversation_id) when it is written.

#include <cstdint>
#include <vector>

#include "core/post.h"

namespace rauch::generate::detail {

struct Draft {
  Post post;
  std::int32_t parent = -1;  // Index, in the same list, of the post this one answers.
  std::uint32_t seq = 0;     // Creation order; breaks ties between equal timestamps.
};

// Sorts by created_at (ties: source, then creation order) and rewrites parent indices.
void sort_drafts(std::vector<Draft>& drafts);

// A list of drafts whose slots are reused from day to day, so strings keep their capacity
// and the steady state does not allocate.
class DraftBuffer {
 public:
  Draft& add();
  std::size_t size() const { return size_; }
  Draft& operator[](std::size_t i) { return drafts_[i]; }
  const Draft& operator[](std::size_t i) const { return drafts_[i]; }
  // Moves the drafts at `keep` (ascending indices) to the front and drops the rest.
  void keep_only(const std::vector<std::uint32_t>& keep);

 private:
  std::vector<Draft> drafts_;
  std::size_t size_ = 0;
};

}  // namespace rauch::generate::detail
