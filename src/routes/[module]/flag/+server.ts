import { requireModule } from '$lib/server/content';
import { flagResponse } from '$lib/server/flagging';

/** "I think my answer was right", from the result of any question in the module. */
export async function POST(event) {
	return flagResponse(event, requireModule(event.params.module));
}
