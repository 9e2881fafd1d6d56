#!/usr/bin/env bash
# Signals and faults, end to end in tmux, on the packaged jar:
#  1. on every screen of the text UI (and in plain mode), Ctrl-C and, in another run, SIGTERM; on a question
#     also SIGINT and SIGHUP: the process exits with 130, 143, 130, 129; the terminal is given
#     back (out of the alternate screen, cursor shown, icanon, echo, isig, icrnl and opost set, a
#     typed command echoed, no frame of the UI left over); every answer given before the signal is
#     in the history; a quiz killed by SIGTERM or SIGHUP is offered back for resuming, one left
#     with Ctrl-C is not;
#  2. a resize storm (20 resizes in a second) on a question screen leaves the very screen a fresh
#     start at that size draws, at 100x30 and at 60x20, and the quiz still takes an answer;
#  3. a read-only data folder, and a disk that fills up during a quiz: one clear warning naming the
#     folder and what to do, and the quiz runs to its result without history.
# Usage: src/test/sh/signals.sh [JAR]   (JAR defaults to target/sourcequiz.jar; needs tmux)
#        SIGNALS_PARTS="2 3" runs only those parts, when working on one.
set -euo pipefail

jar=${1:-target/sourcequiz.jar}
[[ -f $jar ]] || { echo "signals: $jar not found; run \`mvn package\` first" >&2; exit 2; }
command -v tmux >/dev/null || { echo "signals: FAIL: tmux is not installed (apt-get install tmux)" >&2; exit 2; }
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
started=$SECONDS

tmp=$(mktemp -d "${TMPDIR:-/tmp}/sq-signals.XXXXXX")
sock=sq-signals-$$
java_cmd="java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dfile.encoding=UTF-8"
# Some fifty starts of the JVM: a class-data archive made by the first one makes the others quicker.
mkdir "$tmp/cds-data"
if java -XX:ArchiveClassesAtExit="$tmp/cds.jsa" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" \
        quiz --plain --set krums-swan-song -n 1 --data-dir "$tmp/cds-data" </dev/null >/dev/null 2>&1 && [[ -f $tmp/cds.jsa ]]; then
    java_cmd="$java_cmd -XX:SharedArchiveFile=$tmp/cds.jsa"
