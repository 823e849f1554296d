/**
 * Our additions to Decap CMS, bundled by `generate-config.ts` into `public/admin/admin.js` and
 * loaded after decap-cms.js and locale-vi-extra.js. It registers the body components, the
 * preview templates and styles, the checks before every save, and the upload limits. The logic
 * lives in the modules it imports, shared with the build and tested in Node; this file only
 * connects them to Decap's browser API.
 */
import { cmsInput, collectionsFromSchemas, PREVIEW_COLLECTIONS, type DecapCollection } from "./config-from-schemas";
import { editorComponents } from "./editor-components";
import type { EntryIndex, IndexedCollection } from "./entry-index";
import { isUpload } from "./media";
import { dashBullets } from "./rich-text";
import { bodyPreviewHtml, entryPreviewHtml, type PreviewContext } from "./preview";
import { checkEntryForSave, describeProblems, type SaveProblem } from "./save-check";
import { uploadProblem } from "./upload-limits";
import { campaignState, titleWithState } from "../src/lib/campaigns";
import { todayInVietnam } from "../src/lib/dates";
import { successorChain } from "../src/lib/unit-history";

/** The entries of the site when the admin was generated; see `entry-index.ts`. */
declare const __ENTRY_INDEX__: EntryIndex;
/** The preview stylesheet, with a version that changes with its content. */
declare const __PREVIEW_STYLE_URL__: string;

/** The parts of an Immutable.js collection (Decap's entry data) that this file uses. */
interface Immutable {
  size: number;
  get(key: string): unknown;
  set(key: string, value: unknown): Immutable;
  delete(key: string): Immutable;
  has(key: string): boolean;
  map(mapper: (value: unknown) => unknown): Immutable;
  filter(predicate: (value: unknown) => boolean): Immutable;
  every(predicate: (value: unknown) => boolean): boolean;
  toJS(): Record<string, unknown>;
}

interface AssetProxy {
  toString(): string;
}

interface PreviewProps {
  entry: Immutable;
  getAsset: (path: string) => AssetProxy | undefined;
  fieldsMetaData?: Immutable;
}

interface DecapCms {
  registerEditorComponent(component: object): void;
  registerRemarkPlugin(plugin: typeof dashBullets): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: Immutable }) => unknown }): void;
  registerPreviewTemplate(name: string, component: (props: PreviewProps) => unknown): void;
  registerPreviewStyle(url: string): void;
}

declare global {
  interface Window {
    CMS: DecapCms;
    h: (type: string, props: object) => unknown;
  }
}

const { CMS } = window;
const input = cmsInput();
const collections = new Map<string, DecapCollection>(
  collectionsFromSchemas(input).map((collection) => [collection.name, collection]),
);
const index = __ENTRY_INDEX__;

/** Shows an upload from the CMS: a new one from memory, others from the repository. */
function imageUrlFrom(getAsset: PreviewProps["getAsset"]): PreviewContext["imageUrl"] {
  return (src) => (isUpload(src) ? String(getAsset(src) ?? "") || undefined : undefined);
}

/*
 * Body components, with a preview drawn by the site's renderer. Only these three are offered:
 * the body field's `editor_components` lists them.
 */
for (const component of editorComponents) {
  CMS.registerEditorComponent({
    ...component,
    toPreview: (data: Record<string, unknown>, getAsset: PreviewProps["getAsset"]) =>
      bodyPreviewHtml(component.toBlock(data), imageUrlFrom(getAsset)),
  });
}

CMS.registerRemarkPlugin(dashBullets);

/*
 * When an editor types into an optional field and then clears it, Decap saves an empty string
 * (or an empty object for a group of fields). The schemas read "" as a value, and a wrong one
 * ("ngày ''"), so empty values are dropped before saving, as if never touched. Lists have
 * `push`, maps do not.
 */
function isList(value: unknown): value is Immutable {
  return value !== null && typeof value === "object" && typeof (value as { push?: unknown }).push === "function";
}

function isMap(value: unknown): value is Immutable {
  return (
    value !== null &&
    typeof value === "object" &&
    !isList(value) &&
    typeof (value as { keySeq?: unknown }).keySeq === "function"
  );
}

