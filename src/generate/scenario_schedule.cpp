// Where scenarios sit in the stream, and the helpers every scenario uses to write posts.

#include <algorithm>
#include <cmath>

#include "generate/detail/berlin_time.h"
#include "generate/detail/post_builder.h"
#include "generate/detail/scenario.h"

namespace rauch::generate::detail {

int scaled_day(int reference_day, int days) { return reference_day * days / 28; }

Timestamp stream_instant(const ScenarioContext& ctx, int day, int hour, int minute) {
  // Scenario clocks run on calendar days: the UTC date of the stream's start, plus `day`.
  const std::int64_t first_midnight =
      ctx.stream_start.ms - ((ctx.stream_start.ms % kMillisPerDay) + kMillisPerDay) % kMillisPerDay;
  return berlin_instant(Timestamp{first_midnight + day * kMillisPerDay}, hour, minute);
}

int friday_near(const ScenarioContext& ctx, int day) {
  int best = -1;
  int last_friday = -1;
  for (int d = 0; d < ctx.days; ++d) {
    const Timestamp friday_afternoon = stream_instant(ctx, d, 16, 0);
    if (berlin_clock(friday_afternoon).weekday != 5 || friday_afternoon < ctx.stream_start) {
      continue;
    }
    last_friday = d;
    const bool fits = stream_instant(ctx, d + 3, 8, 0) <= ctx.stream_end;
    if (fits && (best < 0 || std::abs(d - day) < std::abs(best - day))) {
      best = d;
    }
  }
  return best >= 0 ? best : last_friday;
}

std::size_t scaled_count(double base, double volume) {
  return static_cast<std::size_t>(std::max(1.0, std::round(base * volume)));
}

Draft& add_scenario_post(ScenarioPlan& plan, const PoolAuthor& author, Source source, PostKind kind,
                         Timestamp at, std::int32_t parent) {
  std::string reply_to;
  if (parent >= 0) {
    reply_to = plan.drafts[static_cast<std::size_t>(parent)].post.author.handle;
  }
  Draft& draft = plan.drafts.emplace_back();
  begin_post(draft.post, author, source, kind, at);
  draft.parent = parent;
  if (!reply_to.empty()) {
    draft.post.text += '@';
    draft.post.text += reply_to;
    draft.post.text += ' ';
  }
  return draft;
}

void write_scenario_text(Post& post, const Grammar& grammar, std::string_view list, Lang lang,
                         Rng& rng, const NoiseLevel& noise, double virality) {
  write_text(post, grammar, grammar.list(list), rng, noise);
  if (post.own || post.source == Source::kNews) {
    post.lang = lang_code(lang);
  } else {
    label_lang(post, lang, rng);
  }
  fill_metrics(post, rng, virality);
}

}  // namespace rauch::generate::detail
