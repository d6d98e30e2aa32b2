#pragma once

namespace rauch {

// The release of this binary; `rauchmelder --version` prints it.
inline constexpr const char* kVersion = "0.1.0";

}  // namespace rauch
