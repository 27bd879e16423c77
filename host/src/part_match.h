/* Does a database row's name cover a part number the user typed? */
#ifndef SYSBOOT_HOST_PART_MATCH_H
#define SYSBOOT_HOST_PART_MATCH_H

/* 1 if `query` ("STM32F407VG", "F407", "405", "l4") names a part that the
 * row name ("STM32F405xx/07xx, STM32F415xx/17xx") covers. Case-insensitive;
 * 'x' in the name stands for any character, and ST's shorthand "F405xx/07xx"
 * is read as F405xx and F407xx. */
int part_name_matches(const char *row_name, const char *query);

/* How closely the row name covers the query: 0 for no match, otherwise the
 * number of the name's fixed characters the query matched (one more for an
 * ordering suffix such as "-A" the query ends in). Among rows that match a
 * full part number, the highest score names its line: STM32L151C8T6A is
 * "STM32L1xxx8-A", not "STM32L1xxx8". */
int part_name_score(const char *row_name, const char *query);

#endif
