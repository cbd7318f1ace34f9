// Which panels of a two-column grid would sit alone in their row (an empty cell beside them). Pure.

/** For panels in order (wide ones take a whole row), whether each half-width one is alone in its row. */
export function aloneInRow(wide: boolean[]): boolean[] {
  const alone = wide.map(() => false);
  let open = -1; // a half-width panel waiting for a neighbour
  wide.forEach((w, i) => {
    if (w) {
      if (open >= 0) alone[open] = true;
      open = -1;
    } else if (open >= 0) open = -1;
    else open = i;
  });
  if (open >= 0) alone[open] = true;
  return alone;
}
