import { formatProblems } from "../src/lib/content-gate";
import { checkContent } from "../src/loaders/read-content";

/** `npm run check:content`: every problem in the content, then exit 1 if any is an error. */
const { entries, problems } = await checkContent(process.cwd(), (checked, total) =>
  console.log(`đã kiểm tra ${checked}/${total} tệp…`),
);
if (problems.length > 0) console.error(formatProblems(problems));
const errors = problems.filter((p) => p.severity === "error").length;
console.log(`${entries.length} mục hợp lệ, ${errors} lỗi, ${problems.length - errors} cảnh báo.`);
process.exit(errors > 0 ? 1 : 0);