fi
cleanup() {
    tmux -L "$sock" kill-server 2>/dev/null || true
    wait 2>/dev/null || true
    chmod -R u+w "$tmp" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
part() { [[ " ${SIGNALS_PARTS:-1 2 3} " == *" $1 "* ]]; }

tm() { tmux -L "$sock" "$@"; }
# A session that lives as long as the script: with none left the server would exit, and the next
# new-session could reach it while it is going ("server exited unexpectedly").
tm new-session -d -s keep -x 100 -y 30 "sleep 3600"

current=
fail() {
    echo "signals: FAIL${current:+ ($current)}: $*" >&2
    if [[ -n $current ]] && tm has-session -t "$current" 2>/dev/null; then
        echo "--- screen of $current" >&2
        tm capture-pane -p -t "$current" >&2 || true
    fi
    exit 1
}

# A pane with a plain POSIX shell: no readline to put the terminal right after the program, so
# whatever state the program leaves the terminal in is what the next command sees.
pane() {
    local name=$1 cols=${2:-100} rows=${3:-30}
    tm new-session -d -s "$name" -x "$cols" -y "$rows" \
        "env -i PATH='$PATH' HOME='$tmp' TERM=screen LANG=C.UTF-8 PS1='$ ' sh"
    current=$name
    wait_for '$' 10
}

screen() { tm capture-pane -p -t "$current"; }

# Waits until the screen shows the fixed string $1.
wait_for() {
    local text=$1 limit=${2:-20} i
    for ((i = 0; i < limit * 20; i++)); do
        screen | grep -qF -- "$text" && return 0
        sleep 0.05
    done
    fail "the screen did not show '$text' within ${limit}s"
}

type_line() {
    tm send-keys -t "$current" -l "$1"
    tm send-keys -t "$current" Enter
}

keys() { tm send-keys -t "$current" "$@"; }

# Runs the jar in the current pane; "R""C=" keeps the typed command from matching its output.
run_app() {
    local prefix=$1
    shift
    tm send-keys -t "$current" -l "clear; $prefix $java_cmd -jar '$jar' $*; echo \"R\"\"C=\$?\""
    tm send-keys -t "$current" Enter
}

java_pid() {
    local shell pid
    shell=$(tm display -p -t "$current" '#{pane_pid}')
    pid=$(pgrep -P "$shell" java || true)
    [[ -n $pid ]] || fail "no java process under the pane's shell"
    echo "$pid"
}

# The exit code the pane's shell saw.
exit_code() {
    wait_for 'RC=' 15
    screen | sed -n 's/^.*RC=\([0-9]*\).*$/\1/p' | tail -n 1
}

# After the program has exited: the terminal must be as the shell had it. With "transcript" as $2,
# what is on the screen is plain mode's own output, not a frame of the text UI left over.
check_restored() {
    local what=$1 flags marker markers=()
    [[ $(tm display -p -t "$current" '#{alternate_on}') == 0 ]] || fail "$what: still in the alternate screen"
    [[ $(tm display -p -t "$current" '#{cursor_flag}') == 1 ]] || fail "$what: the cursor is hidden"
    [[ ${2:-} == transcript ]] || markers=('Question sets' 'Your answer' 'F1 help' '? help' 'Passage' 'Result ·'
                                          'Leave this quiz?' 'Any key closes' 'too small' 'Esc back')
    for marker in "${markers[@]}"; do
        screen | grep -qF -- "$marker" && fail "$what: the UI's '$marker' is left on the screen"
    done
    type_line 'echo "T""TY:,$(stty -a | tr " ;" "\n\n" | grep -Ex -e "-?(icanon|echo|isig|icrnl|opost)" | tr "\n" ",")"'
    wait_for 'TTY:,' 5
    screen | grep -qF '"T""TY:,' || fail "$what: the command typed after the program was not echoed"
    flags=$(screen | grep -o 'TTY:,[-a-z,]*' | tail -n 1)
    for f in icanon echo isig icrnl opost; do
        [[ $flags == *",$f,"* ]] || fail "$what: the terminal was left with -$f ($flags)"
    done
}

# Answers in the history of a data folder, by verdict, e.g. "skipped skipped right". JSON, one
# field a line, since CSV fields hold commas and line breaks of their own.
verdicts() {
    $java_cmd -jar "$jar" history export --format json --data-dir "$1" \
        | sed -n 's/^  "verdict" : "\([a-z]*\)",$/\1/p' | tr '\n' ' ' | sed 's/ $//'
}

# The resume notice a new quiz gives for a killed one, or nothing.
resume_notice() {
    $java_cmd -jar "$jar" quiz --plain --data-dir "$1" --set krums-swan-song </dev/null 2>&1 >/dev/null | grep -o '([0-9]* of [0-9]* answered)' || true
}

# ---- 1. every screen, Ctrl-C and SIGTERM --------------------------------------------------------

quiz_args="quiz --set krums-swan-song --kind truefalse -n 3 --seed 1"

# Brings the UI to a screen; echoes how many answers it gave on the way.
goto_screen() {
    local i
    case $1 in
        startup)
            # The moment the UI takes the terminal: it may still be setting up and drawing its first frame.
            for ((i = 0; i < 2000; i++)); do
                [[ $(tm display -p -t "$current" '#{alternate_on}') == 1 ]] && break
                sleep 0.01
            done
            echo 0 ;;
        home) wait_for 'Question sets'; echo 0 ;;
        home-help) wait_for 'Question sets'; keys '?'; wait_for 'Any key closes'; echo 0 ;;
        statistics)
            wait_for 'Question sets'
            # Up from the first row wraps to Start; above the four settings are, from the bottom, Sources,
            # Timeline, Search and Statistics (Home rows added below Statistics move it up: count them here).
            keys Up Up Up Up Up Up Up Up Up; keys Enter; wait_for 'sourcequiz · Statistics'; wait_for 'Esc back'; echo 0 ;;
        home-question)
            wait_for 'Question sets'; keys Enter; wait_for 'Question 1 of 10'
            keys Tab; wait_for 'Skipped'; keys Enter; wait_for 'Question 2 of 10'; echo 1 ;;
        question) wait_for 'Question 1 of 3'; keys t; keys Enter; wait_for 'Correct answer'
                  keys Enter; wait_for 'Question 2 of 3'; echo 1 ;;
        feedback) wait_for 'Question 1 of 3'; keys t; keys Enter; wait_for 'Correct answer'; echo 1 ;;
        confirm-quit) wait_for 'Question 1 of 3'; keys t; keys Enter; wait_for 'Correct answer'
                      keys Enter; wait_for 'Question 2 of 3'; keys Escape; wait_for 'Leave this quiz?'; echo 1 ;;
        question-help) wait_for 'Question 1 of 3'; keys F1; wait_for 'Any key closes'; echo 0 ;;
        too-small) wait_for 'Question 1 of 3'; keys f; keys Enter; wait_for 'Correct answer'; keys Enter
                   wait_for 'Question 2 of 3'; tm resize-window -t "$current" -x 50 -y 12; wait_for 'too small'; echo 1 ;;
        exam-timer)
            # The timer redraws the screen four times a second, so a signal comes while the UI draws.
            wait_for 'Question 1 of 3'; keys t; keys Enter; wait_for 'Question 2 of 3'; sleep 0.3; echo 1 ;;
        plain) wait_for '[1/3]'; type_line t; wait_for '[2/3]'; echo 1 ;;
        results)
            wait_for 'Question 1 of 3'
            for n in 1 2 3; do keys t; keys Enter; wait_for 'Correct answer'; keys Enter; done
            wait_for 'Result ·'; echo 3 ;;
        *) fail "unknown screen $1" ;;
    esac
}

