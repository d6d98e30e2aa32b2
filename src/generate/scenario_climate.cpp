// climate: Velora announces climate-neutral production; for four days the news reports
// it in a positive tone while social media around it is sceptical (#Greenwashing). What
// detection should see: the same topic with opposite sentiment by source.

#include <algorithm>

#include <fmt/format.h>

#include "generate/detail/post_builder.h"
#include "generate/detail/rhythm.h"
#include "generate/detail/scenario.h"
#include "generate/detail/vocabulary.h"

namespace rauch::generate::detail {
namespace {

using sv = std::string_view;

constexpr sv kPressDe[] = {
    "Velora wird klimaneutral: Ab 2027 produzieren wir alle E-Bikes CO2-neutral, mit Ökostrom "
    "und recycelten Akkus. https://velora.de/klima"};
constexpr sv kNewsTitleDe[] = {"Velora setzt auf klimaneutrale Produktion",
                               "E-Bike-Hersteller Velora will bis 2027 CO2-neutral sein",
                               "Ökostrom und Recycling: Velora baut nachhaltiges Werk",
                               "Klimaneutrale E-Bikes: Velora geht voran"};
constexpr sv kNewsTitleEn[] = {"Velora pledges carbon-neutral e-bikes by 2027",
                               "Green wheels: Velora bets on climate-neutral production"};
constexpr sv kNewsTeaserDe[] = {
    "Der E-Bike-Hersteller Velora will seinen CO2-Fußabdruck drastisch senken: Ökostrom im "
    "Werk, recycelte Akkus und kurze Lieferwege sollen die Produktion ab 2027 klimaneutral "
    "machen.",
    "Mit einem ehrgeizigen Klimaplan setzt Velora Maßstäbe in der Branche. Experten loben den "
    "Schritt als Vorbild."};
constexpr sv kNewsTeaserEn[] = {
    "German e-bike maker Velora says its production will be carbon neutral from 2027, powered "
    "by green electricity and recycled batteries, a move analysts call a benchmark."};
constexpr sv kSocialDe[] = {
    "Klimaneutral? Die Akkus kommen per Luftfracht aus Asien... #Greenwashing",
    "CO2-Kompensation ist kein Klimaschutz, {brand}. #Greenwashing",
    "'Klimaneutral' heißt bei {brand} wohl: Zertifikate kaufen {emo_fun} #Greenwashing",
    "Erst mal den CO2-Fußabdruck der Akkus offenlegen, {brand} {emo_neg}",
    "Schöne PR. Und die Lieferkette? #Greenwashing #Velora",
    "Klimaneutrale Produktion, aber jedes Jahr ein neues Modell verkaufen. Ja ne. {emo_neg}",
    "{opener} {brand} und klimaneutral, der war gut {emo_fun} #Greenwashing",
    "Gut, dass {brand} was fürs Klima macht, auch wenn's nur ein Anfang ist {emo_pos}",
};
constexpr sv kSocialEn[] = {
    "'climate neutral' via offsets lol #greenwashing",
    "{brand} climate claims: where is the CO2 data for the batteries? #Greenwashing",
    "carbon neutral by 2027 = buy certificates. classic #greenwashing {emo_neg}",
    "nice PR from {brand}. now show us the supply chain #Greenwashing",
    "good move by {brand} on climate, if it's real {emo_pos}",
};

constexpr PhraseList kClimateDe[] = {{"climate_press", kPressDe},
                                     {"climate_news_title", kNewsTitleDe},
                                     {"climate_news_teaser", kNewsTeaserDe},
                                     {"climate_social", kSocialDe}};
constexpr PhraseList kClimateEn[] = {{"climate_news_title", kNewsTitleEn},
                                     {"climate_news_teaser", kNewsTeaserEn},
                                     {"climate_social", kSocialEn}};

void add_coverage(ScenarioPlan& plan, const ScenarioContext& ctx, const Grammar& de,
                  const Grammar& en, Rng& rng) {
  const Timestamp from{plan.start.ms + kMillisPerHour};
  if (from >= plan.end) {
    return;
  }
  for (int i = 0; i < 10; ++i) {
    const Lang lang = i % 3 == 2 ? Lang::kEn : Lang::kDe;
    const Grammar& g = lang == Lang::kDe ? de : en;
    const bool blog = i == 9;
    const PoolAuthor& outlet =
        blog ? ctx.authors.blogs()[0] : rng.pick(ctx.authors.news_outlets(lang));
    // The first reports follow the press release within hours, the rest spread out.
    const Timestamp at =
        i < 3 ? Timestamp{from.ms + i * 95 * kMillisPerMinute} : rhythmic_time(rng, from, plan.end);
    if (at >= plan.end) {
      continue;
    }
    Draft& d = add_scenario_post(plan, outlet, blog ? Source::kBlog : Source::kNews,
                                 PostKind::kPost, at, -1);
    std::string title;
    g.render(g.list("climate_news_title"), rng, title);
    set_article(d.post, outlet.domain, "nachhaltigkeit", title, rng);
    write_scenario_text(d.post, g, "climate_news_teaser", lang, rng, kNoNoise, 1.0);
  }
}

void add_social(ScenarioPlan& plan, const ScenarioContext& ctx, const Grammar& de,
                const Grammar& en, Rng& rng) {
  const Timestamp from{plan.start.ms + 2 * kMillisPerHour};
  if (from >= plan.end) {
    return;
  }
  static constexpr Source kSources[] = {Source::kTwitter,  Source::kX,      Source::kMastodon,
                                        Source::kMastodon, Source::kReddit, Source::kBluesky,
                                        Source::kInstagram};
  const std::size_t count = scaled_count(320, ctx.volume);
  for (std::size_t i = 0; i < count; ++i) {
    const PoolAuthor& author = ctx.authors.draw(rng);
    const Lang lang = choose_lang(author, rng);
    Draft& d = add_scenario_post(plan, author, rng.pick(std::span<const Source>(kSources)),
                                 PostKind::kPost, rhythmic_time(rng, from, plan.end), -1);
    write_scenario_text(d.post, lang == Lang::kDe ? de : en, "climate_social", lang, rng,
                        kCasualNoise, 1.2);
  }
}

}  // namespace

ScenarioPlan plan_climate(const ScenarioContext& ctx) {
  ScenarioPlan plan;
  plan.name = "climate";
  const int day = scaled_day(21, ctx.days);
  plan.start = stream_instant(ctx, day, 7, 0);
  plan.end = std::min(Timestamp{plan.start.ms + 4 * kMillisPerDay}, ctx.stream_end);
  const Grammar de({shared_lists(), german_lists(), kClimateDe});
  const Grammar en({shared_lists(), english_lists(), kClimateEn});
  Rng rng(derive_seed(ctx.seed, 0xc11a7eULL));
  Draft& press = add_scenario_post(plan, ctx.authors.velora_news(), Source::kTwitter,
                                   PostKind::kPost, plan.start, -1);
  press.post.own = true;
  write_scenario_text(press.post, de, "climate_press", Lang::kDe, rng, kNoNoise, 2.0);
  add_coverage(plan, ctx, de, en, rng);
  add_social(plan, ctx, de, en, rng);
  plan.description = fmt::format(
      "Velora announces climate-neutral production: for four days news articles report it "
      "positively while {} posts on social media are mostly sceptical (#Greenwashing, CO2).",
      plan.drafts.size());
  return plan;
}

}  // namespace rauch::generate::detail
