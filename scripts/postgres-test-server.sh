#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, on loopback, in a temporary folder.
#
#   url=$(scripts/postgres-test-server.sh start)   # prints postgres://USER@127.0.0.1:PORT/newskb_test
#   scripts/postgres-test-server.sh stop           # stops it and removes its folder
#
# Installs Debian's `postgresql` when no server binaries are found. PostgreSQL refuses to run
# as root, so as root the cluster belongs to the `postgres` user (created by the package) and
# every server command runs through runuser. The state file (folder, port) is
# ${NEWSKB_PG_STATE:-/tmp/newskb-postgres-test.state}. Only the URL goes to standard output.
set -euo pipefail

state=${NEWSKB_PG_STATE:-/tmp/newskb-postgres-test.state}

log() { echo "postgres-test-server: $*" >&2; }

# The newest installed server's bin folder (Debian keeps them under /usr/lib/postgresql/N/bin).
server_bin() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$found" ] && [ -x "$found/initdb" ]; then echo "$found"; return; fi
    command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)"
}

# Runs a server command as the cluster's owner.
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
    local bin
    bin=$(server_bin || true)
    if [ -z "$bin" ]; then
        log "installing postgresql"
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
        bin=$(server_bin)
    fi
    [ -f "$state" ] && stop
    local folder port user
    folder=$(mktemp -d /tmp/newskb-pg.XXXXXX)
    chmod 755 "$folder"
    user=$(id -un)
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
        chown postgres "$folder"
        user=postgres
    fi
    # A free port from the kernel, so several servers (and several helpers) never collide.
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    echo "$folder $port" > "$state"
    as_owner "$bin/initdb" -D "$folder/data" -U "$user" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
        || { cat "$folder/initdb.log" >&2; exit 1; }
    # Tests want speed, not durability: nothing here outlives the run.
    as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >&2 || { cat "$folder/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$user" newskb_test
    log "running in $folder on 127.0.0.1:$port"
    echo "postgres://$user@127.0.0.1:$port/newskb_test"
}

stop() {
    [ -f "$state" ] || return 0
    local folder port bin
    read -r folder port < "$state"
    bin=$(server_bin || true)
    if [ -n "$bin" ] && [ -d "$folder/data" ]; then
        as_owner "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >&2 || true
    fi
    rm -rf "$folder" "$state"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|stop" >&2; exit 64 ;;
esac
