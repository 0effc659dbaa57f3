#!/bin/bash
# start-rabbitmq.sh DIR
#
# Starts a private RabbitMQ (Debian's rabbitmq-server) for tests, apart from any system instance:
#   * its own long node name  t_rmq_<random>@127.0.0.1
#   * its own random cookie   DIR/home/.erlang.cookie (mode 400, HOME=DIR/home: never on a command line)
#   * its own ports           AMQP and distribution on free ports of 127.0.0.1
#   * its own data and logs   DIR/mnesia, DIR/log; no plugins enabled; its own (empty) configuration
# and waits until it runs. DIR/rabbitmqctl talks to this instance. Prints shell-sourceable facts (also in
# DIR/instance.env): RMQ_NODE, RMQ_COOKIE_FILE, RMQ_PID, RMQ_AMQP_PORT, RMQ_CTL, RMQ_LOG.
# Exit status: 0 ready; 1 usage or set-up error; 2 the node did not start; 3 timeout.
set -u
umask 077

die() { local rc=$1; shift; echo "start-rabbitmq: ERROR: $*" >&2; exit "$rc"; }
alive() { [ -n "$1" ] && [ -r "/proc/$1/stat" ] && [ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" != Z ]; }
port_free() { [ -z "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]; }
free_port() { # below Linux's ephemeral range, so no node's random port takes it meanwhile
    local p
    for _ in $(seq 1 50); do
        p=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 12768 ))
        port_free "$p" && [ "$p" != "${1:-}" ] && { echo "$p"; return 0; }
    done
    return 1
}

[ $# -eq 1 ] || die 1 "usage: $0 DIR"
SBIN=/usr/lib/rabbitmq/bin
[ -x "$SBIN/rabbitmq-server" ] || die 1 "$SBIN/rabbitmq-server not found (is rabbitmq-server installed?)"
mkdir -p -- "$1" || die 1 "cannot create $1"
DIR=$(cd -- "$1" && pwd -P) || die 1 "cannot access $1"
[ -z "$(ls -A "$DIR")" ] || die 1 "$DIR is not empty"
mkdir -p "$DIR"/{home,mnesia,log,run} || die 1 "cannot create folders in $DIR"

NODE=t_rmq_$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')@127.0.0.1
AMQP_PORT=$(free_port) || die 1 "no free port"
DIST_PORT=$(free_port "$AMQP_PORT") || die 1 "no free port"
COOKIE=$DIR/home/.erlang.cookie
od -An -N24 -tx1 /dev/urandom | tr -d ' \n' | tr 'a-f' 'A-F' > "$COOKIE" && chmod 400 "$COOKIE" || die 1 "cannot write the cookie"
echo "[]." > "$DIR/enabled_plugins"
: > "$DIR/rabbitmq.conf"
: > "$DIR/rabbitmq-env.conf"

cat > "$DIR/env.sh" <<ENV
export HOME=$DIR/home
export RABBITMQ_NODENAME=$NODE
export RABBITMQ_USE_LONGNAME=true
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT=$AMQP_PORT
export RABBITMQ_DIST_PORT=$DIST_PORT
export RABBITMQ_MNESIA_BASE=$DIR/mnesia
export RABBITMQ_LOG_BASE=$DIR/log
export RABBITMQ_CONFIG_FILE=$DIR/rabbitmq.conf
export RABBITMQ_ENABLED_PLUGINS_FILE=$DIR/enabled_plugins
export RABBITMQ_CONF_ENV_FILE=$DIR/rabbitmq-env.conf
export RABBITMQ_PID_FILE=$DIR/run/rabbitmq.pid
export RABBITMQ_PLUGINS_EXPAND_DIR=$DIR/plugins-expand
export ERL_CRASH_DUMP=$DIR/log/erl_crash.dump
ENV
for tool in rabbitmqctl rabbitmq-diagnostics; do
    cat > "$DIR/$tool" <<CTL
#!/bin/sh
# $tool bound to the private instance in $DIR
. "$DIR/env.sh"
exec $SBIN/$tool "\$@"
CTL
    chmod 700 "$DIR/$tool"
done

# shellcheck disable=SC1091
. "$DIR/env.sh"
(cd "$DIR" && "$SBIN/rabbitmq-server" -detached) || die 2 "rabbitmq-server -detached failed"
TIMEOUT=${RMQ_TIMEOUT:-90}
if ! out=$("$DIR/rabbitmqctl" wait "$DIR/run/rabbitmq.pid" --timeout "$TIMEOUT" 2>&1); then
    echo "$out" | tail -5 >&2
    tail -20 "$DIR/log/$NODE.log" >&2 2>/dev/null
    PID=$(cat "$DIR/run/rabbitmq.pid" 2>/dev/null)
    alive "$PID" && kill -9 "$PID"
    die 3 "RabbitMQ did not start within $TIMEOUT s"
fi
PID=$(cat "$DIR/run/rabbitmq.pid")
alive "$PID" || die 2 "RabbitMQ exited during its start"
{
    echo "RMQ_DIR=$DIR"
    echo "RMQ_NODE=$NODE"
    echo "RMQ_COOKIE_FILE=$COOKIE"
    echo "RMQ_PID=$PID"
    echo "RMQ_AMQP_PORT=$AMQP_PORT"
    echo "RMQ_CTL=$DIR/rabbitmqctl"
    echo "RMQ_LOG=$DIR/log/$NODE.log"
} > "$DIR/instance.env"
cat "$DIR/instance.env"
