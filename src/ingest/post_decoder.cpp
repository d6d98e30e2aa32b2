#include "ingest/post_decoder.h"

#include <simdjson.h>

#include <cmath>
#include <cstdint>

#include <fmt/format.h>

#include "core/post_json.h"

// Lines are parsed into simdjson's DOM rather than with On-Demand: the DOM validates the
// whole line (including unknown fields, which are kept verbatim and must be valid JSON
// when written back out), and at ~300 bytes a post the difference in speed is small.

namespace rauch::ingest {
namespace {

namespace dom = simdjson::dom;
static_assert(kDecodePadding >= simdjson::SIMDJSON_PADDING);

// Field bits, for "required" and "appears twice" checks.
enum FieldBit : std::uint32_t {
  kId = 1U << 0,
  kSource = 1U << 1,
  kText = 1U << 2,
  kCreatedAt = 1U << 3,
  kUrl = 1U << 4,
  kLang = 1U << 5,
  kAuthor = 1U << 6,
  kInReplyTo = 1U << 7,
  kConversationId = 1U << 8,
  kKind = 1U << 9,
  kRating = 1U << 10,
  kMetrics = 1U << 11,
  kOwn = 1U << 12,
  kTitle = 1U << 13,
};

tl::unexpected<Error> invalid(std::string message) {
  return make_error(ErrorCode::kInvalidArgument, std::move(message));
}

const char* type_name(dom::element_type type) {
  switch (type) {
    case dom::element_type::ARRAY:
      return "an array";
    case dom::element_type::OBJECT:
      return "an object";
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE:
      return "a number";
    case dom::element_type::STRING:
      return "a string";
    case dom::element_type::BOOL:
      return "a boolean";
    case dom::element_type::NULL_VALUE:
      return "null";
  }
  return "an unknown type";
}

tl::unexpected<Error> wrong_type(std::string_view field, const char* expected, dom::element v) {
  return invalid(fmt::format("{}: expected {}, got {}", field, expected, type_name(v.type())));
}

// A string field; null leaves `out` empty.
Result<void> read_string(std::string_view field, dom::element v, std::string& out) {
  if (v.is_null()) {
    return {};
  }
  std::string_view s;
  if (v.get_string().get(s)) {
    return wrong_type(field, "a string", v);
  }
  out.assign(s);
  return {};
}

// An identifier: a non-empty string of at most kMaxIdBytes, or an integer (many exports
// write numeric ids), kept as its decimal text.
Result<void> read_id(std::string_view field, dom::element v, std::string& out) {
  if (v.type() == dom::element_type::INT64 || v.type() == dom::element_type::UINT64) {
    out = v.type() == dom::element_type::INT64 ? fmt::format("{}", v.get_int64().value_unsafe())
                                               : fmt::format("{}", v.get_uint64().value_unsafe());
    return {};
  }
  std::string_view s;
  if (v.get_string().get(s)) {
    return wrong_type(field, "a string", v);
  }
  if (s.empty()) {
    return invalid(fmt::format("{}: must not be empty", field));
  }
  if (s.size() > kMaxIdBytes) {
    return invalid(fmt::format("{}: longer than {} bytes", field, kMaxIdBytes));
  }
  out.assign(s);
  return {};
}

Result<void> read_count(std::string_view field, dom::element v, std::optional<std::int64_t>& out) {
  if (v.is_null()) {
    return {};
  }
  std::int64_t n = 0;
  if (v.get_int64().get(n)) {
    return wrong_type(field, "a whole number", v);
  }
  if (n < 0) {
    return invalid(fmt::format("{}: must not be negative, got {}", field, n));
  }
  out = n;
  return {};
}

Result<void> read_bool(std::string_view field, dom::element v, std::optional<bool>& out) {
  if (v.is_null()) {
    return {};
  }
  bool b = false;
  if (v.get_bool().get(b)) {
    return wrong_type(field, "true or false", v);
  }
  out = b;
  return {};
}

// Keeps an unknown field as `"key":value` in the post's extra_json object.
void keep_unknown(std::string_view key, dom::element v, std::string& extra) {
  extra += extra.empty() ? '{' : ',';
  append_json_string(key, extra);
  extra += ':';
  extra += simdjson::minify(v);
}

void close_extra(std::string& extra) {
  if (!extra.empty()) {
    extra += '}';
  }
}

Result<void> read_author(dom::element v, Post& post) {
  if (v.is_null()) {
    return {};
  }
  dom::object obj;
  if (v.get_object().get(obj)) {
    return wrong_type("author", "an object", v);
  }
  Author& a = post.author;
  for (auto [key, value] : obj) {
    Result<void> ok;
    if (key == "id") {
      ok = read_id("author.id", value, a.id);
    } else if (key == "handle") {
      ok = read_string("author.handle", value, a.handle);
    } else if (key == "name") {
      ok = read_string("author.name", value, a.name);
    } else if (key == "followers") {
      ok = read_count("author.followers", value, a.followers);
    } else if (key == "verified") {
      ok = read_bool("author.verified", value, a.verified);
    } else {
      keep_unknown(fmt::format("author.{}", key), value, post.extra_json);
    }
    if (!ok) {
      return ok;
    }
  }
  if (a.id.empty()) {
    return invalid("author.id: missing (an author needs an id)");
  }
  return {};
}

Result<void> read_metrics(dom::element v, Post& post) {
  if (v.is_null()) {
    return {};
  }
  dom::object obj;
  if (v.get_object().get(obj)) {
    return wrong_type("metrics", "an object", v);
  }
  Metrics& m = post.metrics;
  for (auto [key, value] : obj) {
    Result<void> ok;
    if (key == "likes") {
      ok = read_count("metrics.likes", value, m.likes);
    } else if (key == "shares") {
      ok = read_count("metrics.shares", value, m.shares);
    } else if (key == "replies") {
      ok = read_count("metrics.replies", value, m.replies);
    } else if (key == "views") {
      ok = read_count("metrics.views", value, m.views);
    } else {
      keep_unknown(fmt::format("metrics.{}", key), value, post.extra_json);
    }
    if (!ok) {
      return ok;
    }
  }
  return {};
}

Result<void> read_source(dom::element v, Post& post) {
  std::string_view name;
  if (v.get_string().get(name)) {
    return wrong_type("source", "a string", v);
  }
  auto source = source_from_name(name);
  if (!source) {
    return invalid(fmt::format("source: unknown value \"{}\" (expected one of {})", name,
                               fmt::join(all_source_names(), ", ")));
  }
  post.source = *source;
  return {};
}

Result<void> read_kind(dom::element v, Post& post) {
  if (v.is_null()) {
    return {};
  }
  std::string_view name;
  if (v.get_string().get(name)) {
    return wrong_type("kind", "a string", v);
  }
  post.kind = post_kind_from_name(name);
  if (!post.kind) {
    return invalid(fmt::format("kind: unknown value \"{}\" (expected one of {})", name,
                               fmt::join(all_post_kind_names(), ", ")));
  }
  return {};
}

Result<void> read_lang(dom::element v, Post& post) {
  if (auto ok = read_string("lang", v, post.lang); !ok) {
    return ok;
  }
  // BCP 47-ish: "de", "en-GB", "gsw". Anything else is a mistake upstream.
  const bool plausible = post.lang.size() <= 16 && (post.lang.empty() || post.lang.size() >= 2) &&
                         post.lang.find_first_not_of(
                             "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNO"
                             "PQRSTUVWXYZ-_") == std::string::npos;
  if (!plausible) {
    return invalid(
        fmt::format("lang: \"{}\" is not a language code (e.g. \"de\", \"en\")", post.lang));
  }
  return {};
}

Result<void> read_rating(dom::element v, Post& post) {
  if (v.is_null()) {
    return {};
  }
  double rating = 0;
  if (v.get_double().get(rating) || !std::isfinite(rating)) {
    return wrong_type("rating", "a number", v);
  }
  post.rating = rating;
  return {};
}

Result<void> read_created_at(dom::element v, Post& post, const DecodeOptions& options) {
  std::string_view text;
  if (v.get_string().get(text)) {
    return wrong_type("created_at", "an RFC 3339 string", v);
  }
  auto t = parse_rfc3339(text);
  if (!t) {
    return invalid(fmt::format("created_at: {}", t.error().message()));
  }
  if (options.latest_created_at && *t > *options.latest_created_at) {
    return invalid(fmt::format("created_at: {} lies in the future (after {}); clock skew?", text,
                               format_rfc3339(*options.latest_created_at)));
  }
  post.created_at = *t;
  return {};
}

// The bit of a known top-level key, 0 for an unknown one.
std::uint32_t field_bit(std::string_view key) {
  static constexpr std::pair<std::string_view, std::uint32_t> kFields[] = {
      {"id", kId},
      {"source", kSource},
      {"text", kText},
      {"created_at", kCreatedAt},
      {"url", kUrl},
      {"lang", kLang},
      {"author", kAuthor},
      {"in_reply_to", kInReplyTo},
      {"conversation_id", kConversationId},
      {"kind", kKind},
      {"rating", kRating},
      {"metrics", kMetrics},
      {"own", kOwn},
      {"title", kTitle},
  };
  for (const auto& [name, bit] : kFields) {
    if (name == key) {
      return bit;
    }
  }
  return 0;
}

Result<void> read_field(std::uint32_t bit, dom::element v, Post& post,
                        const DecodeOptions& options) {
  switch (bit) {
    case kId:
      return read_id("id", v, post.id);
    case kSource:
      return read_source(v, post);
    case kText:
      if (!v.is_string()) {
        return wrong_type("text", "a string", v);
      }
      return read_string("text", v, post.text);
    case kCreatedAt:
      return read_created_at(v, post, options);
    case kUrl:
      return read_string("url", v, post.url);
    case kLang:
      return read_lang(v, post);
    case kAuthor:
      return read_author(v, post);
    case kInReplyTo:
      return v.is_null() ? Result<void>() : read_id("in_reply_to", v, post.in_reply_to);
    case kConversationId:
      return v.is_null() ? Result<void>() : read_id("conversation_id", v, post.conversation_id);
    case kKind:
      return read_kind(v, post);
    case kRating:
      return read_rating(v, post);
    case kMetrics:
      return read_metrics(v, post);
    case kOwn: {
      std::optional<bool> own;
      auto ok = read_bool("own", v, own);
      post.own = own.value_or(false);
      return ok;
    }
    case kTitle:
      return read_string("title", v, post.title);
    default:
      return {};
  }
}

std::string json_error_message(simdjson::error_code error) {
  switch (error) {
    case simdjson::UTF8_ERROR:
      return "invalid UTF-8";
    case simdjson::UNCLOSED_STRING:
      return "invalid JSON: unclosed string";
    case simdjson::EMPTY:
      return "invalid JSON: no value";
    case simdjson::TAPE_ERROR:
      return "invalid JSON: truncated, or a comma, colon or bracket is missing";
    case simdjson::STRING_ERROR:
      return "invalid JSON: bad escape or control character in a string";
    default:
      return fmt::format("invalid JSON: {}", simdjson::error_message(error));
  }
}

}  // namespace

struct PostDecoder::Impl {
  dom::parser parser;
  DecodeOptions options;
};

PostDecoder::PostDecoder(DecodeOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
}
PostDecoder::~PostDecoder() = default;
PostDecoder::PostDecoder(PostDecoder&&) noexcept = default;
PostDecoder& PostDecoder::operator=(PostDecoder&&) noexcept = default;

Result<void> PostDecoder::decode(std::string_view line, Post& post) {
  post.clear();
  if (line.size() > kMaxPostLineBytes) {
    return invalid(fmt::format("line longer than {} bytes", kMaxPostLineBytes));
  }
  dom::element root;
  // realloc_if_needed = false: the caller guarantees the padding, so no copy is made.
  if (auto error = impl_->parser.parse(line.data(), line.size(), false).get(root)) {
    return invalid(json_error_message(error));
  }
  dom::object obj;
  if (root.get_object().get(obj)) {
    return invalid(fmt::format("expected a JSON object, got {}", type_name(root.type())));
  }
  std::uint32_t seen = 0;
  for (auto [key, value] : obj) {
    const std::uint32_t bit = field_bit(key);
    if (bit == 0) {
      keep_unknown(key, value, post.extra_json);
      continue;
    }
    if ((seen & bit) != 0) {
      return invalid(fmt::format("{}: appears twice", key));
    }
    seen |= bit;
    if (auto ok = read_field(bit, value, post, impl_->options); !ok) {
      return ok;
    }
  }
  close_extra(post.extra_json);
  static constexpr std::pair<std::uint32_t, std::string_view> kRequired[] = {
      {kId, "id"}, {kSource, "source"}, {kText, "text"}, {kCreatedAt, "created_at"}};
  for (const auto& [bit, name] : kRequired) {
    if ((seen & bit) == 0) {
      return invalid(fmt::format("{}: missing (required: id, source, text, created_at)", name));
    }
  }
  return {};
}

}  // namespace rauch::ingest
