const offsetBasis = 0x811c9dc5;
const prime = 0x01000193;

/** FNV-1a, enough to give answer parts short opaque ids that do not reveal their order. */
export function shortHash(text: string): string {
	return format(fnv1a(offsetBasis, text));
}

/** `shortHash` of `parts` joined by NUL characters, without building the joined text. */
export function shortHashJoined(parts: readonly string[]): string {
	let hash = offsetBasis;
	for (let i = 0; i < parts.length; i++)
		hash = fnv1a(i === 0 ? hash : fnv1a(hash, '\0'), parts[i]!);
	return format(hash);
}

function fnv1a(hash: number, text: string): number {
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, prime);
	}
	return hash;
}

function format(hash: number): string {
	return (hash >>> 0).toString(36).padStart(7, '0');
}

/** Strips the ordering prefix: `01-the-trigger.md` -> `the-trigger`. */
export function slugOf(name: string): string {
	return name.replace(/\.(md|ya?ml)$/, '').replace(/^\d+-/, '');
}
