# Kept input sections of a GNU ld map file (-Wl,-Map), one per line:
#   <section name> <size in bytes> <object file>
# Only the part after "Linker script and memory map" (what the link kept);
# alignment fill and zero-sized sections are left out. POSIX awk.
function hex(s,    i, v) {
    v = 0
    s = tolower(substr(s, 3))
    for (i = 1; i <= length(s); i++)
        v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
    return v
}
/^Linker script and memory map/ { kept = 1; next }
!kept { next }
# an input section whose name fills its line: address, size and object follow
pending != "" && NF == 3 && $1 ~ /^0x/ && $2 ~ /^0x/ {
    if (hex($2) > 0) print pending, hex($2), $3
    pending = ""
    next
}
{ pending = "" }
/^ [.A-Za-z_]/ && NF == 1 { pending = $1; next }
/^ [.A-Za-z_]/ && NF >= 4 && $2 ~ /^0x/ && $3 ~ /^0x/ {
    if (hex($3) > 0) print $1, hex($3), $4
}
