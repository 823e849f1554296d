import { shownParts, type ConsentedPerson } from "../src/lib/consent";
import { formatDate } from "../src/lib/dates";
import { processBody } from "../src/lib/body";
import { storyPath, unitPath } from "../src/lib/urls";
import { storyFactRows, type FactRow, type StoryFacts } from "../src/lib/story-facts";
import { fieldLabels, occasionLabels, t } from "../src/i18n/vi";
import type { PreviewCollection } from "./config-from-schemas";
import { escapeBodyText } from "./body-text";
import type { StyleScope } from "./preview-css";

/**
 * The CMS preview of models, people and news, as HTML. It follows the markup of the site's
 * story page (`src/layouts/Story.astro` and the pages that fill it) with the site's own CSS
 * (`preview.css`), renders the body with the site's body pipeline (`src/lib/body`), the facts
 * with `src/lib/story-facts.ts` and every word with `t()`, so that what an editor sees is what
 * the site will show. Photos are shown as uploaded; the site serves resized copies.
 * Pure: the browser script passes in how to name references and where images are.
 */

export interface PreviewContext {
  /** The display name of an entry another entry points at, if known. */
  nameOf: (collection: "units" | "campaigns" | "models" | "people", id: string) => string | undefined;
  /** The address an image path of an entry can be shown from in the CMS, if it can be. */
  imageUrl: (src: string) => string | undefined;
  /** A campaign's title as the site writes it today, with where it stands, if known. */
  campaignTitle?: ((id: string) => string | undefined) | undefined;
  /** The unit a unit that merged away is part of now, if any. */
  unitNow?: ((id: string) => { id: string; name: string } | undefined) | undefined;
}

/** A campaign's title: as the site writes it today if the context knows, else its name. */
function campaignTitleIn(context: PreviewContext, id: string): string {
  return context.campaignTitle?.(id) ?? context.nameOf("campaigns", id) ?? id;
}

type Data = Record<string, unknown>;

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(value: unknown): string {
  return String(value ?? "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");
const list = (value: unknown): Data[] => (Array.isArray(value) ? (value as Data[]) : []);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (value: unknown) => (typeof value === "string" && ISO_DAY.test(value) ? formatDate(value) : "");

/**
 * Marks every element of a component's own template with the component's style scope, as Astro
 * does, so that the component's scoped CSS applies (see `preview-css.ts`). Only for markup the
 * component itself writes: content it receives is added afterwards, unmarked.
 */
function scoped(scope: StyleScope, html: string): string {
  return html.replace(/<([a-z][a-z0-9]*)(?=[\s>])/g, `<$1 data-scope="${scope}"`);
}

/**
 * A photo as the preview shows it; one the CMS cannot load (an image that came with the code)
 * is a frame with its description, so the layout still reads like the page.
 */
function photoHtml(src: string, alt: unknown, context: Pick<PreviewContext, "imageUrl">): string {
  const url = context.imageUrl(src);
  return url
    ? `<img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}" loading="lazy">`
    : `<div class="preview-image" role="img" aria-label="${escapeHtml(alt)}"><span>${escapeHtml(alt)}</span><small>${escapeHtml(src)}: ảnh có sẵn trong mã nguồn, trang sẽ hiện ảnh này; bản xem trước chỉ hiện được ảnh tải lên.</small></div>`;
}

/** The place in the body text where the site's loader puts an optimised picture. */
const IMAGE_PLACEHOLDER = /<img __ASTRO_IMAGE_="[^"]*">/g;

/**
 * A body as the site will render it once saved (escaped as the save escapes it), with photos
 * shown from the CMS. A body the build would still refuse shows the checker's reasons instead,
 * so the editor sees what to fix while typing.
 */
export function bodyPreviewHtml(body: string, imageUrl: PreviewContext["imageUrl"]): string {
  if (body.trim() === "") return "";
  const result = processBody(escapeBodyText(body));
  if (!result.ok) {
    const items = result.problems
      .map((problem) => `<li>${problem.line ? `Dòng ${problem.line}: ` : ""}${escapeHtml(problem.vi)}</li>`)
      .join("");
    return `<div class="preview-problems" role="alert"><p><strong>Nội dung chưa lưu được:</strong></p><ul>${items}</ul></div>`;
  }
  let index = 0;
  return result.html.replace(IMAGE_PLACEHOLDER, () => {
    const image = result.images[index++];
    return image ? photoHtml(image.src, image.alt, { imageUrl }) : "";
  });
}

