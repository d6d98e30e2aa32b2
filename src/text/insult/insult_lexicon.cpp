#include "text/insult/insult_lexicon.h"

#include <string_view>

// Weights are on the scale of insult.cpp: 1.0 is a clear insult. English entries were
// chosen by hand and checked against the TweetEval offensive train split (OLID), which
// counts any profanity as offensive; mild words and accusations ("liar", "pathetic") weigh
// less because they are also said of situations and politics without insulting anyone.

namespace rauch::text {
namespace {

constexpr PhraseSpec cue(InsultCue kind, std::string_view pattern, float weight,
                         LangMask lang) {
  return {pattern, kind, weight, lang, {}};
}

constexpr PhraseSpec kCues[] = {
    // --- Insults, German.
    cue(kCueInsult,
        "Idiot|Idioten|Vollidiot|Vollidioten|Depp|Deppen|Trottel|Arschloch|Arschlöcher|Spast|"
        "Spasti|Wichser|Penner|Hurensohn|Hurensöhne|Fotze|Schlampe|Missgeburt|Dummkopf|"
        "Vollpfosten|Schwachkopf|Schwachmat|Mistkerl|Drecksau|Dreckskerl|Bastard|Arsch|"
        "Kackbratze|Vollhonk|Honk|Knalltüte|Pisser|Hohlkopf|Spacko|Vollspast|Flachpfeife|"
        "Idiotin|Dumpfbacke|Lackaffe|Assi|Assis|Asozialer|Abschaum|Nazi|Nazis",
        1.0F, kLangDe),
    cue(kCueInsult,
        "dumm|dumme|dummer|dummes|dummen|blöd|blöde|blöder|blödes|blöden|bescheuert|"
        "bekloppt|behindert|hirnlos|hirnverbrannt|unfähig|unfähige|unfähiger|inkompetent|"
        "asozial|dämlich|hohl|beschränkt|gestört|krank",
        0.8F, kLangDe),
    cue(kCueInsult, "Versager|Lügner|Lügnerin|Betrüger|Clown|Clowns|Pfeife|Pfeifen|Opfer|Lappen",
        0.6F, kLangDe),
    // --- Insults, English.
    cue(kCueInsult,
        "idiot|idiots|moron|morons|dumbass|dumbasses|asshole|assholes|bitch|bitches|jackass|"
        "bastard|bastards|cunt|cunts|twat|wanker|wankers|prick|pricks|douche|douchebag|dick|"
        "dicks|dickhead|scumbag|scumbags|scum|retard|retards|retarded|imbecile|imbeciles|"
        "cretin|slut|sluts|whore|whores|pussy|skank|coward|cowards|traitor|traitors|"
        "hypocrite|hypocrites|loser|losers|fool|fools|clown|clowns|buffoon|numbnuts|dipshit|"
        "shithead|pos|lowlife|degenerate|degenerates|pig|pigs|snowflake|snowflakes|libtard|"
        "libtards|moonbat|dimwit|nitwit|halfwit|sociopath|psychopath|psycho|lunatic|"
        "lunatics|creep|creepy|pedo|pedophile|thug|thugs|bigot|bigots|crook|crooks|trash|"
        "garbage|maggot|rat|rats|witch|traitorous|bully|bullies|jerk|jerks|asshat|asshats|"
        "arsehole|arseholes|tosser|twats|dickheads|jackasses|shitheads|dirtbag|dirtbags|"
        "sleazebag|slimeball|weasel|ratbag|ratbags|sucker|suckers|nutjob|nutjobs|nutcase|"
        "wacko|wackos|weirdo|weirdos|freak|freaks|pervert|perverts|parasite|parasites|"
        "crybaby|crybabies|pussies|dumbfuck|fuckwit|demonrats|dumocrat|dumocrats|"
        "conservatard|conservatards|trumptard|trumptards|cocksucker|cocksuckers|nigger|"
        "niggers|faggot|faggots|fag|fags|dyke|dykes|cuck|cucks|soyboy|soyboys|narcissist|"
        "narcissists",
        1.0F, kLangEn),
    cue(kCueInsult,
        "stupid|dumb|ignorant|idiotic|moronic|brainless|brainwashed|clueless|pathetic|"
        "disgusting|ugly|worthless|useless|deranged|vile|hypocritical|incompetent|"
        "delusional|unhinged|spineless|gutless|lame|silly|dense|gross|nasty|shameless|liar|"
        "liars|disgrace|disgraceful|phony|fat|insane|crazy|sick|evil|corrupt|racist|racists|"
        "fascist|fascists|monster|monsters|brat|rapist|rapists|snake|devil|troll|trolls|"
        "embarrassment|nuts|butt|deplorable|deplorables|lefties|lefty|stupidity|dumber|"
        "dumbest|stupidest|idiocy|filthy|perverted|smug|arrogant|whining|whiny|shameful|"
        "despicable|hypocrisy|fraud|frauds|loony|looney|loon|lowlifes|sleazy|slimy|selfish|"
        "narcissistic|dishonest|disrespectful|cock",
        0.6F, kLangEn),
    cue(kCueInsult,
        "mentally ill|unstable|retarded|challenged|deranged;piece of shit|crap|garbage|trash|"
        "filth|work;no brain|brains;brain dead",
        1.0F, kLangEn),
    // Wishing punishment on someone.
    cue(kCueInsult,
        "should be shot|hanged|hung|executed|jailed|arrested|deported|ashamed;"
        "should be locked up;should be in jail|prison;lock her|him|them up",
        0.8F, kLangEn),
    // Said of politics and situations as often as of people (OLID train): evidence only
    // together with other cues or aimed at the reader.
    cue(kCueInsult,
        "lying|fake|sad|ridiculous|nonsense|hate|hates|hateful|kill|treason|dirty",
        0.3F, kLangEn),

    // --- Profanity.
    cue(kCueProfanity,
        "Scheiße|Scheiß|Scheiss|scheißegal|beschissen|verfickt|verfickte|ficken|fick|Fresse|"
        "Kacke|kacke|Drecks|verdammt|verdammte|verdammter|Mist|Dreck|Kotzen|kotzt",
        0.8F, kLangDe),
    cue(kCueProfanity,
        "fuck|fucks|fucking|fuckin|fucked|fucker|fuckers|motherfucker|motherfuckers|"
        "motherfucking|wtf|gtfo|shit|shits|shitty|bullshit|horseshit|shitting|"
        "fucken|fukn|fuk|fkn|fking|fuking|fuckn|shite|shithole|shitholes|shitshow|bullcrap|"
        "ass|asses|arse|damn|goddamn|dammit|crap|crappy|piss|pissed|sucks|suck|sucked|effing|"
        "nigga|niggas|hoe|hoes|thot",
        0.8F, kLangEn),
    cue(kCueProfanity, "screw|screwed|lmfao", 0.8F, kLangEn),
    // As often harmless as not in OLID train ("BS" degrees, history of the Nazis).
    cue(kCueProfanity, "bs|nazi|nazis", 0.3F, kLangEn),
    cue(kCueProfanity, "tits|titties|boobs|penis|dildo|blowjob|porn|horny|slutty", 0.8F,
        kLangEn),
    // Starred-out swearing ("f*ck", "sh*t", "f***ing") reaches us as the pieces around the
    // stars; the tokenizer drops the '*'.
    cue(kCueProfanity, "f ck|cking|ckin|cked|king|ing|in|ed|er|ers;sh t|tty;bullsh t;b tch|tches",
        0.8F, kLangEn),
    // "hell" is profane in two of three OLID train tweets that use it.
    cue(kCueProfanity, "hell", 0.6F, kLangEn),
    cue(kCueProfanity, "bloody|frigging|fricking|freaking|freakin|af|mf", 0.4F, kLangEn),

    // --- Attacks that need no insult word.
    cue(kCueAttack,
        "halt die Klappe;halt die Fresse;halt's Maul;halts Maul;halt dein Maul;Fresse halten;"
        "verpiss dich;verpisst euch;fick dich;fickt euch;leck mich;geh sterben;"
        "du kannst mich mal;schäm dich;schämt euch",
        1.5F, kLangDe),
    cue(kCueAttack,
        "shut up;shut the fuck up;stfu;fuck you;fuck u;fuck off;screw you;go to hell;"
        "kill yourself;kys;go die;piss off;get lost;suck my;kiss my ass;eat shit;"
        "shame on you;you suck;u suck;you are a joke;grow up;get a life;shut your mouth;"
        "shut your * mouth;shut the hell up",
        1.5F, kLangEn),

    // --- The reader, for "du bist ein ..." / "you are a ..." patterns.
    cue(kCueAddress,
        "du;dich;dir;dein;deine;ihr;euch;euer;eure;du bist;bist du;ihr seid;seid ihr;"
        "du bist so;ihr seid so;du bist ein;du bist eine;ihr seid alle",
        0.0F, kLangDe),
    cue(kCueAddress,
        "you;your;you're;youre;ur;u;ya;yall;y'all;you are;are you;you are a;you're a;"
        "you are so;you're so;you guys are;you all are;you're such a;"
        "you are such a;you are an;you're an",
        0.0F, kLangEn),
    // Someone else, named as the target of what follows ("he is so fake", "those people").
    // The weight > 0 marks a third person: the insult counts that much more, but it is not
    // a personal attack on the reader (insult.cpp).
    cue(kCueAddress, "er ist;der ist;die ist;so ein;so eine;was für ein|eine",
        0.5F, kLangDe),
    cue(kCueAddress,
        "he is|was;she is|was;he's;she's;they are|were;they're;"
        "bunch of;these|those people|guys|folks",
        0.5F, kLangEn),
};

}  // namespace

std::span<const PhraseSpec> insult_cues() { return kCues; }

}  // namespace rauch::text
