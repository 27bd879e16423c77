/* Output formatting. Hex is always 0x-prefixed; CSV follows RFC 4180
 * quoting; JSON and key=value reports are a single line each. */
#include "output.h"

#include <string.h>

#include "dfuse.h"
#include "sysboot.h"

#define BITS_TEXT_MAX 96

static const char *row_core(const struct device_row *row)
{
    const struct profile_row *profile = device_profile(row);
    return profile != NULL ? core_name(profile->core) : "unknown";
}

static const char *row_remap(const struct device_row *row)
{
    const struct profile_row *profile = device_profile(row);
    return profile != NULL ? profile->remap_kind : "unknown";
}

/* ---- CSV ---------------------------------------------------------------- */

static void csv_field(FILE *out, const char *text)
{
    const char *c;

    if (strpbrk(text, ",\"\r\n") == NULL) {
        fputs(text, out);
        return;
    }
    fputc('"', out);
    for (c = text; *c != '\0'; c++) {
        if (*c == '"')
            fputc('"', out);
        fputc(*c, out);
    }
    fputc('"', out);
}

void output_list_csv(FILE *out)
{
    size_t i;

    fputs("dev_id,name,core,sysmem_base,bootloader,sysmem_size,sram_base,sram_size,"
          "series,profile,remap,flags,interfaces,source\n", out);
    for (i = 0; i < device_row_count; i++) {
        const struct device_row *row = &device_rows[i];
        char flags[BITS_TEXT_MAX];
        char interfaces[BITS_TEXT_MAX];

        fprintf(out, "0x%03X,", (unsigned)row->dev_id);
        csv_field(out, row->name);
        fprintf(out, ",%s,0x%08lX,0x%08lX,0x%08lX,0x%08lX,0x%08lX,%s,%s,%s,%s,%s,",
                row_core(row), (unsigned long)row->sysmem_base, (unsigned long)row->bootloader,
                (unsigned long)row->sysmem_size, (unsigned long)row->sram_base,
                (unsigned long)row->sram_size, row->series, row->profile, row_remap(row),
                flags_text(row->flags, flags, sizeof flags),
                interfaces_text(row->interfaces, interfaces, sizeof interfaces));
        csv_field(out, row->source);
        fputc('\n', out);
    }
}

/* ---- Plain table -------------------------------------------------------- */

void output_list_text(FILE *out)
{
    size_t i;

    fprintf(out, "%-6s %-6s %-11s %-11s %-11s %-32s %s\n",
            "DEV_ID", "SERIES", "CORE", "SYSMEM", "BOOTLOADER", "ROM INTERFACES", "NAME");
    for (i = 0; i < device_row_count; i++) {
        const struct device_row *row = &device_rows[i];
        char interfaces[BITS_TEXT_MAX];

        fprintf(out, "0x%03X  %-6s %-11s 0x%08lX  0x%08lX  %-32s %s\n",
                (unsigned)row->dev_id, row->series, row_core(row),
                (unsigned long)row->sysmem_base, (unsigned long)row->bootloader,
                interfaces_text(row->interfaces, interfaces, sizeof interfaces), row->name);
    }
    fprintf(out, "%lu rows\n", (unsigned long)device_row_count);
}

/* ---- Markdown (docs/devices.md) ----------------------------------------- */

static void markdown_cell(FILE *out, const char *text)
{
    const char *c;

    for (c = text; *c != '\0'; c++) {
        if (*c == '|')
            fputc('\\', out);
        fputc(*c, out);
    }
}

