// The `rauchmelder` binary: the composition root. Everything else is in libraries.

#include <cstdio>
#include <exception>

#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "app/commands.h"
#include "care/commands.h"
#include "core/version.h"
#include "server/commands.h"

int main(int argc, char** argv) {
  // Logs (notify's deliveries and its log channel) go to stderr: stdout is the commands'
  // output, which scripts and tests parse.
  spdlog::set_default_logger(spdlog::stderr_color_mt("rauchmelder"));
  CLI::App app(
      "Rauchmelder watches the social web for a brand, tells complaints and questions from "
      "noise, and sees a crisis while it is still smoke.\n\nStart with `rauchmelder demo`. "
      "Documentation: docs/ in the source tree.",
      "rauchmelder");
  app.set_version_flag("--version", std::string("rauchmelder ") + rauch::kVersion);
  app.require_subcommand(1);
  app.fallthrough(false);

  int exit_code = rauch::app::kExitOk;
  rauch::app::register_ingest(app, exit_code);
  rauch::app::register_posts(app, exit_code);
  rauch::app::register_generate(app, exit_code);
  rauch::app::register_demo(app, exit_code);
  rauch::app::register_bench(app, exit_code);
  rauch::app::register_match(app, exit_code);
  rauch::app::register_query(app, exit_code);
  rauch::app::register_queries(app, exit_code);
  rauch::app::register_eval(app, exit_code);
  rauch::app::register_train(app, exit_code);
  rauch::app::register_analyze(app, exit_code);
  rauch::app::register_incidents(app, exit_code);
  rauch::app::register_backtest(app, exit_code);
  rauch::app::register_oncall(app, exit_code);
  rauch::app::register_notify(app, exit_code);
  rauch::server::register_serve(app, exit_code);
  rauch::server::register_access(app, exit_code);
  rauch::care::register_replies(app, exit_code);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 prints help and version through this path too (with exit code 0).
    const int code = app.exit(e);
    return code == 0 ? rauch::app::kExitOk : rauch::app::kExitFailure;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "rauchmelder: %s\n", e.what());
    return rauch::app::kExitFailure;
  }
  return exit_code;
}
