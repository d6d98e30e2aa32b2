#pragma once

// Brand-style queries for the matcher benchmark, the way monitoring customers write
// them: a brand with its hashtag and handle, problem words and phrases, exclusions,
// NEAR, language and reach filters. A few watch the brands of the demo stream (Velora,
// Radwerk, Ampera), most watch made-up brands, as a shared server holds the queries of
// many brands of which any one post mentions few.

#include <cstdint>
#include <string>
#include <vector>

#include "query/matcher.h"

namespace rauch::bench {

// `count` queries, deterministic for a seed. Every text parses.
std::vector<query::QuerySpec> brand_queries(std::size_t count, std::uint64_t seed = 7);

}  // namespace rauch::bench
