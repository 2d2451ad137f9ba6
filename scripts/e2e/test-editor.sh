#!/usr/bin/env bash
# `npm run test:editor`: congvan in a real VS Code and in a second, independent editor, on a machine that
# reaches only the npm registry and Debian's archive (reference/real-editor-testing.md).
#
#   install   scripts/e2e/install-tools.sh: chromium, libkrb5-dev, neovim (apt); Node 24, playwright-core,
#             code-server (npm, into .tools/); cached by a stamp of the pinned versions
#   package   npm run package → congvan.vsix; prepare-workspace.cjs → the letters and the CLI's findings
#   tier 3    Neovim 0.7.2 on dist/server.js --stdio, compared with the CLI (nvim-tier.cjs)
#   render    congvan export --format pdf through LibreOffice, checked with poppler; PNGs kept (export-tier.cjs)
#   tier 2    code-server + headless Chromium: the mocha suites of test/e2e through @vscode/test-electron
#             and the shim; the installed .vsix (test/e2e/installed); the UI smoke test with a screenshot;
#             a letter typed key by key and saved (the language defaults), with a screenshot; the folder
#             check, fix on save with Auto Save and the walkthrough (ui-reviewer.cjs), the task, the live A4
#             preview with the export to Word (ui-preview.cjs), and the Word commands on an exported .docx
#             (ui-docx.cjs), with screenshots
#
# Every step runs in its own process group, and every group (code-server's included) is killed on exit,
# also on failure or a signal. The last line is "N passed, N failed"; the exit status is 1 if any failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
e2e=$root/out/e2e
here=$root/scripts/e2e
started=$SECONDS
passed=0
failed=0
failures=()
groups=()
CONGVAN_E2E_PGIDS=$(mktemp "${TMPDIR:-/tmp}/congvan-e2e-pgids-XXXXXX")
export CONGVAN_E2E_PGIDS

# Process groups still alive among those started (and those run-in-code-server.sh recorded).
alive_groups() {
	local pgid
	for pgid in "${groups[@]}" $(cat "$CONGVAN_E2E_PGIDS" 2>/dev/null); do
		pgrep -g "$pgid" >/dev/null 2>&1 && echo "$pgid"
	done
}

kill_groups() {
	local pgid left tries=0
	left=$(alive_groups)
	[ -z "$left" ] && return 0
	for pgid in $left; do kill -TERM -- "-$pgid" 2>/dev/null; done
	while [ -n "$(alive_groups)" ] && [ "$tries" -lt 50 ]; do
		sleep 0.2
		tries=$((tries + 1))
	done
	for pgid in $(alive_groups); do kill -KILL -- "-$pgid" 2>/dev/null; done
}

cleanup() {
	local status=$?
	trap - EXIT TERM INT HUP
	kill_groups
	rm -f "$CONGVAN_E2E_PGIDS"
	if [ -f "$e2e/expected/manifest.json" ]; then
		workspace=$(node -p "require('$e2e/expected/manifest.json').workspace" 2>/dev/null)
		case $workspace in */congvan-e2e-*) rm -rf "$workspace" ;; esac
	fi
	exit "$status"
}
trap cleanup EXIT
trap 'exit 143' TERM INT HUP

# Runs a command in a new process group and returns its status. `setsid` does not fork here (a background
# job of a script is no group leader), so $! is the group id.
in_group() {
	setsid "$@" </dev/null &
	local pid=$!
	groups+=("$pid")
	wait "$pid"
}

section() { printf '\n== %s (%d s)\n' "$1" "$((SECONDS - started))"; }

fail() {
	failed=$((failed + 1))
	failures+=("$1")
}

summary() {
	section "summary"
	local left
	left=$(alive_groups)
	if [ -n "$left" ]; then
		fail "processes left behind in groups: $(echo "$left" | tr '\n' ' ')"
		kill_groups
	fi
	local shot
	for shot in "$e2e"/artifacts/ui-*.png; do [ -f "$shot" ] && echo "screenshot: $shot"; done
	[ -d "$e2e/artifacts/export" ] && echo "exported letters (PDF, PNG): $e2e/artifacts/export"
	echo "artifacts:  $e2e/artifacts (code-server and browser console logs, Neovim lsp.log), congvan.vsix"
	local f
	for f in "${failures[@]}"; do echo "FAILED: $f"; done
	echo "test:editor took $((SECONDS - started)) s"
	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ]
	exit $?
}

