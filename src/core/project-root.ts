import fs from 'node:fs';
import path from 'node:path';

/**
 * The folder holding package.json. Code runs both from the source tree (ts-jest) and from
 * dist/ (the build), so paths to seeds and data are resolved from here, not from __dirname.
 */
export function projectRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}
