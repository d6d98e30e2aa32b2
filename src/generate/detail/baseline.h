#pragma once

// The always-on stream: about 1,500 posts a day (times the volume) of everyday talk about
// Velora and its competitors, following the daily and weekly rhythm, with the brand's
// own posts and @Velora_Hilfe answering some of the questions and complaints.

#include <cstdint>
#include <string>
#include <vector>

#include "generate/detail/author_pool.h"
#include "generate/detail/draft.h"
#include "generate/detail/grammar.h"

namespace rauch::generate::detail {

class Baseline {
 public:
  static constexpr double kPostsPerDay = 1500.0;

  Baseline(const AuthorPool& authors, std::uint64_t seed, double volume);

  // Adds the posts created in the UTC day [day_start, day_start + 24 h) to `day`. Care
  // replies to them may fall after the day; the emitter carries those over.
  void generate_day(std::int64_t day_index, Timestamp day_start, DraftBuffer& day);

 private:
  enum class Category : std::uint8_t {
    kComplaint,
    kQuestion,
    kPraise,
    kNeutral,
    kCompetitor,
    kOfftopic,
    kShare,
    kReview,
    kNews,
    kBlog,
    kAdvocate,
    kGrantler,
  };
  struct Lists {
    explicit Lists(const Grammar& g);
    ListId complaint, question, praise, neutral, competitor, offtopic, review_pos, review_mid,
        review_neg, title_pos, title_neg, news_title, news_teaser, blog_title, blog_teaser,
        own_post, own_press, hilfe_reply;
  };
  struct Language {
    explicit Language(std::span<const PhraseList> own);
    Grammar grammar;
    Lists lists;  // After grammar: built from it.
  };

  const Language& language(Lang lang) const { return lang == Lang::kDe ? de_ : en_; }
  static Category draw_category(Rng& rng);
  void add_post(Category category, Timestamp at, DraftBuffer& day, Rng& rng);
  void add_social(Category category, const PoolAuthor& author, Timestamp at, DraftBuffer& day,
                  Rng& rng);
  void add_review(Timestamp at, DraftBuffer& day, Rng& rng);
  void add_article(bool news, Timestamp at, DraftBuffer& day, Rng& rng);
  void maybe_reply_as_care(std::size_t customer, Lang lang, DraftBuffer& day, Rng& rng);
  void add_own_posts(Timestamp day_start, bool weekend, DraftBuffer& day, Rng& rng);
  std::int32_t find_parent(const DraftBuffer& day, std::size_t first, Source source,
                           Rng& rng) const;

  const AuthorPool& authors_;
  Language de_;
  Language en_;
  std::uint64_t seed_;
  double volume_;
  std::size_t first_of_day_ = 0;  // Drafts before this index were carried over.
  std::vector<std::int64_t> times_;
  std::string title_;
};

}  // namespace rauch::generate::detail
