#pragma once

// How the CLI shows a post to a person: two lines (time, source, language, author; then
// the title and text made safe for the terminal).

#include "core/post.h"

namespace rauch::app {

// Prints to stdout.
void print_post_human(const Post& post);

}  // namespace rauch::app
