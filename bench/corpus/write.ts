import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A synthetic corpus of Vietnamese entries for the benchmarks: models, people and news
 * written from a bank of ordinary sentences, with names and words that stress diacritic folding
 * (Đảng, đảng viên, dạng, dáng, đang, đáng; Đinh, Đức, Đặng, Đỗ, Dương). Deterministic: the same
 * seed writes the same files, so two runs measure the same site.
 */

/** What to write: how many entries of each kind, and how rich they are. */
export interface CorpusShape {
  models: number;
  people: number;
  news: number;
  /** Every how-many-th person has a portrait and news item a cover (models always have one). */
  photoEvery: number;
  /** Whether bodies use the allow-listed components (KeyFigure, PullQuote) as editors do. */
  components: boolean;
}

/** The search benchmark's corpus: 5,000 entries with the six real documents of the sample site. */
export const SEARCH_CORPUS: CorpusShape = { models: 3000, people: 1500, news: 494, photoEvery: 1, components: false };

/**
 * The scale benchmark's corpus of `total` entries (documents included): two in five are models,
 * two in five people, one in five news; covers on about half of all entries, components in bodies.
 */
export function scaleCorpus(total: number): CorpusShape {
  const models = Math.round(total * 0.4);
  const people = Math.round(total * 0.4);
  return { models, people, news: total - models - people - 6, photoEvery: 4, components: true };
}

