// German templates and words: everyday German as written on social media, with dialect
// (Berlinerisch, Bavarian, Swabian, Northern), Denglisch, compounds and typos-to-be.

#include <string_view>

#include "generate/detail/vocabulary.h"

namespace rauch::generate::detail {
namespace {

using sv = std::string_view;

constexpr sv kComplaint[] = {
    "{opener} mein {model} hat {problem}. {wait_phrase} {emo_neg} {tag_neg}",
    "{opener} {brand} ihr habt {problem_you}?! {anger} {emo_neg}",
    "Seit {weeks} Wochen warte ich auf {waiting_for}. {anger} {brand} {tag_neg}",
    "{brand} {compound_bad}, {wait_phrase} Echt {bad_adj}. {emo_neg}",
    "{dialect_bad} {problem_short} beim {model} {emo_neg} {tag_neg}",
    "Hab {km} km auf dem {model} und jetzt {problem}. Für {price} € erwarte ich mehr. {brand}",
    "{opener} die {brand_app} stürzt {freq} ab, {app_problem}. {emo_neg}",
    "Zum {nth} Mal {problem_short}. {brand} {anger} {tag_neg}",
    "{brand} Abo kündigen ist ja {bad_adj}. {abo_problem} {emo_neg}",
    "{opener} {compound_bad} bei {brand}... {wait_phrase} {emo_neg}",
    "Warum muss man bei {brand} eigentlich {wait_what}? {anger}",
    "{problem_short}. {problem_short}. Und jetzt auch noch {problem_short}. Danke {brand} "
    "{emo_neg}",
    "ganz ehrlich {brand}, {bad_opinion} {tag_neg}",
    "{dialect_bad} {brand} {emo_neg}",
};
constexpr sv kQuestion[] = {
    "{opener} {brand} {question_body} {emo_q}",
    "Weiß jemand, {question_indirect}? {brand} {tag}",
    "{brand} {question_body} Danke schon mal! {emo_q}",
    "Frage an die Community: {question_body} {tag}",
    "{opener} kurze Frage zum {model}: {question_model} {emo_q}",
    "Hat jemand Erfahrung mit dem {brand} Abo? {abo_question} {emo_q}",
    "{opener} wie lange dauert bei {brand} {question_duration} {emo_q}",
    "@Velora_Hilfe {question_body}",
};
constexpr sv kPraise[] = {
    "{opener} {praise_body} {emo_pos} {tag_pos}",
    "{km} km mit dem {model} und {praise_short}. {brand} {emo_pos}",
    "{praise_body} Danke {brand}! {emo_pos}",
    "{dialect_good} {praise_short} {emo_pos} {tag_pos}",
    "Feierabendrunde mit dem {model} {emo_pos} {praise_short} {tag_pos}",
    "Shoutout an die Werkstatt von {brand} in {city}, {workshop_good} {emo_pos}",
    "Die {brand_app} ist echt {good_adj}, {app_good} {emo_pos}",
    "ngl das {model} ist {good_adj} {emo_pos}",
    "{opener} @Velora_Hilfe hat mir {care_good}. Top! {emo_pos}",
};
constexpr sv kNeutral[] = {
    "{opener} überlege mir ein {model} zu holen. {consider} {tag}",
    "Heute das {model} Probe gefahren. {neutral_note} {tag}",
    "{brand} hat wohl {news_bit}. {link_velora}",
    "Grad den {brand} Store in {city} gesehen. {neutral_note}",
    "{model} oder doch was anderes? {consider} {emo_q}",
    "Im Büro fahren jetzt {n} Leute {brand}. {emo_fun} {tag}",
    "Kennt wer die {brand} Werkstatt in {city}? {tag}",
    "{brand} Newsletter sagt {news_bit}. mal gucken {emo_q}",
    "Pendeln mit dem {model} bei dem Wetter {weather} {tag}",
    "Lohnt sich das {brand} Abo für {abo_price} €/Monat? {consider}",
};
constexpr sv kCompetitorPost[] = {
    "{competitor} oder {brand}? {consider} {emo_q} {tag}",
    "Bin von {brand} zu {competitor} gewechselt, {switch_reason}. {tag}",
    "{competitor} hat {news_bit}, {brand} zieht hoffentlich nach {tag}",
    "Vergleich {model} vs {competitor_model}: {comparison} {tag}",
    "{opener} {competitor} {praise_short} {emo_pos}",
    "{opener} {competitor} {problem_short} {emo_neg}",
    "{competitor_model} Probe gefahren. {neutral_note} {tag}",
    "Radwerk, Ampera, Velora... {consider} {emo_q}",
};
constexpr sv kOfftopic[] = {
    "Endlich wieder {weather} Radwetter {emo_pos} #Radfahren",
    "{opener} wo gibt's in {city} gute Radwege? #Verkehrswende",
    "E-Bike geklaut in {city} {emo_neg} wer was sieht bitte melden #ebike",
    "Velo-City Konferenz war {good_adj} {emo_pos} #cycling",
    "Pendeln mit dem Rad spart mir {n} Stunden die Woche lol #commute",
    "Neue Radspur in {city} ist {bad_adj} geplant {emo_neg}",
};
constexpr sv kReviewPos[] = {
    "{praise_body} Lieferung kam pünktlich, Aufbau war easy.",
    "Fahre das {model} seit {weeks} Monaten. {praise_short}. Klare Empfehlung!",
    "Beratung im Store {city} super, Werkstatt auch. {praise_short}.",
    "{km} km ohne Probleme. Akku hält gut, App läuft. 5 Sterne.",
};
constexpr sv kReviewMid[] = {
    "Rad an sich gut, aber {problem_short}. Service {mid_service}.",
    "Fährt sich toll, die App ist aber {bad_adj}. {wait_phrase}",
    "Preis-Leistung okay. {compound_bad} hat genervt.",
};
constexpr sv kReviewNeg[] = {
    "{problem}. {wait_phrase} Nie wieder {brand}.",
    "{compound_bad} ohne Ende. Hotline-Warteschleife {n} Stunden. Finger weg!",
    "Für {price} € erwarte ich mehr. {problem_short}, {wait_phrase}",
    "Das {model} ist toll wenn es fährt. Leider {problem}.",
};
constexpr sv kReviewTitlePos[] = {"Top Rad!", "Sehr zufrieden", "Klare Empfehlung", "Super Service",
                                  "Macht Spaß"};
constexpr sv kReviewTitleNeg[] = {"Enttäuscht", "Finger weg", "Service mangelhaft",
                                  "Leider nicht zu empfehlen", "Ärgerlich"};
constexpr sv kNewsTitle[] = {
    "E-Bike-Markt: {brand_plain} und {competitor_plain} im Preiskampf",
    "Test: Das {model} im Alltag",
    "{brand_plain} eröffnet Store in {city}",
    "Pedelec-Boom: Warum Pendler auf E-Bikes umsteigen",
    "{brand_plain} meldet Rekordabsatz im Sommer",
    "Fahrrad-Abos im Vergleich: {brand_plain} Abo, {competitor_plain} und Co.",
};
constexpr sv kNewsTeaser[] = {
    "Der Berliner Hersteller {brand_plain} {news_bit}. Was Kundinnen und Kunden jetzt wissen "
    "müssen.",
    "Wir haben das {model} vier Wochen lang im Alltag getestet: Akku, Motor, App und Service.",
    "Nach {competitor_plain} setzt auch {brand_plain} auf Abos. Ein Überblick über Preise und "
    "Haken.",
};
constexpr sv kBlogTitle[] = {"Mein Jahr mit dem {model}", "{model} vs. {competitor_model}",
                             "5 Tipps für den Akku im Winter", "Pendeln mit dem E-Bike: ein Fazit"};
constexpr sv kBlogTeaser[] = {
    "Nach {km} Kilometern ziehe ich Bilanz: {praise_short}, aber {problem_short}.",
    "Heute geht es um den Vergleich, den ihr euch gewünscht habt. Spoiler: {comparison}",
};
constexpr sv kOwnPost[] = {
    "Bald ist es soweit: die Velora Nova kommt! {emo_pos} {link_velora} #VeloraNova",
    "Herbstzeit ist Radzeit {emo_pos} Jetzt Probefahrt im Store buchen: {link_velora}",
    "Mit dem Velora Abo ab {abo_price} €/Monat – inklusive Service und Versicherung. "
    "{link_velora}",
    "Danke für {km} gemeinsame Kilometer, Community! {emo_pos} #Velora",
    "Neues Update für Velora Go: Routenplanung mit Ladestopps {emo_pos} {link_velora}",
    "Wohin geht eure Feierabendrunde heute? {emo_pos} #Radfahren",
};
constexpr sv kOwnPress[] = {
    "Pressemitteilung: Velora eröffnet neue Werkstatt in {city}. {link_velora}",
    "Velora Nova: Vorbestellungen ab sofort möglich. {link_velora}",
    "Velora wächst: {n} neue Stores bis Jahresende. {link_velora}",
};
constexpr sv kHilfeReply[] = {
    "Hallo, das tut uns leid! Schick uns bitte eine DM mit deiner Auftragsnummer, dann "
    "schauen wir uns das direkt an. {sig}",
    "Oh nein, das sollte so nicht sein. Wir melden uns per DM bei dir und klären das. {sig}",
    "Danke für deine Frage! {care_answer} {sig}",
    "Hi, sorry für die Wartezeit! Wir haben dir eine DM geschrieben. {sig}",
    "Das klingt ärgerlich, wir kümmern uns. Magst du uns per DM deine Rahmennummer "
    "schicken? {sig}",
};
constexpr sv kCareAnswer[] = {
    "Die Reichweite hängt stark von Unterstützungsstufe und Temperatur ab, Tipps findest du "
    "hier: {link_help}",
    "Das Abo kannst du monatlich in der Velora Go App kündigen: {link_help}",
    "Die Lieferung ist für nächste Woche geplant, Details schicken wir dir per DM.",
};
constexpr sv kSig[] = {"^LK", "^MS", "^JB", "^TK", "/Lena", "/Jonas", ""};

constexpr sv kOpener[] = {"",        "",      "",           "",      "Moin,",    "Moin",
                          "Servus,", "Ey",    "Hallo",      "Hey",   "Na toll,", "Also",
                          "Leute,",  "Tach,", "Grüß Gott,", "Boah,", "Oh mann,", "Sagt mal,"};
constexpr sv kDialectBad[] = {"des Rad is hi.", "des gibt's doch ned!", "Icke sach ma so:",
                              "Heidanei,",      "Jetzt langt's aber.",  "Dat is doch nich wahr!",
                              "so a Schmarrn!", "Geht's noch?",         "Digga ernsthaft?"};
constexpr sv kDialectGood[] = {"Läuft!",     "Mega!",   "Des passt scho.",          "Voll geil!",
                               "Krass gut!", "Hammer!", "Is ja wie im Urlaub hier."};
constexpr sv kProblem[] = {
    "schon wieder einen Platten",
    "einen Akkufehler",
    "ein Akkuproblem",
    "ein Display das nur noch flackert",
    "eine Schaltung die knackt",
    "einen Motor der ständig aussetzt",
    "Probleme mit der Bremse",
    "einen Velora-Akku der nach 20 km leer ist",
    "Fehlercode E-07",
    "einen Wackelkontakt",
};
constexpr sv kProblemShort[] = {"Akku leer",      "Motor tot",         "Display schwarz",
                                "App hängt",      "Lieferverzögerung", "Werkstatt ausgebucht",
                                "Kette gerissen", "Akkuproblem",       "Software-Update kaputt"};
constexpr sv kProblemYou[] = {"meine Bestellung verschlampt", "mir das falsche Rad geschickt",
                              "meinen Werkstatttermin abgesagt",
                              "die Ersatzteillieferung vergessen", "das Abo doppelt abgebucht"};
constexpr sv kCompoundBad[] = {
    "Lieferverzögerung",     "Ersatzteilmangel",      "Kundenservicehotline", "Garantieabwicklung",
    "Abo-Kündigungsprozess", "Werkstatttermin-Chaos", "Akkuproblem"};
constexpr sv kWaitPhrase[] = {"Seit {weeks} Wochen keine Antwort.",
                              "Niemand meldet sich.",
                              "Hotline ist dauerbesetzt.",
                              "Mail kam zurück.",
                              "Keine Rückmeldung.",
                              "",
                              "Warte und warte..."};
constexpr sv kWaitingFor[] = {"mein {model}", "einen Werkstatttermin", "den Ersatzakku",
                              "die Rückerstattung", "eine Antwort vom Kundenservice"};
constexpr sv kWaitWhat[] = {"drei Mal anrufen", "ewig auf Ersatzteile warten",
                            "für jeden Mist in die Werkstatt"};
constexpr sv kAnger[] = {"Unfassbar.",    "Ich bin so sauer.",   "Echt jetzt?!",      "Frechheit!",
                         "Was soll das?", "Reicht mir langsam.", "Nicht euer Ernst.", "wtf"};
constexpr sv kBadAdj[] = {"mies",         "unterirdisch",  "ein Witz", "nervig",
                          "katastrophal", "voll schlecht", "kacke",    "lächerlich"};
constexpr sv kBadOpinion[] = {"euer Service war auch schon mal besser", "so verliert man Kunden",
                              "das war mein letztes Velora", "das geht besser"};
constexpr sv kFreq[] = {"ständig", "dauernd", "jeden Morgen", "immer wieder"};
constexpr sv kNth[] = {"dritten", "vierten", "x-ten", "zweiten"};
constexpr sv kAppProblem[] = {"Login geht nicht", "Akkustand wird nicht angezeigt",
                              "Bluetooth verbindet nicht", "Navi friert ein"};
constexpr sv kAboProblem[] = {"Nur per Brief?!", "Dreimal gekündigt, immer noch abgebucht.",
                              "Kündigungsbutton nirgends."};
constexpr sv kQuestionBody[] = {
    "gibt es den Ersatzakku fürs {model} auch einzeln?",
    "wann kommen die neuen Farben vom {model}?",
    "kann ich mein Abo pausieren?",
    "wie bekomme ich einen Werkstatttermin in {city}?",
    "ist das {model} für {km} km im Monat geeignet?",
    "funktioniert Velora Go auch mit älteren Modellen?",
    "gibt's das {model} auch als Leasing über den Arbeitgeber?",
};
constexpr sv kQuestionIndirect[] = {
    "ob das {model} auch Anhänger ziehen darf", "wie lange der Velora-Akku im Winter hält",
    "ob es Rabatt für Studis gibt", "wo man in {city} {brand} Probe fahren kann"};
constexpr sv kQuestionModel[] = {"Reicht der Akku für {km} km?", "Welche Rahmengröße bei 1,80m?",
                                 "Passt da ein Kindersitz drauf?"};
constexpr sv kAboQuestion[] = {"Lohnt sich das?", "Was passiert bei Diebstahl?",
                               "Kann man später kaufen?"};
constexpr sv kQuestionDuration[] = {"eine Reparatur?", "die Lieferung gerade?", "ein Akkutausch?"};
constexpr sv kPraiseBody[] = {
    "Das {model} ist einfach {good_adj}!", "Bin so happy mit meinem {model}.",
    "Nach {km} km immer noch wie neu.", "Beste Entscheidung dieses Jahr: {model}."};
constexpr sv kPraiseShort[] = {"läuft wie geschmiert", "kein einziges Problem",
                               "macht jeden Tag Spaß", "Akku hält ewig", "top verarbeitet"};
constexpr sv kGoodAdj[] = {"mega",        "super", "genial",    "der Hammer",
                           "richtig gut", "nice",  "krass gut", "spitze"};
constexpr sv kAppGood[] = {"Routen mit Ladestopps sind genial", "Diebstahlschutz klappt super",
                           "Akkustand immer im Blick"};
constexpr sv kCareGood[] = {"in 10 Minuten geholfen", "sofort einen Ersatzakku geschickt",
                            "super freundlich weitergeholfen"};
constexpr sv kWorkshopGood[] = {"schnell und freundlich", "in einer Stunde repariert",
                                "alles erklärt und fair abgerechnet"};
constexpr sv kConsider[] = {"Meinungen?", "Was meint ihr?", "Bin unsicher.", "Jemand Erfahrungen?",
                            "Hmm."};
constexpr sv kNeutralNote[] = {"Fährt sich gut, aber teuer.", "Mal schauen.",
                               "Bin noch unentschlossen.", "Interessant."};
constexpr sv kNewsBit[] = {"ein neues Modell angekündigt", "die Preise angepasst",
                           "einen neuen Store eröffnet", "ein App-Update rausgebracht"};
constexpr sv kWeather[] = {"geht klar", "ist zäh", "eher nass", "perfekt", "im Nieselregen"};
constexpr sv kSwitchReason[] = {"Service war einfach besser", "war günstiger",
                                "Lieferzeit war kürzer"};
constexpr sv kComparison[] = {"Velora hat die bessere App, Radwerk den stärkeren Motor.",
                              "Ampera ist leichter, Velora robuster.",
                              "am Ende eine Frage des Budgets."};
constexpr sv kMidService[] = {"ok", "so lala", "langsam", "freundlich aber langsam"};
constexpr sv kCity[] = {"Berlin",  "München",  "Hamburg", "Köln",    "Stuttgart",
                        "Leipzig", "Freiburg", "Münster", "Dresden", "Frankfurt"};
constexpr sv kBrandApp[] = {"Velora Go App", "Velora-App", "App von Velora"};
constexpr sv kBrandPlain[] = {"Velora"};
constexpr sv kCompetitorPlain[] = {"Radwerk", "Ampera"};
constexpr sv kCompetitorModel[] = {"Radwerk Urban", "Radwerk X3", "Ampera One", "Ampera S"};

constexpr PhraseList kGerman[] = {
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
    {"dialect_bad", kDialectBad},
    {"dialect_good", kDialectGood},
    {"problem", kProblem},
    {"problem_short", kProblemShort},
    {"problem_you", kProblemYou},
    {"compound_bad", kCompoundBad},
    {"wait_phrase", kWaitPhrase},
    {"waiting_for", kWaitingFor},
    {"wait_what", kWaitWhat},
    {"anger", kAnger},
    {"bad_adj", kBadAdj},
    {"bad_opinion", kBadOpinion},
    {"freq", kFreq},
    {"nth", kNth},
    {"app_problem", kAppProblem},
    {"abo_problem", kAboProblem},
    {"question_body", kQuestionBody},
    {"question_indirect", kQuestionIndirect},
    {"question_model", kQuestionModel},
    {"abo_question", kAboQuestion},
    {"question_duration", kQuestionDuration},
    {"praise_body", kPraiseBody},
    {"praise_short", kPraiseShort},
    {"good_adj", kGoodAdj},
    {"app_good", kAppGood},
    {"care_good", kCareGood},
    {"workshop_good", kWorkshopGood},
    {"consider", kConsider},
    {"neutral_note", kNeutralNote},
    {"news_bit", kNewsBit},
    {"weather", kWeather},
    {"switch_reason", kSwitchReason},
    {"comparison", kComparison},
    {"mid_service", kMidService},
    {"city", kCity},
    {"brand_app", kBrandApp},
    {"brand_plain", kBrandPlain},
    {"competitor_plain", kCompetitorPlain},
    {"competitor_model", kCompetitorModel},
};

}  // namespace

std::span<const PhraseList> german_lists() { return kGerman; }

}  // namespace rauch::generate::detail
