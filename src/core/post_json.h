#pragma once

// Writes posts in the input contract's JSON form (docs/input-format.md), so that what
// `rauchmelder posts --json` and `generate` print can be ingested again unchanged.

#include <string>
#include <string_view>

#include "core/post.h"

namespace rauch {

// Appends `text` as a quoted JSON string, escaping quotes, backslashes and control
// characters. `text` must be valid UTF-8 (decoders guarantee it for posts).
void append_json_string(std::string_view text, std::string& out);

// Appends one post as a single-line JSON object (no trailing newline). Fields that were
// not given are left out; extra_json's members are written after the known fields.
// Does not allocate when `out` has enough capacity.
void append_post_json(const Post& post, std::string& out);

}  // namespace rauch