function coverHtml(photo: unknown, shape: "wide" | "portrait", context: PreviewContext): string {
  const cover = (photo ?? {}) as Data;
  if (!text(cover.src)) return "";
  const caption = text(cover.caption) ? `<span>${escapeHtml(cover.caption)} </span>` : "";
  // The picture is a component of its own on the site (Astro's <Picture>), outside the scope.
  return (
    scoped("Cover", `<figure class="cover ${shape}">`) +
    photoHtml(text(cover.src), cover.alt, context) +
    scoped(
      "Cover",
      `<figcaption>${caption}<span class="credit">${escapeHtml(t("story.photoCredit"))}: ${escapeHtml(cover.credit)}</span></figcaption></figure>`,
    )
  );
}

function factsHtml(rows: FactRow[]): string {
  const items = rows
    .map(
      (row) =>
        `<div><dt>${escapeHtml(row.label)}</dt><dd>${row.href ? `<a href="${escapeHtml(row.href)}">${escapeHtml(row.value)}</a>` : escapeHtml(row.value)}</dd></div>`,
    )
    .join("");
  return scoped(
    "FactsBox",
    `<aside class="facts" aria-labelledby="facts-title"><h2 id="facts-title">${escapeHtml(t("facts.title"))}</h2><dl>${items}</dl></aside>`,
  );
}

/** A note to the editor, not part of the page: why something will not show on the site. */
function editorNote(message: string): string {
  return `<p class="preview-note" role="note">${escapeHtml(message)}</p>`;
}

/** The facts a model and a person share, once the fields they need are filled in. */
function sharedFacts(data: Data, context: PreviewContext): FactRow[] {
  const complete =
    typeof data.field === "string" &&
    data.field in fieldLabels &&
    text(data.unit) &&
    text(data.campaign) &&
    typeof data.status === "string" &&
    day(data.registeredOn);
  if (!complete) return [];
  const recognition = data.recognition as StoryFacts["recognition"];
  const entry = {
    ...(data as unknown as StoryFacts),
    recognition: recognition && day(recognition.date) && text(recognition.by) ? recognition : undefined,
  };
  return storyFactRows(entry, {
    unitName: (id) => context.nameOf("units", id) ?? id,
    campaignTitle: (id) => campaignTitleIn(context, id),
    unitNow: context.unitNow,
  });
}

function publicationFacts(data: Data): FactRow[] {
  const rows: FactRow[] = [];
  if (day(data.publishedOn)) rows.push({ label: t("facts.published"), value: day(data.publishedOn) });
  if (day(data.updatedOn)) rows.push({ label: t("facts.updated"), value: day(data.updatedOn) });
  return rows;
}

function awardsHtml(data: Data, context: PreviewContext): string {
  const awards = list(data.awards).filter((award) => text(award.title));
  if (awards.length === 0) return "";
  const items = awards
    .map((award) => {
      const occasion = occasionLabels[(award.occasion as keyof typeof occasionLabels) ?? "khac"] ?? occasionLabels.khac;
      const by = context.nameOf("units", text(award.by)) ?? text(award.by);
      return `<li>${escapeHtml(award.title)} (${escapeHtml([occasion, day(award.date), by].filter(Boolean).join(", "))})</li>`;
    })
    .join("");
  return `<section><h2>${escapeHtml(t("story.awards"))}</h2><ul>${items}</ul></section>`;
}

function resultsHtml(data: Data): string {
  const results = list(data.results).filter((result) => text(result.label));
  if (results.length === 0) return "";
  const items = results
    .map((result) => `<div><dt>${escapeHtml(result.label)}</dt><dd>${escapeHtml(result.value)}</dd></div>`)
    .join("");
  return scoped(
    "ModelPage",
    `<section><h2>${escapeHtml(t("story.results"))}</h2><dl class="results">${items}</dl></section>`,
  );
}

/** Labels of the four needs, in the order the page shows them. */
const NEED_LABELS = [
  ["people", "howto.needPeople"],
  ["money", "howto.needMoney"],
  ["time", "howto.needTime"],
  ["materials", "howto.needMaterials"],
] as const;

/**
 * The how-to section, as `src/components/ReplicationGuide.astro` writes it. The page adds the
 * association's office to the contact line; the preview, which does not read the settings,
 * leaves that sentence out.
 */