/**
 * A group of fields counts as blank when nothing is left in it but empty lists: an optional group
 * the editor never opened (the how-to section of a model) reaches the save as its lists, emptied
 * of the one blank item Decap starts a list with.
 */
function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === "" ||
    (isMap(value) && value.every((item) => isBlank(item) || (isList(item) && item.size === 0)))
  );
}

function withoutBlanks(value: unknown): unknown {
  if (isList(value) || isMap(value)) return value.map(withoutBlanks).filter((item) => !isBlank(item));
  return value;
}

/** A refused save: Decap shows `String(error)` after "Không lưu được mục:". */
class SaveRefused extends Error {
  override toString(): string {
    return this.message;
  }
}

/**
 * The reasons a save was refused, kept on screen until the editor closes them: Decap's own
 * notice disappears after a few seconds, too soon to read a list.
 */
function showProblems(problems: SaveProblem[]): void {
  document.getElementById("save-problems")?.remove();
  const panel = document.createElement("section");
  panel.id = "save-problems";
  panel.setAttribute("role", "alert");
  panel.setAttribute("aria-labelledby", "save-problems-title");
  const title = document.createElement("h2");
  title.id = "save-problems-title";
  title.textContent = "Chưa lưu được. Hãy sửa rồi lưu lại:";
  const items = document.createElement("ul");
  for (const problem of problems) {
    const item = document.createElement("li");
    item.textContent = describeProblems([problem]);
    items.append(item);
  }
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = "Đóng";
  close.addEventListener("click", () => panel.remove());
  panel.append(title, items, close);
  document.body.append(panel);
}

/** A photo's size in pixels as the browser reads it; `undefined` for other files. */
async function dimensionsOf(file: File): Promise<{ width: number; height: number } | undefined> {
  if (!file.type.startsWith("image/")) return undefined;
  try {
    const bitmap = await createImageBitmap(file);
    const dimensions = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return dimensions;
  } catch {
    return undefined;
  }
}

/** A photo uploaded with the entry and saved with it. */
interface DraftMediaFile {
  name: string;
  size: number;
  file?: File;
  /** Uploaded in this editing session: the files Decap writes with the entry (its `getMediaAssets`). */
  draft?: boolean;
}

/**
 * The upload limits again at save time, over the photos uploaded with the entry: a second line
 * behind the check at upload, which is where an editor learns of it first. Decap's list also
 * holds files already in the repository, entry files among them; only its drafts are written
 * with the entry, and only they are judged.
 */
async function uploadProblems(entry: Immutable): Promise<SaveProblem[]> {
  const media = ((entry.get("mediaFiles") as Immutable | undefined)?.toJS() ?? []) as unknown as DraftMediaFile[];
  const problems: SaveProblem[] = [];
  for (const { name, size, file, draft } of media) {
    if (!draft) continue;
    const problem = uploadProblem({ name, size, dimensions: file ? await dimensionsOf(file) : undefined });
    if (problem) problems.push({ field: "Ảnh tải lên", message: problem });
  }
  return problems;
}

CMS.registerEventListener({
  name: "preSave",
  handler: async ({ entry }) => {
    const collection = collections.get(String(entry.get("collection")));
    const data = entry.get("data") as Immutable;
    // The body is kept as it is: an empty body is an entry without a story, not a stray value.
    const cleaned = withoutBlanks(data.delete("body")) as Immutable;
    const withBody = data.has("body") ? cleaned.set("body", data.get("body")) : cleaned;
    if (!collection) return withBody;
    const schema = input.schemas[collection.name];
    const check = checkEntryForSave(withBody.toJS(), {
      collection,
      schema,
      index,
      isNew: entry.get("newRecord") === true,
    });
    const problems = [...check.problems, ...(await uploadProblems(entry))];
    if (problems.length > 0) {
      showProblems(problems);
      throw new SaveRefused(describeProblems(problems));
    }
    document.getElementById("save-problems")?.remove();
    return check.body === undefined ? withBody : withBody.set("body", check.body);
  },
});

