// `rauchmelder replies check [--lang de|en] [--json] TEXT`: audits a reply before it is sent
// (docs/care.md#reply-audit). TEXT "-" reads the reply from stdin.

#include <iostream>
#include <iterator>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "app/commands.h"
#include "care/commands.h"
#include "care/reply_audit.h"
#include "care/reply_json.h"

namespace rauch::care {
namespace {

struct CheckArgs {
  std::string text;
  std::string lang;
  bool json = false;
};

int run_check(const CheckArgs& args) {
  std::string text = args.text;
  if (text == "-")
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  if (text.size() > kMaxReplyBytes) {
    fmt::print(stderr, "rauchmelder replies check: the reply has {} bytes; at most {}\n",
               text.size(), kMaxReplyBytes);
    return app::kExitRejected;
  }
  const ReplyAuditor auditor;
  const auto findings = auditor.check(text, args.lang);
  if (args.json) {
    fmt::print("{}\n", findings_json(findings).dump());
    return app::kExitOk;
  }
  if (findings.empty())
    fmt::print("no findings: the reply keeps the rules\n");
  for (const ReplyFinding& f : findings)
    fmt::print("{} [{}, {}): {}\n", reply_finding_kind_name(f.kind), f.begin, f.end, f.why);
  return app::kExitOk;
}

}  // namespace

void register_replies(CLI::App& app, int& exit_code) {
  CLI::App* replies =
      app.add_subcommand("replies", "Replies of the brand's own accounts (docs/care.md)");
  replies->require_subcommand(1);
  auto args = std::make_shared<CheckArgs>();
  CLI::App* check = replies->add_subcommand(
      "check",
      "Audit a reply before sending it: deflection (hotline, other department, form), insults "
      "and sarcasm, private data. Prints the findings (--json: {\"findings\": [{\"kind\", "
      "\"span\": [begin, end], \"why\"}]}, spans in code points); exit 0 also when there are "
      "findings.");
  check->add_option("text", args->text, "The reply (\"-\" reads it from stdin)")->required();
  check->add_option("--lang", args->lang, "de or en (default: both rule sets)")
      ->check(CLI::IsMember({"de", "en"}));
  check->add_flag("--json", args->json, "Print JSON");
  check->callback([args, &exit_code] { exit_code = run_check(*args); });
}

}  // namespace rauch::care
