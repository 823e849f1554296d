import { fieldTexts, precisionLabels, type FieldText } from "../i18n/field-texts";
import {
  documentKindLabels,
  fieldLabels,
  honorificLabels,
  levelLabels,
  milestoneKindLabels,
  occasionLabels,
  statusLabels,
} from "../i18n/vi";

/**
 * How the CMS and the paper forms find what to call a field and its options, so that both say
 * the same thing and both refuse a field nobody has named yet.
 */

/** A field's place: the collection, then field names (list items add none). */
export type FieldPath = readonly string[];

/**
 * The label and hint of the field at `path`: the text keyed by the longest end of the path
 * (`people.consent.name`, then `consent.name`, then `name`).
 */
export function fieldTextAt(path: FieldPath, texts: Readonly<Record<string, FieldText>> = fieldTexts): FieldText {
  for (let start = 0; start < path.length; start++) {
    const text = texts[path.slice(start).join(".")];
    if (text) return text;
  }
  throw new Error(
    `Trường "${path.join(".")}" chưa có nhãn tiếng Việt: thêm nó vào src/i18n/field-texts.ts ` +
      `(field "${path.join(".")}" has no Vietnamese label in src/i18n/field-texts.ts)`,
  );
}

/** The label tables of the schemas' enums; an enum takes the table whose keys are exactly its values. */
export const enumLabelTables: readonly Readonly<Record<string, string>>[] = [
  fieldLabels,
  levelLabels,
  statusLabels,
  documentKindLabels,
  milestoneKindLabels,
  occasionLabels,
  honorificLabels,
  precisionLabels,
];

/** An enum's options with their Vietnamese labels, in the schema's order. */
export function enumOptionsAt(
  values: readonly string[],
  path: FieldPath,
  tables: readonly Readonly<Record<string, string>>[] = enumLabelTables,
): { label: string; value: string }[] {
  const table = tables.find((candidate) => {
    const keys = Object.keys(candidate);
    return keys.length === values.length && values.every((value) => keys.includes(value));
  });
  if (!table) {
    throw new Error(
      `Lựa chọn của trường "${path.join(".")}" (${values.join(", ")}) chưa có nhãn tiếng Việt ` +
        `(enum "${path.join(".")}" has no label table)`,
    );
  }
  return values.map((value) => ({ label: table[value] as string, value }));
}
