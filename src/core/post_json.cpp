#include "core/post_json.h"

#include <fmt/format.h>

namespace rauch {
namespace {

void append_key(std::string_view key, std::string& out) {
  out += ",\"";
  out += key;
  out += "\":";
}

void append_string_field(std::string_view key, std::string_view value, std::string& out) {
  if (value.empty()) {
    return;
  }
  append_key(key, out);
  append_json_string(value, out);
}

void append_int(std::int64_t value, std::string& out) {
  fmt::format_to(std::back_inserter(out), "{}", value);
}

void append_int_field(std::string_view key, const std::optional<std::int64_t>& value,
                      std::string& out) {
  if (!value) {
    return;
  }
  append_key(key, out);
  append_int(*value, out);
}

void append_author(const Author& author, std::string& out) {
  out += ",\"author\":{\"id\":";
  append_json_string(author.id, out);
  append_string_field("handle", author.handle, out);
  append_string_field("name", author.name, out);
  append_int_field("followers", author.followers, out);
  if (author.verified) {
    append_key("verified", out);
    out += *author.verified ? "true" : "false";
  }
  out += '}';
}

void append_metrics(const Metrics& metrics, std::string& out) {
  out += ",\"metrics\":{";
  const std::size_t start = out.size();
  append_int_field("likes", metrics.likes, out);
  append_int_field("shares", metrics.shares, out);
  append_int_field("replies", metrics.replies, out);
  append_int_field("views", metrics.views, out);
  out.erase(start, 1);  // The leading comma of the first member.
  out += '}';
}

}  // namespace

void append_json_string(std::string_view text, std::string& out) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  std::size_t run_start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') {
      continue;
    }
    out.append(text.data() + run_start, i - run_start);
    run_start = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xf];
    }
  }
  out.append(text.data() + run_start, text.size() - run_start);
  out += '"';
}

void append_post_json(const Post& post, std::string& out) {
  out += "{\"id\":";
  append_json_string(post.id, out);
  out += ",\"source\":\"";
  out += source_name(post.source);
  out += "\",\"created_at\":\"";
  append_rfc3339(post.created_at, out);
  out += '"';
  append_key("text", out);
  append_json_string(post.text, out);
  append_string_field("title", post.title, out);
  append_string_field("url", post.url, out);
  append_string_field("lang", post.lang, out);
  if (!post.author.empty()) {
    append_author(post.author, out);
  }
  append_string_field("in_reply_to", post.in_reply_to, out);
  append_string_field("conversation_id", post.conversation_id, out);
  if (post.kind) {
    append_key("kind", out);
    out += '"';
    out += post_kind_name(*post.kind);
    out += '"';
  }
  if (post.rating) {
    append_key("rating", out);
    fmt::format_to(std::back_inserter(out), "{}", *post.rating);
  }
  if (!post.metrics.empty()) {
    append_metrics(post.metrics, out);
  }
  if (post.own) {
    out += ",\"own\":true";
  }
  // extra_json is "{...}" with at least one member, or empty.
  if (post.extra_json.size() > 2) {
    out += ',';
    out.append(post.extra_json, 1, post.extra_json.size() - 2);
  }
  out += '}';
}

}  // namespace rauch
