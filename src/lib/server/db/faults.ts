/**
 * What went wrong with the storage, in plain words, when an error is the database's and not the
 * program's: a full disk, a file or server that cannot be written or reached. Undefined for any
 * other error.
 */
export function storageFault(error: unknown): string | undefined {
	const cause = (error as { cause?: unknown } | undefined)?.cause;
	const code = String((error as { code?: unknown } | undefined)?.code ?? '');
	if (!code && cause) return storageFault(cause);
	// SQLite (better-sqlite3 names its errors by their extended code).
	if (/^SQLITE_FULL/.test(code)) return 'the disk is full';
	if (/^SQLITE_READONLY/.test(code)) return 'the database can only be read, not written';
	if (/^SQLITE_CANTOPEN/.test(code)) return 'the database file cannot be opened';
	if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) return 'the database file is damaged';
	if (/^SQLITE_(IOERR|BUSY|LOCKED|PERM|AUTH)/.test(code))
		return 'the database file cannot be written just now';
	// SQLite undoes a transaction itself when a write fails (a full disk, an I/O error); the
	// rollback asked for after it is then what is reported.
	if (code === 'SQLITE_ERROR' && /no transaction is active/.test(String((error as Error).message)))
		return 'the database file cannot be written just now';
	// The file system, when opening the file.
	if (/^(EACCES|EROFS|EPERM)$/.test(code)) return 'the database file may not be written';
	if (/^(ENOTDIR|ENOENT|EISDIR|EEXIST)$/.test(code))
		return 'the database file’s folder cannot be used';
	if (code === 'ENOSPC') return 'the disk is full';
	// PostgreSQL: its SQLSTATE codes, and the connection's own errors.
	if (code === '53100') return 'the database server’s disk is full';
	if (code === '25006') return 'the database can only be read, not written';
	if (/^(53|57P|08)/.test(code)) return 'the database server is not available just now';
	if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND)$/.test(code))
		return 'the database server cannot be reached';
	if (/^(28|3D)/.test(code)) return 'the database server refused the connection';
	return undefined;
}
