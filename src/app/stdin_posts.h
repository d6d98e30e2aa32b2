#pragma once

// NDJSON posts from standard input for the filter commands (`match`, `analyze`): each
// valid post goes to a callback, each bad line is reported on stderr as -:LINE: reason
// and skipped, blank lines are ignored.

#include <functional>
#include <string_view>

#include "core/post.h"

namespace rauch::app {

// Returns kExitOk when every line was a post, kExitRejected when some were not, and
// kExitFailure when standard input could not be read (`command` names the reader in
// that message: "rauchmelder match").
int for_each_stdin_post(std::string_view command, const std::function<void(const Post&)>& on_post);

}  // namespace rauch::app
