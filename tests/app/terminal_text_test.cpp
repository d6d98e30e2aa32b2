#include "app/terminal_text.h"

#include <gtest/gtest.h>

namespace rauch::app {
namespace {

TEST(TerminalSafe, ReplacesControlAndBidiCharacters) {
  EXPECT_EQ(terminal_safe("a\nb\tc\x1b[2Jd", 100), "a b c [2Jd");
  EXPECT_EQ(terminal_safe("x\u202ey\u2066z\u200f", 100), "x y z ");
  EXPECT_EQ(terminal_safe("Grüße 🚲", 100), "Grüße 🚲");
}

TEST(TerminalSafe, ShortensOnCharacterBoundaries) {
  EXPECT_EQ(terminal_safe("äöüß", 2), "äö…");
  EXPECT_EQ(terminal_safe("🚲🚲🚲", 3), "🚲🚲🚲");
  EXPECT_EQ(terminal_safe("", 3), "");
}

}  // namespace
}  // namespace rauch::app
