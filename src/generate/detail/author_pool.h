#pragma once

// The people and accounts of the demo world: a seeded pool of a few thousand ordinary
// authors with heavy-tailed follower counts and activity, plus the fixed cast every test
// relies on (the brand's own accounts, competitors, advocates, influencers, the chronic
// complainer, news outlets and blogs). Built once per stream; ids and handles are stable
// for a seed.

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "core/post.h"
#include "generate/detail/random.h"

namespace rauch::generate::detail {

enum class Lang : std::uint8_t { kDe, kEn };

inline std::string_view lang_code(Lang lang) { return lang == Lang::kDe ? "de" : "en"; }

struct PoolAuthor {
  Author author;
  Lang lang = Lang::kDe;
  double other_lang_share = 0.0;   // How often this author writes in the other language.
  Source home = Source::kTwitter;  // Where this author usually posts.
  std::string_view domain;         // Outlets and blogs: their web site.
};

class AuthorPool {
 public:
  // The size of the ordinary pool.
  static constexpr std::size_t kOrdinaryAuthors = 3000;

  explicit AuthorPool(std::uint64_t seed);

  // An ordinary author or influencer, weighted by how much they post.
  const PoolAuthor& draw(Rng& rng) const;
  // An ordinary author who writes in `lang` by default.
  const PoolAuthor& draw_in(Lang lang, Rng& rng) const;

  const PoolAuthor& velora() const { return own_[0]; }
  const PoolAuthor& velora_hilfe() const { return own_[1]; }
  const PoolAuthor& velora_news() const { return own_[2]; }
  const PoolAuthor& grantler() const { return grantler_; }
  std::span<const PoolAuthor> advocates() const { return advocates_; }
  std::span<const PoolAuthor> influencers() const { return influencers_; }
  std::span<const PoolAuthor> news_outlets(Lang lang) const {
    return lang == Lang::kDe ? news_de_ : news_en_;
  }
  std::span<const PoolAuthor> blogs() const { return blogs_; }

 private:
  void add_fixed_cast();
  PoolAuthor make_ordinary(std::size_t number, Rng& rng) const;

  std::vector<PoolAuthor> ordinary_;  // Includes the influencers at the end.
  std::vector<double> cumulative_;    // Activity weights of ordinary_, summed.
  std::vector<PoolAuthor> own_;
  PoolAuthor grantler_;
  std::vector<PoolAuthor> advocates_;
  std::vector<PoolAuthor> influencers_;
  std::vector<PoolAuthor> news_de_;
  std::vector<PoolAuthor> news_en_;
  std::vector<PoolAuthor> blogs_;
};

}  // namespace rauch::generate::detail
