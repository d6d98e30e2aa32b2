#pragma once

// Texts come from templates: "{greeting} mein {product} hat {problem}" picks one entry of
// each named list and recurses into it, so every list entry may itself hold slots.
// Templates are compiled once per stream into segments; rendering appends to a reused
// string and does not allocate once that string has grown.

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "generate/detail/random.h"

namespace rauch::generate::detail {

// A named list of phrases. Repeat an entry to give it more weight; "" is a valid entry
// (an optional slot).
struct PhraseList {
  std::string_view name;
  std::span<const std::string_view> entries;
};

using ListId = std::uint32_t;

class Grammar {
 public:
  // Later sets replace lists of the same name from earlier ones (a scenario's or a
  // language's lists override the shared ones). A slot naming no list, or an unbalanced
  // brace, is a bug in the word lists and aborts.
  explicit Grammar(std::initializer_list<std::span<const PhraseList>> sets);

  // The id of a list; aborts when it does not exist.
  ListId list(std::string_view name) const;
  bool has_list(std::string_view name) const;

  // Appends one random expansion of the list to out.
  void render(ListId list, Rng& rng, std::string& out) const { render_at(list, rng, out, 0); }

 private:
  struct Segment {
    std::string_view literal;
    ListId slot = kNoSlot;
  };
  struct Range {
    std::uint32_t first = 0;
    std::uint32_t count = 0;
  };
  static constexpr ListId kNoSlot = 0xffffffffU;

  void compile_entry(std::string_view entry);
  void render_at(ListId list, Rng& rng, std::string& out, int depth) const;

  std::vector<std::string_view> names_;
  std::vector<std::span<const std::string_view>> sources_;
  std::vector<Range> lists_;    // Per list: its entries in entries_.
  std::vector<Range> entries_;  // Per entry: its segments in segments_.
  std::vector<Segment> segments_;
};

}  // namespace rauch::generate::detail
