/* AN3155 client against scripted replies: every outcome, and the exact
 * bytes the client sends. */
#include <string.h>

#include "an3155.h"
#include "check.h"
#include "script_port.h"

#define ACK 0x79
#define NACK 0x1F

/* A whole healthy exchange: sync, GET, GET_VERSION, GET_ID (STM32F405). */
static const uint8_t healthy[] = {
    ACK,
    ACK, 3, 0x31, 0x00, 0x01, 0x02, ACK,
    ACK, 0x31, 0x00, 0x00, ACK,
    ACK, 1, 0x04, 0x13, ACK
};

static enum an3155_result probe_script(const uint8_t *replies, size_t length, unsigned retries,
                                       struct script_port *script, struct an3155_info *info,
                                       struct an3155_outcome *outcome)
{
    struct an3155_options options;
    struct byte_port port;

    options.timeout_ms = 10;
    options.retries = retries;
    script_port_init(script, replies, length);
    port = script_port_view(script);
    return an3155_probe(&port, &options, info, outcome);
}

static void test_healthy_exchange(void)
{
    static const uint8_t expected_sent[] = { 0x7F, 0x00, 0xFF, 0x01, 0xFE, 0x02, 0xFD };
    struct script_port script;
    struct an3155_info info;
    struct an3155_outcome outcome;
    enum an3155_result result = probe_script(healthy, sizeof healthy, 0, &script, &info, &outcome);

    CHECK(result == AN3155_OK, "a healthy exchange succeeds");
    CHECK(info.already_synced == 0, "ACK to sync is a fresh session");
    CHECK(info.bootloader_version == 0x31, "bootloader version from GET");
    CHECK(info.command_count == 3, "three commands listed");
    CHECK(info.commands[2] == 0x02, "GET_ID is the third command");
    CHECK(info.version_from_get_version == 0x31, "version from GET_VERSION");
    CHECK(info.product_id == 0x0413, "PID 0x0413");
    CHECK(script.written_length == sizeof expected_sent
          && memcmp(script.written, expected_sent, sizeof expected_sent) == 0,
          "the client sends 7F, 00 FF, 01 FE, 02 FD and nothing else");
    CHECK(script.position == sizeof healthy, "every reply byte was consumed");
}

static void test_nack_to_sync_means_already_synced(void)
{
    uint8_t replies[sizeof healthy];
    struct script_port script;
    struct an3155_info info;
    struct an3155_outcome outcome;

    memcpy(replies, healthy, sizeof healthy);
    replies[0] = NACK;
    CHECK(probe_script(replies, sizeof replies, 0, &script, &info, &outcome) == AN3155_OK,
          "NACK to the sync byte is accepted");
    CHECK(info.already_synced == 1, "and reported as an already open session");
}

static void test_no_answer(void)
{
    struct script_port script;
    struct an3155_info info;
    struct an3155_outcome outcome;

    CHECK(probe_script(NULL, 0, 0, &script, &info, &outcome) == AN3155_NO_ANSWER,
          "silence is no answer");
    CHECK(strstr(outcome.detail, "sync") != NULL, "the detail names the sync step");
    CHECK(probe_script(NULL, 0, 3, &script, &info, &outcome) == AN3155_NO_ANSWER,
          "silence with retries is still no answer");
    CHECK(script.written_length == 8,
          "retries are bounded: two sync bytes per attempt (the second tells a lost byte from an open session)");

    /* Sync answered, then GET met silence: the device stopped answering. */
    CHECK(probe_script(healthy, 1, 0, &script, &info, &outcome) == AN3155_NO_ANSWER,
          "silence after the sync is no answer");
    CHECK(strstr(outcome.detail, "GET") != NULL, "the detail names GET");
}

static void test_garbage(void)
{
    static const uint8_t noise[] = { 0x42 };
    static const uint8_t bad_get_end[] = { ACK, ACK, 0, 0x31, 0x55 };
    static const uint8_t nack_as_end[] = { ACK, ACK, 0, 0x31, NACK };
    static const uint8_t bad_id_length[] = {
        ACK, ACK, 0, 0x31, ACK, ACK, 0x31, 0, 0, ACK, ACK, 2, 0x04, 0x13, 0x00, ACK
    };
    static const uint8_t bad_first_byte[] = { ACK, 0x33 };
    struct script_port script;
    struct an3155_info info;
    struct an3155_outcome outcome;

    CHECK(probe_script(noise, sizeof noise, 0, &script, &info, &outcome) == AN3155_GARBAGE,
          "a wrong byte in reply to the sync is garbage");
    CHECK(strstr(outcome.detail, "0x42") != NULL, "the detail shows the byte");
    CHECK(probe_script(bad_get_end, sizeof bad_get_end, 0, &script, &info, &outcome)
          == AN3155_GARBAGE, "a wrong closing byte is garbage");
    CHECK(probe_script(nack_as_end, sizeof nack_as_end, 0, &script, &info, &outcome)
          == AN3155_GARBAGE, "NACK where the closing ACK belongs is garbage");
    CHECK(probe_script(bad_id_length, sizeof bad_id_length, 0, &script, &info, &outcome)
          == AN3155_GARBAGE, "a GET_ID length other than 2 bytes is garbage");
    CHECK(probe_script(bad_first_byte, sizeof bad_first_byte, 0, &script, &info, &outcome)
          == AN3155_GARBAGE, "a command answered with neither ACK nor NACK is garbage");
}

