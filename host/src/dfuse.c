/* DfuSe memory-layout decoder: a strict, bounded, single-pass parser. */
#include "dfuse.h"

#include <stdio.h>
#include <string.h>

struct cursor {
    const char *at;
    char *error;
    size_t error_size;
};

static int failure(struct cursor *cursor, const char *what)
{
    snprintf(cursor->error, cursor->error_size, "%s at offset \"%.12s\"", what, cursor->at);
    return -1;
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static void skip_blanks(struct cursor *cursor)
{
    while (*cursor->at == ' ')
        cursor->at++;
}

static int read_decimal(struct cursor *cursor, uint32_t *value)
{
    uint64_t total = 0;

    if (!is_digit(*cursor->at))
        return failure(cursor, "expected a decimal number");
    while (is_digit(*cursor->at)) {
        total = total * 10u + (uint64_t)(*cursor->at - '0');
        if (total > 0xFFFFFFFFu)
            return failure(cursor, "number too large");
        cursor->at++;
    }
    *value = (uint32_t)total;
    return 0;
}

static int read_address(struct cursor *cursor, uint32_t *address)
{
    uint64_t total = 0;
    int digits = 0;

    skip_blanks(cursor);
    if (cursor->at[0] != '0' || (cursor->at[1] != 'x' && cursor->at[1] != 'X'))
        return failure(cursor, "expected a 0x address");
    cursor->at += 2;
    while (hex_value(*cursor->at) >= 0) {
        total = total * 16u + (uint64_t)hex_value(*cursor->at);
        if (total > 0xFFFFFFFFu)
            return failure(cursor, "address wider than 32 bits");
        cursor->at++;
        digits++;
    }
    if (digits == 0)
        return failure(cursor, "expected hex digits");
    *address = (uint32_t)total;
    return 0;
}

static int read_unit(struct cursor *cursor, uint32_t *multiplier)
{
    switch (*cursor->at) {
    case ' ':
    case 'B': *multiplier = 1u; break;
    case 'K': *multiplier = 1024u; break;
    case 'M': *multiplier = 1024u * 1024u; break;
    default:  return failure(cursor, "expected a size unit (' ', B, K or M)");
    }
    cursor->at++;
    return 0;
}

static int read_group(struct cursor *cursor, struct dfuse_sector_group *group)
{
    uint32_t size;
    uint32_t multiplier;

    if (read_decimal(cursor, &group->count) != 0)
        return -1;
    if (group->count == 0)
        return failure(cursor, "a sector group of zero sectors");
    if (*cursor->at != '*')
        return failure(cursor, "expected '*'");
    cursor->at++;
    if (read_decimal(cursor, &size) != 0 || read_unit(cursor, &multiplier) != 0)
        return -1;
    if (size == 0)
        return failure(cursor, "a sector of zero bytes");
    if ((uint64_t)size * multiplier > 0xFFFFFFFFu)
        return failure(cursor, "sector size above 4 GiB");
    group->size = size * multiplier;
    if (*cursor->at < 'a' || *cursor->at > 'g')
        return failure(cursor, "expected a type letter a..g");
    group->attributes = (unsigned)(*cursor->at - 'a' + 1);
    cursor->at++;
    return 0;
}

static int read_region(struct cursor *cursor, struct dfuse_region *region)
{
    if (read_address(cursor, &region->base) != 0)
        return -1;
    skip_blanks(cursor);
    if (*cursor->at != '/')
        return failure(cursor, "expected '/' after the address");
    cursor->at++;
    region->group_count = 0;
    for (;;) {
        if (region->group_count == DFUSE_MAX_GROUPS)
            return failure(cursor, "too many sector groups");
        if (read_group(cursor, &region->groups[region->group_count]) != 0)
            return -1;
        region->group_count++;
        if (*cursor->at != ',')
            return 0;
        cursor->at++;
    }
}

static int read_name(struct cursor *cursor, char *name)
{
    size_t length = 0;

    if (*cursor->at != '@')
        return failure(cursor, "a DfuSe layout starts with '@'");
    cursor->at++;
    while (*cursor->at != '\0' && *cursor->at != '/') {
        if (length + 1 >= DFUSE_NAME_MAX)
            return failure(cursor, "name too long");
        name[length++] = *cursor->at++;
    }
    while (length > 0 && name[length - 1] == ' ')
        length--;
    name[length] = '\0';
    if (*cursor->at != '/')
        return failure(cursor, "expected '/' after the name");
    return 0;
}

int dfuse_decode(const char *text, struct dfuse_layout *layout, char *error, size_t error_size)
{
    struct cursor cursor;

    cursor.at = text;
    cursor.error = error;
    cursor.error_size = error_size;
    memset(layout, 0, sizeof *layout);
    if (text == NULL) {
        snprintf(error, error_size, "no string");
        return -1;
    }
    if (read_name(&cursor, layout->name) != 0)
        return -1;
    /* One or more "/0xADDRESS/groups" regions follow the name. */
    while (*cursor.at == '/') {
        cursor.at++;
        if (layout->region_count == DFUSE_MAX_REGIONS)
            return failure(&cursor, "too many regions");
        if (read_region(&cursor, &layout->regions[layout->region_count]) != 0)
            return -1;
        layout->region_count++;
    }
    skip_blanks(&cursor);
    if (*cursor.at != '\0')
        return failure(&cursor, "unexpected text after the layout");
    return 0;
}

uint64_t dfuse_region_bytes(const struct dfuse_region *region)
{
    uint64_t total = 0;
    size_t i;

    for (i = 0; i < region->group_count; i++)
        total += (uint64_t)region->groups[i].count * region->groups[i].size;
    return total;
}

const char *dfuse_attributes_text(unsigned attributes, char text[4])
{
    text[0] = (attributes & DFUSE_READABLE) ? 'r' : '-';
    text[1] = (attributes & DFUSE_ERASABLE) ? 'e' : '-';
    text[2] = (attributes & DFUSE_WRITABLE) ? 'w' : '-';
    text[3] = '\0';
    return text;
}
