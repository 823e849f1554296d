import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { processBody } from "../src/lib/body";
import { readSourceFiles } from "../src/loaders/read-content";
import { prepareBody } from "./body-text";
import { editorComponents } from "./editor-components";
import { dashBullets } from "./rich-text";

/**
 * The body round trip through Decap's rich-text editor, with Decap's own code: its Markdown
 * serializer (`decap-cms-widget-markdown/src/serializers`, the version bundled in the
 * decap-cms we serve) and its editor-component factory, with our components and remark plugin
 * registered as `admin.ts` registers them. Loading a body into the editor and writing it back,
 * then the save step of `body-text.ts`, must give back every sample body byte for byte.
 */

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const root = new URL("..", import.meta.url).pathname;
const PREVIEW_FIXTURE = "tests/fixtures/cms-preview/model.mdx";

interface SlateNode {
  type?: string;
  text?: string;
  data?: { shortcode?: string; shortcodeData?: Record<string, string> };
  children?: SlateNode[];
}

interface Serializers {
  markdownToSlate: (markdown: string, options: object) => SlateNode[];
  slateToMarkdown: (nodes: SlateNode[], options: object) => string;
  createEditorComponent: (config: object) => { id: string };
  registerEditorComponents: (components: object[]) => void;
}

let decap: Serializers;
const workDir = mkdtempSync(join(tmpdir(), "decap-serializers-"));

/**
 * Bundles Decap's serializers for Node. Their module reads the registered components from the
 * markdown control, which needs React; a stand-in module holds the registry instead.
 */
beforeAll(async () => {
  const markdown = packageDir("decap-cms-widget-markdown");
  const entry = [
    `export { markdownToSlate, slateToMarkdown } from ${JSON.stringify(join(markdown, "src/serializers/index.js"))};`,
    `export { default as createEditorComponent } from ${JSON.stringify(join(packageDir("decap-cms-core"), "src/valueObjects/EditorComponent.js"))};`,
    `export { registerEditorComponents } from "registry";`,
  ].join("\n");
  const registry = [
    `import { Map } from "immutable";`,
    `let components = Map();`,
    `export const getEditorComponents = () => components;`,
    `export const registerEditorComponents = (list) => { components = Map(list.map((c) => [c.id, c])); };`,
  ].join("\n");
  // CommonJS, loaded with Node's own `require`: Vite would resolve a path outside the project
  // against the project root.
  const outfile = join(workDir, "serializers.cjs");
  await build({
    stdin: { contents: entry, resolveDir: markdown, loader: "js" },
    bundle: true,
    format: "cjs",
    platform: "browser",
    mainFields: ["browser", "module", "main"],
    outfile,
    logLevel: "error",
    plugins: [
      {
        name: "decap-stand-ins",
        setup(build) {
          build.onResolve({ filter: /^(registry|\.\.\/MarkdownControl)$/ }, () => ({
            path: "registry",
            namespace: "stand-in",
          }));
          // React renders component previews to HTML, which the Markdown round trip never does.
          build.onResolve({ filter: /^react(-dom\/server)?$/ }, (args) => ({ path: args.path, namespace: "react" }));
          build.onLoad({ filter: /.*/, namespace: "stand-in" }, () => ({ contents: registry, resolveDir: markdown }));
          build.onLoad({ filter: /.*/, namespace: "react" }, () => ({
            contents: "export const createElement = () => null; export const renderToString = () => '';",
          }));
        },
      },
    ],
  });
  decap = require(outfile) as Serializers;
  decap.registerEditorComponents(editorComponents.map((component) => decap.createEditorComponent(component)));
}, 60_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const options = { remarkPlugins: [dashBullets] };
const roundTrip = (body: string) => decap.slateToMarkdown(decap.markdownToSlate(body, options), options);

function shortcodesIn(nodes: SlateNode[]): string[] {
  return nodes.flatMap((node) => [
    ...(node.type === "shortcode" && node.data?.shortcode ? [node.data.shortcode] : []),
    ...shortcodesIn(node.children ?? []),
  ]);
}

// The project's entries, whichever they are, and a fixture with every component in its body.
const bodies = [
  ...readSourceFiles(root).filter((file) => file.path.endsWith(".mdx")),
  { path: PREVIEW_FIXTURE, text: readFileSync(join(root, PREVIEW_FIXTURE), "utf8") },
].map((file) => [file.path, file.text.replace(/^---\n[\s\S]*?\n---\n/, "")] as const);

describe("every sample body survives the rich-text editor byte for byte", () => {
  it("finds the sample bodies", () => {
    expect(bodies.length).toBeGreaterThan(1);
  });

  it.each(bodies)("%s", (_path, body) => {
    expect(prepareBody(roundTrip(body))).toBe(body);
  });

  it.each(bodies.filter(([, body]) => /^<(PullQuote|KeyFigure|Figure)\b/m.test(body)))(
    "%s: its components open as component forms, not as text",
    (_path, body) => {
      const written = [...body.matchAll(/^<(PullQuote|KeyFigure|Figure)\b/gm)].map((match) => match[1]);
      expect(shortcodesIn(decap.markdownToSlate(body, options))).toEqual(written);
    },
  );
});

describe("what an editor types in the rich-text editor", () => {
  const typed = "Giá {5} nghìn, <b>đậm</b>, <!-- ghi chú -->, 1 < 2 > 0, {/* c */}";
  const paragraph = (text: string): SlateNode[] => [{ type: "paragraph", children: [{ text }] }];

  it("is saved as text that builds and reads as typed", () => {
    const saved = prepareBody(decap.slateToMarkdown(paragraph(typed), options));
    const result = processBody(saved);
    expect(result.ok && result.html).toBe(
      "<p>Giá {5} nghìn, &#x3C;b>đậm&#x3C;/b>, &#x3C;!-- ghi chú -->, 1 &#x3C; 2 > 0, {/* c */}</p>",
    );
  });

  it("opens again as the same text, and saves to the same bytes", () => {
    const saved = prepareBody(decap.slateToMarkdown(paragraph(typed), options));
    const reopened = decap.markdownToSlate(saved, options);
    expect(reopened[0]?.children?.[0]?.text).toBe(typed);
    expect(prepareBody(decap.slateToMarkdown(reopened, options))).toBe(saved);
  });

  it("writes a text typed next to a component without touching the component", () => {
    const body = '\n<KeyFigure value="540" label="đàn ong" />\n\nĐoạn sau.\n';
    const nodes = decap.markdownToSlate(body, options);
    nodes.push(...paragraph("Thêm {một} câu."));
    expect(prepareBody(decap.slateToMarkdown(nodes, options))).toBe(
      '\n<KeyFigure value="540" label="đàn ong" />\n\nĐoạn sau.\n\nThêm \\{một\\} câu.\n',
    );
  });

  it("writes lists with dashes, as our files do", () => {
    expect(roundTrip("- một\n- hai\n")).toBe("- một\n- hai");
  });
});
