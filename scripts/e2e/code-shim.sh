#!/usr/bin/env bash
# Stands in for the "VS Code executable" of @vscode/test-electron (reference §6.5): maps its command line
# onto one code-server run driven by headless Chromium. run-suites.cjs selects it through
# CONGVAN_VSCODE_SHIM; without that variable the runner downloads desktop VS Code as usual.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dev='' tests='' folder=''
for arg in "$@"; do
	case $arg in
		--extensionDevelopmentPath=*) dev=${arg#*=} ;;
		--extensionTestsPath=*) tests=${arg#*=} ;;
		--*) ;; # Desktop-only flags, --user-data-dir, --extensions-dir: code-server gets fresh ones per run.
		*) folder=$arg ;;
	esac
done
exec "$here/run-in-code-server.sh" --label "${CONGVAN_E2E_LABEL:-development}" "${folder:-$dev}" -- \
	node "$here/drive-tests.cjs" "$dev" "$tests" "${folder:-$dev}"
