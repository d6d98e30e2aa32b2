#include "text/sentiment/lexicons.h"

#include <charconv>
#include <span>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "text/sentiment/embedded_data.h"

namespace rauch::text::sentiment {
namespace {

using Entries = std::vector<std::pair<std::string, float>>;

constexpr float kBoost = 0.293f;

// vaderSentiment's BOOSTER_DICT (single words; its phrases cannot be one token).
constexpr std::string_view kEnglishIncrease[] = {
    "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably",
    "decidedly", "deeply", "effing", "enormous", "enormously", "entirely", "especially",
    "exceptional", "exceptionally", "extreme", "extremely", "fabulously", "flipping",
    "flippin", "frackin", "fracking", "freakin", "freaking", "freakingly", "fricking", "frickin",
    "frigging", "friggin", "fully",
    "fuckin", "fucking", "fuggin", "fugging", "greatly", "hella", "highly", "hugely",
    "incredible", "incredibly", "intensely", "major", "majorly", "more", "most",
    "particularly", "purely", "quite", "really", "remarkably", "so", "substantially",
    "thoroughly", "total", "totally", "tremendous", "tremendously", "uber", "unbelievably",
    "unusually", "utter", "utterly", "very"};
constexpr std::string_view kEnglishDecrease[] = {
    "almost", "barely", "hardly", "kinda", "kindof", "kind-of", "less", "little",
    "marginal", "marginally", "occasional", "occasionally", "partly", "scarce", "scarcely",
    "slight", "slightly", "somewhat", "sorta", "sortof", "sort-of"};
// vaderSentiment's NEGATE list ("n't" anywhere in a word also negates).
constexpr std::string_view kEnglishNegators[] = {
    "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "dont",
    "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither", "neednt", "never",
    "none", "nope", "nor", "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt",
    "uhuh", "wasnt", "werent", "without", "wont", "wouldnt", "rarely", "seldom", "despite",
    "uh-uh"};

// German function words, lower case with umlauts (the lookup form of rules.h).
constexpr std::string_view kGermanIncrease[] = {
    "sehr", "total", "totaal", "mega", "extrem", "echt", "wirklich", "absolut", "voll",
    "richtig", "besonders", "höchst", "äußerst", "unglaublich", "so", "ganz", "völlig",
    "komplett", "wahnsinnig", "irre", "krass", "tierisch", "übelst", "ultra",
    "hyper", "zutiefst", "enorm", "derbe", "ziemlich", "viel", "zu", "sowas", "dermaßen",
    "unfassbar", "unheimlich", "extremst"};
constexpr std::string_view kGermanDecrease[] = {
    "kaum", "etwas", "bisschen", "bißchen", "wenig", "leicht", "eher", "halbwegs",
    "einigermaßen", "teilweise", "fast", "relativ", "mäßig", "etwa", "recht"};
constexpr std::string_view kGermanNegators[] = {
    "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals",
    "nichts", "ohne", "weder", "nirgends", "niemand", "nimmer", "net", "nich", "nix"};
constexpr std::string_view kGermanContrast[] = {"aber", "jedoch", "doch", "allerdings",
                                                "trotzdem", "dennoch"};

void add_all(Entries& out, std::span<const std::string_view> words, float value) {
  for (std::string_view w : words)
    out.emplace_back(std::string(w), value);
}

bool parse_float(std::string_view s, float& out) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

// Calls f(line_number, fields) for each non-empty, non-comment line.
template <typename F>
Result<void> for_each_row(std::string_view file, std::string_view name, F&& f) {
  std::size_t number = 0;
  while (!file.empty()) {
    const std::size_t eol = file.find('\n');
    std::string_view line = file.substr(0, eol);
    file.remove_prefix(eol == std::string_view::npos ? file.size() : eol + 1);
    ++number;
    if (!line.empty() && line.back() == '\r')
      line.remove_suffix(1);
    if (line.empty() || line.front() == '#')
      continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0)
      return make_error(ErrorCode::kInvalidArgument,
                        fmt::format("{}:{}: expected key<TAB>value", name, number));
    std::string_view rest = line.substr(tab + 1);
    if (!f(line.substr(0, tab), rest.substr(0, rest.find('\t'))))
      return make_error(ErrorCode::kInvalidArgument,
                        fmt::format("{}:{}: bad value", name, number));
  }
  return {};
}

Result<Entries> read_vader(std::string_view file) {
  Entries out;
  auto ok = for_each_row(file, "vader_lexicon.txt", [&](std::string_view key, std::string_view v) {
    float value = 0;
    if (!parse_float(v, value))
      return false;
    out.emplace_back(fold(key), value);
    return true;
  });
  if (!ok)
    return tl::unexpected(ok.error());
  return out;
}

// Emoji valence = the sum of the VADER valences of the words of its description, which
// is what VADER computes when it replaces an emoji by its description.
Result<Entries> read_emoji(std::string_view file, const ValenceTable& vader) {
  Entries out;
  auto ok = for_each_row(file, "vader_emoji_lexicon.txt",
                         [&](std::string_view emoji, std::string_view description) {
                           float sum = 0;
                           std::string word;
                           for (std::size_t i = 0; i <= description.size(); ++i) {
                             const char c = i < description.size() ? description[i] : ' ';
                             if (c == ' ' || c == ':' || c == ',') {
                               if (word.size() > 1)
                                 if (const float* v = vader.find(word))
                                   sum += *v;
                               word.clear();
                             } else {
                               word += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
                             }
                           }
                           if (sum != 0)
                             out.emplace_back(fold(emoji), sum);
                           return true;
                         });
  if (!ok)
    return tl::unexpected(ok.error());
  // Skin-tone variants fold to their base emoji; the base (listed first) wins.
  Entries unique;
  std::unordered_set<std::string> seen;
  for (auto& e : out)
    if (seen.insert(e.first).second)
      unique.push_back(std::move(e));
  return unique;
}

// key<TAB>valence rows with valences in [-4, 4]; `fold_keys` folds the keys (emoji).
Result<Entries> read_valences(std::string_view file, std::string_view name, bool fold_keys) {
  Entries out;
  auto ok = for_each_row(file, name, [&](std::string_view key, std::string_view v) {
    float value = 0;
    if (!parse_float(v, value) || value < -4 || value > 4)
      return false;
    out.emplace_back(fold_keys ? fold(key) : std::string(key), value);
    return true;
  });
  if (!ok)
    return tl::unexpected(ok.error());
  return out;
}

// Emoji plus the VADER entries that are emoticons (contain no letter-only spelling); the
// hand-written emoji valences come last and so replace derived ones.
Result<ValenceTable> make_symbols(const Entries& vader, std::string_view emoji_file,
                                  std::string_view emoji_valence) {
  const ValenceTable vader_table(vader);
  auto emoji = read_emoji(emoji_file, vader_table);
  if (!emoji)
    return tl::unexpected(emoji.error());
  auto own = read_valences(emoji_valence, "emoji_valence.tsv", true);
  if (!own)
    return tl::unexpected(own.error());
  Entries symbols;
  for (const auto& [key, value] : vader) {
    const bool punct = key.find_first_of(":;=()<>[]{}/\\|*^-") != std::string::npos;
    if (punct || key == "xd" || key == "xp")
      symbols.emplace_back(key, value);
  }
  for (auto& e : *emoji)
    symbols.push_back(std::move(e));
  for (auto& e : *own)
    symbols.push_back(std::move(e));
  return ValenceTable(symbols);
}

}  // namespace

