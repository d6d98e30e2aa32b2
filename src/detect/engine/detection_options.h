#pragma once

// Every parameter of detection in one place (docs/detection.md lists each with its
// default): the options of each signal, and how signals combine into incidents.

#include <cstddef>

#include "detect/hijack/hijack_detector.h"
#include "detect/negative/negative_share_detector.h"
#include "detect/reach/reach_detector.h"
#include "detect/topic/topic_detector.h"
#include "detect/volume/volume_options.h"

namespace rauch::detect {

// Questions and complaints nobody from the brand answered (docs/detection.md#unanswered).
struct UnansweredOptions {
  // A question or complaint counts as unanswered when no own account replied to it within
  // this long (event time).
  double grace_minutes = 60;
  // Questions waiting for their grace period, and unanswered ones kept for the count and
  // the age in the explanation; above the cap the oldest are dropped (memory stays bounded).
  std::size_t max_pending = 2000;
  double keep_hours = 48;
  // The pile-up test: the new-topic test run on the stream of unanswered questions, with
  // slower windows and stronger guards ("38 unanswered questions about 'nova' in 6 h").
  TopicOptions topic = [] {
    TopicOptions t;
    t.recent_half_life_minutes = 180;
    t.min_posts = 10;
    t.min_authors = 6;
    t.min_lift = 4;
    t.warmup_posts = 300;
    t.hold_minutes = 24 * 60;
    return t;
  }();
};

// When signals add up to a crisis (docs/detection.md#incidents).
struct CrisisOptions {
  // A new topic reaches a broad mass when at least this many distinct authors on at least
  // this many networks carry it (breadth), or the reach signal says broad, or a high-reach
  // author posted negatively during the rise.
  // Four: the new-topic signal counts authors from a term's second post on, so this is
  // five people picking up a never-seen term within minutes, on two networks.
  double broad_authors = 4;
  double broad_sources = 2;
  // An episode (one incident per query) ends after this long without a new alert.
  double episode_quiet_minutes = 12 * 60;
  // Posts of the rise remembered to see whether an own account answered one of them.
  std::size_t max_rise_posts = 4096;
};

struct DetectionOptions {
  VolumeOptions volume;
  NegativeShareOptions negative;
  TopicOptions topic;
  ReachOptions reach;
  UnansweredOptions unanswered;
  CrisisOptions crisis;
  HijackOptions hijack;
};

}  // namespace rauch::detect