signal_run() {
    local screen_name=$1 how=$2 data answered code want notice
    data=$tmp/data-$screen_name-$how
    pane "$screen_name-$how"
    case $screen_name in
        startup|home|home-help|statistics|home-question) run_app "" --data-dir "'$data'" ;;
        exam-timer) run_app "" "$quiz_args" --mode exam --time-limit 10m --data-dir "'$data'" ;;
        plain) run_app "" "$quiz_args" --plain --data-dir "'$data'" ;;
        *) run_app "" "$quiz_args" --data-dir "'$data'" ;;
    esac
    answered=$(goto_screen "$screen_name")
    case $how in
        ctrl-c) keys C-c; want=130 ;;
        sigterm) kill -TERM "$(java_pid)"; want=143 ;;
        sigint) kill -INT "$(java_pid)"; want=130 ;;
        sighup) kill -HUP "$(java_pid)"; want=129 ;;
    esac
    code=$(exit_code)
    [[ $code == "$want" ]] || fail "$how on $screen_name: exit code $code, expected $want"
    tm resize-window -t "$current" -x 100 -y 30
    check_restored "$how on $screen_name" "$([[ $screen_name == plain ]] && echo transcript)"
    if ((answered == 0)); then
        # Nothing answered, nothing to keep: no history is even created.
        [[ ! -e $data/history.db ]] || fail "$how on $screen_name: a history was written before any answer"
    else
        echo "$screen_name $how $answered $data" >>"$tmp/checks-$how"
        # Read back while the next run goes on.
        verdicts "$data" >"$data.verdicts" 2>&1 &
    fi
    tm kill-session -t "$current"
    current=
}

