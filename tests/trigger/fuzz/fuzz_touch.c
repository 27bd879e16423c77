/* libFuzzer target for the 1200-baud touch helpers and the request flag
 * (src/trigger.c), built on the host by tests/trigger/run.sh. The input is a
 * sequence of USB CDC class requests: a byte whose low bit is 0 is a
 * SET_LINE_CODING with the next four bytes as the baud (little-endian); 1,
 * a SET_CONTROL_LINE_STATE with the next byte as DTR (any value: nonzero is
 * high). The helper must fire exactly when DTR falls while the line coding
 * is 1200 baud; the request flag must follow raise and clear. */
#include <stdint.h>
#include <stdlib.h>

#include "sysboot.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    sysboot_touch t;
    uint32_t baud = 0;
    int dtr = 0;
    size_t i = 0;

    sysboot_touch_init(&t);
    sysboot_request_clear();
    while (i < size) {
        uint8_t op = data[i++];
        if ((op & 1u) == 0u) {
            uint32_t value = 0;
            unsigned k;
            for (k = 0; k < 4 && i < size; k++)
                value |= (uint32_t)data[i++] << (8u * k);
            sysboot_touch_line_coding(&t, value);
            baud = value;
        } else {
            int next = i < size ? (int)(int8_t)data[i++] : 0;
            int want = dtr != 0 && next == 0 && baud == 1200u;
            int fired = sysboot_touch_control_line(&t, next);
            if (fired != want)
                abort();
            dtr = next;
            if (fired)
                sysboot_request_from_isr();
        }
        if ((op & 2u) != 0u && sysboot_request_pending()) {
            sysboot_request_clear();
            if (sysboot_request_pending())
                abort();
        }
    }
    return 0;
}
