/**
 * Structured data (JSON-LD) for a `<script type="application/ld+json">` element, written with
 * `set:html`. `JSON.stringify` alone is not safe there: a title typed as `</script><script>…`
 * would end the element and start a script, and `<!--` changes how HTML parses the rest.
 * Escaping `<`, `>` and `&` as `\u003c`, `\u003e` and `\u0026` leaves nothing HTML can read as
 * markup, and every JSON parser reads back the same strings. U+2028 and U+2029 are escaped too,
 * since older JavaScript engines treat them as line ends inside a string.
 */
export function serializeJsonLd(data: unknown): string {
  const json = JSON.stringify(data) as string | undefined;
  if (json === undefined) throw new TypeError("JSON-LD must be a JSON value, not undefined or a function");
  return json.replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
