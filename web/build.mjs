// Builds the dashboard into dist/ (committed, so that a user with only the .NET SDK can run it; see README.md):
// one minified bundle of src/main.js with its libraries, its CSS, index.html with the world map drawn into it,
// LICENSES.txt (the licence of every package bundled or drawn from), and build-info.json with the SHA-256 of the
// sources, which a test compares to the tree's.
import * as esbuild from 'esbuild';
import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
const result = await esbuild.build({
  entryPoints: ['src/main.js'],
  bundle: true,
  minify: !process.env.PARLEY_NO_MINIFY, // PARLEY_NO_MINIFY=1 keeps names readable in a profile; never committed so
  format: 'esm',
  target: 'es2022',
  outfile: 'dist/app.js',
  legalComments: 'none',
  // The first thing the bundle does: with parley:script (src/main.js) it tells how long its libraries take to start.
  banner: { js: "performance.mark('parley:bundle');" },
  metafile: true,
  logLevel: 'warning',
});
const MAP_PLACEHOLDER = '<!-- world map: drawn here by build.mjs -->';
const page = readFileSync('src/index.html', 'utf8');
if (!page.includes(MAP_PLACEHOLDER)) throw new Error(`src/index.html has no ${MAP_PLACEHOLDER}`);
writeFileSync('dist/index.html', page.replace(MAP_PLACEHOLDER, () => worldMap()));
const drawnFrom = ['node_modules/d3-geo/', 'node_modules/topojson-client/', 'node_modules/world-atlas/'];
writeFileSync('dist/LICENSES.txt', licenses([...Object.keys(result.metafile.inputs), ...drawnFrom]));
writeFileSync('dist/build-info.json', JSON.stringify({ sources_sha256: sourcesHash() }, null, 2) + '\n');

/**
 * The world map as SVG markup: Natural Earth 1:110m countries (world-atlas) in the Natural Earth projection, drawn
 * once here rather than in every browser (projecting the shapes at start-up held up the first view). The projection's
 * scale and translation go in data-projection, so that src/map.js places event circles exactly where d3-geo would.
 */
function worldMap() {
  const [width, height] = [640, 330];
  const world = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8'));
  const projection = geoNaturalEarth1().fitSize([width, height], { type: 'Sphere' });
  const path = geoPath(projection).digits(1);
  const escape = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
  const countries = feature(world, world.objects.countries).features
    .map((country) => [path(country), country.properties.name])
    .filter(([d]) => d)
    .map(([d, name]) => `<path d="${d}"><title>${escape(name)}</title></path>`);
  return `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="Map of event places" ` +
    `data-projection="${projection.scale()} ${projection.translate().join(' ')}">` +
    `<path class="sphere" d="${path({ type: 'Sphere' })}"/><path class="graticule" d="${path(geoGraticule10())}"/>` +
    `<g class="countries">${countries.join('')}</g><g class="places"></g></svg>`;
}

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
  return `The dashboard (app.js, app.css, and the world map drawn into index.html) contains these npm packages or their data:\n\n${sections.join('\n' + '-'.repeat(72) + '\n\n')}`;
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}