void output_list_markdown(FILE *out)
{
    size_t i;
    size_t j;

    fputs("# Supported devices\n\n"
          "<!-- Generated from data/stm32.def by `make -C host docs`; do not edit. -->\n"
          "This file is generated from `data/stm32.def` by `make docs` (in `host/`). "
          "Do not edit it by hand.\n\n", out);
    fputs("| DEV_ID | Series | Name | Core | System memory | Bootloader | SRAM | Remap "
          "| Flags | ROM interfaces | Source |\n", out);
    fputs("|---|---|---|---|---|---|---|---|---|---|---|\n", out);
    for (i = 0; i < device_row_count; i++) {
        const struct device_row *row = &device_rows[i];
        char flags[BITS_TEXT_MAX];
        char interfaces[BITS_TEXT_MAX];

        fprintf(out, "| 0x%03X | %s | ", (unsigned)row->dev_id, row->series);
        markdown_cell(out, row->name);
        fprintf(out, " | %s | 0x%08lX + 0x%lX | 0x%08lX | 0x%08lX + 0x%lX | %s | %s | %s | ",
                row_core(row), (unsigned long)row->sysmem_base, (unsigned long)row->sysmem_size,
                (unsigned long)row->bootloader, (unsigned long)row->sram_base,
                (unsigned long)row->sram_size, row_remap(row),
                flags_text(row->flags, flags, sizeof flags),
                interfaces_text(row->interfaces, interfaces, sizeof interfaces));
        markdown_cell(out, row->source);
        fputs(" |\n", out);
    }

    fputs("\n## Rows per series\n\n| Series | Rows |\n|---|---|\n", out);
    for (i = 0; i < device_row_count; i++) {
        size_t count = 0;
        int seen_before = 0;
        for (j = 0; j < i; j++)
            if (strcmp(device_rows[j].series, device_rows[i].series) == 0)
                seen_before = 1;
        if (seen_before)
            continue;
        for (j = i; j < device_row_count; j++)
            if (strcmp(device_rows[j].series, device_rows[i].series) == 0)
                count++;
        fprintf(out, "| %s | %lu |\n", device_rows[i].series, (unsigned long)count);
    }
    fprintf(out, "| **all** | %lu |\n", (unsigned long)device_row_count);
}

/* ---- One row ------------------------------------------------------------ */

/* "128 KiB", "16.25 KiB", "0.5 KiB". */
static const char *kib_text(uint32_t bytes, char *text, size_t size)
{
    size_t length;

    snprintf(text, size, "%.2f", bytes / 1024.0);
    length = strlen(text);
    while (length > 0 && text[length - 1] == '0')
        text[--length] = '\0';
    if (length > 0 && text[length - 1] == '.')
        text[--length] = '\0';
    snprintf(text + length, size - length, " KiB");
    return text;
}

/* No STM32 has this much SRAM in one block: a window this wide runs from one
 * SRAM block to another (H7: DTCM at 0x20000000 to AXI SRAM at 0x24000000). */
#define ONE_BLOCK_MAX 0x01000000ul

static void sram_window_text(FILE *out, const struct device_row *row)
{
    unsigned long last = (unsigned long)row->sram_base + row->sram_size - 1u;

    if (row->sram_size <= ONE_BLOCK_MAX) {
        char size[32];
        fprintf(out, "SRAM:           0x%08lX-0x%08lX, %s\n", (unsigned long)row->sram_base,
                last, kib_text(row->sram_size, size, sizeof size));
        return;
    }
    fprintf(out, "SRAM window:    0x%08lX-0x%08lX, the range the ROM's initial stack pointer\n"
            "                must lie in; it spans separate SRAM blocks (%.1f MiB of\n"
            "                addresses, not of SRAM)\n",
            (unsigned long)row->sram_base, last, row->sram_size / (1024.0 * 1024.0));
}

static void rom_ram_text(FILE *out, const struct device_row *row)
{
    const char *label = "ROM's own SRAM: ";
    char size[32];
    size_t i;
    int found = 0;

    for (i = 0; i < rom_ram_row_count; i++) {
        const struct rom_ram_row *r = &rom_ram_rows[i];
        if (r->dev_id != row->dev_id)
            continue;
        fprintf(out, "%s0x%08lX-0x%08lX, %s: keep the request record out of it\n"
                "                (source: %s)\n",
                found ? "                " : label, (unsigned long)r->first,
                (unsigned long)r->end - 1u, kib_text(r->end - r->first, size, sizeof size),
                r->source);
        found = 1;
    }
    if (found)
        return;
    if (row->flags & SYSBOOT_DEV_NO_SW_ENTRY)
        fprintf(out, "%s- (no software entry)\n", label);
    else
        fprintf(out, "%snot in the sources read yet (no SYSBOOT_ROM_RAM row)\n", label);
}

