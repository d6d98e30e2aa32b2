// hotline: a customer with a dead battery asks @Velora_Hilfe for help in public, and is
// sent to the hotline, the workshop, an e-mail address and another department in turn;
// she gets angrier, others join the thread. What the reply audit must flag: deflection.

#include <algorithm>

#include <fmt/format.h>

#include "generate/detail/post_builder.h"
#include "generate/detail/scenario.h"
#include "generate/detail/vocabulary.h"

namespace rauch::generate::detail {
namespace {

using sv = std::string_view;

constexpr sv kCustomer1[] = {
    "Hallo @Velora_Hilfe, mein Velora-Akku ist nach 4 Monaten komplett tot, das Rad geht gar "
    "nicht mehr an. Was kann ich tun? {emo_q}"};
constexpr sv kCustomer2[] = {
    "Hab ich schon 3x probiert, da geht keiner ran, nur Warteschleife. Können Sie mir nicht "
    "einfach hier helfen? {emo_neg}"};
constexpr sv kCustomer3[] = {
    "Die Werkstatt sagt, dafür ist der Kundenservice zuständig. Und der Kundenservice sagt "
    "Werkstatt. Ernsthaft?? {emo_neg}"};
constexpr sv kCustomer4[] = {
    "Ihr schickt mich jetzt zum vierten Mal woanders hin!!! Ich will einfach nur einen "
    "funktionierenden Akku {emo_neg}"};
constexpr sv kCustomer5[] = {
    "Tag 2. Immer noch kein Akku, immer noch keine Lösung. Das Rad hat {price} € gekostet. "
    "#VeloraFail"};
constexpr sv kCustomer6[] = {
    "Danke für nichts, @Velora_Hilfe. Ich geh jetzt zur Verbraucherzentrale. #VeloraFail "
    "{emo_neg}"};
constexpr sv kReferHotline[] = {
    "Hallo Sabine, das tut uns leid! Bitte wenden Sie sich an unsere Hotline 0800 123 4567 "
    "(Mo-Fr 8-18 Uhr), dort hilft man Ihnen gerne weiter. ^LK",
    "Bitte wenden Sie sich an unsere Hotline 0800 123 4567, die Kolleginnen und Kollegen dort "
    "können Ihren Fall prüfen. ^JB"};
constexpr sv kReferWorkshop[] = {
    "Dafür ist leider die Werkstatt zuständig. Bitte vereinbaren Sie einen Termin unter "
    "https://velora.de/werkstaetten ^LK"};
constexpr sv kReferEmail[] = {
    "Please contact our support at support@velora.de, they will help you further. ^MS"};
constexpr sv kReferDepartment[] = {
    "Für Garantiefälle ist unsere Abteilung Gewährleistung zuständig. Bitte schreiben Sie an "
    "garantie@velora.de. ^JB"};
constexpr sv kOthersDe[] = {
    "Same bei mir, Akku nach 5 Monaten tot und die schicken mich auch nur im Kreis {emo_neg}",
    "Typisch Velora. Hotline, Werkstatt, Hotline... #VeloraFail",
    "@Velora_Hilfe wie wär's mal mit einer echten Lösung statt 'rufen Sie die Hotline an'?",
    "Hab 2 Stunden in der Warteschleife gehangen, viel Glück {emo_fun}",
    "Das ist doch kein Kundenservice, das ist Ping-Pong {emo_neg}"};
constexpr sv kOthersEn[] = {
    "same issue with my battery, they just keep referring me to the hotline {emo_neg}",
    "@Velora_Hilfe how about actually helping instead of redirecting people?"};

constexpr PhraseList kHotlineDe[] = {
    {"c1", kCustomer1},
    {"c2", kCustomer2},
    {"c3", kCustomer3},
    {"c4", kCustomer4},
    {"c5", kCustomer5},
    {"c6", kCustomer6},
    {"refer_hotline", kReferHotline},
    {"refer_workshop", kReferWorkshop},
    {"refer_department", kReferDepartment},
    {"others", kOthersDe},
};
constexpr PhraseList kHotlineEn[] = {{"refer_email", kReferEmail}, {"others", kOthersEn}};

// Who writes a step of the thread, and to whom it answers.
enum class Writer { kCustomer, kCare, kOther, kOtherEn };
enum class Target { kNone, kRoot, kLastCustomer, kLastCare, kLastOther };

struct Step {
  int day;     // 0 = the day the thread starts.
  int minute;  // Minutes after the start on day 0, after 00:00 local on day 1.
  Writer writer;
  Target target;
  sv list;
};

constexpr Step kScript[] = {
    {0, 0, Writer::kCustomer, Target::kNone, "c1"},
    {0, 48, Writer::kCare, Target::kLastCustomer, "refer_hotline"},
    {0, 95, Writer::kCustomer, Target::kLastCare, "c2"},
    {0, 112, Writer::kOther, Target::kRoot, "others"},
    {0, 160, Writer::kCare, Target::kLastCustomer, "refer_workshop"},
    {0, 185, Writer::kOther, Target::kLastCustomer, "others"},
    {0, 210, Writer::kCustomer, Target::kLastCare, "c3"},
    {0, 250, Writer::kOtherEn, Target::kRoot, "others"},
    {0, 290, Writer::kCare, Target::kLastOther, "refer_email"},
    {0, 330, Writer::kCustomer, Target::kLastCare, "c4"},
    {0, 350, Writer::kOther, Target::kLastCustomer, "others"},
    {0, 420, Writer::kCare, Target::kLastCustomer, "refer_department"},
    {0, 445, Writer::kOther, Target::kRoot, "others"},
    {1, 9 * 60 + 10, Writer::kCustomer, Target::kLastCare, "c5"},
    {1, 9 * 60 + 50, Writer::kOther, Target::kLastCustomer, "others"},
    {1, 10 * 60 + 40, Writer::kCare, Target::kLastCustomer, "refer_hotline"},
    {1, 11 * 60 + 5, Writer::kCustomer, Target::kLastCare, "c6"},
    {1, 11 * 60 + 30, Writer::kOtherEn, Target::kLastCustomer, "others"},
};

PoolAuthor customer() {
  PoolAuthor a;
  a.author = Author{"u-sabine-k", "SabineKo_", "Sabine K.", 310, false};
  a.lang = Lang::kDe;
  return a;
}

}  // namespace

ScenarioPlan plan_hotline(const ScenarioContext& ctx) {
  ScenarioPlan plan;
  plan.name = "hotline";
  const int day = scaled_day(18, ctx.days);
  plan.start = stream_instant(ctx, day, 10, 15);
  plan.end = std::min(stream_instant(ctx, day + 1, 14, 0), ctx.stream_end);
  const Grammar de({shared_lists(), german_lists(), kHotlineDe});
  const Grammar en({shared_lists(), english_lists(), kHotlineEn});
  Rng rng(derive_seed(ctx.seed, 0x4071e1ULL));
  const PoolAuthor sabine = customer();
  std::int32_t last[4] = {-1, -1, -1, -1};  // Indexed by Writer: their latest post.
  for (const Step& step : kScript) {
    const Timestamp at = step.day == 0 ? Timestamp{plan.start.ms + step.minute * kMillisPerMinute}
                                       : stream_instant(ctx, day + 1, 0, step.minute);
    if (at >= plan.end) {
      break;
    }
    const bool english = step.writer == Writer::kOtherEn || step.list == "refer_email";
    const Lang lang = english ? Lang::kEn : Lang::kDe;
    const PoolAuthor& author = step.writer == Writer::kCustomer ? sabine
                               : step.writer == Writer::kCare   ? ctx.authors.velora_hilfe()
                                                                : ctx.authors.draw_in(lang, rng);
    std::int32_t parent = -1;
    switch (step.target) {
      case Target::kRoot:
        parent = 0;
        break;
      case Target::kLastCustomer:
        parent = last[0];
        break;
      case Target::kLastCare:
        parent = last[1];
        break;
      case Target::kLastOther:
        parent = std::max(last[2], last[3]);
        break;
      case Target::kNone:
        break;
    }
    Draft& d = add_scenario_post(plan, author, Source::kTwitter,
                                 parent < 0 ? PostKind::kPost : PostKind::kReply, at, parent);
    d.post.own = step.writer == Writer::kCare;
    write_scenario_text(d.post, english ? en : de, step.list, lang, rng,
                        d.post.own ? kNoNoise : kAngryNoise, 1.0);
    last[static_cast<int>(step.writer)] = static_cast<std::int32_t>(plan.drafts.size() - 1);
  }
  plan.description = fmt::format(
      "A customer with a dead battery asks @Velora_Hilfe for help; in a thread of {} posts care "
      "only refers her to the hotline (0800 123 4567), the workshop, support@velora.de and the "
      "warranty department, she gets angrier and others join.",
      plan.drafts.size());
  return plan;
}

}  // namespace rauch::generate::detail
