#include "query/field_test.h"

#include <algorithm>
#include <cmath>

namespace rauch::query {
namespace {

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string ascii_lowered(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), ascii_lower);
  return out;
}

bool equals_ignoring_ascii_case(std::string_view a, std::string_view lower_b) {
  if (a.size() != lower_b.size())
    return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != lower_b[i])
      return false;
  }
  return true;
}

bool contains_ignoring_ascii_case(std::string_view haystack, std::string_view lower_needle) {
  if (lower_needle.size() > haystack.size())
    return false;
  for (std::size_t i = 0; i + lower_needle.size() <= haystack.size(); ++i) {
    if (equals_ignoring_ascii_case(haystack.substr(i, lower_needle.size()), lower_needle)) {
      return true;
    }
  }
  return false;
}

// site:velora.de covers velora.de and every subdomain of it, but not evilvelora.de.
bool host_within(std::string_view host, std::string_view lower_domain) {
  if (equals_ignoring_ascii_case(host, lower_domain))
    return true;
  if (host.size() <= lower_domain.size())
    return false;
  const std::size_t dot = host.size() - lower_domain.size() - 1;
  return host[dot] == '.' && equals_ignoring_ascii_case(host.substr(dot + 1), lower_domain);
}

// Language tags compare by their primary subtag: lang:de matches "de" and "de-AT".
bool language_matches(std::string_view tag, std::string_view lower_wanted) {
  const std::size_t dash = tag.find_first_of("-_");
  return equals_ignoring_ascii_case(tag.substr(0, dash), lower_wanted) ||
         equals_ignoring_ascii_case(tag, lower_wanted);
}

bool in_range(double value, const Range& range) {
  if (std::isnan(value))
    return false;
  const bool above = range.min_exclusive ? value > range.min : value >= range.min;
  const bool below = range.max_exclusive ? value < range.max : value <= range.max;
  return above && below;
}

bool any_link(const Document& document, auto&& predicate) {
  for (std::size_t i = 0; i < document.link_count(); ++i) {
    if (predicate(document.link(i)))
      return true;
  }
  return false;
}

}  // namespace

std::string_view url_host(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme != std::string_view::npos && url.find_first_of("/?#") > scheme) {
    url.remove_prefix(scheme + 3);
  }
  url = url.substr(0, url.find_first_of("/?#"));
  const std::size_t at = url.rfind('@');
  if (at != std::string_view::npos)
    url.remove_prefix(at + 1);
  if (!url.empty() && url.front() != '[')
    url = url.substr(0, url.find(':'));
  while (!url.empty() && url.back() == '.')
    url.remove_suffix(1);
  return url;
}

Result<FieldTest> compile_field(const Node& node) {
  if (node.kind != NodeKind::kField) {
    return make_error(ErrorCode::kInvalidArgument, "not a field node");
  }
  FieldTest test;
  test.field = node.field;
  test.range = node.range;
  std::string_view value = node.text;
  if (node.field == Field::kAuthor && !value.empty() && value.front() == '@') {
    value.remove_prefix(1);
  }
  test.value = ascii_lowered(value);
  if (node.field == Field::kOwn || node.field == Field::kVerified) {
    if (test.value != "true" && test.value != "false") {
      return make_error(ErrorCode::kInvalidArgument,
                        std::string(field_name(node.field)) + ": expected true or false");
    }
    test.flag = test.value == "true";
  }
  if (node.field == Field::kSource && !source_from_name(test.value)) {
    return make_error(ErrorCode::kInvalidArgument, "source: unknown source '" + test.value + "'");
  }
  if (node.field == Field::kKind && !post_kind_from_name(test.value)) {
    return make_error(ErrorCode::kInvalidArgument, "kind: unknown kind '" + test.value + "'");
  }
  return test;
}

bool passes(const FieldTest& test, const Document& document) {
  const Post& post = document.post();
  switch (test.field) {
    case Field::kLang: {
      const std::string_view lang =
          document.labels().language.empty() ? post.lang : document.labels().language;
      return language_matches(lang, test.value);
    }
    case Field::kSource:
      return source_name(post.source) == test.value;
    case Field::kAuthor:
      return !post.author.empty() && (equals_ignoring_ascii_case(post.author.handle, test.value) ||
                                      equals_ignoring_ascii_case(post.author.id, test.value));
    case Field::kSite:
      return host_within(url_host(post.url), test.value) ||
             any_link(document,
                      [&](std::string_view url) { return host_within(url_host(url), test.value); });
    case Field::kUrl:
      return contains_ignoring_ascii_case(post.url, test.value);
    case Field::kLinks:
      return any_link(document, [&](std::string_view url) {
        return contains_ignoring_ascii_case(url, test.value);
      });
    case Field::kKind:
      return post_kind_name(post.kind.value_or(PostKind::kPost)) == test.value;
    case Field::kOwn:
      return post.own == test.flag;
    case Field::kVerified:
      return post.author.verified.value_or(false) == test.flag;
    case Field::kCountry:
      return equals_ignoring_ascii_case(document.country(), test.value);
    case Field::kSentiment:
      return equals_ignoring_ascii_case(document.labels().sentiment, test.value);
    case Field::kIntent:
      return equals_ignoring_ascii_case(document.labels().intent, test.value);
    case Field::kFollowers:
      return post.author.followers &&
             in_range(static_cast<double>(*post.author.followers), test.range);
    case Field::kRating:
      return post.rating && in_range(*post.rating, test.range);
  }
  return false;
}

}  // namespace rauch::query
