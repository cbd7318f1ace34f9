// The PDF's page geometry and its building blocks (headings, table rows, charts), shared by the
// report's pages (pdf-report.ts) and the comparison pages.
import SVGtoPDF from 'svg-to-pdfkit';

/** A4 width in points and the page margin. */
export const W = 595.28;
export const M = 48;

/** A section heading. */
export function heading(doc: PDFKit.PDFDocument, text: string) {
  doc.font('bold').fontSize(13).fillColor('#111').text(text, M);
  doc.moveDown(0.3);
}

/** One table row at the column positions `x`; the head row bold. */
export function row(doc: PDFKit.PDFDocument, x: number[], cells: string[], head = false) {
  const y = doc.y;
  doc
    .font(head ? 'bold' : 'body')
    .fontSize(10)
    .fillColor(head ? '#111' : '#333');
  cells.forEach((c, i) =>
    doc.text(c, x[i], y, { width: (x[i + 1] ?? W - M) - (x[i] ?? M) - 8, lineBreak: false }),
  );
  doc.x = M;
  doc.y = y + 16;
  doc
    .moveTo(M, doc.y - 3)
    .lineTo(W - M, doc.y - 3)
    .strokeColor('#e5e5e5')
    .lineWidth(0.5)
    .stroke();
}

// Charts are rendered at the page's own size (1 SVG px = 1 pt), so nothing is scaled or clipped.
export function chart(
  doc: PDFKit.PDFDocument,
  svg: (width: number, height: number) => string,
  height: number,
) {
  if (doc.y + height > 841.89 - M) doc.addPage();
  const width = Math.floor(W - 2 * M);
  SVGtoPDF(doc, svg(width, height), M, doc.y, {
    width,
    height,
    assumePt: true,
    fontCallback: (_f, bold) => (bold ? 'bold' : 'body'),
  });
  doc.y += height + 8;
  doc.x = M;
}
