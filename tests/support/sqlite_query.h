#pragma once

#include <string>

namespace rauch::testing {

// Runs one SQL statement on a database file with the plain SQLite API, independent of
// the store under test, and returns the first column of the first row ("" if none).
std::string query_one(const std::string& path, const std::string& sql);

}  // namespace rauch::testing
