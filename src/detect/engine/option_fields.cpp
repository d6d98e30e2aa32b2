#include "detect/engine/option_fields.h"

namespace rauch::detect {
namespace {

void add_topic_fields(std::string_view section, TopicOptions& t, std::vector<OptionField>& out) {
  out.insert(out.end(), {
      {section, "recent_half_life_minutes", &t.recent_half_life_minutes},
      {section, "history_half_life_days", &t.history_half_life_days},
      {section, "sketch_width", &t.sketch_width},
      {section, "sketch_depth", &t.sketch_depth},
      {section, "candidates", &t.candidates},
      {section, "min_posts", &t.min_posts},
      {section, "min_authors", &t.min_authors},
      {section, "min_lift", &t.min_lift},
      {section, "alert_bits", &t.alert_bits},
      {section, "warmup_posts", &t.warmup_posts},
      {section, "hold_minutes", &t.hold_minutes},
      {section, "max_terms", &t.max_terms},
      {section, "unseen_share", &t.unseen_share},
      {section, "min_word_chars", &t.min_word_chars},
      {section, "bigrams", &t.bigrams},
      {section, "candidate_min_posts", &t.candidate_min_posts},
      {section, "learn_delay_minutes", &t.learn_delay_minutes},
      {section, "max_terms_per_post", &t.max_terms_per_post},
      {section, "max_posts_per_minute", &t.max_posts_per_minute},
  });
}

}  // namespace

std::vector<OptionField> option_fields(DetectionOptions& o) {
  VolumeOptions& v = o.volume;
  NegativeShareOptions& n = o.negative;
  ReachOptions& r = o.reach;
  UnansweredOptions& u = o.unanswered;
  CrisisOptions& c = o.crisis;
  std::vector<OptionField> out = {
      {"volume", "bucket_minutes", &v.bucket_minutes},
      {"volume", "window_minutes", std::span<std::int64_t>(v.window_minutes)},
      {"volume", "pseudo_count", &v.pseudo_count},
      {"volume", "level_half_life_minutes", &v.level_half_life_minutes},
      {"volume", "hour_of_day_half_life_days", &v.hour_of_day_half_life_days},
      {"volume", "hour_of_week_half_life_days", &v.hour_of_week_half_life_days},
      {"volume", "hour_of_week_ramp_weeks", &v.hour_of_week_ramp_weeks},
      {"volume", "winsor_sigmas", &v.winsor_sigmas},
      {"volume", "dispersion_half_life_days", &v.dispersion_half_life_days},
      {"volume", "min_scale", &v.min_scale},
      {"volume", "min_count", &v.min_count},
      {"volume", "min_excess", &v.min_excess},
      {"volume", "alert_z", &v.alert_z},
      {"volume", "rare_minutes_per_day", &v.rare_minutes_per_day},
      {"volume", "rare_half_life_days", &v.rare_half_life_days},
      {"volume", "alert_score", &v.alert_score},
      {"volume", "hold_minutes", &v.hold_minutes},
      {"volume", "escalation_factor", &v.escalation_factor},
      {"volume", "peak_fraction", &v.peak_fraction},
      {"volume", "peak_half_life_days", &v.peak_half_life_days},
      {"volume", "warmup_minutes", &v.warmup_minutes},
      {"volume", "max_gap_fill_minutes", &v.max_gap_fill_minutes},
      {"volume", "utc_offset_minutes", &v.utc_offset_minutes},
      {"negative_share", "window_minutes", std::span<std::int64_t>(n.window_minutes)},
      {"negative_share", "prior_share", &n.prior_share},
      {"negative_share", "half_life_posts", &n.half_life_posts},
      {"negative_share", "warmup_posts", &n.warmup_posts},
      {"negative_share", "min_posts", &n.min_posts},
      {"negative_share", "min_lift", &n.min_lift},
      {"negative_share", "alert_bits", &n.alert_bits},
      {"negative_share", "hold_minutes", &n.hold_minutes},
      {"reach", "window_minutes", std::span<std::int64_t>(r.window_minutes)},
      {"reach", "half_life_days", &r.half_life_days},
      {"reach", "high_reach_quantile", &r.high_reach_quantile},
      {"reach", "min_followers", &r.min_followers},
      {"reach", "warmup_posts", &r.warmup_posts},
      {"reach", "broad_factor", &r.broad_factor},
      {"reach", "min_broad_reach", &r.min_broad_reach},
      {"reach", "hold_minutes", &r.hold_minutes},
      {"unanswered", "grace_minutes", &u.grace_minutes},
      {"unanswered", "max_pending", &u.max_pending},
      {"unanswered", "keep_hours", &u.keep_hours},
      {"crisis", "broad_authors", &c.broad_authors},
      {"crisis", "broad_sources", &c.broad_sources},
      {"crisis", "episode_quiet_minutes", &c.episode_quiet_minutes},
      {"crisis", "max_rise_posts", &c.max_rise_posts},
      {"hijack", "allowed_domains", &o.hijack.allowed_domains},
      {"hijack", "hold_minutes", &o.hijack.hold_minutes},
      {"hijack", "dm_burst_count", &o.hijack.dm_burst_count},
      {"hijack", "dm_burst_minutes", &o.hijack.dm_burst_minutes},
      {"hijack", "dm_rhythm_half_life_days", &o.hijack.dm_rhythm_half_life_days},
      {"hijack", "dm_quiet_share", &o.hijack.dm_quiet_share},
      {"hijack", "dm_rhythm_warmup_days", &o.hijack.dm_rhythm_warmup_days},
      {"hijack", "dm_rhythm_warmup_count", &o.hijack.dm_rhythm_warmup_count},
      {"hijack", "night_from_hour", &o.hijack.night_from_hour},
      {"hijack", "night_to_hour", &o.hijack.night_to_hour},
      {"hijack", "time_zone", &o.hijack.time_zone},
  };
  add_topic_fields("new_topic", o.topic, out);
  add_topic_fields("unanswered.topic", u.topic, out);
  return out;
}

}  // namespace rauch::detect
