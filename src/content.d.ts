declare module 'virtual:parallels/content' {
	/** The content compiled at build (scripts/content-plugin.ts); answer keys included. */
	const index: import('$lib/content/types').ContentIndex;
	export default index;
}
