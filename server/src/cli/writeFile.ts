// Writes a file the way an editor's save would, keeping its identity: a
// symlink stays a symlink (its target is written), a hard link stays shared,
// mode and owner are kept, and a refused write leaves nothing behind. With an
// expected text, the write is refused when the file changed since it was read,
// checked as late as the OS allows (just before the rename).
import { closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, ftruncateSync, openSync, readFileSync, readSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';

export class FileChangedError extends Error {}

export function writeFilePreservingIdentity(file: string, expected: string | null, text: string): void {
  let target = file;
  let st: Stats | null = null;
  try {
    target = realpathSync(file);
    st = statSync(target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    if (expected !== null) throw new FileChangedError(`${file} was removed while it was being checked; no fix was written`);
  }
  // A rename would give the name a new inode: other hard links would keep the old text.
  if (st && st.nlink > 1) return writeInPlace(target, expected, text);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.verbatim-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  // Owner-only until the original's mode is copied: a confidential draft is never readable by others, even briefly.
  const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  let renamed = false;
  try {
    let keepsOwner = true;
    try {
      writeAll(fd, text);
      if (st) {
        fchmodSync(fd, st.mode & 0o7777);
        if (!ownedAs(fd, st)) {
          try {
            fchownSync(fd, st.uid, st.gid);
          } catch {
            // Not ours to give away: checked below.
          }
          keepsOwner = ownedAs(fd, st);
        }
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // A file owned by someone else (a shared newsroom folder): write in place, which keeps the owner.
    if (!keepsOwner) return writeInPlace(target, expected, text);
    if (expected !== null && readFileSync(target, 'utf8') !== expected) throw new FileChangedError(`${file} changed while it was being checked; no fix was written`);
    renameSync(tmp, target);
    renamed = true;
  } finally {
    if (!renamed) rmSync(tmp, { force: true });
  }
}

function ownedAs(fd: number, st: Stats): boolean {
  const now = fstatSync(fd);
  return now.uid === st.uid && now.gid === st.gid;
}

function writeAll(fd: number, text: string, position?: number): void {
  const bytes = Buffer.from(text, 'utf8');
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, position === undefined ? null : position + done);
}

/** Rewrites the file's own inode: for hard links and files owned by someone else. */
function writeInPlace(target: string, expected: string | null, text: string): void {
  const fd = openSync(target, 'r+');
  try {
    if (expected !== null) {
      const size = fstatSync(fd).size;
      const bytes = Buffer.alloc(size);
      let read = 0;
      while (read < size) {
        const n = readSync(fd, bytes, read, size - read, read);
        if (n === 0) break;
        read += n;
      }
      if (bytes.subarray(0, read).toString('utf8') !== expected) throw new FileChangedError(`${target} changed while it was being checked; no fix was written`);
    }
    writeAll(fd, text, 0);
    ftruncateSync(fd, Buffer.byteLength(text, 'utf8'));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
