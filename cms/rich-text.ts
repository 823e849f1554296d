/**
 * How the CMS's rich-text editor writes Markdown, where ours differs from Decap's defaults.
 * Registered in the browser by `admin.ts` and used by the round-trip test with Decap's own
 * serializer, so both run the same code.
 */

/** The part of a unified processor a remark plugin sees. */
interface RemarkProcessor {
  Compiler?: { prototype: { options: Record<string, unknown> } };
}

/**
 * Lists with "-", as our files write them (Decap writes "*"). Decap passes registered remark
 * plugins to both its parser and its writer; only the writer has a Compiler.
 */
export function dashBullets(this: RemarkProcessor): void {
  if (this.Compiler) this.Compiler.prototype.options = { ...this.Compiler.prototype.options, bullet: "-" };
}
