#!/bin/bash
# stop-ejabberd.sh [--kill] [--purge] DIR
#
# Stop a private ejabberd instance started by start-ejabberd.sh DIR.
#   default : "ejabberdctl stop" (clean: stops listeners, ejabberd app, Mnesia, VM),
#             wait up to EJR_STOP_TIMEOUT (default 20) s for the OS process to exit,
#             then SIGTERM, then SIGKILL -- always only the pid recorded for this
#             instance, and only after checking its command line carries our node name.
#   --kill  : skip the clean stop, SIGKILL the VM right away.
#   --purge : remove DIR afterwards.
# Never uses "ejabberdctl stopped": that command runs "epmd -kill" when no names are
# left registered, i.e. it can kill an epmd shared with other nodes.
# Exit status: 0 stopped (or was not running); 1 usage error; 2 could not stop.

set -u
# alive PID: exists and is not a zombie (PID 1 in containers may reap late)
alive() { [ -n "$1" ] && [ -r "/proc/$1/stat" ] && [ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" != Z ]; }
die() { local rc=$1; shift; echo "stop-ejabberd: ERROR: $*" >&2; exit "$rc"; }
note() { echo "stop-ejabberd: $*" >&2; }

KILL=0 PURGE=0
while [ $# -gt 0 ]; do
    case $1 in
        --kill) KILL=1; shift ;;
        --purge) PURGE=1; shift ;;
        -*) die 1 "unknown option $1" ;;
        *) break ;;
    esac
done
[ $# -eq 1 ] || die 1 "usage: $0 [--kill] [--purge] DIR"
DIR=$(cd -- "$1" 2>/dev/null && pwd -P) || die 1 "no such directory: $1"
ENVF=$DIR/instance.env
[ -f "$ENVF" ] || die 1 "$ENVF not found (not an instance dir?)"
# shellcheck disable=SC1090
. "$ENVF"

ours() {   # is $1 alive and really the VM of this instance?
    alive "$1" \
        && tr '\0' ' ' < "/proc/$1/cmdline" 2>/dev/null | grep -q -- "-name $EJR_NODE "
}
PID=$(cat "$DIR/run/ejabberd.pid" 2>/dev/null)
ours "$PID" || PID=$EJR_PID
if ! ours "$PID"; then
    PID=$(pgrep -u ejabberd -f -- "beam.* -name $EJR_NODE( |\$)" | head -1)
fi

T0=$(date +%s%N)
ms() { echo $(( ($(date +%s%N) - T0) / 1000000 )); }
if ! ours "$PID"; then
    note "node $EJR_NODE is not running"
else
    if [ "$KILL" = 0 ]; then
        out=$(cd /tmp && timeout 30 "$DIR/ejabberdctl" stop 2>&1); rc=$?
        [ "$rc" = 0 ] || note "ejabberdctl stop returned $rc: $(echo "$out" | head -3)"
        deadline=$(( $(date +%s) + ${EJR_STOP_TIMEOUT:-20} ))
        while ours "$PID" && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.1; done
        if ours "$PID"; then
            note "pid $PID still alive after clean stop; sending SIGTERM"
            kill -TERM "$PID"
            for _ in $(seq 1 50); do ours "$PID" || break; sleep 0.1; done
        fi
    fi
    if ours "$PID"; then
        note "sending SIGKILL to pid $PID"
        kill -KILL "$PID"
        for _ in $(seq 1 50); do ours "$PID" || break; sleep 0.1; done
    fi
    ours "$PID" && die 2 "could not stop pid $PID"
    note "stopped node $EJR_NODE (pid $PID) in $(ms) ms"
fi
# erl_child_setup of the VM exits with it; nothing else (epmd is shared) is ours to stop.
rm -f "$DIR/run/ejabberd.pid"
if [ "$PURGE" = 1 ]; then
    rm -rf -- "$DIR" && note "removed $DIR"
fi
exit 0
