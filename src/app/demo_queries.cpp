#include "app/demo_queries.h"

namespace rauch::app {

std::span<const DemoQuery> demo_queries() {
  static constexpr DemoQuery kQueries[] = {
      {"velora", "velora OR #velora* OR @velora OR @velora_hilfe OR @velora_news",
       "Velora: all mentions", store::QueryCategory::kBrand},
      {"velora-complaints",
       "(velora OR #velora* OR @velora_hilfe) AND (kaputt OR defekt OR akku* OR "
       "\"funktioniert nicht\" OR verspät* OR lieferung OR rückruf OR storniert OR refund OR "
       "broken OR \"never arrived\" OR battery) -own:true",
       "Velora: complaints and problems", store::QueryCategory::kTopic},
      {"velora-hotline",
       "(hotline OR warteschleife OR \"call center\" OR callcenter) AND "
       "(velora OR @velora_hilfe)",
       "Velora: hotline and waiting", store::QueryCategory::kTopic},
      {"radwerk", "radwerk OR #radwerk* OR @radwerk", "Radwerk", store::QueryCategory::kCompetitor},
      {"ampera", "ampera OR #ampera* OR @ampera", "Ampera", store::QueryCategory::kCompetitor},
  };
  return kQueries;
}

}  // namespace rauch::app
