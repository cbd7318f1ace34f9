import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scopeCss } from './scoped-css.js';

describe('scopeCss', () => {
  it('points page selectors at the dashboard root, leaving other selectors and at-rules', () => {
    const css = `/* a { b } */
:root { --a: 1; }
:root[data-theme='dark'] , html,
body { color: red; }
.body-text, .html, main > body-ish { x: 1 }
@media (prefers-color-scheme: light) { :root:not([data-theme]) { y: 2 } }
@keyframes shine { from { a: 1 } 50% { a: 2 } to { a: 3 } }
.x { width: 34rem; margin: -0.5rem; }`;
    const out = scopeCss(css);
    expect(out).toContain('.ui-root {');
    expect(out).toContain(".ui-root[data-theme='dark'] , .ui-root,\n.ui-root {");
    expect(out).toContain('.body-text, .html, main > body-ish {');
    expect(out).toContain('@media (prefers-color-scheme: light) { .ui-root:not([data-theme]) {');
    expect(out).toContain('@keyframes shine { from { a: 1 } 50% { a: 2 } to { a: 3 } }');
    expect(out).toContain('width: 510px; margin: -7.5px;');
    expect(out).not.toContain('/*');
  });

  it('turns width media queries into container queries, leaving the others', () => {
    const out = scopeCss(`@media (max-width: 699px) { body { a: 1 } }
@media (min-width: 700px) and (max-width: 1099px){ .b { c: 2 } }
@media (prefers-reduced-motion: reduce) { .c { d: 3 } }`);
    expect(out).toContain('@container ui-container (max-width: 699px) { .ui-root {');
    expect(out).toContain('@container ui-container (min-width: 700px) and (max-width: 1099px) {');
    expect(out).toContain('@media (prefers-reduced-motion: reduce) {');
    const app = scopeCss(readFileSync(new URL('../styles/app.css', import.meta.url), 'utf8'));
    expect(app).not.toMatch(/@media \((max|min)-width/);
  });

  it('leaves no page-level selector in the dashboard stylesheet', () => {
    const css = readFileSync(new URL('../styles/app.css', import.meta.url), 'utf8');
    const out = scopeCss(css);
    const preludes = [...out.matchAll(/(?:^|[{};])([^{};@]+)\{/g)].map((m) => m[1]!.trim());
    expect(preludes.length).toBeGreaterThan(100);
    for (const p of preludes) expect(p).not.toMatch(/(^|[\s,>+~])(:root|html|body)(?![\w-])/);
    expect(out).not.toMatch(/\drem\b/);
  });
});
