#!/bin/bash
# start-ejabberd.sh DIR
#
# Start a private, throw-away ejabberd 23.01 (Debian package) instance for tests,
# fully separate from the system instance:
#   * own long node name   t_ejd_<random>@127.0.0.1 (-name), dist bound to 127.0.0.1
#   * own random cookie    DIR/home/.erlang.cookie (mode 400; HOME=DIR/home, so the
#                          cookie never appears on any command line)
#   * own config           DIR/etc/{ejabberd.yml,ejabberdctl.cfg,inetrc}
#   * own Mnesia spool     DIR/spool      own logs  DIR/logs    pid file DIR/run/ejabberd.pid
#   * one listener only    ejabberd_c2s on 127.0.0.1:<free port>, no TLS
# No systemd. Runs the VM as user "ejabberd" (via su when called as root), using the
# packaged /usr/sbin/ejabberdctl with --config-dir DIR/etc.
#
# Optional environment:
#   EJR_NODE=name@127.0.0.1   node name           (default t_ejd_<random>@127.0.0.1)
#   EJR_C2S_PORT=N            c2s port            (default: a free port in 20000-32767)
#   EJR_HOSTS="a b"           XMPP vhosts         (default "localhost")
#   EJR_LOGLEVEL=info         ejabberd loglevel   (none|emergency|...|info|debug)
#   EJR_TIMEOUT=60            seconds to wait for "started"
#   EJR_DIST_PORT=N           fixed distribution port and NO epmd registration
#                             (peers then need -erl_epmd_port N / must know the port)
#   EJR_CONFIG_TEMPLATE=file  use this ejabberd.yml instead; @C2S_PORT@ and @HOSTS_YAML@
#                             are substituted
#
# Output on success (stdout, shell-sourceable; same content in DIR/instance.env):
#   EJR_NODE=... EJR_COOKIE_FILE=... EJR_PID=... EJR_C2S_PORT=... EJR_HOME=... ...
# Exit status: 0 ready; 1 usage/precondition error; 2 start failed; 3 timeout.

set -u
umask 077

# alive PID: exists and is not a zombie (PID 1 in containers may reap late)
alive() { [ -n "$1" ] && [ -r "/proc/$1/stat" ] && [ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" != Z ]; }
die() { local rc=$1; shift; echo "start-ejabberd: ERROR: $*" >&2; exit "$rc"; }
note() { echo "start-ejabberd: $*" >&2; }

[ $# -eq 1 ] || die 1 "usage: $0 DIR   (DIR is created; must be empty or a stopped instance dir)"
CTL_BIN=/usr/sbin/ejabberdctl
[ -x "$CTL_BIN" ] || die 1 "$CTL_BIN not found (is the ejabberd package installed?)"
RUN_USER=ejabberd
getent passwd "$RUN_USER" >/dev/null || die 1 "system user '$RUN_USER' does not exist"
case "$(id -un)" in
    root) AS_USER=(su -s /bin/sh "$RUN_USER" -c) ;;
    "$RUN_USER") AS_USER=(sh -c) ;;
    *) die 1 "must run as root or as '$RUN_USER' (the packaged ejabberdctl refuses other users)" ;;
esac

mkdir -p -- "$1" || die 1 "cannot create $1"
DIR=$(cd -- "$1" && pwd -P) || die 1 "cannot access $1"
# ejabberdctl word-splits its paths (and passes -mnesia dir "\"$SPOOL_DIR\""): keep them simple.
[[ "$DIR" =~ ^/[A-Za-z0-9._/-]+$ ]] || die 1 "DIR '$DIR' may only contain [A-Za-z0-9._/-]"
"${AS_USER[@]}" "test -x '$(dirname "$DIR")'" 2>/dev/null \
    || die 1 "user $RUN_USER cannot traverse $(dirname "$DIR"); choose a DIR whose parents are world-executable"

