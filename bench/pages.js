// One page of each kind a reader opens, by the names the benchmarks print.
export const pageTypes = {
	home: '/',
	module: '/what-makes-a-coup',
	'case overview': '/what-makes-a-coup/kazakhstan-2022',
	section: '/what-makes-a-coup/kazakhstan-2022/the-trigger',
	'comparison grid': '/what-makes-a-coup/compare',
	dimension: '/what-makes-a-coup/compare/the-label',
	timeline: '/what-makes-a-coup/timeline',
	progress: '/progress'
};

/** The [name, path] pairs `names` choose (every page when none), refusing a name it does not know. */
export function chosenPages(names) {
	const unknown = names.filter((name) => !(name in pageTypes));
	if (unknown.length) throw new Error(`No such page: ${unknown.join(', ')}`);
	return Object.entries(pageTypes).filter(([name]) => !names.length || names.includes(name));
}
