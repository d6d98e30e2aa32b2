// The tokenizer: one left-to-right pass that classifies each code point (ASCII through a
// table) and appends each token's two forms. Most tokens of a post are ASCII words, so
// the scanners notice ASCII on the way and the forms of such tokens skip utf8proc.

#include <algorithm>
#include <array>

#include "text/detail/ascii_fold.h"
#include "text/detail/char_class.h"
#include "text/detail/emoji.h"
#include "text/detail/emoticons.h"
#include "text/detail/links.h"
#include "text/detail/normalize.h"
#include "text/detail/utf8.h"
#include "text/tokens.h"

namespace rauch::text {
namespace {

using detail::CharClass;

// Output beyond which tokenize() adds nothing more. With kMaxTokenizedBytes of input
// growing at most elevenfold, the spans stay far below 2^32.
constexpr std::size_t kMaxOutputBytes = std::size_t{1} << 30;

struct Char {
  CharClass cls = CharClass::kOther;
  std::uint32_t length = 1;
};

[[gnu::noinline]] Char non_ascii_char_at(std::string_view text, std::size_t pos) {
  // Latin-1 letters (umlauts, ß, accents: 0xC3 0x80..0xBF but not × and ÷) are the most
  // common non-ASCII characters of our posts.
  if (text[pos] == '\xC3' && pos + 1 < text.size()) {
    const auto second = static_cast<unsigned char>(text[pos + 1]);
    if (second >= 0x80 && second <= 0xBF && second != 0x97 && second != 0xB7) {
      return {CharClass::kLetter, 2};
    }
  }
  const detail::Decoded d = detail::decode(text, pos);
  if (!d.valid)
    return {CharClass::kOther, 1};
  return {detail::classify(d.cp), d.length};
}

inline Char char_at(std::string_view text, std::size_t pos) {
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) [[likely]] {
    return {detail::classify_ascii(byte), 1};
  }
  return non_ascii_char_at(text, pos);
}

unsigned bit(CharClass c) { return 1u << static_cast<unsigned>(c); }

bool has(unsigned seen, CharClass c) { return (seen & bit(c)) != 0; }

// bit(class) of each ASCII word character, 0 for the others.
constexpr std::array<std::uint8_t, 128> make_ascii_word_bits() {
  std::array<std::uint8_t, 128> bits{};
  for (unsigned c = 0; c < 128; ++c) {
    const CharClass cls = detail::classify_ascii(static_cast<unsigned char>(c));
    if (detail::is_word_class(cls))
      bits[c] = static_cast<std::uint8_t>(1u << static_cast<unsigned>(cls));
  }
  return bits;
}
constexpr std::array<std::uint8_t, 128> kAsciiWordBits = make_ascii_word_bits();

bool is_number_separator(char c) { return c == '.' || c == ',' || c == ':'; }

// Writes `form` and a space at out[cursor] and advances the cursor.
void put(std::string_view form, std::string& out, std::size_t& cursor) {
  std::copy(form.begin(), form.end(), out.begin() + static_cast<std::ptrdiff_t>(cursor));
  out[cursor + form.size()] = ' ';
  cursor += form.size() + 1;
}

// The output strings are written through cursors: they are made longer than needed
// (growing by doubling, so zero-filling costs amortized O(1) per byte), tokens are
// written into them without std::string's bookkeeping per byte, and run() cuts them to
// what was written at the end. The longer strings are the capacity they keep.
class Tokenizer {
 public:
  Tokenizer(std::string_view text, TokenizedText& out)
      : text_(text), out_(out), folded_size_(out.folded.size()), cased_size_(out.cased.size()) {}

  void run() {
    // Enough for the whole text unless NFKC expands it (a token of n bytes writes at
    // most n + 1 <= 2n bytes when its forms are no longer than its source).
    make_room(out_.folded, folded_size_, 2 * text_.size() + 2);
    make_room(out_.cased, cased_size_, 2 * text_.size() + 2);
    scan();
    out_.folded.resize(folded_size_);
    out_.cased.resize(cased_size_);
  }

 private:
  static void make_room(std::string& out, std::size_t cursor, std::size_t bytes) {
    if (out.size() - cursor < bytes) [[unlikely]] {
      grow(out, cursor + bytes);
    }
  }

