#include "query/ast.h"

namespace rauch::query {

const char* field_name(Field field) {
  switch (field) {
    case Field::kLang:
      return "lang";
    case Field::kSource:
      return "source";
    case Field::kAuthor:
      return "author";
    case Field::kSite:
      return "site";
    case Field::kUrl:
      return "url";
    case Field::kLinks:
      return "links";
    case Field::kKind:
      return "kind";
    case Field::kOwn:
      return "own";
    case Field::kVerified:
      return "verified";
    case Field::kCountry:
      return "country";
    case Field::kSentiment:
      return "sentiment";
    case Field::kIntent:
      return "intent";
    case Field::kFollowers:
      return "followers";
    case Field::kRating:
      return "rating";
  }
  return "unknown";
}

}  // namespace rauch::query