static void flash_text(FILE *out, const struct device_row *row)
{
    const struct flash_row *flash = flash_row_by_id(row->dev_id);
    char size[32];

    if (flash == NULL) {
        fprintf(out, "flash:          no SYSBOOT_FLASH row: sysboot flash refuses this line\n");
        return;
    }
    fprintf(out, "flash:          0x%08lX-0x%08lX, %s, pages %s, erase 0x%02X, programmed in %lu-byte units\n",
            (unsigned long)flash->base, (unsigned long)(flash->base + flash->size - 1u),
            kib_text(flash->size, size, sizeof size), flash->layout, flash->erase_cmd,
            (unsigned long)flash->prog_unit);
    fprintf(out, "update cut short: %s\n", flash_interrupted_text(flash->erased_boot));
    fprintf(out, "flash source:   %s\n", flash->source);
}

void output_row_details(FILE *out, const struct device_row *row)
{
    char flags[BITS_TEXT_MAX];
    char interfaces[BITS_TEXT_MAX];
    char size[32];
    const struct profile_row *profile = device_profile(row);
    const struct flash_base_row *flash = device_flash_base(row);

    fprintf(out, "dev_id:         0x%03X\n", (unsigned)row->dev_id);
    fprintf(out, "name:           %s\n", row->name);
    fprintf(out, "series:         %s\n", row->series);
    fprintf(out, "core:           %s\n", row_core(row));
    fprintf(out, "profile:        %s (remap: %s)\n", row->profile, row_remap(row));
    fprintf(out, "system memory:  0x%08lX-0x%08lX, %s\n", (unsigned long)row->sysmem_base,
            (unsigned long)row->sysmem_base + row->sysmem_size - 1u,
            kib_text(row->sysmem_size, size, sizeof size));
    fprintf(out, "bootloader:     0x%08lX (vector table: initial MSP, reset vector)\n",
            (unsigned long)row->bootloader);
    sram_window_text(out, row);
    rom_ram_text(out, row);
    if (flash != NULL && flash->base != 0u)
        fprintf(out, "main flash:     0x%08lX (sysboot probe asks the ROM to read 4 bytes here)\n",
                (unsigned long)flash->base);
    else if (flash != NULL)
        fprintf(out, "main flash:     none (no internal flash)\n");
    fprintf(out, "flags:          %s\n", flags_text(row->flags, flags, sizeof flags));
    fprintf(out, "ROM interfaces: %s\n",
            interfaces_text(row->interfaces, interfaces, sizeof interfaces));
    flash_text(out, row);
    fprintf(out, "source:         %s\n", row->source);
    if (profile != NULL)
        fprintf(out, "profile source: %s\n", profile->source);
}

void output_row_summary(FILE *out, const struct device_row *row)
{
    fprintf(out, "  0x%03X  %-5s %s\n", (unsigned)row->dev_id, row->series, row->name);
}

/* ---- Probe reports ------------------------------------------------------ */

void output_json_string(FILE *out, const char *text)
{
    const unsigned char *c;

    fputc('"', out);
    /* ASCII out whatever the bytes: control bytes, DEL and bytes >= 0x80
     * (a port path need not be UTF-8) as \u00XX, each byte one character */
    for (c = (const unsigned char *)text; *c != '\0'; c++) {
        if (*c == '"' || *c == '\\')
            fprintf(out, "\\%c", *c);
        else if (*c < 0x20 || *c >= 0x7F)
            fprintf(out, "\\u%04x", *c);
        else
            fputc(*c, out);
    }
    fputc('"', out);
}

/* key=value; values with blanks or quotes are double-quoted. */
static int kv_plain(const char *value)
{
    const unsigned char *c;

    if (value[0] == '\0')
        return 0;
    for (c = (const unsigned char *)value; *c != '\0'; c++)
        if (*c <= 0x20 || *c >= 0x7F || *c == '"' || *c == '\\' || *c == '=')
            return 0;
    return 1;
}

void output_kv_pair(FILE *out, const char *key, const char *value, int first)
{
    const unsigned char *c;

    fprintf(out, "%s%s=", first ? "" : " ", key);
    if (kv_plain(value)) {
        fputs(value, out);
        return;
    }
    /* quoted; control bytes, DEL and bytes >= 0x80 as \xNN: one line, ASCII */
    fputc('"', out);
    for (c = (const unsigned char *)value; *c != '\0'; c++) {
        if (*c == '"' || *c == '\\')
            fprintf(out, "\\%c", *c);
        else if (*c < 0x20 || *c >= 0x7F)
            fprintf(out, "\\x%02x", *c);
        else
            fputc(*c, out);
    }
    fputc('"', out);
}

