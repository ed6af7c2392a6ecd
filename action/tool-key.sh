#!/usr/bin/env bash
# Step 1 of the GitHub Action (action.yml): the key the built tool is cached under between runs (actions/cache of
# the action's .tool folder). It names everything the build of the tool depends on: the action's own source, theme,
# MSBuild settings and package versions, the way install.sh builds it, the .NET SDK and the machine's architecture.
# A release of the action, another SDK or another runner type is another key, so a tool is only ever reused by the
# same build. Prints `key=…` for $GITHUB_OUTPUT.
set -euo pipefail
: "${GITHUB_ACTION_PATH:?set by the runner: the folder of this action}"
cd "$GITHUB_ACTION_PATH"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
{
  dotnet --version
  uname -m
  # Paths and bytes, in one order on every machine; build output (bin/, obj/) is not the source.
  find src themes action/install.sh Directory.Build.props Directory.Packages.props global.json -type f \
    -not -path '*/bin/*' -not -path '*/obj/*' -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
} | sha256sum | cut -c1-32 | sed 's/^/key=/'
