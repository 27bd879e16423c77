#!/usr/bin/env python3
"""The stand-in ROM's flash commands against the line's programming rules,
spoken byte by byte (AN3155) over the bench's pty. The expected layout and
programming unit are typed here from the reference manuals, not read from
data/stm32.def, so a wrong row fails this test.

usage: flash_rules.py BOARD PTY [plain|wrp|rdp]
Prints one line per finding; exit 0 when every expectation held.
"""
import os
import select
import sys
import termios
import time

ACK, NACK = 0x79, 0x1F
# board: (pages, start of page 4, programming unit in bytes), typed from
# RM0090 Table 5 (F405: 12 sectors, sector 4 at 64 KiB, x32), RM0444 (G071:
# 64 pages of 2 KiB, double word), RM0394 (L432: 128 pages of 2 KiB, double
# word), RM0433 (H743: 2 x 8 sectors of 128 KiB, 256-bit flash word).
KNOWN = {
    "F4_413": (12, 0x08010000, 4),
    "G0_460": (64, 0x08002000, 8),
    "L4_435": (128, 0x08002000, 8),
    "H7_450": (16, 0x08080000, 32),
}
BASE = 0x08000000


class Rom:
    def __init__(self, path):
        self.fd = os.open(path, os.O_RDWR | os.O_NOCTTY)
        mode = termios.tcgetattr(self.fd)
        mode[0] = mode[1] = mode[3] = 0
        mode[2] = termios.CS8 | termios.CREAD | termios.CLOCAL
        termios.tcsetattr(self.fd, termios.TCSANOW, mode)
        termios.tcflush(self.fd, termios.TCIFLUSH)

    def send(self, data):
        os.write(self.fd, bytes(data))

    def read(self, n, timeout=5.0):
        out = b""
        end = time.time() + timeout
        while len(out) < n and time.time() < end:
            ready, _, _ = select.select([self.fd], [], [], end - time.time())
            if ready:
                out += os.read(self.fd, n - len(out))
        return out

    def byte(self):
        got = self.read(1)
        return got[0] if got else None

    def command(self, code):
        self.send([code, code ^ 0xFF])
        return self.byte()

    def address(self, addr):
        b = addr.to_bytes(4, "big")
        self.send(list(b) + [b[0] ^ b[1] ^ b[2] ^ b[3]])
        return self.byte()

    def write(self, addr, data):
        """(first reply, address reply, final reply) of Write Memory"""
        first = self.command(0x31)
        if first != ACK:
            return (first, None, None)
        at = self.address(addr)
        if at != ACK:
            return (first, at, None)
        check = len(data) - 1
        for d in data:
            check ^= d
        self.send([len(data) - 1] + list(data) + [check])
        return (first, at, self.byte())

    def read_memory(self, addr, n):
        first = self.command(0x11)
        if first != ACK:
            return first, None
        if self.address(addr) != ACK:
            return first, None
        self.send([n - 1, (n - 1) ^ 0xFF])
        if self.byte() != ACK:
            return first, None
        return first, self.read(n)

    def erase(self, pages=None):
        """(first reply, final reply) of Extended Erase; None = mass erase"""
        first = self.command(0x44)
        if first != ACK:
            return (first, None)
        if pages is None:
            self.send([0xFF, 0xFF, 0x00])
        else:
            frame = list((len(pages) - 1).to_bytes(2, "big"))
            for p in pages:
                frame += list(p.to_bytes(2, "big"))
            check = 0
            for b in frame:
                check ^= b
            self.send(frame + [check])
        return (first, self.byte())


def main():
    board, path = sys.argv[1], sys.argv[2]
    mode = sys.argv[3] if len(sys.argv) > 3 else "plain"
    pages, page4, unit = KNOWN[board]
    rom = Rom(path)
    failures = []

    def expect(ok, what):
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            failures.append(what)

    rom.send([0x7F])
    expect(rom.byte() == ACK, "sync answered ACK")
    rom.send([0x00, 0xFF])
    reply = rom.read(2)
    listing = rom.read(reply[1] + 2) if len(reply) == 2 else b""
    expect(0x44 in listing[1:-1] and 0x43 not in listing[1:-1],
           "GET lists Extended Erase (0x44) and not Erase (0x43)")
    word = [0x11, 0x22, 0x33, 0x44]
    if mode == "rdp":
        first, _ = rom.read_memory(BASE, 4)
        expect(first == NACK, "read protection: Read Memory refused at once")
        expect(rom.erase([0]) == (NACK, None), "read protection: Extended Erase refused at once")
        expect(rom.write(BASE, word)[0] == NACK, "read protection: Write Memory refused at once")
    elif mode == "wrp":
        first, data = rom.read_memory(BASE, 4)
        expect(first == ACK and data is not None and len(data) == 4,
               "write protection: Read Memory still works")
        expect(rom.erase([0]) == (ACK, NACK), "write protection: Extended Erase taken, then refused")
        expect(rom.write(BASE, word) == (ACK, ACK, NACK), "write protection: Write Memory taken, then refused")
    else:
        expect(rom.erase([0]) == (ACK, ACK), "erase page 0")
        expect(rom.read_memory(BASE, 16)[1] == b"\xff" * 16, "page 0 reads erased")
        expect(rom.write(BASE, word)[2] == ACK, "write 4 bytes to erased flash")
        expect(rom.read_memory(BASE, 4)[1] == bytes(word), "read back what was written")
        expect(rom.write(BASE, word)[2] == NACK, "write again to the same unit: refused")
        measured = None
        for k in (4, 8, 16, 32, 64):
            if rom.write(BASE + k, word)[2] == ACK:
                measured = k
                break
        expect(measured == unit, "programming unit %s bytes, expected %d" % (measured, unit))
        expect(rom.write(BASE + 0x102, word)[2] == NACK, "write to an address not 4-byte aligned: refused")
        expect(rom.write(BASE + 0x100, word + [0x55])[2] == NACK, "write of 5 bytes (not whole words): refused")
        expect(rom.erase([3, 4]) == (ACK, ACK), "erase pages 3 and 4 in one command")
        expect(rom.write(page4 - 4, word)[2] == ACK and rom.write(page4, word)[2] == ACK,
               "write both sides of the page 3/4 boundary at 0x%08X" % page4)
        expect(rom.erase([4]) == (ACK, ACK), "erase page 4")
        expect(rom.read_memory(page4, 4)[1] == b"\xff" * 4 and rom.read_memory(page4 - 4, 4)[1] == bytes(word),
               "page 4 starts at 0x%08X: erased there, page 3 kept" % page4)
        expect(rom.erase([pages - 1]) == (ACK, ACK), "erase the last page, %d" % (pages - 1))
        expect(rom.erase([pages]) == (ACK, NACK), "erase page %d, past the last: refused" % pages)
        expect(rom.erase() == (ACK, ACK), "mass erase (0xFFFF)")
        expect(rom.read_memory(BASE, 4)[1] == b"\xff" * 4 and rom.read_memory(page4 - 4, 4)[1] == b"\xff" * 4,
               "mass erase left nothing")
    print("%d failed" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
