#include "random_queries.h"

#include <array>
#include <cmath>
#include <string_view>
#include <vector>

namespace rauch::testing {
namespace {

using query::Field;
using query::Node;
using query::NodeKind;

constexpr std::array<std::string_view, 48> kWords = {
    "Bahn",       "bahn",        "BAHN",   "#Bahn",      "#bahnchaos",   "Bahnchaos", "Bahnhof",
    "@bahn",      "Über",        "ueber",  "uber",       "Straße",       "Strasse",   "strasse",
    "DB",         "db",          "DBA",    "DB-Störung", "Störung",      "storung",   "verspätet",
    "Verspätung", "verspaetung", "color",  "colour",     "colr",         "🔥",         "👍🏽",
    "👍",          "@velora",     "velora", "Velora",     "funktioniert", "nicht",     "kaputt",
    "ＡＣＭＥ",   "acme",        "ﬁx",     "fix",        ":)",           "3.5",       "café",
    "cafe",       "don't",       "e-bike", "Rückruf",    "rueckruf",     "x"};

constexpr std::array<std::string_view, 5> kUrls = {
    "https://velora.de/rueckruf", "https://shop.velora.de/x?y=1", "http://evilvelora.de",
    "www.bahn.de/info", "https://t.co/abc"};

template <typename T, std::size_t N>
std::string_view any_of(const std::array<T, N>& items, std::size_t index) {
  return items[index % N];
}

}  // namespace

std::string RandomQueries::word() { return std::string(kWords[pick(kWords.size())]); }

Post RandomQueries::post() {
  Post p;
  p.id = std::to_string(rng_());
  p.source = chance(0.5) ? Source::kTwitter : Source::kReddit;
  const std::size_t words = pick(25);
  for (std::size_t i = 0; i < words; ++i) {
    if (i > 0)
      p.text += chance(0.1) ? ", " : " ";
    p.text += chance(0.05) ? std::string(kUrls[pick(kUrls.size())]) : word();
  }
  if (chance(0.3)) {
    for (std::size_t i = 0, n = 1 + pick(4); i < n; ++i)
      p.title += (i ? " " : "") + word();
  }
  if (chance(0.5))
    p.url = std::string(kUrls[pick(kUrls.size())]);
  p.lang = std::string(chance(0.5) ? "de" : chance(0.5) ? "en-GB" : "");
  if (chance(0.8)) {
    p.author.id = "u" + std::to_string(pick(5));
    p.author.handle = chance(0.5) ? "Velora_Hilfe" : "bahnfan";
    if (chance(0.7))
      p.author.followers = static_cast<std::int64_t>(pick(3000));
    if (chance(0.5))
      p.author.verified = chance(0.5);
  }
  if (chance(0.5))
    p.kind = chance(0.5) ? PostKind::kReply : PostKind::kPost;
  if (chance(0.3))
    p.rating = static_cast<double>(pick(5) + 1);
  p.own = chance(0.2);
  if (chance(0.3))
    p.extra_json = chance(0.5) ? R"({"country":"DE"})" : R"({"country":"at","x":1})";
  return p;
}

query::AnalysisLabels RandomQueries::labels() {
  static constexpr std::array<std::string_view, 4> kSentiments = {"", "negative", "neutral",
                                                                  "positive"};
  static constexpr std::array<std::string_view, 4> kIntents = {"", "complaint", "question",
                                                               "praise"};
  return {kSentiments[pick(4)], kIntents[pick(4)], chance(0.2) ? "en" : ""};
}

Node RandomQueries::field() {
  Node n;
  n.kind = NodeKind::kField;
  switch (pick(13)) {
    case 0:
      n.field = Field::kLang;
      n.text = chance(0.5) ? "de" : "en";
      break;
    case 1:
      n.field = Field::kSource;
      n.text = chance(0.5) ? "twitter" : "reddit";
      break;
    case 2:
      n.field = Field::kAuthor;
      n.text = chance(0.5) ? "@velora_hilfe" : "U1";
      break;
    case 3:
      n.field = Field::kSite;
      n.text = chance(0.5) ? "velora.de" : "bahn.de";
      break;
    case 4:
      n.field = Field::kUrl;
      n.text = chance(0.5) ? "rueckruf" : "SHOP";
      break;
    case 5:
      n.field = Field::kLinks;
      n.text = chance(0.5) ? "velora" : "t.co";
      break;
    case 6:
      n.field = Field::kKind;
      n.text = chance(0.5) ? "post" : "reply";
      break;
    case 7:
      n.field = Field::kOwn;
      n.text = chance(0.5) ? "true" : "false";
      break;
    case 8:
      n.field = Field::kVerified;
      n.text = chance(0.5) ? "true" : "false";
      break;
    case 9:
      n.field = Field::kCountry;
      n.text = chance(0.5) ? "de" : "AT";
      break;
    case 10:
      n.field = chance(0.5) ? Field::kSentiment : Field::kIntent;
      n.text = n.field == Field::kSentiment ? "negative" : "complaint";
      break;
    default:
      n.field = chance(0.5) ? Field::kFollowers : Field::kRating;
      n.range.min =
          chance(0.3) ? -INFINITY : static_cast<double>(pick(n.field == Field::kRating ? 5 : 2000));
      n.range.max = chance(0.3) ? INFINITY : n.range.min + static_cast<double>(pick(2000));
      if (std::isinf(n.range.max) && std::isinf(n.range.min))
        n.range.max = 100;
      n.range.min_exclusive = chance(0.3);
      n.range.max_exclusive = chance(0.3);
  }
  return n;
}

Node RandomQueries::leaf(bool allow_field) {
  if (allow_field && chance(0.15))
    return field();
  Node n;
  n.case_sensitive = chance(0.1);
  n.title_only = chance(0.1);
  if (chance(0.25)) {
    n.kind = NodeKind::kPhrase;
    n.text = word();
    for (std::size_t i = 0, extra = 1 + pick(2); i < extra; ++i)
      n.text += " " + word();
    return n;
  }
  n.kind = NodeKind::kTerm;
  n.text = word();
  // Wildcards only on single-token words (as the language allows), cut at code points.
  std::vector<std::string> chars;
  for (std::size_t i = 0; i < n.text.size();) {
    std::size_t len = 1;
    while (i + len < n.text.size() && (static_cast<unsigned char>(n.text[i + len]) & 0xC0) == 0x80)
      ++len;
    chars.push_back(n.text.substr(i, len));
    i += len;
  }
  const bool plain = n.text.find_first_of("-'.:#@", 1) == std::string::npos && chars.size() >= 4 &&
                     static_cast<unsigned char>(n.text[0]) < 0xF0;
  if (plain && chance(0.25)) {
    const std::size_t keep = 3 + pick(chars.size() - 3);
    if (chance(0.7)) {
      chars.resize(keep);
      chars.push_back("*");
    } else {
      chars[keep == chars.size() ? keep - 1 : keep] = "?";
    }
    n.text.clear();
    for (const std::string& c : chars)
      n.text += c;
  }
  return n;
}

Node RandomQueries::near_operand(int depth) {
  if (depth > 0 && chance(0.2)) {
    Node n;
    n.kind = NodeKind::kOr;
    n.children = {leaf(false), leaf(false)};
    return n;
  }
  if (depth > 0 && chance(0.15)) {
    Node n;
    n.kind = NodeKind::kNear;
    n.distance = static_cast<std::uint32_t>(pick(4));
    n.ordered = chance(0.5);
    n.children = {near_operand(depth - 1), near_operand(depth - 1)};
    return n;
  }
  return leaf(false);
}

Node RandomQueries::query(int depth) {
  if (depth == 0 || chance(0.25))
    return leaf(true);
  Node n;
  switch (pick(4)) {
    case 0:
      n.kind = NodeKind::kAnd;
      break;
    case 1:
      n.kind = NodeKind::kOr;
      break;
    case 2:
      n.kind = NodeKind::kNot;
      n.children = {query(depth - 1)};
      return n;
    default:
      n.kind = NodeKind::kNear;
      n.distance = static_cast<std::uint32_t>(pick(6));
      n.ordered = chance(0.5);
      n.children = {near_operand(depth - 1), near_operand(depth - 1)};
      return n;
  }
  for (std::size_t i = 0, count = 2 + pick(2); i < count; ++i)
    n.children.push_back(query(depth - 1));
  return n;
}

}  // namespace rauch::testing
