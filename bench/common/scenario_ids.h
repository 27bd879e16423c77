/* Scenario numbers, expanded from scenarios.def (shared by all bench code). */
#ifndef BENCH_SCENARIO_IDS_H
#define BENCH_SCENARIO_IDS_H

enum {
#define BENCH_SCENARIO(name, what) BENCH_SCN_##name,
#include "scenarios.def"
#undef BENCH_SCENARIO
    BENCH_SCN_COUNT
};

#endif