Result<RuleSet> make_english_rules(std::string_view vader_lexicon, std::string_view vader_emoji,
                                   std::string_view emoji_valence) {
  auto vader = read_vader(vader_lexicon);
  if (!vader)
    return tl::unexpected(vader.error());
  auto symbols = make_symbols(*vader, vader_emoji, emoji_valence);
  if (!symbols)
    return tl::unexpected(symbols.error());
  RuleSet rules;
  rules.valence = ValenceTable(*vader);
  rules.symbols = std::move(*symbols);
  Entries boosters, negators;
  add_all(boosters, kEnglishIncrease, kBoost);
  add_all(boosters, kEnglishDecrease, -kBoost);
  add_all(negators, kEnglishNegators, 1);
  rules.boosters = ValenceTable(boosters);
  rules.negators = ValenceTable(negators);
  rules.contrast = ValenceTable(Entries{{"but", 1.0f}});
  return rules;
}

Result<RuleSet> make_german_rules(std::string_view german_lexicon, std::string_view vader_lexicon,
                                  std::string_view vader_emoji, std::string_view emoji_valence) {
  auto vader = read_vader(vader_lexicon);
  if (!vader)
    return tl::unexpected(vader.error());
  auto symbols = make_symbols(*vader, vader_emoji, emoji_valence);
  if (!symbols)
    return tl::unexpected(symbols.error());
  auto words = read_valences(german_lexicon, "de_sentiment.tsv", false);
  if (!words)
    return tl::unexpected(words.error());
  RuleSet rules;
  rules.german = true;
  rules.valence = ValenceTable(*words);
  rules.symbols = std::move(*symbols);
  Entries boosters, negators, contrast;
  add_all(boosters, kGermanIncrease, kBoost);
  add_all(boosters, kGermanDecrease, -kBoost);
  add_all(negators, kGermanNegators, 1);
  add_all(contrast, kGermanContrast, 1);
  rules.boosters = ValenceTable(boosters);
  rules.negators = ValenceTable(negators);
  rules.contrast = ValenceTable(contrast);
  return rules;
}

Result<RuleSet> embedded_english_rules() {
  return make_english_rules(detail::embedded_vader_lexicon(), detail::embedded_vader_emoji(),
                            detail::embedded_emoji_valence());
}

Result<RuleSet> embedded_german_rules() {
  return make_german_rules(detail::embedded_german_lexicon(), detail::embedded_vader_lexicon(),
                           detail::embedded_vader_emoji(), detail::embedded_emoji_valence());
}

}  // namespace rauch::text::sentiment
