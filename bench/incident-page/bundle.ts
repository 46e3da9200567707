/**
 * The benchmarked servers run as in production: bundled by esbuild (the server's own build
 * options) and started with plain node — not through a TypeScript loader, whose compiled
 * sources would weigh on the memory figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '../..');

export async function bundled(entry: string, name: string): Promise<string> {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'server/package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
  const external = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)].filter((n) => !n.startsWith('@fabutong/'));
  // Inside the repository, so that node finds the external packages in its node_modules.
  const outfile = path.join(root, 'bench/.data', `${name}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    external,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  return outfile;
}
