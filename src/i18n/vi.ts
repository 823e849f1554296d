import type { MILESTONE_KINDS } from "../schemas/campaign";
import type { DOCUMENT_KINDS } from "../schemas/document";
import type { Field, Level, Status } from "../schemas/shared";

/**
 * Every word the interface shows, in Vietnamese, in one place. Pages, components, feeds, the
 * CMS config and the exports read their labels from here.
 */
export const ui = {
  "site.name": "Dân vận khéo",
  "site.tagline": "Mô hình, điển hình “Dân vận khéo” của Hội Cựu chiến binh tỉnh Ninh Bình",
  "site.skipToContent": "Chuyển đến nội dung chính",
  "nav.label": "Điều hướng chính",
  "nav.home": "Trang chủ",
  "nav.models": "Mô hình",
  "nav.people": "Điển hình",
  "nav.fields": "Lĩnh vực",
  "nav.units": "Đơn vị",
  "nav.targets": "Chỉ tiêu",
  "nav.reports": "Báo cáo",
  "nav.documents": "Văn bản",
  "nav.news": "Tin tức",
  "nav.about": "Giới thiệu",
  "nav.press": "Báo chí",
  "nav.search": "Tìm kiếm",
  "search.label": "Tìm mô hình, điển hình, tin tức",
  "search.placeholder": "Ví dụ: nuôi ong, Gia Viễn, dân vận khéo",
  "search.submit": "Tìm",
  "search.title": "Tìm kiếm",
  "search.noscript":
    "Trình duyệt đang tắt JavaScript nên không tìm được. Bạn vẫn có thể xem toàn bộ mô hình và điển hình theo lĩnh vực hoặc theo đơn vị:",
  "search.results": "Kết quả",
  "search.none": "Không tìm thấy kết quả nào cho",
  "search.loading": "Đang tìm…",
  "search.browse": "Xem theo lĩnh vực hoặc đơn vị",
  "sample.label": "Nội dung minh hoạ",
  "sample.explain": "Mục này là nội dung minh hoạ: tên người, số liệu và quyết định là giả định.",
  "list.models": "Mô hình “Dân vận khéo”",
  "list.people": "Điển hình “Dân vận khéo”",
  "list.news": "Tin tức",
  "list.documents": "Văn bản",
  "list.units": "Các đơn vị Hội",
  "list.empty": "Chưa có mục nào.",
  "list.page": "Trang",
  "pagination.label": "Phân trang",
  "pagination.previous": "Trang trước",
  "pagination.next": "Trang sau",
  "breadcrumb.label": "Vị trí trang",
  "facts.title": "Thông tin chính",
  "facts.field": "Lĩnh vực",
  "facts.unit": "Đơn vị",
  "facts.campaign": "Giai đoạn",
  "facts.status": "Trạng thái",
  "facts.registered": "Ngày đăng ký",
  "facts.recognition": "Quyết định công nhận",
  "facts.place": "Địa bàn",
  "facts.position": "Chức vụ",
  "facts.birthYear": "Năm sinh",
  "facts.replicatedFrom": "Nhân rộng từ",
  "facts.published": "Ngày đăng",
  "facts.updated": "Cập nhật",
  "story.results": "Kết quả đạt được",
  "story.awards": "Biểu dương, khen thưởng",
  "story.gallery": "Hình ảnh",
  "story.related": "Cùng lĩnh vực",
  "story.replications": "Đã được nhân rộng tại",
  "story.photoCredit": "Ảnh",
  "story.recognitionBy": "số {number} ngày {date} của {unit}",
  "doc.number": "Số hiệu",
  "doc.issuer": "Cơ quan ban hành",
  "doc.issuedOn": "Ngày ban hành",
  "doc.kind": "Loại văn bản",
  "doc.pdf": "Tải văn bản (PDF)",
  "doc.noNumber": "không rõ số",
  "news.related": "Liên quan",
  "home.figures": "Số liệu chính",
  "home.featured": "Tiêu biểu",
  "home.latestModels": "Mô hình mới",
  "home.latestPeople": "Điển hình mới",
  "home.latestNews": "Tin mới",
  "home.fields": "Bốn lĩnh vực",
  "home.allModels": "Xem tất cả mô hình",
  "home.allPeople": "Xem tất cả điển hình",
  "home.allNews": "Xem tất cả tin tức",
  "figures.models": "mô hình",
  "figures.recognisedModels": "mô hình đã công nhận",
  "figures.people": "điển hình cá nhân",
  "figures.units": "đơn vị tham gia",
  "targets.title": "Chỉ tiêu thi đua",
  "targets.unit": "Đơn vị",
  "targets.level": "Cấp",
  "targets.collective": "Mô hình tập thể",
  "targets.individual": "Điển hình cá nhân",
  "targets.target": "Chỉ tiêu",
  "targets.registered": "Đăng ký",
  "targets.recognised": "Công nhận",
  "targets.meets": "Đạt",
  "targets.behind": "Chưa đạt",
  "targets.unknown": "chưa có chỉ tiêu",
  "targets.asOf": "Số liệu tính đến",
  "reports.title": "Báo cáo định kỳ",
  "reports.halfYear": "Báo cáo 6 tháng đầu năm",
  "reports.year": "Báo cáo năm",
  "reports.csv": "Tải CSV",
  "units.ended": "đã kết thúc",
  "units.children": "Đơn vị trực thuộc",
  "about.title": "Giới thiệu phong trào",
  "press.title": "Dành cho báo chí",
  "notFound.title": "Không tìm thấy trang",
  "notFound.body": "Trang bạn tìm không có hoặc đã chuyển đi. Hãy thử tìm kiếm hoặc về trang chủ.",
  "footer.data": "Dữ liệu mở",
  "footer.rss": "Tin mới (RSS)",
  "footer.license": "Nội dung và dữ liệu theo giấy phép CC BY 4.0, trừ ảnh có ghi nguồn riêng.",
  "footer.sampleNotice": "Các mục gắn nhãn “Nội dung minh hoạ” là ví dụ giả định, không phải người hay quyết định có thật.",
} as const;

