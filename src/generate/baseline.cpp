#include "generate/detail/baseline.h"

#include <algorithm>
#include <cmath>

#include "generate/detail/berlin_time.h"
#include "generate/detail/post_builder.h"
#include "generate/detail/rhythm.h"
#include "generate/detail/vocabulary.h"

namespace rauch::generate::detail {
namespace {

// Per mille of the baseline stream. Share of voice comes out at roughly Velora 80%,
// competitors 15% (competitor posts also mention Velora sometimes), plus some chatter
// about cycling in general that a broad query would catch.
struct CategoryWeight {
  int category;
  int weight;
};
constexpr CategoryWeight kCategoryWeights[] = {
    {0, 135}, {1, 125}, {2, 135}, {3, 205}, {4, 150}, {5, 70},
    {6, 50},  {7, 35},  {8, 12},  {9, 10},  {10, 20}, {11, 4},
};

constexpr std::uint64_t kBaselineSalt = 0xba5e000000000000ULL;

bool is_weekend(int weekday) { return weekday == 0 || weekday == 6; }

// Whether a platform has a public reply thread @Velora_Hilfe can answer in.
bool care_answers_on(Source source) {
  return source == Source::kTwitter || source == Source::kX || source == Source::kFacebook ||
         source == Source::kInstagram || source == Source::kMastodon;
}

PostKind social_kind(Source source, Rng& rng) {
  switch (source) {
    case Source::kFacebook:
    case Source::kInstagram:
    case Source::kYoutube:
      return rng.chance(0.6) ? PostKind::kComment : PostKind::kPost;
    case Source::kReddit:
    case Source::kForum:
      return rng.chance(0.55) ? PostKind::kComment : PostKind::kPost;
    default:
      return rng.chance(0.12) ? PostKind::kReply : PostKind::kPost;
  }
}

}  // namespace

Baseline::Lists::Lists(const Grammar& g)
    : complaint(g.list("complaint")),
      question(g.list("question")),
      praise(g.list("praise")),
      neutral(g.list("neutral")),
      competitor(g.list("competitor_post")),
      offtopic(g.list("offtopic")),
      review_pos(g.list("review_pos")),
      review_mid(g.list("review_mid")),
      review_neg(g.list("review_neg")),
      title_pos(g.list("review_title_pos")),
      title_neg(g.list("review_title_neg")),
      news_title(g.list("news_title")),
      news_teaser(g.list("news_teaser")),
      blog_title(g.list("blog_title")),
      blog_teaser(g.list("blog_teaser")),
      own_post(g.list("own_post")),
      own_press(g.list("own_press")),
      hilfe_reply(g.list("hilfe_reply")) {}

Baseline::Language::Language(std::span<const PhraseList> own)
    : grammar({shared_lists(), own}), lists(grammar) {}

Baseline::Baseline(const AuthorPool& authors, std::uint64_t seed, double volume)
    : authors_(authors), de_(german_lists()), en_(english_lists()), seed_(seed), volume_(volume) {}

void Baseline::generate_day(std::int64_t day_index, Timestamp day_start, DraftBuffer& day) {
  Rng rng(derive_seed(seed_, kBaselineSalt + static_cast<std::uint64_t>(day_index)));
  first_of_day_ = day.size();
  const bool weekend =
      is_weekend(berlin_clock(Timestamp{day_start.ms + 12 * kMillisPerHour}).weekday);
  for (int hour = 0; hour < 24; ++hour) {
    const Timestamp hour_start{day_start.ms + hour * kMillisPerHour};
    const LocalClock clock = berlin_clock(hour_start);
    const bool local_weekend = is_weekend(clock.weekday);
    const double expected = kPostsPerDay / 24.0 * volume_ * day_factor(local_weekend) *
                            hour_weight(clock.hour, local_weekend);
    const double drawn = expected + std::sqrt(expected) * rng.normal();
    const auto count = static_cast<std::size_t>(std::max(0.0, std::round(drawn)));
    // Sorted times within the hour, so that a reply can pick an earlier post as parent.
    times_.resize(count);
    for (auto& t : times_) {
      t = hour_start.ms + static_cast<std::int64_t>(rng.below(kMillisPerHour / 1000)) * 1000;
    }
    std::sort(times_.begin(), times_.end());
    for (std::int64_t t : times_) {
      add_post(draw_category(rng), Timestamp{t}, day, rng);
    }
  }
  add_own_posts(day_start, weekend, day, rng);
}

Baseline::Category Baseline::draw_category(Rng& rng) {
  auto roll = static_cast<int>(rng.below(1000));
  for (const auto& [category, weight] : kCategoryWeights) {
    if (roll < weight) {
      return static_cast<Category>(category);
    }
    roll -= weight;
  }
  return Category::kNeutral;
}

void Baseline::add_post(Category category, Timestamp at, DraftBuffer& day, Rng& rng) {
  switch (category) {
    case Category::kReview:
      add_review(at, day, rng);
      return;
    case Category::kNews:
    case Category::kBlog:
      add_article(category == Category::kNews, at, day, rng);
      return;
    case Category::kAdvocate:
      add_social(Category::kPraise, rng.pick(authors_.advocates()), at, day, rng);
      return;
    case Category::kGrantler:
      add_social(Category::kComplaint, authors_.grantler(), at, day, rng);
      return;
    default:
      add_social(category, authors_.draw(rng), at, day, rng);
  }
}

void Baseline::add_social(Category category, const PoolAuthor& author, Timestamp at,
                          DraftBuffer& day, Rng& rng) {
  const Lang lang = choose_lang(author, rng);
  const Language& language = this->language(lang);
  Source source = choose_social_source(author, rng);
  PostKind kind = social_kind(source, rng);
  if (category == Category::kShare) {
    source = rng.chance(0.5) ? Source::kTwitter : Source::kX;
    kind = PostKind::kShare;
  }
  const std::size_t index = day.size();
  const std::int32_t parent =
      kind == PostKind::kReply ? find_parent(day, first_of_day_, source, rng) : -1;
  Draft& draft = day.add();
  Post& post = draft.post;
  begin_post(post, author, source, kind == PostKind::kReply && parent < 0 ? PostKind::kPost : kind,
             at);
  if (parent >= 0) {
    draft.parent = parent;
    post.text += '@';
    post.text += day[static_cast<std::size_t>(parent)].post.author.handle;
    post.text += ' ';
  }
  const Lists& l = language.lists;
  switch (category) {
    case Category::kComplaint:
      write_text(post, language.grammar, l.complaint, rng,
                 author.author.id == "u-grantler" ? kAngryNoise : kCasualNoise);
      break;
    case Category::kQuestion:
      write_text(post, language.grammar, l.question, rng, kCasualNoise);
      break;
    case Category::kPraise:
      write_text(post, language.grammar, l.praise, rng, kCasualNoise);
      break;
    case Category::kCompetitor:
      write_text(post, language.grammar, l.competitor, rng, kCasualNoise);
      break;
    case Category::kOfftopic:
      write_text(post, language.grammar, l.offtopic, rng, kCasualNoise);
      break;
    case Category::kShare:
      post.text = "RT @Velora: ";
      write_text(post, language.grammar, l.own_post, rng, kNoNoise);
      break;
    default:
      write_text(post, language.grammar, l.neutral, rng, kCasualNoise);
  }
  label_lang(post, lang, rng);
  fill_metrics(post, rng, 1.0);
  if ((category == Category::kComplaint || category == Category::kQuestion) &&
      care_answers_on(source)) {
    maybe_reply_as_care(index, lang, day, rng);
  }
}

std::int32_t Baseline::find_parent(const DraftBuffer& day, std::size_t first, Source source,
                                   Rng& rng) const {
  if (day.size() <= first) {
    return -1;
  }
  for (int attempt = 0; attempt < 6; ++attempt) {
    const std::size_t candidate = first + rng.index(day.size() - first);
    const Post& post = day[candidate].post;
    if (post.source == source && !post.own && post.kind != PostKind::kShare) {
      return static_cast<std::int32_t>(candidate);
    }
  }
  return -1;
}

void Baseline::maybe_reply_as_care(std::size_t customer, Lang lang, DraftBuffer& day, Rng& rng) {
  if (!rng.chance(0.45)) {
    return;
  }
  const Post& question = day[customer].post;
  // Care works 08:00-22:00 local; a post at night is answered next morning.
  Timestamp at{question.created_at.ms +
               static_cast<std::int64_t>(std::min(6.0 * 60.0, rng.lognormal(std::log(35.0), 0.8)) *
                                         static_cast<double>(kMillisPerMinute)) +
               kMillisPerMinute};
  for (int i = 0; i < 12; ++i) {
    const int hour = berlin_clock(at).hour;
    if (hour >= 8 && hour < 22) {
      break;
    }
    at.ms += kMillisPerHour;
  }
  const std::string handle = question.author.handle;
  const Source source = question.source;
  Draft& draft = day.add();
  draft.parent = static_cast<std::int32_t>(customer);
  Post& post = draft.post;
  begin_post(post, authors_.velora_hilfe(), source, PostKind::kReply, at);
  post.own = true;
  post.text += '@';
  post.text += handle;
  post.text += ' ';
  write_text(post, language(lang).grammar, language(lang).lists.hilfe_reply, rng, kNoNoise);
  label_lang(post, lang, rng);
  fill_metrics(post, rng, 0.3);
}

void Baseline::add_review(Timestamp at, DraftBuffer& day, Rng& rng) {
  const PoolAuthor& author = authors_.draw(rng);
  const Lang lang = choose_lang(author, rng);
  const Language& language = this->language(lang);
  Draft& draft = day.add();
  Post& post = draft.post;
  begin_post(post, author, Source::kReview, PostKind::kReview, at);
  // J-shaped like real review sites: many fives, a bump at one.
  static constexpr int kRatingWeights[] = {18, 9, 11, 24, 38};
  auto roll = static_cast<int>(rng.below(100));
  int rating = 1;
  while (roll >= kRatingWeights[rating - 1]) {
    roll -= kRatingWeights[rating - 1];
    ++rating;
  }
  post.rating = rating;
  const ListId body = rating >= 4   ? language.lists.review_pos
                      : rating == 3 ? language.lists.review_mid
                                    : language.lists.review_neg;
  if (rng.chance(0.7)) {
    language.grammar.render(rating >= 3 ? language.lists.title_pos : language.lists.title_neg, rng,
                            post.title);
  }
  write_text(post, language.grammar, body, rng, kCasualNoise);
  label_lang(post, lang, rng);
}

void Baseline::add_article(bool news, Timestamp at, DraftBuffer& day, Rng& rng) {
  const Lang lang = rng.chance(0.6) ? Lang::kDe : Lang::kEn;
  const Language& language = this->language(lang);
  const PoolAuthor& outlet =
      news ? rng.pick(authors_.news_outlets(lang)) : rng.pick(authors_.blogs());
  Draft& draft = day.add();
  Post& post = draft.post;
  begin_post(post, outlet, news ? Source::kNews : Source::kBlog, PostKind::kPost, at);
  title_.clear();
  language.grammar.render(news ? language.lists.news_title : language.lists.blog_title, rng,
                          title_);
  set_article(post, outlet.domain, news ? "wirtschaft" : "2026", title_, rng);
  write_text(post, language.grammar, news ? language.lists.news_teaser : language.lists.blog_teaser,
             rng, kNoNoise);
  label_lang(post, lang, rng);
}

void Baseline::add_own_posts(Timestamp day_start, bool weekend, DraftBuffer& day, Rng& rng) {
  static constexpr Source kOwnSources[] = {Source::kTwitter, Source::kX, Source::kInstagram,
                                           Source::kFacebook, Source::kMastodon};
  const auto brand_posts = weekend ? rng.between(1, 2) : rng.between(3, 4);
  for (std::int64_t i = 0; i < brand_posts + 1; ++i) {
    const bool press = i == brand_posts;
    if (press && (weekend || !rng.chance(0.4))) {
      break;
    }
    const Lang lang = rng.chance(0.8) ? Lang::kDe : Lang::kEn;
    const Language& language = this->language(lang);
    const Timestamp at = berlin_instant(day_start, static_cast<int>(rng.between(9, 19)),
                                        static_cast<int>(rng.between(0, 59)));
    Draft& draft = day.add();
    Post& post = draft.post;
    begin_post(post, press ? authors_.velora_news() : authors_.velora(),
               press ? Source::kTwitter : rng.pick(std::span<const Source>(kOwnSources)),
               PostKind::kPost, at);
    post.own = true;
    write_text(post, language.grammar, press ? language.lists.own_press : language.lists.own_post,
               rng, kNoNoise);
    post.lang = lang_code(lang);
    fill_metrics(post, rng, 1.0);
  }
}

}  // namespace rauch::generate::detail
