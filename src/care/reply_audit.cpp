#include "care/reply_audit.h"

#include <algorithm>
#include <array>
#include <string>

#include <fmt/format.h>

#include "care/reply_phrases.h"
#include "text/insult/insult.h"
#include "text/intent/phrase_table.h"
#include "text/pii/pii.h"
#include "text/tokens.h"

namespace rauch::care {

std::string_view reply_finding_kind_name(ReplyFindingKind kind) {
  switch (kind) {
    case ReplyFindingKind::kDeflection:
      return "deflection";
    case ReplyFindingKind::kInsult:
      return "insult";
    case ReplyFindingKind::kPii:
      return "pii";
    case ReplyFindingKind::kBrokenPromise:
      return "broken_promise";
  }
  return "deflection";
}

struct ReplyAuditor::Tables {
  text::PhraseTable replies{reply_cues()};
  text::PhraseTable private_moves{private_cues()};
  text::PhraseTable promises{promise_cues()};
  text::InsultDetector insults;
};

ReplyAuditor::ReplyAuditor() : tables_(std::make_unique<Tables>()) {}
ReplyAuditor::~ReplyAuditor() = default;
ReplyAuditor::ReplyAuditor(ReplyAuditor&&) noexcept = default;
ReplyAuditor& ReplyAuditor::operator=(ReplyAuditor&&) noexcept = default;

namespace {

constexpr std::int64_t kMinuteMs = 60'000;
constexpr std::int64_t kHourMs = 60 * kMinuteMs;
constexpr std::int64_t kDayMs = 24 * kHourMs;

// Byte offsets of the sentence ends: '.', '!', '?' or a line break followed by a space,
// a line break or the end. A sentence is the unit in which "DM us" excuses a referral
// and in which a promise needs someone who promises.
std::vector<std::uint32_t> sentence_ends(std::string_view text) {
  std::vector<std::uint32_t> ends;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool stop = c == '\n' || ((c == '.' || c == '!' || c == '?') &&
                                    (i + 1 == text.size() || text[i + 1] == ' ' ||
                                     text[i + 1] == '\n'));
    if (stop)
      ends.push_back(static_cast<std::uint32_t>(i + 1));
  }
  ends.push_back(static_cast<std::uint32_t>(text.size()) + 1);
  return ends;
}

std::size_t sentence_of(const std::vector<std::uint32_t>& ends, std::uint32_t byte) {
  return static_cast<std::size_t>(std::upper_bound(ends.begin(), ends.end(), byte) - ends.begin());
}

// Code points before byte `at` (continuation bytes 10xxxxxx do not start one).
std::uint32_t code_points(std::string_view text, std::uint32_t at) {
  std::uint32_t n = 0;
  for (std::uint32_t i = 0; i < at && i < text.size(); ++i)
    n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return n;
}

std::string quoted(std::string_view text, std::uint32_t begin, std::uint32_t end) {
  return fmt::format("\"{}\"", text.substr(begin, end - begin));
}

// Service numbers a brand gives out: toll-free and shared-cost prefixes (E.164).
bool service_number(std::string_view e164) {
  for (std::string_view prefix : {"+49800", "+49180", "+49900", "+49137", "+43800", "+41800",
                                  "+41848", "+1800", "+1888", "+1877", "+1866", "+1855",
                                  "+1844", "+44800", "+44808", "+440800"})
    if (e164.starts_with(prefix))
      return true;
  return false;
}

// Mobile numbers belong to people: in a reply they are the customer's, never a hotline.
bool mobile_number(std::string_view e164) {
  for (std::string_view prefix : {"+4915", "+4916", "+4917", "+447", "+436", "+4175", "+4176",
                                  "+4177", "+4178", "+4179"})
    if (e164.starts_with(prefix))
      return true;
  return false;
}

// Mailboxes of a team, not of a person: an address a brand sends customers to.
bool team_mailbox(std::string_view address) {
  const std::string_view local = address.substr(0, address.find('@'));
  for (std::string_view team :
       {"support", "service", "kundenservice", "kundendienst", "info", "help", "hilfe", "kontakt",
        "contact", "care", "team", "beschwerde", "complaints", "feedback", "hello", "hallo",
        "presse", "press", "noreply", "no-reply", "social", "customercare", "servicecenter"})
    if (local == team || local.starts_with(std::string(team) + ".") ||
        local.starts_with(std::string(team) + "-") || local.starts_with(std::string(team) + "_"))
      return true;
  return false;
}

struct ByteFinding {
  ReplyFindingKind kind;
  std::uint32_t begin;
  std::uint32_t end;
  std::string why;
  std::size_t sentence;
};

// The number in a promise phrase: digits or a number word.
std::int64_t promised_count(std::string_view text, const text::TokenizedText& tokens,
                            const text::PhraseMatch& m) {
  static constexpr std::array<std::pair<std::string_view, int>, 22> kWords{{
      {"ein", 1},   {"einem", 1}, {"einer", 1}, {"one", 1},   {"a", 1},      {"zwei", 2},
      {"two", 2},   {"drei", 3},  {"three", 3}, {"vier", 4},  {"four", 4},   {"funf", 5},
      {"five", 5},  {"sechs", 6}, {"six", 6},   {"sieben", 7}, {"seven", 7}, {"acht", 8},
      {"eight", 8}, {"zehn", 10}, {"ten", 10},  {"zwolf", 12},
  }};
  for (std::uint32_t i = m.first_token; i < m.end_token; ++i) {
    const std::string_view folded = tokens.folded_token(i);
    if (tokens.tokens[i].kind == text::TokenKind::kNumber ||
        (!folded.empty() && folded.front() >= '0' && folded.front() <= '9')) {
      std::int64_t n = 0;
      for (char c : text.substr(tokens.tokens[i].source_begin,
                                tokens.tokens[i].source_end - tokens.tokens[i].source_begin)) {
        if (c < '0' || c > '9')
          break;
        n = std::min<std::int64_t>(n * 10 + (c - '0'), 1000);
      }
      if (n > 0)
        return n;
    }
    for (const auto& [word, value] : kWords)
      if (folded == word && i > m.first_token)
        return value;
  }
  return 1;
}

// `days` working days after `at`, skipping Saturdays and Sundays (UTC days).
Timestamp after_business_days(Timestamp at, std::int64_t days) {
  std::int64_t t = at.ms;
  while (days > 0) {
    t += kDayMs;
    // 1970-01-01 was a Thursday: day 0 → Thursday, so (day + 3) % 7 is 5 for Saturday.
    const std::int64_t weekday = ((t / kDayMs) + 3) % 7;  // 0 = Monday
    if (weekday < 5)
      --days;
  }
  return Timestamp{t};
}

}  // namespace

