// Language-independent pieces: brand spellings, models, hashtags, emoji, links.

#include <string_view>

#include "generate/detail/vocabulary.h"

namespace rauch::generate::detail {
namespace {

using sv = std::string_view;

constexpr sv kBrand[] = {"Velora",  "Velora",  "Velora", "Velora", "@Velora",
                         "@Velora", "#Velora", "velora", "VELORA", "Velora"};
constexpr sv kModel[] = {"Velora City",  "Velora City 2", "Velora Trail", "Velora Cargo",
                         "Velora Urban", "Velora Urban",  "Velora Fold",  "City 2",
                         "Trail",        "Cargo"};
constexpr sv kCompetitor[] = {"Radwerk", "Radwerk",      "@Radwerk", "Ampera",
                              "Ampera",  "@AmperaBikes", "#Radwerk", "#Ampera"};
constexpr sv kTag[] = {"#ebike",
                       "#eBike",
                       "#Radfahren",
                       "#Velora",
                       "#pedelec",
                       "#Fahrrad",
                       "#cycling",
                       "#Verkehrswende",
                       "#bikelife",
                       "#commute",
                       "",
                       "",
                       "",
                       "",
                       ""};
constexpr sv kTagNeg[] = {
    "#VeloraFail", "#VeloraFail", "#fail", "#Kundenservice", "#ebike", "", "", ""};
constexpr sv kTagPos[] = {"#Velora",          "#ebike", "#Radfahren", "#bikelove", "#happy",
                          "#Feierabendrunde", "",       "",           ""};
constexpr sv kEmoPos[] = {"😍",  "🚲",   "👍", "🙌", "❤️", "😊",
                          ":)", ":-)", "🔥", "💪", "✨",      "🚴‍♀️",
                          "🚴",  "😎",   "",  "",  "",       ""};
constexpr sv kEmoNeg[] = {
    "😡", "🙄", "😤", "😠", ":(", ":-(", "🤬", "😒", "👎", "🤦‍♂️", "🤦‍♀️",
    "😩", ">:(",  "",  "",  ""};
constexpr sv kEmoQ[] = {"🤔", "🙏", "😅", "🧐", "", "", ""};
constexpr sv kEmoFun[] = {"😂", "🤣", "lol", "😅", "xD", "haha", ""};
constexpr sv kLinkVelora[] = {
    "https://velora.de/nova",         "https://shop.velora.de/city-2",
    "https://shop.velora.de/sale",    "https://velora.de/abo",
    "https://velora.de/go",           "https://hilfe.velora.de/akku",
    "https://velora.de/werkstaetten", "https://shop.velora.de/zubehoer/schloss"};
constexpr sv kLinkHelp[] = {"https://hilfe.velora.de/akku", "https://hilfe.velora.de/app",
                            "https://hilfe.velora.de/abo", "https://hilfe.velora.de/lieferung"};
constexpr sv kLinkOther[] = {"https://radwerk.de/modelle", "https://ampera.com/bikes",
                             "https://imgur.com/a/x7Kd2", "https://youtu.be/Qm3bd81Xk",
                             "https://www.komoot.com/tour/1184522"};
constexpr sv kNumber[] = {"2", "3", "3", "4", "5", "6", "zwei", "drei"};
constexpr sv kWeeks[] = {"2", "3", "4", "5", "6", "8"};
constexpr sv kKm[] = {"800", "1.200", "2.500", "3.000", "4.700", "6.000", "10.000", "350"};
constexpr sv kPrice[] = {"2.499", "2.999", "3.299", "3.799", "4.199", "1.899"};
constexpr sv kAboPrice[] = {"59", "69", "79", "89"};

constexpr PhraseList kShared[] = {
    {"brand", kBrand},
    {"model", kModel},
    {"competitor", kCompetitor},
    {"tag", kTag},
    {"tag_neg", kTagNeg},
    {"tag_pos", kTagPos},
    {"emo_pos", kEmoPos},
    {"emo_neg", kEmoNeg},
    {"emo_q", kEmoQ},
    {"emo_fun", kEmoFun},
    {"link_velora", kLinkVelora},
    {"link_help", kLinkHelp},
    {"link_other", kLinkOther},
    {"n", kNumber},
    {"weeks", kWeeks},
    {"km", kKm},
    {"price", kPrice},
    {"abo_price", kAboPrice},
};

}  // namespace

std::span<const PhraseList> shared_lists() { return kShared; }

}  // namespace rauch::generate::detail
