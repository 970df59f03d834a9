/**
 * The package as `npm pack` makes it, for the package tests: packed from the built repo (no scripts run,
 * `npm test` builds first) and unpacked where a test wants it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Packs the repo into a fresh `dir`; returns the tarball's path. */
export function pack(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, stdio: 'pipe' });
  return join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz'))!);
}

/** Unpacks `tarball` into `dir` (its `package/` folder becomes `dir`), as npm installs it. */
export function unpack(tarball: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1'], { stdio: 'pipe' });
}
