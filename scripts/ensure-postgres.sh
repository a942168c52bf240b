#!/usr/bin/env bash
# Makes PostgreSQL's server programs (initdb, pg_ctl, postgres) available for the tests: installs Debian's
# postgresql package when they are missing, then prints the folder that holds them.
set -euo pipefail
find_bin() {
  for d in /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}
if ! find_bin >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "ensure-postgres: PostgreSQL is not installed; run as root, or: apt-get install -y postgresql" >&2
    exit 1
  fi
  echo "ensure-postgres: installing Debian's postgresql package" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q postgresql >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q postgresql >/dev/null; }
fi
find_bin
