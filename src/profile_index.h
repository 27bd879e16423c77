/*
 * Profile indices, in data/stm32.def file order, for every file that
 * expands a per-profile row kind into a table indexed by profile.
 * -DSYSBOOT_ONLY_SERIES=SYSBOOT_SERIES_xx keeps one series, as does a build
 * that names its line (lines.h).
 */
#ifndef SYSBOOT_PROFILE_INDEX_H
#define SYSBOOT_PROFILE_INDEX_H

#include "sysboot.h"
#include "lines.h"   /* a build's line names its series */

#ifndef SYSBOOT_ONLY_SERIES
#define SYSBOOT_ONLY_SERIES 0
#endif

#define SYSBOOT_KEEP(series) ((SYSBOOT_ONLY_SERIES) == 0 || (SYSBOOT_ONLY_SERIES) == (series))

enum {
#define SYSBOOT_PROFILE(key, ...) SYSBOOT_PROFILE_##key,
#include "data_rows.h"
    SYSBOOT_PROFILE_COUNT
};

#endif /* SYSBOOT_PROFILE_INDEX_H */
