#pragma once

// Hashed features of a tokenized text (the "hashing trick"): word unigrams and bigrams and
// character n-grams of words, each mapped to one of 2^bucket_bits weight rows. Hashing
// keeps the model a fixed size with no vocabulary to ship, and lets prediction enumerate
// features without allocating. The visitor is a template so the per-post path inlines.

#include <cstdint>
#include <string_view>

#include "text/tokens.h"
#include "text/word_forms.h"

namespace rauch::text::model {

// How features are drawn; stored in the model file, so a model always predicts with the
// features it was trained with.
struct FeatureConfig {
  std::uint32_t bucket_bits = 20;  // 2^bits weight rows
  std::uint8_t word_ngrams = 2;    // 1 = unigrams, 2 = + bigrams
  std::uint8_t char_min = 3;       // character n-grams of "<word>", 0 = none
  std::uint8_t char_max = 5;
  // A camel-case hashtag also counts as its words (#BahnChaos = bahn, chaos), as the rules
  // read it (text/word_forms.h). Models written before this existed have it off.
  bool hashtag_words = true;
};

namespace detail {

inline constexpr std::uint64_t kFnvOffset = 14695981039346656037ULL;
inline constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

inline std::uint64_t fnv_step(std::uint64_t h, unsigned char c) {
  return (h ^ c) * kFnvPrime;
}

inline std::uint64_t hash_string(std::string_view s, std::uint64_t seed) {
  std::uint64_t h = kFnvOffset ^ (seed * 0x9E3779B97F4A7C15ULL);
  for (char c : s)
    h = fnv_step(h, static_cast<unsigned char>(c));
  return h;
}

// A final avalanche (splitmix64), so that the low bits used as bucket are well mixed.
inline std::uint64_t finish(std::uint64_t h) {
  h ^= h >> 30;
  h *= 0xBF58476D1CE4E5B9ULL;
  h ^= h >> 27;
  h *= 0x94D049BB133111EBULL;
  return h ^ (h >> 31);
}

// The form a token contributes: mentions and numbers are collapsed (a user name or a
// price says nothing about sentiment and would only spread weight thin).
inline std::string_view feature_form(const TokenizedText& t, std::size_t i) {
  switch (t.tokens[i].kind) {
    case TokenKind::kMention:
      return "@user";
    case TokenKind::kNumber:
      return "<num>";
    case TokenKind::kBoundary:
      return {};
    default:
      return t.folded_token(i);
  }
}

// Calls visit(hash) with hash_string(word, seed) of each word of a camel-case hashtag
// (two or more words; ASCII capitals lowered, the way folding lowers them).
template <class Visit>
void visit_hashtag_words(std::string_view cased, std::uint64_t seed, Visit&& visit) {
  std::string_view parts[8];
  const std::size_t n = split_hashtag(cased, parts);
  if (n < 2)
    return;
  for (std::size_t p = 0; p < n; ++p) {
    std::uint64_t h = kFnvOffset ^ (seed * 0x9E3779B97F4A7C15ULL);
    for (char c : parts[p])
      h = fnv_step(h, static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    visit(h);
  }
}

}  // namespace detail

// Calls visit(bucket) once per feature occurrence. Does not allocate.
template <typename Visit>
void for_each_feature(const TokenizedText& text, const FeatureConfig& config, Visit&& visit) {
  const std::uint64_t mask = (std::uint64_t{1} << config.bucket_bits) - 1;
  std::uint64_t previous = 0x5EED;  // Start-of-text marker for the first bigram.
  for (std::size_t i = 0; i < text.tokens.size(); ++i) {
    std::string_view form = detail::feature_form(text, i);
    if (form.empty())
      continue;
    const std::uint64_t word = detail::hash_string(form, 1);
    visit(static_cast<std::uint32_t>(detail::finish(word) & mask));
    if (config.word_ngrams >= 2) {
      visit(static_cast<std::uint32_t>(detail::finish(previous * 31 + word + 2) & mask));
      previous = word;
    }
    // A hashtag also counts as the word it spells ("#fail" = "fail").
    if (text.tokens[i].kind == TokenKind::kHashtag && form.size() > 1) {
      form.remove_prefix(1);
      visit(static_cast<std::uint32_t>(detail::finish(detail::hash_string(form, 1)) & mask));
      if (config.hashtag_words)
        detail::visit_hashtag_words(text.cased_token(i), 1, [&](std::uint64_t part) {
          visit(static_cast<std::uint32_t>(detail::finish(part) & mask));
        });
    }
    if (config.char_min == 0 || text.tokens[i].kind != TokenKind::kWord)
      continue;
    // Character n-grams of "<form>": the virtual '<' and '>' mark word start and end.
    const std::size_t n = form.size() + 2;
    auto byte_at = [&](std::size_t k) -> unsigned char {
      if (k == 0)
        return '<';
      if (k == n - 1)
        return '>';
      return static_cast<unsigned char>(form[k - 1]);
    };
    for (std::size_t start = 0; start < n; ++start) {
      std::uint64_t h = detail::kFnvOffset ^ 3;
      for (std::size_t len = 1; len <= config.char_max && start + len <= n; ++len) {
        h = detail::fnv_step(h, byte_at(start + len - 1));
        if (len >= config.char_min)
          visit(static_cast<std::uint32_t>(detail::finish(h + len) & mask));
      }
    }
  }
}

}  // namespace rauch::text::model