static void commands_text(const struct an3155_info *info, char *text, size_t size)
{
    size_t used = 0;
    unsigned i;

    text[0] = '\0';
    for (i = 0; i < info->command_count && used + 6 <= size; i++)
        used += (size_t)snprintf(text + used, size - used, "%s0x%02X", i ? "," : "",
                                 info->commands[i]);
}

static void flash_read_text(FILE *out, const struct probe_report *report)
{
    if (report->flash_read == NULL)
        return;
    if (strcmp(report->flash_read, "readable") == 0)
        fprintf(out, "flash read:      readable: the ROM answered READ_MEMORY at 0x%08lX; whoever\n"
                "                 reaches this port can read and rewrite the firmware (RDP level 0)\n",
                (unsigned long)report->flash_base);
    else if (strcmp(report->flash_read, "read-protected") == 0)
        fprintf(out, "flash read:      read-protected: the ROM refused READ_MEMORY at 0x%08lX (NACK)\n",
                (unsigned long)report->flash_base);
    else
        fprintf(out, "flash read:      not asked (no flash base for this line, or no READ_MEMORY)\n");
}

static void probe_text(FILE *out, const struct probe_report *report)
{
    const struct an3155_info *info = report->info;

    fprintf(out, "port:            %s (%u baud, 8%c1%s%s)\n", report->port, report->baud,
            strcmp(report->parity, "even") == 0 ? 'E' : 'N', report->backend != NULL ? ", " : "",
            report->backend != NULL ? report->backend : "");
    if (report->have_info) {
        fprintf(out, "sync:            %s\n",
                info->already_synced ? "NACK (a session was already open)" : "ACK");
        fprintf(out, "bootloader:      v%u.%u (0x%02X)\n", (unsigned)(info->bootloader_version >> 4),
                (unsigned)(info->bootloader_version & 0x0Fu), info->bootloader_version);
        fprintf(out, "option bytes:    0x%02X 0x%02X\n", info->option_bytes[0],
                info->option_bytes[1]);
        fprintf(out, "commands:       ");
        for (unsigned i = 0; i < info->command_count; i++)
            fprintf(out, " 0x%02X %s%s", info->commands[i],
                    an3155_command_name(info->commands[i]),
                    i + 1 < info->command_count ? "," : "");
        fputc('\n', out);
        fprintf(out, "product ID:      0x%04X (DEV_ID 0x%03X)\n", info->product_id,
                info->product_id & 0xFFFu);
        if (report->row != NULL) {
            char interfaces[BITS_TEXT_MAX];
            fprintf(out, "device:          %s\n", report->row->name);
            fprintf(out, "series:          %s, %s\n", report->row->series, row_core(report->row));
            fprintf(out, "ROM interfaces:  %s\n",
                    interfaces_text(report->row->interfaces, interfaces, sizeof interfaces));
        }
        flash_read_text(out, report);
    }
    if (report->message[0] != '\0')
        fprintf(out, "error:           %s\n", report->message);
}

/* "0x00,0x01,...": room for all 255 commands a GET can list */
#define COMMANDS_TEXT_MAX (255 * 5 + 1)