ENVF=$DIR/instance.env
if [ -f "$ENVF" ]; then
    # Re-use a previous (stopped) instance: same node name, cookie, ports, data.
    # shellcheck disable=SC1090
    . "$ENVF"
    if alive "${EJR_PID:-}" \
        && tr '\0' ' ' < "/proc/$EJR_PID/cmdline" 2>/dev/null | grep -q -- "-name $EJR_NODE "; then
        die 1 "instance in $DIR is already running (node $EJR_NODE, pid $EJR_PID)"
    fi
    NODE=$EJR_NODE C2S_PORT=$EJR_C2S_PORT
    REUSE=1
else
    [ -z "$(ls -A "$DIR")" ] || die 1 "$DIR is not empty and holds no instance.env"
    REUSE=0
    rnd=$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')
    NODE=${EJR_NODE:-t_ejd_${rnd}@127.0.0.1}
    [[ "$NODE" =~ ^[A-Za-z0-9_-]+@[A-Za-z0-9._-]+$ ]] || die 1 "bad node name '$NODE'"
    [[ "${NODE#*@}" == *.* ]] || die 1 "node host part must contain a dot (long name), e.g. @127.0.0.1"
    port_free() { [ -z "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]; }
    if [ -n "${EJR_C2S_PORT:-}" ]; then
        C2S_PORT=$EJR_C2S_PORT
        port_free "$C2S_PORT" || die 1 "port $C2S_PORT is already in use"
    else
        # 20000-32767: below Linux' ephemeral range, so it does not collide with
        # the randomly chosen Erlang distribution port of this or another node.
        C2S_PORT=
        for _ in $(seq 1 50); do
            p=$(( 20000 + $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 12768 ))
            if port_free "$p"; then C2S_PORT=$p; break; fi
        done
        [ -n "$C2S_PORT" ] || die 1 "could not find a free TCP port"
    fi
fi
if [ -n "${EJR_DIST_PORT:-}" ] && [ "$REUSE" = 0 ]; then
    [ -z "$(ss -Hltn "sport = :$EJR_DIST_PORT")" ] || die 1 "dist port $EJR_DIST_PORT in use"
fi
DIST_PORT=${EJR_DIST_PORT:-${EJR_DIST_PORT_SAVED:-}}

mkdir -p "$DIR"/{etc,spool,logs,home,run} || die 1 "cannot create subdirectories in $DIR"
COOKIE=$DIR/home/.erlang.cookie
if [ ! -s "$COOKIE" ]; then
    od -An -N24 -tx1 /dev/urandom | tr -d ' \n' | tr 'a-f' 'A-F' > "$COOKIE.tmp" \
        && mv "$COOKIE.tmp" "$COOKIE" || die 1 "cannot write cookie"
fi

HOSTS=${EJR_HOSTS:-localhost}
HOSTS_YAML=$(for h in $HOSTS; do printf '  - "%s"\n' "$h"; done)
LOGLEVEL=${EJR_LOGLEVEL:-info}
if [ "$REUSE" = 0 ] || [ ! -f "$DIR/etc/ejabberd.yml" ]; then
    if [ -n "${EJR_CONFIG_TEMPLATE:-}" ]; then
        [ -r "$EJR_CONFIG_TEMPLATE" ] || die 1 "cannot read $EJR_CONFIG_TEMPLATE"
        awk -v port="$C2S_PORT" -v hosts="$HOSTS_YAML" \
            '{gsub(/@C2S_PORT@/, port); gsub(/@HOSTS_YAML@/, hosts); print}' \
            "$EJR_CONFIG_TEMPLATE" > "$DIR/etc/ejabberd.yml"
    else
        cat > "$DIR/etc/ejabberd.yml" <<EOF
# generated by start-ejabberd.sh -- private test instance
hosts:
$HOSTS_YAML
loglevel: $LOGLEVEL
log_rotate_count: 0
# no ACME client, no certificates, no TLS: plain c2s on loopback only
acme:
  auto: false
listen:
  -
    port: $C2S_PORT
    ip: "127.0.0.1"
    module: ejabberd_c2s
    starttls: false
    max_stanza_size: 262144
    access: c2s
default_db: mnesia
auth_method: internal
auth_password_format: plain
acl:
  local:
    user_regexp: ""
  loopback:
    ip:
      - 127.0.0.0/8
access_rules:
  local:
    allow: local
  c2s:
    allow: all
api_permissions:
  "console commands":
    from:
      - ejabberd_ctl
    who: all
    what: "*"
modules:
  mod_admin_extra: {}
  mod_disco: {}
  mod_last: {}
  mod_ping: {}
  mod_roster: {}
EOF
    fi
fi
cp /etc/ejabberd/inetrc "$DIR/etc/inetrc" 2>/dev/null \
    || printf '{lookup,["file","native"]}.\n{host,{127,0,0,1}, ["localhost"]}.\n' > "$DIR/etc/inetrc"

# ejabberdctl.cfg is *sourced* by ejabberdctl and replaces /etc/ejabberd/ejabberdctl.cfg
# (= /etc/default/ejabberd, which would otherwise force the system config path and the
# system pid file /run/ejabberd/ejabberd.pid).
{
    echo "ERLANG_NODE=$NODE"
    echo "EJABBERD_CONFIG_PATH=$DIR/etc/ejabberd.yml"
    echo "SPOOL_DIR=$DIR/spool"
    echo "LOGS_DIR=$DIR/logs"
    echo "EJABBERD_PID_PATH=$DIR/run/ejabberd.pid"
    echo "CONTRIB_MODULES_PATH=$DIR/home/.ejabberd-modules"
    echo "CONTRIB_MODULES_CONF_DIR=$DIR/etc/modules.d"
    # bind distribution to loopback; cheaper than INET_DIST_INTERFACE, which makes
    # ejabberdctl spawn an extra erl on every single invocation to parse the address
    echo 'ERL_OPTIONS="-env ERL_CRASH_DUMP_BYTES 0 -kernel inet_dist_use_interface {127,0,0,1}"'
    [ -n "$DIST_PORT" ] && echo "ERL_DIST_PORT=$DIST_PORT"
    echo "EJABBERD_BYPASS_WARNINGS=true"
} > "$DIR/etc/ejabberdctl.cfg"

# Helper for tests: DIR/ejabberdctl <command...> talks to this instance.
cat > "$DIR/ejabberdctl" <<EOF
#!/bin/sh
# ejabberdctl bound to the private instance in $DIR
if [ "\$(id -un)" = root ]; then
    exec su -s /bin/sh $RUN_USER -c 'H=\$0; C=\$1; shift; HOME=\$H; export HOME; exec $CTL_BIN --config-dir "\$C" "\$@"' \\
        "$DIR/home" "$DIR/etc" "\$@"
fi
HOME="$DIR/home" exec $CTL_BIN --config-dir "$DIR/etc" "\$@"
EOF
chmod 755 "$DIR/ejabberdctl"

chown -R "$RUN_USER:$RUN_USER" "$DIR" || die 1 "chown $DIR failed"
chmod 700 "$DIR" "$DIR/home"
chmod 400 "$COOKIE"
chmod 755 "$DIR/ejabberdctl"
rm -f "$DIR/run/ejabberd.pid"

ctl() { "$DIR/ejabberdctl" "$@"; }
LOG=$DIR/logs/ejabberd.log
LOG_LINES0=0; [ -f "$LOG" ] && LOG_LINES0=$(wc -l < "$LOG")

find_pid() {
    local p
    p=$(cat "$DIR/run/ejabberd.pid" 2>/dev/null)
    if [ -z "$p" ]; then
        # the node name is unique (random), so this cannot match a foreign VM
        p=$(pgrep -u "$RUN_USER" -f -- "beam.* -name $NODE( |\$)" | head -1)
    fi
    echo "$p"
}
fail() {
    local rc=$1; shift
    echo "start-ejabberd: ERROR: $*" >&2
    if [ -f "$LOG" ]; then
        echo "---- last lines of $LOG ----" >&2
        tail -n +$((LOG_LINES0 + 1)) "$LOG" | tail -20 >&2
    fi
    [ -s "$DIR/logs/error.log" ] && { echo "---- $DIR/logs/error.log ----" >&2; tail -20 "$DIR/logs/error.log" >&2; }
    ls "$DIR"/logs/erl_crash_*.dump >/dev/null 2>&1 && echo "crash dump(s): $(ls "$DIR"/logs/erl_crash_*.dump)" >&2
    local p; p=$(find_pid)
    if alive "$p"; then
        echo "start-ejabberd: killing the half-started VM, pid $p" >&2
        kill "$p" 2>/dev/null; sleep 2; kill -9 "$p" 2>/dev/null
    fi
    exit "$rc"
}

T0=$(date +%s%N)
ms() { echo $(( ($(date +%s%N) - T0) / 1000000 )); }

out=$(cd /tmp && ctl start 2>&1) || fail 2 "ejabberdctl start failed: $out"
[ -n "$out" ] && note "ejabberdctl start said: $out"

TIMEOUT=${EJR_TIMEOUT:-60}
deadline=$(( $(date +%s) + TIMEOUT ))
PID= started=0
while [ "$(date +%s)" -lt "$deadline" ]; do
    [ -z "$PID" ] && PID=$(find_pid)
    if tail -n +$((LOG_LINES0 + 1)) "$LOG" 2>/dev/null | grep -q "is started in the node '$NODE'"; then
        started=1; break
    fi
    if [ -n "$PID" ] && ! alive "$PID"; then
        fail 2 "the VM (pid $PID) exited during startup"
    fi
    if [ -z "$PID" ] && [ "$(ms)" -gt 5000 ]; then
        fail 2 "no VM process for node $NODE after 5 s"
    fi
    sleep 0.1
done
[ "$started" = 1 ] || fail 3 "timeout (${TIMEOUT}s) waiting for ejabberd to start"
T_LOG=$(ms)
st=$(ctl status 2>&1); rc=$?
[ "$rc" = 0 ] || fail 2 "ejabberdctl status returned $rc: $st"
T_STATUS=$(ms)
# listener is started right after the "is started" line; wait until it accepts
for _ in $(seq 1 50); do
    ss -Hltnp "sport = :$C2S_PORT" 2>/dev/null | grep -q "pid=$PID," && break
    sleep 0.1
done
ss -Hltnp "sport = :$C2S_PORT" 2>/dev/null | grep -q "pid=$PID," \
    || fail 2 "c2s port $C2S_PORT is not listening in pid $PID"
T_READY=$(ms)
PID=$(find_pid)

{
    echo "EJR_DIR=$DIR"
    echo "EJR_NODE=$NODE"
    echo "EJR_COOKIE_FILE=$COOKIE"
    echo "EJR_HOME=$DIR/home"
    echo "EJR_PID=$PID"
    echo "EJR_C2S_PORT=$C2S_PORT"
    echo "EJR_DIST_PORT_SAVED=$DIST_PORT"
    echo "EJR_CTL=$DIR/ejabberdctl"
    echo "EJR_LOG=$LOG"
    echo "EJR_SPOOL=$DIR/spool"
    echo "EJR_CONFIG=$DIR/etc/ejabberd.yml"
    echo "EJR_START_MS=$T_READY"
} > "$ENVF"
chown "$RUN_USER:$RUN_USER" "$ENVF"; chmod 644 "$ENVF"
cat "$ENVF"
note "ready in ${T_READY} ms (log 'started' at ${T_LOG} ms, status ok at ${T_STATUS} ms)"
note "probe: HOME=$DIR/home erl -name probe@127.0.0.1 -hidden   # reads the cookie file"
exit 0
