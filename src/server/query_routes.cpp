// Saved queries (docs/api.md#queries): list and read (viewer); create, replace, remove and
// backfill (admin); test an unsaved query over the stored posts (agent). Every change
// reloads the query set that ingest matches new posts against, under the store lock, so
// the next batch stored is matched against exactly the saved queries.

#include <httplib.h>

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/backfill.h"
#include "app/query_preview.h"
#include "core/post_json.h"
#include "query/syntax/parser.h"
#include "query/syntax/printer.h"
#include "server/api_routes.h"
#include "server/http_json.h"
#include "server/json_body.h"
#include "server/query_problems.h"

namespace rauch::server {
namespace {

constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;
constexpr std::int64_t kDefaultTestDays = 30;
constexpr std::int64_t kMaxTestDays = 366;
constexpr std::int64_t kMaxTestPosts = 100'000;  // Then the answer says truncated.
constexpr std::int64_t kDefaultSamples = 20;
constexpr std::int64_t kMaxSamples = 100;

// Ids go into paths (/api/v1/queries/{id}), so the API saves only URL-safe ones.
Result<void> check_new_id(const std::string& id) {
  const auto safe = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
  };
  const bool ok = !id.empty() && id.size() <= store::kMaxQueryIdBytes && safe(id[0]) &&
                  id[0] != '.' && std::all_of(id.begin(), id.end(), safe);
  if (!ok)
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("id must be 1 to {} letters, digits, '-', '_' or '.', not "
                                  "starting with '.'",
                                  store::kMaxQueryIdBytes));
  return {};
}

nlohmann::json query_json(const store::QueryRecord& r, std::int64_t matches) {
  auto root = query::parse(r.text);
  return {{"id", r.id},
          {"text", r.text},
          {"canonical", root ? nlohmann::json(query::print(*root)) : nlohmann::json()},
          {"name", r.name},
          {"category", std::string(store::query_category_name(r.category))},
          {"owner", r.owner},
          {"created_at", format_rfc3339(r.created_at)},
          {"updated_at", format_rfc3339(r.updated_at)},
          {"matches", matches}};
}

// The record a create or replace body describes (id from the body or the path).
Result<store::QueryRecord> record_of(const nlohmann::json& body) {
  store::QueryRecord record;
  for (auto [name, target] : {std::pair{"id", &record.id},
                              {"text", &record.text},
                              {"name", &record.name},
                              {"owner", &record.owner}}) {
    auto value = string_field(body, name);
    if (!value)
      return tl::unexpected(value.error());
    if (*value)
      *target = std::move(**value);
  }
  if (record.text.empty())
    return make_error(ErrorCode::kInvalidArgument, "text is required: the query");
  auto category = string_field(body, "category");
  if (!category)
    return tl::unexpected(category.error());
  if (*category) {
    const auto parsed = store::query_category_from_name(**category);
    if (!parsed)
      return make_error(ErrorCode::kInvalidArgument, "category must be brand, competitor or topic");
    record.category = *parsed;
  }
  return record;
}

void list(RouteContext& context, httplib::Response& res) {
  nlohmann::json out = nlohmann::json::array();
  auto listed = context.store.read([&](store::Store& s) -> Result<void> {
    auto records = s.list_queries();
    if (!records)
      return tl::unexpected(records.error());
    for (const store::QueryRecord& r : *records) {
      auto count = s.count_matches(r.id, std::nullopt, std::nullopt);
      if (!count)
        return tl::unexpected(count.error());
      out.push_back(query_json(r, *count));
    }
    return {};
  });
  if (!listed)
    return send_error(res, listed.error());
  send_json(res, {{"queries", std::move(out)}});
}

void one(RouteContext& context, const httplib::Request& req, httplib::Response& res) {
  const std::string id = req.matches[1];
  auto found = context.store.read([&](store::Store& s) -> Result<nlohmann::json> {
    auto record = s.find_query(id);
    if (!record)
      return tl::unexpected(record.error());
    if (!*record)
      return make_error(ErrorCode::kNotFound, fmt::format("no saved query \"{}\"", id));
    auto count = s.count_matches(id, std::nullopt, std::nullopt);
    if (!count)
      return tl::unexpected(count.error());
    return query_json(**record, *count);
  });
  if (!found)
    return send_error(res, found.error());
  send_json(res, *found);
}

