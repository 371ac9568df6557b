const queue: (() => void)[] = [];
let scheduled = false;

// Milliseconds of work per task, well under the 50 ms at which a task starts to block input.
const slice = 5;

function run() {
	const start = performance.now();
	while (queue.length && performance.now() - start < slice) queue.shift()!();
	if (queue.length) setTimeout(run);
	else scheduled = false;
}

/** Runs `task` soon, after those queued before it, a few at a time; returns a canceller. */
export function soon(task: () => void): () => void {
	queue.push(task);
	if (!scheduled) {
		scheduled = true;
		setTimeout(run);
	}
	return () => {
		const i = queue.indexOf(task);
		if (i >= 0) queue.splice(i, 1);
	};
}