  [[gnu::noinline]] static void grow(std::string& out, std::size_t size) {
    out.resize(std::max(size, 2 * out.size()));
  }

  void scan() {
    std::size_t pos = 0;
    while (pos < text_.size()) {
      // Spaces and ASCII words are most of every post: branches the CPU predicts well
      // instead of the jump table of the switch.
      const auto byte = static_cast<unsigned char>(text_[pos]);
      if (byte < 0x80) {
        const CharClass cls = detail::classify_ascii(byte);
        if (cls == CharClass::kSpace) {
          after_word_ = false;
          ++pos;
          continue;
        }
        if (cls == CharClass::kLetter || cls == CharClass::kDigit) {
          pos = at_word_start(pos);
          continue;
        }
      }
      const Char c = char_at(text_, pos);
      switch (c.cls) {
        case CharClass::kIgnorable:  // Invisible: changes nothing, not even after_word_.
          pos += c.length;
          break;
        case CharClass::kLetter:
        case CharClass::kDigit:
        case CharClass::kMark:
        case CharClass::kConnector:
          pos = at_word_start(pos);
          break;
        case CharClass::kHash:
          pos = at_sigil(pos, c.length, TokenKind::kHashtag);
          break;
        case CharClass::kAt:
          pos = at_sigil(pos, c.length, TokenKind::kMention);
          break;
        case CharClass::kEmoji:
          pos = emit_other(TokenKind::kEmoji, pos, detail::emoji_end(text_, pos));
          break;
        case CharClass::kSpace:
        case CharClass::kApostrophe:
        case CharClass::kOther:
          pos = at_separator(pos, c);
          break;
      }
    }
  }

  // A word character, with nothing wordy before it (word runs are maximal).
  std::size_t at_word_start(std::size_t pos) {
    std::size_t end = 0;
    if (detail::may_start_url(text_, pos) && (end = detail::url_end(text_, pos)) != 0) {
      out_.links.push_back(
          {static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(end), out_.fields});
      after_word_ = false;
      return end;
    }
    if ((end = emoticon_end(pos)) != 0)
      return emit_other(TokenKind::kEmoticon, pos, end);
    if (detail::may_be_keycap(text_, pos) && (end = detail::keycap_end(text_, pos)) != 0) {
      return emit_other(TokenKind::kEmoji, pos, end);
    }
    end = scan_word(pos);
    after_word_ = true;
    return end;
  }

  std::size_t at_sigil(std::size_t pos, std::uint32_t length, TokenKind kind) {
    if (text_[pos] == '#' && detail::may_be_keycap(text_, pos)) {
      if (const std::size_t end = detail::keycap_end(text_, pos); end != 0) {
        // The #️⃣ keycap is dropped: '#' may only start a hashtag token.
        after_word_ = false;
        return end;
      }
    }
    if (!after_word_) {
      const std::size_t end = scan_sigil(pos, length, kind);
      if (end != 0) {
        after_word_ = true;
        return end;
      }
    }
    after_word_ = false;
    return pos + length;
  }

  std::size_t at_separator(std::size_t pos, Char c) {
    if (c.cls == CharClass::kOther) {
      std::size_t end = emoticon_end(pos);
      if (end != 0)
        return emit_other(TokenKind::kEmoticon, pos, end);
      if (text_[pos] == '*' && detail::may_be_keycap(text_, pos) &&
          (end = detail::keycap_end(text_, pos)) != 0) {
        return emit_other(TokenKind::kEmoji, pos, end);
      }
    }
    after_word_ = false;
    return pos + c.length;
  }

  std::size_t emit_other(TokenKind kind, std::size_t begin, std::size_t end) {
    emit(kind, begin, end, detail::is_ascii(text_.substr(begin, end - begin)));
    after_word_ = false;
    return end;
  }

  std::size_t skip_ignorables(std::size_t pos) const {
    while (pos < text_.size()) {
      const Char c = char_at(text_, pos);
      if (c.cls != CharClass::kIgnorable)
        break;
      pos += c.length;
    }
    return pos;
  }

  // Whether the first visible character at or after pos is a word character.
  bool word_follows(std::size_t pos) const {
    pos = skip_ignorables(pos);
    return pos < text_.size() && detail::is_word_class(char_at(text_, pos).cls);
  }

