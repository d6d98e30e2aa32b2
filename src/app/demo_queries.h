#pragma once

// The saved queries `rauchmelder demo` starts with: the brand Velora, its complaints
// and the hotline theme, and the two competitors of the demo stream.

#include <span>

#include "store/query_record.h"

namespace rauch::app {

struct DemoQuery {
  const char* id;
  const char* text;
  const char* name;
  store::QueryCategory category;
};

std::span<const DemoQuery> demo_queries();

}  // namespace rauch::app
