import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every .html file under a directory, as paths relative to it. */
export function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => file.split(path.sep).join('/'));
}
