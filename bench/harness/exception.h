/*
 * Unicorn delivers no exceptions. For the "called from an ISR" scenario the
 * harness performs the entry of an SVCall itself when the guest executes
 * SVC: stack frame, EXC_RETURN in LR, IPSR = 11, PC = the handler from the
 * active vector table. The handler never returns (it reports and exits).
 */
#ifndef BENCH_EXCEPTION_H
#define BENCH_EXCEPTION_H

#include <stdint.h>

/* Enter SVCall; `return_pc` is the instruction after the SVC. */
void exception_enter_svcall(uint32_t return_pc);

#endif