// POST (create only: 409 when the id exists) and PUT (create or replace).
void save(RouteContext& context, const httplib::Request& req, httplib::Response& res,
          bool replace) {
  auto body =
      json_object_body(req.body, {"id", "text", "name", "category", "owner"}, /*empty=*/false);
  if (!body)
    return send_error(res, body.error());
  auto record = record_of(*body);
  if (!record)
    return send_error(res, record.error());
  if (replace) {
    const std::string path_id = req.matches[1];
    if (!record->id.empty() && record->id != path_id)
      return send_error(res, 400,
                        fmt::format("id \"{}\" in the body differs from \"{}\" in the path",
                                    record->id, path_id));
    record->id = path_id;
  }
  if (auto id_ok = check_new_id(record->id); !id_ok)
    return send_error(res, id_ok.error());
  auto checked = check_query_text(record->id, record->text);
  if (!checked)
    return send_query_errors(res, checked.error());
  record->created_at = record->updated_at = context.wall_clock();
  bool created = false;
  auto saved = context.store.with([&](store::Store& s) -> Result<nlohmann::json> {
    auto existing = s.find_query(record->id);
    if (!existing)
      return tl::unexpected(existing.error());
    if (*existing && !replace)
      return make_error(ErrorCode::kConflict,
                        fmt::format("a query with id \"{}\" exists; PUT /api/v1/queries/{} "
                                    "replaces it",
                                    record->id, record->id));
    created = !*existing;
    if (auto put = s.put_query(*record); !put)
      return tl::unexpected(put.error());
    if (auto reloaded = app::reload_saved_queries(s, *context.annotator); !reloaded)
      return make_error(ErrorCode::kInternal,
                        fmt::format("query \"{}\" saved, but new posts are still matched "
                                    "against the previous queries: {}",
                                    record->id, reloaded.error().message()));
    auto stored = s.find_query(record->id);
    auto count = s.count_matches(record->id, std::nullopt, std::nullopt);
    if (!stored || !*stored || !count)
      return make_error(ErrorCode::kUnavailable, "the saved query cannot be read back");
    return query_json(**stored, *count);
  });
  if (!saved)
    return send_error(res, saved.error());
  (*saved)["warnings"] = problems_json(checked->warnings);
  send_json(res, *saved, created ? 201 : 200);
}

void remove(RouteContext& context, const httplib::Request& req, httplib::Response& res) {
  const std::string id = req.matches[1];
  auto removed = context.store.with([&](store::Store& s) -> Result<void> {
    auto gone = s.remove_query(id);
    if (!gone)
      return tl::unexpected(gone.error());
    if (!*gone)
      return make_error(ErrorCode::kNotFound, fmt::format("no saved query \"{}\"", id));
    if (auto reloaded = app::reload_saved_queries(s, *context.annotator); !reloaded)
      return make_error(ErrorCode::kInternal,
                        fmt::format("query \"{}\" removed, but new posts are still matched "
                                    "against the previous queries: {}",
                                    id, reloaded.error().message()));
    return {};
  });
  if (!removed)
    return send_error(res, removed.error());
  send_json(res, {{"removed", id}});
}

// {days?, from?, to?}: [from, to), or the `days` before `to` (or before now); without
// any, `default_days` before now, or everything when that is 0.
Result<app::HistoryRange> range_of(const nlohmann::json& body, Timestamp now,
                                   std::int64_t default_days) {
  auto days = int_field(body, "days", 1, kMaxTestDays);
  auto from = time_field(body, "from");
  auto to = time_field(body, "to");
  if (!days)
    return tl::unexpected(days.error());
  if (!from)
    return tl::unexpected(from.error());
  if (!to)
    return tl::unexpected(to.error());
  if (*days && *from)
    return make_error(ErrorCode::kInvalidArgument, "days and from: give one of them, not both");
  app::HistoryRange range;
  range.until = *to;
  if (*from)
    range.since = *from;
  else if (*days || default_days > 0)
    range.since = Timestamp{(*to ? **to : now).ms - days->value_or(default_days) * kDayMs};
  if (range.since && range.until && *range.since >= *range.until)
    return make_error(ErrorCode::kInvalidArgument, "from must be before to");
  return range;
}

nlohmann::json optional_time(const std::optional<Timestamp>& t) {
  return t ? nlohmann::json(format_rfc3339(*t)) : nlohmann::json();
}