/** A small seeded generator (mulberry32), so that the corpus never changes between runs. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DISTRICTS = [
  {
    id: "tp-ninh-binh",
    kind: "phường",
    names: ["Đông Thành", "Tân Thành", "Vân Giang", "Nam Bình", "Bích Đào", "Ninh Phong"],
  },
  { id: "tp-tam-diep", kind: "xã", names: ["Đông Sơn", "Quang Sơn", "Yên Sơn", "Bắc Sơn", "Trung Sơn"] },
  {
    id: "nho-quan",
    kind: "xã",
    names: ["Cúc Phương", "Kỳ Phú", "Đức Long", "Gia Lâm", "Phú Lộc", "Lạng Phong", "Văn Phương"],
  },
  { id: "gia-vien", kind: "xã", names: ["Gia Sinh", "Gia Vân", "Gia Hoà", "Gia Trấn", "Liên Sơn", "Gia Phương"] },
  { id: "hoa-lu", kind: "xã", names: ["Ninh Hải", "Trường Yên", "Ninh Giang", "Ninh Khang", "Ninh Mỹ"] },
  {
    id: "yen-khanh",
    kind: "xã",
    names: ["Khánh Nhạc", "Khánh Hồng", "Khánh Cư", "Khánh Thành", "Khánh Lợi", "Khánh Hội"],
  },
  { id: "yen-mo", kind: "xã", names: ["Yên Thành", "Yên Đồng", "Yên Lâm", "Mai Sơn", "Khánh Dương", "Yên Thái"] },
  { id: "kim-son", kind: "xã", names: ["Kim Đông", "Kim Hải", "Định Hoá", "Đồng Hướng", "Lưu Phương", "Kim Trung"] },
] as const;

const SURNAMES = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Vũ",
  "Đặng",
  "Đỗ",
  "Đinh",
  "Bùi",
  "Ngô",
  "Dương",
  "Đoàn",
  "Đào",
  "Mai",
  "Tạ",
];
const MIDDLE_MEN = ["Văn", "Hữu", "Đức", "Minh", "Quốc", "Đình", "Xuân", "Công"];
const MIDDLE_WOMEN = ["Thị", "Thu", "Ngọc", "Thanh", "Diệu"];
const GIVEN_MEN = [
  "Toàn",
  "Hải",
  "Đức",
  "Dũng",
  "Đạt",
  "Định",
  "Khánh",
  "Thành",
  "Hùng",
  "Duy",
  "Đông",
  "Tâm",
  "Bình",
  "Quang",
];
const GIVEN_WOMEN = ["Hằng", "Dung", "Lan", "Thu", "Hoa", "Duyên", "Đào", "Nga", "Hương", "Diệp"];

const FIELDS = ["kinh-te", "van-hoa-xa-hoi", "quoc-phong-an-ninh", "he-thong-chinh-tri"] as const;
const COVERS = [
  "canh-dong-kim-dong",
  "cong-lang-yen-thanh",
  "doi-thoai-hoi-vien",
  "du-lich-ninh-hai",
  "duong-lang-gia-sinh",
  "duong-xanh-dong-son",
  "huong-dan-dich-vu-cong",
  "khu-pho-dong-thanh",
  "lang-que-chung",
  "lop-hoc-khuyen-hoc",
  "nha-mang-yen-mo",
  "nha-van-hoa-yen-thanh",
  "nha-xuong-doanh-nghiep",
  "nuoi-ong-cuc-phuong",
  "nuoi-ong-ky-phu",
  "tap-huan-can-bo",
  "tien-dua-tan-binh-kim-son",
  "tiep-dan-mot-cua",
  "tuan-tra-khanh-nhac",
  "xuong-nghe-tam-diep",
];
const PORTRAITS = ["chan-dung-1", "chan-dung-2", "chan-dung-3", "chan-dung-4", "chan-dung-5"];

/** What a model is about, per field: a title pattern and the words its story uses. */
const TOPICS: Record<(typeof FIELDS)[number], string[]> = {
  "kinh-te": [
    "Tổ hợp tác nuôi ong",
    "Liên kết trồng dưa lưới",
    "Cánh đồng lúa chất lượng cao",
    "Hợp tác xã rau an toàn",
    "Đa dạng hoá cây trồng trên đất bãi",
    "Nuôi cá lồng trên sông Đáy",
    "Vườn cây ăn quả kiểu mẫu",
    "Giúp nhau thoát nghèo bằng chăn nuôi bò",
    "Xưởng mộc của cựu chiến binh",
    "Du lịch cộng đồng ven sông",
  ],
  "van-hoa-xa-hoi": [
    "Quỹ khuyến học tiếp sức đến trường",
    "Tổ tự quản vệ sinh khu phố",
    "Cưới, tang văn minh",
    "Hiến đất mở rộng đường làng",
    "Đường làng xanh, sạch, đẹp",
    "Câu lạc bộ dưỡng sinh người cao tuổi",
    "Giữ gìn dáng dấp làng cổ",
    "Thư viện sách cho thiếu nhi",
  ],
  "quoc-phong-an-ninh": [
    "Tổ tự quản an ninh trật tự",
    "Đồng hành cùng thanh niên nhập ngũ",
    "Tuần tra bảo vệ đê điều",
    "Hoà giải mâu thuẫn ở khu dân cư",
    "Phòng chống ma tuý trong thanh niên",
    "Giữ bình yên thôn xóm",
  ],
  "he-thong-chinh-tri": [
    "Góp ý xây dựng Đảng, chính quyền",
    "Đối thoại định kỳ với hội viên",
    "Sinh hoạt chi hội kiểu mới",
    "Hướng dẫn dịch vụ công trực tuyến",
    "Gương mẫu cải cách hành chính",
    "Kết nạp hội viên mới",
  ],
};

