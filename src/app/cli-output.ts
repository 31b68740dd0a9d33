// What every `samdrift` command prints: JSON with --json, otherwise its lines; and the one error a
// user's bad option becomes (printed as "samdrift: <message>", exit code 1).
import { AppError } from './errors.ts';

export const bad = (message: string) => new AppError('bad_request', message);

/** Print `data` as JSON when `json` is set, else the lines `lines` makes. */
export function print(json: boolean | undefined, data: unknown, lines: () => string[]) {
  if (json) console.log(JSON.stringify(data, null, 2));
  else for (const l of lines()) console.log(l);
}
