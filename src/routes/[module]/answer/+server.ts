import { answerResponse } from '$lib/server/answering';
import { requireModule } from '$lib/server/content';

/**
 * Where every quiz in the module sends its answers, with JavaScript (an enhanced form: the result
 * comes back) or without (the browser is sent back to the question).
 */
export async function POST(event) {
	return answerResponse(event, requireModule(event.params.module));
}