/** Sentences any story may use; `{x}` slots are filled per entry. A page never repeats one. */
const SENTENCES = [
  "Chi hội cựu chiến binh {place} bàn nhau tìm cách làm phù hợp với điều kiện của địa phương.",
  "Ban chấp hành Hội đến từng nhà, lắng nghe ý kiến của bà con trước khi triển khai.",
  "Mô hình được đăng ký là mô hình “Dân vận khéo” của Hội CCB {place} trong giai đoạn {campaign}.",
  "Các hội viên là đảng viên đi đầu, làm trước để bà con làm theo.",
  "Việc làm ấy góp phần xây dựng Đảng, chính quyền cơ sở trong sạch, vững mạnh.",
  "Nghị quyết đại hội Đảng bộ xã được cụ thể hoá thành những việc làm thiết thực.",
  "Hội viên {person} kể rằng lúc đầu nhiều hộ còn băn khoăn, nhưng rồi ai cũng thấy lợi ích.",
  "Đến nay đã có {n} hộ tham gia, thu nhập bình quân tăng thêm {m} triệu đồng mỗi năm.",
  "Nhiều gia đình đang tính mở rộng quy mô trong những năm tới.",
  "Đây là cách làm đáng để các chi hội khác học tập và nhân rộng.",
  "Cấp uỷ, chính quyền xã đánh giá cao sự đóng góp của cựu chiến binh.",
  "Tổ thường xuyên họp bàn, công khai thu chi, ai cũng được góp ý.",
  "Từ năm {year}, phong trào lan sang các thôn lân cận với nhiều hình thức phong phú.",
  "Hội phối hợp với Đoàn thanh niên, Hội Phụ nữ tổ chức các buổi tuyên truyền.",
  "Mỗi tháng, chi hội dành một buổi sinh hoạt để bàn cách tháo gỡ khó khăn.",
  "Hình thức vận động khéo léo, phù hợp với từng đối tượng, nên không có hộ nào bị ép buộc.",
  "Cựu chiến binh {person} cho biết: làm được việc cho dân thì dân tin, dân theo.",
  "Năm {year}, mô hình được Hội CCB huyện công nhận và biểu dương tại hội nghị sơ kết.",
  "Kinh nghiệm rút ra là phải kiên trì, nói đi đôi với làm, dựa vào dân để vận động dân.",
  "Thôn {village} có {n} hộ, phần lớn sống bằng nghề nông và chăn nuôi nhỏ.",
  "Ông {person}, {age} tuổi, là người cao tuổi nhất trong tổ nhưng chưa bao giờ vắng một buổi họp.",
  "Sau mỗi đợt làm, tổ rút kinh nghiệm và báo cáo kết quả với Ban Thường vụ Hội.",
  "Những việc tưởng nhỏ nhưng làm đều đặn đã thay đổi nếp nghĩ của nhiều người.",
  "Bà con gọi vui tổ là “tổ việc khó”, vì việc gì khó trong thôn cũng tìm đến.",
  "Năm đầu còn lúng túng, sang năm thứ hai tổ đã có quy chế rõ ràng, ai làm việc gì đều ghi sổ.",
  "Xã {place} có địa hình đồi núi xen kẽ đồng trũng, giao thông đi lại còn khó khăn.",
  "Nhờ làm tốt công tác dân vận, nhiều việc khó ở địa phương đã được giải quyết dứt điểm.",
  "Kết quả này được ghi nhận trong báo cáo tổng kết của Đảng uỷ xã năm {year}.",
  "Các chi hội trưởng được tập huấn kỹ năng nói chuyện, thuyết phục trước đông người.",
  "Dưới sự lãnh đạo của cấp uỷ Đảng, Hội CCB xã luôn là lực lượng nòng cốt trong các phong trào.",
  "Mọi khoản đóng góp đều được niêm yết công khai tại nhà văn hoá thôn {village}.",
  "Con số {n} hộ tham gia là kết quả của hàng chục buổi đến nhà, ngồi nói chuyện với từng người.",
  "Hội viên trẻ nhất mới {age2} tuổi, vừa xuất ngũ về địa phương.",
  "Tổ đang chuẩn bị hồ sơ đề nghị công nhận điển hình cho hai hội viên tiêu biểu.",
  "Trong buổi sơ kết, đại diện Mặt trận Tổ quốc xã đánh giá cao tinh thần trách nhiệm của tổ.",
  "Một số hộ lúc đầu chưa đồng tình, nhưng được vận động nhiều lần đã tự nguyện tham gia.",
  "Chi phí làm mô hình chủ yếu do hội viên tự góp, phần còn lại do xã hỗ trợ.",
  "Đó cũng là cách để thế hệ trẻ hiểu thêm truyền thống của bộ đội Cụ Hồ.",
  "Ngày {date}, đoàn công tác của Hội CCB tỉnh về thăm và làm việc với chi hội.",
  "Bí quyết của tổ, theo lời ông {person}, là nói ít, làm nhiều và làm đến nơi đến chốn.",
];

