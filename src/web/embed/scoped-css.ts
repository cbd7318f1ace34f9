// The dashboard's stylesheet made for a shadow root. Inside one, the page selectors (:root, html,
// body) match nothing, so they are pointed at the dashboard's own root element; rem units follow
// the host page's root font size, so they become the dashboard's own (15 px, as on its page).
// The host's styles cannot reach into the shadow root, and these cannot reach out of it. The
// layouts follow the dashboard's width, not the viewport's: a host may put it in a narrow column
// of a wide page, so its width media queries become container queries on an element around the
// root (a container query cannot style its own container, and the phone rules set the root's
// font size).

/** The class of the element every embedded dashboard renders in. */
export const ROOT_CLASS = 'ui-root';

/** The class of the element around the root whose width the layouts follow. */
export const CONTAINER_CLASS = 'ui-container';

// Media queries on the width alone ("(max-width: 699px)", "(min-width: ...) and (max-width: ...)").
const WIDTH_MEDIA =
  /@media\s*(\((?:max|min)-width:[^)]*\)(?:\s*and\s*\((?:max|min)-width:[^)]*\))*)\s*\{/g;

const PAGE_SELECTOR = /(^|[\s,>+~(])(:root|html|body)(?![\w-])/g;

function scopeSelectors(prelude: string): string {
  return prelude.replace(PAGE_SELECTOR, (_m, before: string) => `${before}.${ROOT_CLASS}`);
}

/** Rewrites page-level selectors to `.ui-root`, rem to the dashboard's own root size, and width media queries to its container's width. */
export function scopeCss(css: string, remPx = 15): string {
  const noComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  // Every rule's prelude (the text before "{"); at-rules (@media, @keyframes) keep theirs.
  const scoped = noComments.replace(/(?<=^|[{};])([^{};]+)\{/g, (m, prelude: string) =>
    prelude.trim().startsWith('@') || /^\s*(from|to|\d+%)\s*$/.test(prelude)
      ? m
      : `${scopeSelectors(prelude)}{`,
  );
  return scoped
    .replace(WIDTH_MEDIA, (_m, query: string) => `@container ${CONTAINER_CLASS} ${query} {`)
    .replace(/(-?\d*\.?\d+)rem\b/g, (_m, n: string) => `${+(Number(n) * remPx).toFixed(3)}px`);
}

/**
 * What comes before the dashboard's own rules: its root starts from initial values, so nothing
 * the host page sets on an ancestor (letter spacing, text transform, alignment...) is inherited.
 */
export const RESET = `.${CONTAINER_CLASS}{display:block;container:${CONTAINER_CLASS} / inline-size;}.${ROOT_CLASS}{all:initial;display:block;}`;
