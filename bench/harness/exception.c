/* SVCall entry for the unicorn harness (see exception.h). */
#include "exception.h"

#include "machine.h"
#include "scs.h"

#define SVCALL 11u

void exception_enter_svcall(uint32_t return_pc)
{
    uc_engine *uc = bench_m.uc;
    uint32_t control, sp, frame[8], lr, ipsr = SVCALL, handler = 0, table;
    static const int saved[6] = { UC_ARM_REG_R0, UC_ARM_REG_R1, UC_ARM_REG_R2, UC_ARM_REG_R3,
                                  UC_ARM_REG_R12, UC_ARM_REG_LR };
    int i, on_psp;
    uc_reg_read(uc, UC_ARM_REG_CONTROL, &control);
    on_psp = (control & 2u) != 0;
    uc_reg_read(uc, on_psp ? UC_ARM_REG_PSP : UC_ARM_REG_MSP, &sp);
    for (i = 0; i < 6; i++)
        uc_reg_read(uc, saved[i], &frame[i]);
    frame[6] = return_pc;
    uc_reg_read(uc, UC_ARM_REG_XPSR, &frame[7]);
    sp = (sp - 32u) & ~7u;
    uc_mem_write(uc, sp, frame, sizeof frame);
    uc_reg_write(uc, on_psp ? UC_ARM_REG_PSP : UC_ARM_REG_MSP, &sp);
    lr = on_psp ? 0xFFFFFFFDu : 0xFFFFFFF9u;
    uc_reg_write(uc, UC_ARM_REG_LR, &lr);
    uc_reg_write(uc, UC_ARM_REG_IPSR, &ipsr);
    table = bench_scs.vtor;
    uc_mem_read(uc, table + 4u * SVCALL, &handler, 4);
    bench_log("[uc] SVCall taken: handler %08X, IPSR %u\n", (unsigned)handler, (unsigned)ipsr);
    uc_reg_write(uc, UC_ARM_REG_PC, &handler);
}
