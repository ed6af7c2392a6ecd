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

# On Netlify every build is made without the build cache (--no-cache): compiled templates, parsed notes and the
# kept site would live in /opt/build/cache, which Netlify keeps between builds, and every deploy preview runs a pull
# request's own copy of this script, free to write there. Compiled templates are code the next build would run, and
# parsed notes and a kept site are what it would publish: a production build, or another pull request's preview,
# would be running or publishing what that pull request planted. A cold build costs a few seconds; installing the
# SDK costs a minute anyway.
cache_args=()
if [ "${NETLIFY:-}" = "true" ]; then cache_args=(--no-cache); fi

base_url="${BASE_URL:-}"
if [ -z "$base_url" ] && [ "${CONTEXT:-production}" != "production" ] && [ -n "${DEPLOY_PRIME_URL:-}" ]; then
  base_url="$DEPLOY_PRIME_URL/"
fi
dotnet run -c Release --project src/ArchiveSite.Cli -- build --content "${CONTENT:-content}" --out _site ${base_url:+--base-url "$base_url"} ${cache_args[@]+"${cache_args[@]}"}
