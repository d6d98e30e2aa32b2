// `rauchmelder query check 'QUERY'`: the canonical form, or the error with a caret under
// its column; warnings (lints) go to stderr either way.

#include <cstdio>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "app/commands.h"
#include "app/terminal_text.h"
#include "query/syntax/lint.h"
#include "query/syntax/parser.h"
#include "query/syntax/printer.h"

namespace rauch::app {
namespace {

// The query on one line and a caret under `column` (1-based, in code points).
void print_caret(std::FILE* out, std::string_view query, std::size_t column) {
  const std::string shown = terminal_safe(query, query.size() + 1);
  fmt::print(out, "  {}\n  {:>{}}\n", shown, "^", column);
}

int run_check(const std::string& text) {
  for (const query::Lint& lint : query::lint(text)) {
    if (lint.severity != query::Severity::kWarning)
      continue;
    fmt::print(stderr, "{}\n", query::format_lint(lint));
    print_caret(stderr, text, lint.column);
  }
  auto root = query::parse_syntax(text);
  if (!root) {
    fmt::print(stderr, "error: {}\n", query::format_syntax_error(root.error()));
    print_caret(stderr, text, root.error().column);
    return kExitRejected;
  }
  fmt::print("{}\n", query::print(*root));
  return kExitOk;
}

}  // namespace

void register_query(CLI::App& app, int& exit_code) {
  CLI::App* group = app.add_subcommand("query", "Work with one query (docs/query-language.md).");
  group->require_subcommand(1);
  auto text = std::make_shared<std::string>();
  CLI::App* check = group->add_subcommand(
      "check",
      "Check a query: print its canonical form (exit 0), or the error with a caret under "
      "its column (exit 1). Warnings are printed to stderr.");
  check->add_option("query", *text, "The query, quoted for the shell")->required();
  check->callback([text, &exit_code] { exit_code = run_check(*text); });
}

}  // namespace rauch::app
