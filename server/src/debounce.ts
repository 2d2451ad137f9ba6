// One pending task per key, run after a quiet period: the push clients' diagnostics wait until the user
// stops typing. Pull clients ask when they want and never go through here.

/** Runs at most one pending task per key, after `delayMs` without a newer request for the same key. */
export class Debouncer {
	private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

	/** Replaces the key's pending task; a delay of 0 or less runs the task now. */
	run(key: string, delayMs: number, task: () => void): void {
		this.cancel(key);
		if (delayMs <= 0) {
			task();
			return;
		}
		this.timers.set(
			key,
			setTimeout(() => {
				this.timers.delete(key);
				task();
			}, delayMs),
		);
	}

	/** Drops the key's pending task, if any. */
	cancel(key: string): void {
		const timer = this.timers.get(key);
		if (timer !== undefined) {
			clearTimeout(timer);
			this.timers.delete(key);
		}
	}

	/** Drops every pending task. */
	dispose(): void {
		for (const timer of this.timers.values()) {
			clearTimeout(timer);
		}
		this.timers.clear();
	}
}
