// hijack: the @Velora account is taken over on a Friday afternoon. Until Monday morning it
// sends direct messages with phishing links to lookalike domains, often at night; users
// ask whether the messages are real. On Monday at 07:50 @Velora_Hilfe warns everybody.

#include <algorithm>

#include <fmt/format.h>

#include "generate/detail/berlin_time.h"
#include "generate/detail/post_builder.h"
#include "generate/detail/rhythm.h"
#include "generate/detail/scenario.h"
#include "generate/detail/vocabulary.h"

namespace rauch::generate::detail {
namespace {

using sv = std::string_view;

constexpr sv kDmDe[] = {
    "Hallo! Ihr Velora-Konto wurde aus Sicherheitsgründen gesperrt. Bitte bestätigen Sie Ihre "
    "Daten innerhalb von 24 Stunden hier: {phish_link}",
    "Ihr Konto wurde gesperrt, bitte hier bestätigen: {phish_link}",
    "Glückwunsch 🎉 Sie haben eine Velora Nova gewonnen! Jetzt hier sichern: {giveaway_link}",
    "Wichtig: Ungewöhnliche Aktivität in Ihrem Velora Abo. Zahlungsdaten jetzt verifizieren: "
    "{phish_link}",
};
constexpr sv kDmEn[] = {
    "Your Velora account has been locked. Please verify your details here: {phish_link}",
    "Congrats! You won a free Velora Nova 🎁 Claim here: {giveaway_link}",
    "Security alert: unusual login on your Velora Go account. Confirm now: {phish_link}",
};
constexpr sv kPhishLink[] = {"https://ve1ora-login.de/konto/verify?id={phish_id}{phish_id}",
                             "https://velora-support.com/account/unlock?ref={phish_id}{phish_id}",
                             "https://ve1ora-login.de/abo/zahlung?id={phish_id}"};
constexpr sv kGiveawayLink[] = {"https://vel0ra.de/gewinnspiel/nova?claim={phish_id}{phish_id}",
                                "https://velora-support.com/win/nova?c={phish_id}"};
constexpr sv kPhishId[] = {"8F3K", "Q7ZP", "a91x", "K2MM", "7hT4", "ZX0b", "p4Lq", "R8vW",
                           "3nYc", "Hk5D", "u2Ge", "W9sF", "m6Jr", "B1tN", "e5Vq", "T0oA"};
constexpr sv kLookalike[] = {"ve1ora-login.de", "velora-support.com", "vel0ra.de"};
constexpr sv kConfusedDe[] = {
    "Hab grad ne DM von @Velora bekommen, dass mein Konto gesperrt ist?? Ist das echt? {emo_q}",
    "@Velora_Hilfe ist das echt? Der Link geht auf {lookalike} {emo_q}",
    "Achtung! @Velora verschickt komische DMs mit Link zu {lookalike}. Gehackt? #Velora",
    "Angeblich hab ich eine Velora Nova gewonnen lol. Sieht nach Phishing aus {emo_fun}",
    "Wurde der Account von @Velora gehackt? Bekomme DMs mitten in der Nacht {emo_q}",
    "{opener} klickt bloß nicht auf die Links in den DMs von @Velora! {lookalike} ist Fake",
};
constexpr sv kConfusedEn[] = {
    "Is @Velora hacked? Got a DM with a weird link to {lookalike} {emo_q}",
    "@Velora_Hilfe is this DM real? it says my account is locked {emo_q}",
    "lol apparently I won a free Velora Nova. phishing much? {emo_fun}",
    "PSA: don't click the links in DMs from @Velora, it's {lookalike} not velora.de",
};
constexpr sv kWarningDe[] = {
    "Achtung: Unser Account @Velora wurde am Wochenende kompromittiert. Bitte klickt keine "
    "Links aus DMs! Wir schreiben nie von ve1ora-login.de, velora-support.com oder vel0ra.de. "
    "Mehr: https://hilfe.velora.de/sicherheit"};

constexpr PhraseList kHijackDe[] = {
    {"hijack_dm", kDmDe},           {"phish_link", kPhishLink}, {"giveaway_link", kGiveawayLink},
    {"phish_id", kPhishId},         {"lookalike", kLookalike},  {"hijack_confused", kConfusedDe},
    {"hijack_warning", kWarningDe},
};
constexpr PhraseList kHijackEn[] = {
    {"hijack_dm", kDmEn},   {"phish_link", kPhishLink}, {"giveaway_link", kGiveawayLink},
    {"phish_id", kPhishId}, {"lookalike", kLookalike},  {"hijack_confused", kConfusedEn},
};

// Attackers like the hours when nobody watches: almost half the messages go out at night.
Timestamp dm_time(Rng& rng, Timestamp from, Timestamp to) {
  const auto span = static_cast<std::uint64_t>(to.ms - from.ms);
  const bool night = rng.chance(0.45);
  Timestamp t = from;
  for (int attempt = 0; attempt < 64; ++attempt) {
    t = Timestamp{from.ms + static_cast<std::int64_t>(rng.below(span))};
    if (!night || berlin_clock(t).hour < 5) {
      break;
    }
  }
  return t;
}

void add_dms(ScenarioPlan& plan, const ScenarioContext& ctx, const Grammar& de, const Grammar& en,
             Rng& rng) {
  const std::size_t count = scaled_count(140, ctx.volume);
  const Timestamp first{plan.start.ms + 7 * kMillisPerMinute};
  for (std::size_t i = 0; i < count && first < plan.end; ++i) {
    const Timestamp at = i == 0 ? first : dm_time(rng, first, plan.end);
    const Source source = rng.chance(0.5) ? Source::kTwitter : Source::kX;
    Draft& d = add_scenario_post(plan, ctx.authors.velora(), source, PostKind::kDm, at, -1);
    d.post.own = true;
    const Lang lang = rng.chance(0.7) ? Lang::kDe : Lang::kEn;
    write_scenario_text(d.post, lang == Lang::kDe ? de : en, "hijack_dm", lang, rng, kNoNoise, 1.0);
    d.post.metrics = Metrics{};  // Private messages have no public counters.
  }
}

void add_confused_users(ScenarioPlan& plan, const ScenarioContext& ctx, const Grammar& de,
                        const Grammar& en, Rng& rng) {
  const Timestamp from{plan.start.ms + 25 * kMillisPerMinute};
  if (from >= plan.end) {
    return;
  }
  const std::size_t count = scaled_count(90, ctx.volume);
  for (std::size_t i = 0; i < count; ++i) {
    const PoolAuthor& author = ctx.authors.draw(rng);
    const Lang lang = choose_lang(author, rng);
    const Source source = rng.chance(0.5) ? Source::kTwitter : Source::kX;
    Draft& d = add_scenario_post(plan, author, source, PostKind::kPost,
                                 rhythmic_time(rng, from, plan.end), -1);
    write_scenario_text(d.post, lang == Lang::kDe ? de : en, "hijack_confused", lang, rng,
                        kCasualNoise, 1.5);
  }
}

}  // namespace

ScenarioPlan plan_hijack(const ScenarioContext& ctx) {
  ScenarioPlan plan;
  plan.name = "hijack";
  const int friday = friday_near(ctx, scaled_day(11, ctx.days));
  plan.start = stream_instant(ctx, friday, 16, 0);
  plan.end = std::min(stream_instant(ctx, friday + 3, 8, 0), ctx.stream_end);
  const Grammar de({shared_lists(), german_lists(), kHijackDe});
  const Grammar en({shared_lists(), english_lists(), kHijackEn});
  Rng rng(derive_seed(ctx.seed, 0x41ac4ULL));
  add_dms(plan, ctx, de, en, rng);
  add_confused_users(plan, ctx, de, en, rng);
  const Timestamp warning_at{plan.end.ms - 10 * kMillisPerMinute};
  if (warning_at > plan.start) {
    Draft& d = add_scenario_post(plan, ctx.authors.velora_hilfe(), Source::kTwitter,
                                 PostKind::kPost, warning_at, -1);
    d.post.own = true;
    write_scenario_text(d.post, de, "hijack_warning", Lang::kDe, rng, kNoNoise, 4.0);
  }
  plan.description = fmt::format(
      "@Velora is taken over from Friday 16:00 to Monday 08:00 local time and sends {} direct "
      "messages with phishing links to ve1ora-login.de, velora-support.com and vel0ra.de, many "
      "at night; users ask whether they are real; @Velora_Hilfe warns at the end.",
      std::count_if(plan.drafts.begin(), plan.drafts.end(),
                    [](const Draft& d) { return d.post.kind == PostKind::kDm; }));
  return plan;
}

}  // namespace rauch::generate::detail
