#pragma once

// Credential bait: wording that asks the reader to hand over or "confirm" login or payment
// data, or to claim a prize — what phishing messages from a taken-over brand account say
// and what a brand's care team never writes next to a link that is not the brand's.

#include <string_view>

namespace rauch::detect {

// The first bait phrase found in `text` (German or English, any case and spelling of
// umlauts), as listed in credential_bait.cpp; "" when none.
std::string_view credential_bait(std::string_view text);

}  // namespace rauch::detect