std::vector<Promise> ReplyAuditor::promises(std::string_view text, std::string_view lang,
                                            Timestamp at) const {
  text = text.substr(0, kMaxReplyBytes);
  text::TokenizedText tokens;
  text::tokenize(text, tokens);
  const auto ends = sentence_ends(text);
  std::vector<bool> first_person(ends.size() + 1, false);
  struct Found {
    std::size_t sentence;
    Promise promise;
  };
  std::vector<Found> found;
  const std::int64_t day_start = at.ms - (at.ms % kDayMs);
  tables_->promises.scan(tokens, text::lang_mask(lang), [&](const text::PhraseMatch& m) {
    const auto& first = tokens.tokens[m.first_token];
    const auto& last = tokens.tokens[m.end_token - 1];
    const std::size_t sentence = sentence_of(ends, first.source_begin);
    const auto cue = static_cast<PromiseCue>(tables_->promises.spec(m.entry).tag);
    if (cue == kCueFirstPerson) {
      first_person[sentence] = true;
      return;
    }
    const std::int64_t n = promised_count(text, tokens, m);
    Timestamp due = at;
    switch (cue) {
      case kCueWithinMinutes:
        due.ms += n * kMinuteMs;
        break;
      case kCueWithinHours:
        due.ms += n * kHourMs;
        break;
      case kCueWithinDays:
        due.ms += n * kDayMs;
        break;
      case kCueWithinBusinessDays:
        due = after_business_days(at, n);
        break;
      case kCueToday:
        due.ms = day_start + kDayMs;
        break;
      case kCueTomorrow:
        due.ms = day_start + 2 * kDayMs;
        break;
      case kCueSoon:
        due.ms += kDayMs;
        break;
      case kCueFirstPerson:
        break;
    }
    found.push_back(
        {sentence,
         {due, std::string(text.substr(first.source_begin, last.source_end - first.source_begin))}});
  });
  std::vector<Promise> out;
  for (Found& f : found)
    if (first_person[f.sentence])
      out.push_back(std::move(f.promise));
  return out;
}

