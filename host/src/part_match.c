/* Part-number matching against the names in data/stm32.def. */
#include "part_match.h"

#include <ctype.h>
#include <string.h>

#define PART_TEXT_MAX 96
#define PART_PREFIX "STM32"

static int same_letter(char a, char b)
{
    return toupper((unsigned char)a) == toupper((unsigned char)b);
}

/* A name character matches a query character if equal or a wildcard 'x'. */
static int name_char_matches(char name_char, char query_char)
{
    return same_letter(name_char, query_char) || name_char == 'x' || name_char == 'X';
}

/* The query and the candidate agree on every position they share: the
 * query may be shorter (a family, "STM32F4") or longer (a full part
 * number with package and temperature suffix). */
static int agrees_as_prefix(const char *candidate, const char *query)
{
    size_t i;

    for (i = 0; candidate[i] != '\0' && query[i] != '\0'; i++)
        if (!name_char_matches(candidate[i], query[i]))
            return 0;
    return 1;
}

static int contains_ignoring_case(const char *text, const char *query)
{
    size_t start;
    size_t query_length = strlen(query);
    size_t text_length = strlen(text);

    for (start = 0; start + query_length <= text_length; start++) {
        size_t i;
        for (i = 0; i < query_length; i++)
            if (!same_letter(text[start + i], query[i]))
                break;
        if (i == query_length)
            return 1;
    }
    return 0;
}

static int starts_with_prefix(const char *text)
{
    size_t i;

    for (i = 0; PART_PREFIX[i] != '\0'; i++)
        if (!same_letter(text[i], PART_PREFIX[i]))
            return 0;
    return 1;
}

static int candidate_matches(const char *candidate, const char *query)
{
    /* A bare number ("405") must appear as written: letting the name's
     * 'x' stand in would make "405" match "STM32F04xxx". */
    if (isdigit((unsigned char)query[0]))
        return contains_ignoring_case(candidate, query);
    return agrees_as_prefix(candidate, query);
}

/* Walks the "/"-separated parts of one comma-separated piece of a name,
 * widening ST's shorthand: in "STM32F405xx/07xx" the "07xx" replaces the
 * tail of the last full name, giving "STM32F407xx". */
static int piece_matches(const char *piece, size_t piece_length, const char *query)
{
    char base[PART_TEXT_MAX] = "";
    size_t position = 0;

    while (position < piece_length) {
        char part[PART_TEXT_MAX];
        char candidate[PART_TEXT_MAX];
        size_t part_length = 0;

        while (position < piece_length && piece[position] != '/') {
            if (part_length + 1 < sizeof part)
                part[part_length++] = piece[position];
            position++;
        }
        position++; /* the '/' */
        part[part_length] = '\0';
        if (part_length == 0)
            continue;

        if (starts_with_prefix(part) || base[0] == '\0' || part_length >= strlen(base)) {
            memcpy(base, part, part_length + 1);
            memcpy(candidate, part, part_length + 1);
        } else {
            size_t kept = strlen(base) - part_length;
            memcpy(candidate, base, kept);
            memcpy(candidate + kept, part, part_length + 1);
        }
        if (candidate_matches(candidate, query))
            return 1;
    }
    return 0;
}

/* Upper-cases the query, drops blanks, and puts "STM32" in front of a
 * family-style query ("f407" -> "STM32F407"); digit-only queries stay
 * as they are and are searched, as written, anywhere in a name. */
static int normalise_query(const char *query, char *out, size_t size)
{
    size_t used = 0;
    const char *q;

    if (isalpha((unsigned char)query[0]) && !starts_with_prefix(query)) {
        if (strlen(PART_PREFIX) + 1 > size)
            return 0;
        memcpy(out, PART_PREFIX, strlen(PART_PREFIX));
        used = strlen(PART_PREFIX);
    }
    for (q = query; *q != '\0'; q++) {
        if (isspace((unsigned char)*q))
            continue;
        if (used + 1 >= size)
            return 0;
        out[used++] = (char)toupper((unsigned char)*q);
    }
    out[used] = '\0';
    return used > 0;
}

int part_name_matches(const char *row_name, const char *query)
{
    char normalised[PART_TEXT_MAX];
    const char *piece = row_name;

    if (query == NULL || !normalise_query(query, normalised, sizeof normalised))
        return 0;
    /* Free text such as "medium-density" or "dual core" matches as typed. */
    if (contains_ignoring_case(row_name, query))
        return 1;

    while (*piece != '\0') {
        size_t length;
        while (*piece == ',' || isspace((unsigned char)*piece))
            piece++;
        /* A piece's part numbers end at the first blank: "STM32F10xxx
         * medium-density" contributes "STM32F10xxx". */
        length = strcspn(piece, ", \t(");
        if (length > 0 && piece_matches(piece, length, normalised))
            return 1;
        piece += length;
        piece += strcspn(piece, ",");
    }
    return 0;
}
