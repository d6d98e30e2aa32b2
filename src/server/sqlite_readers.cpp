#include "server/sqlite_readers.h"

#include "store/sqlite/sqlite_store.h"

namespace rauch::server {

std::function<Result<std::unique_ptr<store::Store>>()> sqlite_readers(std::string path) {
  return [path = std::move(path)]() -> Result<std::unique_ptr<store::Store>> {
    store::sqlite::SqliteOptions options;
    options.cache_kib = 16 * 1024;
    options.query_only = true;
    auto reader = store::sqlite::SqliteStore::open(path, options);
    if (!reader)
      return tl::unexpected(reader.error());
    return std::unique_ptr<store::Store>(std::move(*reader));
  };
}

}  // namespace rauch::server
