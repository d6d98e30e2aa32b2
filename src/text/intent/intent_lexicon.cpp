#include "text/intent/intent_lexicon.h"

#include <string_view>

// Written for customer posts to brands: what people say when something is broken, late,
// charged or unanswered, when they ask, thank, suggest, or advertise. Weights are on one
// scale: 1.0 is enough on its own to decide the intent (intent.cpp). Entries are grouped by
// cue; within a cue, German first.

namespace rauch::text {
namespace {

constexpr PhraseSpec problem(std::string_view pattern, std::string_view canonical, float weight,
                             LangMask lang) {
  return {pattern, kCueProblem, weight, lang, canonical};
}
constexpr PhraseSpec cue(IntentCue kind, std::string_view pattern, float weight, LangMask lang) {
  return {pattern, kind, weight, lang, {}};
}

constexpr PhraseSpec kCues[] = {
    // --- Problem phrases, German. "* nicht" lets a few words in between:
    // "funktioniert seit gestern nicht".
    problem("funktioniert|funktionieren|funktionierte|funzt * nicht|nie", "funktioniert nicht",
            1.2F, kLangDe),
    problem("geht|gehen|ging * nicht|nix|nichts|gar", "geht nicht", 1.0F, kLangDe),
    problem("klappt|klappte * nicht|nie", "klappt nicht", 1.0F, kLangDe),
    problem("lädt|laden|startet|öffnet|reagiert|läuft|kommt * nicht|nie", "startet nicht",
            1.0F, kLangDe),
    problem("kaputt|kaputte|kaputten|kaputter|kaputtes|kaputtgegangen", "kaputt", 1.2F, kLangDe),
    problem("defekt|defekte|defekten|defekter|defektes", "defekt", 1.2F, kLangDe),
    problem("Verspätung|Verspätungen|verspätet|verspätete|verspäteten", "Verspätung", 1.2F,
            kLangDe),
    problem("storniert|stornierte|Stornierung", "storniert", 1.0F, kLangDe),
    problem("gekündigt", "gekündigt", 1.0F, kLangDe),
    problem("ausgefallen|Ausfall|Ausfälle;fällt|fallen * aus", "Ausfall", 1.2F, kLangDe),
    problem("Störung|Störungen|gestört", "Störung", 1.2F, kLangDe),
    problem("abgestürzt|Absturz;stürzt|stürzen * ab", "stürzt ab", 1.2F, kLangDe),
    problem("nicht|nie angekommen|geliefert|zugestellt|erhalten",
            "nicht angekommen", 1.4F, kLangDe),
    problem("kam|kamen * nie|nicht an", "nicht angekommen", 1.4F, kLangDe),
    problem("doppelt|zweimal abgebucht|belastet|berechnet", "doppelt abgebucht", 1.5F, kLangDe),
    problem("Rückerstattung|Erstattung;Geld zurück", "Rückerstattung", 1.0F, kLangDe),
    problem("keine|null Antwort|Rückmeldung|Reaktion|Hilfe", "keine Antwort", 1.2F, kLangDe),
    problem("nicht erreichbar", "nicht erreichbar", 1.2F, kLangDe),
    problem("Warteschleife", "Warteschleife", 1.0F, kLangDe),
    problem("Fehler|Fehlermeldung", "Fehler", 0.8F, kLangDe),
    problem("Problem|Probleme|Problemen", "Problem", 0.7F, kLangDe),
    problem("Beschwerde|Reklamation|reklamieren", "Beschwerde", 1.2F, kLangDe),
    problem("zu spät", "zu spät", 1.0F, kLangDe),
    problem("verloren|verschwunden", "verloren", 0.9F, kLangDe),
    problem("falsche|falschen Lieferung|Artikel|Größe|Rechnung|Betrag", "falsche Lieferung",
            1.2F, kLangDe),
    problem("kein|keine Netz|Empfang|Internet|Strom|Verbindung", "kein Netz", 1.2F, kLangDe),
    problem("kann|können * nicht einloggen|anmelden", "Login geht nicht", 1.2F, kLangDe),

    // --- Problem phrases, English.
    problem("not|isn't|isnt|aren't|stopped|wasn't * working", "not working", 1.3F, kLangEn),
    problem("doesn't|doesnt|don't|dont|didn't|didnt|won't|wont|can't|cannot * work",
            "not working", 1.3F, kLangEn),
    problem("broken|broke", "broken", 1.2F, kLangEn),
    problem("never|not|hasn't|hasnt|haven't|havent|didn't|didnt|still * arrived|arrive|"
            "received|receive|delivered|shipped|came|showed",
            "never arrived", 1.5F, kLangEn),
    problem("never got|never came", "never arrived", 1.3F, kLangEn),
    problem("charged|billed * twice|double", "charged twice", 1.5F, kLangEn),
    problem("double charged|billed;overcharged|overcharging", "charged twice", 1.2F, kLangEn),
    problem("refund|refunds|refunded|reimbursement", "refund", 1.0F, kLangEn),
    problem("cancelled|canceled|cancellation", "cancelled", 0.9F, kLangEn),
    problem("delayed|delay|delays", "delay", 1.1F, kLangEn),
    problem("still|been|keep|kept * waiting", "still waiting", 1.3F, kLangEn),
    problem("no|zero response|reply|answer|help|callback|call|update", "no response", 1.2F,
            kLangEn),
    problem("never|not * responded|replied|answered|responding|replying|heard", "no response",
            1.2F, kLangEn),
    problem("ignored|ignoring", "no response", 1.0F, kLangEn),
    problem("on hold", "on hold", 1.0F, kLangEn),
    problem("error|errors", "error", 0.8F, kLangEn),
    problem("crash|crashes|crashed|crashing", "crashes", 1.1F, kLangEn),
    problem("problem|problems|issue|issues", "problem", 0.6F, kLangEn),
    problem("lost|missing", "lost", 0.8F, kLangEn),
    problem("wrong order|item|size|address|product|package|charge", "wrong item", 1.2F, kLangEn),
    problem("damaged|defective|faulty", "damaged", 1.2F, kLangEn),
    problem("outage;is|are|was|still|site|app|server|servers|website down", "outage", 1.2F,
            kLangEn),
    problem("can't|cant|cannot|couldn't log|login|access|connect|sign",
            "can't log in", 1.1F, kLangEn),
    problem("unable to", "unable to", 1.0F, kLangEn),
    problem("late", "late", 0.5F, kLangEn),
    // Reports of what failed, in the past or as a habit: "was charged", "keeps logging me
    // out", "won't let me pay", "still no refund".
    problem("was|were|got|been|being charged|billed", "charged", 1.0F, kLangEn),
    problem("still no|not", "still not", 1.0F, kLangEn),
    problem("keeps|kept|keep * crashing|freezing|failing|logging|dropping|disconnecting|"
            "declining|cancelling|canceling|breaking|saying|asking|telling|happening|"
            "getting|going",
            "keeps failing", 1.1F, kLangEn),
    problem("won't|wont|doesn't|doesnt|didn't|didnt|can't|cant|cannot|couldn't|isn't|"
            "wasn't * let|load|loading|open|opening|start|update|"
            "connect|play|stream|streaming|charge|turn|sync|print|install|accept|take|"
            "stay|fit|fix|show|showing|display|allow|recognize|respond",
            "doesn't work", 1.1F, kLangEn),
    problem("stopped|stops|quit|quits * working|charging|playing|responding|loading",
            "stopped working", 1.3F, kLangEn),
    problem("freezes|froze|frozen|glitch|glitches|glitchy|bug|bugs|buggy|lagging|laggy",
            "bug", 0.9F, kLangEn),
    problem("expired|stale|moldy|mouldy|rotten|spoiled|leaking|leaks|leaked|cracked|"
            "scratched|ripped|torn|shattered|dented|stained|burnt|undercooked|raw",
            "damaged", 1.0F, kLangEn),
    problem("falling|fell|coming|came apart|off", "falling apart", 0.9F, kLangEn),
    problem("too small|big|large|tight|short|long|slim|loose|expensive|slow",
            "wrong size", 0.8F, kLangEn),
    problem("logged|kicked|locked out", "locked out", 1.1F, kLangEn),
    problem("never|not refunded|credited|reimbursed|fixed|resolved|replaced|returned",
            "not resolved", 1.2F, kLangEn),
    problem("waited|waiting * <num> hours|days|weeks|months|minutes|mins|hrs",
            "still waiting", 1.3F, kLangEn),
    problem("hours|days|weeks|months later", "still waiting", 0.8F, kLangEn),
    problem("yet to receive|get|hear|see;nothing back;nowhere near;not heard back",
            "no response", 1.1F, kLangEn),
    problem("when * expect|hear|get * response|reply|answer|refund|back;"
            "how long * expect|hear|get * response|reply|answer|refund|back",
            "no response", 0.8F, kLangEn),
    problem("been|went|goes|going|gone * down|out", "outage", 0.9F, kLangEn),
    problem("not able to * access|open|see|view|find|use|log|login|order|pay",
            "can't access", 1.0F, kLangEn),
    problem("can't|cant|cannot|couldn't|couldnt * find|see|view|open|access|use|reach|get|"
            "download|pay|order|cancel|change|book|check",
            "can't access", 0.8F, kLangEn),
    problem("used to work;was working", "stopped working", 0.8F, kLangEn),
    problem("stole|stolen|theft", "stolen", 1.0F, kLangEn),
    problem("not|wasn't|isn't|never * helpful|resolved|fixed|fair|accepted|listed|valid",
            "not resolved", 1.0F, kLangEn),
    // Plain statements of what does not happen: "did not work", "fans not running", "my
    // order not updating", "no power since this morning".
    problem("did|does|do|would|will|could not * work|load|open|start|connect|play|update",
            "doesn't work", 1.1F, kLangEn),
    problem("not|isn't|wasn't|aren't|stopped * running|updating|responding|charging|"
            "connecting|loading|syncing|showing|displaying|turning",
            "doesn't work", 1.1F, kLangEn),
    problem("no|without power|water|signal|internet|connection|wifi|heat|electricity|network;"
            "no dial tone;no hot water",
            "outage", 1.1F, kLangEn),
    problem("let|lets|letting me|us down", "let down", 1.0F, kLangEn),
    problem("cut off;cuts|cutting|cut * out|off", "cut off", 0.8F, kLangEn),
    problem("battery|batteries|phone * died|dead|drained|draining|drains|dying", "battery",
            1.0F, kLangEn),
    // Chasing an answer or a delivery: "any update on my order?", "where is my refund?",
    // "when will our power be back on?".
    problem("any update|updates|news|answer|response|word|progress", "no response", 0.4F,
            kLangEn),
    problem("where is|are my|our;where's my|our", "missing", 0.5F, kLangEn),
    problem("when will * be back|working|fixed|resolved|restored|sorted|available",
            "when fixed", 0.6F, kLangEn),

    // --- Complaint cues: anger, disappointment, waiting, repetition.
    cue(kCueComplaint,
        "unverschämt|Unverschämtheit|Frechheit|Sauerei|Skandal|skandalös|Zumutung|unzumutbar|"
        "inakzeptabel|Abzocke|Betrug|Katastrophe|katastrophal|miserabel|peinlich|lächerlich",
        1.2F, kLangDe),
    cue(kCueComplaint,
        "enttäuscht|enttäuschend|ärgerlich|verärgert|nervt|genervt|sauer|wütend|schlecht|"
        "schlechter|schlechteste|mies|unmöglich|ätzend",
        0.8F, kLangDe),
    cue(kCueComplaint, "nie wieder;danke für nichts;reicht jetzt;langsam reicht", 1.5F, kLangDe),
    cue(kCueComplaint, "immer noch;noch immer;schon wieder;immer wieder;wieder mal", 0.6F,
        kLangDe),
    cue(kCueComplaint,
        "seit|über|fast <num> Tagen|Wochen|Monaten|Stunden|Minuten;"
        "seit Tagen|Wochen|Monaten|Stunden|Ewigkeiten",
        0.8F, kLangDe),
    cue(kCueComplaint, "zum <num>|zweiten|dritten|vierten|wiederholten|x Mal", 1.0F, kLangDe),
    cue(kCueComplaint, "kein|keinerlei Service|Kundenservice|Support", 1.0F, kLangDe),
    // No gap here: "warum * nicht" would swallow the problem phrase of "Warum funktioniert
    // die App nicht?".
    cue(kCueComplaint, "warum|wieso|weshalb immer|schon|keiner|niemand|dauert", 0.6F,
        kLangDe),
    cue(kCueComplaint, "nicht gut|zufrieden|ok|okay|akzeptabel", 1.0F,
        kLangDe),
    cue(kCueComplaint,
        "worst|terrible|horrible|awful|ridiculous|unacceptable|disgusting|pathetic|useless|"
        "shameful|appalling|atrocious|incompetent|incompetence|scam|ripoff",
        1.2F, kLangEn),
    cue(kCueComplaint,
        "disappointed|disappointing|disappointment|frustrated|frustrating|annoying|annoyed|"
        "furious|angry|upset|sucks|rude|poor|bad|fail|failed|failing|hate|hates|wtf|smh|ugh|"
        "unhappy|unhelpful|overpriced|dissatisfied|mess|nightmare|joke",
        0.8F, kLangEn),
    cue(kCueComplaint,
        "never again;thanks for nothing;fed up;sick of;tired of;so much for;not happy;"
        "not impressed;not good;not ok;not okay;not acceptable;how hard;how difficult;"
        "rip off;no one;nobody",
        1.0F, kLangEn),
    cue(kCueComplaint, "customer service", 0.4F, kLangEn),
    cue(kCueComplaint,
        "stinks|rubbish|shocking|unreliable|unprofessional|shambles|shoddy|subpar|laughable|"
        "inexcusable|regret|regretting|outrageous|unbelievable",
        0.8F, kLangEn),
    // Sarcastic thanks: "thanks for ruining my morning", "thanks for sending the wrong shirt".
    cue(kCueComplaint,
        "thanks|thank|ty * for ruining|canceling|cancelling|wasting|losing|ignoring|"
        "overcharging;thanks|thank|ty * for sending|giving * wrong;"
        "thanks|thank|ty * for making me wait;thanks|thank|ty * for the runaround;"
        "is this really|seriously;what kind|type of service",
        1.0F, kLangEn),
    cue(kCueComplaint, "still|again|yet|even|supposed|apparently|seriously", 0.35F, kLangEn),
    cue(kCueComplaint,
        "what gives;come on;last time;never buying;never buy|order|shop|fly|use;"
        "switching to;cancel my;will not be;won't be back;not cool;no excuse;"
        "nothappy|notimpressed|badservice|poorservice|worstservice|customerservicefail|"
        "epicfail|shame|neveragain|badbusiness|nochill",
        0.7F, kLangEn),
    cue(kCueComplaint, "every time;each time;every single;all the time;twice;three times",
        0.4F, kLangEn),
    cue(kCueComplaint,
        "waste of;piece of crap|junk|garbage|shit;pitiful;crap;no excuse;not an excuse;"
        "how's that fair|ok|okay;how is that fair|ok|okay;spread the word;do not buy;don't buy|use;"
        "not to buy;stay away;avoid;thanks * for not;thank you * for not;excuse me",
        1.0F, kLangEn),
    cue(kCueComplaint, "for|over|almost|nearly <num> hours|days|weeks|months|minutes", 0.7F,
        kLangEn),
    cue(kCueComplaint, "<num> times|calls|emails|attempts", 0.5F, kLangEn),
    cue(kCueComplaint,
        "why is|isn't|does|doesn't|do|don't|can't|won't|are|aren't|did|didn't|would|has|"
        "hasn't|would|should",
        0.5F, kLangEn),
    // Negation and blame carry weak evidence on their own: customers describe what did
    // not happen ("my order never shipped", "your app won't let me pay").
    cue(kCueComplaint,
        "never|can't|cant|cannot|won't|wont|couldn't|wasn't|didn't|doesn't|hasn't|haven't|"
        "isn't|aren't|wrong|why|without|anymore|instead|supposedly|worse|slow|expensive|"
        "nothing|waste|wasted|stuck|refused|charged|charge|fees|fee|paid|cold|dirty|rude",
        0.35F, kLangEn),
    cue(kCueComplaint,
        "nie|nichts|niemand|keiner|falsch|ohne|trotz|trotzdem|langsam|teuer|"
        "bezahlt|Gebühr|Gebühren|warten|wartet|gewartet;nicht mehr",
        0.35F, kLangDe),
    cue(kCueComplaint, "😡|🤬|😠|😤|🙄|😒|😩|😫|😞|😢|😭|👎|:(|:-(|-.-|>:(|:/|:-/", 0.6F,
        kLangBoth),

    // --- Questions: interrogatives (only at the start of a clause) and question phrases.
    cue(kCueInterrogative,
        "wie|wann|wo|was|wer|welche|welcher|welches|woher|wohin|womit|"
        "kann|können|könnt|gibt|habt|hat|ist|sind|muss|müssen|soll|darf|bekomme|bekommt",
        0.7F, kLangDe),
    cue(kCueInterrogative,
        "how|when|where|what|who|which|is|are|do|does|did|can|could|will|would|should|"
        "has|have|any",
        0.7F, kLangEn),
    cue(kCueWhy, "warum|wieso|weshalb", 0.7F, kLangDe),
    cue(kCueWhy, "why;how come", 0.7F, kLangEn),
    cue(kCueQuestion,
        "kann ich;können wir;kann man;könnt ihr;gibt es;gibt's;wie lange;wie kann;wo finde;"
        "weiß jemand;hat jemand;kennt jemand;kann mir jemand;ist es möglich;Frage;eine Frage",
        1.0F, kLangDe),
    cue(kCueQuestion,
        "can i;can we;can you;could you;do you;do i;does anyone;anyone know;is there;are there;"
        "how do;how can;how long;where can;is it possible;wondering;question;any idea;any update;"
        "any news;will you;would you;are you",
        1.0F, kLangEn),

    // --- Calls for help.
    cue(kCueHelp, "Hilfe;bitte helfen;helft mir;hilft mir;helfen Sie;Hilfe benötigt", 1.2F,
        kLangDe),
    cue(kCueHelp, "helfen;Unterstützung;Support;meldet euch;schreibt mir;ruft mich an;PN;DM",
        0.6F, kLangDe),
    cue(kCueHelp,
        "please help;need help;help me;help us;helpme;dm me;pm me;contact me;call me;"
        "please advise;please assist;assist",
        1.2F, kLangEn),
    cue(kCueHelp, "help|dm|support|advice|advise|assistance", 0.6F, kLangEn),

    // --- Praise.
    cue(kCuePraise,
        "danke;dankeschön;vielen Dank;super;toll;klasse;spitze;genial;großartig;perfekt;"
        "wunderbar;prima;hervorragend;zufrieden;begeistert;liebe;lieben;freue;gefällt;top;"
        "empfehlen;Lob;schnell geholfen;funktioniert wieder;geht wieder",
        0.9F, kLangDe),
    cue(kCuePraise,
        "thanks;thank you;thx;ty;love;loving;loved;loves;great;awesome;amazing;excellent;"
        "fantastic;brilliant;perfect;wonderful;best;happy;glad;impressed;appreciate;kudos;"
        "well done;good job;nice;cool;beautiful;recommend;works now;fixed;resolved;enjoy;"
        "enjoyed;favorite;favourite",
        0.9F, kLangEn),
    cue(kCuePraise, "👍|❤|😍|🥰|😊|🙂|:)|:-)|<3|😀|😃|😁|🎉|🙏|💯|👌|💙|💚|💕|😘|:D", 0.6F,
        kLangBoth),
    // Thanks for help received: "Hilfe" here is praise, not a call for help.
    cue(kCuePraise, "schnelle Hilfe;für die Hilfe;for the help;for your help;for helping", 0.9F,
        kLangBoth),
    cue(kCuePraise, "problem solved;Problem gelöst;all good;alles gut", 0.9F, kLangBoth),
    cue(kCueNeutral,
        "kein Problem;keine Probleme;nicht schlecht;no problem;no problems;no worries;"
        "not bad;not a problem;no issue;no issues",
        0.0F, kLangBoth),

    // --- Suggestions.
    cue(kCueSuggestion,
        "wäre schön;wäre toll;wäre super;wäre cool;wäre gut;wäre klasse;wäre nett;"
        "wäre praktisch;"
        "ihr solltet;Sie sollten;solltet ihr;ihr könntet;könntet ihr mal;Vorschlag;"
        "Verbesserungsvorschlag;Anregung;Wunsch;würde mich freuen;wünsche mir;wünschen uns",
        1.2F, kLangDe),
    cue(kCueSuggestion,
        "bitte * einführen|anbieten|hinzufügen|einbauen|ergänzen|ermöglichen|zurückbringen",
        1.2F,
        kLangDe),
    cue(kCueSuggestion,
        "would be great;would be nice;would be awesome;would be cool;would be helpful;"
        "it'd be nice;it'd be great;would love to see;would love it;you should;you guys should;"
        "y'all should;please add;please bring;bring back;feature request;suggestion;suggest;"
        "how about;why not add;consider adding;wish you;wish there was;i wish",
        1.2F, kLangEn),

    // --- Spam and promotions.
    cue(kCueSpam,
        "Gewinnspiel;Verlosung;verlosen;giveaway;give away;follow back;followback;f4f;"
        "follow4follow;teamfollowback;folgt mir;follow me;retweet to win;rt to win;"
        "like and share;liken und teilen;link in bio;Link in der Bio;dm for;earn money;"
        "make money;Geld verdienen;passive income;click here;klick hier;buy now;jetzt kaufen",
        1.5F, kLangBoth),
    cue(kCueSpam,
        "crypto;bitcoin;btc;nft;nfts;airdrop;forex;promo code;promocode;Rabattcode;"
        "Gutscheincode;discount code;coupon;use code;Code",
        0.8F, kLangBoth),
    cue(kCueSpam, "gewinnen|gewinne|win|free|gratis|kostenlos|subscribe|abonniert|sale|deal",
        0.4F, kLangBoth),
};

}  // namespace

std::span<const PhraseSpec> intent_cues() { return kCues; }

}  // namespace rauch::text
