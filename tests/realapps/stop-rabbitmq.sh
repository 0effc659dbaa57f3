#!/bin/bash
# stop-rabbitmq.sh [--kill] DIR: stops the instance start-rabbitmq.sh started in DIR, cleanly
# (rabbitmqctl stop), else by its own pid (SIGTERM, then SIGKILL); --kill sends SIGKILL at once.
set -u
alive() { [ -n "$1" ] && [ -r "/proc/$1/stat" ] && [ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" != Z ]; }
KILL=0
[ "${1:-}" = --kill ] && { KILL=1; shift; }
[ $# -eq 1 ] && [ -f "$1/instance.env" ] || { echo "usage: $0 [--kill] DIR (an instance folder)" >&2; exit 1; }
# shellcheck disable=SC1091
. "$1/instance.env"
# RabbitMQ's node name is in the VM's environment, not on its command line.
ours() { alive "$1" && tr '\0' '\n' < "/proc/$1/environ" 2>/dev/null | grep -qx -- "RABBITMQ_NODENAME=$RMQ_NODE"; }
ours "$RMQ_PID" || exit 0
if [ "$KILL" = 0 ]; then
    timeout 60 "$RMQ_CTL" stop >/dev/null 2>&1
    for _ in $(seq 1 100); do ours "$RMQ_PID" || exit 0; sleep 0.1; done
    kill -TERM "$RMQ_PID"
    for _ in $(seq 1 100); do ours "$RMQ_PID" || exit 0; sleep 0.1; done
fi
kill -KILL "$RMQ_PID"
for _ in $(seq 1 50); do ours "$RMQ_PID" || exit 0; sleep 0.1; done
exit 2
