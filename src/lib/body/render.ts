import type { Element, ElementContent, Root as HastRoot } from "hast";
import type { Root } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import type { State } from "mdast-util-to-hast";
import { unified } from "unified";
import { isBodyComponent } from "./components";

/** Where a body image points, in the form Astro's content layer optimises at render time. */
export interface BodyImage {
  src: string;
  alt: string;
}

function props(node: MdxJsxFlowElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === "mdxJsxAttribute" && typeof attribute.value === "string") {
      out[attribute.name] = attribute.value;
    }
  }
  return out;
}

function el(tagName: string, className: string | undefined, children: ElementContent[]): Element {
  return { type: "element", tagName, properties: className ? { className: [className] } : {}, children };
}

const text = (value: string): ElementContent => ({ type: "text", value });

/**
 * Renders a checked body to HTML. Only call it on a tree that `checkBody` passed: anything
 * not on the allow-list is dropped here, never passed through.
 */
export function renderBody(tree: Root): { html: string; images: BodyImage[] } {
  const images: BodyImage[] = [];
  const component = (state: State, node: MdxJsxFlowElement): Element | undefined => {
    if (!isBodyComponent(node.name)) return undefined;
    const p = props(node);
    switch (node.name) {
      case "PullQuote": {
        const who = [p.attribution, p.role].filter(Boolean).join(", ");
        return el("figure", "pull-quote", [
          el("blockquote", undefined, state.all(node) as ElementContent[]),
          el("figcaption", undefined, [text(`— ${who}`)]),
        ]);
      }
      case "KeyFigure":
        return el("p", "key-figure", [
          el("strong", undefined, [text(p.value ?? "")]),
          el("span", undefined, [text(p.label ?? "")]),
        ]);
      case "Figure": {
        const index = images.length;
        images.push({ src: p.src ?? "", alt: p.alt ?? "" });
        const image: Element = {
          type: "element",
          tagName: "img",
          properties: {
            __ASTRO_IMAGE_: JSON.stringify({
              src: p.src,
              alt: p.alt,
              index,
              widths: [360, 720, 1080],
              sizes: "(max-width: 45rem) 100vw, 45rem",
              loading: "lazy",
            }),
          },
          children: [],
        };
        const caption: ElementContent[] = [];
        if (p.caption) caption.push(text(`${p.caption} `));
        caption.push(el("span", "credit", [text(`Ảnh: ${p.credit ?? ""}`)]));
        return el("figure", "body-figure", [image, el("figcaption", undefined, caption)]);
      }
    }
  };
  const processor = unified()
    .use(remarkRehype, {
      handlers: {
        mdxJsxFlowElement: component,
        mdxJsxTextElement: () => undefined,
        mdxFlowExpression: () => undefined,
        mdxTextExpression: () => undefined,
        mdxjsEsm: () => undefined,
      },
    })
    .use(rehypeStringify);
  const hast = processor.runSync(tree) as HastRoot;
  return { html: processor.stringify(hast), images };
}