/** Sentences of each field, so that its words are common in its stories and rare elsewhere. */
const FIELD_SENTENCES: Record<(typeof FIELDS)[number], string[]> = {
  "kinh-te": [
    "Các hộ được hướng dẫn kỹ thuật, được vay vốn ưu đãi qua Ngân hàng Chính sách xã hội.",
    "Sản phẩm đa dạng hơn, mẫu mã được cải tiến, có dáng vẻ riêng của làng quê Ninh Bình.",
    "Tổ liên kết với hợp tác xã để bao tiêu đầu ra, giá bán ổn định quanh năm.",
    "Mỗi vụ, tổ thu hoạch khoảng {n} tấn sản phẩm, lãi bình quân {m} triệu đồng mỗi hộ.",
    "Đất bãi ven sông trước bỏ hoang nay được chuyển đổi sang trồng cây ăn quả.",
    "Nhiều hộ cận nghèo đã vươn lên thoát nghèo nhờ nghề mới.",
    "Hội viên góp vốn xoay vòng, mỗi năm giúp {k} hộ có vốn làm ăn.",
    "Tổ đăng ký nhãn hiệu chung để sản phẩm vào được siêu thị trong tỉnh.",
    "Nuôi ong, trồng dưa lưới, chăn nuôi bò sinh sản là những nghề được nhiều hộ chọn.",
    "Thu nhập tăng giúp các gia đình yên tâm cho con em đi học.",
  ],
  "van-hoa-xa-hoi": [
    "Đường bê tông mới rộng {k} mét, xe chở lúa vào được tận sân.",
    "Bà con tự nguyện góp {n} ngày công và hàng trăm mét vuông đất.",
    "Quỹ khuyến học đã trao {n} suất học bổng cho con em hội viên có hoàn cảnh khó khăn.",
    "Khu dân cư sáng, xanh, sạch, đẹp hơn hẳn so với trước đây.",
    "Việc cưới, việc tang được tổ chức gọn nhẹ, tiết kiệm, không còn cảnh cỗ bàn kéo dài.",
    "Tổ giữ gìn dáng dấp làng cổ với cổng làng, giếng làng và hàng cây cổ thụ.",
    "Mỗi sáng chủ nhật, các hội viên cùng thanh niên dọn vệ sinh đường làng.",
    "Câu lạc bộ văn nghệ của cựu chiến binh biểu diễn phục vụ bà con vào các dịp lễ, tết.",
    "Những tuyến đường hoa do cựu chiến binh trồng đã trở thành điểm nhấn của xã nông thôn mới.",
    "Người cao tuổi được hướng dẫn tập dưỡng sinh, khám sức khoẻ định kỳ.",
  ],
  "quoc-phong-an-ninh": [
    "Tình hình an ninh trật tự trên địa bàn được giữ vững, không phát sinh điểm nóng.",
    "Thanh niên lên đường nhập ngũ được các cựu chiến binh động viên, tiễn đưa chu đáo.",
    "Tổ tự quản tuần tra vào ban đêm, phối hợp với công an xã giữ bình yên thôn xóm.",
    "Hàng chục vụ mâu thuẫn trong thôn đã được tổ hoà giải thành ngay tại cơ sở.",
    "Cựu chiến binh tham gia tuyên truyền phòng chống ma tuý, tệ nạn xã hội trong thanh niên.",
    "Mùa mưa bão, tổ xung kích của Hội có mặt đầu tiên để gia cố đê điều.",
    "Tổ tham gia giáo dục quốc phòng cho học sinh, kể chuyện chiến trường xưa.",
    "Không còn tình trạng trộm cắp vặt ở khu dân cư như những năm trước.",
  ],
  "he-thong-chinh-tri": [
    "Các buổi đối thoại giúp cấp uỷ nắm được tâm tư, nguyện vọng của hội viên.",
    "Người dân được hướng dẫn nộp hồ sơ trực tuyến, không phải đi lại nhiều lần.",
    "Hội viên góp ý xây dựng Đảng, xây dựng chính quyền một cách thẳng thắn, có trách nhiệm.",
    "Nhiều ý kiến của hội viên được tiếp thu trong văn kiện đại hội Đảng bộ.",
    "Cán bộ, công chức tiếp dân với thái độ niềm nở, giải quyết công việc đúng hẹn.",
    "Chi hội kết nạp thêm {k} hội viên mới, nâng tỷ lệ tập hợp cựu chiến binh lên cao.",
    "Sinh hoạt chi hội được đổi mới, mỗi buổi chọn một chuyên đề gắn với việc cụ thể.",
    "Hội giới thiệu {k} hội viên ưu tú cho Đảng xem xét kết nạp.",
  ],
};

