/*
 * The request record's storage (format: record.h).
 */
#include "record.h"

__attribute__((section(".sysboot_noinit"), aligned(32)))
volatile sysboot_record_words sysboot_record;
