#include "generate/detail/emitter.h"

#include <algorithm>
#include <numeric>

#include "core/assert.h"
#include "generate/detail/platform.h"

namespace rauch::generate::detail {

Emitter::Emitter(const std::function<void(const Post&)>& sink, GenerateSummary& summary,
                 std::vector<ScenarioStream>& streams)
    : sink_(sink), summary_(summary), streams_(streams) {}

bool Emitter::before(const Head& a, const Head& b) {
  const Post& pa = a.draft->post;
  const Post& pb = b.draft->post;
  if (pa.created_at != pb.created_at) {
    return pa.created_at < pb.created_at;
  }
  const int ra = id_prefix_rank(pa.source);
  const int rb = id_prefix_rank(pb.source);
  if (ra != rb) {
    return ra < rb;
  }
  return a.list != b.list ? a.list < b.list : a.draft->seq < b.draft->seq;
}

void Emitter::emit_until(DraftBuffer& day, Timestamp until) {
  order_.resize(day.size());
  std::iota(order_.begin(), order_.end(), 0U);
  std::sort(order_.begin(), order_.end(), [&](std::uint32_t a, std::uint32_t b) {
    return before(Head{&day[a], -1}, Head{&day[b], -1});
  });
  std::size_t next_day = 0;
  while (true) {
    Head best{nullptr, 0};
    if (next_day < order_.size() && day[order_[next_day]].post.created_at < until) {
      best = Head{&day[order_[next_day]], -1};
    }
    for (std::size_t s = 0; s < streams_.size(); ++s) {
      const ScenarioStream& stream = streams_[s];
      if (stream.next < stream.drafts.size() &&
          stream.drafts[stream.next].post.created_at < until) {
        const Head head{&stream.drafts[stream.next], static_cast<int>(s)};
        if (best.draft == nullptr || before(head, best)) {
          best = head;
        }
      }
    }
    if (best.draft == nullptr) {
      break;
    }
    if (best.list < 0) {
      Draft& draft = day[order_[next_day++]];
      emit(draft, draft.parent >= 0 ? &day[static_cast<std::size_t>(draft.parent)] : nullptr,
           nullptr);
    } else {
      ScenarioStream& stream = streams_[static_cast<std::size_t>(best.list)];
      Draft& draft = stream.drafts[stream.next++];
      const Draft* parent =
          draft.parent >= 0 ? &stream.drafts[static_cast<std::size_t>(draft.parent)] : nullptr;
      emit(draft, parent, &stream);
    }
  }
  // What is left of the day belongs to later days; its parents have been emitted.
  keep_.clear();
  for (std::size_t i = next_day; i < order_.size(); ++i) {
    Draft& draft = day[order_[i]];
    if (draft.parent >= 0) {
      resolve_parent(draft.post, day[static_cast<std::size_t>(draft.parent)].post);
      draft.parent = -1;
    }
    keep_.push_back(order_[i]);
  }
  std::sort(keep_.begin(), keep_.end());
  day.keep_only(keep_);
}

void Emitter::resolve_parent(Post& post, const Post& parent) {
  RAUCH_ASSERT(!parent.id.empty(), "a reply is emitted before the post it answers");
  post.in_reply_to = parent.id;
  post.conversation_id = parent.conversation_id.empty() ? parent.id : parent.conversation_id;
}

void Emitter::emit(Draft& draft, const Draft* parent, ScenarioStream* stream) {
  Post& post = draft.post;
  const auto source_index = static_cast<std::size_t>(post.source);
  const std::uint64_t number = ++counters_[source_index];
  post.id.clear();
  append_post_id(post.source, number, post.id);
  if (parent != nullptr) {
    resolve_parent(post, parent->post);
  }
  if (post.url.empty() && post.kind != PostKind::kDm) {
    append_post_url(post, number, post.url);
  }
  sink_(post);
  ++summary_.posts;
  if (stream != nullptr) {
    key_.assign(source_name(post.source));
    key_ += ':';
    key_ += post.id;
    summary_.events[stream->event].post_keys.push_back(key_);
  }
}

}  // namespace rauch::generate::detail