export function replicationHtml(data: Data, context: PreviewContext): string {
  const replication = (data.replication ?? {}) as Data;
  const steps = list(replication.steps).filter((step) => text(step.title));
  if (steps.length === 0) return "";
  const needs = (replication.needs ?? {}) as Data;
  const contact = (replication.contact ?? {}) as Data;
  const heading = (key: Parameters<typeof t>[0]) => `<h3>${escapeHtml(t(key))}</h3>`;
  const stepItems = steps
    .map(
      (step) =>
        `<li><strong>${escapeHtml(text(step.title))}</strong>${text(step.detail) ? `<p>${escapeHtml(text(step.detail))}</p>` : ""}</li>`,
    )
    .join("");
  const needRows = NEED_LABELS.filter(([need]) => text(needs[need]))
    .map(([need, label]) => `<div><dt>${escapeHtml(t(label))}</dt><dd>${escapeHtml(text(needs[need]))}</dd></div>`)
    .join("");
  const conditions = list(replication.conditions)
    .filter((condition) => text(condition.text))
    .map((condition) => `<li>${escapeHtml(text(condition.text))}</li>`)
    .join("");
  const mistakes = list(replication.mistakes)
    .filter((item) => text(item.mistake))
    .map(
      (item) =>
        `<li>${escapeHtml(text(item.mistake))}${text(item.instead) ? ` <strong>${escapeHtml(t("howto.instead"))}:</strong> ${escapeHtml(text(item.instead))}` : ""}</li>`,
    )
    .join("");
  const unit = text(contact.unit);
  const unitName = unit ? (context.nameOf("units", unit) ?? unit) : "";
  const office = text(contact.office);
  const contactLine = unit
    ? `${heading("howto.contact")}<p><a href="${escapeHtml(unitPath(unit))}">${escapeHtml(office || unitName)}</a>${office ? ` <span>(${escapeHtml(unitName)})</span>` : ""}.</p>`
    : "";
  return scoped(
    "ReplicationGuide",
    `<section class="howto"><h2>${escapeHtml(t("howto.title"))}</h2><p class="intro">${escapeHtml(t("howto.intro"))}</p>` +
      `${heading("howto.steps")}<ol class="steps">${stepItems}</ol>` +
      (needRows ? `${heading("howto.needs")}<dl class="needs">${needRows}</dl>` : "") +
      (conditions ? `${heading("howto.conditions")}<ul>${conditions}</ul>` : "") +
      (mistakes ? `${heading("howto.mistakes")}<ul>${mistakes}</ul>` : "") +
      `${contactLine}</section>`,
  );
}

interface StoryParts {
  title: string;
  summary: unknown;
  sample: boolean;
  photo: string;
  facts: FactRow[];
  body: string;
  /** What the page shows after the facts and body, before the press box. */
  beforePress?: string;
  notes: string[];
}

/** The story page: the same elements and classes as `Story.astro`. */
function storyHtml(parts: StoryParts): string {
  const sample = parts.sample
    ? scoped(
        "SampleLabel",
        `<p class="sample-note" role="note"><strong>${escapeHtml(t("sample.label"))}.</strong> ${escapeHtml(t("sample.explain"))}</p>`,
      )
    : "";
  const [articleOpen, headerOpen, heading, gridOpen, bodyOpen, close] = [
    `<article class="story">`,
    `<header class="prose">`,
    `<h1>${escapeHtml(parts.title)}</h1><p class="lede">${escapeHtml(parts.summary)}</p></header>`,
    `<div class="story-grid">`,
    `<div class="prose body">`,
    `</div></div>`,
  ].map((piece) => scoped("Story", piece));
  return (
    `<main class="wrap">${parts.notes.map(editorNote).join("")}${articleOpen}${headerOpen}${sample}${heading}` +
    `${parts.photo}${gridOpen}${factsHtml(parts.facts)}${bodyOpen}${parts.body}${close}${parts.beforePress ?? ""}` +
    `</article></main>`
  );
}

