/*
 * Expands the database's rows for the row macro the includer has just
 * defined (SYSBOOT_PROFILE, SYSBOOT_RCC, ...): first the build's test rows
 * (-DSYSBOOT_EXTRA_DEF, which never #undef anything), then data/stm32.def,
 * which #undefs every row macro at its end. Series blocks follow
 * profile_index.h's SYSBOOT_KEEP (-DSYSBOOT_ONLY_SERIES). Included once per
 * table, on purpose without an include guard.
 */
#define SYSBOOT_WANT(series) SYSBOOT_KEEP(series)
#ifdef SYSBOOT_EXTRA_DEF
#include SYSBOOT_EXTRA_DEF
#endif
#include "../data/stm32.def"
