#!/usr/bin/env bash
# Everything the tests need besides Python packages: Debian's chromium, PostgreSQL and Redis running.
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing Debian's chromium for the browser tests"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null
fi

# The CJK font embedded in signed commitment letters (COMMITMENTS_FONT), and poppler's pdfsig, the
# standard tool the tests check those letters' signatures with.
if [ ! -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || ! command -v pdfsig >/dev/null; then
  echo "setup: installing fonts-wqy-microhei and poppler-utils for the commitment PDFs"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq fonts-wqy-microhei poppler-utils >/dev/null
fi
if ! command -v ffmpeg >/dev/null; then
  echo "setup: installing Debian's ffmpeg (WeChat voice notes converted for the browser)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends ffmpeg >/dev/null
fi

if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  echo "setup: starting PostgreSQL"
  if [ -d /etc/postgresql ]; then
    as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start
  else
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
    as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start
  fi
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi

if ! (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null; then
  echo "setup: starting Redis"
  command -v redis-server >/dev/null || DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq redis-server >/dev/null
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
  for _ in $(seq 1 30); do (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null && break; sleep 0.5; done
fi
