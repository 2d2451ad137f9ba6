// Debian's chromium, driven by playwright-core from .tools/browser (no browser download). Headless, no
// sandbox (root in CI), and as few network attempts as it can make; a fresh profile every run.
const path = require('node:path');

const playwright = path.resolve(__dirname, '../../.tools/browser/node_modules/playwright-core');
const CHROMIUM = process.env.CONGVAN_CHROMIUM ?? '/usr/bin/chromium';

/** Launches chromium with the profile folder given; close the returned context when done. */
function launchBrowser(profile) {
	const { chromium } = require(playwright);
	return chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		viewport: { width: 1400, height: 900 },
		// Chromium also writes under HOME and the XDG folders (~/.config/chromium, ~/.cache/dconf): keep that in the profile too.
		env: { ...process.env, HOME: profile, XDG_CONFIG_HOME: `${profile}/.config`, XDG_CACHE_HOME: `${profile}/.cache` },
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-dev-shm-usage',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

module.exports = { launchBrowser };
