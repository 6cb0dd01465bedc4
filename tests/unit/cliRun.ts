/** The `cmo` CLI run in-process, its exit code, stdout and stderr captured (tests of CLI output). */
import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(...argv: string[]): Promise<CliRun> {
  let stdout = '',
    stderr = '';
  const o = process.stdout.write,
    e = process.stderr.write;
  process.stdout.write = ((s: string | Uint8Array) => ((stdout += String(s)), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string | Uint8Array) => ((stderr += String(s)), true)) as typeof process.stderr.write;
  try {
    return { code: await main(argv), stdout, stderr };
  } finally {
    process.stdout.write = o;
    process.stderr.write = e;
  }
}
