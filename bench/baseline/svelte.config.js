import adapter from '@sveltejs/adapter-node';

/** The smallest SvelteKit app: the floor the benchmarks measure the real app against. */
export default { kit: { adapter: adapter({ out: 'build' }) } };