# Every screen, stopped one way. The two ways run side by side, in panes of their own: most of a
# run is waiting for the JVM and the screen.
lane() {
    local s
    for s in startup home home-help statistics home-question question feedback confirm-quit question-help \
             too-small exam-timer results plain; do
        signal_run "$s" "$1"
    done
    # SIGINT from kill (not the key) and SIGHUP (the terminal closing) once each, on a question.
    signal_run question "$2"
    wait
}

if part 1; then
lane ctrl-c sigint >"$tmp/lane-ctrl-c.log" 2>&1 &
lane_c=$!
lane sigterm sighup >"$tmp/lane-sigterm.log" 2>&1 &
lane_t=$!
wait "$lane_c" || { cat "$tmp/lane-ctrl-c.log" >&2; exit 1; }
wait "$lane_t" || { cat "$tmp/lane-sigterm.log" >&2; exit 1; }

# The resume question, asked on the terminal before any UI: a killed quiz is waiting in this folder.
for how in ctrl-c sigterm; do
    data=$tmp/data-question-sigterm
    pane "resume-$how"
    run_app "" "$quiz_args" --data-dir "'$data'"
    wait_for 'answered)? [Y/n]'
    if [[ $how == ctrl-c ]]; then keys C-c; want=130; else kill -TERM "$(java_pid)"; want=143; fi
    code=$(exit_code)
    [[ $code == "$want" ]] || fail "$how at the resume question: exit code $code, expected $want"
    check_restored "$how at the resume question"
    tm kill-session -t "$current"
    current=
done

# Answers kept: each run's history holds what was answered before the signal.
while read -r screen_name how answered data; do
    got=$(cat "$data.verdicts")
    count=$(wc -w <<<"$got")
    [[ $count -eq $answered ]] || fail "$how on $screen_name: $answered answers given, $count in the history ($got)"
done < <(cat "$tmp"/checks-*)
notice=$(resume_notice "$tmp/data-question-sigterm")
[[ $notice == "(1 of 3 answered)" ]] || fail "the quiz killed by SIGTERM is not offered for resuming: '$notice'"
notice=$(resume_notice "$tmp/data-question-sighup")
[[ $notice == "(1 of 3 answered)" ]] || fail "the quiz stopped by SIGHUP is not offered for resuming: '$notice'"
notice=$(resume_notice "$tmp/data-question-ctrl-c")
[[ -z $notice ]] || fail "a quiz left with Ctrl-C is offered for resuming: '$notice'"
echo "signals: every screen restored the terminal and kept its answers on Ctrl-C and SIGTERM, a question on SIGINT and SIGHUP too ($((SECONDS - started))s)"
fi

# ---- 2. a resize storm on a question ------------------------------------------------------------

# The reference: a fresh start of the same quiz at each size, run beside the storm's own start.
reference() {
    pane "fresh-$1x$2" "$1" "$2"
    run_app "" "$quiz_args" --data-dir "'$tmp/data-fresh-$1x$2'"
}

# Taken once the whole frame is there (a capture can fall between two writes of one frame): the
# footer is drawn last, and two captures a moment apart must agree.
reference_screen() {
    local i
    current=fresh-$1x$2
    wait_for '? help'
    screen >"$tmp/fresh-$1x$2"
    for ((i = 0; i < 50; i++)); do
        sleep 0.1
        screen | cmp -s - "$tmp/fresh-$1x$2" && break
        screen >"$tmp/fresh-$1x$2"
    done
    keys C-c
    exit_code >/dev/null
    tm kill-session -t "$current"
}

# 20 resizes in under a second through sizes large, small and too small, ending at $1x$2. A busy
# machine can make one round of 20 tmux calls slower than that: then the storm is sent again, and
# after three slow rounds the screen is checked all the same.
storm() {
    local sizes=(120x40 80x24 50x12 140x45 100x30 72x18 90x35 61x16 130x28 60x20) i w h t0 try
    for try in 1 2 3; do
        t0=$(date +%s%N)
        for ((i = 0; i < 19; i++)); do
            IFS=x read -r w h <<<"${sizes[i % ${#sizes[@]}]}"
            tm resize-window -t storm -x "$w" -y "$h"
            sleep 0.02
        done
        tm resize-window -t storm -x "$1" -y "$2"
        storm_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
        (( storm_ms < 1000 )) && return 0
    done
    # A loaded machine cannot send 20 in a second; the screen after these slower ones is still checked.
    echo "signals: note (storm): 20 resizes took ${storm_ms} ms, not under a second: the machine is loaded" >&2
}

