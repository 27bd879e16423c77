/*
 * One field of the build's profile row (line.h), picked at compile time:
 *   ((PROFILE_a == line's) ? field_a : (PROFILE_b == line's) ? ... : 0)
 * over the profile rows this build expands. The includer defines
 * SYSBOOT_PICK to the field wanted. Included once per field, on purpose
 * without an include guard.
 */
(
#define SYSBOOT_PROFILE SYSBOOT_PICK_PROFILE_ROW
#include "data_rows.h"
SYSBOOT_PICK(0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u, 0u)
)
