// Builds the dashboard into dist/ (committed, so that a user with only the .NET SDK can run it; see README.md):
// one minified bundle of src/main.js with its libraries, its CSS, index.html, LICENSES.txt (the licence of every
// package bundled), and build-info.json with the SHA-256 of the sources, which a test compares to the tree's.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
const result = await esbuild.build({
  entryPoints: ['src/main.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outfile: 'dist/app.js',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});
copyFileSync('src/index.html', 'dist/index.html');
writeFileSync('dist/LICENSES.txt', licenses(Object.keys(result.metafile.inputs)));
writeFileSync('dist/build-info.json', JSON.stringify({ sources_sha256: sourcesHash() }, null, 2) + '\n');

/** SHA-256 over the build inputs: every file under src/ (in ordinal order of path), build.mjs and package-lock.json. */
function sourcesHash() {
  const files = [...walk('src').map((f) => f.replaceAll('\\', '/')).sort(), 'build.mjs', 'package-lock.json'];
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file + '\n');
    hash.update(readFileSync(file, 'utf8').replaceAll('\r\n', '\n'));
    hash.update('\n');
  }
  return hash.digest('hex');
}

/** The name, version and licence text of every npm package with a file in the bundle. */
function licenses(inputs) {
  const packages = [...new Set(inputs.map((input) => input.match(/^node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1]).filter(Boolean))].sort();
  const sections = packages.map((name) => {
    const folder = join('node_modules', name);
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'].map((f) => join(folder, f)).find(existsSync);
    const text = file ? readFileSync(file, 'utf8').trim() : `Licence: ${manifest.license}`;
    return `${name} ${manifest.version} (${manifest.license})\n\n${text}\n`;
  });
  return `The dashboard bundle (app.js, app.css) contains these npm packages:\n\n${sections.join('\n' + '-'.repeat(72) + '\n\n')}`;
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}
