#include "bench_support.h"

#include <fstream>
#include <string>

#include "generate/generator.h"

namespace rauch::bench {

std::vector<Post> generated_posts(std::size_t count) {
  std::vector<Post> posts;
  posts.reserve(count);
  generate::GenerateOptions options;
  options.scenarios = {"all"};
  options.volume = static_cast<double>(count) / 45'000.0 + 0.1;
  (void)generate::generate(options, [&](const Post& post) {
    if (posts.size() < count) posts.push_back(post);
  });
  return posts;
}

double rss_mib() {
  std::ifstream status("/proc/self/status");
  std::string key;
  while (status >> key) {
    if (key == "VmRSS:") {
      double kib = 0;
      status >> kib;
      return kib / 1024.0;
    }
    status.ignore(1 << 12, '\n');
  }
  return 0;
}

}  // namespace rauch::bench
