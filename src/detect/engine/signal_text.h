#pragma once

// What a person reads about each signal (docs/detection.md#incidents): a one-line title,
// an explanation line with the numbers that matter, and the same numbers as a JSON object
// for the API. The volume signal has its own (detect/volume/volume_explanation.h).

#include <string>
#include <string_view>

#include "detect/engine/unanswered_questions.h"
#include "detect/negative/negative_share_detector.h"
#include "detect/reach/reach_detector.h"
#include "detect/topic/topic_detector.h"

namespace rauch::detect {

struct SignalText {
  std::string title;
  std::string line;
  std::string details_json;  // A JSON object.
};

SignalText negative_share_text(std::string_view query_id, const NegativeShareReading& reading);
// "velora: new topic #VeloraGate, werkstatt video (5 authors on 4 networks)".
SignalText new_topic_text(std::string_view query_id, const TopicReading& reading);
SignalText high_reach_text(std::string_view query_id, const HighReachPost& post);
SignalText unanswered_text(std::string_view query_id, const UnansweredReading& reading);

// "3,200" for 3200: follower counts read faster with separators.
std::string with_thousands(double value);
// "14 min", "5 h 10 min".
std::string minutes_text(double minutes);

}  // namespace rauch::detect
