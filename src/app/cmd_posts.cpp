// `rauchmelder posts`: lists stored posts, newest first.

#include <cstdio>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app/commands.h"
#include "app/post_lines.h"
#include "app/time_arguments.h"
#include "core/post_json.h"
#include "store/sqlite/sqlite_store.h"

namespace rauch::app {
namespace {

struct PostsArgs {
  std::string db = "rauchmelder.db";
  std::string since;
  std::string until;
  std::string source;
  std::string author;
  std::int64_t limit = 20;
  bool json = false;
};

Result<store::PostFilter> make_filter(const PostsArgs& args) {
  store::PostFilter filter;
  filter.limit = args.limit;
  filter.author = args.author;
  const Timestamp now = wall_clock_now();
  if (!args.since.empty()) {
    auto t = parse_time_argument("--since", args.since, now);
    if (!t) {
      return tl::unexpected(t.error());
    }
    filter.since = *t;
  }
  if (!args.until.empty()) {
    auto t = parse_time_argument("--until", args.until, now);
    if (!t) {
      return tl::unexpected(t.error());
    }
    filter.until = *t;
  }
  if (!args.source.empty()) {
    filter.source = source_from_name(args.source);
    if (!filter.source) {
      return make_error(ErrorCode::kInvalidArgument,
                        fmt::format("--source: unknown source '{}' (one of {})", args.source,
                                    fmt::join(all_source_names(), ", ")));
    }
  }
  return filter;
}

int run_posts(const PostsArgs& args) {
  auto filter = make_filter(args);
  if (!filter) {
    fmt::print(stderr, "rauchmelder posts: {}\n", filter.error().message());
    return kExitFailure;
  }
  auto store = store::sqlite::SqliteStore::open(args.db);
  if (!store) {
    fmt::print(stderr, "rauchmelder posts: {}\n", store.error().message());
    return kExitFailure;
  }
  auto posts = (*store)->list_posts(*filter);
  if (!posts) {
    fmt::print(stderr, "rauchmelder posts: {}\n", posts.error().message());
    return kExitFailure;
  }
  std::string line;
  for (const Post& post : *posts) {
    if (args.json) {
      line.clear();
      append_post_json(post, line);
      line += '\n';
      std::fwrite(line.data(), 1, line.size(), stdout);
    } else {
      print_post_human(post);
    }
  }
  if (!args.json && posts->empty()) {
    fmt::print(stderr, "no posts match\n");
  }
  return kExitOk;
}

}  // namespace

void register_posts(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<PostsArgs>();
  CLI::App* cmd = app.add_subcommand("posts", "List stored posts, newest first.");
  cmd->add_option("--db", args->db, "SQLite database file")->capture_default_str();
  cmd->add_option("--since", args->since,
                  "Only posts created at or after this time: 2026-10-12T08:00:00Z, 2026-10-12, "
                  "or a duration before now such as 36h or 7d");
  cmd->add_option("--until", args->until, "Only posts created before this time (same forms)");
  cmd->add_option("--source", args->source, "Only posts from this source (twitter, news, ...)");
  cmd->add_option("--author", args->author, "Only posts by this author id or @handle");
  cmd->add_option("--limit", args->limit, "At most this many posts")
      ->capture_default_str()
      ->check(CLI::Range(std::int64_t{1}, store::kMaxListLimit));
  cmd->add_flag("--json", args->json,
                "Print NDJSON in the input format (docs/input-format.md); it can be ingested "
                "again");
  cmd->callback([args, &exit_code] { exit_code = run_posts(*args); });
}

}  // namespace rauch::app
