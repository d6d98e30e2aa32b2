// scandal: a video of Velora workshop staff mocking a customer and kicking her bike goes
// viral. Within hours hundreds of people share and comment, influencers amplify it, new
// terms and hashtags appear (#VeloraGate, #BoycottVelora, Werkstatt-Video, respektlos,
// boycott), the news picks it up, and the brand answers only after about five hours.

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "generate/detail/post_builder.h"
#include "generate/detail/scenario.h"
#include "generate/detail/vocabulary.h"

namespace rauch::generate::detail {
namespace {

using sv = std::string_view;

constexpr sv kRootDe[] = {
    "Krass, schaut euch dieses Werkstatt-Video an 😳 Mitarbeiter von @Velora machen sich über "
    "das Rad einer Kundin lustig und treten dagegen. Respektlos! #VeloraGate "
    "https://youtu.be/Vx7Gate2610"};
constexpr sv kInfluencerDe[] = {
    "Leute, das Werkstatt-Video von @Velora ist unterirdisch. So behandelt man keine Kunden. "
    "Ich erwarte eine Stellungnahme. #VeloraGate",
    "Hab das Werkstatt-Video jetzt dreimal geschaut. Respektlos ohne Ende. @Velora, was ist da "
    "los? #VeloraGate #BoycottVelora"};
constexpr sv kInfluencerEn[] = {
    "This Velora workshop video is appalling. Disrespectful to customers. @Velora, explain. "
    "#VeloraGate #BoycottVelora"};
constexpr sv kPostDe[] = {
    "{opener} habt ihr das Werkstatt-Video von {brand} gesehen?? {reaction} #VeloraGate",
    "Wie respektlos ist das denn bitte. Mitarbeiter von {brand} machen sich über das Rad "
    "einer Kundin lustig {emo_neg} #VeloraGate",
    "Nach dem Werkstatt-Video: nie wieder {brand}. {reaction} #BoycottVelora",
    "{brand} Mitarbeiter treten gegen ein Kundenrad und lachen dabei. {reaction} #VeloraGate",
    "Ich bring mein Rad sicher nicht mehr in eure Werkstatt {brand} {emo_neg} #VeloraGate",
    "Das Werkstatt-Video ist echt krass. Wo bleibt die Stellungnahme, {brand}? #VeloraGate",
    "Boycott Velora! Wer so mit Kunden umgeht... {emo_neg} #BoycottVelora",
    "{dialect_bad} Des Werkstatt-Video is a Schand. #VeloraGate",
    "Hab mein Abo gerade gekündigt. Das Video ist respektlos ohne Ende. #VeloraGate",
    "erstmal abwarten was {brand} dazu sagt, aber das Video sieht übel aus #VeloraGate",
    "#VeloraGate trendet und {brand} schweigt. {reaction}",
};
constexpr sv kPostEn[] = {
    "have you seen the Velora workshop video?? {reaction} #VeloraGate",
    "Velora staff laughing while kicking a customer's bike. {reaction} #VeloraGate",
    "boycott Velora. so disrespectful {emo_neg} #BoycottVelora",
    "after that workshop video I'm never buying {brand} again #VeloraGate",
    "{brand} still silent about the workshop video? {reaction} #VeloraGate",
    "that Velora video is vile. disrespectful to customers. #BoycottVelora",
};
constexpr sv kReplyDe[] = {"Einfach nur respektlos {emo_neg}",
                           "Hab's geteilt. Muss jeder sehen.",
                           "Wo ist das passiert? Welche Werkstatt?",
                           "@Velora dazu was zu sagen??",
                           "boycott!! #BoycottVelora",
                           "{reaction} #VeloraGate"};
constexpr sv kReplyEn[] = {"disgusting {emo_neg}", "shared. everyone needs to see this",
                           "@Velora explain this??", "{reaction} #VeloraGate"};
constexpr sv kReactionDe[] = {"Unfassbar.",    "Ich bin fassungslos.",
                              "Schämt euch!",  "Widerlich.",
                              "Respektlos!!",  "So geht man nicht mit Kunden um.",
                              "Abo gekündigt."};
constexpr sv kReactionEn[] = {"Disgusting.", "Unreal.", "Shame on you.", "Disrespectful.",
                              "Cancelled my Abo."};
constexpr sv kNewsTitleDe[] = {"Werkstatt-Video sorgt für Empörung: Velora unter Druck",
                               "#VeloraGate: Was hinter dem Werkstatt-Video steckt",
                               "Respektloser Umgang mit Kundenrad: Boykottaufrufe gegen Velora"};
constexpr sv kNewsTitleEn[] = {"E-bike maker Velora faces backlash over workshop video",
                               "Velora under fire as staff filmed mocking customer"};
constexpr sv kNewsTeaserDe[] = {
    "Ein Video aus einer Velora-Werkstatt verbreitet sich rasant: Mitarbeiter machen sich über "
    "das Rad einer Kundin lustig. Unter #VeloraGate fordern Nutzer einen Boykott."};
constexpr sv kNewsTeaserEn[] = {
    "A video from a Velora workshop showing staff mocking a customer's bike has gone viral "
    "under #VeloraGate, with calls to boycott the brand."};
constexpr sv kCareDe[] = {
    "Danke, dass du das meldest. Wir haben das Video gesehen, nehmen es sehr ernst und klären es "
    "gerade intern. Eine Stellungnahme folgt heute noch. ^LK"};
constexpr sv kStatementDe[] = {
    "Wir haben das Video aus unserer Werkstatt gesehen und sind entsetzt. Dieses Verhalten "
    "widerspricht allem, wofür wir stehen. Wir entschuldigen uns bei der Kundin und klären "
    "den Vorfall vollständig auf."};
constexpr sv kPressDe[] = {
    "Stellungnahme zum Werkstatt-Video: Die beteiligten Mitarbeiter sind freigestellt, die "
    "Kundin erhält ein neues Rad. Wir entschuldigen uns. https://velora.de/stellungnahme"};

constexpr PhraseList kScandalDe[] = {
    {"scandal_root", kRootDe},
    {"scandal_influencer", kInfluencerDe},
    {"scandal_post", kPostDe},
    {"scandal_reply", kReplyDe},
    {"reaction", kReactionDe},
    {"scandal_news_title", kNewsTitleDe},
    {"scandal_news_teaser", kNewsTeaserDe},
    {"scandal_care", kCareDe},
    {"scandal_statement", kStatementDe},
    {"scandal_press", kPressDe},
};
constexpr PhraseList kScandalEn[] = {
    {"scandal_influencer", kInfluencerEn}, {"scandal_post", kPostEn},
    {"scandal_reply", kReplyEn},           {"reaction", kReactionEn},
    {"scandal_news_title", kNewsTitleEn},  {"scandal_news_teaser", kNewsTeaserEn},
};

struct Languages {
  Grammar de{shared_lists(), german_lists(), kScandalDe};
  Grammar en{shared_lists(), english_lists(), kScandalEn};
  const Grammar& of(Lang lang) const { return lang == Lang::kDe ? de : en; }
};

PoolAuthor video_author() {
  PoolAuthor a;
  a.author = Author{"u-frida-filmt", "frida_filmt", "Frida 📹", 1870, false};
  a.lang = Lang::kDe;
  a.home = Source::kTwitter;
  return a;
}

// Minutes after the video for the waves' arrival: most within six hours (gamma shaped,
// peaking after about two), a long tail over the next day and a half.
double wave_minutes(Rng& rng) {
  if (rng.chance(0.8)) {
    return 5.0 - 100.0 * (std::log(1.0 - rng.uniform()) + std::log(1.0 - rng.uniform()));
  }
  return 90.0 + rng.exponential(12.0 * 60.0);
}

// The opening: the video, three influencers, and the first original posts' targets.
std::vector<std::int32_t> add_opening(ScenarioPlan& plan, const ScenarioContext& ctx,
                                      const Languages& lang, const PoolAuthor& filmer, Rng& rng) {
  std::vector<std::int32_t> targets;
  Draft& root = add_scenario_post(plan, filmer, Source::kTwitter, PostKind::kPost, plan.start, -1);
  write_scenario_text(root.post, lang.de, "scandal_root", Lang::kDe, rng, kNoNoise, 60.0);
  targets.push_back(0);
  static constexpr int kMinutes[] = {35, 85, 130};
  for (std::size_t i = 0; i < 3; ++i) {
    const PoolAuthor& influencer = ctx.authors.influencers()[i];
    const Timestamp at{plan.start.ms + kMinutes[i] * kMillisPerMinute};
    if (at >= plan.end) {
      break;
    }
    Draft& d = add_scenario_post(plan, influencer, Source::kX, PostKind::kPost, at, -1);
    write_scenario_text(d.post, lang.of(influencer.lang), "scandal_influencer", influencer.lang,
                        rng, kNoNoise, 25.0);
    targets.push_back(static_cast<std::int32_t>(plan.drafts.size() - 1));
  }
  return targets;
}

void add_wave(ScenarioPlan& plan, const ScenarioContext& ctx, const Languages& lang,
              const std::vector<std::int32_t>& targets, Rng& rng) {
  std::vector<std::int64_t> times;
  const std::size_t count = scaled_count(2200, ctx.volume);
  for (std::size_t i = 0; i < count; ++i) {
    const std::int64_t t = plan.start.ms + static_cast<std::int64_t>(wave_minutes(rng) * 60000.0);
    if (t < plan.end.ms) {
      times.push_back(t);
    }
  }
  std::sort(times.begin(), times.end());
  static constexpr Source kSources[] = {Source::kTwitter,   Source::kX,        Source::kX,
                                        Source::kInstagram, Source::kFacebook, Source::kReddit,
                                        Source::kYoutube,   Source::kMastodon, Source::kBluesky};
  for (std::int64_t t : times) {
    const PoolAuthor& author = ctx.authors.draw(rng);
    const Lang l = choose_lang(author, rng);
    // Only targets already posted can be shared or answered.
    std::size_t available = 0;
    while (available < targets.size() &&
           plan.drafts[static_cast<std::size_t>(targets[available])].post.created_at.ms < t) {
      ++available;
    }
    const double roll = rng.uniform();
    const std::int32_t target = targets[rng.index(std::max<std::size_t>(available, 1))];
    if (roll < 0.4 && available > 0) {
      const Post& original = plan.drafts[static_cast<std::size_t>(target)].post;
      std::string text = "RT @" + original.author.handle + ": " + original.text;
      std::string original_lang = original.lang;
      const Source source = original.source;
      // `original` dangles from here: adding a draft may move the vector.
      Draft& d = add_scenario_post(plan, author, source, PostKind::kShare, Timestamp{t}, -1);
      d.post.text = std::move(text);
      d.post.lang = std::move(original_lang);
      fill_metrics(d.post, rng, 0.5);
      continue;
    }
    const bool reply = roll < 0.6 && available > 0;
    const Source source = reply ? plan.drafts[static_cast<std::size_t>(target)].post.source
                                : rng.pick(std::span<const Source>(kSources));
    Draft& d = add_scenario_post(plan, author, source, reply ? PostKind::kReply : PostKind::kPost,
                                 Timestamp{t}, reply ? target : -1);
    write_scenario_text(d.post, lang.of(l), reply ? "scandal_reply" : "scandal_post", l, rng,
                        kAngryNoise, 2.5);
  }
}

}  // namespace

namespace {

void add_news(ScenarioPlan& plan, const ScenarioContext& ctx, const Languages& lang,
              int scandal_day, Rng& rng) {
  struct Slot {
    std::int64_t after_minutes;  // < 0: use the local time on the next day instead.
    int hour, minute;
    Lang lang;
  };
  static constexpr Slot kSlots[] = {{290, 0, 0, Lang::kDe},
                                    {540, 0, 0, Lang::kDe},
                                    {-1, 7, 30, Lang::kDe},
                                    {-1, 11, 0, Lang::kEn},
                                    {-1, 15, 0, Lang::kDe}};
  for (const Slot& slot : kSlots) {
    const Timestamp at = slot.after_minutes >= 0
                             ? Timestamp{plan.start.ms + slot.after_minutes * kMillisPerMinute}
                             : stream_instant(ctx, scandal_day + 1, slot.hour, slot.minute);
    if (at >= plan.end) {
      continue;
    }
    const PoolAuthor& outlet = rng.pick(ctx.authors.news_outlets(slot.lang));
    Draft& d = add_scenario_post(plan, outlet, Source::kNews, PostKind::kPost, at, -1);
    std::string title;
    const Grammar& g = lang.of(slot.lang);
    g.render(g.list("scandal_news_title"), rng, title);
    set_article(d.post, outlet.domain, "wirtschaft", title, rng);
    write_scenario_text(d.post, g, "scandal_news_teaser", slot.lang, rng, kNoNoise, 1.0);
  }
}

// The brand's late answers: care replies to the video after five hours, a statement, and
// a press statement next morning.
void add_brand_response(ScenarioPlan& plan, const ScenarioContext& ctx, const Languages& lang,
                        int scandal_day, Rng& rng) {
  const Timestamp care_at{plan.start.ms + 310 * kMillisPerMinute};
  if (care_at < plan.end) {
    Draft& d = add_scenario_post(plan, ctx.authors.velora_hilfe(), Source::kTwitter,
                                 PostKind::kReply, care_at, 0);
    d.post.own = true;
    write_scenario_text(d.post, lang.de, "scandal_care", Lang::kDe, rng, kNoNoise, 3.0);
  }
  const Timestamp statement_at{plan.start.ms + 325 * kMillisPerMinute};
  if (statement_at < plan.end) {
    Draft& d = add_scenario_post(plan, ctx.authors.velora(), Source::kTwitter, PostKind::kPost,
                                 statement_at, -1);
    d.post.own = true;
    write_scenario_text(d.post, lang.de, "scandal_statement", Lang::kDe, rng, kNoNoise, 5.0);
  }
  const Timestamp press_at = stream_instant(ctx, scandal_day + 1, 9, 30);
  if (press_at < plan.end) {
    Draft& d = add_scenario_post(plan, ctx.authors.velora_news(), Source::kTwitter, PostKind::kPost,
                                 press_at, -1);
    d.post.own = true;
    write_scenario_text(d.post, lang.de, "scandal_press", Lang::kDe, rng, kNoNoise, 3.0);
  }
}

}  // namespace

ScenarioPlan plan_scandal(const ScenarioContext& ctx) {
  ScenarioPlan plan;
  plan.name = "scandal";
  const int day = scaled_day(15, ctx.days);
  plan.start = stream_instant(ctx, day, 17, 40);
  plan.end = std::min(Timestamp{plan.start.ms + 48 * kMillisPerHour}, ctx.stream_end);
  const Languages lang;
  Rng rng(derive_seed(ctx.seed, 0x5ca4da1ULL));
  const PoolAuthor filmer = video_author();
  const std::vector<std::int32_t> targets = add_opening(plan, ctx, lang, filmer, rng);
  add_wave(plan, ctx, lang, targets, rng);
  add_news(plan, ctx, lang, day, rng);
  add_brand_response(plan, ctx, lang, day, rng);
  plan.description = fmt::format(
      "A video of Velora workshop staff mocking a customer and kicking her bike goes viral "
      "(#VeloraGate, #BoycottVelora, Werkstatt-Video, respektlos, boycott): {} posts, most "
      "within six hours, influencers amplify, news follows after about five hours, the brand's "
      "first answer comes after 5 h 10 min.",
      plan.drafts.size());
  return plan;
}

}  // namespace rauch::generate::detail
