#!/usr/bin/env bash
# Installs the Debian packages the tests run, when any is missing. Idempotent.
set -euo pipefail
need=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx)
[ -f /usr/lib/nginx/modules/ngx_stream_module.so ] || need+=(libnginx-mod-stream)
command -v nutcracker >/dev/null 2>&1 || [ -x /usr/sbin/nutcracker ] || need+=(nutcracker)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v curl >/dev/null 2>&1 || need+=(curl)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v socat >/dev/null 2>&1 || need+=(socat)
command -v busybox >/dev/null 2>&1 || need+=(busybox)
command -v unshare >/dev/null 2>&1 || need+=(util-linux)
[ -x /usr/bin/prometheus-redis-exporter ] || need+=(prometheus-redis-exporter)
[ -x /usr/bin/prometheus-mysqld-exporter ] || need+=(prometheus-mysqld-exporter)
# MariaDB: the mysqld-exporter test scrapes a throwaway server in a temporary data directory.
[ -x /usr/sbin/mariadbd ] || need+=(mariadb-server)
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || need+=(haproxy)
command -v varnishd >/dev/null 2>&1 || [ -x /usr/sbin/varnishd ] || need+=(varnish)
# varnishd compiles each VCL to C and builds it with the C compiler (varnish depends on gcc).
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${need[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# The packages start system services on install; tests start their own on loopback.
# Without systemd (a container), the packages' init scripts may have started them: stop those too.
for svc in nginx redis-server nutcracker prometheus-redis-exporter prometheus-mysqld-exporter mariadb haproxy varnish varnishncsa; do
  if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet "$svc" 2>/dev/null; then
    systemctl stop "$svc" || true
  elif [ -x "/etc/init.d/$svc" ] && "/etc/init.d/$svc" status >/dev/null 2>&1; then
    "/etc/init.d/$svc" stop >/dev/null 2>&1 || true
  fi
done
pkill -x nginx 2>/dev/null || true
if ! command -v kubectl >/dev/null 2>&1; then
  echo "kubectl is missing: install it (https://kubernetes.io/docs/tasks/tools/); the Kustomize tests need it." >&2
fi
exit 0