# Adds a suite's counts from out/e2e/results/NAME.json. A run that wrote no results (the extension host
# never ran the tests) or that failed outside its tests counts as one more failure.
count() {
	local name=$1 status=$2 file=$e2e/results/$1.json p f
	if [ ! -f "$file" ]; then
		fail "$name: no results (exit $status); see the logs in $e2e/artifacts"
		return
	fi
	read -r p f < <(node -p "const r=require('$file'); r.passes + ' ' + (r.failures + r.pending)")
	passed=$((passed + p))
	failed=$((failed + f))
	[ "$f" -gt 0 ] && failures+=("$name: $f failing (see the output above)")
	if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
		fail "$name: exit $status although no test failed"
	fi
}

rm -rf "$e2e/results" "$e2e/artifacts"
mkdir -p "$e2e/results" "$e2e/artifacts"

section "install the tools"
if ! in_group bash "$here/install-tools.sh"; then
	fail "install-tools.sh"
	summary
fi

section "build and package (npm run package)"
if ! in_group npm run --silent package; then
	fail "npm run package"
	summary
fi
if ! node "$here/prepare-workspace.cjs"; then
	fail "prepare-workspace.cjs"
	summary
fi
workspace=$(node -p "require('$e2e/expected/manifest.json').workspace")

section "tier 3: Neovim 0.7.2 as a second LSP client"
in_group node "$here/nvim-tier.cjs"
count neovim $?

section "tier 2: the test/e2e suites in code-server, through @vscode/test-electron"
CONGVAN_VSCODE_SHIM=$here/code-shim.sh CONGVAN_E2E_PREPARED=1 CONGVAN_E2E_LABEL=development in_group node "$here/run-suites.cjs"
count development $?

section "tier 2: the installed congvan.vsix"
in_group bash "$here/run-in-code-server.sh" --vsix "$root/congvan.vsix" --label installed "$workspace" -- \
	node "$here/drive-tests.cjs" "$root/test/e2e/host" "$root/out/test/e2e/installed/index.js" "$workspace"
count installed $?

section "rendering: congvan export to PDF through LibreOffice, read back with poppler (export-tier.cjs)"
in_group node "$here/export-tier.cjs"
count export $?

# The UI tests: one code-server each, with the installed congvan.vsix, driven by a script of scripts/e2e that
# uses runUi (browser.cjs). One line each: label|what it shows|script and its arguments (no spaces inside one).
letter=letters/000_421e170032c2d4c4.congvan
while IFS='|' read -r label title command; do
	[ -z "$label" ] && continue
	section "tier 2: $title (installed congvan.vsix)"
	# shellcheck disable=SC2086 # the arguments are split on purpose
	if in_group bash "$here/run-in-code-server.sh" --vsix "$root/congvan.vsix" --label "$label" "$workspace" -- node "$here/"$command; then
		passed=$((passed + 1))
	else
		fail "$title ($label)"
	fi
done <<UI
ui|UI smoke test in the browser|ui-smoke.cjs $workspace $letter $e2e/expected/$letter.json $e2e/artifacts/ui-smoke.png
typing|a letter typed key by key is saved exactly|ui-typing.cjs $workspace drafts/typed.congvan $e2e/artifacts/ui-typing.png
offer|plain-text letters on purpose, and a silent restart|ui-offer.cjs $workspace $workspace/$letter $e2e/artifacts/ui-offer.png
reviewer|the reviewer's first hour: check the folder, fix on save with Auto Save, the walkthrough|ui-reviewer.cjs $e2e/artifacts
task|the congvan task and the \$congvan problem matcher fill Problems for a closed folder|ui-task.cjs $e2e/artifacts/ui-task.png
preview|the live A4 preview: typing, a click on a finding, the editor's scroll; the export to Word and PDF|ui-preview.cjs $e2e/artifacts/ui-preview.png
docx|a Word file checked in a read-only view, its findings as comments in a copy, imported|ui-docx.cjs $workspace $e2e/expected/docx.json $e2e/artifacts/ui-docx.png
UI

summary
