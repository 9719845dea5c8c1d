// The command line as one file (dist/unrec.mjs, run by bin/unrec.js): start-up is module
// loading, and one file resolves and compiles once instead of ~160 times (issue 15). Only
// what a run always needs is bundled — unrec's own modules, commander, chalk, zod; the
// packages loaded for some inputs only (pdf-parse and pdf.js, which must not be bundled,
// PDFium, whose wasm is resolved from its own package,
// unified/remark/rehype, mammoth, tinypool) stay external, imported when needed.
import { build } from 'esbuild';

const EXTERNAL = ['pdf-parse', 'pdfjs-dist', '@napi-rs/canvas', '@embedpdf/pdfium', 'mammoth', 'tinypool', 'tinyglobby', 'unified', 'remark-*', 'rehype-*', 'hast-*', 'mdast-*', 'micromark*'];

// zod re-exports its 64 locale modules (`z.locales`); unrec speaks English only in its own messages and never
// names a locale, so the bundle gets the English one alone (zod registers it itself as the default).
// 64 modules less to compile at every start.
const englishZodLocales = {
  name: 'english-zod-locales',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => (/[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'english-zod-locales', pluginData: args.resolveDir } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'english-zod-locales' }, (args) => ({ contents: "export { default as en } from '../locales/en.js';", resolveDir: args.pluginData, loader: 'js' }));
  },
};

await build({
  entryPoints: ['dist/cli.js'],
  outfile: 'dist/unrec.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: EXTERNAL,
  legalComments: 'none',
  // commander is CommonJS and requires Node's built-ins: give the bundle a require.
  banner: { js: "import { createRequire as unrecCreateRequire } from 'node:module'; const require = unrecCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  plugins: [englishZodLocales],
});
