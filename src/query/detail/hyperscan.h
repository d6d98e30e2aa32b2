#pragma once

// Owning handles for Hyperscan's C objects, and the compile call with its error.

#include <memory>
#include <span>
#include <string>
#include <vector>

#include <hs/hs.h>

#include "core/error.h"

namespace rauch::query::detail {

struct DatabaseDeleter {
  void operator()(hs_database_t* database) const { hs_free_database(database); }
};
using HyperscanDatabase = std::unique_ptr<hs_database_t, DatabaseDeleter>;

struct ScratchDeleter {
  void operator()(hs_scratch_t* scratch) const { hs_free_scratch(scratch); }
};
using HyperscanScratch = std::unique_ptr<hs_scratch_t, ScratchDeleter>;

struct PatternSource {
  std::string expression;
  unsigned flags = 0;
  unsigned id = 0;  // What a match reports; several expressions may share one id.
};

// Compiles block-mode patterns. kInternal with Hyperscan's message (and the offending
// expression) on failure.
[[nodiscard]] Result<HyperscanDatabase> compile_database(std::span<const PatternSource> patterns);

// Makes `scratch` fit `database` (allocating or growing it).
[[nodiscard]] Result<void> fit_scratch(const hs_database_t& database, HyperscanScratch& scratch);

}  // namespace rauch::query::detail
