#include "brand_queries.h"

#include <array>
#include <random>
#include <string_view>

#include <fmt/format.h>

#include "core/assert.h"
#include "query/syntax/parser.h"

namespace rauch::bench {
namespace {

constexpr std::array<std::string_view, 3> kDemoBrands = {"velora", "radwerk", "ampera"};
constexpr std::array<std::string_view, 24> kProblems = {"akku*",
                                                        "kaputt",
                                                        "defekt",
                                                        "verspät*",
                                                        "lieferung",
                                                        "rückruf",
                                                        "\"funktioniert nicht\"",
                                                        "refund",
                                                        "broken",
                                                        "\"never arrived\"",
                                                        "support",
                                                        "hotline",
                                                        "kündig*",
                                                        "abo",
                                                        "app",
                                                        "absturz",
                                                        "bremse*",
                                                        "motor",
                                                        "\"charged twice\"",
                                                        "battery",
                                                        "delay*",
                                                        "service",
                                                        "garantie",
                                                        "reklamation"};
constexpr std::array<std::string_view, 8> kExclusions = {"gewinnspiel",    "giveaway",  "job*",
                                                         "stellenangebot", "werbung",   "ad",
                                                         "sponsored",      "rabattcode"};
constexpr std::array<std::string_view, 12> kSyllables = {"ka",  "lo", "ven", "tri", "mar", "zu",
                                                         "bel", "or", "sta", "qui", "nex", "dra"};

class Generator {
 public:
  explicit Generator(std::uint64_t seed) : rng_(seed) {}

  std::string brand() {
    if (chance(0.01))
      return std::string(kDemoBrands[pick(kDemoBrands.size())]);
    std::string name;
    for (std::size_t i = 0, n = 2 + pick(3); i < n; ++i)
      name += kSyllables[pick(kSyllables.size())];
    return name + std::to_string(pick(1000));
  }

  std::string problems(std::size_t n) {
    std::string out = "(";
    for (std::size_t i = 0; i < n; ++i) {
      if (i > 0)
        out += " OR ";
      out += kProblems[pick(kProblems.size())];
    }
    return out + ")";
  }

  std::string query() {
    const std::string b = brand();
    switch (pick(6)) {
      case 0:
        return fmt::format("{0} OR #{0} OR @{0}", b);
      case 1:
        return fmt::format("({0} OR #{0}) AND {1}", b, problems(2 + pick(4)));
      case 2:
        return fmt::format("({0} OR \"{0} {1}\") AND NOT ({2} OR {3}) lang:{4}", b, brand(),
                           kExclusions[pick(kExclusions.size())],
                           kExclusions[pick(kExclusions.size())], chance(0.5) ? "de" : "en");
      case 3:
        return fmt::format("{} NEAR/{} {}", b, 2 + pick(6), problems(1 + pick(3)));
      case 4:
        return fmt::format("{} AND {} AND followers:>{}", b, problems(3), 100 * (1 + pick(50)));
      default:
        return fmt::format("(#{0} OR @{0}_hilfe OR {0}*) -author:@{0}", b);
    }
  }

 private:
  std::size_t pick(std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_);
  }
  bool chance(double p) { return std::bernoulli_distribution(p)(rng_); }
  std::mt19937_64 rng_;
};

}  // namespace

std::vector<query::QuerySpec> brand_queries(std::size_t count, std::uint64_t seed) {
  Generator generator(seed);
  std::vector<query::QuerySpec> specs;
  specs.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const std::string text = generator.query();
    auto root = query::parse(text);
    RAUCH_ASSERT(root.has_value(), "generated benchmark query does not parse");
    specs.push_back({fmt::format("q{}", i), std::move(*root)});
  }
  return specs;
}

}  // namespace rauch::bench
