#include "generate/detail/text_noise.h"

namespace rauch::generate::detail {
namespace {

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_letter(char c) { return is_lower(c) || is_upper(c); }

bool is_trailing_punct(char c) { return c == ',' || c == '.' || c == '!' || c == '?'; }

// Finds a plain ASCII word of at least `min_len` letters in a token at or after a random
// position: [begin, end), or begin == end when there is none. A token qualifies when it
// is letters followed only by punctuation, which rules out #tags, @handles, URLs, emoji.
std::pair<std::size_t, std::size_t> find_plain_word(const std::string& text, Rng& rng,
                                                    std::size_t min_len) {
  if (text.empty()) {
    return {0, 0};
  }
  std::size_t start = rng.index(text.size());
  if (start > 0) {
    start = text.find(' ', start);
    start = start == std::string::npos ? text.size() : start + 1;
  }
  while (start < text.size()) {
    std::size_t token_end = text.find(' ', start);
    if (token_end == std::string::npos) {
      token_end = text.size();
    }
    std::size_t end = start;
    while (end < token_end && is_letter(text[end])) {
      ++end;
    }
    std::size_t rest = end;
    while (rest < token_end && is_trailing_punct(text[rest])) {
      ++rest;
    }
    if (end - start >= min_len && rest == token_end) {
      return {start, end};
    }
    start = token_end + 1;
  }
  return {0, 0};
}

void add_typo(std::string& text, Rng& rng) {
  const auto [begin, end] = find_plain_word(text, rng, 4);
  if (begin == end) {
    return;
  }
  const std::size_t at = begin + 1 + rng.index(end - begin - 2);
  switch (rng.below(3)) {
    case 0:
      std::swap(text[at], text[at + 1]);
      break;
    case 1:
      text.erase(at, 1);
      break;
    default:
      text.insert(at, 1, text[at]);
  }
}

void elongate(std::string& text, Rng& rng) {
  if (rng.chance(0.5)) {
    text += rng.chance(0.5) ? "!!!" : "!!";
    return;
  }
  const auto [begin, end] = find_plain_word(text, rng, 2);
  if (begin == end) {
    return;
  }
  text.insert(end - 1, static_cast<std::size_t>(rng.between(2, 4)), text[end - 1]);
}

void change_case(std::string& text, bool upper) {
  // Inside URLs the case matters (paths, ids): leave every token with "://" alone.
  std::size_t token_start = 0;
  bool in_url = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ') {
      token_start = i + 1;
      in_url = false;
      continue;
    }
    if (i == token_start) {
      in_url = text.compare(i, 4, "http") == 0;
    }
    if (in_url) {
      continue;
    }
    // German umlauts are two bytes in UTF-8 (0xC3 then a byte 0x20 apart between the cases).
    if (text[i] == '\xc3' && i + 1 < text.size()) {
      const auto next = static_cast<unsigned char>(text[i + 1]);
      if (upper && (next == 0xa4 || next == 0xb6 || next == 0xbc)) {
        text[i + 1] = static_cast<char>(next - 0x20);
      } else if (!upper && (next == 0x84 || next == 0x96 || next == 0x9c)) {
        text[i + 1] = static_cast<char>(next + 0x20);
      }
      ++i;
      continue;
    }
    if (upper && is_lower(text[i])) {
      text[i] = static_cast<char>(text[i] - 'a' + 'A');
    } else if (!upper && is_upper(text[i])) {
      text[i] = static_cast<char>(text[i] - 'A' + 'a');
    }
  }
}

}  // namespace

void tidy_text(std::string& text) {
  std::size_t out = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' && (out == 0 || text[out - 1] == ' ')) {
      continue;
    }
    if ((c == '.' || c == ',' || c == '!' || c == '?') && out > 0 && text[out - 1] == ' ' &&
        (i + 1 == text.size() || text[i + 1] == ' ')) {
      --out;  // "wait ." left by an empty slot.
    }
    text[out++] = c;
  }
  while (out > 0 && text[out - 1] == ' ') {
    --out;
  }
  text.resize(out);
}

void add_noise(std::string& text, Rng& rng, const NoiseLevel& level) {
  if (rng.chance(level.typo)) {
    add_typo(text, rng);
  }
  if (rng.chance(level.elongate)) {
    elongate(text, rng);
  }
  if (rng.chance(level.shout)) {
    change_case(text, true);
  } else if (rng.chance(level.lower)) {
    change_case(text, false);
  }
}

}  // namespace rauch::generate::detail