  std::size_t emoticon_end(std::size_t pos) const {
    return detail::may_start_emoticon(text_[pos]) ? checked_emoticon_end(pos) : 0;
  }

  [[gnu::noinline]] std::size_t checked_emoticon_end(std::size_t pos) const {
    const std::size_t length = detail::emoticon_at(text_, pos);
    if (length == 0)
      return 0;
    if (after_word_ && !detail::may_follow_word(text_[pos]))
      return 0;
    const std::size_t end = pos + length;
    // Not before a word character (":Punkt"), nor before '/' ("http://" has no ":/").
    if (end < text_.size() && text_[end] == '/')
      return 0;
    return word_follows(end) ? 0 : end;
  }

  std::size_t scan_word(std::size_t start);
  std::size_t digit_group_end(std::size_t pos) const;
  std::size_t scan_sigil(std::size_t start, std::uint32_t sigil_length, TokenKind kind);
  void emit(TokenKind kind, std::size_t begin, std::size_t end, bool ascii);

  std::string_view text_;
  TokenizedText& out_;
  std::size_t folded_size_;  // Bytes of out_.folded written so far.
  std::size_t cased_size_;
  bool after_word_ = false;  // The last visible character was part of a word token.
};

// Letters, marks, digits and connectors, with invisible characters skipped, an
// apostrophe between two letters, and '.', ',' or ':' between digit groups of a number.
std::size_t Tokenizer::scan_word(std::size_t start) {
  unsigned seen = 0;  // bit(class) of each class of word character seen
  CharClass last = CharClass::kOther;
  bool ascii = true;
  std::size_t pos = start;
  std::size_t end = start;
  while (pos < text_.size()) {
    // The bulk of a word: ASCII word characters.
    const std::size_t run = pos;
    while (pos < text_.size()) {
      const auto byte = static_cast<unsigned char>(text_[pos]);
      const unsigned bits = byte < 0x80 ? kAsciiWordBits[byte] : 0;
      if (bits == 0)
        break;
      seen |= bits;
      ++pos;
    }
    if (pos > run) {
      last = detail::classify_ascii(static_cast<unsigned char>(text_[pos - 1]));
      end = pos;
      if (pos == text_.size())
        break;
    }
    const Char c = char_at(text_, pos);
    ascii = ascii && static_cast<unsigned char>(text_[pos]) < 0x80;
    if (detail::is_word_class(c.cls)) {
      seen |= bit(c.cls);
      last = c.cls;
      pos += c.length;
      end = pos;
    } else if (c.cls == CharClass::kIgnorable) {
      pos += c.length;
    } else if (c.cls == CharClass::kApostrophe && has(seen, CharClass::kLetter) &&
               (last == CharClass::kLetter || last == CharClass::kMark)) {
      const std::size_t next = skip_ignorables(pos + c.length);
      if (next >= text_.size() || char_at(text_, next).cls != CharClass::kLetter)
        break;
      ascii = ascii && next == pos + 1;  // No invisible characters skipped.
      last = CharClass::kApostrophe;
      pos = next;
    } else if (is_number_separator(text_[pos]) && last == CharClass::kDigit &&
               (seen & (bit(CharClass::kLetter) | bit(CharClass::kConnector))) == 0) {
      const std::size_t group_end = digit_group_end(pos + 1);
      if (group_end == 0)
        break;
      ascii = ascii && detail::is_ascii(text_.substr(pos, group_end - pos));
      pos = end = group_end;
    } else {
      break;
    }
  }
  const bool word = has(seen, CharClass::kLetter) || has(seen, CharClass::kConnector) ||
                    !has(seen, CharClass::kDigit);
  emit(word ? TokenKind::kWord : TokenKind::kNumber, start, end, ascii);
  return end;
}

// The end of the digits after a number separator, if they continue the number: "3.5"
// but neither "3." nor "3.5kg" (that is "3" and "5kg", so a word holds no '.').
std::size_t Tokenizer::digit_group_end(std::size_t pos) const {
  std::size_t end = 0;
  pos = skip_ignorables(pos);
  while (pos < text_.size()) {
    const Char c = char_at(text_, pos);
    if (c.cls == CharClass::kDigit) {
      pos += c.length;
      end = pos;
    } else if (c.cls == CharClass::kIgnorable) {
      pos += c.length;
    } else {
      break;
    }
  }
  if (end == 0 || word_follows(end))
    return 0;
  return end;
}

// '#' or '@' and the word characters after it (no apostrophes: "@velora's" is a mention
// of velora). Returns 0, and emits nothing, when no word character follows.
std::size_t Tokenizer::scan_sigil(std::size_t start, std::uint32_t sigil_length, TokenKind kind) {
  const std::size_t body = skip_ignorables(start + sigil_length);
  bool ascii = body == start + 1;
  std::size_t pos = body;
  std::size_t end = body;
  while (pos < text_.size()) {
    const Char c = char_at(text_, pos);
    ascii = ascii && static_cast<unsigned char>(text_[pos]) < 0x80;
    if (detail::is_word_class(c.cls)) {
      pos += c.length;
      end = pos;
    } else if (c.cls == CharClass::kIgnorable) {
      pos += c.length;
    } else {
      break;
    }
  }
  if (end == body)
    return 0;
  emit(kind, start, end, ascii);
  return end;
}

// Appends both forms; `ascii` says that the source is ASCII, which the scanners learn
// for free. A token whose form would be empty (a lone combining mark folds to nothing)
// is dropped from both strings, so they keep the same tokens.
void Tokenizer::emit(TokenKind kind, std::size_t begin, std::size_t end, bool ascii) {
  const std::string_view source = text_.substr(begin, end - begin);
  const std::size_t folded_begin = folded_size_;
  const std::size_t cased_begin = cased_size_;
  const detail::Shortcut shortcut = ascii ? detail::Shortcut::kAscii : detail::shortcut_for(source);
  if (shortcut != detail::Shortcut::kNone) {
    // Forms no longer than the source, written in place.
    make_room(out_.folded, folded_size_, source.size() + 1);
    make_room(out_.cased, cased_size_, source.size() + 1);
    char* const folded = out_.folded.data() + folded_begin;
    char* const cased = out_.cased.data() + cased_begin;
    std::size_t folded_length = 0;
    std::size_t cased_length = source.size();
    if (shortcut == detail::Shortcut::kAscii) {
      folded_length = detail::write_ascii_forms(source, cased, folded);
    } else {
      cased_length = detail::write_latin1_forms(source, cased, folded, folded_length);
    }
    folded[folded_length] = ' ';
    cased[cased_length] = ' ';
    folded_size_ += folded_length + 1;
    cased_size_ += cased_length + 1;
  } else {
    std::string& form = out_.scratch.text;
    const std::size_t sigil = kind == TokenKind::kHashtag || kind == TokenKind::kMention ? 1 : 0;
    form.clear();
    detail::append_form(source, detail::Form::kFolded, out_.scratch.code_points, form);
    if (form.size() <= sigil)
      return;
    make_room(out_.folded, folded_size_, form.size() + 1);
    put(form, out_.folded, folded_size_);
    form.clear();
    detail::append_form(source, detail::Form::kCased, out_.scratch.code_points, form);
    if (form.size() <= sigil) {
      folded_size_ = folded_begin;
      return;
    }
    make_room(out_.cased, cased_size_, form.size() + 1);
    put(form, out_.cased, cased_size_);
  }
  Token& token = out_.tokens.emplace_back();
  token.kind = kind;
  token.source_begin = static_cast<std::uint32_t>(begin);
  token.source_end = static_cast<std::uint32_t>(end);
  token.folded_begin = static_cast<std::uint32_t>(folded_begin);
  token.folded_end = static_cast<std::uint32_t>(folded_size_ - 1);
  token.cased_begin = static_cast<std::uint32_t>(cased_begin);
  token.cased_end = static_cast<std::uint32_t>(cased_size_ - 1);
}

}  // namespace

void tokenize(std::string_view text, TokenizedText& out) {
  if (std::max(out.folded.size(), out.cased.size()) > kMaxOutputBytes)
    return;
  Tokenizer(text.substr(0, std::min(text.size(), kMaxTokenizedBytes)), out).run();
}

}  // namespace rauch::text
