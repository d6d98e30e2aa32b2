#pragma once

// Writes drafts to the sink in stream order, merging the baseline's day buffer with the
// scenarios' pre-built posts; hands out ids at that moment, resolves replies and records
// which posts each scenario wrote.

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "generate/detail/draft.h"
#include "generate/generator.h"

namespace rauch::generate::detail {

// The posts of one scenario, sorted (sort_drafts), and the event they belong to.
struct ScenarioStream {
  std::vector<Draft> drafts;
  std::size_t next = 0;
  std::size_t event = 0;  // Index into GenerateSummary::events.
};

class Emitter {
 public:
  Emitter(const std::function<void(const Post&)>& sink, GenerateSummary& summary,
          std::vector<ScenarioStream>& streams);

  // Emits every draft of `day` and of the scenario streams created before `until`, in
  // (created_at, id) order. Baseline drafts at or after `until` stay in `day` (moved to
  // its front) for the next call; scenario drafts stay in their streams.
  void emit_until(DraftBuffer& day, Timestamp until);

 private:
  struct Head {
    const Draft* draft;
    int list;  // -1 = baseline, else the stream index.
  };
  static bool before(const Head& a, const Head& b);

  void emit(Draft& draft, const Draft* parent, ScenarioStream* stream);
  void resolve_parent(Post& post, const Post& parent);

  const std::function<void(const Post&)>& sink_;
  GenerateSummary& summary_;
  std::vector<ScenarioStream>& streams_;
  std::array<std::uint64_t, 14> counters_{};  // Last id number handed out, per source.
  std::vector<std::uint32_t> order_;
  std::vector<std::uint32_t> keep_;
  std::string key_;
};

}  // namespace rauch::generate::detail
