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
        "garbage|maggot|rat|rats|witch|traitorous|bully|bullies",
        1.0F, kLangEn),
    cue(kCueInsult,
        "stupid|dumb|ignorant|idiotic|moronic|brainless|brainwashed|clueless|pathetic|"
        "disgusting|ugly|worthless|useless|deranged|vile|hypocritical|incompetent|"
        "delusional|unhinged|spineless|gutless|lame|silly|dense|gross|nasty|shameless|liar|"
        "liars|disgrace|disgraceful|phony|fat|insane|crazy|sick|evil|corrupt|racist|racists|"
        "fascist|fascists|monster|monsters|brat|rapist|rapists|snake|devil|troll|trolls|"
        "embarrassment|nuts|butt|deplorable|deplorables|lefties|lefty",
        0.6F, kLangEn),
    // Said of politics and situations as often as of people (OLID train): evidence only
    // together with other cues or aimed at the reader.
    cue(kCueInsult,
        "lying|fake|sad",
        0.3F, kLangEn),

    // --- Profanity.
    cue(kCueProfanity,
        "Scheiße|Scheiß|Scheiss|scheißegal|beschissen|verfickt|verfickte|ficken|fick|Fresse|"
        "Kacke|kacke|Drecks|verdammt|verdammte|verdammter|Mist|Dreck|Kotzen|kotzt",
        0.8F, kLangDe),
    cue(kCueProfanity,
        "fuck|fucks|fucking|fuckin|fucked|fucker|fuckers|motherfucker|motherfuckers|"
        "motherfucking|wtf|gtfo|shit|shits|shitty|bullshit|horseshit|shitting|"
        "ass|asses|arse|damn|goddamn|dammit|crap|crappy|piss|pissed|sucks|suck|sucked|effing|"
        "nigga|niggas|hoe|hoes|thot",
        0.8F, kLangEn),
    cue(kCueProfanity, "screw|screwed|bs|lmfao|nazi|nazis", 0.8F, kLangEn),
    cue(kCueProfanity, "hell|bloody|frigging|freaking|af|mf", 0.4F, kLangEn),

    // --- Attacks that need no insult word.
    cue(kCueAttack,
        "halt die Klappe;halt die Fresse;halt's Maul;halts Maul;halt dein Maul;Fresse halten;"
        "verpiss dich;verpisst euch;fick dich;fickt euch;leck mich;geh sterben;"
        "du kannst mich mal;schäm dich;schämt euch",
        1.5F, kLangDe),
    cue(kCueAttack,
        "shut up;shut the fuck up;stfu;fuck you;fuck u;fuck off;screw you;go to hell;"
        "kill yourself;kys;go die;piss off;get lost;suck my;kiss my ass;eat shit;"
        "shame on you;you suck;u suck;you are a joke;grow up;get a life",
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
};

}  // namespace

std::span<const PhraseSpec> insult_cues() { return kCues; }

}  // namespace rauch::text
