#include "app/detection_config.h"

#include <filesystem>
#include <optional>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "detect/engine/option_fields.h"

namespace rauch::app {
namespace {

Error bad(const std::string& path, const toml::node& node, std::string_view what) {
  return Error(ErrorCode::kInvalidArgument,
               fmt::format("{}:{}: {}", path, node.source().begin.line, what));
}

// Sets one field from a TOML value of the right type.
std::optional<std::string> assign(const detect::OptionField& field, const toml::node& value) {
  return std::visit(
      [&](auto target) -> std::optional<std::string> {
        using T = decltype(target);
        if constexpr (std::is_same_v<T, double*>) {
          auto v = value.value<double>();
          if (!v || !(value.is_number())) return "expected a number";
          *target = *v;
        } else if constexpr (std::is_same_v<T, std::int64_t*>) {
          auto v = value.as_integer();
          if (!v) return "expected an integer";
          *target = v->get();
        } else if constexpr (std::is_same_v<T, std::size_t*>) {
          auto v = value.as_integer();
          if (!v || v->get() < 0) return "expected a non-negative integer";
          *target = static_cast<std::size_t>(v->get());
        } else if constexpr (std::is_same_v<T, bool*>) {
          auto v = value.as_boolean();
          if (!v) return "expected true or false";
          *target = v->get();
        } else if constexpr (std::is_same_v<T, std::span<std::int64_t>>) {
          auto a = value.as_array();
          if (!a || a->size() != target.size())
            return fmt::format("expected an array of {} integers", target.size());
          for (std::size_t i = 0; i < target.size(); ++i) {
            auto v = (*a)[i].as_integer();
            if (!v) return fmt::format("expected an array of {} integers", target.size());
            target[i] = v->get();
          }
        } else if constexpr (std::is_same_v<T, std::string*>) {
          auto v = value.as_string();
          if (!v) return "expected a string";
          *target = v->get();
        } else {
          auto a = value.as_array();
          if (!a) return "expected an array of strings";
          target->clear();
          for (const toml::node& item : *a) {
            auto s = item.as_string();
            if (!s) return "expected an array of strings";
            target->push_back(s->get());
          }
        }
        return std::nullopt;
      },
      field.target);
}

// Applies the options of a [detect] or [detect.queries.ID] table (its sections) to `options`.
Result<void> apply(const std::string& path, const toml::table& table, std::string_view prefix,
                   detect::DetectionOptions& options, bool top_level) {
  std::vector<detect::OptionField> fields = detect::option_fields(options);
  for (const auto& [key, node] : table) {
    const std::string name(key.str());
    if (top_level && prefix.empty() && name == "queries") continue;
    const std::string dotted = prefix.empty() ? name : fmt::format("{}.{}", prefix, name);
    if (const toml::table* sub = node.as_table()) {
      if (auto done = apply(path, *sub, dotted, options, false); !done) return done;
      continue;
    }
    const detect::OptionField* field = nullptr;
    for (const auto& f : fields)
      if (prefix == f.section && name == f.name) field = &f;
    if (!field)
      return tl::unexpected(bad(path, node, fmt::format("detect.{}: unknown option (docs/detection.md lists them)", dotted)));
    if (auto wrong = assign(*field, node))
      return tl::unexpected(bad(path, node, fmt::format("detect.{}: {}", dotted, *wrong)));
  }
  return {};
}

}  // namespace

Result<DetectionConfig> read_detection_config(const std::string& path,
                                              const detect::DetectionOptions& base) {
  DetectionConfig config{base, {}};
  toml::table root;
  try {
    root = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    if (!std::filesystem::exists(path))
      return make_error(ErrorCode::kUnavailable, fmt::format("{}: cannot read the file", path));
    return make_error(ErrorCode::kInvalidArgument,
                      fmt::format("{}:{}:{}: {}", path, e.source().begin.line,
                                  e.source().begin.column, e.description()));
  }
  const toml::table* detect = root["detect"].as_table();
  if (!detect) return config;
  if (auto done = apply(path, *detect, "", config.defaults, true); !done)
    return tl::unexpected(done.error());
  if (const toml::node* queries = detect->get("queries")) {
    const toml::table* by_id = queries->as_table();
    if (!by_id) return tl::unexpected(bad(path, *queries, "detect.queries: expected a table of query ids"));
    for (const auto& [id, node] : *by_id) {
      const toml::table* table = node.as_table();
      if (!table)
        return tl::unexpected(bad(path, node, fmt::format("detect.queries.{}: expected a table", id.str())));
      detect::DetectionOptions options = config.defaults;
      if (auto done = apply(path, *table, "", options, false); !done) return tl::unexpected(done.error());
      config.per_query.emplace(std::string(id.str()), std::move(options));
    }
  }
  return config;
}

}  // namespace rauch::app
