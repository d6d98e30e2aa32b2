#include "detect/topic/stop_words.h"

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "text/string_table.h"
#include "text/tokens.h"

namespace rauch::detect {
namespace {

// Only words of three or more letters matter (shorter ones are never terms). Natural
// spelling; folded like post text when the table is built.
constexpr std::array<std::string_view, 248> kStopWords = {
    // German articles, pronouns, prepositions, conjunctions, auxiliaries, particles.
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "und", "oder", "aber", "doch", "denn", "weil", "dass", "wenn", "als", "wie", "was", "wer",
    "wo", "warum", "wieso", "weshalb", "welche", "welcher", "welches", "ich", "mich", "mir",
    "du", "dich", "dir", "sie", "ihr", "ihre", "ihren", "ihrem", "ihm", "ihn", "uns", "unser",
    "unsere", "euch", "euer", "eure", "sich", "man", "mein", "meine", "meinen", "meinem",
    "dein", "deine", "sein", "seine", "seinen", "seinem", "nicht", "kein", "keine", "keinen",
    "auch", "noch", "schon", "nur", "mal", "halt", "eben", "ja", "nein", "sehr", "ganz",
    "mehr", "viel", "viele", "immer", "wieder", "jetzt", "heute", "gestern", "morgen", "hier",
    "dort", "da", "dann", "also", "alles", "alle", "etwas", "nichts", "echt", "einfach",
    "wirklich", "gerade", "leider", "bitte", "danke", "ist", "sind", "war", "waren", "bin",
    "bist", "seid", "hat", "habe", "haben", "hatte", "hast", "hab", "wird", "werden", "wurde",
    "kann", "können", "muss", "müssen", "soll", "will", "gibt", "mit", "von", "vom", "zum",
    "zur", "bei", "beim", "nach", "für", "auf", "aus", "über", "unter", "vor", "seit", "ohne",
    "gegen", "durch", "bis", "diese", "dieser", "dieses", "diesen", "jemand", "nochmal",
    // English.
    "the", "and", "for", "but", "not", "you", "your", "are", "were", "would",
    "can", "could", "should", "has", "have", "had", "been", "being", "this", "that", "these",
    "those", "with", "from", "about", "into", "than", "then", "there", "their", "they",
    "them", "what", "when", "where", "which", "who", "why", "how", "just", "very", "really",
    "still", "again", "because", "please", "thanks", "thank", "any", "some", "our", "ours",
    "get", "got", "its", "it's", "i'm", "don't", "doesn't", "didn't", "can't", "won't", "now",
    "more", "only", "much", "many", "after", "before", "ever", "never", "always", "every",
    "since", "while", "doing", "make", "know", "think", "need", "going", "gonna", "today",
    "yesterday", "all", "out", "one", "her", "his", "him", "she", "off",
    // Fillers of social posts.
    "lol", "omg", "amp", "via", "haha", "hahaha"};

text::StringTable<std::uint8_t> stop_word_table() {
  std::vector<std::pair<std::string, std::uint8_t>> entries;
  entries.reserve(kStopWords.size());
  for (std::string_view word : kStopWords)
    entries.emplace_back(text::fold(word), 1);
  return text::StringTable<std::uint8_t>(entries);
}

}  // namespace

bool is_topic_stop_word(std::string_view folded, std::uint64_t hash) {
  static const text::StringTable<std::uint8_t> table = stop_word_table();
  return table.contains(folded, hash);
}

}  // namespace rauch::detect
