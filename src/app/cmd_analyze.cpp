// `rauchmelder analyze`: what text analysis finds in a post, as JSON. One text given on
// the command line, or NDJSON posts from stdin written back with "analysis": {...}.

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app/commands.h"
#include "app/stdin_posts.h"
#include "core/post_analysis_json.h"
#include "core/post_json.h"
#include "text/analysis/analyzer.h"

namespace rauch::app {
namespace {

struct AnalyzeArgs {
  std::string text;
  std::string title;
  std::string lang;
  std::string author_lang;
  std::vector<std::string> brand_domains;
  bool rules_only = false;
};

int run_analyze(const AnalyzeArgs& args, bool one_text) {
  text::AnalyzerOptions options;
  options.brand_domains = args.brand_domains;
  options.sentiment_models = !args.rules_only;
  auto analyzer = text::Analyzer::create(options);
  if (!analyzer) {
    fmt::print(stderr, "rauchmelder analyze: {}\n", analyzer.error().message());
    return kExitFailure;
  }
  text::AnalysisScratch scratch;
  PostAnalysis analysis;
  std::string out;
  if (one_text) {
    Post post;
    post.text = args.text;
    post.title = args.title;
    post.lang = args.lang;
    (*analyzer)->analyze(post, args.author_lang, scratch, analysis);
    append_analysis_json(analysis, out);
    fmt::print("{}\n", out);
    return kExitOk;
  }
  return for_each_stdin_post("rauchmelder analyze", [&](const Post& post) {
    (*analyzer)->analyze(post, args.author_lang, scratch, analysis);
    out.clear();
    append_post_json(post, out);
    out.pop_back();  // The closing brace: "analysis" becomes the last member.
    out += ",\"analysis\":";
    append_analysis_json(analysis, out);
    out += "}\n";
    std::fwrite(out.data(), 1, out.size(), stdout);
  });
}

}  // namespace

void register_analyze(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<AnalyzeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "analyze",
      "Show what text analysis finds in a post (language, sentiment, intent and problem "
      "phrases, insults, PII, links): with --text, one JSON object; otherwise NDJSON posts "
      "from standard input, each written to standard output with \"analysis\": {...}. Bad "
      "lines are reported on stderr as -:LINE: reason and skipped. Exit code 0 = clean, 1 = "
      "some lines rejected, 2 = I/O error. See docs/text-analysis.md.");
  CLI::Option* text = cmd->add_option("--text", args->text, "Analyze this text");
  cmd->add_option("--title", args->title, "The post's title (with --text)")->needs(text);
  cmd->add_option("--lang", args->lang, "The post's stated language, a hint (with --text)")
      ->needs(text);
  cmd->add_option("--author-lang", args->author_lang,
                  "The author's usual language: the fallback for texts too short to detect");
  cmd->add_option("--brand-domain", args->brand_domains,
                  "A domain of the brand (repeatable); links imitating it are flagged");
  cmd->add_flag("--rules-only", args->rules_only, "Sentiment from the rules only, no model");
  cmd->callback([args, text, &exit_code] { exit_code = run_analyze(*args, text->count() > 0); });
}

}  // namespace rauch::app
