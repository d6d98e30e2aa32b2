#pragma once

// The new-topic signal of one query (docs/detection.md#new-topic): words, bigrams and
// hashtags in the query's matches whose frequency jumps against their own history, named
// in the incident ("#VeloraGate", "werkstatt video").
//
// Each matched post's terms (topic_terms.h) go into two count-min sketches with
// conservative update: a recent one (half-life recent_half_life_minutes, the "now") and a
// history (half-life history_half_life_days). A bounded candidate list (topic_candidates.h)
// follows the terms with the largest recent excess over what their usual share predicts:
// their exact recent counts, authors, networks and sample posts. When a minute closes,
// every candidate is tested like the negative-share signal: usual share p = history count /
// history posts (at least unseen_share), recent share q = recent count / recent posts,
// evidence = recent posts · KL(q ‖ p) / ln 2 bits, the binomial Chernoff bound. A term is
// above the bar with at least min_posts recent posts by min_authors distinct authors,
// q ≥ min_lift · p and alert_bits of evidence.
//
// History and the new topic: while a term is above the bar its posts are withheld from the
// history (so a crisis does not become its own baseline within the hour) and released into
// it when the term falls under the bar, or after learn_delay_minutes at the latest, so a
// topic that stays for days becomes usual and stops being reported.
//
// Memory is fixed at construction (two sketches, the candidate list and a per-post scratch
// table), whatever the stream: memory_bytes() does not change. add_post hashes each term
// once and does not allocate. Cost is bounded for busy queries by reading the terms of at
// most max_posts_per_minute posts a minute (a sample), and close_minute tests only the
// candidates that gained a post that minute or are above the bar: without new posts a
// term's evidence only falls (its count and the recent posts decay alike). Not
// thread-safe: one instance per query.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/timestamp.h"
#include "detect/topic/count_min_sketch.h"
#include "detect/topic/topic_candidates.h"
#include "text/tokens.h"

namespace rauch::detect {

struct TopicOptions {
  // The "now": recent counts decay with this half-life (event time).
  double recent_half_life_minutes = 10;
  // A term's own history: its usual share decays with this half-life.
  double history_half_life_days = 7;
  // Count-min sketch shape, per query and for each of the two sketches (depth <= 8).
  std::size_t sketch_width = 2048, sketch_depth = 4;
  // Capacity of the candidate list (the terms followed closely), at most 16,000.
  std::size_t candidates = 128;
  // Guards: a term needs this many recent posts (decayed) and distinct authors.
  double min_posts = 3, min_authors = 3;
  // The recent share must be at least min_lift times the usual share.
  double min_lift = 5;
  // Evidence needed: the tail bound below 2^-alert_bits (20: about one in a million).
  double alert_bits = 20;
  // Posts seen before any term is reported: the history must be known first.
  double warmup_posts = 500;
  // A term is announced again only after it has stayed under the bar for this long.
  double hold_minutes = 12 * 60;
  // Terms named in a reading, strongest first.
  std::size_t max_terms = 5;
  // The usual share of a term the history has (almost) never seen: one post in 10,000.
  double unseen_share = 1e-4;
  // Words need at least this many characters.
  std::size_t min_word_chars = 3;
  // Bigrams of adjacent words as terms ("werkstatt video").
  bool bigrams = true;
  // A term enters a full candidate list only once it is in this many recent posts (the
  // recent sketch's estimate, this post included): one-off words and bigrams, most of a
  // post's terms, would otherwise churn the list.
  double candidate_min_posts = 2;
  // The posts of a term above the bar are released into its history at the latest after
  // this long, so a topic that stays becomes usual (after about two to three days).
  double learn_delay_minutes = 24 * 60;
  // Terms of one post beyond this many are ignored (cost limit for very long posts).
  std::size_t max_terms_per_post = 256;
  // Cost limit for busy queries: when the query has more matched posts a minute than this,
  // the terms of a deterministic sample (by post key) of this many a minute are read, and
  // shares and tests are computed on the sample (0 = read every post). Counts in readings
  // are scaled back to all posts. A smaller sample finds a term later: a term in 5% of the
  // posts needs about 5 sampled posts with it, one minute at 120 a minute, four at 30.
  double max_posts_per_minute = 120;
};

// What the explanation needs about a post.
struct TopicPostRef {
  std::uint64_t author_key = 0;  // hash of source + author id (the caller computes it)
  std::uint8_t source = 0;       // static_cast of core Source
  std::string_view post_key;     // "twitter:t-123" (copied only when kept as a sample)
};

struct TopicTerm {
  std::string term;          // display form as first seen (cased): "#VeloraGate", "werkstatt video"
  double recent = 0;         // decayed recent posts containing it
  double expected = 0;       // what its usual share predicts for the recent posts
  std::int64_t authors = 0;  // distinct authors since it became a candidate (estimate,
                             // see TopicCandidate; saturates near 1,400)
  std::int64_t sources = 0;  // distinct networks among them
  double bits = 0;           // evidence, -log2 of the tail bound
  std::vector<std::string> sample_posts;  // up to 3 post keys, earliest first
};

struct TopicReading {
  Timestamp minute;
  double recent_posts = 0;       // decayed recent matched posts
  std::vector<TopicTerm> terms;  // terms above the bar, strongest first, <= max_terms
  bool alert = false;  // a term not announced within hold_minutes crossed the bar this minute
};

class NewTopicDetector {
 public:
  // kInvalidArgument names the first option out of range.
  [[nodiscard]] static Result<NewTopicDetector> create(const TopicOptions& options);

