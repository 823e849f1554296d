import { BODY_COMPONENTS, type BodyComponentName } from "../src/lib/body/components";
import { unescapeBodyText } from "./body-text";
import type { DecapField } from "./decap-field";
import { fieldTexts } from "../src/i18n/field-texts";
import { componentTexts } from "./collection-texts";
import { IMAGE_FIELD_OPTIONS } from "./media";

/**
 * The allow-listed body components as Decap editor components: editors insert them from the
 * "Chèn thành phần" menu of the rich-text toolbar and fill in a small form, and the CMS writes
 * the tag. Everything is derived from `BODY_COMPONENTS`, the list the build's checker allows,
 * so a component cannot be offered here that the build would refuse, and the form asks for
 * exactly its props. Props are always written as literal strings in double quotes.
 */

/** The field of a component's form that holds the Markdown between its tags. */
export const CHILDREN_FIELD = "content";

/** What `CMS.registerEditorComponent` takes, minus the preview (added in the browser). */
export interface EditorComponentDefinition {
  id: BodyComponentName;
  label: string;
  fields: DecapField[];
  /** Matches the component where a block starts; never the `m` flag (Decap refuses it). */
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => Record<string, string>;
  toBlock: (data: Record<string, unknown>) => string;
}

const ATTRIBUTE = /([A-Za-z]+)="([^"]*)"/g;

/** The character references that can appear in a prop: the ones `toBlock` writes, and numbers. */
function decodeReferences(value: string): string {
  const named: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'" };
  return value.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));/gi,
    (whole, hex?: string, decimal?: string, name?: string) => {
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      if (decimal) return String.fromCodePoint(Number(decimal));
      return named[name?.toLowerCase() ?? ""] ?? whole;
    },
  );
}

/**
 * A prop as a JSX string literal: one line, no surrounding spaces, `&` and `"` written as
 * character references (a JSX string has no backslash escapes).
 */
function literal(value: unknown): string {
  return String(value ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .replaceAll("&", "&amp;")
    .replaceAll('"', "&quot;");
}

/** The form field of one prop; photos reuse the hints of the photo fields. */
function propField(name: string, label: string, required: boolean): DecapField {
  const hint = componentTexts.hints[name] ?? fieldTexts[name]?.hint;
  const base = { name, label, required, ...(hint ? { hint } : {}) };
  if (name === "src") {
    return { ...base, widget: "image", ...IMAGE_FIELD_OPTIONS };
  }
  return { ...base, widget: name === "alt" ? "text" : "string" };
}

function definition(id: BodyComponentName): EditorComponentDefinition {
  const spec = BODY_COMPONENTS[id];
  const props = [
    ...Object.entries(spec.required).map(([name, label]) => ({ name, label, required: true })),
    ...Object.entries(spec.optional).map(([name, label]) => ({ name, label, required: false })),
  ];
  const fields = props.map((prop) => propField(prop.name, prop.label, prop.required));
  const attributes = '((?:\\s+[A-Za-z]+="[^"]*")*)\\s*';
  if (spec.children) {
    fields.push({ name: CHILDREN_FIELD, widget: "text", required: true, ...componentTexts.content });
  }
  return {
    id,
    label: spec.label,
    fields,
    pattern: spec.children
      ? new RegExp(`^<${id}${attributes}>\\n([\\s\\S]*?)\\n</${id}>[ \\t]*(?=\\n|$)`)
      : new RegExp(`^<${id}${attributes}/>[ \\t]*(?=\\n|$)`),
    fromBlock: (match) => {
      const data: Record<string, string> = {};
      for (const [, name, value] of (match[1] ?? "").matchAll(ATTRIBUTE)) {
        if (name && value !== undefined) data[name] = decodeReferences(value);
      }
      // The form shows the text as the editor typed it; saving escapes it again.
      if (spec.children) data[CHILDREN_FIELD] = unescapeBodyText(match[2] ?? "");
      return data;
    },
    toBlock: (data) => {
      // An empty prop is left out, so that the checker names what is missing (an image
      // without alt text or credit is refused) instead of accepting `alt=""`.
      const written = props
        .map((prop) => [prop.name, literal(data[prop.name])] as const)
        .filter(([, value]) => value !== "")
        .map(([name, value]) => ` ${name}="${value}"`)
        .join("");
      if (!spec.children) return `<${id}${written} />`;
      const content = String(data[CHILDREN_FIELD] ?? "").trim();
      return `<${id}${written}>\n${content}\n</${id}>`;
    },
  };
}

/** Every allow-listed component, in the order of the allow-list. */
export const editorComponents: EditorComponentDefinition[] = (Object.keys(BODY_COMPONENTS) as BodyComponentName[]).map(
  definition,
);
