// `rauchmelder match --queries FILE`: NDJSON posts from stdin to stdout, each with the ids
// of the queries it matches.

#include <cstdio>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app/commands.h"
#include "app/query_file.h"
#include "app/stdin_posts.h"
#include "core/post_json.h"
#include "query/document.h"

namespace rauch::app {
namespace {

struct MatchArgs {
  std::string queries;
  bool only_matching = false;
};

// The post in the input format with "matches": [...] as its last member.
void append_matched_post(const Post& post, const query::Matcher& matcher,
                         const std::vector<std::uint32_t>& hits, std::string& out) {
  append_post_json(post, out);
  out.pop_back();  // The closing brace.
  out += ",\"matches\":[";
  for (std::size_t i = 0; i < hits.size(); ++i) {
    if (i > 0)
      out += ',';
    append_json_string(matcher.id(hits[i]), out);
  }
  out += "]}\n";
}

int run_match(const MatchArgs& args) {
  auto specs = read_query_file(args.queries);
  if (!specs) {
    fmt::print(stderr, "{}\n", specs.error().message());
    return kExitFailure;
  }
  auto matcher = query::Matcher::compile(*specs);
  if (!matcher) {
    fmt::print(stderr, "rauchmelder match: {}\n", matcher.error().message());
    return kExitFailure;
  }
  query::MatchScratch scratch;
  query::Document document;
  std::vector<std::uint32_t> hits;
  std::string out;
  return for_each_stdin_post("rauchmelder match", [&](const Post& post) {
    document.assign(post);
    hits.clear();
    (*matcher)->match(document, scratch, hits);
    if (args.only_matching && hits.empty())
      return;
    out.clear();
    append_matched_post(post, **matcher, hits, out);
    std::fwrite(out.data(), 1, out.size(), stdout);
  });
}

}  // namespace

void register_match(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<MatchArgs>();
  CLI::App* cmd = app.add_subcommand(
      "match",
      "Match NDJSON posts from standard input against the queries of a file and write each "
      "post to standard output with \"matches\": [ids]. Bad lines are reported on stderr "
      "as -:LINE: reason and skipped. Exit code 0 = clean, 1 = some lines rejected, 2 = "
      "bad query file or I/O error.");
  cmd->add_option("--queries", args->queries,
                  "File with one query per line as ID<TAB>QUERY; '#' starts a comment line")
      ->required();
  cmd->add_flag("--only-matching", args->only_matching, "Leave out posts that match no query");
  cmd->callback([args, &exit_code] { exit_code = run_match(*args); });
}

}  // namespace rauch::app
