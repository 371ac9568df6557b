// Invites a teacher: prints a link, valid for 7 days, where they choose their name and password.
// For a teacher who has an account, the link sets a new password (the way to reset a lost one).
// Usage: npm run teacher:invite -- teacher@example.org [days]
// Reads DATABASE_URL or DATABASE_PATH (data/parallels.sqlite) and ORIGIN (http://localhost:3000)
// as the app does.
import { randomBytes } from 'node:crypto';
import { databaseTarget } from '../src/lib/server/db/dialect.ts';
import { createInvite } from '../src/lib/server/db/invites.ts';
import { openDatabase } from '../src/lib/server/db/open.ts';

const [email, days = '7'] = process.argv.slice(2);
if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || !/^\d+$/.test(days) || +days < 1) {
	console.error('Usage: npm run teacher:invite -- teacher@example.org [days, 7 by default]');
	process.exit(1);
}
const db = await openDatabase(databaseTarget(process.env));
const token = randomBytes(24).toString('base64url');
await createInvite(db, email.toLowerCase(), token, Number(days));
await db.destroy();
const origin = (process.env.ORIGIN || `http://localhost:${process.env.PORT || 3000}`).replace(
	/\/$/,
	''
);
console.log(`Invitation for ${email}, valid for ${days} days (send it to them yourself):`);
console.log(`${origin}/teach/invite/${token}`);
