#!/bin/sh
# Runs one Kabinet service by name.
set -e
case "$1" in
  gateway) exec node /app/gateway/dist/main.js ;;
  identity|accounts|billing|catalog|support) exec node "/app/subgraphs/$1/dist/index.js" ;;
  *) echo "usage: kabinet gateway|identity|accounts|billing|catalog|support" >&2; exit 64 ;;
esac
