/* A refusal must change nothing: the registers a hand-over would touch. */
#include "app.h"

static uint32_t special(int which)
{
    uint32_t v = 0;
    if (which == 0)
        __asm__ volatile("mrs %0, control" : "=r"(v));
    else
        __asm__ volatile("mrs %0, primask" : "=r"(v));
    return v;
}

void snapshot_take(app_snapshot *s)
{
    s->iser0 = REG32(0xE000E100u);
    s->syst_ctrl = REG32(0xE000E010u) & 7u;
    s->icsr = REG32(0xE000ED04u) & ((1u << 26) | (1u << 28));
    s->vtor = REG32(0xE000ED08u);
    s->ccr = REG32(0xE000ED14u);
    s->cpacr = REG32(0xE000ED88u);
    s->mpu_ctrl = REG32(0xE000ED94u);
    s->control = special(0) & 3u;   /* FPCA may drop with the FP state; nPRIV/SPSEL may not */
    s->primask = special(1);
}

int snapshot_same(const app_snapshot *a, const app_snapshot *b)
{
    return a->iser0 == b->iser0 && a->syst_ctrl == b->syst_ctrl && a->icsr == b->icsr &&
           a->vtor == b->vtor && a->ccr == b->ccr && a->cpacr == b->cpacr &&
           a->mpu_ctrl == b->mpu_ctrl && a->control == b->control && a->primask == b->primask;
}
