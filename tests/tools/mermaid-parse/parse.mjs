// Parses each Mermaid file given with mermaid.parse() under a jsdom DOM; exit 1 if any fails.
import { JSDOM } from 'jsdom';
import fs from 'node:fs';
const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window; globalThis.document = dom.window.document;
globalThis.DOMParser = dom.window.DOMParser; globalThis.Element = dom.window.Element;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
let bad = 0;
for (const f of process.argv.slice(2)) {
  try { const r = await mermaid.parse(fs.readFileSync(f, 'utf8')); console.log('ok', f, r && r.diagramType); }
  catch (e) { bad++; console.log('FAIL', f, String(e.message || e).split('\n').slice(0,4).join(' / ')); }
}
process.exit(bad ? 1 : 0);
