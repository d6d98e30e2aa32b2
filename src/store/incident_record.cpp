#include "store/incident_record.h"

#include <array>
#include <utility>

namespace rauch::store {
namespace {

constexpr std::array<std::pair<Severity, std::string_view>, 3> kSeverities = {
    {{Severity::kInfo, "info"}, {Severity::kWarning, "warning"}, {Severity::kCritical, "critical"}}};
constexpr std::array<std::pair<IncidentStatus, std::string_view>, 3> kStatuses = {
    {{IncidentStatus::kOpen, "open"},
     {IncidentStatus::kAcknowledged, "acknowledged"},
     {IncidentStatus::kResolved, "resolved"}}};

template <class Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& names, Enum e) {
  for (const auto& [value, name] : names)
    if (value == e) return name;
  return names[0].second;
}

template <class Enum, std::size_t N>
std::optional<Enum> from_name(const std::array<std::pair<Enum, std::string_view>, N>& names,
                              std::string_view wanted) {
  for (const auto& [value, name] : names)
    if (name == wanted) return value;
  return std::nullopt;
}

}  // namespace

std::string_view severity_name(Severity severity) { return name_of(kSeverities, severity); }
std::optional<Severity> severity_from_name(std::string_view name) {
  return from_name(kSeverities, name);
}
std::string_view incident_status_name(IncidentStatus status) { return name_of(kStatuses, status); }
std::optional<IncidentStatus> incident_status_from_name(std::string_view name) {
  return from_name(kStatuses, name);
}

}  // namespace rauch::store
