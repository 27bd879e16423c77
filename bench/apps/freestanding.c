/*
 * What GCC expects of a freestanding environment (memset, memcpy): the
 * application links no C library, and the compiler emits these calls for
 * struct copies and zeroing (the library's sysboot_usb_configure() on
 * Cortex-M0 does). Volatile bytes keep GCC from turning the loops back
 * into calls to themselves.
 */
#include <stddef.h>

void *memset(void *dst, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);

void *memset(void *dst, int c, size_t n)
{
    volatile unsigned char *d = dst;
    while (n--)
        *d++ = (unsigned char)c;
    return dst;
}

void *memcpy(void *dst, const void *src, size_t n)
{
    volatile unsigned char *d = dst;
    const unsigned char *s = src;
    while (n--)
        *d++ = *s++;
    return dst;
}
