#!/usr/bin/env bash
# Makes the Secrets the OpenSearchCluster of ../opensearch.yaml and query-service need, in namespace $1
# (default newslens), from two passwords you choose:
#   OPENSEARCH_ADMIN_PASSWORD  the operator's admin user (Secret newslens-search-admin)
#   OPENSEARCH_QUERY_PASSWORD  query-service's user newslens-query (Secret newslens-search-query)
# and the security plugin's configuration with both users' bcrypt hashes (Secret
# newslens-search-security-config). Needs kubectl and htpasswd (Debian: apache2-utils).
# DRY_RUN=1 prints the Secrets instead of applying them (one YAML stream, documents separated by ---).
set -euo pipefail
namespace="${1:-newslens}"
here="$(cd "$(dirname "$0")" && pwd)"
: "${OPENSEARCH_ADMIN_PASSWORD:?set OPENSEARCH_ADMIN_PASSWORD}"
: "${OPENSEARCH_QUERY_PASSWORD:?set OPENSEARCH_QUERY_PASSWORD}"

hash() { htpasswd -nbBC 12 "" "$1" | tr -d ':\n'; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here"/*.yml "$work"/
cat > "$work/internal_users.yml" <<USERS
_meta:
  type: "internalusers"
  config_version: 2
admin:
  hash: "$(hash "$OPENSEARCH_ADMIN_PASSWORD")"
  reserved: true
  backend_roles:
    - "admin"
newslens-query:
  hash: "$(hash "$OPENSEARCH_QUERY_PASSWORD")"
  reserved: false
USERS

apply() { if [ "${DRY_RUN:-0}" = 1 ]; then echo ---; cat; else kubectl apply -f -; fi; }
secret() { kubectl create secret generic "$@" --namespace "$namespace" --dry-run=client -o yaml | apply; }
secret newslens-search-admin --from-literal=username=admin --from-literal=password="$OPENSEARCH_ADMIN_PASSWORD"
secret newslens-search-query --from-literal=username=newslens-query --from-literal=password="$OPENSEARCH_QUERY_PASSWORD"
secret newslens-search-security-config $(for f in "$work"/*.yml; do printf -- '--from-file=%s ' "$f"; done)
