#include "app/generated_stream.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include <fmt/format.h>

#include "core/post_json.h"

namespace rauch::app {
namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

tl::unexpected<Error> write_error(const std::string& path) {
  return make_error(ErrorCode::kUnavailable,
                    fmt::format("cannot write {}: {}", path, std::strerror(errno)));
}

}  // namespace

std::string default_truth_path(const std::string& out_path) {
  if (out_path == "-" || out_path.empty()) {
    return "";
  }
  const std::size_t slash = out_path.find_last_of('/');
  const std::size_t dot = out_path.find_last_of('.');
  const bool has_extension =
      dot != std::string::npos && (slash == std::string::npos || dot > slash);
  return (has_extension ? out_path.substr(0, dot) : out_path) + ".truth.json";
}

Result<generate::GenerateSummary> write_generated_stream(const generate::GenerateOptions& options,
                                                         const std::string& out_path,
                                                         const std::string& truth_path) {
  File owned;
  std::FILE* out = stdout;
  if (out_path != "-") {
    owned.reset(std::fopen(out_path.c_str(), "wb"));
    if (!owned) {
      return write_error(out_path);
    }
    out = owned.get();
  }
  std::string buffer;
  buffer.reserve(1 << 20);
  bool write_failed = false;
  auto flush = [&] {
    if (!buffer.empty() && std::fwrite(buffer.data(), 1, buffer.size(), out) != buffer.size()) {
      write_failed = true;
    }
    buffer.clear();
  };
  auto summary = generate::generate(options, [&](const Post& post) {
    append_post_json(post, buffer);
    buffer += '\n';
    if (buffer.size() > (1 << 20) - 4096) {
      flush();
    }
  });
  flush();
  if (!summary) {
    return summary;
  }
  if (write_failed || std::fflush(out) != 0) {
    return write_error(out_path);
  }
  if (owned && std::fclose(owned.release()) != 0) {
    return write_error(out_path);
  }
  if (!truth_path.empty()) {
    File truth(std::fopen(truth_path.c_str(), "wb"));
    const std::string doc = generate::ground_truth_json(options, *summary) + "\n";
    if (!truth || std::fwrite(doc.data(), 1, doc.size(), truth.get()) != doc.size() ||
        std::fclose(truth.release()) != 0) {
      return write_error(truth_path);
    }
  }
  return summary;
}

}  // namespace rauch::app