interface Unit {
  id: string;
  name: string;
  shortName: string;
  district: string;
}

/** The districts that formed TP Hoa Lư on 1/1/2025 (Nghị quyết 1318/NQ-UBTVQH15). */
const MERGED_INTO_HOA_LU = ["tp-ninh-binh", "hoa-lu"];

function communeUnits(): Unit[] {
  return DISTRICTS.flatMap((district) =>
    district.names.map((name, i) => ({
      id: `bench-${district.id}-${i + 1}`,
      name: `Hội Cựu chiến binh ${district.kind} ${name}`,
      shortName: name,
      district: district.id,
    })),
  );
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}

/** The front matter lines of a photo field: one of the sample photos, with its alt text and credit. */
function photo(field: "cover" | "portrait", sample: string, alt: string): string[] {
  return [
    `${field}:`,
    `  src: ../../assets/samples/${sample}.jpg`,
    `  alt: ${yamlString(alt)}`,
    `  credit: "Ảnh minh hoạ: Hội CCB tỉnh Ninh Bình"`,
  ];
}

function isoDay(year: number, dayOfYear: number): string {
  const date = new Date(Date.UTC(year, 0, 1 + dayOfYear));
  return date.toISOString().slice(0, 10);
}

/**
 * Writes the synthetic entries into `contentDir` (a copy's `src/content/`): replaces its models,
 * people and news, and adds commune units. Documents, campaigns, settings and the real units stay.
 */
