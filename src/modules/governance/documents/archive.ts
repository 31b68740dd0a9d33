// The archive export of a meeting as one zip: the notice and minutes PDFs, the attachments and
// noark5-metadata.xml. The same files give the same bytes: every entry carries the same timestamp
// (not the clock), and entries are written in the order given (a name that is a plain integer, like
// "2024", comes first: JavaScript orders such object keys so).

import { type ZipOptions, type Zippable, zipSync } from 'fflate';

export interface ArchiveEntry {
  /** path inside the zip, "/"-separated: "vedlegg/2024-M7-003/rapport.pdf" */
  fileName: string;
  content: Uint8Array;
}

export interface ArchiveOptions {
  /**
   * The day ('YYYY-MM-DD') every entry is dated, e.g. the meeting's date. Defaults to 1980-01-01, the
   * earliest date a zip can hold.
   */
  modifiedDay?: string;
}

/** Formats that are compressed already: stored as they are, deflating them only costs time. */
const COMPRESSED = /\.(zip|docx|xlsx|pptx|odt|ods|odp|png|jpe?g|gif|webp|heic|mp4|mov|mp3|m4a|gz|7z)$/i;

/**
 * Entries are marked as made on Unix (with mode rw-r--r--): Info-ZIP's unzip (Debian's) reads names of
 * entries made on MS-DOS, fflate's default, as code page 437 even when the UTF-8 flag is set, and would
 * turn "æøå" into "+�+�+�".
 */
const UNIX = 3;
const REGULAR_FILE_644 = 0o100644 * 0x10000;

function checkPath(name: string): void {
  const parts = name.split('/');
  if (
    name === '' ||
    name.length > 1000 ||
    name.startsWith('/') ||
    name.includes('\\') ||
    /\p{Cc}/u.test(name) ||
    /^[A-Za-z]:/.test(name) ||
    parts.some((p) => p === '' || p === '.' || p === '..')
  )
    throw new RangeError(`"${name}" is not a safe path inside a zip file.`);
}

/**
 * A zip of the given files (deflated, except formats that are compressed already), with UTF-8 file
 * names and one fixed timestamp. Throws on a duplicate or unsafe path (absolute, "..", backslashes).
 */
export function archiveZip(files: ArchiveEntry[], opts: ArchiveOptions = {}): Uint8Array {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(opts.modifiedDay ?? '1980-01-01');
  if (!day) throw new RangeError(`"${opts.modifiedDay}" is not a calendar day (YYYY-MM-DD).`);
  // NOTE: zip stores local wall time, and fflate reads it with the local getters (getHours…) of the
  // Date: built from local fields, the stored time is the same whatever the process's time zone is.
  const mtime = new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12, 0, 0);

  const entries: Zippable = {};
  const seen = new Set<string>();
  for (const f of files) {
    checkPath(f.fileName);
    // zip tools compare names case-insensitively on Windows and macOS
    const key = f.fileName.normalize('NFC').toLowerCase();
    if (seen.has(key)) throw new RangeError(`"${f.fileName}" is in the archive twice.`);
    seen.add(key);
    const options: ZipOptions = {
      mtime,
      os: UNIX,
      attrs: REGULAR_FILE_644,
      level: COMPRESSED.test(f.fileName) ? 0 : 6,
    };
    entries[f.fileName] = [f.content, options];
  }
  return zipSync(entries);
}
