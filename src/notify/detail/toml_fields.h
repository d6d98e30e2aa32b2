#pragma once

// Typed reads from toml++ tables that collect problems instead of stopping at the first.
// Private to notify/ (config_file.cpp, oncall_toml.cpp): toml++ is a heavy header, kept
// out of the public ones.

#include <toml++/toml.h>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rauch::notify::detail {

class TomlFields {
 public:
  explicit TomlFields(std::string source) : source_(std::move(source)) {}

  // Records "SOURCE:LINE: PATH: WHY".
  void problem(const toml::node* at, std::string_view path, std::string_view why);
  void problem(const toml::source_region& at, std::string_view path, std::string_view why);
  // Reports keys of `table` not in `known` (typos would otherwise be silently ignored).
  void only_keys(const toml::table& table, std::string_view path,
                 std::initializer_list<std::string_view> known);

  // The value at table[key] when present and of the right type; a problem when present
  // with another type.
  std::optional<std::string> text(const toml::table& table, std::string_view key,
                                  std::string_view path);
  std::optional<std::int64_t> integer(const toml::table& table, std::string_view key,
                                      std::string_view path, std::int64_t min, std::int64_t max);
  std::optional<bool> boolean(const toml::table& table, std::string_view key,
                              std::string_view path);
  std::optional<std::vector<std::string>> texts(const toml::table& table, std::string_view key,
                                                std::string_view path);
  // A sub-table or array of tables; a problem when present with another type.
  const toml::table* table(const toml::table& parent, std::string_view key, std::string_view path);
  const toml::array* tables(const toml::table& parent, std::string_view key,
                            std::string_view path);

  const std::string& source() const { return source_; }
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  std::string source_;
  std::vector<std::string> problems_;
};

// "HH:MM" (00:00..24:00) as minutes after midnight; nullopt when malformed.
std::optional<int> parse_clock(std::string_view text);

}  // namespace rauch::notify::detail
