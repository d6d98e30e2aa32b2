// English templates and words: UK/US social-media English with slang (ngl, tbh, lol),
// abbreviations and the odd German word that English-speaking expats pick up.

#include <string_view>

#include "generate/detail/vocabulary.h"

namespace rauch::generate::detail {
namespace {

using sv = std::string_view;

constexpr sv kComplaint[] = {
    "{opener} my {model} has {problem}. {wait_phrase} {emo_neg} {tag_neg}",
    "{brand} you {problem_you}?! {anger} {emo_neg}",
    "Been waiting {weeks} weeks for {waiting_for}. {anger} {brand} {tag_neg}",
    "{brand} customer service is {bad_adj} tbh. {wait_phrase} {emo_neg}",
    "{km} km on my {model} and now {problem_short}. For {price} EUR I expect better. {brand}",
    "the {brand_app} crashes {freq}, {app_problem} {emo_neg}",
    "{problem_short} AGAIN. {brand} {anger} {tag_neg}",
    "trying to cancel my {brand} Abo is {bad_adj}. {abo_problem} {emo_neg}",
    "ngl {brand} {bad_opinion} {tag_neg}",
    "{problem_short}. {problem_short}. and now {problem_short}. thanks {brand} {emo_neg}",
};
constexpr sv kQuestion[] = {
    "{opener} {brand} {question_body} {emo_q}",
    "anyone know {question_indirect}? {brand} {tag}",
    "Question for {brand} owners: {question_body} {emo_q}",
    "{opener} quick q about the {model}: {question_model} {emo_q}",
    "Is the {brand} Abo worth it? {abo_question} {emo_q}",
    "@Velora_Hilfe {question_body}",
};
constexpr sv kPraise[] = {
    "{opener} {praise_body} {emo_pos} {tag_pos}",
    "{km} km on the {model} and {praise_short}. {brand} {emo_pos}",
    "{praise_body} thanks {brand}! {emo_pos}",
    "shoutout to the {brand} workshop in {city}, {workshop_good} {emo_pos}",
    "ngl the {model} is {good_adj} {emo_pos} {tag_pos}",
    "@Velora_Hilfe {care_good}, legends {emo_pos}",
    "commute on the {model} today was {good_adj} {emo_pos} #commute",
};
constexpr sv kNeutral[] = {
    "{opener} thinking about getting a {model}. {consider} {tag}",
    "test rode the {model} today. {neutral_note} {tag}",
    "looks like {brand} {news_bit}. {link_velora}",
    "{model} or something else? {consider} {emo_q}",
    "{n} people in my office ride {brand} now {emo_fun}",
    "is the {brand} Abo worth {abo_price} EUR a month? {consider}",
    "saw the {brand} store in {city} today. {neutral_note}",
};
constexpr sv kCompetitorPost[] = {
    "{competitor} or {brand}? {consider} {emo_q} {tag}",
    "switched from {brand} to {competitor}, {switch_reason}. {tag}",
    "{model} vs {competitor_model}: {comparison} {tag}",
    "{opener} {competitor} {praise_short} {emo_pos}",
    "{opener} {competitor} {problem_short} again {emo_neg}",
};
constexpr sv kOfftopic[] = {
    "finally proper cycling weather {emo_pos} #cycling",
    "bike lanes in {city} are {bad_adj} {emo_neg} #bikelife",
    "e-bike stolen in {city} {emo_neg} please RT #ebike",
    "cycling to work saves me {n} hours a week lol #commute",
};
constexpr sv kReviewPos[] = {
    "{praise_body} Delivery was on time and setup was easy.",
    "Had the {model} for {weeks} months now. {praise_short}. Recommended!",
    "{km} km without any issues. Battery is solid, app works. 5 stars.",
};
constexpr sv kReviewMid[] = {"Good bike, but {problem_short}. Service was {mid_service}.",
                             "Rides great, app is {bad_adj} though."};
constexpr sv kReviewNeg[] = {"{problem}. {wait_phrase} Never again.",
                             "Paid {price} EUR and got {problem}. Avoid.",
                             "Great when it works. Sadly {problem}."};
constexpr sv kReviewTitlePos[] = {"Great bike!", "Very happy", "Recommended", "Love it"};
constexpr sv kReviewTitleNeg[] = {"Disappointed", "Avoid", "Terrible service", "Not again"};
constexpr sv kNewsTitle[] = {
    "German e-bike maker {brand_plain} expands to the UK",
    "Review: {model} is a solid city commuter",
    "E-bike subscriptions: {brand_plain} vs {competitor_plain}",
    "Europe's e-bike boom shows no sign of slowing",
};
constexpr sv kNewsTeaser[] = {
    "{brand_plain}, the German e-bike brand, {news_bit}. Here is what riders need to know.",
    "We rode the {model} for a month of commuting. Battery, motor, app and service rated.",
};
constexpr sv kBlogTitle[] = {"A year with the {model}", "{model} vs {competitor_model}",
                             "Winter battery tips for e-bikes"};
constexpr sv kBlogTeaser[] = {
    "After {km} km it is time for a verdict: {praise_short}, but {problem_short}.",
    "You asked for it, so here it is. Spoiler: {comparison}",
};
constexpr sv kOwnPost[] = {
    "The Velora Nova is coming soon! {emo_pos} {link_velora} #VeloraNova",
    "Autumn is riding season {emo_pos} Book a test ride: {link_velora}",
    "Velora Abo from {abo_price} EUR/month, service and insurance included. {link_velora}",
};
constexpr sv kOwnPress[] = {"Press release: Velora opens a new workshop in {city}. {link_velora}"};
constexpr sv kHilfeReply[] = {
    "Hi, sorry to hear that! Please DM us your order number and we'll look into it right "
    "away. {sig}",
    "That's not how it should be. We've sent you a DM to sort this out. {sig}",
    "Thanks for asking! {care_answer} {sig}",
};
constexpr sv kCareAnswer[] = {
    "Range depends a lot on assist level and temperature, tips here: {link_help}",
    "You can cancel the Abo monthly in the Velora Go app: {link_help}",
};
constexpr sv kSig[] = {"^LK", "^MS", "^JB", "/Lena", ""};

constexpr sv kOpener[] = {"",     "",   "",         "",        "Hey", "Hi",
                          "Ugh,", "So", "Honestly", "Okay so", "lol", "Right,"};
constexpr sv kProblem[] = {"a flat tyre again",
                           "a battery fault",
                           "a display that keeps flickering",
                           "gears that keep skipping",
                           "a motor that cuts out",
                           "error code E-07",
                           "a battery that dies after 20 km"};
constexpr sv kProblemShort[] = {
    "battery dead",     "motor dead",        "display blank", "app frozen",
    "delivery delayed", "no workshop slots", "chain snapped", "update broke everything"};
constexpr sv kProblemYou[] = {"lost my order", "sent me the wrong bike",
                              "cancelled my workshop appointment", "charged my Abo twice"};
constexpr sv kWaitPhrase[] = {"No reply for {weeks} weeks.", "Nobody gets back to me.",
                              "Hotline always busy.", "", "Still waiting..."};
constexpr sv kWaitingFor[] = {"my {model}", "a workshop appointment", "a replacement battery",
                              "my refund"};
constexpr sv kAnger[] = {"Unbelievable.", "So annoyed.", "Seriously?!",    "Not ok.",
                         "wtf",           "Fuming.",     "Done with this."};
constexpr sv kBadAdj[] = {"awful", "a joke", "terrible", "useless", "so bad", "painful"};
constexpr sv kBadOpinion[] = {"your service used to be better", "this is how you lose customers",
                              "never buying again"};
constexpr sv kFreq[] = {"constantly", "every morning", "all the time"};
constexpr sv kAppProblem[] = {"login broken", "battery level not showing",
                              "bluetooth won't connect"};
constexpr sv kAboProblem[] = {"By letter only?!", "Cancelled three times, still charged."};
constexpr sv kQuestionBody[] = {"can I buy a spare battery for the {model}?",
                                "when do the new {model} colours drop?",
                                "can I pause my subscription?", "do you ship to the UK?",
                                "does Velora Go work with older bikes?"};
constexpr sv kQuestionIndirect[] = {"if the {model} can pull a trailer",
                                    "how long the battery lasts in winter",
                                    "where to test ride {brand} in {city}"};
constexpr sv kQuestionModel[] = {"does the battery do {km} km?", "which frame size for 6ft?",
                                 "can I fit a child seat?"};
constexpr sv kAboQuestion[] = {"what happens if it gets stolen?", "can I buy it later?"};
constexpr sv kPraiseBody[] = {"The {model} is just {good_adj}!", "So happy with my {model}.",
                              "{km} km in and still like new.",
                              "Best purchase this year: {model}."};
constexpr sv kPraiseShort[] = {"zero issues", "still a joy every day", "battery lasts forever",
                               "super well built"};
constexpr sv kGoodAdj[] = {"amazing", "brilliant", "awesome", "so good", "top notch", "sick"};
constexpr sv kCareGood[] = {"sorted my issue in 10 minutes", "sent a new battery right away"};
constexpr sv kWorkshopGood[] = {"quick and friendly", "fixed in an hour"};
constexpr sv kConsider[] = {"Thoughts?", "Opinions?", "Not sure tbh.", "Any experiences?"};
constexpr sv kNeutralNote[] = {"Rides nice, pricey though.", "We'll see.", "Interesting."};
constexpr sv kNewsBit[] = {"announced a new model", "changed its prices", "opened a new store",
                           "pushed an app update"};
constexpr sv kSwitchReason[] = {"service was just better", "it was cheaper", "delivery was faster"};
constexpr sv kComparison[] = {"Velora has the better app, Radwerk the stronger motor.",
                              "Ampera is lighter, Velora sturdier."};
constexpr sv kMidService[] = {"ok", "meh", "slow"};
constexpr sv kCity[] = {"Berlin",    "Munich", "Hamburg", "London",
                        "Amsterdam", "Vienna", "Cologne", "Zurich"};
constexpr sv kBrandApp[] = {"Velora Go app", "Velora app"};
constexpr sv kBrandPlain[] = {"Velora"};
constexpr sv kCompetitorPlain[] = {"Radwerk", "Ampera"};
constexpr sv kCompetitorModel[] = {"Radwerk Urban", "Radwerk X3", "Ampera One", "Ampera S"};
constexpr sv kNumber[] = {"2", "3", "4", "5", "6"};

constexpr PhraseList kEnglish[] = {
    {"complaint", kComplaint},
    {"question", kQuestion},
    {"praise", kPraise},
    {"neutral", kNeutral},
    {"competitor_post", kCompetitorPost},
    {"offtopic", kOfftopic},
    {"review_pos", kReviewPos},
    {"review_mid", kReviewMid},
    {"review_neg", kReviewNeg},
    {"review_title_pos", kReviewTitlePos},
    {"review_title_neg", kReviewTitleNeg},
    {"news_title", kNewsTitle},
    {"news_teaser", kNewsTeaser},
    {"blog_title", kBlogTitle},
    {"blog_teaser", kBlogTeaser},
    {"own_post", kOwnPost},
    {"own_press", kOwnPress},
    {"hilfe_reply", kHilfeReply},
    {"care_answer", kCareAnswer},
    {"sig", kSig},
    {"opener", kOpener},
    {"problem", kProblem},
    {"problem_short", kProblemShort},
    {"problem_you", kProblemYou},
    {"wait_phrase", kWaitPhrase},
    {"waiting_for", kWaitingFor},
    {"anger", kAnger},
    {"bad_adj", kBadAdj},
    {"bad_opinion", kBadOpinion},
    {"freq", kFreq},
    {"app_problem", kAppProblem},
    {"abo_problem", kAboProblem},
    {"question_body", kQuestionBody},
    {"question_indirect", kQuestionIndirect},
    {"question_model", kQuestionModel},
    {"abo_question", kAboQuestion},
    {"praise_body", kPraiseBody},
    {"praise_short", kPraiseShort},
    {"good_adj", kGoodAdj},
    {"care_good", kCareGood},
    {"workshop_good", kWorkshopGood},
    {"consider", kConsider},
    {"neutral_note", kNeutralNote},
    {"news_bit", kNewsBit},
    {"switch_reason", kSwitchReason},
    {"comparison", kComparison},
    {"mid_service", kMidService},
    {"city", kCity},
    {"brand_app", kBrandApp},
    {"brand_plain", kBrandPlain},
    {"competitor_plain", kCompetitorPlain},
    {"competitor_model", kCompetitorModel},
    {"n", kNumber},
};

}  // namespace

std::span<const PhraseList> english_lists() { return kEnglish; }

}  // namespace rauch::generate::detail
