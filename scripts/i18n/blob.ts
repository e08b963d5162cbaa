/**
 * The content fingerprint the translation records use: a git blob id.
 *
 * It is computed here (sha1 of "blob <size>\0<bytes>", exactly what
 * `git hash-object` does) rather than by calling git, so status works in a
 * tarball or a CI cache with no .git at all. Because it *is* git's blob id, a
 * clone with history can still read the old English text back with
 * `git cat-file blob <id>` to show what changed.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';

/**
 * Line endings are normalised first: a Windows checkout with core.autocrlf has
 * CRLF on disk but LF in the repository, and a translation must not look
 * outdated just because of the machine it was checked on.
 */
export function normalizeText(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

export function gitBlobId(text: string): string {
  const bytes = Buffer.from(normalizeText(text), 'utf8');
  return crypto
    .createHash('sha1')
    .update(`blob ${bytes.length}\0`)
    .update(bytes)
    .digest('hex');
}

export function fileBlobId(absolutePath: string): string {
  return gitBlobId(fs.readFileSync(absolutePath, 'utf8'));
}

/** The 7-character form people are used to seeing from git. */
export function shortId(id: string): string {
  return id.slice(0, 7);
}
