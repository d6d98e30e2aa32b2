#include "support/test_posts.h"

namespace rauch::testing {

Post make_post(const std::string& id, std::int64_t created_at_ms, const std::string& author,
               Source source) {
  Post post;
  post.id = id;
  post.source = source;
  post.text = "Mein Velora-Akku ist schon wieder leer 😤 #velora " + id;
  post.created_at = Timestamp{created_at_ms};
  post.lang = "de";
  if (!author.empty()) {
    post.author.id = "u-" + author;
    post.author.handle = "@" + author;
    post.author.name = author;
    post.author.followers = 100;
    post.author.verified = false;
  }
  return post;
}

}  // namespace rauch::testing
