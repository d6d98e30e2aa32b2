#include "query/detail/hyperscan.h"

namespace rauch::query::detail {

Result<HyperscanDatabase> compile_database(std::span<const PatternSource> patterns) {
  std::vector<const char*> expressions;
  std::vector<unsigned> flags;
  std::vector<unsigned> ids;
  expressions.reserve(patterns.size());
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    expressions.push_back(patterns[i].expression.c_str());
    flags.push_back(patterns[i].flags);
    ids.push_back(patterns[i].id);
  }
  hs_database_t* database = nullptr;
  hs_compile_error_t* error = nullptr;
  const hs_error_t status = hs_compile_multi(expressions.data(), flags.data(), ids.data(),
                                             static_cast<unsigned>(patterns.size()), HS_MODE_BLOCK,
                                             nullptr, &database, &error);
  if (status != HS_SUCCESS) {
    std::string message = "hyperscan: ";
    message += error != nullptr && error->message != nullptr ? error->message : "compile failed";
    if (error != nullptr && error->expression >= 0 &&
        static_cast<std::size_t>(error->expression) < patterns.size()) {
      message += " in pattern " + patterns[static_cast<std::size_t>(error->expression)].expression;
    }
    hs_free_compile_error(error);
    return make_error(ErrorCode::kInternal, std::move(message));
  }
  return HyperscanDatabase(database);
}

Result<void> fit_scratch(const hs_database_t& database, HyperscanScratch& scratch) {
  hs_scratch_t* raw = scratch.release();
  const hs_error_t status = hs_alloc_scratch(&database, &raw);
  scratch.reset(raw);
  if (status != HS_SUCCESS) {
    return make_error(ErrorCode::kInternal,
                      "hyperscan: cannot allocate scratch (error " + std::to_string(status) + ")");
  }
  return {};
}

}  // namespace rauch::query::detail
