/**
 * The content gate: every check an entry file must pass before anything is built from it.
 * One file per job: `parse` (files, YAML, positions), `schema` (zod), `body` (the MDX
 * pipeline), `images`, `references`, `consent`, `report`, and `run`, which strings them
 * together over all files in one pass.
 */
export { hiddenPeople, mentionOf, type HiddenPerson } from "./consent";
export { IMAGE_LIMITS, imageProblems, resolveFrom } from "./images";
export { formatProblems, type GateProblem } from "./report";
export { runContentGate, type GateResult } from "./run";
export {
  PROGRESS_EVERY,
  type BodyCache,
  type CheckedEntry,
  type GateIo,
  type ImageFacts,
  type SourceFile,
} from "./types";
