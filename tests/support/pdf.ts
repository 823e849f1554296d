/**
 * Reads what the print tests need from a PDF that Chromium made (Skia's writer): the pages in
 * order, each with its size and its link annotations (where each link's box landed, in PDF
 * points from the page's lower left corner). Skia writes dictionaries as plain text and only
 * compresses content streams, so no decompression or external tool is needed. Anything
 * unexpected throws instead of returning an empty answer.
 */

export interface PdfLink {
  uri: string;
  /** [x1, y1, x2, y2] in points. */
  rect: [number, number, number, number];
}

export interface PdfPage {
  width: number;
  height: number;
  links: PdfLink[];
}

/** PDF literal strings escape `(`, `)` and `\`. */
function unescapeLiteral(text: string): string {
  return text.replace(/\\([()\\])/g, "$1");
}

export function pdfPages(bytes: Uint8Array): PdfPage[] {
  const text = Buffer.from(bytes).toString("latin1");
  if (!text.startsWith("%PDF-")) throw new Error("not a PDF");
  const objects = new Map<number, string>();
  for (const match of text.matchAll(/(?:^|\n)(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) {
    objects.set(Number(match[1]), match[2] ?? "");
  }
  const refs = (list: string) => [...list.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  const isPageTree = (body: string) => /\/Type \/Pages\b/.test(body);
  // A long document's page tree has levels (Skia puts a few pages under each node): its root
  // is the node without a parent, and the pages are its leaves, in order.
  const root = [...objects.values()].find((body) => isPageTree(body) && !/\/Parent\b/.test(body));
  if (!root) throw new Error("no page tree in the PDF");
  const leaves = (node: string): number[] => {
    const kids = /\/Kids \[([^\]]*)\]/.exec(node)?.[1];
    if (kids === undefined) throw new Error("a page tree node without kids");
    return refs(kids).flatMap((id) => {
      const kid = objects.get(id) ?? "";
      return isPageTree(kid) ? leaves(kid) : [id];
    });
  };

  return leaves(root).map((id) => {
    const page = objects.get(id) ?? "";
    const box = /\/MediaBox \[([^\]]+)\]/.exec(page)?.[1]?.trim().split(/\s+/).map(Number);
    if (!box || box.length !== 4) throw new Error(`page object ${id} has no MediaBox`);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = box;
    const annots = /\/Annots \[([^\]]*)\]/.exec(page)?.[1] ?? "";
    const links = refs(annots).flatMap((ref): PdfLink[] => {
      const annot = objects.get(ref) ?? "";
      const uri = /\/URI \(((?:\\.|[^\\)])*)\)/.exec(annot)?.[1];
      const rect = /\/Rect \[([^\]]+)\]/.exec(annot)?.[1]?.trim().split(/\s+/).map(Number);
      if (uri === undefined || !rect || rect.length !== 4) return [];
      return [{ uri: unescapeLiteral(uri), rect: rect as [number, number, number, number] }];
    });
    return { width: x1 - x0, height: y1 - y0, links };
  });
}