static void probe_json(FILE *out, const struct probe_report *report)
{
    char text[COMMANDS_TEXT_MAX];

    fputs("{\"status\":", out);
    output_json_string(out, report->status);
    fprintf(out, ",\"exit_code\":%d,\"port\":", report->exit_code);
    output_json_string(out, report->port);
    fprintf(out, ",\"baud\":%u,\"parity\":", report->baud);
    output_json_string(out, report->parity);
    if (report->backend != NULL) {
        fputs(",\"backend\":", out);
        output_json_string(out, report->backend);
    }
    if (report->have_info) {
        const struct an3155_info *info = report->info;
        commands_text(info, text, sizeof text);
        fprintf(out, ",\"already_synced\":%s,\"bootloader_version\":\"%u.%u\","
                "\"commands\":\"%s\",\"product_id\":\"0x%04X\",\"dev_id\":\"0x%03X\"",
                info->already_synced ? "true" : "false", (unsigned)(info->bootloader_version >> 4),
                (unsigned)(info->bootloader_version & 0x0Fu), text, info->product_id,
                info->product_id & 0xFFFu);
    }
    if (report->row != NULL) {
        fputs(",\"name\":", out);
        output_json_string(out, report->row->name);
        fputs(",\"series\":", out);
        output_json_string(out, report->row->series);
        fputs(",\"interfaces\":", out);
        output_json_string(out, interfaces_text(report->row->interfaces, text, sizeof text));
    }
    if (report->flash_read != NULL) {
        fputs(",\"flash_read\":", out);
        output_json_string(out, report->flash_read);
        if (strcmp(report->flash_read, "not-asked") != 0)
            fprintf(out, ",\"flash_base\":\"0x%08lX\"", (unsigned long)report->flash_base);
    }
    if (report->magic_from != NULL) {
        fputs(",\"magic_from\":", out);
        output_json_string(out, report->magic_from);
    }
    fputs(",\"message\":", out);
    output_json_string(out, report->message);
    fputs("}\n", out);
}

static void probe_kv(FILE *out, const struct probe_report *report)
{
    char text[COMMANDS_TEXT_MAX];

    output_kv_pair(out, "status", report->status, 1);
    snprintf(text, sizeof text, "%d", report->exit_code);
    output_kv_pair(out, "exit_code", text, 0);
    output_kv_pair(out, "port", report->port, 0);
    snprintf(text, sizeof text, "%u", report->baud);
    output_kv_pair(out, "baud", text, 0);
    output_kv_pair(out, "parity", report->parity, 0);
    if (report->backend != NULL)
        output_kv_pair(out, "backend", report->backend, 0);
    if (report->have_info) {
        const struct an3155_info *info = report->info;
        output_kv_pair(out, "already_synced", info->already_synced ? "1" : "0", 0);
        snprintf(text, sizeof text, "%u.%u", (unsigned)(info->bootloader_version >> 4),
                 (unsigned)(info->bootloader_version & 0x0Fu));
        output_kv_pair(out, "bootloader_version", text, 0);
        commands_text(info, text, sizeof text);
        output_kv_pair(out, "commands", text, 0);
        snprintf(text, sizeof text, "0x%04X", info->product_id);
        output_kv_pair(out, "product_id", text, 0);
        snprintf(text, sizeof text, "0x%03X", info->product_id & 0xFFFu);
        output_kv_pair(out, "dev_id", text, 0);
    }
    if (report->row != NULL) {
        output_kv_pair(out, "name", report->row->name, 0);
        output_kv_pair(out, "series", report->row->series, 0);
        output_kv_pair(out, "interfaces",
                interfaces_text(report->row->interfaces, text, sizeof text), 0);
    }
    if (report->flash_read != NULL) {
        output_kv_pair(out, "flash_read", report->flash_read, 0);
        if (strcmp(report->flash_read, "not-asked") != 0) {
            snprintf(text, sizeof text, "0x%08lX", (unsigned long)report->flash_base);
            output_kv_pair(out, "flash_base", text, 0);
        }
    }
    if (report->magic_from != NULL)
        output_kv_pair(out, "magic_from", report->magic_from, 0);
    if (report->message[0] != '\0')
        output_kv_pair(out, "message", report->message, 0);
    fputc('\n', out);
}

void output_probe(FILE *out, const struct probe_report *report, enum output_format format)
{
    switch (format) {
    case FORMAT_JSON: probe_json(out, report); break;
    case FORMAT_KV:   probe_kv(out, report); break;
    case FORMAT_TEXT: probe_text(out, report); break;
    }
}

/* ---- USB DFU ------------------------------------------------------------ */

