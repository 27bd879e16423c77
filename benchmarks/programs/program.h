/*
 * A measured program: the scaffold (start.c) calls program_early() first in
 * Reset_Handler, before .data/.bss exist, then program_main(). Each
 * each file in programs/ fills them with the calls it measures and nothing else.
 */
#ifndef BENCHMARK_PROGRAM_H
#define BENCHMARK_PROGRAM_H

void program_early(void);
void program_main(void);

#endif
