#pragma once

// A table of word patterns matched on the folded tokens of a post: the shared engine of the
// intent and the insult rules (docs/text-analysis.md). Built once from constexpr word lists
// (cold path, allocates); scanning a post does not allocate and does not throw.
//
// Pattern language: phrases separated by ';' ("nie wieder;danke für nichts"), each a
// sequence of elements separated by single spaces:
//   word            a token whose folded form equals fold(word) ("Verspätung" matches
//                   "verspätung", "VERSPAETUNG", "verspatung"); a hashtag matches by its
//                   text without '#', so "#fail" matches "fail"
//   a|b|c           any of the alternatives, each one word ("nie|nicht mehr" is two
//                   elements, "nie|nicht" then "mehr"; write "nie;nicht mehr")
//   <num>           a number token ("3", "1.000") or a number word (zwei, drei, ..., ten)
//   <mention>       a mention token ("@velora_hilfe")
//   *               a gap: up to kMaxGap arbitrary tokens (never a field boundary)
// Patterns never match across a field boundary (append_boundary).

#include <cstddef>
#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/string_table.h"
#include "text/tokens.h"

namespace rauch::text {

// Which languages an entry belongs to; a post in another language gets both.
enum LangMask : std::uint8_t { kLangDe = 1, kLangEn = 2, kLangBoth = 3 };

// kLangDe for "de", kLangEn for "en", kLangBoth otherwise (unknown language: both rules).
LangMask lang_mask(std::string_view lang);

struct PhraseSpec {
  std::string_view pattern;
  std::uint8_t tag = 0;  // What the entry means to its user (intent cue kind, insult kind).
  float weight = 1;
  LangMask lang = kLangBoth;
  std::string_view canonical = {};  // Display form; empty if the match is not displayed.
};

struct PhraseMatch {
  std::uint32_t entry = 0;        // Index of the spec in the specs given to the constructor.
  std::uint32_t first_token = 0;  // Token range [first_token, end_token) of the post.
  std::uint32_t end_token = 0;
};

class PhraseTable {
 public:
  // Posts are analyzed up to this many tokens (ids of the tokens are kept on the stack).
  static constexpr std::size_t kMaxTokens = 1024;
  static constexpr std::size_t kMaxGap = 3;

  // Aborts (RAUCH_ASSERT) on a malformed pattern: the lists are constants of the program.
  explicit PhraseTable(std::span<const PhraseSpec> specs);

  const PhraseSpec& spec(std::uint32_t entry) const { return specs_[entry]; }

  // Calls on_match(const PhraseMatch&) for the leftmost-longest non-overlapping matches, in
  // token order, among the entries whose languages intersect `lang`. Thread-safe (const).
  template <class OnMatch>
  void scan(const TokenizedText& tokens, LangMask lang, OnMatch&& on_match) const {
    std::uint32_t ids[kMaxTokens];
    const std::size_t n = word_ids(tokens, ids);
    std::size_t i = 0;
    while (i < n) {
      const PhraseMatch m = longest_at(ids, n, i, lang);
      if (m.end_token == 0) {
        ++i;
        continue;
      }
      on_match(m);
      i = m.end_token;
    }
  }

 private:
  struct Element {
    std::uint32_t alt_begin = 0;  // Range in alts_ of the word ids this element accepts.
    std::uint32_t alt_end = 0;
    bool gap_before = false;
  };
  struct Entry {  // One phrase of a spec.
    std::uint32_t element_begin = 0;
    std::uint32_t element_end = 0;
    std::uint32_t spec = 0;
  };

  std::uint32_t intern(std::string_view folded);
  std::uint32_t lookup(std::string_view folded) const;
  std::uint32_t lookup_elongated(std::string_view folded) const;
  void add_phrase(std::string_view phrase, std::uint32_t spec);
  std::size_t word_ids(const TokenizedText& tokens, std::uint32_t* ids) const;
  PhraseMatch longest_at(const std::uint32_t* ids, std::size_t n, std::size_t pos,
                         LangMask lang) const;
  std::size_t match_from(const Entry& entry, std::uint32_t element, const std::uint32_t* ids,
                         std::size_t n, std::size_t pos) const;
  bool accepts(const Element& element, std::uint32_t id) const;

  std::vector<PhraseSpec> specs_;
  // While building: the interned words (a deque never moves them) and their ids.
  std::deque<std::string> words_;
  std::unordered_map<std::string_view, std::uint32_t> ids_;
  // The hot path's copy of ids_.
  StringTable<std::uint32_t> word_ids_;
  std::vector<Entry> entries_;
  std::vector<Element> elements_;
  std::vector<std::uint32_t> alts_;
  // Entries by the word ids of their first element: starts_[first_[id]..first_[id + 1]).
  std::vector<std::uint32_t> first_;
  std::vector<std::uint32_t> starts_;
  std::uint32_t number_id_ = 0;
  std::uint32_t mention_id_ = 0;
};

}  // namespace rauch::text