/** The name of a referenced entry: from the index, else from what the relation field loaded. */
function nameFrom(metadata: Immutable | undefined): PreviewContext["nameOf"] {
  return (collection, id) => {
    const known = index[collection as IndexedCollection]?.[id];
    if (known) return known;
    const fields = (metadata?.toJS() ?? {}) as Record<string, Record<string, Record<string, Record<string, unknown>>>>;
    for (const byCollection of Object.values(fields)) {
      const found = byCollection?.[collection]?.[id];
      if (found) return String(found.title ?? found.name ?? id);
    }
    return undefined;
  };
}

/** Units as the index knows them, to follow a unit to the one it merged into. */
const indexedUnits = Object.entries(index.units).map(([id, name]) => ({ id, name, successor: index.successors[id] }));

/** The facts the site derives from other entries: a campaign's state today, a unit's present name. */
const derived: Pick<PreviewContext, "campaignTitle" | "unitNow"> = {
  campaignTitle: (id) => {
    const title = index.campaigns[id];
    const dates = index.campaignDates[id];
    return title && dates ? titleWithState(title, campaignState(dates, todayInVietnam())) : title;
  },
  unitNow: (id) => {
    const unit = indexedUnits.find((candidate) => candidate.id === id);
    return unit && successorChain(unit, indexedUnits).at(-1);
  },
};

CMS.registerPreviewStyle(__PREVIEW_STYLE_URL__);
for (const name of PREVIEW_COLLECTIONS) {
  CMS.registerPreviewTemplate(name, (props) => {
    const { body, ...data } = props.entry.get("data") ? (props.entry.get("data") as Immutable).toJS() : {};
    const html = entryPreviewHtml(name, data, typeof body === "string" ? body : "", {
      nameOf: nameFrom(props.fieldsMetaData),
      imageUrl: imageUrlFrom(props.getAsset),
      ...derived,
    });
    return window.h("div", { dangerouslySetInnerHTML: { __html: html } });
  });
}

/*
 * A few phrases Decap shows without going through its locale: react-select's empty and loading
 * messages in select and relation fields, and the question before replacing an uploaded file.
 */
const PHRASES: Record<string, string> = { "No options": "Không có lựa chọn phù hợp", "Loading...": "Đang tải…" };

function translateUnder(node: Node): void {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const phrase = PHRASES[text.nodeValue ?? ""];
    if (phrase) text.nodeValue = phrase;
  }
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) for (const node of mutation.addedNodes) translateUnder(node);
}).observe(document.body, { childList: true, subtree: true });

const askInEnglish = window.confirm.bind(window);
window.confirm = (message?: string) => {
  const existing = /^(.+) already exists\. Do you want to replace it\?$/.exec(message ?? "");
  return askInEnglish(existing ? `Đã có tệp “${existing[1] ?? ""}”. Thay tệp cũ bằng tệp này?` : message);
};

/*
 * Upload limits. Every upload goes through a file input of Decap's media library; this listener
 * sees the choice first (capture phase, on the window), reads the photo's size in pixels, and
 * either lets Decap have it or refuses it with an explanation. Decap's own `max_file_size` check
 * stays as a second line.
 */
const CHECKED = "dvkUploadChecked";

window.addEventListener(
  "change",
  (event) => {
    const target = event.target;
    if (!(target instanceof HTMLInputElement) || target.type !== "file" || !target.files?.length) return;
    if (target.dataset[CHECKED] === "1") {
      delete target.dataset[CHECKED];
      return;
    }
    event.stopImmediatePropagation();
    const files = [...target.files];
    void (async () => {
      for (const file of files) {
        // The weight first: it is known without reading the photo.
        const problem =
          uploadProblem({ name: file.name, size: file.size }) ??
          uploadProblem({ name: file.name, size: file.size, dimensions: await dimensionsOf(file) });
        if (problem) {
          window.alert(problem);
          target.value = "";
          return;
        }
      }
      target.dataset[CHECKED] = "1";
      target.dispatchEvent(new Event("change", { bubbles: true }));
    })();
  },
  true,
);
