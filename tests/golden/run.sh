#!/usr/bin/env bash
# Golden tests of ardesk-cli against the public contract (docs/contract.md).
#
#   tests/golden/run.sh --cli PATH/TO/ardesk-cli [--regenerate] [--server] [CASE...]
#
# Each tests/golden/<case>/ holds fixture CSV files, a `steps` file and expected/ outputs. The
# steps run in order against a fresh ledger ($TMP/ledger.ardesk; with --server, a fresh
# database on the PostgreSQL server named by $ARDESK_TEST_SERVER, see ardesk-with-postgres),
# with the case folder as the working directory; $LEDGER names it to `sh` steps. A step line is
#
#   EXIT OUT ARGS...   run `ardesk-cli --ledger $TMP/ledger.ardesk ARGS...`; the exit code must
#                      be EXIT; OUT is the expected stdout file below expected/ (compared byte
#                      for byte), `-` for "stdout stays empty" or `*` for "anything"; @TMP@ in
#                      ARGS is the temporary folder. A trailing `#!external` comment marks a
#                      step whose outcome depends on another process (model.py skips it).
#   stderr TEXT        the previous step's stderr must contain TEXT.
#   sh COMMAND         a shell command (in this shell, so `&` and `wait` work; $TMP is set);
#                      it must succeed.
# A line ending in `#!file` is about the ledger being a file (another program's lock, a copy
# of the file): it runs only on a file ledger.
#
# The expected files are computed from the spec by tests/golden/model.py (an independent
# model, run by ctest as golden_model), never copied from the program. --regenerate writes the
# program's output over them instead: only for a deliberate change of the contract, followed by
# a review of `git diff tests/golden` and `tests/golden/model.py --check`.

set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cli=""
regenerate=0
server=""
cases=()
while (($#)); do
    case $1 in
    --cli) cli=$2; shift 2 ;;
    --regenerate) regenerate=1; shift ;;
    --server) server=${ARDESK_TEST_SERVER:?--server needs ARDESK_TEST_SERVER}; shift ;;
    -h | --help) sed -n '2,25p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) cases+=("$1"); shift ;;
    esac
done
if [[ -z $cli || ! -x $cli ]]; then
    echo "run.sh: --cli PATH (the built ardesk-cli) is required" >&2
    exit 2
fi
cli=$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")
if ((${#cases[@]} == 0)); then
    for steps in "$here"/*/steps; do
        cases+=("$(basename "$(dirname "$steps")")")
    done
fi

export LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC
unset ARDESK_LEDGER

failures=0
TMP=""
cleanup() {
    wait 2>/dev/null
    [[ -n $TMP && -d $TMP ]] && rm -rf "$TMP"
}
trap cleanup EXIT

fail() {
    echo "FAIL $*" >&2
    failures=$((failures + 1))
}

run_case() {
    local case=$1 dir=$here/$1
    local lineno=0 line want out got command last_stderr=""
    local -a args
    cleanup
    TMP=$(mktemp -d "${TMPDIR:-/tmp}/ardesk-golden.XXXXXX")
    LEDGER=$TMP/ledger.ardesk
    if [[ -n $server ]]; then
        local database=golden_${case//[^a-z0-9]/_}
        psql -q -v ON_ERROR_STOP=1 "$server/postgres" \
            -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database" ||
            { fail "$case: cannot create database $database on $server"; return; }
        LEDGER=$server/$database
    fi
    local ledger=$LEDGER
    while IFS= read -r line || [[ -n $line ]]; do
        lineno=$((lineno + 1))
        [[ -z ${line//[[:space:]]/} || $line == \#* ]] && continue
        [[ -n $server && $line == *"#!file" ]] && continue
        line=${line% #!file}
        local where="tests/golden/$case/steps:$lineno"
        if [[ $line == "sh "* ]]; then
            pushd "$dir" >/dev/null || return
            eval "${line#sh }"
            local rc=$?
            popd >/dev/null || return
            ((rc == 0)) || fail "$where: shell step failed ($rc): ${line#sh }"
            continue
        fi
        if [[ $line == "stderr "* ]]; then
            local needle=${line#stderr }
            if [[ $last_stderr != *"$needle"* ]]; then
                fail "$where: stderr of the previous step lacks \"$needle\"; it was:"
                printf '%s\n' "$last_stderr" | sed 's/^/    /' >&2
            fi
            continue
        fi
        set -f # no pathname expansion: `*` is the OUT of "anything", not a glob
        eval "set -- $line"
        set +f
        want=$1 out=$2
        shift 2
        args=()
        local arg
        for arg in "$@"; do
            args+=("${arg//@TMP@/$TMP}")
        done
        command="cd $(printf '%q' "$dir") && $(printf '%q' "$cli") --ledger $(printf '%q' "$ledger")$(printf ' %q' "${args[@]}")"
        (cd "$dir" && "$cli" --ledger "$ledger" "${args[@]}" >"$TMP/stdout" 2>"$TMP/stderr")
        got=$?
        last_stderr=$(<"$TMP/stderr")
        if [[ $got != "$want" ]]; then
            fail "$where: expected exit code $want, got $got"
            echo "    command: $command" >&2
            printf '%s\n' "$last_stderr" | sed 's/^/    stderr: /' >&2
        fi
        case $out in
        '*') ;;
        -)
            if [[ -s $TMP/stdout ]]; then
                fail "$where: expected no output on stdout (messages go to stderr), got:"
                sed 's/^/    /' "$TMP/stdout" >&2
            fi
            ;;
        *)
            local expected=$dir/expected/$out
            if ((regenerate)); then
                mkdir -p "$dir/expected"
                cp "$TMP/stdout" "$expected"
            elif ! cmp -s "$expected" "$TMP/stdout"; then
                fail "$where: stdout differs from tests/golden/$case/expected/$out"
                echo "    command: $command" >&2
                diff -u --label "expected/$out" --label "ardesk-cli stdout" \
                    "$expected" "$TMP/stdout" | sed 's/^/    /' >&2
                echo "    If the contract changed on purpose, regenerate with:" >&2
                echo "      tests/golden/run.sh --cli $(printf '%q' "$cli") --regenerate $case" >&2
                echo "    then review git diff tests/golden and run tests/golden/model.py --check" >&2
            fi
            ;;
        esac
    done <"$dir/steps"
    cleanup
    TMP=""
}

for case in "${cases[@]}"; do
    if [[ ! -f $here/$case/steps ]]; then
        fail "no such case: tests/golden/$case/steps"
        continue
    fi
    before=$failures
    run_case "$case"
    if ((failures == before)); then
        echo "ok   $case"
    else
        echo "FAIL $case ($((failures - before)) problem(s))"
    fi
done
((failures == 0))
