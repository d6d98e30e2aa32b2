#pragma once

// The terms of a post for the new-topic signal (docs/detection.md#new-topic), read from
// the shared tokenizer's output: words (at least min_word_chars characters, not stop words,
// not pure numbers), hashtags, and bigrams of two adjacent such words. A bigram never spans
// a kBoundary token (title and body) nor any token that is not such a word.
//
// Mentions and emoji are not terms. A reply carries the @handle of the post it answers, so
// a busy thread would look like a "topic" named after whoever started it (often a private
// person, whom an incident should not name); emoji are few, shared by every topic and say
// how people feel, which the sentiment signals measure, not what they talk about.
//
// Each term is identified by a 64-bit hash of its folded bytes (a bigram: of its two words'
// hashes), so the detector never stores or compares term text on the hot path.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "detect/topic/stop_words.h"
#include "text/string_table.h"
#include "text/tokens.h"

namespace rauch::detect {

enum class TermKind : std::uint8_t { kWord, kHashtag, kBigram };

struct TermRef {
  std::uint64_t hash = 0;
  TermKind kind = TermKind::kWord;
  std::uint32_t first_token = 0;  // The display form is the cased tokens first..last,
  std::uint32_t last_token = 0;   // joined by one space.
};

struct TermRules {
  std::size_t min_word_chars = 3;
  bool bigrams = true;
};

namespace detail {

inline std::uint64_t mix64(std::uint64_t x) {  // MurmurHash3's finaliser
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  return x ^ (x >> 33);
}

// Characters (code points) of UTF-8 text: the bytes that are not continuation bytes.
inline std::size_t utf8_chars(std::string_view s) {
  std::size_t n = 0;
  for (char c : s)
    n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

inline bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9')
      return false;
  return true;
}

}  // namespace detail

// Calls emit(const TermRef&) for every term of `tokens` in order of appearance,
// repetitions included (the caller counts a term once per post). Does not allocate.
template <class Emit>
void for_each_term(const text::TokenizedText& tokens, const TermRules& rules, Emit&& emit) {
  using text::TokenKind;
  const std::string_view folded = tokens.folded;
  // The previous token when it was a term word (its hash), for bigrams.
  bool previous_word = false;
  std::uint64_t previous_hash = 0;
  for (std::size_t i = 0; i < tokens.tokens.size(); ++i) {
    const text::Token& t = tokens.tokens[i];
    const auto index = static_cast<std::uint32_t>(i);
    const bool hashtag = t.kind == TokenKind::kHashtag;
    if (t.kind != TokenKind::kWord && !hashtag) {
      previous_word = false;
      continue;
    }
    const std::string_view form = folded.substr(t.folded_begin, t.folded_end - t.folded_begin);
    const std::uint64_t h = text::StringTable<std::uint8_t>::hash(form);
    if (hashtag) {
      previous_word = false;
      // "#1" or "#a" name nothing.
      if (form.size() > 2 && detail::utf8_chars(form) >= 3 && !detail::all_digits(form.substr(1)))
        emit(TermRef{detail::mix64(h), TermKind::kHashtag, index, index});
      continue;
    }
    if (detail::utf8_chars(form) < rules.min_word_chars || detail::all_digits(form) ||
        is_topic_stop_word(form, h)) {
      previous_word = false;
      continue;
    }
    emit(TermRef{detail::mix64(h), TermKind::kWord, index, index});
    if (rules.bigrams && previous_word)
      emit(TermRef{detail::mix64(previous_hash * 0x9E3779B97F4A7C15ULL ^ h), TermKind::kBigram,
                   index - 1, index});
    previous_word = true;
    previous_hash = h;
  }
}

}  // namespace rauch::detect
