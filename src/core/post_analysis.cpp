#include "core/post_analysis.h"

namespace rauch {

void PostAnalysis::clear() {
  language = "und";
  language_source = "none";
  sentiment = 0;
  sentiment_label = "neutral";
  intent = "other";
  offensive = 0;
  text_offset = 0;
  spans.clear();
  links.clear();
}

}  // namespace rauch