static void test_nack(void)
{
    static const uint8_t refused_get[] = { ACK, NACK };
    static const uint8_t refused_id[] = {
        ACK, ACK, 0, 0x31, ACK, ACK, 0x31, 0, 0, ACK, NACK
    };
    struct script_port script;
    struct an3155_info info;
    struct an3155_outcome outcome;

    CHECK(probe_script(refused_get, sizeof refused_get, 3, &script, &info, &outcome)
          == AN3155_NACK_REPLY, "NACK to GET is a refusal");
    CHECK(script.written_length == 3 + 3 * 2,
          "a NACK right after the sync is retried from a fresh sync (it may answer an out-of-step frame)");
    CHECK(probe_script(refused_id, sizeof refused_id, 3, &script, &info, &outcome)
          == AN3155_NACK_REPLY, "NACK to GET_ID is a refusal");
    CHECK(script.written_length == 7, "a NACK later in the exchange is not retried");
    CHECK(strstr(outcome.detail, "GET_ID") != NULL, "the detail names GET_ID");
}

static void test_cut_short(void)
{
    struct script_port script;
    struct an3155_info info;
    struct an3155_outcome outcome;
    size_t cut;
    int all_cut_short = 1;

    /* Cut the healthy stream inside each reply, after its first byte. */
    static const size_t cuts[] = { 2, 3, 5, 6, 9, 11, 14, 15, 17 };
    for (cut = 0; cut < sizeof cuts / sizeof cuts[0]; cut++)
        if (probe_script(healthy, cuts[cut], 0, &script, &info, &outcome) != AN3155_CUT_SHORT)
            all_cut_short = 0;
    CHECK(all_cut_short, "a reply stopping after its first byte is cut short, at every point");

    CHECK(probe_script(healthy, 5, 2, &script, &info, &outcome) == AN3155_CUT_SHORT,
          "a later silent retry does not hide an earlier cut-short reply");
}

static void test_port_vanished(void)
{
    struct script_port script;
    struct an3155_info info;
    struct an3155_outcome outcome;
    struct an3155_options options;
    struct byte_port port;

    options.timeout_ms = 10;
    options.retries = 3;
    script_port_init(&script, healthy, sizeof healthy);
    script.vanish_after = 4;
    port = script_port_view(&script);
    CHECK(an3155_probe(&port, &options, &info, &outcome) == AN3155_PORT_VANISHED,
          "a port failing mid-reply has vanished");
    CHECK(script.written_length == 3, "a vanished port is not retried");

    script_port_init(&script, healthy, sizeof healthy);
    script.fail_writes = 1;
    port = script_port_view(&script);
    CHECK(an3155_probe(&port, &options, &info, &outcome) == AN3155_PORT_VANISHED,
          "a failing write means the port vanished");
}

static void test_retry_recovers(void)
{
    /* First attempt: garbage to the sync; second attempt: a healthy session. */
    uint8_t replies[1 + sizeof healthy];
    struct script_port script;
    struct an3155_info info;
    struct an3155_outcome outcome;

    replies[0] = 0x00;
    memcpy(replies + 1, healthy, sizeof healthy);
    CHECK(probe_script(replies, sizeof replies, 0, &script, &info, &outcome) == AN3155_GARBAGE,
          "without retries the garbage stands");
    CHECK(probe_script(replies, sizeof replies, 1, &script, &info, &outcome) == AN3155_OK,
          "one retry recovers from line noise");
    CHECK(info.product_id == 0x0413, "and reads the PID");
}

static void test_names(void)
{
    CHECK(strcmp(an3155_command_name(0x44), "EXTENDED_ERASE") == 0, "command names");
    CHECK(strcmp(an3155_command_name(0xEE), "unknown") == 0, "unknown command name");
    CHECK(strcmp(an3155_result_text(AN3155_CUT_SHORT), "reply cut short") == 0, "result text");
}

int main(void)
{
    test_healthy_exchange();
    test_nack_to_sync_means_already_synced();
    test_no_answer();
    test_garbage();
    test_nack();
    test_cut_short();
    test_port_vanished();
    test_retry_recovers();
    test_names();
    return check_summary();
}
