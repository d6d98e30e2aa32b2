// Measures the intent and insult rules on labelled TSV files read in place (the data is
// not part of the repository): macro-F1 of complaint vs not on the complaints corpus and
// of offensive vs not on TweetEval offensive. Not a test: the figures go into
// docs/text-analysis.md.
//
//   rauch_text_rules_eval complaints /work/shared/data/complaints/dev.tsv [--errors]
//   rauch_text_rules_eval offensive /work/shared/data/tweeteval/offensive/val.tsv [--errors]

#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "text/insult/insult.h"
#include "text/intent/intent.h"
#include "text/tokens.h"

namespace {

struct Counts {
  int tp = 0, fp = 0, fn = 0, tn = 0;
};

double f1(int tp, int fp, int fn) {
  return tp == 0 ? 0.0 : 2.0 * tp / (2.0 * tp + fp + fn);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: " << argv[0] << " complaints|offensive FILE.tsv [--errors]\n";
    return 2;
  }
  const std::string_view task = argv[1];
  const bool show_errors = argc > 3 && std::string_view(argv[3]) == "--errors";
  // --dump: every row with gold label, intent scores and tone, for tuning thresholds.
  const bool dump = argc > 3 && std::string_view(argv[3]) == "--dump";
  std::ifstream in(argv[2]);
  if (!in) {
    std::cerr << "cannot read " << argv[2] << "\n";
    return 1;
  }
  std::string line;
  std::getline(in, line);  // header
  Counts c;
  rauch::text::TokenizedText tokens;
  while (std::getline(in, line)) {
    // complaints: id label domain text; tweeteval: id label text.
    std::vector<std::string_view> cols;
    std::string_view rest = line;
    const std::size_t want = task == "complaints" ? 4 : 3;
    while (cols.size() + 1 < want) {
      const std::size_t tab = rest.find('\t');
      if (tab == std::string_view::npos) break;
      cols.push_back(rest.substr(0, tab));
      rest = rest.substr(tab + 1);
    }
    if (cols.size() + 1 != want) continue;
    const std::string_view text = rest;
    tokens.clear();
    rauch::text::tokenize(text, tokens);
    bool gold = false;
    bool pred = false;
    if (task == "complaints") {
      gold = cols[1] == "complaint";
      const auto r = rauch::text::classify_intent(text, tokens, "en");
      pred = r.intent == rauch::text::Intent::kComplaint;
      if (dump) {
        std::printf("%d\t%d", gold ? 1 : 0, static_cast<int>(r.intent));
        for (float s : r.scores) std::printf("\t%.4f", s);
        std::printf("\t%.4f\n", r.sentiment);
      }
    } else {
      gold = cols[1] == "offensive";
      const auto r = rauch::text::detect_insults(text, tokens, "en");
      pred = r.offensive;
      if (dump) std::printf("%d\t%.4f\n", gold ? 1 : 0, r.score);
    }
    if (gold && pred) ++c.tp;
    if (!gold && pred) ++c.fp;
    if (gold && !pred) ++c.fn;
    if (!gold && !pred) ++c.tn;
    if (show_errors && gold != pred) std::cout << (gold ? "FN\t" : "FP\t") << text << "\n";
  }
  const double f_pos = f1(c.tp, c.fp, c.fn);
  const double f_neg = f1(c.tn, c.fn, c.fp);
  if (dump) return 0;
  std::printf("%s: n=%d tp=%d fp=%d fn=%d tn=%d F1(pos)=%.3f F1(neg)=%.3f macro-F1=%.3f\n",
              std::string(task).c_str(), c.tp + c.fp + c.fn + c.tn, c.tp, c.fp, c.fn, c.tn,
              f_pos, f_neg, (f_pos + f_neg) / 2);
  return 0;
}
