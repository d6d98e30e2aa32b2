#include "reference/reference_matcher.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "text/tokens.h"

namespace rauch::reference {
namespace {

using query::Field;
using query::Node;
using query::NodeKind;

constexpr std::size_t kMaxSpans = 1024;  // NEAR's documented limit.

struct Word {
  std::string folded;
  std::string cased;
};

struct PostWords {
  std::vector<Word> words;  // Title words, one boundary, body words.
  std::size_t title_end = 0;
  std::vector<std::string> links;
};

void add_words(const std::string& text, PostWords& out, text::TokenizedText& scratch) {
  scratch.clear();
  text::tokenize(text, scratch);
  for (std::size_t i = 0; i < scratch.tokens.size(); ++i) {
    out.words.push_back(
        {std::string(scratch.folded_token(i)), std::string(scratch.cased_token(i))});
  }
  for (const text::Link& link : scratch.links) {
    out.links.push_back(text.substr(link.source_begin, link.source_end - link.source_begin));
  }
}

PostWords words_of(const Post& post) {
  PostWords out;
  text::TokenizedText scratch;
  add_words(post.title, out, scratch);
  out.title_end = out.words.size();
  out.words.push_back({"\x1f", "\x1f"});
  add_words(post.text, out, scratch);
  return out;
}

// One element of a literal: a word to compare with one token.
struct Element {
  std::string text;
  bool glob = false;
  bool sigil = false;  // A hashtag or mention: compared as written, with its '#' or '@'.
};

std::vector<std::string> split_on_whitespace(const std::string& s) {
  std::vector<std::string> words;
  std::string current;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!current.empty())
        words.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty())
    words.push_back(current);
  return words;
}

std::vector<Element> elements_of(const Node& leaf) {
  std::vector<Element> elements;
  for (const std::string& word : split_on_whitespace(leaf.text)) {
    if (word.find_first_of("*?") != std::string::npos) {
      Element glob{"", true, word[0] == '#' || word[0] == '@'};
      std::string piece;
      for (char c : word + '\0') {
        if (c == '*' || c == '?' || c == '\0') {
          glob.text += leaf.case_sensitive ? text::nfkc(piece) : text::fold(piece);
          if (c != '\0')
            glob.text += c;
          piece.clear();
        } else {
          piece += c;
        }
      }
      elements.push_back(glob);
      continue;
    }
    text::TokenizedText tokens;
    text::tokenize(word, tokens);
    for (std::size_t i = 0; i < tokens.tokens.size(); ++i) {
      const text::TokenKind kind = tokens.tokens[i].kind;
      elements.push_back(
          {std::string(leaf.case_sensitive ? tokens.cased_token(i) : tokens.folded_token(i)), false,
           kind == text::TokenKind::kHashtag || kind == text::TokenKind::kMention});
    }
  }
  return elements;
}

std::vector<std::string> code_points(const std::string& s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = 1;
    while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80)
      ++n;
    out.push_back(s.substr(i, n));
    i += n;
  }
  return out;
}

// Classic recursive glob: '*' any run, '?' one code point.
bool glob_matches(const std::vector<std::string>& g, std::size_t gi,
                  const std::vector<std::string>& s, std::size_t si) {
  if (gi == g.size())
    return si == s.size();
  if (g[gi] == "*") {
    for (std::size_t k = si; k <= s.size(); ++k) {
      if (glob_matches(g, gi + 1, s, k))
        return true;
    }
    return false;
  }
  if (si == s.size())
    return false;
  if (g[gi] == "?" || g[gi] == s[si])
    return glob_matches(g, gi + 1, s, si + 1);
  return false;
}

bool element_matches(const Element& e, const std::string& token) {
  std::vector<std::string> candidates{token};
  if (!e.sigil && !token.empty() && token[0] == '#')
    candidates.push_back(token.substr(1));
  for (const std::string& candidate : candidates) {
    if (e.glob ? glob_matches(code_points(e.text), 0, code_points(candidate), 0)
               : candidate == e.text) {
      return true;
    }
  }
  return false;
}

struct Span {
  std::size_t first;
  std::size_t last;
  bool operator<(const Span& o) const { return first != o.first ? first < o.first : last < o.last; }
  bool operator==(const Span& o) const { return first == o.first && last == o.last; }
};

void normalize(std::vector<Span>& spans) {
  std::sort(spans.begin(), spans.end());
  spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
  if (spans.size() > kMaxSpans)
    spans.resize(kMaxSpans);
}

std::vector<Span> occurrences(const Node& leaf, const PostWords& post) {
  const std::vector<Element> elements = elements_of(leaf);
  std::vector<Span> found;
  if (elements.empty())
    return found;
  for (std::size_t i = 0; i + elements.size() <= post.words.size(); ++i) {
    bool all = true;
    for (std::size_t k = 0; k < elements.size() && all; ++k) {
      const Word& w = post.words[i + k];
      all = element_matches(elements[k], leaf.case_sensitive ? w.cased : w.folded);
    }
    if (all)
      found.push_back({i, i + elements.size() - 1});
  }
  if (found.size() > kMaxSpans)
    found.resize(kMaxSpans);
  if (leaf.title_only) {
    std::erase_if(found, [&](const Span& s) { return s.last >= post.title_end; });
  }
  return found;
}