static void usb_alt_text(FILE *out, const struct usb_dfu_alt *alt)
{
    struct dfuse_layout layout;
    char error[128];
    size_t r;
    size_t g;

    fprintf(out, "alt %u: \"%s\"\n", alt->alt_setting, alt->name);
    if (dfuse_decode(alt->name, &layout, error, sizeof error) != 0) {
        fprintf(out, "  (not a DfuSe layout: %s)\n", error);
        return;
    }
    fprintf(out, "  %s\n", layout.name);
    for (r = 0; r < layout.region_count; r++) {
        const struct dfuse_region *region = &layout.regions[r];
        uint32_t address = region->base;
        fprintf(out, "  base 0x%08lX, %llu bytes\n", (unsigned long)region->base,
                (unsigned long long)dfuse_region_bytes(region));
        for (g = 0; g < region->group_count; g++) {
            const struct dfuse_sector_group *group = &region->groups[g];
            char attributes[4];
            fprintf(out, "    0x%08lX  %3lu x %7lu bytes  %s\n", (unsigned long)address,
                    (unsigned long)group->count, (unsigned long)group->size,
                    dfuse_attributes_text(group->attributes, attributes));
            address += group->count * group->size;
        }
    }
}

void output_usb(FILE *out, const struct usb_dfu_device *device, enum output_format format)
{
    size_t i;

    if (format == FORMAT_TEXT) {
        fprintf(out, "USB DFU 0483:df11 on bus %u address %u, bcdDevice 0x%04X, serial \"%s\"\n",
                device->bus, device->address, device->bcd_device, device->serial);
        for (i = 0; i < device->alt_count; i++)
            usb_alt_text(out, &device->alts[i]);
        return;
    }
    if (format == FORMAT_JSON) {
        fprintf(out, "{\"status\":\"ok\",\"exit_code\":0,\"bus\":%u,\"address\":%u,"
                "\"bcd_device\":\"0x%04X\",\"serial\":", device->bus, device->address,
                device->bcd_device);
        output_json_string(out, device->serial);
        fputs(",\"alts\":[", out);
        for (i = 0; i < device->alt_count; i++) {
            if (i > 0)
                fputc(',', out);
            output_json_string(out, device->alts[i].name);
        }
        fputs("]}\n", out);
        return;
    }
    {
        char text[32];
        output_kv_pair(out, "status", "ok", 1);
        output_kv_pair(out, "exit_code", "0", 0);
        snprintf(text, sizeof text, "0x%04X", device->bcd_device);
        output_kv_pair(out, "bcd_device", text, 0);
        output_kv_pair(out, "serial", device->serial, 0);
        for (i = 0; i < device->alt_count; i++) {
            snprintf(text, sizeof text, "alt%u", device->alts[i].alt_setting);
            output_kv_pair(out, text, device->alts[i].name, 0);
        }
        fputc('\n', out);
    }
}

void output_failure(FILE *out, const char *status, const char *message, int exit_code,
                    enum output_format format)
{
    char text[16];

    if (format == FORMAT_JSON) {
        fputs("{\"status\":", out);
        output_json_string(out, status);
        fprintf(out, ",\"exit_code\":%d,\"message\":", exit_code);
        output_json_string(out, message);
        fputs("}\n", out);
    } else if (format == FORMAT_KV) {
        output_kv_pair(out, "status", status, 1);
        snprintf(text, sizeof text, "%d", exit_code);
        output_kv_pair(out, "exit_code", text, 0);
        output_kv_pair(out, "message", message, 0);
        fputc('\n', out);
    }
}

void output_trigger_sent(FILE *out, const char *port, const char *trigger,
                         const char *magic_from, enum output_format format)
{
    switch (format) {
    case FORMAT_JSON:
        fputs("{\"status\":\"ok\",\"exit_code\":0,\"port\":", out);
        output_json_string(out, port);
        fputs(",\"trigger\":", out);
        output_json_string(out, trigger);
        if (magic_from != NULL) {
            fputs(",\"magic_from\":", out);
            output_json_string(out, magic_from);
        }
        fputs("}\n", out);
        break;
    case FORMAT_KV:
        output_kv_pair(out, "status", "ok", 1);
        output_kv_pair(out, "exit_code", "0", 0);
        output_kv_pair(out, "port", port, 0);
        output_kv_pair(out, "trigger", trigger, 0);
        if (magic_from != NULL)
            output_kv_pair(out, "magic_from", magic_from, 0);
        fputc('\n', out);
        break;
    case FORMAT_TEXT:
        fprintf(out, "sent the %s trigger to %s (--no-probe: not waiting for the ROM)\n",
                trigger, port);
        break;
    }
}
