#pragma once

// Other forms of one token that the text analysis looks up when the token itself is not
// in a word list (docs/text-normalization.md, "For analysis"): the words of a camel-case
// hashtag (#BahnChaos → Bahn, Chaos) and a word with its elongations cut
// (suuuuper → suuper, super). The query matcher never uses them: a query for "chaos"
// does not match #BahnChaos. None of these allocate.

#include <cstddef>
#include <span>
#include <string_view>

namespace rauch::text {

// Splits the text of a hashtag (its cased form, with or without the '#') into words at
// lower→upper case changes and at letter↔digit changes: "BahnChaos" → "Bahn", "Chaos";
// "iPhone15Pro" → "i", "Phone", "15", "Pro"; a run of capitals stays one word unless a
// capitalised word follows it ("DBNavigator" → "DB", "Navigator"); "fail" and "WTF"
// stay whole. Writes at most parts.size() pieces (views into `tag`) and returns how
// many; ASCII letters only decide where to split (umlauts stay inside their word).
std::size_t split_hashtag(std::string_view tag, std::span<std::string_view> parts);

// Whether `form` has a run of three or more equal ASCII letters ("suuuper", "LAAAME").
bool has_elongation(std::string_view form);

// `form` with every run of three or more equal ASCII letters cut to `keep` (1 or 2)
// letters, into `buf`: keep 2 gives "suuper" (English "soo", "cool" keep their pairs),
// keep 1 gives "super". Empty when `form` has no such run or does not fit `buf`.
std::string_view squeeze_elongation(std::string_view form, std::size_t keep, std::span<char> buf);

}  // namespace rauch::text
