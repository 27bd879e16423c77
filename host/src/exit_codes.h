/* Exit codes of the sysboot command, one per way a run can end. They are
 * documented in `sysboot --help` and host/README.md; keep all three in step. */
#ifndef SYSBOOT_HOST_EXIT_CODES_H
#define SYSBOOT_HOST_EXIT_CODES_H

enum exit_code {
    EXIT_OK = 0,
    EXIT_NOT_FOUND = 1,        /* info: no database row matches */
    EXIT_AMBIGUOUS = 2,        /* info: several rows match; they are listed */
    EXIT_USAGE = 3,            /* unknown option, absurd value, malformed magic */
    EXIT_PORT_OPEN = 4,        /* the serial port cannot be opened or configured */
    EXIT_NO_ANSWER = 5,        /* the bootloader never answered (timeout) */
    EXIT_GARBAGE = 6,          /* the reply is not AN3155 */
    EXIT_NACK = 7,             /* the bootloader refused a command */
    EXIT_CUT_SHORT = 8,        /* the reply stopped part way */
    EXIT_UNKNOWN_DEVICE = 9,   /* the DEV_ID is not in data/stm32.def */
    EXIT_PORT_VANISHED = 10,   /* the port failed or disappeared mid-transaction */
    EXIT_NO_USB_DEVICE = 11,   /* no ST ROM DFU device (0483:df11) found */
    EXIT_USB_ERROR = 12,       /* libusb failure or unreadable DFU descriptors */
    EXIT_WRITE_FAILED = 13,    /* the trigger could not be sent */
    EXIT_BAD_IMAGE = 14,       /* flash: the image file is unreadable or malformed */
    EXIT_IMAGE_MISMATCH = 15,  /* flash: the image does not belong on this line */
    EXIT_UNSUPPORTED = 16,     /* flash: no flash layout for this line in data/stm32.def */
    EXIT_WRITE_PROTECTED = 17, /* flash: the ROM refused to erase or write (write protection) */
    EXIT_READ_PROTECTED = 18,  /* flash: read protection is active */
    EXIT_VERIFY_FAILED = 19,   /* flash: what was read back differs from the image */
    EXIT_APP_SILENT = 20,      /* flash: the new application did not come up */
    EXIT_SOME_FAILED = 21,     /* flash on several ports: at least one device failed */
    EXIT_OUTPUT_FAILED = 22    /* writing the report to stdout failed */
};

#endif
