import { BODY_COMPONENTS } from "./components";

/** What a parser error means to an editor, and what to type instead, in Vietnamese. */
interface Explanation {
  /** Matches the parser's own (English) message. */
  when: RegExp;
  /** The sentence for the editor; `$1`… are the message's captures. */
  vi: string;
}

const TAGS = Object.keys(BODY_COMPONENTS)
  .map((name) => `<${name}>`)
  .join(", ");

const AS_TEXT = "muốn viết dấu này như chữ thường thì gõ thêm dấu \\ phía trước";

/**
 * The MDX parser's messages (micromark, its JSX and expression extensions, acorn), most
 * specific first. The English message stays in the problem's English half.
 */
const EXPLANATIONS: Explanation[] = [
  {
    when: /character `!` \(U\+0021\) before name/,
    vi: "ghi chú dạng <!-- … --> không dùng được trong nội dung: hãy xoá ghi chú, hoặc gõ \\<!-- nếu muốn hiện đúng các ký tự này",
  },
  {
    when: /before local name.*to create a link/,
    vi: "liên kết viết trong dấu < > phải liền một dòng, không có dấu cách và đóng bằng “>”, ví dụ <https://baoninhbinh.org.vn/>; hoặc viết [chữ hiện ra](https://địa-chỉ)",
  },
  {
    when: /(?:before|in) (?:local )?name, expected a (?:character that can start a name|name character)/,
    vi: `dấu “<” ở đây mở một thẻ nhưng phần sau không phải tên thẻ: ${AS_TEXT} (ví dụ a \\< b); thẻ chỉ dùng được: ${TAGS}`,
  },
  {
    when: /in attribute value, expected a corresponding closing quote/,
    vi: 'giá trị của thuộc tính thiếu dấu ngoặc kép đóng: hãy viết dạng alt="Mô tả ảnh", đủ hai dấu ngoặc kép trên cùng thẻ',
  },
  {
    when: /before attribute value/,
    vi: 'giá trị của thuộc tính phải đặt trong dấu ngoặc kép, ví dụ alt="Mô tả ảnh"',
  },
  {
    when: /after self-closing slash/,
    vi: "sau dấu “/” trong thẻ phải là “>”, ví dụ <Figure … />",
  },
  {
    when: /(?:after|before|in) (?:local |member )?(?:attribute )?(?:name|member name)/,
    vi: 'thẻ viết sai ở chỗ này: mỗi thuộc tính viết dạng ten="giá trị", cách nhau bằng dấu cách, và thẻ kết thúc bằng > hoặc />',
  },
  {
    when: /^Expected a closing tag for `<>`/,
    vi: `thẻ rỗng <> không dùng được: ${AS_TEXT}; thẻ chỉ dùng được: ${TAGS}`,
  },
  {
    when: /^Expected a closing tag for `<([^>\s]+)[^`]*>`.* before the end of `(blockQuote|listItem)`/,
    vi: "thẻ <$1> mở trong một trích dẫn hoặc danh sách phải được đóng (</$1>) ngay trong trích dẫn hoặc danh sách đó",
  },
  {
    when: /^Expected a closing tag for `<([^>\s]+)[^`]*>`/,
    vi: "thẻ <$1> chưa được đóng: hãy thêm </$1> trên một dòng riêng sau phần nội dung của nó, hoặc viết <$1 … /> nếu thẻ không chứa gì",
  },
  {
    when: /^Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>\s]+)/,
    vi: "thẻ đóng </$1> không khớp với thẻ <$2> đang mở: hãy đóng </$2> trước",
  },
  {
    when: /^Unexpected closing slash `\/` in tag, expected an open tag first/,
    vi: `thẻ đóng ở đây không có thẻ mở tương ứng: hãy xoá nó, hoặc ${AS_TEXT}`,
  },
  {
    when: /Unexpected lazy line/,
    vi: "dòng này nằm trong trích dẫn hoặc danh sách nhưng đầu dòng thiếu dấu “>” hoặc thiếu thụt lề: hãy thêm cho giống dòng trên, hoặc để một dòng trống trước nó",
  },
  {
    when: /expected a corresponding closing brace for `\{`/,
    vi: `dấu “{” chưa được đóng: ${AS_TEXT} (\\{)`,
  },
  {
    when: /Could not parse expression with acorn|Unexpected empty expression/,
    vi: `dấu ngoặc nhọn {…} dùng để viết mã lệnh, không dùng được trong nội dung: ${AS_TEXT} (\\{ và \\})`,
  },
  {
    when: /Could not parse import\/exports/,
    vi: "dòng bắt đầu bằng chữ “import” hoặc “export” bị đọc như mã lệnh: hãy viết chữ khác ở đầu dòng",
  },
];

/**
 * A parser error in words an editor can act on: what is wrong at that place and what to type
 * instead, in Vietnamese; the parser's own message in English.
 */
export function explainParseError(reason: string, column?: number): { vi: string; en: string } {
  let what = `ký tự “<”, “{” hoặc “<!--” ở đây cần được viết khác; ${AS_TEXT}`;
  for (const { when, vi } of EXPLANATIONS) {
    const match = when.exec(reason);
    if (!match) continue;
    what = vi.replace(/\$(\d)/g, (_, index: string) => match[Number(index)] ?? "");
    break;
  }
  return {
    vi: `nội dung không đọc được như MDX${column ? ` (cột ${column})` : ""}: ${what}`,
    en: `the body is not valid MDX: ${reason}`,
  };
}
