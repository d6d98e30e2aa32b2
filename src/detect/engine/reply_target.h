#pragma once

// What an own post answers: the "source:id" keys of the post it replies to and of the
// conversation it continues, with their hashes. Built once per own post by the engine and
// handed to every query, which compares hashes first (most own posts answer nothing a
// given query kept).

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "core/post.h"

namespace rauch::detect {

struct ReplyTarget {
  std::string replied, conversation;  // "" when the post names none
  std::uint64_t replied_hash = 0, conversation_hash = 0;

  static ReplyTarget of(const Post& post) {
    ReplyTarget t;
    if (!post.in_reply_to.empty()) {
      t.replied = source_key(post.source, post.in_reply_to);
      t.replied_hash = std::hash<std::string_view>{}(t.replied);
    }
    if (!post.conversation_id.empty()) {
      t.conversation = source_key(post.source, post.conversation_id);
      t.conversation_hash = std::hash<std::string_view>{}(t.conversation);
    }
    return t;
  }
  bool empty() const { return replied.empty() && conversation.empty(); }
  // Whether a kept post with this key (and its hash) is what the own post answers.
  bool names(std::uint64_t key_hash, std::string_view key) const {
    return (!replied.empty() && key_hash == replied_hash && key == replied) ||
           (!conversation.empty() && key_hash == conversation_hash && key == conversation);
  }
  // The same for a kept post stored by its key hash only.
  bool names_hash(std::uint64_t key_hash) const {
    return (!replied.empty() && key_hash == replied_hash) ||
           (!conversation.empty() && key_hash == conversation_hash);
  }
};

}  // namespace rauch::detect
