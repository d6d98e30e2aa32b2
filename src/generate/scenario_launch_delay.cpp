// launch-delay: the Velora Nova was announced for a date; the date passes, questions pile
// up for two and a half days, and nobody at Velora answers (crisis signal 1: the company
// does not know what is happening).

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "generate/detail/post_builder.h"
#include "generate/detail/rhythm.h"
#include "generate/detail/scenario.h"
#include "generate/detail/vocabulary.h"

namespace rauch::generate::detail {
namespace {

using sv = std::string_view;

constexpr sv kQuestionDe[] = {
    "{opener} wann kommt die Nova endlich? {nova_date} war angekündigt {emo_q}",
    "@Velora die Nova sollte {nova_date} kommen, jetzt ist nix. Gibt's ein Update? {emo_neg}",
    "Hab die Velora Nova vorbestellt und seitdem nix gehört. {nova_wait} #VeloraNova",
    "Warum sagt @Velora nichts zur Nova-Verspätung?? {emo_neg}",
    "Liefertermin Nova verschoben? Meine Bestellbestätigung sagt {nova_date}. {emo_q}",
    "Nova Lieferung: weiß jemand was? @Velora_Hilfe antwortet nicht {emo_neg}",
    "{opener} schon wer seine Velora Nova bekommen? {emo_q} #VeloraNova",
    "Velora Nova Liefertermin?? {nova_wait} {emo_neg}",
    "Wo bleibt die Nova, @Velora? Ich hab extra mein altes Rad verkauft {emo_neg}",
};
constexpr sv kQuestionEn[] = {
    "any update on the Nova delivery?? {emo_q}",
    "@Velora the Nova was supposed to ship {nova_date}. what's going on? {emo_neg}",
    "preordered the Velora Nova, zero info since. {nova_wait} #VeloraNova",
    "has anyone actually received their Velora Nova yet? {emo_q}",
    "why is @Velora completely silent about the Nova delay? {emo_neg}",
    "{opener} Nova delivery date?? {emo_q} #VeloraNova",
};
constexpr sv kMeTooDe[] = {"same, auch noch keine Nova {emo_neg}",
                           "+1, warte auch seit {nova_date}", "Geht mir genauso. Keine Info.",
                           "Dito. Langsam nervt's {emo_neg}"};
constexpr sv kMeTooEn[] = {"+1, still waiting for mine too", "same here {emo_neg}",
                           "nothing here either. not great"};
constexpr sv kWaitDe[] = {"Keine Mail, nix.", "Tracking sagt gar nichts.", "Ziemlich enttäuschend.",
                          ""};
constexpr sv kWaitEn[] = {"No email, nothing.", "Tracking shows nothing.", ""};

struct NovaDates {
  std::array<std::string, 3> de;
  std::array<std::string, 2> en;
  std::array<sv, 3> de_views;
  std::array<sv, 2> en_views;
};

void format_dates(Timestamp day, NovaDates& dates) {
  static constexpr std::array<sv, 12> kMonthsDe = {"Januar",    "Februar", "März",     "April",
                                                   "Mai",       "Juni",    "Juli",     "August",
                                                   "September", "Oktober", "November", "Dezember"};
  static constexpr std::array<sv, 12> kMonthsEn = {"January",   "February", "March",    "April",
                                                   "May",       "June",     "July",     "August",
                                                   "September", "October",  "November", "December"};
  const CivilTime c = to_civil(day);
  dates.de = {fmt::format("am {}. {}", c.day, kMonthsDe[c.month - 1]),
              fmt::format("am {}.{}.", c.day, c.month), fmt::format("ab {}.{}.", c.day, c.month)};
  dates.en = {fmt::format("on {} {}", kMonthsEn[c.month - 1], c.day),
              fmt::format("on {}/{}", c.day, c.month)};
  for (std::size_t i = 0; i < 3; ++i) {
    dates.de_views[i] = dates.de[i];
  }
  for (std::size_t i = 0; i < 2; ++i) {
    dates.en_views[i] = dates.en[i];
  }
}

}  // namespace

ScenarioPlan plan_launch_delay(const ScenarioContext& ctx) {
  ScenarioPlan plan;
  plan.name = "launch-delay";
  const int day = scaled_day(8, ctx.days);
  plan.start = stream_instant(ctx, day, 9, 0);
  plan.end = std::min(stream_instant(ctx, day + 2, 23, 0), ctx.stream_end);
  NovaDates dates;
  format_dates(plan.start, dates);
  const PhraseList de_lists[] = {{"launch_question", kQuestionDe},
                                 {"me_too", kMeTooDe},
                                 {"nova_wait", kWaitDe},
                                 {"nova_date", dates.de_views}};
  const PhraseList en_lists[] = {{"launch_question", kQuestionEn},
                                 {"me_too", kMeTooEn},
                                 {"nova_wait", kWaitEn},
                                 {"nova_date", dates.en_views}};
  const Grammar de({shared_lists(), german_lists(), de_lists});
  const Grammar en({shared_lists(), english_lists(), en_lists});
  Rng rng(derive_seed(ctx.seed, 0x1a0c4de1a7ULL));
  const std::size_t count = scaled_count(240, ctx.volume);
  std::vector<std::int64_t> times;
  const double span = static_cast<double>(plan.end.ms - plan.start.ms);
  while (times.size() < count) {
    // Rising: the longer the silence, the more people ask.
    const Timestamp t = rhythmic_time(rng, plan.start, plan.end);
    if (rng.uniform() < 0.25 + 0.75 * static_cast<double>(t.ms - plan.start.ms) / span) {
      times.push_back(t.ms);
    }
  }
  std::sort(times.begin(), times.end());
  static constexpr Source kSources[] = {Source::kTwitter,   Source::kX,        Source::kX,
                                        Source::kInstagram, Source::kFacebook, Source::kReddit};
  for (std::int64_t t : times) {
    const PoolAuthor& author = ctx.authors.draw(rng);
    const Lang lang = choose_lang(author, rng);
    const bool me_too = !plan.drafts.empty() && rng.chance(0.2);
    const std::int32_t parent =
        me_too ? static_cast<std::int32_t>(rng.index(plan.drafts.size())) : -1;
    const Source source = me_too ? plan.drafts[static_cast<std::size_t>(parent)].post.source
                                 : rng.pick(std::span<const Source>(kSources));
    const bool comment = source == Source::kInstagram || source == Source::kFacebook;
    const PostKind kind = me_too    ? PostKind::kReply
                          : comment ? PostKind::kComment
                                    : PostKind::kPost;
    Draft& draft = add_scenario_post(plan, author, source, kind, Timestamp{t}, parent);
    write_scenario_text(draft.post, lang == Lang::kDe ? de : en,
                        me_too ? "me_too" : "launch_question", lang, rng, kCasualNoise, 1.0);
  }
  plan.description = fmt::format(
      "The Velora Nova misses its announced delivery date ({}): {} questions in German and "
      "English pile up over about 2.5 days and no own account answers any of them.",
      dates.en[0].substr(3), plan.drafts.size());
  return plan;
}

}  // namespace rauch::generate::detail
