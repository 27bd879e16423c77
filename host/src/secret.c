/* The magic line from a secret file; the words that name where a line came
 * from. */
#ifndef _WIN32
#define _POSIX_C_SOURCE 200809L
#endif

#include "secret.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "options.h"

/* Group or others may read it: a secret file should be the owner's alone. */
static int readable_by_others(FILE *file)
{
#ifdef _WIN32
    (void)file;
    return 0;
#else
    struct stat st;
    return fstat(fileno(file), &st) == 0 && (st.st_mode & (S_IRGRP | S_IROTH)) != 0;
#endif
}

int secret_from_file(const char *path, char *line, size_t size, int *shared,
                     char *error, size_t error_size)
{
    /* one line of at most MAGIC_LINE_MAX bytes, its CRLF, and one byte to
     * tell a longer file */
    char buffer[MAGIC_LINE_MAX + 3];
    FILE *file = fopen(path, "rb");
    size_t length;
    char *end;
    int more;

    if (file == NULL) {
        snprintf(error, error_size, "cannot read the secret file %s: %s", path, strerror(errno));
        return -1;
    }
    *shared = readable_by_others(file);
    length = fread(buffer, 1, sizeof buffer, file);
    more = length == sizeof buffer && fgetc(file) != EOF;
    fclose(file);
    end = memchr(buffer, '\n', length);
    if (end != NULL) {
        more |= end + 1 != buffer + length;
        length = (size_t)(end - buffer);
        if (length > 0 && buffer[length - 1] == '\r')
            length--;
    }
    if (more) {
        snprintf(error, error_size, "the secret file %s must hold one line of at most %d bytes",
                 path, MAGIC_LINE_MAX);
        return -1;
    }
    if (length + 1 > size) {
        snprintf(error, error_size, "the secret in %s is too long", path);
        return -1;
    }
    memcpy(line, buffer, length);
    line[length] = '\0';
    if (memchr(line, '\0', length) != NULL) {
        snprintf(error, error_size, "the secret file %s holds a NUL byte", path);
        return -1;
    }
    if (check_magic_line(line, error, error_size) != 0) {
        /* the reason names a byte position, never the secret itself */
        size_t used = strlen(error);
        snprintf(error + used, error_size - used, " (in the secret file %s)", path);
        return -1;
    }
    return 0;
}

const char *magic_source_word(enum magic_source source)
{
    switch (source) {
    case MAGIC_FROM_FILE:         return "file";
    case MAGIC_FROM_ENVIRONMENT:  return "environment";
    case MAGIC_FROM_COMMAND_LINE: return "command_line";
    case MAGIC_FROM_DEFAULT:      return "default";
    }
    return "default";
}