std::vector<Span> spans_of(const Node& node, const PostWords& post) {
  std::vector<Span> out;
  if (node.kind == NodeKind::kTerm || node.kind == NodeKind::kPhrase)
    return occurrences(node, post);
  if (node.kind == NodeKind::kOr) {
    for (const Node& child : node.children) {
      for (const Span& s : spans_of(child, post))
        out.push_back(s);
    }
    normalize(out);
    return out;
  }
  // NEAR
  const std::vector<Span> left = spans_of(node.children[0], post);
  if (left.empty())
    return out;
  const std::vector<Span> right = spans_of(node.children[1], post);
  for (const Span& a : left) {
    for (const Span& b : right) {
      bool close = false;
      if (a.last < b.first)
        close = b.first - a.last - 1 <= node.distance;
      if (!node.ordered && b.last < a.first)
        close = a.first - b.last - 1 <= node.distance;
      if (close)
        out.push_back({std::min(a.first, b.first), std::max(a.last, b.last)});
    }
  }
  normalize(out);
  return out;
}

std::string lower(std::string s) {
  for (char& c : s)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string host_of(std::string url) {
  const std::size_t scheme = url.find("://");
  if (scheme != std::string::npos && url.find_first_of("/?#") > scheme)
    url = url.substr(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#"));
  if (url.find('@') != std::string::npos)
    url = url.substr(url.rfind('@') + 1);
  if (!url.empty() && url[0] != '[')
    url = url.substr(0, url.find(':'));
  while (!url.empty() && url.back() == '.')
    url.pop_back();
  return lower(url);
}

bool field_matches(const Node& node, const Post& post, const PostWords& words,
                   const query::AnalysisLabels& labels) {
  std::string value = lower(node.text);
  auto in_range = [&](double v) {
    const query::Range& r = node.range;
    if (std::isnan(v))
      return false;
    return (r.min_exclusive ? v > r.min : v >= r.min) && (r.max_exclusive ? v < r.max : v <= r.max);
  };
  switch (node.field) {
    case Field::kLang: {
      std::string lang = lower(labels.language.empty() ? post.lang : std::string(labels.language));
      return lang == value || lang.substr(0, lang.find_first_of("-_")) == value;
    }
    case Field::kSource:
      return std::string(source_name(post.source)) == value;
    case Field::kAuthor:
      if (!value.empty() && value[0] == '@')
        value = value.substr(1);
      return !post.author.id.empty() &&
             (lower(post.author.handle) == value || lower(post.author.id) == value);
    case Field::kSite: {
      std::vector<std::string> urls = words.links;
      urls.push_back(post.url);
      for (const std::string& url : urls) {
        const std::string host = host_of(url);
        if (host == value || (host.size() > value.size() && host.ends_with("." + value)))
          return true;
      }
      return false;
    }
    case Field::kUrl:
      return lower(post.url).find(value) != std::string::npos;
    case Field::kLinks:
      for (const std::string& url : words.links) {
        if (lower(url).find(value) != std::string::npos)
          return true;
      }
      return false;
    case Field::kKind:
      return std::string(post_kind_name(post.kind.value_or(PostKind::kPost))) == value;
    case Field::kOwn:
      return post.own == (value == "true");
    case Field::kVerified:
      return post.author.verified.value_or(false) == (value == "true");
    case Field::kCountry: {
      if (post.extra_json.empty())
        return false;
      const auto json = nlohmann::json::parse(post.extra_json, nullptr, false);
      return json.is_object() && json.contains("country") && json["country"].is_string() &&
             lower(json["country"].get<std::string>()) == value;
    }
    case Field::kSentiment:
      return lower(std::string(labels.sentiment)) == value;
    case Field::kIntent:
      return lower(std::string(labels.intent)) == value;
    case Field::kFollowers:
      return post.author.followers.has_value() &&
             in_range(static_cast<double>(*post.author.followers));
    case Field::kRating:
      return post.rating.has_value() && in_range(*post.rating);
  }
  return false;
}

bool evaluate(const Node& node, const Post& post, const PostWords& words,
              const query::AnalysisLabels& labels) {
  switch (node.kind) {
    case NodeKind::kTerm:
    case NodeKind::kPhrase:
    case NodeKind::kNear:
      return !spans_of(node, words).empty();
    case NodeKind::kAnd:
      for (const Node& child : node.children) {
        if (!evaluate(child, post, words, labels))
          return false;
      }
      return true;
    case NodeKind::kOr:
      for (const Node& child : node.children) {
        if (evaluate(child, post, words, labels))
          return true;
      }
      return false;
    case NodeKind::kNot:
      return !evaluate(node.children[0], post, words, labels);
    case NodeKind::kField:
      return field_matches(node, post, words, labels);
  }
  return false;
}

}  // namespace

bool matches(const Node& root, const Post& post, const query::AnalysisLabels& labels) {
  const PostWords words = words_of(post);
  return evaluate(root, post, words, labels);
}

}  // namespace rauch::reference
