// Serves the baseline app (bench/baseline/build) through the same server as the real app.
import { configure, serve } from '../../scripts/serve.js';

configure();
const { handler } = await import('./build/handler.js');
serve(handler, { name: 'The baseline app' });
