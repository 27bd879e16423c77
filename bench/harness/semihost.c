/* Semihosting calls the bench's guests make (see semihost.h). */
#include "semihost.h"

#include "flash_model.h"
#include "machine.h"

#include <stdio.h>

#define SYS_WRITEC 0x03u
#define SYS_WRITE0 0x04u
#define SYS_EXIT   0x18u
#define ADP_Stopped_ApplicationExit 0x20026u

int semihost_serve(uint32_t pc)
{
    uc_engine *uc = bench_m.uc;
    uint16_t insn = 0;
    uint32_t op, arg, ret = 0, next;
    char c;
    uc_mem_read(uc, pc, &insn, 2);
    if (insn != 0xBEABu)
        return 0;
    uc_reg_read(uc, UC_ARM_REG_R0, &op);
    uc_reg_read(uc, UC_ARM_REG_R1, &arg);
    switch (op) {
    case SYS_WRITEC:
        uc_mem_read(uc, arg, &c, 1);
        fputc(c, stdout);
        break;
    case SYS_WRITE0:
        for (;; arg++) {
            if (uc_mem_read(uc, arg, &c, 1) != UC_ERR_OK || c == 0)
                break;
            fputc(c, stdout);
        }
        break;
    case SYS_EXIT:
        bench_m.app_exit_ok = arg == ADP_Stopped_ApplicationExit;
        bench_m.standin_exit = pc >= bench_m.sysmem_map_base &&
                               pc < bench_m.sysmem_map_base + bench_m.sysmem_map_size;
        bench_m.stop_reason = BENCH_STOP_EXIT;
        fflush(stdout);
        uc_emu_stop(uc);
        return 1;
    default:
        if (!flash_model_semihost(op, arg, &ret))
            ret = (uint32_t)-1;
    }
    fflush(stdout);
    uc_reg_write(uc, UC_ARM_REG_R0, &ret);
    next = (pc + 2) | 1u;
    uc_reg_write(uc, UC_ARM_REG_PC, &next);
    return 1;
}
