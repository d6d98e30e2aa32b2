#pragma once

// The parts every post shares, whoever writes it: author, platform and kind, the language
// label as a platform would give it, engagement metrics and the text's final touches.

#include <string_view>

#include "generate/detail/author_pool.h"
#include "generate/detail/draft.h"
#include "generate/detail/grammar.h"
#include "generate/detail/text_noise.h"

namespace rauch::generate::detail {

// Sets source, kind, created_at and author.
void begin_post(Post& post, const PoolAuthor& author, Source source, PostKind kind, Timestamp at);

// The language of what this author writes now (usually their own, sometimes the other).
Lang choose_lang(const PoolAuthor& author, Rng& rng);

// A social platform for this author: mostly their home, sometimes another one.
Source choose_social_source(const PoolAuthor& author, Rng& rng);

// Platforms detect the language themselves: right about 90% of the time, missing on
// short or mixed texts, occasionally wrong (German read as Dutch or Danish, English as
// German).
void label_lang(Post& post, Lang lang, Rng& rng);

// Heavy-tailed engagement that grows with the author's followers; `virality` scales it
// (1 = ordinary, 50 = a post that blows up). Only the counters a platform reports.
void fill_metrics(Post& post, Rng& rng, double virality);

// Renders `list` into post.text, tidies it and, unless `noise` is all zero, roughens it.
void write_text(Post& post, const Grammar& grammar, ListId list, Rng& rng, const NoiseLevel& noise);

// Sets title and the article's URL on the outlet's domain (news and blogs).
void set_article(Post& post, std::string_view domain, std::string_view section,
                 std::string_view title, Rng& rng);

// Noise levels: ordinary people, angry people, and none (brands, press).
inline constexpr NoiseLevel kCasualNoise{0.18, 0.12, 0.01, 0.06};
inline constexpr NoiseLevel kAngryNoise{0.25, 0.08, 0.10, 0.25};
inline constexpr NoiseLevel kNoNoise{};

}  // namespace rauch::generate::detail
