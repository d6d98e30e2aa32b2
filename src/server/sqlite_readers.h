#pragma once

// What opens serve's read-only connections (ServerOptions::open_reader) to a SQLite file:
// query_only, with a smaller page cache than the writer's.

#include <functional>
#include <memory>
#include <string>

#include "core/error.h"
#include "store/store.h"

namespace rauch::server {

std::function<Result<std::unique_ptr<store::Store>>()> sqlite_readers(std::string path);

}  // namespace rauch::server
