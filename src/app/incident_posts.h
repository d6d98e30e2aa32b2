#pragma once

// Top posts with links for an incident (issue: "top posts with links" in the explanation).
// Detection names the posts of a rise by key ("twitter:t-123") only: it keeps no text or
// URLs. Before an incident is recorded, the app looks the posts up in the store and puts
// what a person needs into details.top_posts (key, url, author, followers, at, text) and
// a "Top posts" block into the explanation, most-followed author first.

#include "core/error.h"
#include "store/incident_record.h"
#include "store/store.h"

namespace rauch::app {

// Replaces the keys in details.top_posts by post objects and appends up to three of them
// to the explanation. Keys the store does not know are kept as {"key": ...}. Incidents
// without top posts are left as they are.
[[nodiscard]] Result<void> link_top_posts(store::Store& store, store::IncidentRecord& incident);

}  // namespace rauch::app
