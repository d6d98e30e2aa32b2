#include "generate/detail/grammar.h"

#include <cstdio>

#include "core/assert.h"

namespace rauch::generate::detail {

Grammar::Grammar(std::initializer_list<std::span<const PhraseList>> sets) {
  for (const auto& set : sets) {
    for (const PhraseList& phrases : set) {
      std::size_t i = 0;
      while (i < names_.size() && names_[i] != phrases.name) {
        ++i;
      }
      if (i == names_.size()) {
        names_.push_back(phrases.name);
        sources_.push_back(phrases.entries);
      } else {
        sources_[i] = phrases.entries;
      }
    }
  }
  lists_.reserve(names_.size());
  for (const auto& entries : sources_) {
    RAUCH_ASSERT(!entries.empty(), "a phrase list is empty");
    lists_.push_back(Range{static_cast<std::uint32_t>(entries_.size()),
                           static_cast<std::uint32_t>(entries.size())});
    for (std::string_view entry : entries) {
      compile_entry(entry);
    }
  }
}

void Grammar::compile_entry(std::string_view entry) {
  const auto first = static_cast<std::uint32_t>(segments_.size());
  std::size_t pos = 0;
  while (pos < entry.size()) {
    const std::size_t open = entry.find('{', pos);
    if (open == std::string_view::npos) {
      segments_.push_back(Segment{entry.substr(pos), kNoSlot});
      break;
    }
    if (open > pos) {
      segments_.push_back(Segment{entry.substr(pos, open - pos), kNoSlot});
    }
    const std::size_t close = entry.find('}', open);
    RAUCH_ASSERT(close != std::string_view::npos, "unbalanced '{' in a phrase");
    segments_.push_back(Segment{{}, list(entry.substr(open + 1, close - open - 1))});
    pos = close + 1;
  }
  entries_.push_back(Range{first, static_cast<std::uint32_t>(segments_.size()) - first});
}

bool Grammar::has_list(std::string_view name) const {
  for (std::string_view known : names_) {
    if (known == name) {
      return true;
    }
  }
  return false;
}

ListId Grammar::list(std::string_view name) const {
  for (std::size_t i = 0; i < names_.size(); ++i) {
    if (names_[i] == name) {
      return static_cast<ListId>(i);
    }
  }
  // Word lists are code: a typo in a slot name is a bug, named here to find it fast.
  std::fprintf(stderr, "generate: unknown phrase list '%.*s'\n", static_cast<int>(name.size()),
               name.data());
  RAUCH_ASSERT(false, "a phrase slot names an unknown list");
  return kNoSlot;
}

void Grammar::render_at(ListId id, Rng& rng, std::string& out, int depth) const {
  RAUCH_ASSERT(depth < 12, "phrase lists nest too deeply (a cycle?)");
  const Range list_range = lists_[id];
  const Range entry = entries_[list_range.first + rng.below(list_range.count)];
  for (std::uint32_t i = 0; i < entry.count; ++i) {
    const Segment& segment = segments_[entry.first + i];
    if (segment.slot == kNoSlot) {
      out += segment.literal;
    } else {
      render_at(segment.slot, rng, out, depth + 1);
    }
  }
}

}  // namespace rauch::generate::detail
