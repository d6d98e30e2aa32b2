#include "care/reply_json.h"

#include <nlohmann/json.hpp>

namespace rauch::care {

nlohmann::json findings_json(const std::vector<ReplyFinding>& findings) {
  nlohmann::json list = nlohmann::json::array();
  for (const ReplyFinding& f : findings)
    list.push_back({{"kind", reply_finding_kind_name(f.kind)},
                    {"span", {f.begin, f.end}},
                    {"why", f.why}});
  return {{"findings", std::move(list)}};
}

}  // namespace rauch::care
