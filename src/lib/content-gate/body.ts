import { processBody, type BodyProblem } from "../body";
import { resolveFrom, type ImageUse } from "./images";
import type { CheckedEntry, GateIo } from "./types";

/**
 * Checks an entry body through the one body pipeline (or its cache): its problems with their
 * body lines, the images of its figures (lines of the body), and the rendered HTML.
 */
export function checkBodyOf(
  body: string,
  file: string,
  io: GateIo,
): { problems: BodyProblem[]; images: ImageUse[]; rendered?: CheckedEntry["rendered"] } {
  const result = io.bodyCache?.get(body) ?? processBody(body);
  io.bodyCache?.set(body, result);
  if (!result.ok) return { problems: result.problems, images: [] };
  const images = result.figures.map((figure) => ({
    path: resolveFrom(file, figure.src),
    src: figure.src,
    field: ["body"],
    line: figure.line,
  }));
  return {
    problems: [],
    images,
    rendered: { html: result.html, imageSources: result.images.map((image) => image.src) },
  };
}
