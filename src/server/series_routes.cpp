// Time series (docs/api.md#time-series): the posts a saved query, or every query of a
// category, matched over time, in buckets with their sentiment and reach. Viewer and up.

#include <httplib.h>

#include <array>
#include <charconv>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "server/api_routes.h"
#include "server/http_json.h"
#include "server/query_params.h"

namespace rauch::server {
namespace {

constexpr std::int64_t kMinute = 60'000, kHour = 60 * kMinute, kDay = 24 * kHour;
constexpr std::int64_t kMaxBuckets = 2000;

// The automatic bucket size: the smallest that keeps a chart at a few hundred points.
struct BucketRule {
  std::int64_t max_range_ms;  // Ranges up to this long
  std::int64_t bucket_ms;     // get buckets this wide.
};
constexpr std::array<BucketRule, 5> kBucketRules = {{
    {6 * kHour, kMinute},      // up to 360 buckets
    {kDay, 5 * kMinute},       // up to 288
    {3 * kDay, 15 * kMinute},  // up to 288
    {14 * kDay, kHour},        // up to 336
    {60 * kDay, 6 * kHour},    // up to 240; longer ranges: 1 day
}};

std::int64_t bucket_for_range(std::int64_t range_ms) {
  for (const BucketRule& rule : kBucketRules)
    if (range_ms <= rule.max_range_ms)
      return rule.bucket_ms;
  return kDay;
}

// "5m", "1h", "1d" back from milliseconds: the largest unit that divides it.
std::string bucket_name(std::int64_t ms) {
  if (ms % kDay == 0)
    return fmt::format("{}d", ms / kDay);
  if (ms % kHour == 0)
    return fmt::format("{}h", ms / kHour);
  return fmt::format("{}m", ms / kMinute);
}

// `bucket`: a whole number of minutes, hours or days ("15m", "1h", "1d").
Result<std::int64_t> parse_bucket(std::string_view text) {
  auto bad = [&] {
    return make_error(ErrorCode::kInvalidArgument,
                      "bucket must be a whole number of minutes, hours or days, e.g. 5m, 1h "
                      "or 1d (at most 366d)");
  };
  if (text.size() < 2)
    return bad();
  std::int64_t count = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size() - 1, count);
  if (ec != std::errc() || end != text.data() + text.size() - 1 || count < 1)
    return bad();
  const std::int64_t unit = text.back() == 'm'   ? kMinute
                            : text.back() == 'h' ? kHour
                            : text.back() == 'd' ? kDay
                                                 : 0;
  if (unit == 0 || count > 366 * kDay / unit)
    return bad();
  return count * unit;
}

std::int64_t floor_to(std::int64_t ms, std::int64_t step) {
  return ms - ((ms % step) + step) % step;
}

struct SeriesQuery {
  std::optional<std::string> query_id;
  std::optional<store::QueryCategory> category;
  Timestamp from, to;  // Aligned to bucket_ms.
  std::int64_t bucket_ms = 0;
};

Result<SeriesQuery> series_query_of(RouteContext& context, const httplib::Request& req) {
  SeriesQuery q;
  if (req.has_param("query") == req.has_param("category"))
    return make_error(ErrorCode::kInvalidArgument,
                      "give either query=ID (a saved query) or category=brand, competitor or "
                      "topic (its queries together)");
  if (req.has_param("query"))
    q.query_id = req.get_param_value("query");
  else {
    q.category = store::query_category_from_name(req.get_param_value("category"));
    if (!q.category)
      return make_error(ErrorCode::kInvalidArgument,
                        fmt::format("category must be brand, competitor or topic, not \"{}\"",
                                    req.get_param_value("category")));
  }
  auto from = time_param(req, "from");
  if (!from)
    return tl::unexpected(from.error());
  auto to = time_param(req, "to");
  if (!to)
    return tl::unexpected(to.error());
  const Timestamp end = to->value_or(context.wall_clock());
  const Timestamp start = from->value_or(Timestamp{end.ms - kDay});
  if (start.ms >= end.ms)
    return make_error(ErrorCode::kInvalidArgument, "from must be before to");
  if (req.has_param("bucket")) {
    auto bucket = parse_bucket(req.get_param_value("bucket"));
    if (!bucket)
      return tl::unexpected(bucket.error());
    q.bucket_ms = *bucket;
  } else {
    q.bucket_ms = bucket_for_range(end.ms - start.ms);
  }
  q.from = Timestamp{floor_to(start.ms, q.bucket_ms)};
  q.to = Timestamp{floor_to(end.ms - 1, q.bucket_ms) + q.bucket_ms};
  const std::int64_t buckets = (q.to.ms - q.from.ms) / q.bucket_ms;
  if (buckets > kMaxBuckets)
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("from..to in buckets of {} makes {} buckets, at most {}: choose "
                                  "a larger bucket or a shorter range",
                                  bucket_name(q.bucket_ms), buckets, kMaxBuckets));
  return q;
}

