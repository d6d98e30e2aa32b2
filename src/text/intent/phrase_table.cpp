#include "text/intent/phrase_table.h"

#include <algorithm>
#include <array>

#include "core/assert.h"
#include "text/word_forms.h"

namespace rauch::text {
namespace {

// Reserved word ids: tokens that are in no pattern, and field boundaries (which a gap must
// not skip). Interned words start after them.
constexpr std::uint32_t kUnknownId = 0;
constexpr std::uint32_t kBoundaryId = 1;
constexpr std::uint32_t kFirstWordId = 2;

// What <num> accepts besides number tokens: complaints count days and attempts in words.
constexpr std::array<std::string_view, 24> kNumberWords = {
    "zwei",  "drei",  "vier",   "funf",   "sechs", "sieben", "acht",  "neun",
    "zehn",  "zwolf", "paar",   "mehrere", "two",  "three",  "four",  "five",
    "six",   "seven", "eight",  "nine",   "ten",   "several", "few",  "couple"};

}  // namespace

LangMask lang_mask(std::string_view lang) {
  if (lang == "de") return kLangDe;
  if (lang == "en") return kLangEn;
  return kLangBoth;
}

PhraseTable::PhraseTable(std::span<const PhraseSpec> specs) : specs_(specs.begin(), specs.end()) {
  number_id_ = intern("<num>");
  mention_id_ = intern("<mention>");
  for (std::uint32_t e = 0; e < specs_.size(); ++e) {
    std::string_view rest = specs_[e].pattern;
    while (!rest.empty()) {
      const std::size_t semicolon = rest.find(';');
      add_phrase(rest.substr(0, semicolon), e);
      rest = semicolon == std::string_view::npos ? std::string_view{} : rest.substr(semicolon + 1);
    }
  }

  // Index entries by every word their first element accepts (counting sort by id).
  first_.assign(words_.size() + kFirstWordId + 1, 0);
  for (const Entry& entry : entries_) {
    const Element& head = elements_[entry.element_begin];
    for (std::uint32_t a = head.alt_begin; a < head.alt_end; ++a) ++first_[alts_[a] + 1];
  }
  for (std::size_t i = 1; i < first_.size(); ++i) first_[i] += first_[i - 1];
  starts_.resize(first_.back());
  std::vector<std::uint32_t> fill(first_.begin(), first_.end() - 1);
  for (std::uint32_t e = 0; e < entries_.size(); ++e) {
    const Element& head = elements_[entries_[e].element_begin];
    for (std::uint32_t a = head.alt_begin; a < head.alt_end; ++a) starts_[fill[alts_[a]]++] = e;
  }
  word_ids_ = StringTable<std::uint32_t>(ids_);
  ids_.clear();
  words_.clear();
}

std::uint32_t PhraseTable::intern(std::string_view folded) {
  if (auto it = ids_.find(folded); it != ids_.end()) return it->second;
  const auto id = static_cast<std::uint32_t>(words_.size() + kFirstWordId);
  words_.emplace_back(folded);
  ids_.emplace(words_.back(), id);
  return id;
}

std::uint32_t PhraseTable::lookup(std::string_view folded) const {
  const std::uint32_t* id = word_ids_.find(folded);
  return id == nullptr ? kUnknownId : *id;
}

void PhraseTable::add_phrase(std::string_view phrase, std::uint32_t spec) {
  Entry out;
  out.spec = spec;
  out.element_begin = static_cast<std::uint32_t>(elements_.size());
  bool gap = false;
  std::string_view rest = phrase;
  while (!rest.empty()) {
    const std::size_t space = rest.find(' ');
    std::string_view element = rest.substr(0, space);
    rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
    RAUCH_ASSERT(!element.empty(), "phrase pattern has a double space");
    if (element == "*") {
      RAUCH_ASSERT(elements_.size() > out.element_begin, "phrase pattern starts with a gap");
      gap = true;
      continue;
    }
    Element el;
    el.gap_before = gap;
    gap = false;
    el.alt_begin = static_cast<std::uint32_t>(alts_.size());
    while (!element.empty()) {
      const std::size_t bar = element.find('|');
      const std::string_view alt = element.substr(0, bar);
      element = bar == std::string_view::npos ? std::string_view{} : element.substr(bar + 1);
      if (alt == "<num>") {
        alts_.push_back(number_id_);
        for (std::string_view word : kNumberWords) alts_.push_back(intern(word));
      } else if (alt == "<mention>") {
        alts_.push_back(mention_id_);
      } else {
        // Folded exactly as the tokenizer folds post text, so the lists may be written
        // in natural spelling ("Verspätung", "kündigen").
        alts_.push_back(intern(fold(alt)));
      }
    }
    el.alt_end = static_cast<std::uint32_t>(alts_.size());
    RAUCH_ASSERT(el.alt_end > el.alt_begin, "phrase pattern has an empty element");
    elements_.push_back(el);
  }
  RAUCH_ASSERT(!gap, "phrase pattern ends with a gap");
  out.element_end = static_cast<std::uint32_t>(elements_.size());
  RAUCH_ASSERT(out.element_end > out.element_begin, "empty phrase pattern");
  entries_.push_back(out);
}

std::size_t PhraseTable::word_ids(const TokenizedText& tokens, std::uint32_t* ids) const {
  const std::size_t n = std::min(tokens.tokens.size(), kMaxTokens);
  for (std::size_t i = 0; i < n; ++i) {
    std::string_view folded = tokens.folded_token(i);
    switch (tokens.tokens[i].kind) {
      case TokenKind::kBoundary: ids[i] = kBoundaryId; continue;
      case TokenKind::kNumber: ids[i] = number_id_; continue;
      case TokenKind::kMention: ids[i] = mention_id_; continue;
      case TokenKind::kHashtag: folded.remove_prefix(1); break;
      case TokenKind::kWord:
      case TokenKind::kEmoji:
      case TokenKind::kEmoticon: break;
    }
    ids[i] = lookup(folded);
    if (ids[i] == kUnknownId && tokens.tokens[i].kind == TokenKind::kWord) {
      ids[i] = lookup_elongated(folded);
    }
  }
  return n;
}

// "soooo", "fuuuck", "pleeease": a word not in the table with a run of three or more equal
// ASCII letters is looked up with the runs cut to two letters, then to one. Rare, so the
// common path costs one scan of the word; no allocation (stack buffer).
std::uint32_t PhraseTable::lookup_elongated(std::string_view folded) const {
  if (!has_elongation(folded)) return kUnknownId;
  char buf[48];
  for (const std::size_t keep : {std::size_t{2}, std::size_t{1}}) {
    const std::string_view shorter = squeeze_elongation(folded, keep, buf);
    if (shorter.empty()) return kUnknownId;  // Too long to be a word of the lists.
    if (const std::uint32_t id = lookup(shorter); id != kUnknownId) return id;
  }
  return kUnknownId;
}

bool PhraseTable::accepts(const Element& element, std::uint32_t id) const {
  for (std::uint32_t a = element.alt_begin; a < element.alt_end; ++a) {
    if (alts_[a] == id) return true;
  }
  return false;
}

// Returns the end token of a match of elements [element, end) starting at `pos`, or 0.
// A gap takes the shortest skip that lets the rest match.
std::size_t PhraseTable::match_from(const Entry& entry, std::uint32_t element,
                                    const std::uint32_t* ids, std::size_t n,
                                    std::size_t pos) const {
  if (element == entry.element_end) return pos;
  const Element& el = elements_[element];
  const std::size_t max_skip = el.gap_before ? kMaxGap : 0;
  for (std::size_t skip = 0; skip <= max_skip && pos + skip < n; ++skip) {
    const std::uint32_t id = ids[pos + skip];
    if (id == kBoundaryId) return 0;
    if (id != kUnknownId && accepts(el, id)) {
      const std::size_t end = match_from(entry, element + 1, ids, n, pos + skip + 1);
      if (end != 0) return end;
    }
  }
  return 0;
}

PhraseMatch PhraseTable::longest_at(const std::uint32_t* ids, std::size_t n, std::size_t pos,
                                    LangMask lang) const {
  PhraseMatch best;
  const std::uint32_t id = ids[pos];
  if (id < kFirstWordId) return best;
  for (std::uint32_t s = first_[id]; s < first_[id + 1]; ++s) {
    const Entry& entry = entries_[starts_[s]];
    if ((specs_[entry.spec].lang & lang) == 0) continue;
    const std::size_t end = match_from(entry, entry.element_begin + 1, ids, n, pos + 1);
    if (end > best.end_token) {
      best.entry = entry.spec;
      best.first_token = static_cast<std::uint32_t>(pos);
      best.end_token = static_cast<std::uint32_t>(end);
    }
  }
  return best;
}

}  // namespace rauch::text
