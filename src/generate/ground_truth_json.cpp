#include <nlohmann/json.hpp>

#include "generate/generator.h"

namespace rauch::generate {

std::string ground_truth_json(const GenerateOptions& options, const GenerateSummary& summary) {
  // ordered_json keeps keys in insertion order, so the file diffs cleanly between runs.
  nlohmann::ordered_json doc;
  doc["seed"] = options.seed;
  doc["days"] = options.days;
  doc["start"] = format_rfc3339(options.start);
  doc["volume"] = options.volume;
  doc["scenarios"] = nlohmann::ordered_json::array();
  for (const GroundTruthEvent& event : summary.events) {
    doc["scenarios"].push_back(event.scenario);
  }
  doc["posts"] = summary.posts;
  doc["events"] = nlohmann::ordered_json::array();
  for (const GroundTruthEvent& event : summary.events) {
    nlohmann::ordered_json e;
    e["scenario"] = event.scenario;
    e["start"] = format_rfc3339(event.start);
    e["end"] = format_rfc3339(event.end);
    e["description"] = event.description;
    e["posts"] = event.post_keys.size();
    e["post_keys"] = event.post_keys;
    doc["events"].push_back(std::move(e));
  }
  return doc.dump(2) + "\n";
}

}  // namespace rauch::generate
