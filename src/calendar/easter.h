#pragma once

// The date of Easter Sunday, from which Germany's movable feasts are counted.

#include "calendar/civil_date.h"

namespace rauch::calendar {

// Western (Gregorian) Easter Sunday of `year` (1583..9999), by the anonymous Gregorian
// algorithm (Meeus/Jones/Butcher): exact for the Gregorian calendar, no tables.
CivilDate easter_sunday(int year);

}  // namespace rauch::calendar