// The ids of the queries the series counts; kNotFound for an unknown query.
Result<std::vector<std::string>> query_ids_of(store::Store& s, const SeriesQuery& q) {
  if (q.query_id) {
    auto found = s.find_query(*q.query_id);
    if (!found)
      return tl::unexpected(found.error());
    if (!*found)
      return make_error(ErrorCode::kNotFound, fmt::format("no query \"{}\"", *q.query_id));
    return std::vector<std::string>{*q.query_id};
  }
  auto all = s.list_queries();
  if (!all)
    return tl::unexpected(all.error());
  std::vector<std::string> ids;
  for (const store::QueryRecord& record : *all)
    if (record.category == *q.category)
      ids.push_back(record.id);
  return ids;
}

void series(RouteContext& context, const httplib::Request& req, httplib::Response& res) {
  auto q = series_query_of(context, req);
  if (!q)
    return send_error(res, q.error());
  std::vector<std::string> ids;
  auto counted =
      context.store.read([&](store::Store& s) -> Result<std::vector<store::SeriesBucket>> {
        auto found = query_ids_of(s, *q);
        if (!found)
          return tl::unexpected(found.error());
        ids = std::move(*found);
        return s.match_series({ids, q->from, q->to, q->bucket_ms});
      });
  if (!counted)
    return send_error(res, counted.error());
  // Every bucket of the range, the empty ones as zeros, so a chart needs no gap filling.
  nlohmann::json buckets = nlohmann::json::array();
  auto next = counted->begin();
  for (std::int64_t at = q->from.ms; at < q->to.ms; at += q->bucket_ms) {
    store::SeriesBucket bucket{Timestamp{at}};
    if (next != counted->end() && next->start.ms == at)
      bucket = *next++;
    buckets.push_back({{"start", format_rfc3339(bucket.start)},
                       {"volume", bucket.volume},
                       {"negative", bucket.negative},
                       {"positive", bucket.positive},
                       {"reach", bucket.reach}});
  }
  send_json(res,
            {{"query", q->query_id ? nlohmann::json(*q->query_id) : nlohmann::json(nullptr)},
             {"category", q->category ? nlohmann::json(store::query_category_name(*q->category))
                                      : nlohmann::json(nullptr)},
             {"queries", ids},
             {"from", format_rfc3339(q->from)},
             {"to", format_rfc3339(q->to)},
             {"bucket", bucket_name(q->bucket_ms)},
             {"bucket_seconds", q->bucket_ms / 1000},
             {"buckets", std::move(buckets)}});
}

}  // namespace

std::vector<Route> series_routes(RouteContext& context) {
  return {{"GET", "/api/v1/series", store::Role::kViewer, "/api/v1/series?category=brand",
           [&context](const httplib::Request& req, httplib::Response& res, const Principal&) {
             series(context, req, res);
           }}};
}

}  // namespace rauch::server