export function writeCorpus(contentDir: string, shape: CorpusShape, seed = 20161015): { entries: number } {
  const pick = random(seed);
  const one = <T>(list: readonly T[]): T => list[Math.floor(pick() * list.length)]!;
  const between = (low: number, high: number) => low + Math.floor(pick() * (high - low + 1));

  for (const kind of ["models", "people", "news"]) {
    rmSync(join(contentDir, kind), { recursive: true, force: true });
    mkdirSync(join(contentDir, kind), { recursive: true });
  }
  const units = communeUnits();
  units.forEach((unit, i) => {
    writeFileSync(
      join(contentDir, "units", `${unit.id}.yaml`),
      [
        `name: ${unit.name}`,
        `shortName: ${unit.shortName}`,
        "level: xa",
        `parent: ${unit.district}`,
        // TP Ninh Bình and huyện Hoa Lư ended on 31/12/2024: their communes then sat under TP Hoa Lư.
        ...(MERGED_INTO_HOA_LU.includes(unit.district)
          ? ["parentChanges:", "  - on: 2025-01-01", "    parent: tp-hoa-lu"]
          : []),
        "validFrom: 2016-01-01",
        "validTo: 2025-06-30",
        `order: ${10 + i}`,
        "",
      ].join("\n"),
    );
  });

  const personName = () => {
    const woman = pick() < 0.3;
    const name = `${one(SURNAMES)} ${one(woman ? MIDDLE_WOMEN : MIDDLE_MEN)} ${one(woman ? GIVEN_WOMEN : GIVEN_MEN)}`;
    return { name, honorific: woman ? "Bà" : "Ông" };
  };
  /** Takes `count` different sentences from `bank`. */
  const sample = (bank: readonly string[], count: number) => {
    const left = [...bank];
    return Array.from(
      { length: Math.min(count, left.length) },
      () => left.splice(Math.floor(pick() * left.length), 1)[0]!,
    );
  };
  const story = (unit: Unit, field: (typeof FIELDS)[number], campaign: string, year: number) => {
    const fill = (sentence: string) =>
      sentence
        .replaceAll("{place}", `xã ${unit.shortName}`)
        .replaceAll("{village}", `${one(["Đông", "Tây", "Nam", "Bắc", "Thượng", "Hạ", "Trung"])} ${between(1, 9)}`)
        .replaceAll("{campaign}", campaign.replace("-", "–"))
        .replaceAll("{person}", personName().name)
        .replaceAll("{n}", String(between(8, 240)))
        .replaceAll("{m}", String(between(5, 60)))
        .replaceAll("{k}", String(between(2, 9)))
        .replaceAll("{age}", String(between(62, 86)))
        .replaceAll("{age2}", String(between(23, 30)))
        .replaceAll("{date}", isoDay(year, between(0, 360)).split("-").reverse().join("/"))
        .replaceAll("{year}", String(year));
    const chosen = [...sample(FIELD_SENTENCES[field], between(3, 5)), ...sample(SENTENCES, between(9, 15))];
    const sentences = sample(chosen, chosen.length).map(fill);
    const paragraphs: string[] = [];
    while (sentences.length > 0) paragraphs.push(sentences.splice(0, between(2, 4)).join(" "));
    const half = Math.ceil(paragraphs.length / 2);
    const how = paragraphs.slice(0, half);
    const results = paragraphs.slice(half);
    if (shape.components) {
      how.push(`<KeyFigure value="${between(12, 480)}" label="hộ dân cùng tham gia ở xã ${unit.shortName}" />`);
      const speaker = personName();
      results.splice(
        1,
        0,
        `<PullQuote attribution="${speaker.honorific} ${speaker.name}" role="Hội viên Chi hội CCB xã ${unit.shortName}">\n\nMình làm trước thì bà con mới tin, mới theo.\n\n</PullQuote>`,
      );
    }
    return `## Cách làm\n\n${how.join("\n\n")}\n\n## Kết quả\n\n${results.join("\n\n")}\n`;
  };
  const campaignOf = () => (pick() < 0.7 ? { id: "2016-2020", start: 2016 } : { id: "2021-2025", start: 2021 });
  const recognitionOf = (unit: Unit, start: number, registeredOn: string) => {
    const status = one(["registered", "building", "recognised", "recognised"] as const);
    if (status !== "recognised") return { status, lines: [] as string[] };
    const date = isoDay(start + between(1, 4), between(0, 300));
    return {
      status,
      lines: [
        "recognition:",
        `  decisionNumber: "${between(1, 90)}/QĐ-CCB"`,
        `  date: ${date < registeredOn ? registeredOn : date}`,
        `  by: ${unit.district}`,
      ],
    };
  };

  let written = 0;
  for (let i = 1; i <= shape.models; i++) {
    const unit = one(units);
    const field = one(FIELDS);
    const campaign = campaignOf();
    const registeredOn = isoDay(campaign.start, between(0, 200));
    const { status, lines } = recognitionOf(unit, campaign.start, registeredOn);
    const title = `${one(TOPICS[field])} ${unit.district === "tp-ninh-binh" ? "phường" : "xã"} ${unit.shortName}`;
    writeFileSync(
      join(contentDir, "models", `mo-hinh-${i}.mdx`),
      [
        "---",
        `title: ${yamlString(`${title} (${i})`)}`,
        `summary: ${yamlString(`Cựu chiến binh ${unit.shortName} vận động bà con cùng làm; mô hình giúp nhiều hộ thay đổi cách nghĩ, cách làm và được chính quyền ghi nhận.`)}`,
        `unit: ${unit.id}`,
        `field: ${field}`,
        `campaign: ${campaign.id}`,
        `status: ${status}`,
        `registeredOn: ${registeredOn}`,
        ...lines,
        ...photo("cover", one(COVERS), `Ảnh minh hoạ mô hình của cựu chiến binh ${unit.shortName}`),
        `publishedOn: ${isoDay(campaign.start + 1, between(0, 360))}`,
        "sample: false",
        "---",
        "",
        story(unit, field, campaign.id, campaign.start + between(0, 4)),
      ].join("\n"),
    );
    written++;
  }
  for (let i = 1; i <= shape.people; i++) {
    const unit = one(units);
    const field = one(FIELDS);
    const campaign = campaignOf();
    const registeredOn = isoDay(campaign.start, between(0, 200));
    const { status, lines } = recognitionOf(unit, campaign.start, registeredOn);
    const person = personName();
    writeFileSync(
      join(contentDir, "people", `dien-hinh-${i}.mdx`),
      [
        "---",
        `name: ${yamlString(person.name)}`,
        `honorific: ${person.honorific}`,
        `position: ${yamlString(`Chi hội trưởng Chi hội CCB thôn ${between(1, 12)}, xã ${unit.shortName}`)}`,
        `summary: ${yamlString(`${person.honorific} ${person.name} làm trước, nói sau; vận động hội viên và bà con ${unit.shortName} cùng làm theo.`)}`,
        `unit: ${unit.id}`,
        `field: ${field}`,
        `campaign: ${campaign.id}`,
        `status: ${status}`,
        `registeredOn: ${registeredOn}`,
        ...lines,
        ...(i % shape.photoEvery === 0
          ? photo("portrait", one(PORTRAITS), `Chân dung minh hoạ của ${person.name}`)
          : []),
        "consent:",
        "  name: true",
        "  photo: true",
        "  story: true",
        `  signedOn: ${registeredOn}`,
        `  formKeptAt: ${yamlString(`Văn phòng Hội CCB xã ${unit.shortName}`)}`,
        `publishedOn: ${isoDay(campaign.start + 1, between(0, 360))}`,
        "sample: false",
        "---",
        "",
        story(unit, field, campaign.id, campaign.start + between(0, 4)),
      ].join("\n"),
    );
    written++;
  }
  for (let i = 1; i <= shape.news; i++) {
    const unit = one(units);
    const campaign = campaignOf();
    const field = one(FIELDS);
    writeFileSync(
      join(contentDir, "news", `tin-${i}.mdx`),
      [
        "---",
        `title: ${yamlString(`Hội CCB ${unit.shortName} ${one(["sơ kết", "tổng kết", "tập huấn", "biểu dương"])} phong trào “Dân vận khéo” (${i})`)}`,
        `publishedOn: ${isoDay(campaign.start + between(0, 4), between(0, 360))}`,
        `summary: ${yamlString(`Hội nghị đánh giá kết quả phong trào ở ${unit.shortName}, biểu dương các mô hình, điển hình tiêu biểu.`)}`,
        ...(i % shape.photoEvery === 0 ? photo("cover", one(COVERS), `Ảnh minh hoạ hội nghị ở ${unit.shortName}`) : []),
        `campaign: ${campaign.id}`,
        "sample: false",
        "---",
        "",
        story(unit, field, campaign.id, campaign.start + between(0, 4)),
      ].join("\n"),
    );
    written++;
  }
  const documents = readdirSync(join(contentDir, "documents")).length;
  return { entries: written + documents };
}
