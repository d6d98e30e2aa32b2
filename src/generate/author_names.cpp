// Common German and English given names and surnames (invented combinations; any match
// with a real person is coincidence), and ASCII words people build handles from.

#include "generate/detail/author_names.h"

namespace rauch::generate::detail {
namespace {

using sv = std::string_view;

constexpr sv kGermanFirst[] = {
    "Anna",    "Lena",      "Sabine", "Julia",   "Katrin", "Sophie",   "Mia",     "Lea",
    "Jana",    "Petra",     "Ute",    "Claudia", "Nina",   "Franzi",   "Steffi",  "Marie",
    "Hannah",  "Emma",      "Laura",  "Birgit",  "Jonas",  "Lukas",    "Tobias",  "Felix",
    "Max",     "Paul",      "Jan",    "Stefan",  "Thomas", "Michael",  "Andreas", "Markus",
    "Florian", "Sebastian", "Tim",    "Niklas",  "Moritz", "Kai",      "Jürgen",  "Uwe",
    "Frank",   "Dirk",      "Sven",   "Jörg",    "Benni",  "Basti",    "Flo",     "Özlem",
    "Mehmet",  "Ayşe",      "Elif",   "Can",     "Piotr",  "Katarzyna"};
constexpr sv kGermanLast[] = {
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber",   "Meyer",      "Wagner",
    "Becker", "Schulz",  "Hoffmann",  "Schäfer", "Koch",    "Bauer",      "Richter",
    "Klein",  "Wolf",    "Schröder",  "Neumann", "Schwarz", "Zimmermann", "Braun",
    "Krüger", "Hofmann", "Hartmann",  "Lange",   "Schmitt", "Werner",     "Krause",
    "Meier",  "Lehmann", "Huber",     "Kaiser",  "Fuchs",   "Peters",     "Yilmaz",
    "Kaya",   "Nowak",   "Kowalski",  "Brandt",  "Haas",    "Vogel",      "Friedrich"};
constexpr sv kEnglishFirst[] = {
    "James",  "Oliver", "Harry", "Jack",   "George", "Charlie", "Tom",   "Dave",
    "Chris",  "Mike",   "Ben",   "Sam",    "Alex",   "Ryan",    "Matt",  "Dan",
    "Olivia", "Amelia", "Emily", "Sophie", "Grace",  "Chloe",   "Jess",  "Katie",
    "Hannah", "Lucy",   "Megan", "Sarah",  "Rachel", "Priya",   "Aisha", "Liam",
    "Noah",   "Ethan",  "Zoe",   "Ella",   "Maya",   "Nora",    "Finn",  "Jamal"};
constexpr sv kEnglishLast[] = {
    "Smith",    "Jones",  "Taylor",   "Brown",  "Williams", "Wilson", "Johnson", "Davies",
    "Robinson", "Wright", "Thompson", "Evans",  "Walker",   "White",  "Roberts", "Green",
    "Hall",     "Wood",   "Jackson",  "Clarke", "Patel",    "Khan",   "Lewis",   "Young",
    "Harris",   "Martin", "Cooper",   "Hughes", "Edwards",  "Turner", "Murphy",  "O'Brien"};
constexpr sv kHandleWords[] = {
    "radler", "radelt",    "pendler",   "bikes",     "rides",     "cyclist",   "commuter",
    "velo",   "ebike",     "kiez",      "stadtkind", "bergziege", "nordlicht", "spoke",
    "pedal",  "gravel",    "urban",     "trail",     "daily",     "outdoor",   "green",
    "mobil",  "unterwegs", "on2wheels", "fan",       "official",  "real",      "the"};

}  // namespace

NameLists german_names() { return {kGermanFirst, kGermanLast}; }
NameLists english_names() { return {kEnglishFirst, kEnglishLast}; }
std::span<const std::string_view> handle_words() { return kHandleWords; }

}  // namespace rauch::generate::detail