void test(RouteContext& context, const httplib::Request& req, httplib::Response& res) {
  auto body = json_object_body(req.body, {"text", "days", "from", "to", "samples"},
                               /*empty=*/false);
  if (!body)
    return send_error(res, body.error());
  auto text = string_field(*body, "text");
  if (!text)
    return send_error(res, text.error());
  if (!*text || (*text)->empty())
    return send_error(res, 400, "text is required: the query to test");
  auto samples = int_field(*body, "samples", 0, kMaxSamples);
  if (!samples)
    return send_error(res, samples.error());
  auto range = range_of(*body, context.wall_clock(), kDefaultTestDays);
  if (!range)
    return send_error(res, range.error());
  range->max_posts = kMaxTestPosts;
  auto checked = check_query_text("test", **text);
  if (!checked)
    return send_query_errors(res, checked.error());
  auto preview = context.store.read([&](store::Store& s) {
    return app::preview_query(s, *checked->matcher, 0, *range,
                              static_cast<std::size_t>(samples->value_or(kDefaultSamples)));
  });
  if (!preview)
    return send_error(res, preview.error());
  nlohmann::json days = nlohmann::json::array();
  for (const store::DayCount& day : preview->days)
    days.push_back({{"day", day.day}, {"count", day.count}});
  std::string posts = "[";
  for (const Post& post : preview->samples) {
    if (posts.size() > 1)
      posts += ',';
    append_post_json(post, posts);
  }
  posts += ']';
  send_json(res, {{"canonical", checked->canonical},
                  {"since", optional_time(range->since)},
                  {"until", optional_time(range->until)},
                  {"posts_scanned", preview->scan.posts_scanned},
                  {"matches", preview->scan.matched},
                  {"truncated", preview->scan.truncated},
                  {"oldest_scanned", optional_time(preview->scan.oldest_scanned)},
                  {"days", std::move(days)},
                  {"samples", nlohmann::json::parse(posts)},
                  {"warnings", problems_json(checked->warnings)}});
}

void backfill(RouteContext& context, const httplib::Request& req, httplib::Response& res) {
  const std::string id = req.matches[1];
  auto body = json_object_body(req.body, {"days", "from", "to"}, /*empty=*/true);
  if (!body)
    return send_error(res, body.error());
  auto range = range_of(*body, context.wall_clock(), 0);
  if (!range)
    return send_error(res, range.error());
  auto filled = context.store.with([&](store::Store& s) -> Result<app::BackfillResult> {
    auto record = s.find_query(id);
    if (!record)
      return tl::unexpected(record.error());
    if (!*record)
      return make_error(ErrorCode::kNotFound, fmt::format("no saved query \"{}\"", id));
    return app::backfill_query(s, **record, range->since, range->until);
  });
  if (!filled)
    return send_error(res, filled.error());
  send_json(res, {{"id", id},
                  {"since", optional_time(range->since)},
                  {"until", optional_time(range->until)},
                  {"posts_scanned", filled->posts_scanned},
                  {"matches", filled->matched},
                  {"new_matches", filled->new_matches}});
}

}  // namespace

std::vector<Route> query_routes(RouteContext& context) {
  using httplib::Request, httplib::Response;
  using store::Role;
  constexpr const char* kOne = R"(/api/v1/queries/([^/]+))";
  // The examples name a query that does not exist: the role walk of the tests calls them.
  constexpr const char* kExample = "/api/v1/queries/no-such-query";
  std::vector<Route> routes;
  routes.push_back({"GET", "/api/v1/queries", Role::kViewer, "/api/v1/queries",
                    [&context](const Request&, Response& res, const Principal&) {
                      list(context, res);
                    }});
  routes.push_back({"POST", "/api/v1/queries", Role::kAdmin, "/api/v1/queries",
                    [&context](const Request& req, Response& res, const Principal&) {
                      save(context, req, res, /*replace=*/false);
                    }});
  routes.push_back({"POST", "/api/v1/queries/test", Role::kAgent, "/api/v1/queries/test",
                    [&context](const Request& req, Response& res, const Principal&) {
                      test(context, req, res);
                    }});
  routes.push_back({"GET", kOne, Role::kViewer, kExample,
                    [&context](const Request& req, Response& res, const Principal&) {
                      one(context, req, res);
                    }});
  routes.push_back({"PUT", kOne, Role::kAdmin, kExample,
                    [&context](const Request& req, Response& res, const Principal&) {
                      save(context, req, res, /*replace=*/true);
                    }});
  routes.push_back({"DELETE", kOne, Role::kAdmin, kExample,
                    [&context](const Request& req, Response& res, const Principal&) {
                      remove(context, req, res);
                    }});
  routes.push_back({"POST", R"(/api/v1/queries/([^/]+)/backfill)", Role::kAdmin,
                    std::string(kExample) + "/backfill",
                    [&context](const Request& req, Response& res, const Principal&) {
                      backfill(context, req, res);
                    }});
  return routes;
}

}  // namespace rauch::server
