#include "notify/detail/toml_fields.h"

#include <algorithm>

#include <fmt/format.h>

namespace rauch::notify::detail {
namespace {

// "notify.smtp", or "oncall" for a key of the root table.
std::string join(std::string_view path, std::string_view key) {
  return path.empty() ? std::string(key) : fmt::format("{}.{}", path, key);
}

}  // namespace

void TomlFields::problem(const toml::source_region& at, std::string_view path,
                         std::string_view why) {
  problems_.push_back(fmt::format("{}:{}: {}: {}", source_, at.begin.line, path, why));
}

void TomlFields::problem(const toml::node* at, std::string_view path, std::string_view why) {
  if (at == nullptr) {
    problems_.push_back(fmt::format("{}: {}: {}", source_, path, why));
    return;
  }
  problem(at->source(), path, why);
}

void TomlFields::only_keys(const toml::table& table, std::string_view path,
                           std::initializer_list<std::string_view> known) {
  for (auto&& [key, value] : table) {
    if (std::find(known.begin(), known.end(), key.str()) != known.end()) continue;
    problem(&value, join(path, key.str()),
            fmt::format("unknown key (expected one of {})", fmt::join(known, ", ")));
  }
}

std::optional<std::string> TomlFields::text(const toml::table& table, std::string_view key,
                                            std::string_view path) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return std::nullopt;
  if (auto value = node->value<std::string>(); value && node->is_string()) return value;
  problem(node, join(path, key), "must be a string");
  return std::nullopt;
}

std::optional<std::int64_t> TomlFields::integer(const toml::table& table, std::string_view key,
                                                std::string_view path, std::int64_t min,
                                                std::int64_t max) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return std::nullopt;
  if (!node->is_integer()) {
    problem(node, join(path, key), "must be an integer");
    return std::nullopt;
  }
  const std::int64_t value = **node->as_integer();
  if (value < min || value > max) {
    problem(node, join(path, key),
            fmt::format("{} is outside {}..{}", value, min, max));
    return std::nullopt;
  }
  return value;
}

std::optional<bool> TomlFields::boolean(const toml::table& table, std::string_view key,
                                        std::string_view path) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return std::nullopt;
  if (node->is_boolean()) return **node->as_boolean();
  problem(node, join(path, key), "must be true or false");
  return std::nullopt;
}

std::optional<std::vector<std::string>> TomlFields::texts(const toml::table& table,
                                                          std::string_view key,
                                                          std::string_view path) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return std::nullopt;
  const toml::array* array = node->as_array();
  std::vector<std::string> out;
  if (array != nullptr) {
    for (const toml::node& item : *array) {
      if (!item.is_string()) {
        array = nullptr;
        break;
      }
      out.push_back(**item.as_string());
    }
  }
  if (array == nullptr) {
    problem(node, join(path, key), "must be an array of strings");
    return std::nullopt;
  }
  return out;
}

const toml::table* TomlFields::table(const toml::table& parent, std::string_view key,
                                     std::string_view path) {
  const toml::node* node = parent.get(key);
  if (node == nullptr) return nullptr;
  if (const toml::table* t = node->as_table()) return t;
  problem(node, join(path, key), "must be a table");
  return nullptr;
}

const toml::array* TomlFields::tables(const toml::table& parent, std::string_view key,
                                      std::string_view path) {
  const toml::node* node = parent.get(key);
  if (node == nullptr) return nullptr;
  const toml::array* array = node->as_array();
  if (array != nullptr && array->is_array_of_tables()) return array;
  if (array != nullptr && array->empty()) return array;
  problem(node, join(path, key), "must be an array of tables ([[...]])");
  return nullptr;
}

std::optional<int> parse_clock(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  if (!digit(0) || !digit(1) || !digit(3) || !digit(4)) return std::nullopt;
  const int hour = (text[0] - '0') * 10 + (text[1] - '0');
  const int minute = (text[3] - '0') * 10 + (text[4] - '0');
  if (minute > 59 || hour > 24 || (hour == 24 && minute != 0)) return std::nullopt;
  return hour * 60 + minute;
}

}  // namespace rauch::notify::detail
