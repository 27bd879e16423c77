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

/* How many of the candidate's fixed (non-'x') characters the query matched,
 * when the two agree on every position they share: the query may be
 * shorter (a family, "STM32F4") or longer (a full part number with package
 * and temperature suffix). 0 when they disagree somewhere. */
static int prefix_score(const char *candidate, size_t candidate_length, const char *query)
{
    size_t i;
    int fixed = 0;

    for (i = 0; i < candidate_length && query[i] != '\0'; i++) {
        if (!name_char_matches(candidate[i], query[i]))
            return 0;
        if (candidate[i] != 'x' && candidate[i] != 'X')
            fixed++;
    }
    return fixed;
}

static int is_word_character(char c)
{
    return isalnum((unsigned char)c) != 0;
}

/* The query appears in the text as typed, ignoring case; with
 * `at_word_start`, only where a word starts ("medium-density", "dual core"),
 * so "f4" does not match inside "STM32H5F4xx". */
static int contains_text(const char *text, const char *query, int at_word_start)
{
    size_t start;
    size_t query_length = strlen(query);
    size_t text_length = strlen(text);

    for (start = 0; start + query_length <= text_length; start++) {
        size_t i;
        if (at_word_start && start > 0 && is_word_character(text[start - 1]))
            continue;
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

/* A candidate's score for the query, 0 for no match. A bare number ("405")
 * must appear as written: letting the name's 'x' stand in would make "405"
 * match "STM32F04xxx". A candidate "<part>-A" (ST's ordering suffix, e.g.
 * STM32L1xxxB-A) covers a full part number only when it ends in that
 * letter, and then scores above the plain <part>. */
static int candidate_score(const char *candidate, const char *query)
{
    const char *dash = strchr(candidate, '-');
    size_t stem = dash != NULL ? (size_t)(dash - candidate) : strlen(candidate);
    size_t query_length = strlen(query);
    int score;

    if (isdigit((unsigned char)query[0]))
        return contains_text(candidate, query, 0) ? (int)query_length : 0;
    score = prefix_score(candidate, stem, query);
    if (score == 0 || dash == NULL || query_length <= stem)
        return score;
    return same_letter(query[query_length - 1], dash[strlen(dash) - 1]) ? score + 1 : 0;
}

/* Walks the "/"-separated parts of one comma-separated piece of a name,
 * widening ST's shorthand: in "STM32F405xx/07xx" the "07xx" replaces the
 * tail of the last full name, giving "STM32F407xx". Returns the best score. */
static int piece_score(const char *piece, size_t piece_length, const char *query)
{
    char base[PART_TEXT_MAX] = "";
    size_t position = 0;
    int best = 0;

    while (position < piece_length) {
        char part[PART_TEXT_MAX];
        char candidate[PART_TEXT_MAX];
        size_t part_length = 0;
        int score;

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
        score = candidate_score(candidate, query);
        if (score > best)
            best = score;
    }
    return best;
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

int part_name_score(const char *row_name, const char *query)
{
    char normalised[PART_TEXT_MAX];
    const char *piece = row_name;
    int best = 0;

    if (query == NULL || !normalise_query(query, normalised, sizeof normalised))
        return 0;
    /* Free text such as "medium-density" or "dual core" matches as typed. */
    if (contains_text(row_name, query, 1))
        best = (int)strlen(query);

    while (*piece != '\0') {
        size_t length;
        int score;
        while (*piece == ',' || isspace((unsigned char)*piece))
            piece++;
        /* A piece's part numbers end at the first blank: "STM32F103x8/xB
         * (medium-density)" contributes "STM32F103x8/xB". */
        length = strcspn(piece, ", \t(");
        score = length > 0 ? piece_score(piece, length, normalised) : 0;
        if (score > best)
            best = score;
        piece += length;
        piece += strcspn(piece, ",");
    }
    return best;
}

int part_name_matches(const char *row_name, const char *query)
{
    return part_name_score(row_name, query) > 0;
}
