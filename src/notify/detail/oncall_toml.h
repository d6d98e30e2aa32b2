#pragma once

// Reads the [oncall] table into an OnCallConfig; problems go to `fields`. Private to
// notify/ (config_file.cpp).

#include "notify/detail/toml_fields.h"
#include "notify/oncall_config.h"

namespace rauch::notify::detail {

OnCallConfig read_oncall(const toml::table& oncall, TomlFields& fields);

}  // namespace rauch::notify::detail
