import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { formatProblems, hiddenPeople, PROGRESS_EVERY } from "../src/lib/content-gate";
import { describeMention, mentionsInFile, type PublishedMention } from "../src/lib/published-check";
import { checkContent } from "../src/loaders/read-content";

/**
 * The last step of `npm run build`, after the search index: every file of the built site,
 * Pagefind's compressed fragments and index opened, is read for the names of people the site
 * may not name and for links to their pages (see src/lib/published-check.ts). Any such file
 * fails the build, named. `DIST` chooses another built site (the tests plant names in a copy).
 */
async function checkPublished(root: string, dist: string): Promise<number> {
  const started = performance.now();
  const { entries, problems } = await checkContent(root);
  const errors = problems.filter((problem) => problem.severity === "error");
  if (errors.length > 0) {
    console.error(`Nội dung có ${errors.length} lỗi (content has ${errors.length} errors):\n${formatProblems(errors)}`);
    return errors.length;
  }
  const people = hiddenPeople(entries, { forOutput: true });
  if (people.length === 0) {
    console.log("riêng tư: không có người nào bị ẩn tên, không cần đọc lại trang");
    return 0;
  }
  const files = (await readdir(dist, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const found: PublishedMention[] = [];
  for (const [index, entry] of files.entries()) {
    if (index > 0 && index % PROGRESS_EVERY === 0) console.log(`riêng tư: đã đọc ${index}/${files.length} tệp`);
    const absolute = join(entry.parentPath, entry.name);
    const path = relative(dist, absolute).split(sep).join("/");
    found.push(...mentionsInFile(path, await readFile(absolute), people));
  }
  for (const mention of found) console.error(describeMention(mention));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `riêng tư: đã đọc ${files.length} tệp, tìm ${people.length} người không được nêu tên: ${found.length} tệp có tên hoặc liên kết (${seconds} s)`,
  );
  return found.length;
}

const root = process.cwd();
const failures = await checkPublished(root, process.env.DIST ?? join(root, "dist"));
process.exit(failures > 0 ? 1 : 0);
