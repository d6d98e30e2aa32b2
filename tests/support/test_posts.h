#pragma once

#include <string>

#include "core/post.h"

namespace rauch::testing {

// A valid post with the given id and created_at; the author is "u-<author>" when
// `author` is not empty.
Post make_post(const std::string& id, std::int64_t created_at_ms, const std::string& author = "",
               Source source = Source::kTwitter);

}  // namespace rauch::testing
