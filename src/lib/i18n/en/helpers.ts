/** "1 question", "3 questions": a count and its noun, in the wording the interface has always used. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "+5", "−2": a count of time units from a start, with a typographic minus before it. */
export const signed = (n: number) => `${n < 0 ? '−' : '+'}${Math.abs(n)}`;
