#include "text/word_forms.h"

namespace rauch::text {
namespace {

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return is_lower(c) || is_upper(c); }

// Whether a new word starts at i (0 < i < tag.size()).
bool starts_word(std::string_view tag, std::size_t i) {
  const char prev = tag[i - 1], c = tag[i];
  if (is_upper(c) && is_lower(prev))
    return true;  // bahnChaos
  if (is_digit(c) != is_digit(prev) && (is_digit(c) || is_digit(prev)) &&
      (is_ascii_letter(c) || is_ascii_letter(prev)))
    return true;  // iPhone15, 15Pro
  // DBNavigator: the last capital of a run starts the next word when a lower follows.
  return is_upper(prev) && is_upper(c) && i + 1 < tag.size() && is_lower(tag[i + 1]);
}

}  // namespace

std::size_t split_hashtag(std::string_view tag, std::span<std::string_view> parts) {
  if (!tag.empty() && tag.front() == '#')
    tag.remove_prefix(1);
  std::size_t count = 0;
  std::size_t begin = 0;
  for (std::size_t i = 1; i <= tag.size() && count < parts.size(); ++i) {
    if (i == tag.size() || starts_word(tag, i)) {
      if (tag[begin] != '_')
        parts[count++] = tag.substr(begin, i - begin);
      begin = i;
    }
  }
  return count;
}

bool has_elongation(std::string_view form) {
  for (std::size_t i = 2; i < form.size(); ++i) {
    if (is_ascii_letter(form[i]) && form[i] == form[i - 1] && form[i] == form[i - 2])
      return true;
  }
  return false;
}

std::string_view squeeze_elongation(std::string_view form, std::size_t keep, std::span<char> buf) {
  if (form.size() > buf.size())
    return {};
  std::size_t n = 0, run = 0;
  bool squeezed = false;
  for (std::size_t i = 0; i < form.size(); ++i) {
    run = i > 0 && form[i] == form[i - 1] ? run + 1 : 1;
    if (run > keep && is_ascii_letter(form[i])) {
      squeezed = squeezed || run >= 3;
      continue;
    }
    buf[n++] = form[i];
  }
  return squeezed ? std::string_view(buf.data(), n) : std::string_view();
}

}  // namespace rauch::text
