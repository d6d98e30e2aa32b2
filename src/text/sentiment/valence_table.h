#pragma once

// The sentiment lexicons: token form -> valence (text/string_table.h).

#include "text/string_table.h"

namespace rauch::text::sentiment {

using ValenceTable = StringTable<float>;

}  // namespace rauch::text::sentiment
