#include "care/reply_phrases.h"

// Written from the seed texts' rules for replies to unhappy customers and from how
// brands deflect in practice. Patterns match folded tokens, so case, umlauts and their
// spellings do not matter ("zuständige" = "zustaendige"). "E-Mail" is two tokens.

namespace rauch::care {
namespace {

using text::kLangBoth;
using text::kLangDe;
using text::kLangEn;
using text::PhraseSpec;

constexpr PhraseSpec deflect(std::string_view pattern, std::string_view canonical,
                             text::LangMask lang) {
  return {pattern, kCueDeflect, 1.0F, lang, canonical};
}
constexpr PhraseSpec sarcasm(std::string_view pattern, std::string_view canonical,
                             text::LangMask lang) {
  return {pattern, kCueSarcasm, 1.0F, lang, canonical};
}

constexpr PhraseSpec kReplyCues[] = {
    // --- Deflection, German.
    deflect("wenden Sie sich * an;wende dich * an;wendet euch * an", "wenden Sie sich an", kLangDe),
    deflect("melden Sie sich * bei|unter;melde dich * bei|unter", "melden Sie sich bei", kLangDe),
    deflect("rufen Sie;ruf|ruft uns|einfach|doch|bitte;anrufen;telefonisch",
            "rufen Sie an", kLangDe),
    deflect("Hotline|Servicehotline|Kundenhotline|Servicenummer|Rufnummer|Telefonnummer|"
            "Callcenter;Service Hotline",
            "Hotline", kLangDe),
    deflect("Kundenservice|Kundendienst|Support|Serviceteam|Kundenbetreuung unter|per|über",
            "Kundenservice unter", kLangDe),
    deflect("Kontaktformular|Formular|Onlineformular|Webformular", "Formular", kLangDe),
    deflect("schreiben|schreib|schreibt * Mail|Email;per Mail|Email|E", "per E-Mail", kLangDe),
    deflect("kontaktieren Sie;kontaktiere|kontaktiert * unseren|unsere|den|die",
            "kontaktieren Sie", kLangDe),
    deflect("zuständige|zuständigen|zuständiger Abteilung|Stelle|Kollegen|Ansprechpartner;"
            "nicht zuständig;andere|anderen Abteilung;Fachabteilung",
            "andere Abteilung", kLangDe),
    deflect("FAQ|FAQs|Hilfeseite|Hilfebereich|Hilfecenter", "FAQ", kLangDe),
    // --- Deflection, English.
    deflect("please contact;contact our|the|customer * support|service|team|department|care|"
            "hotline|helpline",
            "please contact our support", kLangEn),
    deflect("reach out to * our|the|customer * support|service|team|department|care",
            "reach out to our support", kLangEn),
    deflect("call us;give us a call;call our|the;phone us;ring us", "call us", kLangEn),
    deflect("hotline|helpline;call center|centre;customer service at|on|via", "hotline",
            kLangEn),
    deflect("email us;e mail us;send * an email;send * an e mail;drop us an|a email|line;"
            "drop us an e mail",
            "email us", kLangEn),
    deflect("contact|web|online form;fill out|in * form", "contact form", kLangEn),
    deflect("visit our * website|site|help|FAQ|support;visit our help center|centre;"
            "help center|centre;FAQ|FAQs",
            "visit our help center", kLangEn),
    deflect("another|other|different department|team;relevant|responsible|appropriate "
            "department;not responsible;not our department",
            "another department", kLangEn),
    deflect("speak|talk|go to your * retailer|dealer|store|bank|provider|carrier",
            "speak to your retailer", kLangEn),

    // --- Sarcasm and talking down, German.
    sarcasm("wer lesen kann;lesen Sie doch|einfach|mal;lies doch|einfach|mal", "wer lesen kann",
            kLangDe),
    sarcasm("wie bereits|schon * erwähnt|gesagt|geschrieben|mitgeteilt",
            "wie bereits gesagt", kLangDe),
    sarcasm("steht doch;Ihr|dein|euer Problem;nicht unser Problem;selbst schuld;Pech gehabt",
            "Ihr Problem", kLangDe),
    sarcasm("hätten Sie * gelesen;hättest du * gelesen;wenn Sie|du * gelesen",
            "hätten Sie gelesen", kLangDe),
    sarcasm("nicht so schwer;Benutzerfehler|Anwenderfehler;Problem sitzt;vor dem Bildschirm",
            "Benutzerfehler", kLangDe),
    sarcasm("jammern|jammert|Gejammer|Rumgejammer;kaufen Sie * woanders;kauf|kauft * woanders;"
            "niemand zwingt",
            "kaufen Sie woanders", kLangDe),
    // --- Sarcasm and talking down, English.
    sarcasm("have you tried * reading;read the manual;RTFM;learn to read",
            "read the manual", kLangEn),
    sarcasm("as we|I * already * said|told|stated|mentioned|explained;as stated|mentioned * "
            "before",
            "as we already said", kLangEn),
    sarcasm("your problem;not our problem;your own fault;tough luck;deal with it",
            "your problem", kLangEn),
    sarcasm("user error;not that hard|difficult;rocket science;if you had * read;"
            "if you'd * read",
            "user error", kLangEn),
    sarcasm("nobody forces;shop|go elsewhere;stop complaining|whining;whining;calm down",
            "shop elsewhere", kLangEn),
};

// Moving to private messages: the rules ask for it (public first, then private). A table
// of its own, so that a referral phrase around it ("wenden Sie sich per DM an uns") does
// not hide it.
constexpr PhraseSpec kPrivateCues[] = {
    {"DM|DMs|Direktnachricht|Direktnachrichten|PN|PNs|Privatnachricht|Privatnachrichten;"
     "private|direct Nachricht|message|messages;privat;privately;inbox;message us",
     kCuePrivate, 1.0F, kLangBoth, "DM"},
};

constexpr PhraseSpec promise(std::string_view pattern, PromiseCue cue, text::LangMask lang) {
  return {pattern, cue, 1.0F, lang, {}};
}

constexpr PhraseSpec kPromiseCues[] = {
    promise("innerhalb|binnen|in * <num> Minuten|Min", kCueWithinMinutes, kLangDe),
    promise("innerhalb|binnen|in * <num> Stunden|Stunde|Std", kCueWithinHours, kLangDe),
    promise("innerhalb|binnen|in * <num> Werktagen|Werktage|Werktag|Arbeitstagen|"
            "Geschäftstagen",
            kCueWithinBusinessDays, kLangDe),
    promise("innerhalb|binnen|in * <num> Tagen|Tage|Tag", kCueWithinDays, kLangDe),
    promise("heute noch;noch heute;im Laufe des Tages;bis heute Abend", kCueToday, kLangDe),
    promise("bis morgen;morgen", kCueTomorrow, kLangDe),
    promise("in Kürze;schnellstmöglich;so schnell wie möglich;umgehend;zeitnah", kCueSoon,
            kLangDe),
    promise("wir;ich", kCueFirstPerson, kLangDe),
    promise("within|in * <num> minutes|minute|mins", kCueWithinMinutes, kLangEn),
    promise("within|in * <num> hours|hour|hrs", kCueWithinHours, kLangEn),
    promise("within|in * <num> business|working days|day", kCueWithinBusinessDays, kLangEn),
    promise("within|in * <num> days|day;within a day", kCueWithinDays, kLangEn),
    promise("later today;by the end of the day;end of day;EOD", kCueToday, kLangEn),
    promise("by tomorrow;tomorrow", kCueTomorrow, kLangEn),
    promise("as soon as possible;asap;shortly;very soon", kCueSoon, kLangEn),
    promise("we|we'll|we're|I|I'll|I'm|us", kCueFirstPerson, kLangEn),
};

}  // namespace

std::span<const PhraseSpec> reply_cues() { return kReplyCues; }
std::span<const PhraseSpec> private_cues() { return kPrivateCues; }
std::span<const PhraseSpec> promise_cues() { return kPromiseCues; }

}  // namespace rauch::care
