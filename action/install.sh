#!/usr/bin/env bash
# Step 1 of the GitHub Action (action.yml): the tool, built from the action's own source with its locked
# NuGet graph, and Pagefind from the action's package-lock.json (npm ci --omit=dev installs Pagefind alone).
# Both land inside the action's folder, where the tool looks for Pagefind (node_modules above its own folder).
set -euo pipefail
: "${GITHUB_ACTION_PATH:?set by the runner: the folder of this action}"
cd "$GITHUB_ACTION_PATH"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ ! -x node_modules/@pagefind/linux-x64/bin/pagefind ] && [ ! -x node_modules/@pagefind/linux-x64/bin/pagefind_extended ]; then
  npm ci --omit=dev --no-audit --no-fund
fi
# The tool is built only when the cache (action.yml, keyed by action/tool-key.sh) did not bring it. On Linux x64 it
# is precompiled (ReadyToRun for linux-x64, the RuntimeIdentifiers the locks cover): a build of the Falco notes with
# one new note is then about half a second faster (seconds at scale), for twenty seconds more once per release of
# the action; elsewhere it is compiled as it runs.
if [ ! -f .tool/ArchiveSite.Cli.dll ]; then
  if [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ]; then
    dotnet restore src/ArchiveSite.Cli --locked-mode -r linux-x64
    dotnet publish src/ArchiveSite.Cli --no-restore -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o .tool
  else
    dotnet restore src/ArchiveSite.Cli --locked-mode
    dotnet publish src/ArchiveSite.Cli --no-restore -c Release -o .tool -p:PublishReadyToRun=false
  fi
fi
dotnet .tool/ArchiveSite.Cli.dll --version
