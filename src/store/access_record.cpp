#include "store/access_record.h"

namespace rauch::store {

std::string_view role_name(Role role) {
  switch (role) {
    case Role::kViewer:
      return "viewer";
    case Role::kAgent:
      return "agent";
    case Role::kAdmin:
      return "admin";
  }
  return "viewer";
}

std::optional<Role> role_from_name(std::string_view name) {
  if (name == "viewer")
    return Role::kViewer;
  if (name == "agent")
    return Role::kAgent;
  if (name == "admin")
    return Role::kAdmin;
  return std::nullopt;
}

bool valid_user_name(std::string_view name) {
  if (name.empty() || name.size() > kMaxUserNameBytes)
    return false;
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == '@' || c == '-';
    if (!ok)
      return false;
  }
  return true;
}

}  // namespace rauch::store