export type UiKey = keyof typeof ui;

/** The Vietnamese text for a key, with `{name}` placeholders filled in. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return ui[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** Names of the four fields. */
export const fieldLabels: Record<Field, string> = {
  "kinh-te": "Phát triển kinh tế",
  "van-hoa-xa-hoi": "Văn hoá – xã hội",
  "quoc-phong-an-ninh": "Quốc phòng – an ninh",
  "he-thong-chinh-tri": "Xây dựng hệ thống chính trị",
};

/** Names of the association's levels. */
export const levelLabels: Record<Level, string> = {
  tinh: "Cấp tỉnh",
  huyen: "Cấp huyện, thành phố",
  khoi: "Khối cơ quan tỉnh",
  xa: "Cấp xã, phường, thị trấn",
};

/** Names of the statuses. */
export const statusLabels: Record<Status, string> = {
  registered: "Đã đăng ký",
  building: "Đang xây dựng",
  recognised: "Đã công nhận",
};

/** Names of document kinds. */
export const documentKindLabels: Record<(typeof DOCUMENT_KINDS)[number], string> = {
  "nghi-quyet": "Nghị quyết",
  "chi-thi": "Chỉ thị",
  "ke-hoach": "Kế hoạch",
  "thong-tri": "Thông tri",
  "huong-dan": "Hướng dẫn",
  "quyet-dinh": "Quyết định",
  "bao-cao": "Báo cáo",
};

/** Names of milestone kinds. */
export const milestoneKindLabels: Record<(typeof MILESTONE_KINDS)[number], string> = {
  guidance: "Hướng dẫn",
  registration: "Đăng ký",
  "mid-term-review": "Sơ kết",
  "final-review": "Tổng kết",
  awards: "Biểu dương, khen thưởng",
  other: "Mốc khác",
};

/** Names of award occasions. */
export const occasionLabels = { "so-ket": "Sơ kết", "tong-ket": "Tổng kết", khac: "Dịp khác" } as const;

/** Title of address. */
export const honorificLabels = { "Ông": "Ông", "Bà": "Bà" } as const;
