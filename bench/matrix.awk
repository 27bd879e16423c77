# Print the families x scenarios matrix from result lines
#   column <TAB> board <TAB> name <TAB> PASS|FAIL <TAB> reason
# A cell is "ok" when every run of that scenario column on that board passed
# (negative twins pass when the bench caught the breakage), "FAIL" otherwise,
# "." when the scenario does not apply to the board. Then every failure with
# its reason, the negative-test tally, and the closing "N passed, N failed".
BEGIN { FS = "\t" }
NF >= 4 {
    if (!($2 in seen_board)) { seen_board[$2] = 1; boards[++nb] = $2 }
    fam = $2; sub(/_[^_]*$/, "", fam)
    if (!(fam in seen_fam)) { seen_fam[fam] = 1; fams[++nfam] = fam }
    if (!(($2, fam) in fam_board)) { fam_board[$2, fam] = 1; fam_boards[fam]++ }
    fkey = fam SUBSEP $1
    fruns[fkey]++
    if ($4 == "PASS") fpass[fkey]++
    if (!($1 in seen_col)) { seen_col[$1] = 1; cols[++nc] = $1 }
    key = $2 SUBSEP $1
    runs[key]++
    if ($4 == "PASS") { passed++; cellpass[key]++ } else { failed++; fails[++nf] = $2 "  " $3 ": " $5 }
    if ($3 ~ /!/) { neg++; if ($4 == "PASS") negok++ }
}
END {
    # families (series, from the board tag) x scenario columns
    printf "%-14s", "family(boards)"
    for (c = 1; c <= nc; c++) printf " %-6.6s", cols[c]
    printf "\n"
    for (f = 1; f <= nfam; f++) {
        printf "%-14s", fams[f] "(" fam_boards[fams[f]] ")"
        for (c = 1; c <= nc; c++) {
            key = fams[f] SUBSEP cols[c]
            printf " %-6s", !(key in fruns) ? "." : (fpass[key] == fruns[key] ? "ok" : "FAIL")
        }
        printf "\n"
    }
    # the same per board, for the file named by -v boards_file=...
    if (boards_file != "") {
        printf "%-10s", "board" > boards_file
        for (c = 1; c <= nc; c++) printf " %-6.6s", cols[c] > boards_file
        printf "\n" > boards_file
        for (b = 1; b <= nb; b++) {
            printf "%-10s", boards[b] > boards_file
            for (c = 1; c <= nc; c++) {
                key = boards[b] SUBSEP cols[c]
                printf " %-6s", !(key in runs) ? "." : (cellpass[key] == runs[key] ? "ok" : "FAIL") > boards_file
            }
            printf "\n" > boards_file
        }
    }
    printf "\n%d runs on %d boards; %d negative twins, %d caught\n", passed + failed, nb, neg, negok
    if (nf) {
        printf "\nFailures:\n"
        for (i = 1; i <= nf; i++) printf "  FAIL %s\n", fails[i]
    }
    printf "\n%d passed, %d failed\n", passed, failed
    exit failed != 0
}
