#include "app/stdin_posts.h"

#include <cstdio>

#include <fmt/format.h>

#include "app/commands.h"
#include "ingest/line_reader.h"
#include "ingest/post_decoder.h"
#include "ingest/reject_report.h"

namespace rauch::app {

int for_each_stdin_post(std::string_view command,
                        const std::function<void(const Post&)>& on_post) {
  ingest::LineReader reader(stdin, kMaxPostLineBytes);
  ingest::PostDecoder decoder;
  ingest::RejectReport report(stderr);
  Post post;
  ingest::Line line;
  while (true) {
    auto more = reader.next(line);
    if (!more) {
      fmt::print(stderr, "{}: {}\n", command, more.error().message());
      return kExitFailure;
    }
    if (!*more)
      break;
    if (line.too_long) {
      report.reject("-", line.number, "line longer than 1 MiB (the limit for one post), skipped");
      continue;
    }
    if (line.text.find_first_not_of(" \t\r\f\v") == std::string_view::npos)
      continue;
    if (auto decoded = decoder.decode(line.text, post); !decoded) {
      report.reject("-", line.number, decoded.error().message());
      continue;
    }
    on_post(post);
  }
  report.finish();
  std::fflush(stdout);
  return report.total() > 0 ? kExitRejected : kExitOk;
}

}  // namespace rauch::app
