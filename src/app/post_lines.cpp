#include "app/post_lines.h"

#include <fmt/format.h>

#include "app/terminal_text.h"

namespace rauch::app {

void print_post_human(const Post& post) {
  std::string who = post.author.handle.empty() ? post.author.id : post.author.handle;
  if (post.author.followers) {
    who += fmt::format(" ({} followers)", *post.author.followers);
  }
  fmt::print("{}  {:<9} {:<2}  {}{}\n    {}\n", format_rfc3339(post.created_at),
             source_name(post.source), post.lang.empty() ? "--" : post.lang, terminal_safe(who, 60),
             post.own ? "  [own]" : "",
             terminal_safe(post.title.empty() ? post.text : post.title + ": " + post.text, 160));
}

}  // namespace rauch::app
