#!/usr/bin/env bash
# Step 2 of the GitHub Action (action.yml): build or check, with a job summary and step outputs.
# The inputs arrive as INPUT_* environment variables and are passed as separate arguments, never evaluated.
set -euo pipefail
: "${GITHUB_ACTION_PATH:?set by the runner: the folder of this action}"
tool=(dotnet "$GITHUB_ACTION_PATH/.tool/ArchiveSite.Cli.dll")
args=(--content "${INPUT_CONTENT:?the action needs the content input: the folder of notes}")
if [ -n "${INPUT_CONFIG:-}" ]; then args+=(--config "$INPUT_CONFIG"); fi
case "${INPUT_MODE:-build}" in
  build)
    if [ "${INPUT_SYNC_REFS:-false}" = "true" ]; then
      # GITHUB_API_URL and GITHUB_GRAPHQL_URL come from the runner (GitHub Enterprise Server included).
      status=0
      GITHUB_TOKEN="${INPUT_GITHUB_TOKEN:-}" "${tool[@]}" refs sync "${args[@]}" || status=$?
      case $status in
        0) ;;
        1|3) echo "::warning::refs sync did not fetch everything (exit $status, see the log above); building with the refs.json it has" ;;
        *) exit $status ;;
      esac
    fi
    args=(build "${args[@]}" --out "${INPUT_OUT:-_site}")
    if [ -n "${INPUT_BASE_URL:-}" ]; then args+=(--base-url "$INPUT_BASE_URL"); fi
    if [ "${INPUT_SEARCH:-true}" = "false" ]; then args+=(--no-search); fi
    ;;
  check)
    args=(check "${args[@]}" --format github)
    if [ -n "${INPUT_CHANGED_SINCE:-}" ]; then args+=(--changed-since "$INPUT_CHANGED_SINCE"); fi
    ;;
  *)
    echo "::error::mode must be build or check, not '${INPUT_MODE}'"
    exit 2
    ;;
esac
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then args+=(--summary "$GITHUB_STEP_SUMMARY"); fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then args+=(--outputs "$GITHUB_OUTPUT"); fi
exec "${tool[@]}" "${args[@]}"
