#include "generate/detail/post_builder.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "generate/detail/platform.h"

namespace rauch::generate::detail {

void begin_post(Post& post, const PoolAuthor& author, Source source, PostKind kind, Timestamp at) {
  post.source = source;
  post.kind = kind;
  post.created_at = at;
  post.author = author.author;
}

Lang choose_lang(const PoolAuthor& author, Rng& rng) {
  if (rng.chance(author.other_lang_share)) {
    return author.lang == Lang::kDe ? Lang::kEn : Lang::kDe;
  }
  return author.lang;
}

Source choose_social_source(const PoolAuthor& author, Rng& rng) {
  static constexpr Source kSocial[] = {Source::kTwitter,  Source::kX,         Source::kX,
                                       Source::kTwitter,  Source::kInstagram, Source::kFacebook,
                                       Source::kMastodon, Source::kBluesky,   Source::kReddit,
                                       Source::kYoutube,  Source::kForum};
  const bool home_is_social = author.home != Source::kNews && author.home != Source::kBlog;
  if (home_is_social && rng.chance(0.75)) {
    return author.home;
  }
  return rng.pick(std::span<const Source>(kSocial));
}

void label_lang(Post& post, Lang lang, Rng& rng) {
  const double roll = rng.uniform();
  if (roll < 0.07) {
    return;  // The platform did not say.
  }
  if (roll < 0.095) {
    static constexpr std::string_view kWrongForGerman[] = {"nl", "da", "en", "sv"};
    static constexpr std::string_view kWrongForEnglish[] = {"de", "nl", "fr"};
    post.lang = lang == Lang::kDe ? rng.pick(kWrongForGerman) : rng.pick(kWrongForEnglish);
    return;
  }
  post.lang = lang_code(lang);
}

void fill_metrics(Post& post, Rng& rng, double virality) {
  const double followers = static_cast<double>(post.author.followers.value_or(50));
  // Views: a share of the followers plus discovery, log-normal around it.
  const double views = (followers * 0.3 + 40.0) * rng.lognormal(-0.6, 1.0) * virality;
  const double likes = views * rng.lognormal(std::log(0.02), 0.7);
  const double shares = likes * rng.uniform() * (virality > 1.0 ? 0.5 : 0.2);
  const double replies = likes * rng.uniform() * 0.3 + (rng.chance(0.3) ? 1.0 : 0.0);
  const auto count = [](double v) {
    return static_cast<std::int64_t>(std::floor(v));
  };
  Metrics& m = post.metrics;
  switch (post.source) {
    case Source::kTwitter:
    case Source::kX:
      m = Metrics{count(likes), count(shares), count(replies), count(views)};
      break;
    case Source::kFacebook:
    case Source::kMastodon:
    case Source::kBluesky:
      m = Metrics{count(likes), count(shares), count(replies), std::nullopt};
      break;
    case Source::kInstagram:
    case Source::kYoutube:
    case Source::kReddit:
      m = Metrics{count(likes * 1.5), std::nullopt, count(replies), std::nullopt};
      break;
    case Source::kForum:
      m = Metrics{std::nullopt, std::nullopt, count(replies), count(views * 0.5)};
      break;
    default:
      m = Metrics{};  // News, blogs, reviews and DMs report no counters here.
  }
}

void write_text(Post& post, const Grammar& grammar, ListId list, Rng& rng,
                const NoiseLevel& noise) {
  grammar.render(list, rng, post.text);
  tidy_text(post.text);
  add_noise(post.text, rng, noise);
}

void set_article(Post& post, std::string_view domain, std::string_view section,
                 std::string_view title, Rng& rng) {
  post.title = title;
  post.url += "https://www.";
  post.url += domain;
  post.url += '/';
  post.url += section;
  post.url += '/';
  append_slug(title, post.url);
  fmt::format_to(std::back_inserter(post.url), "-{}.html", rng.between(100000, 999999));
}

}  // namespace rauch::generate::detail