# The screen after the storm must become the fresh one, line for line.
same_as_fresh() {
    local i
    for ((i = 0; i < 100; i++)); do
        screen | cmp -s - "$tmp/fresh-$1x$2" && return 0
        sleep 0.05
    done
    echo "--- expected (fresh start at $1x$2)" >&2
    cat "$tmp/fresh-$1x$2" >&2
    fail "after a resize storm ending at $1x$2 the screen is not the one a fresh start draws"
}

if part 2; then
reference 100 30
reference 60 20
pane storm 100 30
run_app "" "$quiz_args" --data-dir "'$tmp/data-storm'"
reference_screen 100 30
reference_screen 60 20
current=storm
wait_for 'Question 1 of 3'
storm 100 30
same_as_fresh 100 30
storm 60 20
same_as_fresh 60 20
keys t Enter
wait_for 'Correct answer'
keys Enter
wait_for 'Question 2 of 3'
keys C-c
[[ $(exit_code) == 130 ]] || fail "the quiz did not leave after the resize storm"
[[ $(wc -w <<<"$(verdicts "$tmp/data-storm")") -eq 1 ]] || fail "the answer given after the storm is not in the history"
tm kill-session -t storm
current=
echo "signals: after 20 resizes in ${storm_ms} ms the screen is a fresh one at 100x30 and 60x20, and the quiz goes on"
fi

# ---- 3. a read-only data folder, a full disk ----------------------------------------------------

# Answers question $1 (of 3), on which the history fails: the UI says so in a box, which must say
# $2 and what to do; then answers the rest and reaches the result.
answer_through_warning() {
    local n=$1 what=$2 q
    keys t Enter
    wait_for 'Any key closes this message'
    screen | tr -d '│' | tr -s ' \n' ' ' | grep -qF -- "$what" || fail "the warning box does not say '$what'"
    screen | grep -qF -- "--data-dir" || fail "the warning box does not say what to do"
    keys Space
    wait_for 'Correct answer'
    for ((q = n + 1; q <= 3; q++)); do
        keys Enter
        wait_for "Question $q of 3"
        keys t Enter
        wait_for 'Correct answer'
    done
    keys Enter
    wait_for 'Result ·'
}

# Leaves the result; the shell must keep one warning, naming the folder and saying $2, and the score.
after_warning() {
    local folder=$1 what=$2 code count joined
    keys q
    code=$(exit_code)
    [[ $code == 0 ]] || fail "the quiz without history ended with $code, not 0"
    check_restored "after the history warning"
    joined=$(tm capture-pane -p -J -t "$current")
    count=$(grep -c 'sourcequiz: warning:' <<<"$joined" || true)
    [[ $count -eq 1 ]] || fail "$count warnings in the shell, expected one"
    grep 'sourcequiz: warning:' <<<"$joined" | grep -qF -- "$what" || fail "the warning in the shell does not say '$what'"
    grep 'sourcequiz: warning:' <<<"$joined" | grep -qF -- "$folder" || fail "the warning in the shell does not name $folder"
    grep -q 'sourcequiz: [0-9.]* of 3 points' <<<"$joined" || fail "no score line after the quiz"
}

