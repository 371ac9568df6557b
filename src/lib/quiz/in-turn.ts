/**
 * Answers sent from a page go one at a time: each waits until the one before it has its response.
 * A new reader's first answer is what gives the browser its learner's cookie; an answer sent
 * before that response arrived would carry no cookie and start a second learner, and the first
 * answer would be lost from the reader's progress.
 */
let last: Promise<void> = Promise.resolve();

/** Waits for this answer's turn; call the function it gives once its response has arrived. */
export async function takeTurn(): Promise<() => void> {
	let done = () => {};
	const mine = new Promise<void>((resolve) => (done = resolve));
	const before = last;
	last = before.then(() => mine);
	await before;
	return done;
}
