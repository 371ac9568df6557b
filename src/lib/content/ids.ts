/** FNV-1a, enough to give answer parts short opaque ids that do not reveal their order. */
export function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(36).padStart(7, '0');
}

/** Strips the ordering prefix: `01-the-trigger.md` -> `the-trigger`. */
export function slugOf(name: string): string {
	return name.replace(/\.(md|ya?ml)$/, '').replace(/^\d+-/, '');
}