  // One matched post: the tokens of its title and text (a kBoundary between them), who
  // wrote it and its key. Each distinct term counts once per post. `at` must not be before
  // the last closed minute (kInvalidArgument otherwise, the detector unchanged); a post
  // inside the last closed minute, or after the open one, counts for the next
  // close_minute. Does not allocate.
  [[nodiscard]] Result<void> add_post(Timestamp at, const text::TokenizedText& tokens,
                                      const TopicPostRef& ref);

  // All posts of the minute starting at `minute` have been added: tests the candidates,
  // then decays. Minutes must increase (kInvalidArgument otherwise); skipped minutes count
  // as empty. Allocates only the reading.
  [[nodiscard]] Result<TopicReading> close_minute(Timestamp minute);

  const TopicOptions& options() const { return options_; }
  // Bytes held; fixed at construction.
  std::size_t memory_bytes() const;

 private:
  explicit NewTopicDetector(const TopicOptions& options);
  void add_term(const text::TokenizedText& tokens, std::uint64_t hash, std::uint32_t first,
                std::uint32_t last, const TopicPostRef& ref);
  bool first_in_post(std::uint64_t hash);
  // Whether this post's terms are read (see max_posts_per_minute).
  bool sampled(std::string_view post_key) const;
  // All posts per sampled post in the recent window: scales counts back for readings.
  double sample_factor() const;
  void admit(const text::TokenizedText& tokens, std::uint64_t hash, std::uint32_t first,
             std::uint32_t last, const TopicPostRef& ref, double recent, double usual_share);
  void find_floor();
  double score(const TopicCandidate& c) const;
  void release_withheld(TopicCandidate& c);
  void advance(std::int64_t minutes);
  TopicTerm describe(const TopicCandidate& c, double recent_posts, double bits) const;

  TopicOptions options_;
  CountMinSketch recent_, history_;
  TopicCandidates candidates_;
  // Lazy decay: weights added now are recent_scale_ / history_scale_; true values are
  // stored / scale. The scales grow each minute and are renormalised to 1 above 2^64.
  double recent_scale_ = 1, history_scale_ = 1;
  double recent_growth_ = 1, history_growth_ = 1;  // per minute
  double recent_posts_ = 0, history_posts_ = 0;    // scaled
  double minute_posts_ = 0;  // posts of the open minute
  double seen_posts_ = 0;    // all posts ever (warm-up)
  // Every post, sampled or not (the counters above are of sampled posts): the decayed
  // recent count (recent scale), the open minute's and the last closed minute's.
  double recent_all_ = 0, minute_all_ = 0, last_minute_all_ = 0;
  bool warm_ = false;
  // The weakest candidate that may be replaced, by its score: the recent excess over the
  // expected count in units of its Poisson spread, (recent - expected) / sqrt(expected + 0.1).
  std::size_t floor_slot_ = 0;
  double floor_score_ = 0;
  bool floor_dirty_ = true;
  // Distinct terms of the current post: hashes stamped with the post number.
  struct Seen {
    std::uint64_t hash = 0;
    std::uint32_t stamp = 0;
  };
  std::vector<Seen> seen_;
  std::uint32_t stamp_ = 0;
  std::size_t post_terms_ = 0;
  // Minutes as indices (ms / 60,000).
  bool started_ = false;
  std::int64_t last_closed_ = 0;
  std::int64_t open_minute_ = 0;
  // Scratch of close_minute: candidates above the bar.
  std::vector<std::pair<double, std::size_t>> above_;
};

}  // namespace rauch::detect
