#pragma once

// The audit of a reply by the brand's own account (docs/care.md#reply-audit), on ingest and
// before sending: what in it breaks the customer-care rules of the seed texts.
//
//   deflection      sending the customer elsewhere instead of helping: a hotline, a phone
//                   number, a support e-mail address, a form, another department ("wenden
//                   Sie sich bitte an", "please contact our support at", "call 0800 ...").
//                   Moving the conversation to private messages ("schreib uns eine DM",
//                   "please DM us") is what the rules ask for, not deflection.
//   insult          insults, personal attacks and sarcasm at the customer ("wer lesen kann,
//                   ist klar im Vorteil", "have you tried reading the manual").
//   pii             private data in a public reply: a customer's e-mail address, phone
//                   number, IBAN, customer or order number (text/pii).
//   broken_promise  an earlier reply of the conversation promised an answer within a time
//                   ("wir melden uns innerhalb von 24 Stunden") and this reply is the first
//                   one after that time ran out.
//
// Spans are [begin, end) in Unicode code points of the text (what Python's and, without
// emoji, JavaScript's string indexes count), so a dashboard can mark them.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/timestamp.h"

namespace rauch::care {

enum class ReplyFindingKind : std::uint8_t { kDeflection, kInsult, kPii, kBrokenPromise };

// "deflection", "insult", "pii", "broken_promise".
std::string_view reply_finding_kind_name(ReplyFindingKind kind);

struct ReplyFinding {
  ReplyFindingKind kind = ReplyFindingKind::kDeflection;
  std::uint32_t begin = 0;  // Code points.
  std::uint32_t end = 0;
  std::string why;
};

// An earlier reply of the same conversation by the brand, for promises and referral chains.
struct EarlierReply {
  std::string text;
  Timestamp at;
};

struct ReplyContext {
  std::vector<EarlierReply> earlier;  // Oldest first.
  Timestamp at;                       // When this reply is (or would be) sent.
};

// A promise to come back within a time: "innerhalb von 24 Stunden", "by tomorrow".
struct Promise {
  Timestamp due;
  std::string phrase;  // As written.
};

class ReplyAuditor {
 public:
  ReplyAuditor();  // Builds the phrase tables (cold, allocates).
  ~ReplyAuditor();
  ReplyAuditor(ReplyAuditor&&) noexcept;
  ReplyAuditor& operator=(ReplyAuditor&&) noexcept;

  // Findings in `text` (UTF-8), ordered by begin. `lang` is "de", "en" or "" (both rule
  // sets). Texts are read up to kMaxReplyBytes. Does not throw; thread-safe (const).
  std::vector<ReplyFinding> check(std::string_view text, std::string_view lang,
                                  const ReplyContext& context = {}) const;

  // The promise in `text` sent at `at`, if it makes one (the latest deadline it names).
  std::vector<Promise> promises(std::string_view text, std::string_view lang, Timestamp at) const;

 private:
  struct Tables;
  std::unique_ptr<Tables> tables_;
};

inline constexpr std::size_t kMaxReplyBytes = 64 * 1024;

}  // namespace rauch::care
