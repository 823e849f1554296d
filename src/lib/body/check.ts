import type { Root } from "mdast";
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from "mdast-util-mdx";
import type { Node } from "unist";
import { visit } from "unist-util-visit";
import { BODY_COMPONENTS, isBodyComponent } from "./components";
import type { BodyProblem } from "./problems";

const SAFE_URL = /^(?:https?:\/\/|mailto:|tel:|\/(?!\/)|#|\.{0,2}\/)/i;

function at(node: Node): Pick<BodyProblem, "line" | "column"> {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column } : {};
}

/** Whether a link target is one we let through: web, mail, phone, or a path on this site. */
export function isSafeUrl(url: string): boolean {
  const trimmed = url.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return SAFE_URL.test(trimmed);
  return true;
}

function checkAttributes(
  name: keyof typeof BODY_COMPONENTS,
  attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[],
  node: Node,
): BodyProblem[] {
  const spec = BODY_COMPONENTS[name];
  const problems: BodyProblem[] = [];
  const seen = new Set<string>();
  for (const attribute of attributes) {
    if (attribute.type === "mdxJsxExpressionAttribute") {
      problems.push({ ...at(node), vi: `<${name}> không được dùng {...}`, en: `<${name}> may not spread attributes` });
      continue;
    }
    const allowed = Object.hasOwn(spec.required, attribute.name) || Object.hasOwn(spec.optional, attribute.name);
    if (!allowed) {
      problems.push({
        ...at(node),
        vi: `<${name}> không có thuộc tính “${attribute.name}”`,
        en: `<${name}> has no prop "${attribute.name}"`,
      });
    } else if (typeof attribute.value !== "string") {
      problems.push({
        ...at(node),
        vi: `thuộc tính “${attribute.name}” của <${name}> phải là chữ trong dấu ngoặc kép, không phải biểu thức`,
        en: `prop "${attribute.name}" of <${name}> must be a literal string`,
      });
    } else if (name === "Figure" && attribute.name === "alt" && attribute.value.trim().length < 5) {
      problems.push({
        ...at(node),
        vi: "<Figure> cần mô tả ảnh (alt) ít nhất 5 ký tự: người khiếm thị nghe mô tả này thay cho ảnh",
        en: "a Figure's alt text must be at least 5 characters",
      });
    } else if (name === "Figure" && attribute.name === "src" && !/^[^:/\\][^:]*$/.test(attribute.value)) {
      problems.push({
        ...at(node),
        vi: "đường dẫn ảnh không an toàn: ảnh phải là tệp đã tải lên (../../assets/…), không phải địa chỉ web",
        en: "a Figure's src must be a relative path to an uploaded file",
      });
    }
    seen.add(attribute.name);
  }
  for (const [prop, label] of Object.entries(spec.required)) {
    if (!seen.has(prop)) {
      problems.push({
        ...at(node),
        vi: `<${name}> thiếu “${label}” (${prop})`,
        en: `<${name}> is missing the prop "${prop}"`,
      });
    }
  }
  return problems;
}

/** The image files a body's figures point at, relative to the entry file. */
export function figureSources(tree: Root): { src: string; line?: number | undefined }[] {
  const sources: { src: string; line?: number | undefined }[] = [];
  visit(tree, "mdxJsxFlowElement", (node) => {
    if (node.name !== "Figure") return;
    for (const attribute of node.attributes) {
      if (attribute.type === "mdxJsxAttribute" && attribute.name === "src" && typeof attribute.value === "string") {
        sources.push({ src: attribute.value, line: node.position?.start.line });
      }
    }
  });
  return sources;
}

/**
 * Checks a parsed body against the rules for untrusted content: no import/export, no
 * expressions, no JSX but the allow-listed components with literal props, no unsafe links.
 * Returns every problem found, in document order.
 */
export function checkBody(tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  visit(tree, (node) => {
    switch (node.type) {
      case "mdxjsEsm":
        problems.push({
          ...at(node),
          vi: "không được dùng import/export trong nội dung",
          en: "import/export is not allowed in a body",
        });
        return "skip";
      case "mdxFlowExpression":
      case "mdxTextExpression":
        problems.push({
          ...at(node),
          vi: "không được dùng biểu thức {…} trong nội dung; muốn viết dấu ngoặc nhọn hãy viết \\{",
          en: "{expressions} are not allowed in a body",
        });
        return "skip";
      case "mdxJsxTextElement":
      case "mdxJsxFlowElement": {
        const name = node.name;
        if (!isBodyComponent(name)) {
          problems.push({
            ...at(node),
            vi: `thẻ <${name ?? ""}> không được phép; chỉ dùng: ${Object.keys(BODY_COMPONENTS).join(", ")}`,
            en: `<${name ?? "fragment"}> is not an allowed component`,
          });
          return "skip";
        }
        if (node.type === "mdxJsxTextElement") {
          problems.push({
            ...at(node),
            vi: `<${name}> phải đứng riêng một đoạn, không nằm giữa dòng chữ`,
            en: `<${name}> must stand on its own line`,
          });
        }
        problems.push(...checkAttributes(name, node.attributes, node));
        if (!BODY_COMPONENTS[name].children && node.children.length > 0) {
          problems.push({
            ...at(node),
            vi: `<${name}> không chứa nội dung bên trong`,
            en: `<${name}> takes no children`,
          });
        }
        return undefined;
      }
      case "link":
      case "definition":
        if (!isSafeUrl(node.url)) {
          problems.push({ ...at(node), vi: `liên kết không an toàn: ${node.url}`, en: `unsafe link: ${node.url}` });
        }
        return undefined;
      case "image":
      case "imageReference":
        problems.push({
          ...at(node),
          vi: "ảnh trong nội dung phải chèn bằng khối “Ảnh có chú thích” (Figure) để có mô tả và nguồn ảnh",
          en: "images in a body must use the Figure component",
        });
        return undefined;
      default:
        return undefined;
    }
  });
  return problems;
}
