import os from 'node:os';

/**
 * A measured figure, printed as it is (not through console.log, which jest decorates with the
 * line that logged it), with the machine's load beside it: speed figures mean little without.
 * Tests assert counts and contents, never these times.
 */
export function printFigure(line: string): void {
  const load = os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  process.stdout.write(`  [figure] ${line} (load ${load}, ${os.cpus().length} cores)\n`);
}