# (a) read-only: chmod stops everyone but root, so root runs the quiz as nobody.
read_only_case() {
    local ro=$tmp/read-only prefix= how="chmod 555"
    mkdir "$ro"
    chmod 555 "$ro"
    if [[ $(id -u) == 0 ]]; then
        if ! setpriv --reuid=65534 --regid=65534 --clear-groups test -r "$jar" 2>/dev/null; then
            # The jar is in a folder nobody may not enter (a clone in a `mktemp -d` folder, mode 700):
            # nobody runs a copy, without the class-data archive, which names the jar's own path.
            cp "$jar" "$tmp/nobody.jar"
            chmod 644 "$tmp/nobody.jar"
            jar=$tmp/nobody.jar
            java_cmd=${java_cmd% -XX:SharedArchiveFile=*}
        fi
        [[ $java_cmd != *SharedArchiveFile* ]] || setpriv --reuid=65534 --regid=65534 --clear-groups test -r "$tmp/cds.jsa" \
            || fail "nobody cannot read the class-data archive $tmp/cds.jsa"
        prefix="setpriv --reuid=65534 --regid=65534 --clear-groups"
        how="chmod 555, run as nobody with setpriv since root writes anywhere"
    fi
    pane read-only
    run_app "$prefix" "$quiz_args" --data-dir "'$ro'"
    wait_for 'Question 1 of 3'
    answer_through_warning 1 "is read-only"
    after_warning "$ro" "is read-only"
    [[ -z $(ls -A "$ro") ]] || fail "something was written in the read-only folder: $(ls -A "$ro")"
    tm kill-session -t read-only
    echo "signals: read-only data folder ($how): one warning, the quiz ran to its result"
}

# (b) full disk: a 4 MB tmpfs in a mount namespace of our own, filled up after the first answer.
full_disk_case() {
    local full=$tmp/full ns
    if ! unshare -rm true 2>/dev/null; then
        echo "signals: full disk: not tested here (no user namespaces for a tmpfs of our own); UnwritableHistoryTest covers it in Java"
        return 0
    fi
    mkdir "$full"
    pane full-disk
    run_app "unshare -rm sh -c 'mount -t tmpfs -o size=4m tmpfs \"\$0\" && exec \"\$@\"' '$full'" "$quiz_args" --data-dir "'$full'"
    wait_for 'Question 1 of 3'
    keys t Enter
    wait_for 'Correct answer'
    # SQLite resolves /proc/PID/root to /, so the history is read from inside the quiz's namespaces.
    ns="nsenter --target $(java_pid) --user --mount --preserve-credentials"
    [[ $(wc -w <<<"$($ns bash -c "$(declare -f verdicts); java_cmd='$java_cmd' jar='$jar' verdicts '$full'")") -eq 1 ]] \
        || fail "the first answer is not in the history before the disk filled"
    $ns dd if=/dev/zero of="$full/filler" bs=64k 2>/dev/null || true
    [[ $($ns df --output=avail "$full" | tail -n 1 | tr -d ' ') == 0 ]] || fail "the tmpfs did not fill up"
    keys Enter
    wait_for 'Question 2 of 3'
    answer_through_warning 2 "the disk is full"
    [[ $(wc -w <<<"$($ns bash -c "$(declare -f verdicts); java_cmd='$java_cmd' jar='$jar' verdicts '$full'")") -eq 1 ]] \
        || fail "the answer saved before the disk filled is gone"
    after_warning "$full" "the disk is full"
    tm kill-session -t full-disk
    echo "signals: full disk (a tmpfs in a user and mount namespace, filled mid-quiz): one warning, the quiz ran to its result, the earlier answer kept"
}

if part 3; then
    # nobody must reach the jar's copy of the archive and the folders under $tmp.
    [[ $(id -u) != 0 ]] || chmod 755 "$tmp"
    read_only_case >"$tmp/read-only.log" 2>&1 &
    ro_job=$!
    full_disk_case >"$tmp/full-disk.log" 2>&1 &
    full_job=$!
    wait "$ro_job" || { cat "$tmp/read-only.log" >&2; exit 1; }
    wait "$full_job" || { cat "$tmp/full-disk.log" >&2; exit 1; }
    cat "$tmp/read-only.log" "$tmp/full-disk.log"
fi

echo "signals: ok ($((SECONDS - started))s)"
