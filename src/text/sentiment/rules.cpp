#include "text/sentiment/rules.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "text/word_forms.h"

namespace rauch::text::sentiment {
namespace {

// vaderSentiment's constants.
constexpr float kBoost = 0.293f;     // B_INCR
constexpr float kCapsBoost = 0.733f;  // C_INCR
constexpr float kNegation = -0.74f;   // N_SCALAR
constexpr float kAlpha = 15.0f;       // normalization of the compound score
constexpr std::size_t kMaxForm = 64;  // longer German words are looked up folded

// One word of the window, with its lookup form (German forms are lower-cased into buf).
struct Word {
  std::string_view form;
  bool upper = false;
  bool ends_clause = false;  // a ',', ':' or sentence end follows the word
  std::uint32_t index = 0;  // token index
  std::uint64_t hash = 0;   // ValenceTable::hash(form)
  char buf[kMaxForm];
};

bool is_upper(std::string_view cased) {
  bool upper = false;
  for (std::size_t i = 0; i < cased.size(); ++i) {
    const auto c = static_cast<unsigned char>(cased[i]);
    if (c >= 'a' && c <= 'z')
      return false;
    if (c >= 'A' && c <= 'Z')
      upper = true;
    if (c == 0xC3 && i + 1 < cased.size()) {
      const auto d = static_cast<unsigned char>(cased[i + 1]);
      if (d >= 0x9F && d <= 0xBF)
        return false;  // ß and lower-case Latin-1 letters
      if (d >= 0x80 && d <= 0x9E)
        upper = true;
    }
  }
  return upper;
}

// Lower-cases ASCII and the Latin-1 capitals (Ä Ö Ü ...) of `cased` into `buf`.
std::string_view lower_into(std::string_view cased, char* buf) {
  for (std::size_t i = 0; i < cased.size(); ++i) {
    auto c = static_cast<unsigned char>(cased[i]);
    if (c >= 'A' && c <= 'Z')
      c = static_cast<unsigned char>(c + 32);
    else if (i > 0 && static_cast<unsigned char>(cased[i - 1]) == 0xC3 && c >= 0x80 &&
             c <= 0x9E && c != 0x97)
      c = static_cast<unsigned char>(c + 32);
    buf[i] = static_cast<char>(c);
  }
  return {buf, cased.size()};
}

// Whether token i takes part (VADER drops one-character words and punctuation).
bool kept(const TokenizedText& t, std::size_t i) {
  const Token& tok = t.tokens[i];
  if (tok.kind == TokenKind::kBoundary)
    return false;
  if (tok.kind == TokenKind::kWord || tok.kind == TokenKind::kNumber)
    return tok.folded_end - tok.folded_begin > 1;
  return true;
}

void make_word(const RuleSet& rules, const TokenizedText& t, std::size_t i, Word& w) {
  const Token& tok = t.tokens[i];
  std::string_view cased = t.cased_token(i);
  std::string_view folded = t.folded_token(i);
  if (tok.kind == TokenKind::kHashtag || tok.kind == TokenKind::kMention) {
    cased.remove_prefix(1);
    folded.remove_prefix(1);
  }
  w.index = static_cast<std::uint32_t>(i);
  w.upper = tok.kind == TokenKind::kWord && is_upper(cased);
  w.form = rules.german && cased.size() <= kMaxForm && tok.kind != TokenKind::kEmoji
               ? lower_into(cased, w.buf)
               : folded;
  w.hash = ValenceTable::hash(w.form);
}

// The next kept token after i, or tokens.size().
std::size_t next_kept(const TokenizedText& t, std::size_t i) {
  for (++i; i < t.tokens.size(); ++i)
    if (kept(t, i))
      return i;
  return t.tokens.size();
}

// German compounds carry the sentiment of their last part ("Verkehrschaos",
// "Wahlbetrug", "stocksauer", "bildschön"): a word missing from the lexicon takes the
// valence of its longest lexicon suffix of at least kMinHead bytes after a first part of
// at least kMinModifier bytes. A first part ending in "un" is skipped ("unsicher" is not
// "sicher"; the lexicon lists the un- words it knows). Only words of kMinCompound or more
// bytes are tried, so short words cost nothing.
constexpr std::size_t kMinHead = 5;
constexpr std::size_t kMinModifier = 3;
constexpr std::size_t kMinCompound = kMinHead + kMinModifier;

// Lexicon words that end many ordinary words and so are no compound heads:
// gemeinsam, (ver)gleichen, Steuer/Abenteuer, allgemein, aufgefallen, entspannen,
// gekleidet, Vignette, geklaute, Schweine, Aufmarsch, entschuldigen.
constexpr std::string_view kNotHeads[] = {
    "einsam", "einsame", "einsamem", "einsamen", "einsamer", "einsames", "leichen",
    "teuer", "teuere", "teuerem", "teueren", "teuerer", "teueres", "gemein", "gemeine",
    "gemeinem", "gemeinen", "gemeiner", "gemeines", "gefallen", "pannen", "leidet",
    "leiden", "nette", "laute", "lauten", "weine", "arsch", "schuldigen"};

bool not_a_head(std::string_view head) {
  for (std::string_view w : kNotHeads)
    if (head == w)
      return true;
  return false;
}

const float* compound_head(const RuleSet& rules, std::string_view form) {
  if (form.size() < kMinCompound)
    return nullptr;
  for (std::size_t at = kMinModifier; at + kMinHead <= form.size(); ++at) {
    if ((static_cast<unsigned char>(form[at]) & 0xC0) == 0x80)
      continue;  // not at a character start
    if (form[at - 2] == 'u' && form[at - 1] == 'n')
      continue;
    const std::string_view head = form.substr(at);
    std::size_t chars = 0;
    for (char c : head)
      chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (chars < kMinHead)
      break;  // later heads are shorter still
    if (const float* v = rules.valence.find(head); v != nullptr && !not_a_head(head))
      return v;
  }
  return nullptr;
}

// A camel-case hashtag not in the lexicon as a whole takes the valence of its strongest
// word: #BahnChaos is "chaos", #NeverAgain... stays neutral unless a word has valence
// (not in VADER, which reads a hashtag as one unknown word).
const float* hashtag_valence(const RuleSet& rules, std::string_view cased) {
  std::string_view parts[8];
  const std::size_t n = split_hashtag(cased, parts);
  if (n < 2)
    return nullptr;
  const float* best = nullptr;
  char buf[kMaxForm];
  for (std::size_t i = 0; i < n; ++i) {
    if (parts[i].size() < 3 || parts[i].size() > kMaxForm)
      continue;  // "i", "DB", "15": no sentiment, and short words mislead
    const float* v = rules.valence.find(lower_into(parts[i], buf));
    if (v != nullptr && (best == nullptr || std::fabs(*v) > std::fabs(*best)))
      best = v;
  }
  return best;
}

const float* valence_of(const RuleSet& rules, const TokenizedText& t, const Word& w) {
  const TokenKind kind = t.tokens[w.index].kind;
  if (kind == TokenKind::kEmoji || kind == TokenKind::kEmoticon) {
    if (const float* v = rules.symbols.find(t.folded_token(w.index)))
      return v;
  }
  if (const float* v = rules.valence.find(w.form, w.hash))
    return v;
  if (rules.german && kind == TokenKind::kWord) {
    if (const float* v = compound_head(rules, w.form))
      return v;
  }
  if (kind == TokenKind::kHashtag)
    return hashtag_valence(rules, t.cased_token(w.index));
  // Not in VADER: elongated words ("soooo gooood", "LAAAME") are looked up shortened.
  if (kind != TokenKind::kWord || !has_elongation(w.form))
    return nullptr;
  char buf[kMaxForm];
  for (const std::size_t keep : {std::size_t{2}, std::size_t{1}}) {
    const std::string_view shorter = squeeze_elongation(w.form, keep, buf);
    if (shorter.empty())
      return nullptr;
    if (const float* v = rules.valence.find(shorter))
      return v;
  }
  return nullptr;
}

bool negated(const RuleSet& rules, std::string_view form) {
  return rules.negators.contains(form) ||
         (!rules.german && form.find("n't") != std::string_view::npos);
}

bool negated(const RuleSet& rules, const Word& w) {
  return rules.negators.contains(w.form, w.hash) ||
         (!rules.german && w.form.find("n't") != std::string_view::npos);
}

float scalar_inc_dec(const RuleSet& rules, const Word& w, float valence, bool cap_diff) {
  const float* b = rules.boosters.find(w.form, w.hash);
  if (b == nullptr)
    return 0;
  float scalar = valence < 0 ? -*b : *b;
  if (w.upper && cap_diff)
    scalar += valence > 0 ? kCapsBoost : -kCapsBoost;
  return scalar;
}

bool is_any(std::string_view form, std::string_view a, std::string_view b) {
  return form == a || form == b;
}

// vaderSentiment's _negation_check for the word `back` positions before the current one.
float negation_check(const RuleSet& rules, float valence, const Word* const* prev, int back) {
  auto f = [&](int k) { return prev[k]->form; };  // k = 0 is the previous word
  if (back == 0)
    return negated(rules, f(0)) ? valence * kNegation : valence;
  if (back == 1) {
    if (f(1) == "never" && is_any(f(0), "so", "this"))
      return valence * 1.25f;
    if (f(1) == "without" && f(0) == "doubt")
      return valence;
    return negated(rules, f(1)) ? valence * kNegation : valence;
  }
  // vaderSentiment's operator precedence, kept for English: (never and so/this) or
  // (previous word so/this).
  if ((f(2) == "never" && is_any(f(1), "so", "this")) ||
      (!rules.german && is_any(f(0), "so", "this")))
    return valence * 1.25f;
  if (f(2) == "without" && (f(1) == "doubt" || f(0) == "doubt"))
    return valence;
  return negated(rules, f(2)) ? valence * kNegation : valence;
}

// A German "nicht" within two words after token i, in the same clause.
bool negated_after(const RuleSet& rules, std::string_view text, const TokenizedText& t,
                   std::size_t i) {
  std::size_t j = i;
  for (int step = 0; step < 2; ++step) {
    const std::size_t next = next_kept(t, j);
    if (next >= t.tokens.size())
      return false;
    const std::string_view between = text.substr(
        t.tokens[j].source_end, t.tokens[next].source_begin - t.tokens[j].source_end);
    if (between.find_first_of(",.;:!?") != std::string_view::npos)
      return false;
    const std::string_view f = t.folded_token(next);
    if (f == "nicht")
      return true;
    if (rules.valence.contains(f))
      return false;
    j = next;
  }
  return false;
}

// vaderSentiment's SPECIAL_CASES: phrases whose valence replaces the lexicon word's.
struct Idiom {
  std::string_view words[3];
  float valence;
};
constexpr Idiom kIdioms[] = {
    {{"the", "shit", {}}, 3.0f},     {{"the", "bomb", {}}, 3.0f},
    {{"bad", "ass", {}}, 1.5f},      {{"bus", "stop", {}}, 0.0f},
    {{"yeah", "right", {}}, -2.0f},  {{"kiss", "of", "death"}, -1.5f},
    {{"to", "die", "for"}, 3.0f},    {{"beating", "heart", {}}, 3.1f},
    {{"broken", "heart", {}}, -2.9f}};
// vaderSentiment's multi-word BOOSTER_DICT entries (all dampeners).
constexpr std::string_view kBoosterPairs[][2] = {
    {"just", "enough"}, {"kind", "of"}, {"sort", "of"}};

const Idiom* find_idiom(std::string_view a, std::string_view b, std::string_view c = {}) {
  for (const Idiom& idiom : kIdioms)
    if (idiom.words[0] == a && idiom.words[1] == b && idiom.words[2] == c)
      return &idiom;
  return nullptr;
}

bool is_booster_pair(std::string_view a, std::string_view b) {
  for (const auto& pair : kBoosterPairs)
    if (pair[0] == a && pair[1] == b)
      return true;
  return false;
}

// vaderSentiment's _special_idioms_check for the word w with the three words before it
// (prev[0] is the previous one) and up to two after it (empty when absent). Quirks kept:
// the lookups before the word stop at the first match, those after it override, and the
// two-word dampeners add B_DECR whatever the sign.
float special_idioms_check(float valence, const Word* const* prev, std::string_view w,
                           std::string_view next1, std::string_view next2) {
  const std::string_view p0 = prev[0]->form, p1 = prev[1]->form, p2 = prev[2]->form;
  const Idiom* before[] = {find_idiom(p0, w), find_idiom(p1, p0, w), find_idiom(p1, p0),
                           find_idiom(p2, p1, p0), find_idiom(p2, p1)};
  for (const Idiom* idiom : before)
    if (idiom != nullptr) {
      valence = idiom->valence;
      break;
    }
  if (!next1.empty())
    if (const Idiom* idiom = find_idiom(w, next1))
      valence = idiom->valence;
  if (!next1.empty() && !next2.empty())
    if (const Idiom* idiom = find_idiom(w, next1, next2))
      valence = idiom->valence;
  if (is_booster_pair(p2, p1))
    valence -= kBoost;
  if (is_booster_pair(p1, p0))
    valence -= kBoost;
  return valence;
}

bool is_contrast(const RuleSet& rules, std::string_view text, const TokenizedText& t,
                 const Word& w) {
  if (!rules.contrast.contains(w.form, w.hash))
    return false;
  if (w.form != "doch")
    return true;
  // "doch" contrasts only at the start of a clause ("teuer, doch gut"), not as a
  // particle ("das ist doch gut").
  const std::string_view before = text.substr(0, t.tokens[w.index].source_begin);
  const std::size_t last = before.find_last_not_of(" \t\n");
  return last == std::string_view::npos || std::strchr(",.;:!?-", before[last]) != nullptr;
}

// Whether a sentence ends between kept tokens `prev` and `next`: '.', '!', '?' or ';'
// between them, or a field boundary. Negators, boosters and idioms do not reach across a
// sentence end ("Nope. I was wrong." is not "not wrong"; "Nein. Das war gut.").
// A comma or colon between them ends a clause: a negator right before it is an interjection
// ("Nope, still clueless", "No, this is great").
enum class Break : std::uint8_t { kNone, kClause, kSentence };

Break break_between(std::string_view text, const TokenizedText& t, std::size_t prev,
                    std::size_t next) {
  for (std::size_t k = prev + 1; k < next; ++k)
    if (t.tokens[k].kind == TokenKind::kBoundary)
      return Break::kSentence;
  const std::size_t begin = std::min<std::size_t>(t.tokens[prev].source_end, text.size());
  const std::size_t end = std::min<std::size_t>(t.tokens[next].source_begin, text.size());
  Break out = Break::kNone;
  for (std::size_t b = begin; b < end; ++b) {
    if (text[b] == '.' || text[b] == '!' || text[b] == '?' || text[b] == ';')
      return Break::kSentence;
    if (text[b] == ',' || text[b] == ':')
      out = Break::kClause;
  }
  return out;
}

float punctuation_emphasis(std::uint32_t bangs, std::uint32_t questions) {
  float amplifier = static_cast<float>(std::min<std::uint32_t>(bangs, 4)) * 0.292f;
  if (questions > 1)
    amplifier += questions <= 3 ? static_cast<float>(questions) * 0.18f : 0.96f;
  return amplifier;
}

}  // namespace

RuleScore score_rules(const RuleSet& rules, std::string_view text, const TokenizedText& t) {
  // VADER's "cap differential": caps emphasise only when some, not all, words are caps.
  std::size_t words = 0, caps = 0;
  for (std::size_t i = 0; i < t.tokens.size(); ++i) {
    if (!kept(t, i))
      continue;
    ++words;
    if (is_upper(t.cased_token(i)))
      ++caps;
  }
  const bool cap_diff = caps > 0 && caps < words;

  Word ring[4];  // the current word and the three before it
  const Word* prev[3] = {};
  std::size_t seen = 0;
  std::size_t sentence_start = 0;  // `seen` at the first word of the current sentence
  std::size_t last = t.tokens.size();  // the previous kept token
  float pos_before = 0, neg_before = 0, pos_after = 0, neg_after = 0;
  bool contrast_seen = false;
  RuleScore out;
  Word next_word;
  for (std::size_t i = next_kept(t, static_cast<std::size_t>(-1)); i < t.tokens.size();
       i = next_kept(t, i)) {
    Word& w = ring[seen % 4];
    make_word(rules, t, i, w);
    w.ends_clause = false;
    if (last < t.tokens.size()) {
      const Break b = break_between(text, t, last, i);
      if (b == Break::kSentence)
        sentence_start = seen;
      if (b != Break::kNone && seen > 0)
        ring[(seen - 1) % 4].ends_clause = true;
    }
    last = i;
    for (std::size_t k = 0; k < 3; ++k)
      prev[k] = seen > k && seen - 1 - k >= sentence_start ? &ring[(seen - 1 - k) % 4] : nullptr;
    ++seen;
    if (negated(rules, w))
      ++out.negations;
    if (!contrast_seen && is_contrast(rules, text, t, w)) {
      contrast_seen = true;
      continue;
    }
    if (rules.boosters.contains(w.form, w.hash))
      continue;
    const std::size_t ni = next_kept(t, i);
    const bool has_next = ni < t.tokens.size();
    // The next word is needed only by a few rules: made on first use.
    bool next_made = false;
    auto next = [&]() -> const Word& {
      if (!next_made) {
        make_word(rules, t, ni, next_word);
        next_made = true;
      }
      return next_word;
    };
    if (w.form == "kind" && has_next && next().form == "of")
      continue;
    const float* found = valence_of(rules, t, w);
    if (found == nullptr)
      continue;
    float valence = *found;
    // "no no no": a repeated "no" is an emphatic no, not a negated one (not in VADER).
    const bool no_run = w.form == "no" && ((prev[0] && prev[0]->form == "no") ||
                                           (has_next && next().form == "no"));
    if (w.form == "no" && has_next && !no_run && rules.valence.contains(next().form) &&
        break_between(text, t, i, ni) == Break::kNone)
      valence = 0;
    // prev[k] may negate: it does not end its clause ("No, ..." is an interjection).
    auto in_clause = [&](std::size_t k) { return prev[k] && !prev[k]->ends_clause; };
    if (!no_run &&
        ((in_clause(0) && prev[0]->form == "no") || (in_clause(1) && prev[1]->form == "no") ||
         (in_clause(2) && prev[2]->form == "no" && is_any(prev[0]->form, "or", "nor"))))
      valence = *found * kNegation;
    if (w.upper && cap_diff)
      valence += valence > 0 ? kCapsBoost : -kCapsBoost;
    for (int back = 0; back < 3 && prev[back] != nullptr; ++back) {
      if (rules.valence.contains(prev[back]->form, prev[back]->hash))
        continue;
      float s = scalar_inc_dec(rules, *prev[back], valence, cap_diff);
      if (back == 1)
        s *= 0.95f;
      if (back == 2)
        s *= 0.9f;
      // A negator right before a comma is an interjection ("Nope, still clueless"); it
      // does not negate what follows. "not smart, handsome, nor funny" still negates.
      valence = prev[back]->ends_clause ? valence + s
                                        : negation_check(rules, valence + s, prev, back);
      if (back == 2 && !rules.german) {
        std::string_view next1, next2;
        if (has_next) {
          next1 = next().form;
          const std::size_t n2 = next_kept(t, ni);
          if (n2 < t.tokens.size())
            next2 = t.folded_token(n2);
        }
        valence = special_idioms_check(valence, prev, w.form, next1, next2);
      }
    }
    // vaderSentiment's _least_check.
    if (prev[0] && prev[0]->form == "least" && !rules.valence.contains("least")) {
      if (!prev[1] || !is_any(prev[1]->form, "at", "very"))
        valence *= kNegation;
    }
    if (rules.german && valence != 0 && negated_after(rules, text, t, i))
      valence *= kNegation;
    if (valence != 0)
      ++out.hits;
    const TokenKind kind = t.tokens[i].kind;
    if (kind == TokenKind::kEmoji || kind == TokenKind::kEmoticon) {
      // The symbol's own polarity: a preceding "nicht" should not turn ":(" positive here.
      out.positive_symbols += *found > 0 ? 1 : 0;
      out.negative_symbols += *found < 0 ? 1 : 0;
    }
    float* part = contrast_seen ? (valence > 0 ? &pos_after : &neg_after)
                                : (valence > 0 ? &pos_before : &neg_before);
    *part += valence;
  }
  // vaderSentiment's _but_check: before the contrast counts half, after it 1.5 times.
  const float before_weight = contrast_seen ? 0.5f : 1.0f;
  out.positive = pos_before * before_weight + pos_after * 1.5f;
  out.negative = neg_before * before_weight + neg_after * 1.5f;
  float sum = out.positive + out.negative;
  // Branch-free, so the compiler vectorizes the scan.
  for (const char c : text) {
    out.questions += static_cast<std::uint32_t>(c == '?');
    out.exclamations += static_cast<std::uint32_t>(c == '!');
  }
  const float emphasis = punctuation_emphasis(out.exclamations, out.questions);
  if (sum > 0)
    sum += emphasis;
  else if (sum < 0)
    sum -= emphasis;
  out.compound = std::clamp(sum / std::sqrt(sum * sum + kAlpha), -1.0f, 1.0f);
  return out;
}

}  // namespace rauch::text::sentiment
