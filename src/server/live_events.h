#pragma once

// The events GET /api/v1/events streams, made from what the store says
// (docs/api.md#live-events): `match` for posts newly stored that matched a saved query,
// `incident` for an incident detection opened or raised, `incident_changed` for one
// acknowledged or resolved through the API. Published to an EventHub.

#include <cstdint>
#include <string_view>

#include "core/error.h"
#include "server/event_hub.h"
#include "store/incident_record.h"
#include "store/store.h"

namespace rauch::server {

// Follows the matches of newly stored posts (Store::matches_after) and publishes each
// once. Not thread-safe: the server calls it under the SharedStore lock, which orders
// the calls.
class MatchEvents {
 public:
  // Starts after the posts stored so far: only what is stored from now on is an event.
  [[nodiscard]] static Result<MatchEvents> start(store::Store& store, EventHub& hub);

  // Publishes the matches stored since the last call (also by other processes that write
  // the same database). On a store error nothing is skipped: the next call reads on from
  // the same place.
  [[nodiscard]] Result<std::int64_t> publish_new(store::Store& store);

 private:
  MatchEvents(EventHub& hub, std::int64_t after) : hub_(&hub), after_(after) {}
  EventHub* hub_;
  std::int64_t after_;
};

// The `match` event's data: query_id, post key ("source:id"), source, ext_id, author (id,
// handle, name), created_at and the start of the text (at most 280 bytes, on a character
// boundary, with "truncated" when cut).
std::string match_event_data(const store::StoredMatch& match);

// `incident` (opened: true for a new incident, false when its severity rose) and
// `incident_changed`: the incident as GET /api/v1/incidents/{id} gives it.
void publish_incident(EventHub& hub, const store::IncidentRecord& incident, bool opened);
void publish_incident_changed(EventHub& hub, const store::IncidentRecord& incident,
                              std::string_view change);

}  // namespace rauch::server
