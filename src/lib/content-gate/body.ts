import { processBody, type BodyProblem } from "../body";
import { resolveFrom, type ImageUse } from "./images";
import type { CheckedEntry, GateIo } from "./types";

/**
 * Checks an entry body through the one body pipeline (or its cache), and the figures' image
 * files: every problem with its body line, the images to measure, and the rendered HTML.
 */
export function checkBodyOf(
  body: string,
  file: string,
  io: GateIo,
): { problems: BodyProblem[]; images: ImageUse[]; rendered?: CheckedEntry["rendered"] } {
  const result = io.bodyCache?.get(body) ?? processBody(body);
  io.bodyCache?.set(body, result);
  if (!result.ok) return { problems: result.problems, images: [] };
  const problems: BodyProblem[] = [];
  const images: ImageUse[] = [];
  for (const figure of result.figures) {
    const path = resolveFrom(file, figure.src);
    if (io.fileExists(path)) {
      images.push({ path, src: figure.src, field: ["body"], line: figure.line });
    } else {
      problems.push({
        line: figure.line,
        vi: `không tìm thấy tệp ảnh ${figure.src}`,
        en: `Figure image not found: ${figure.src}`,
      });
    }
  }
  return { problems, images, rendered: { html: result.html, imageSources: result.images.map((image) => image.src) } };
}
