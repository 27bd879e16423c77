/*
 * QEMU builds only: QEMU 7.2 models no RCC reset flags, so the test row's
 * reset-cause register is a RAM word (qemu/extra.def). Set its
 * software-reset flag just before the library resets, as the hardware
 * would during the reset.
 */
#include "sysboot.h"

#include "../common/bench_ctl.h"

#if defined(BENCH_QEMU)
void sysboot_before_handover(void)
{
    BENCH_CTL->reset_cause |= 0x10000000u;
}
#else
typedef int bench_qemu_reset_flag_unused;
#endif
