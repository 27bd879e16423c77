#!/usr/bin/env bash
# Expand scenarios.tsv over the boards the data describes (bench-uc --boards):
# one job line per applicable (board, scenario), tab-separated:
#   column name board catch expect app-elf standin-elf harness-args...
# A row whose app is Os runs twice: the universal build (run-time
# identification) and the board's own build that names its line
# (build/lines/BOARD.elf, as the project's CMSIS device macro would), the
# second named "NAME@line".
set -eu
cd "$(dirname "$0")"
B=build
"$B/bench-uc" --boards > "$B/boards.txt"
awk -F'\t' -v B="$B" '
    NR == FNR { split($0, w, " "); facts[w[1]] = " " $0 " "; cpu[w[1]] = w[2]; other[w[1]] = w[3]
                order[++n] = w[1]; next }
    /^#/ || NF < 6 { next }
    {
        rows[++m] = $0
    }
    END {
        for (i = 1; i <= n; i++) {
            b = order[i]
            for (j = 1; j <= m; j++) {
                split(rows[j], f, "\t")
                nreq = split(f[3], req, ",")
                ok = 1
                for (k = 1; k <= nreq; k++) {
                    r = req[k]
                    if (r == "") continue
                    if (substr(r, 1, 1) == "!") { if (index(facts[b], " " substr(r, 2) " ")) ok = 0 }
                    else if (!index(facts[b], " " r " ")) ok = 0
                }
                if (!ok) continue
                app = f[4]; c = cpu[b]; extra = ""
                if (substr(app, 1, 6) == "other:") {
                    if (other[b] == "-") continue
                    app = substr(app, 7); c = "cortex-" other[b]; extra = " --core " other[b]
                }
                if (substr(app, 1, 7) == "broken:") elf = B "/broken/" c "-" substr(app, 8) ".elf"
                else if (app == "line") elf = B "/lines/" b (extra != "" ? "-other" : "") ".elf"
                else elf = B "/apps/" c "-" app ".elf"
                printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s%s\n", f[1], f[2], b, f[7], f[6], elf,
                       B "/standin/" b ".elf", f[5], extra
                if (app == "Os")
                    printf "%s\t%s@line\t%s\t%s\t%s\t%s\t%s\t%s%s\n", f[1], f[2], b, f[7], f[6],
                           B "/lines/" b (extra != "" ? "-other" : "") ".elf", B "/standin/" b ".elf", f[5], extra
            }
        }
    }' "$B/boards.txt" scenarios.tsv
