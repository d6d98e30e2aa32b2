#pragma once

// What the benchmark programs share: generated demo posts and the process's memory.

#include <cstddef>
#include <vector>

#include "core/post.h"

namespace rauch::bench {

// About `count` posts of the demo stream (all scenarios), generated at a volume that
// yields at least that many, cut to `count`.
std::vector<Post> generated_posts(std::size_t count);

// Current resident set size in MiB (from /proc, so it can go down as well as up).
double rss_mib();

}  // namespace rauch::bench
