#include "detect/engine/signal_text.h"

#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace rauch::detect {
namespace {

std::string term_list(const TopicReading& reading, std::size_t at_most) {
  std::string out;
  for (std::size_t i = 0; i < reading.terms.size() && i < at_most; ++i) {
    if (i > 0) out += ", ";
    out += reading.terms[i].term;
  }
  return out;
}

nlohmann::json terms_json(const TopicReading& reading) {
  nlohmann::json terms = nlohmann::json::array();
  for (const TopicTerm& t : reading.terms)
    terms.push_back({{"term", t.term},
                     {"recent", std::round(t.recent * 10) / 10},
                     {"expected", std::round(t.expected * 100) / 100},
                     {"authors", t.authors},
                     {"sources", t.sources},
                     {"bits", std::round(t.bits * 10) / 10},
                     {"sample_posts", t.sample_posts}});
  return terms;
}

}  // namespace

std::string with_thousands(double value) {
  const auto n = static_cast<long long>(std::llround(value));
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

std::string minutes_text(double minutes) {
  const auto m = static_cast<long long>(std::llround(std::max(0.0, minutes)));
  if (m < 60) return fmt::format("{} min", m);
  if (m % 60 == 0) return fmt::format("{} h", m / 60);
  return fmt::format("{} h {} min", m / 60, m % 60);
}

SignalText negative_share_text(std::string_view query_id, const NegativeShareReading& r) {
  const double share = r.posts > 0 ? r.negative / r.posts : 0;
  SignalText t;
  t.title = fmt::format("{}: {:.0f}% negative in {} min ({:.0f} of {:.0f} posts), usually {:.0f}%",
                        query_id, 100 * share, r.window_minutes, r.negative, r.posts,
                        100 * r.usual_share);
  t.line = fmt::format(
      "Negative share: {:.0f} of {:.0f} posts in the last {} minutes are negative, against a "
      "usual {:.0f}% (tail probability below 2^-{:.0f}).",
      r.negative, r.posts, r.window_minutes, 100 * r.usual_share, r.bits);
  t.details_json = nlohmann::json{{"minute", format_rfc3339(r.minute)},
                                  {"window_minutes", r.window_minutes},
                                  {"posts", r.posts},
                                  {"negative", r.negative},
                                  {"usual_share", std::round(r.usual_share * 10000) / 10000},
                                  {"bits", std::round(r.bits * 10) / 10}}
                       .dump();
  return t;
}

SignalText new_topic_text(std::string_view query_id, const TopicReading& r) {
  SignalText t;
  const TopicTerm* top = r.terms.empty() ? nullptr : &r.terms.front();
  t.title = fmt::format("{}: new topic {}", query_id, term_list(r, 3));
  if (top) t.title += fmt::format(" ({} authors on {} networks)", top->authors, top->sources);
  t.line = "New topic: ";
  for (std::size_t i = 0; i < r.terms.size() && i < 5; ++i) {
    const TopicTerm& term = r.terms[i];
    if (i > 0) t.line += "; ";
    t.line += fmt::format("{} in {:.0f} recent posts by {} authors (usually {:.1f})", term.term,
                          term.recent, term.authors, term.expected);
  }
  t.line += '.';
  t.details_json = nlohmann::json{{"minute", format_rfc3339(r.minute)},
                                  {"recent_posts", std::round(r.recent_posts * 10) / 10},
                                  {"terms", terms_json(r)}}
                       .dump();
  return t;
}

SignalText high_reach_text(std::string_view query_id, const HighReachPost& p) {
  SignalText t;
  t.title = fmt::format("{}: negative post by {} ({} followers)", query_id, p.author,
                        with_thousands(static_cast<double>(p.followers)));
  t.line = fmt::format(
      "High reach: {} with {} followers posted negatively ({}); the query's authors usually "
      "have up to {}.",
      p.author, with_thousands(static_cast<double>(p.followers)), p.post_key,
      with_thousands(p.usual_quantile));
  t.details_json = nlohmann::json{{"at", format_rfc3339(p.at)},
                                  {"post", p.post_key},
                                  {"author", p.author},
                                  {"followers", p.followers},
                                  {"usual_quantile", std::round(p.usual_quantile)}}
                       .dump();
  return t;
}

SignalText unanswered_text(std::string_view query_id, const UnansweredReading& r) {
  SignalText t;
  const TopicTerm* top = r.topic.terms.empty() ? nullptr : &r.topic.terms.front();
  const double piled = top ? top->recent : 0;
  t.title = fmt::format("{}: {:.0f} unanswered questions about {} (usually {:.1f})", query_id,
                        piled, term_list(r.topic, 3), top ? top->expected : 0.0);
  t.line = fmt::format(
      "Unanswered: {:.0f} recent questions and complaints about {} got no reply from an own "
      "account within the grace period (usually {:.1f}, by {} authors); {} questions and "
      "complaints of the query are unanswered, the oldest for {}.",
      piled, term_list(r.topic, 3), top ? top->expected : 0.0, top ? top->authors : 0, r.open,
      minutes_text(r.oldest_minutes));
  t.details_json = nlohmann::json{{"minute", format_rfc3339(r.minute)},
                                  {"open", r.open},
                                  {"oldest_minutes", std::round(r.oldest_minutes)},
                                  {"terms", terms_json(r.topic)}}
                       .dump();
  return t;
}

}  // namespace rauch::detect
