#pragma once

// What detection raises: one signal's alert, and the incident as it stands after it.

#include <string>

#include "core/timestamp.h"
#include "store/incident_record.h"

namespace rauch::detect {

struct DetectionAlert {
  Timestamp at;        // Event time: the minute (or post) that raised it.
  std::string signal;  // volume, negative_share, new_topic, high_reach, crisis, unanswered, hijack
  std::string title;   // The signal's own one-line summary.
  double score = 1;    // The detector's score in [0, 1] (1 for rule signals).
  // A signal that only grew (a topic gaining authors, more questions piling up): the
  // incident is updated, but timelines need not list it again.
  bool update_only = false;
  store::IncidentRecord incident;  // To record (store::Store::record_incident).
};

}  // namespace rauch::detect
