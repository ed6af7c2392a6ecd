#!/usr/bin/env bash
# Builds the archive on a host that has Node.js but may lack .NET (Netlify's build image, a bare CI runner).
# Installs the .NET 10 SDK with Microsoft's dotnet-install script when `dotnet` is missing, the npm
# packages from package-lock.json, then runs `archive-site build`.
#   CONTENT   the notes folder (default: content)
#   BASE_URL  where this build is published; on Netlify, deploy previews and branch deploys use their own
#             URL ($DEPLOY_PRIME_URL) and production uses base_url from archive.yml
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null || ! dotnet --list-sdks | grep -q '^10\.'; then
  curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH"
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

npm ci --no-audit --no-fund

# Netlify keeps /opt/build/cache between builds (NETLIFY_BUILD_CACHE overrides where). Deploy previews and branch
# deploys keep the build cache there: compiled templates, parsed notes, page fingerprints, a copy of the last site.
# A production build does not read it. A deploy preview runs the pull request's own copy of this script, and
# Netlify has been seen to hand state from preview builds to the production build after them; what production read
# there would then be a pull request's to plant (the compiled templates are code it runs; the parsed notes and the
# kept site are what it publishes). So production builds from the notes alone (a few seconds more).
cache_args=()
netlify_cache="${NETLIFY_BUILD_CACHE:-/opt/build/cache}"
if [ "${NETLIFY:-}" = "true" ] && [ -d "$netlify_cache" ]; then
  if [ "${CONTEXT:-production}" = "production" ]; then
    cache_args=(--no-cache)
  elif [ -z "${ARCHIVE_SITE_CACHE:-}" ]; then
    export ARCHIVE_SITE_CACHE="$netlify_cache/archive-site"
  fi
fi

base_url="${BASE_URL:-}"
if [ -z "$base_url" ] && [ "${CONTEXT:-production}" != "production" ] && [ -n "${DEPLOY_PRIME_URL:-}" ]; then
  base_url="$DEPLOY_PRIME_URL/"
fi
dotnet run -c Release --project src/ArchiveSite.Cli -- build --content "${CONTENT:-content}" --out _site ${base_url:+--base-url "$base_url"} ${cache_args[@]+"${cache_args[@]}"}
