#include "text/detail/normalize.h"
#include "text/tokens.h"

namespace rauch::text {

std::string fold(std::string_view text) {
  std::string out;
  std::vector<std::int32_t> scratch;
  detail::append_form(text, detail::Form::kFolded, scratch, out);
  return out;
}

std::string nfkc(std::string_view text) {
  std::string out;
  std::vector<std::int32_t> scratch;
  detail::append_form(text, detail::Form::kCased, scratch, out);
  return out;
}

}  // namespace rauch::text