std::vector<ReplyFinding> ReplyAuditor::check(std::string_view text, std::string_view lang,
                                              const ReplyContext& context) const {
  text = text.substr(0, kMaxReplyBytes);
  text::TokenizedText tokens;
  text::tokenize(text, tokens);
  const auto ends = sentence_ends(text);
  std::vector<ByteFinding> found;
  std::vector<bool> private_move(ends.size() + 1, false);

  tables_->private_moves.scan(tokens, text::lang_mask(lang), [&](const text::PhraseMatch& m) {
    private_move[sentence_of(ends, tokens.tokens[m.first_token].source_begin)] = true;
  });
  tables_->replies.scan(tokens, text::lang_mask(lang), [&](const text::PhraseMatch& m) {
    const auto& first = tokens.tokens[m.first_token];
    const auto& last = tokens.tokens[m.end_token - 1];
    const std::size_t sentence = sentence_of(ends, first.source_begin);
    switch (static_cast<ReplyCue>(tables_->replies.spec(m.entry).tag)) {
      case kCuePrivate:
        return;
      case kCueDeflect:
        found.push_back({ReplyFindingKind::kDeflection, first.source_begin, last.source_end,
                         "sends the customer elsewhere: " +
                             quoted(text, first.source_begin, last.source_end),
                         sentence});
        return;
      case kCueSarcasm:
        found.push_back({ReplyFindingKind::kInsult, first.source_begin, last.source_end,
                         "talks down to the customer: " +
                             quoted(text, first.source_begin, last.source_end),
                         sentence});
        return;
    }
  });
  // A referral in a sentence that moves to private messages ("wenden Sie sich per DM an
  // uns") is what the rules ask for.
  std::erase_if(found, [&](const ByteFinding& f) {
    return f.kind == ReplyFindingKind::kDeflection && private_move[f.sentence];
  });

  const text::InsultResult insults = tables_->insults.detect_rules(text, tokens, lang);
  for (const text::InsultFinding& f : insults.findings) {
    // Swearing about the situation is bad style but not an attack on the customer.
    if (f.why.starts_with("profanity"))
      continue;
    found.push_back({ReplyFindingKind::kInsult, f.source_begin, f.source_end, f.why,
                     sentence_of(ends, f.source_begin)});
  }

  for (const text::PiiFinding& p : text::find_pii(text)) {
    const std::size_t sentence = sentence_of(ends, p.source_begin);
    const bool referral_sentence = std::any_of(found.begin(), found.end(), [&](const auto& f) {
      return f.kind == ReplyFindingKind::kDeflection && f.sentence == sentence;
    });
    const std::string what = quoted(text, p.source_begin, p.source_end);
    if (p.kind == text::PiiKind::kPhone && !mobile_number(p.normalized) &&
        (service_number(p.normalized) || referral_sentence) && !private_move[sentence]) {
      found.push_back({ReplyFindingKind::kDeflection, p.source_begin, p.source_end,
                       "sends the customer to a phone number: " + what, sentence});
    } else if (p.kind == text::PiiKind::kEmail && team_mailbox(p.normalized)) {
      if (!private_move[sentence])
        found.push_back({ReplyFindingKind::kDeflection, p.source_begin, p.source_end,
                         "sends the customer to an e-mail address: " + what, sentence});
    } else {
      found.push_back({ReplyFindingKind::kPii, p.source_begin, p.source_end,
                       fmt::format("private data in a public reply ({}): {}",
                                   text::pii_kind_name(p.kind), what),
                       sentence});
    }
  }

  // One deflection finding per sentence, spanning its referral phrases and numbers.
  std::sort(found.begin(), found.end(),
            [](const ByteFinding& a, const ByteFinding& b) { return a.begin < b.begin; });
  std::vector<ByteFinding> merged;
  for (ByteFinding& f : found) {
    if (!merged.empty() && f.kind == ReplyFindingKind::kDeflection &&
        merged.back().kind == ReplyFindingKind::kDeflection &&
        merged.back().sentence == f.sentence) {
      merged.back().end = std::max(merged.back().end, f.end);
      merged.back().why += "; " + f.why.substr(f.why.find(':') + 2);
      continue;
    }
    merged.push_back(std::move(f));
  }

  // Referral chains: the customer was already sent elsewhere in this conversation.
  int earlier_referrals = 0;
  for (const EarlierReply& e : context.earlier) {
    const auto earlier = check(e.text, lang);
    earlier_referrals += std::any_of(earlier.begin(), earlier.end(), [](const ReplyFinding& f) {
      return f.kind == ReplyFindingKind::kDeflection;
    });
  }

  std::vector<ReplyFinding> out;
  for (ByteFinding& f : merged) {
    if (f.kind == ReplyFindingKind::kDeflection && earlier_referrals > 0)
      f.why += fmt::format(" (referral {} in this conversation)", earlier_referrals + 1);
    out.push_back({f.kind, code_points(text, f.begin), code_points(text, f.end), std::move(f.why)});
  }

  // A promise of an earlier reply that ran out before this reply, with no reply between.
  for (std::size_t i = 0; i < context.earlier.size(); ++i) {
    const EarlierReply& e = context.earlier[i];
    for (const Promise& p : promises(e.text, lang, e.at)) {
      if (context.at <= p.due)
        continue;
      const bool followed_up =
          std::any_of(context.earlier.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                      context.earlier.end(),
                      [&](const EarlierReply& later) { return later.at > e.at; });
      if (followed_up)
        continue;
      const double hours_late = static_cast<double>(context.at.ms - p.due.ms) / kHourMs;
      out.push_back({ReplyFindingKind::kBrokenPromise, 0, code_points(text, static_cast<std::uint32_t>(text.size())),
                     fmt::format("the reply of {} promised \"{}\" (due {}); this is the next "
                                 "reply, {:.1f} hours late",
                                 format_rfc3339(e.at), p.phrase, format_rfc3339(p.due),
                                 hours_late)});
      break;
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const ReplyFinding& a, const ReplyFinding& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace rauch::care