function modelHtml(data: Data, body: string, context: PreviewContext): string {
  const facts = sharedFacts(data, context);
  const place = (data.place ?? {}) as Data;
  if (text(place.commune)) {
    facts.push({
      label: t("facts.place"),
      value: [text(place.village), text(place.commune)].filter(Boolean).join(", "),
    });
  }
  if (text(data.replicatedFrom)) {
    const id = text(data.replicatedFrom);
    facts.push({
      label: t("facts.replicatedFrom"),
      value: context.nameOf("models", id) ?? id,
      href: storyPath("models", id),
    });
  }
  facts.push(...publicationFacts(data));
  return storyHtml({
    title: text(data.title),
    summary: data.summary,
    sample: data.sample === true,
    photo: coverHtml(data.cover, "wide", context),
    facts,
    body: bodyPreviewHtml(body, context.imageUrl) + resultsHtml(data) + awardsHtml(data, context),
    beforePress: replicationHtml(data, context),
    notes: data.draft === true ? ["Mục này đang bật “Chưa đăng lên trang”: trang sẽ không hiện mục này."] : [],
  });
}

function personHtml(data: Data, body: string, context: PreviewContext): string {
  const consent = (data.consent ?? {}) as Data;
  // The same rule as the site's pages: a part shows only with its consent.
  const shown = shownParts({
    // Whatever the editor's form holds: shownParts counts only a literal `true` as agreed.
    consent: consent as ConsentedPerson<unknown>["consent"],
    portrait: text((data.portrait as Data | undefined)?.src) ? data.portrait : undefined,
    birthYear: typeof data.birthYear === "number" ? data.birthYear : undefined,
  });
  const facts = [
    ...(text(data.position) ? [{ label: t("facts.position"), value: text(data.position) }] : []),
    ...sharedFacts(data, context),
  ];
  if (shown.birthYear !== undefined) {
    facts.push({ label: t("facts.birthYear"), value: String(shown.birthYear) });
  }
  facts.push(...publicationFacts(data));
  const notes: string[] = [];
  if (consent.name !== true || consent.withdrawn === true) {
    notes.push("Chưa có đồng ý công bố họ tên, hoặc đã rút lại đồng ý: người này sẽ không xuất hiện ở đâu trên trang.");
  } else if (data.draft === true) {
    notes.push("Mục này đang bật “Chưa đăng lên trang”: trang sẽ không hiện mục này.");
  }
  if (shown.portrait === undefined && text((data.portrait as Data | undefined)?.src)) {
    notes.push("Chưa có đồng ý công bố ảnh: trang sẽ không hiện ảnh chân dung.");
  }
  if (!shown.story && body.trim() !== "") {
    notes.push("Chưa có đồng ý công bố câu chuyện: trang sẽ không hiện phần nội dung.");
  }
  return storyHtml({
    title: [text(data.honorific), text(data.name)].filter(Boolean).join(" "),
    summary: data.summary,
    sample: data.sample === true,
    photo: coverHtml(shown.portrait, "portrait", context),
    facts,
    body: (shown.story ? bodyPreviewHtml(body, context.imageUrl) : "") + awardsHtml(data, context),
    notes,
  });
}

function newsHtml(data: Data, body: string, context: PreviewContext): string {
  const facts: FactRow[] = day(data.publishedOn) ? [{ label: t("facts.published"), value: day(data.publishedOn) }] : [];
  if (text(data.campaign)) {
    facts.push({
      label: t("facts.campaign"),
      value: campaignTitleIn(context, text(data.campaign)),
    });
  }
  const related = [
    ...list(data.relatedModels).map(
      (id) => [storyPath("models", String(id)), context.nameOf("models", String(id))] as const,
    ),
    ...list(data.relatedPeople).map(
      (id) => [storyPath("people", String(id)), context.nameOf("people", String(id))] as const,
    ),
  ].map(([href, name]) => `<li><a href="${escapeHtml(href)}">${escapeHtml(name ?? href)}</a></li>`);
  const relatedHtml =
    related.length > 0
      ? `<section><h2>${escapeHtml(t("news.related"))}</h2><ul>${related.join("")}</ul></section>`
      : "";
  return storyHtml({
    title: text(data.title),
    summary: data.summary,
    sample: data.sample === true,
    photo: coverHtml(data.cover, "wide", context),
    facts,
    body: bodyPreviewHtml(body, context.imageUrl) + relatedHtml,
    notes: data.draft === true ? ["Mục này đang bật “Chưa đăng lên trang”: trang sẽ không hiện mục này."] : [],
  });
}

/** The preview of an entry being edited: its front-matter data and its body. */
export function entryPreviewHtml(
  collection: PreviewCollection,
  data: Data,
  body: string,
  context: PreviewContext,
): string {
  switch (collection) {
    case "models":
      return modelHtml(data, body, context);
    case "people":
      return personHtml(data, body, context);
    case "news":
      return newsHtml(data, body, context);
  }
}
