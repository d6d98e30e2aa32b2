// `rauchmelder queries add|list|show|remove|test`: the saved query set in the store.
// Ingest matches every new post against it; add and test backfill the stored history.

#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/backfill.h"
#include "app/commands.h"
#include "app/post_lines.h"
#include "app/query_matching.h"
#include "app/terminal_text.h"
#include "app/time_arguments.h"
#include "core/post_json.h"
#include "query/syntax/parser.h"
#include "query/syntax/printer.h"
#include "store/sqlite/sqlite_store.h"

namespace rauch::app {
namespace {

struct QueriesArgs {
  std::string db = "rauchmelder.db";
  std::string id;
  std::string text;
  std::string name;
  std::string category = "topic";
  std::string owner;
  bool replace = false;
  bool no_backfill = false;
  bool json = false;
  std::int64_t samples = 5;
};

int fail(std::string_view command, const Error& error) {
  fmt::print(stderr, "rauchmelder queries {}: {}\n", command, error.message());
  return error.code() == ErrorCode::kInvalidArgument || error.code() == ErrorCode::kNotFound
             ? kExitRejected
             : kExitFailure;
}

Result<store::QueryRecord> require_query(store::Store& store, const std::string& id) {
  auto record = store.find_query(id);
  if (!record)
    return tl::unexpected(record.error());
  if (!*record)
    return make_error(ErrorCode::kNotFound, fmt::format("no saved query '{}'", id));
  return **record;
}

int run_add(const QueriesArgs& args, store::Store& store) {
  auto root = query::parse_syntax(args.text);
  if (!root) {
    fmt::print(stderr, "rauchmelder queries add: {}\n", query::format_syntax_error(root.error()));
    return kExitRejected;
  }
  auto existing = store.find_query(args.id);
  if (!existing)
    return fail("add", existing.error());
  if (*existing && !args.replace) {
    fmt::print(stderr,
               "rauchmelder queries add: a query with id '{}' exists; use --replace to change "
               "it\n",
               args.id);
    return kExitRejected;
  }
  store::QueryRecord record;
  record.id = args.id;
  record.text = args.text;
  record.name = args.name;
  record.category = *store::query_category_from_name(args.category);
  record.owner = args.owner;
  record.created_at = record.updated_at = wall_clock_now();
  if (auto put = store.put_query(record); !put)
    return fail("add", put.error());
  fmt::print("{} query {}: {}\n", *existing ? "replaced" : "added", args.id, query::print(*root));
  if (args.no_backfill)
    return kExitOk;
  auto filled = backfill_query(store, record);
  if (!filled)
    return fail("add", filled.error());
  fmt::print("backfill: {} of {} stored posts match\n", filled->matched, filled->posts_scanned);
  return kExitOk;
}

nlohmann::json record_json(const store::QueryRecord& r, std::int64_t matches) {
  return {{"id", r.id},
          {"query", r.text},
          {"name", r.name},
          {"category", std::string(store::query_category_name(r.category))},
          {"owner", r.owner},
          {"created_at", format_rfc3339(r.created_at)},
          {"updated_at", format_rfc3339(r.updated_at)},
          {"matches", matches}};
}

int run_list(const QueriesArgs& args, store::Store& store) {
  auto records = store.list_queries();
  if (!records)
    return fail("list", records.error());
  nlohmann::json all = nlohmann::json::array();
  for (const store::QueryRecord& r : *records) {
    auto count = store.count_matches(r.id, std::nullopt, std::nullopt);
    if (!count)
      return fail("list", count.error());
    if (args.json) {
      all.push_back(record_json(r, *count));
    } else {
      fmt::print("{:<16} {:<10} {:>8}  {}\n", terminal_safe(r.id, 16),
                 store::query_category_name(r.category), *count, terminal_safe(r.text, 100));
    }
  }
  if (args.json)
    fmt::print("{}\n", all.dump());
  if (!args.json && records->empty())
    fmt::print(stderr, "no saved queries\n");
  return kExitOk;
}

int run_show(const QueriesArgs& args, store::Store& store) {
  auto record = require_query(store, args.id);
  if (!record)
    return fail("show", record.error());
  auto count = store.count_matches(record->id, std::nullopt, std::nullopt);
  if (!count)
    return fail("show", count.error());
  auto root = query::parse(record->text);
  if (args.json) {
    nlohmann::json json = record_json(*record, *count);
    json["canonical"] = root ? query::print(*root) : "";
    fmt::print("{}\n", json.dump());
    return kExitOk;
  }
  fmt::print("id:        {}\nname:      {}\ncategory:  {}\nowner:     {}\nquery:     {}\n",
             terminal_safe(record->id, 200), terminal_safe(record->name, 200),
             store::query_category_name(record->category), terminal_safe(record->owner, 200),
             terminal_safe(record->text, 2000));
  if (root)
    fmt::print("canonical: {}\n", terminal_safe(query::print(*root), 2000));
  fmt::print("created:   {}\nupdated:   {}\nmatches:   {}\n", format_rfc3339(record->created_at),
             format_rfc3339(record->updated_at), *count);
  return kExitOk;
}

int run_remove(const QueriesArgs& args, store::Store& store) {
  auto removed = store.remove_query(args.id);
  if (!removed)
    return fail("remove", removed.error());
  if (!*removed)
    return fail("remove", Error(ErrorCode::kNotFound, "no saved query '" + args.id + "'"));
  fmt::print("removed query {}\n", args.id);
  return kExitOk;
}

int run_test(const QueriesArgs& args, store::Store& store) {
  auto record = require_query(store, args.id);
  if (!record)
    return fail("test", record.error());
  auto filled = backfill_query(store, *record);
  if (!filled)
    return fail("test", filled.error());
  auto days = store.match_counts_by_day(record->id, std::nullopt, std::nullopt);
  if (!days)
    return fail("test", days.error());
  store::PostFilter filter;
  filter.limit = std::max<std::int64_t>(1, args.samples);
  auto samples = store.list_matched_posts(record->id, filter);
  if (!samples)
    return fail("test", samples.error());
  if (args.json) {
    nlohmann::json json = {{"id", record->id},
                           {"query", record->text},
                           {"posts_scanned", filled->posts_scanned},
                           {"matches", filled->matched},
                           {"new_matches", filled->new_matches}};
    json["days"] = nlohmann::json::array();
    for (const auto& day : *days)
      json["days"].push_back({{"day", day.day}, {"count", day.count}});
    std::string posts = "[";
    for (const Post& post : *samples) {
      if (posts.size() > 1)
        posts += ',';
      append_post_json(post, posts);
    }
    json["samples"] = nlohmann::json::parse(posts + "]");
    fmt::print("{}\n", json.dump());
    return kExitOk;
  }
  fmt::print("query {}: {} of {} stored posts match ({} newly recorded)\n", record->id,
             filled->matched, filled->posts_scanned, filled->new_matches);
  std::int64_t peak = 1;
  for (const auto& day : *days)
    peak = std::max(peak, day.count);
  for (const auto& day : *days) {
    const auto bar = static_cast<std::size_t>((day.count * 40 + peak - 1) / peak);
    std::string bars;
    for (std::size_t i = 0; i < bar; ++i)
      bars += "█";
    fmt::print("  {}  {:>7}  {}\n", day.day, day.count, bars);
  }
  if (!samples->empty())
    fmt::print("newest matches:\n");
  for (const Post& post : *samples)
    print_post_human(post);
  return kExitOk;
}

using Runner = int (*)(const QueriesArgs&, store::Store&);

void add_command(CLI::App& group, const char* name, const char* help, Runner runner,
                 const std::shared_ptr<QueriesArgs>& args, int& exit_code,
                 const std::function<void(CLI::App&)>& options) {
  CLI::App* cmd = group.add_subcommand(name, help);
  cmd->add_option("--db", args->db, "SQLite database file")->capture_default_str();
  options(*cmd);
  cmd->callback([args, runner, &exit_code, name] {
    auto store = store::sqlite::SqliteStore::open(args->db);
    if (!store) {
      fail(name, store.error());
      exit_code = kExitFailure;
      return;
    }
    exit_code = runner(*args, **store);
  });
}

}  // namespace

void register_queries(CLI::App& app, int& exit_code) {
  CLI::App* group = app.add_subcommand(
      "queries",
      "The saved queries (docs/query-language.md). Ingest matches every new post against "
      "them. Exit code 0 = done, 1 = invalid query or unknown id, 2 = I/O error.");
  group->require_subcommand(1);
  auto args = std::make_shared<QueriesArgs>();
  add_command(
      *group, "add", "Save a query and backfill its matches over the stored posts", run_add, args,
      exit_code, [args](CLI::App& cmd) {
        cmd.add_option("id", args->id, "Query id (unique, e.g. velora-complaints)")->required();
        cmd.add_option("query", args->text, "The query, quoted for the shell")->required();
        cmd.add_option("--name", args->name, "A name for people");
        cmd.add_option("--category", args->category, "brand, competitor or topic")
            ->capture_default_str()
            ->check(CLI::IsMember({"brand", "competitor", "topic"}));
        cmd.add_option("--owner", args->owner, "Who maintains the query");
        cmd.add_flag("--replace", args->replace, "Replace the query with this id");
        cmd.add_flag("--no-backfill", args->no_backfill, "Do not match the stored posts now");
      });
  add_command(
      *group, "list", "List the saved queries with their match counts", run_list, args, exit_code,
      [args](CLI::App& cmd) { cmd.add_flag("--json", args->json, "Print one JSON array"); });
  add_command(*group, "show", "Show one saved query", run_show, args, exit_code,
              [args](CLI::App& cmd) {
                cmd.add_option("id", args->id, "Query id")->required();
                cmd.add_flag("--json", args->json, "Print one JSON object");
              });
  add_command(*group, "remove", "Remove a saved query and its matches", run_remove, args, exit_code,
              [args](CLI::App& cmd) { cmd.add_option("id", args->id, "Query id")->required(); });
  add_command(
      *group, "test",
      "Run a saved query over the stored history (recording its matches) and print "
      "matches per day and the newest matching posts",
      run_test, args, exit_code, [args](CLI::App& cmd) {
        cmd.add_option("id", args->id, "Query id")->required();
        cmd.add_option("--samples", args->samples, "Sample posts to show")->capture_default_str();
        cmd.add_flag("--json", args->json,
                     "Print one JSON object: id, query, posts_scanned, matches, "
                     "new_matches, days[{day,count}], samples[posts]");
      });
}

}  // namespace rauch::app
