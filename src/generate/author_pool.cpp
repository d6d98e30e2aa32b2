#include "generate/detail/author_pool.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include "generate/detail/author_names.h"

namespace rauch::generate::detail {
namespace {

struct CastMember {
  std::string_view id, handle, name;
  std::int64_t followers;
  bool verified;
  Lang lang;
  Source home;
  std::string_view domain;
};

PoolAuthor from_cast(const CastMember& m) {
  PoolAuthor a;
  a.author = Author{std::string(m.id), std::string(m.handle), std::string(m.name), m.followers,
                    m.verified};
  a.lang = m.lang;
  a.home = m.home;
  a.domain = m.domain;
  a.other_lang_share = 0.05;
  return a;
}

constexpr auto kDe = Lang::kDe;
constexpr auto kEn = Lang::kEn;

constexpr CastMember kOwn[] = {
    {"velora", "Velora", "Velora", 85400, true, kDe, Source::kTwitter, "velora.de"},
    {"velora_hilfe", "Velora_Hilfe", "Velora Hilfe", 12300, true, kDe, Source::kTwitter,
     "hilfe.velora.de"},
    {"velora_news", "VeloraNews", "Velora Newsroom", 6800, false, kDe, Source::kTwitter,
     "velora.de"},
};
constexpr CastMember kGrantler = {"u-grantler", "Grantler_Gerd",  "Gerd G.", 230, false,
                                  kDe,          Source::kTwitter, ""};
constexpr CastMember kAdvocates[] = {
    {"u-radelanna", "RadelAnna", "Anna radelt 🚲", 2300, false, kDe, Source::kInstagram, ""},
    {"u-ebikejonas", "eBikeJonas", "Jonas", 870, false, kDe, Source::kTwitter, ""},
    {"u-pendlerpaula", "PendlerPaula", "Paula pendelt", 4100, false, kDe, Source::kMastodon, ""},
    {"u-commutechris", "CommuteChris", "Chris (he/him)", 1500, false, kEn, Source::kX, ""},
    {"u-velofankai", "VeloFanKai", "Kai", 640, false, kDe, Source::kFacebook, ""},
};
constexpr CastMember kInfluencers[] = {
    {"u-techtobi", "TechTobi", "Tobi | Tech & Bikes", 412000, true, kDe, Source::kYoutube, ""},
    {"u-greencommute", "GreenCommuteUK", "Green Commute UK", 186000, true, kEn, Source::kX, ""},
    {"u-mobilitaetsmia", "MobilitaetsMia", "Mia Mobil", 128000, true, kDe, Source::kInstagram, ""},
    {"u-radrebell", "RadRebell", "Rad-Rebell", 54000, false, kDe, Source::kTwitter, ""},
};
constexpr CastMember kNewsDe[] = {
    {"n-tagesblick", "tagesblick", "Tagesblick", 310000, true, kDe, Source::kNews, "tagesblick.de"},
    {"n-radmagazin", "radmagazin", "Radmagazin", 48000, false, kDe, Source::kNews, "radmagazin.de"},
    {"n-mobilitaetsreport", "mobilitaetsreport", "Mobilitätsreport", 21000, false, kDe,
     Source::kNews, "mobilitaetsreport.de"},
    {"n-wirtschaftsecho", "wirtschaftsecho", "Wirtschaftsecho", 150000, true, kDe, Source::kNews,
     "wirtschaftsecho.de"},
    {"n-stadtkurier", "stadtkurier", "Stadtkurier Berlin", 64000, false, kDe, Source::kNews,
     "stadtkurier-berlin.de"},
};
constexpr CastMember kNewsEn[] = {
    {"n-cycleworld", "cycleworld", "CycleWorld Weekly", 92000, true, kEn, Source::kNews,
     "cycleworld-weekly.com"},
    {"n-greenmobility", "greenmobility", "Green Mobility Review", 37000, false, kEn, Source::kNews,
     "greenmobility-review.co.uk"},
    {"n-eurobiz", "eurobiz", "EuroBiz Daily", 205000, true, kEn, Source::kNews,
     "eurobiz-daily.com"},
};
constexpr CastMember kBlogs[] = {
    {"b-pedelecpapa", "pedelecpapa", "Pedelec-Papa", 3100, false, kDe, Source::kBlog,
     "pedelec-papa.de"},
    {"b-urbanrider", "urbanrider", "Urban Rider", 5200, false, kEn, Source::kBlog,
     "urbanrider.blog"},
    {"b-zweiradliebe", "zweiradliebe", "Zweiradliebe", 1900, false, kDe, Source::kBlog,
     "zweiradliebe.de"},
    {"b-commutecyclist", "commutecyclist", "The Commute Cyclist", 2700, false, kEn, Source::kBlog,
     "thecommutecyclist.com"},
};

// Handles are ASCII: umlauts become ae/oe/ue, other letters lose their accents.
void append_ascii(std::string_view text, std::string& out) {
  static constexpr std::pair<std::string_view, std::string_view> kFold[] = {
      {"ä", "ae"}, {"ö", "oe"}, {"ü", "ue"}, {"Ä", "Ae"}, {"Ö", "Oe"}, {"Ü", "Ue"},
      {"ß", "ss"}, {"ş", "s"},  {"ğ", "g"},  {"ı", "i"},  {"'", ""}};
  for (std::size_t i = 0; i < text.size();) {
    bool folded = false;
    for (const auto& [from, to] : kFold) {
      if (text.substr(i, from.size()) == from) {
        out += to;
        i += from.size();
        folded = true;
        break;
      }
    }
    if (!folded) {
      out += text[i++];
    }
  }
}

Source draw_home(Rng& rng) {
  static constexpr std::pair<Source, int> kHomes[] = {
      {Source::kTwitter, 20},  {Source::kX, 18},       {Source::kInstagram, 16},
      {Source::kFacebook, 14}, {Source::kMastodon, 7}, {Source::kBluesky, 5},
      {Source::kReddit, 8},    {Source::kYoutube, 6},  {Source::kForum, 6}};
  auto roll = static_cast<int>(rng.below(100));
  for (const auto& [source, weight] : kHomes) {
    if (roll < weight) {
      return source;
    }
    roll -= weight;
  }
  return Source::kTwitter;
}

std::string make_handle(std::string_view first, std::string_view last, Rng& rng) {
  std::string handle;
  const std::string_view word = rng.pick(handle_words());
  switch (rng.below(6)) {
    case 0:
      append_ascii(first, handle);
      append_ascii(last, handle);
      break;
    case 1:
      append_ascii(first, handle);
      handle += '_';
      append_ascii(last, handle);
      std::transform(handle.begin(), handle.end(), handle.begin(),
                     [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
      break;
    case 2:
      append_ascii(first, handle);
      handle += std::to_string(rng.between(60, 99) + (rng.chance(0.4) ? 1900 : 0));
      break;
    case 3:
      handle += word;
      handle += '_';
      append_ascii(first, handle);
      break;
    case 4:
      append_ascii(first, handle);
      handle += word;
      break;
    default:
      append_ascii(first, handle);
      handle.resize(1);  // The initial, after folding, so no UTF-8 sequence is cut.
      append_ascii(last, handle);
      handle += std::to_string(rng.between(1, 99));
  }
  return handle;
}

}  // namespace

AuthorPool::AuthorPool(std::uint64_t seed) {
  Rng rng(derive_seed(seed, 0xa07u));
  ordinary_.reserve(kOrdinaryAuthors + std::size(kInfluencers));
  cumulative_.reserve(ordinary_.capacity());
  std::set<std::string> handles;  // Ordered: uniqueness checks must not depend on hashing.
  double total = 0.0;
  for (std::size_t i = 0; i < kOrdinaryAuthors; ++i) {
    PoolAuthor author = make_ordinary(i, rng);
    while (!handles.insert(author.author.handle).second) {
      author.author.handle += std::to_string(rng.between(0, 9));
    }
    // Pareto-like activity: most people mention the brand once in a while, a few daily.
    total += std::min(60.0, std::pow(1.0 - rng.uniform(), -0.9));
    ordinary_.push_back(std::move(author));
    cumulative_.push_back(total);
  }
  for (const CastMember& member : kInfluencers) {
    total += 4.0;
    ordinary_.push_back(from_cast(member));
    cumulative_.push_back(total);
  }
  add_fixed_cast();
}

void AuthorPool::add_fixed_cast() {
  for (const CastMember& member : kOwn) {
    own_.push_back(from_cast(member));
  }
  grantler_ = from_cast(kGrantler);
  grantler_.other_lang_share = 0.0;
  for (const CastMember& member : kAdvocates) {
    advocates_.push_back(from_cast(member));
  }
  for (const CastMember& member : kInfluencers) {
    influencers_.push_back(from_cast(member));
  }
  for (const CastMember& member : kNewsDe) {
    news_de_.push_back(from_cast(member));
  }
  for (const CastMember& member : kNewsEn) {
    news_en_.push_back(from_cast(member));
  }
  for (const CastMember& member : kBlogs) {
    blogs_.push_back(from_cast(member));
  }
}

PoolAuthor AuthorPool::make_ordinary(std::size_t number, Rng& rng) const {
  PoolAuthor a;
  a.lang = rng.chance(0.6) ? Lang::kDe : Lang::kEn;
  a.other_lang_share = rng.chance(0.12) ? 0.3 : 0.02;
  const NameLists names = a.lang == Lang::kDe ? german_names() : english_names();
  const std::string_view first = rng.pick(names.first);
  const std::string_view last = rng.pick(names.last);
  a.author.id = "u-" + std::to_string(100001 + number);
  a.author.handle = make_handle(first, last, rng);
  const auto style = rng.below(20);
  if (style < 12) {
    a.author.name = std::string(first) + " " + std::string(last);
  } else if (style < 15) {
    a.author.name = std::string(first) + " " + std::string(last.substr(0, 1)) + ".";
  } else if (style < 18) {
    a.author.name = std::string(first);
  } else {
    a.author.name = std::string(first) + (a.lang == Lang::kDe ? " 🚲" : " 🌍");
  }
  // Log-normal followers: median about 100, most under 500, a long tail.
  double followers = rng.lognormal(4.6, 1.35);
  if (rng.chance(0.005)) {
    followers = 10000.0 + rng.uniform() * 90000.0;  // Micro-influencers.
  }
  a.author.followers = static_cast<std::int64_t>(followers);
  const bool verified = (followers > 50000.0 && rng.chance(0.4)) ||
                        (followers > 10000.0 && rng.chance(0.08)) || rng.chance(0.003);
  a.author.verified = verified;
  a.home = draw_home(rng);
  return a;
}

const PoolAuthor& AuthorPool::draw(Rng& rng) const {
  const double target = rng.uniform() * cumulative_.back();
  const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), target);
  const auto index = static_cast<std::size_t>(it - cumulative_.begin());
  return ordinary_[std::min(index, ordinary_.size() - 1)];
}

const PoolAuthor& AuthorPool::draw_in(Lang lang, Rng& rng) const {
  for (int attempt = 0; attempt < 32; ++attempt) {
    const PoolAuthor& author = draw(rng);
    if (author.lang == lang) {
      return author;
    }
  }
  return draw(rng);
}

}  // namespace rauch::generate::detail
