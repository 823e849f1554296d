import type { CollectionName } from "../schemas/shared";

/**
 * What people are asked for each field of an entry, in plain Vietnamese: the same words in the
 * CMS (`cms/config-from-schemas.ts`) and on the paper forms of `/bieu-mau/`
 * (`src/lib/paper-form.ts`), so that a unit filling a form by hand and the editor typing it in
 * read the same label and hint. Editors are association staff, not programmers, so labels name
 * things the way the association does and hints say what to type, with an example where it
 * helps. Every field of every schema needs a label here: the CMS config and the forms refuse
 * to build without one.
 */
export interface FieldText {
  label: string;
  hint?: string;
  /** For lists: the name of one item, used on the "Thêm …" button and to number items on paper. */
  singular?: string;
}

/**
 * Texts keyed by field name, or by the end of a field's path when one name means different
 * things in different places: `consent.name` wins over `people.name`, which wins over `name`.
 * A path is the collection name followed by the field names (list items add no segment), e.g.
 * `people.consent.name` or `models.gallery.alt`.
 */
export const fieldTexts: Record<string, FieldText> = {
  // Names and titles.
  name: { label: "Tên" },
  "units.name": { label: "Tên đầy đủ", hint: "Như trên văn bản, ví dụ: Hội Cựu chiến binh huyện Nho Quan." },
  "people.name": { label: "Họ và tên", hint: "Họ tên đầy đủ, có dấu." },
  "settings.name": { label: "Tên Hội", hint: "Tên công khai của Hội, ví dụ: Hội Cựu chiến binh tỉnh Ninh Bình." },
  shortName: { label: "Tên ngắn", hint: "Dùng trong bảng và bộ lọc, ví dụ: Nho Quan." },
  "settings.shortName": { label: "Tên ngắn", hint: "Hiện ở đầu trang, ví dụ: Hội CCB Ninh Bình." },
  title: { label: "Tiêu đề" },
  "models.title": { label: "Tên mô hình", hint: "Tên mô hình như đơn vị đã đăng ký." },
  "campaigns.title": { label: "Tên giai đoạn", hint: "Ví dụ: Giai đoạn 2016–2020." },
  "documents.title": {
    label: "Tên văn bản",
    hint: "Tên văn bản như mọi người vẫn gọi, ví dụ: Kế hoạch thực hiện phong trào thi đua “Dân vận khéo”.",
  },
  "news.title": { label: "Tiêu đề tin" },
  "awards.title": { label: "Hình thức khen thưởng", hint: "Ví dụ: Giấy khen của Hội CCB tỉnh." },

  // Summaries and bodies.
  summary: { label: "Tóm tắt", hint: "Một hai câu: vấn đề gì, đã thay đổi ra sao." },
  "campaigns.summary": {
    label: "Giới thiệu",
    hint: "Một đoạn ngắn giới thiệu giai đoạn, viết bằng lời của mình, không chép nguyên văn kế hoạch.",
  },
  "documents.summary": { label: "Tóm tắt nội dung", hint: "Tóm tắt bằng lời của mình, không chép nguyên văn văn bản." },
  "news.summary": {
    label: "Đoạn mở đầu",
    hint: "Đoạn ngắn nêu ý chính của tin; hiện trong danh sách tin và khi chia sẻ.",
  },
  body: {
    label: "Nội dung",
    hint: "Câu chuyện đầy đủ. Gõ như soạn văn bản; nút + (Chèn thành phần) thêm trích dẫn, con số nổi bật hoặc ảnh có chú thích. Không dán mã hay thẻ HTML.",
  },
  "news.body": {
    label: "Nội dung",
    hint: "Toàn bài tin. Gõ như soạn văn bản; nút + (Chèn thành phần) thêm trích dẫn, con số nổi bật hoặc ảnh có chú thích. Không dán mã hay thẻ HTML.",
  },
  "documents.body": {
    label: "Nội dung",
    hint: "Giới thiệu thêm về văn bản nếu cần, bằng lời của mình; có thể bỏ trống.",
  },

  // Units.
  level: { label: "Cấp" },
  parent: { label: "Đơn vị cấp trên", hint: "Chỉ Hội CCB tỉnh mới bỏ trống ô này." },
  validFrom: { label: "Hoạt động từ ngày", hint: "Ngày đơn vị bắt đầu tồn tại với tên gọi và địa giới này." },
  validTo: {
    label: "Hoạt động đến ngày",
    hint: "Bỏ trống nếu đơn vị vẫn đang hoạt động. Năm 2025 nhiều đơn vị đã kết thúc khi sắp xếp lại địa giới hành chính.",
  },
  successor: {
    label: "Hợp nhất vào đơn vị",
    hint: "Đơn vị mới mà đơn vị này hợp nhất vào khi kết thúc. Bỏ trống nếu không có (huyện kết thúc cùng cấp huyện ngày 30/6/2025).",
  },
  parentChanges: {
    label: "Các lần đổi đơn vị cấp trên",
    hint: "Khi đơn vị vẫn giữ nguyên nhưng chuyển sang đơn vị cấp trên khác, ví dụ phường Đông Thành thuộc thành phố Hoa Lư từ 1/1/2025.",
    singular: "lần đổi",
  },
  "parentChanges.on": { label: "Từ ngày" },
  "parentChanges.parent": { label: "Đơn vị cấp trên mới" },
  otherPredecessors: {
    label: "Các đơn vị hợp thành khác",
    hint: "Tên các đơn vị cũ hợp thành đơn vị này mà không có trang trên cổng, ghi như trong nghị quyết, ví dụ: xã Văn Phương. Đơn vị cũ có trang thì chọn đơn vị này ở ô “Hợp nhất vào đơn vị” của đơn vị cũ.",
    singular: "đơn vị",
  },
  formedBy: { label: "Văn bản thành lập", hint: "Ví dụ: Nghị quyết 1674/NQ-UBTVQH15." },
  note: { label: "Ghi chú", hint: "Điều đáng biết về lịch sử đơn vị, một hai câu." },
  unconfirmed: {
    label: "Điểm chưa xác minh",
    hint: "Điều gì về đơn vị này chưa được xác minh (ngày, đơn vị hợp thành…). Trang đơn vị ghi rõ là chưa xác minh.",
  },
  order: { label: "Thứ tự hiển thị", hint: "Số nhỏ đứng trước; cùng số thì xếp theo tên." },

  // Campaigns.
  startsOn: { label: "Ngày bắt đầu" },
  endsOn: { label: "Ngày kết thúc", hint: "Phải sau ngày bắt đầu." },
  planDocument: { label: "Kế hoạch phát động", hint: "Văn bản đã phát động giai đoạn thi đua này." },
  levels: {
    label: "Các cấp tham gia và chỉ tiêu",
    hint: "Mỗi cấp Hội được giao chỉ tiêu trong giai đoạn, theo thứ tự của kế hoạch; mỗi cấp ghi một lần. Đơn vị thuộc cấp không có ở đây không được tính trong giai đoạn.",
    singular: "cấp",
  },
  "levels.level": { label: "Cấp" },
  collective: { label: "Mô hình tập thể", hint: "Bỏ trống nếu kế hoạch không đặt chỉ tiêu." },
  individual: { label: "Điển hình cá nhân", hint: "Bỏ trống nếu kế hoạch không đặt chỉ tiêu." },
  milestones: {
    label: "Các mốc thời gian",
    hint: "Hạn đăng ký, sơ kết, tổng kết…, theo thứ tự ngày.",
    singular: "mốc",
  },
  "milestones.label": { label: "Nội dung", hint: "Việc gì diễn ra, ví dụ: Tổng kết phong trào." },
  "milestones.kind": { label: "Loại mốc" },
  "milestones.date": {
    label: "Ngày",
    hint: "Nếu chỉ biết tháng, chọn ngày đầu tháng và đặt độ chính xác là “Chỉ biết tháng”.",
  },
  precision: { label: "Độ chính xác của ngày" },
  communeCertificateCycleYears: {
    label: "Chu kỳ cấp giấy chứng nhận ở cấp xã (năm)",
    hint: "Hội cấp xã được cấp giấy chứng nhận mấy năm một lần, ví dụ: 2.",
  },

  // Models and people.
  unit: { label: "Đơn vị", hint: "Đơn vị Hội đăng ký mô hình, điển hình này." },
  field: { label: "Lĩnh vực" },
  campaign: { label: "Giai đoạn thi đua" },
  status: { label: "Trạng thái" },
  registeredOn: { label: "Ngày đăng ký", hint: "Ngày đăng ký với Hội." },
  recognition: {
    label: "Quyết định công nhận",
    hint: "Chỉ điền khi trạng thái là “Đã công nhận”; khi đó phải điền đủ cả ba ô.",
  },
  decisionNumber: { label: "Số quyết định", hint: "Ghi đúng như trên quyết định, ví dụ: 15/QĐ-CCB." },
  "recognition.date": { label: "Ngày ký quyết định", hint: "Không được trước ngày đăng ký." },
  "recognition.by": { label: "Đơn vị ra quyết định" },
  awards: { label: "Biểu dương, khen thưởng", singular: "khen thưởng" },
  "awards.date": { label: "Ngày khen thưởng" },
  "awards.by": { label: "Đơn vị khen thưởng" },
  occasion: { label: "Dịp khen thưởng" },
  publishedOn: { label: "Ngày đăng", hint: "Ngày đưa lên trang; danh sách xếp mục mới đăng lên trước." },
  updatedOn: { label: "Ngày cập nhật", hint: "Ngày sửa nội dung quan trọng gần nhất; bỏ trống nếu chưa sửa." },
  tags: {
    label: "Từ khoá",
    hint: "Các từ giúp tìm kiếm, cách nhau bằng dấu phẩy, ví dụ: nuôi ong, xoá đói giảm nghèo.",
    singular: "từ khoá",
  },
  featured: { label: "Nổi bật trên trang chủ" },
  draft: {
    label: "Chưa đăng lên trang",
    hint: "Bật lên thì mục này không xuất hiện ở đâu trên trang, kể cả khi đã duyệt.",
  },
  sample: {
    label: "Nội dung minh hoạ",
    hint: "Bật lên với mục giả định làm ví dụ; trang sẽ ghi rõ “Nội dung minh hoạ”.",
  },
  replicatedFrom: { label: "Nhân rộng từ mô hình", hint: "Mô hình đã được công nhận mà mô hình này học theo, nếu có." },
  results: {
    label: "Kết quả đạt được",
    hint: "Từng kết quả đo được, ví dụ: Hộ thoát nghèo — 12.",
    singular: "kết quả",
  },
  "results.label": { label: "Chỉ số", hint: "Đo cái gì, ví dụ: Hộ thoát nghèo." },
  "results.value": { label: "Con số", hint: "Ghi như muốn hiện, ví dụ: 12, 1.200 hoặc 12 km." },
  place: { label: "Địa bàn", hint: "Nơi mô hình hoạt động. Nếu điền thì phải có tên xã." },
  commune: { label: "Xã, phường, thị trấn" },
  village: { label: "Thôn, xóm, tổ dân phố" },
  lat: { label: "Vĩ độ", hint: "Toạ độ trên bản đồ, ví dụ: 20.25; có thể bỏ trống." },
  lng: { label: "Kinh độ", hint: "Toạ độ trên bản đồ, ví dụ: 105.97; có thể bỏ trống." },
  replication: {
    label: "Cách làm để nhân rộng",
    hint: "Không bắt buộc. Viết cho chi hội nơi khác muốn làm theo: các bước, cần chuẩn bị gì, làm được khi nào, điều nên tránh, hỏi ai. Không ghi số điện thoại cá nhân.",
  },
  steps: { label: "Các bước", hint: "Theo thứ tự, từ 2 đến 10 bước.", singular: "bước" },
  "steps.title": { label: "Việc cần làm", hint: "Ngắn gọn, ví dụ: Họp chi hội, thống nhất cách làm." },
  "steps.detail": { label: "Cách làm", hint: "Ai làm, làm thế nào; có thể bỏ trống." },
  needs: { label: "Cần chuẩn bị", hint: "Điền ít nhất một trong bốn ô." },
  "needs.people": { label: "Người", hint: "Bao nhiêu người, cần ai, ví dụ: 5–7 hội viên, một người giữ sổ sách." },
  "needs.money": { label: "Kinh phí", hint: "Khoảng bao nhiêu và lấy từ đâu, ví dụ: 30 triệu đồng vốn góp ban đầu." },
  "needs.time": { label: "Thời gian", hint: "Bao lâu thì chạy đều, ví dụ: một vụ (khoảng 6 tháng)." },
  "needs.materials": { label: "Vật tư, địa điểm", hint: "Dụng cụ, vật liệu, nơi họp." },
  conditions: { label: "Làm được khi", hint: "Những điều kiện để mô hình chạy được.", singular: "điều kiện" },
  "conditions.text": { label: "Điều kiện", hint: "Ví dụ: Chi hội họp đều hằng tháng, được cấp uỷ ủng hộ." },
  mistakes: { label: "Điều nên tránh", hint: "Những sai lầm nơi khác hay mắc.", singular: "điều nên tránh" },
  "mistakes.mistake": { label: "Sai lầm", hint: "Ví dụ: Gom tiền trước khi bà con tin." },
  "mistakes.instead": { label: "Nên làm thay vào đó", hint: "Có thể bỏ trống." },
  contact: {
    label: "Liên hệ",
    hint: "Đơn vị Hội để người đọc hỏi thêm, qua văn phòng Hội. Không ghi tên hay số điện thoại riêng của cá nhân.",
  },
  "contact.unit": { label: "Đơn vị Hội", hint: "Đơn vị đã xây dựng mô hình." },
  "contact.office": {
    label: "Bộ phận trả lời",
    hint: "Ví dụ: Ban Thường vụ Hội CCB xã Cúc Phương; có thể bỏ trống.",
  },
  cover: { label: "Ảnh bìa" },
  gallery: { label: "Thư viện ảnh", hint: "Tối đa 12 ảnh.", singular: "ảnh" },
  src: { label: "Tệp ảnh", hint: "Tải ảnh gốc lên; trang tự thu nhỏ ảnh." },
  alt: {
    label: "Mô tả ảnh",
    hint: "Ảnh cho thấy gì, để người khiếm thị nghe đọc, ví dụ: Hội viên hướng dẫn bà con nuôi ong.",
  },
  credit: { label: "Nguồn ảnh", hint: "Ai chụp, ví dụ: Hội CCB huyện Kim Sơn." },
  caption: { label: "Chú thích ảnh", hint: "Dòng chữ hiện dưới ảnh; có thể bỏ trống." },

  // People.
  honorific: { label: "Danh xưng", hint: "Cách gọi trong bài viết." },
  position: {
    label: "Chức vụ",
    hint: "Chức vụ trong Hội hoặc ở địa phương, ví dụ: Chi hội trưởng Chi hội CCB thôn Đông.",
  },
  birthYear: { label: "Năm sinh", hint: "Chỉ điền nếu người này đồng ý công bố năm sinh." },
  portrait: { label: "Ảnh chân dung", hint: "Chỉ đưa ảnh nếu người này đồng ý công bố ảnh." },
  consent: {
    label: "Phiếu đồng ý công bố",
    hint: "Ghi theo phiếu người này đã ký. Không đồng ý công bố họ tên, hoặc đã rút lại đồng ý, thì người này không xuất hiện ở đâu trên trang.",
  },
  "consent.name": { label: "Đồng ý công bố họ tên" },
  "consent.photo": { label: "Đồng ý công bố ảnh" },
  "consent.birthYear": { label: "Đồng ý công bố năm sinh" },
  "consent.story": { label: "Đồng ý công bố câu chuyện" },
  signedOn: { label: "Ngày ký phiếu" },
  formKeptAt: {
    label: "Nơi lưu phiếu giấy",
    hint: "Phòng và tập hồ sơ lưu phiếu đã ký, ví dụ: Văn phòng Hội CCB tỉnh, hồ sơ Dân vận khéo 2020.",
  },
  withdrawn: { label: "Đã rút lại đồng ý", hint: "Bật lên thì mọi thông tin về người này bị gỡ khỏi trang." },
  withdrawnOn: { label: "Ngày rút lại đồng ý", hint: "Bắt buộc khi đã rút lại đồng ý." },

  // Documents.
  number: { label: "Số hiệu", hint: "Ghi đúng như trên văn bản, ví dụ: 20/KH-TU; bỏ trống nếu không rõ." },
  kind: { label: "Loại văn bản" },
  issuer: { label: "Cơ quan ban hành", hint: "Ví dụ: Ban Thường vụ Tỉnh uỷ Ninh Bình." },
  issuedOn: { label: "Ngày ban hành", hint: "Ngày ký; bỏ trống nếu không rõ." },
  year: { label: "Năm ban hành", hint: "Phải khớp với ngày ban hành nếu có." },
  pdf: {
    label: "Tệp PDF",
    hint: "Đường dẫn dạng /van-ban/ten-tep.pdf (chữ thường, không dấu); chỉ điền khi Hội được phép công bố văn bản.",
  },

  // News.
  relatedModels: { label: "Mô hình liên quan" },
  relatedPeople: { label: "Điển hình liên quan" },

  // Settings.
  address: { label: "Địa chỉ trụ sở" },
  pressContact: { label: "Đầu mối báo chí", hint: "Một cơ quan, không ghi tên hay số điện thoại riêng của cá nhân." },
  office: { label: "Tên cơ quan", hint: "Ví dụ: Ban Tuyên giáo Hội CCB tỉnh." },
  phone: { label: "Điện thoại cơ quan", hint: "Ví dụ: 0229 3871 234." },
  email: { label: "Thư điện tử" },
  hours: { label: "Giờ làm việc", hint: "Ví dụ: Sáng thứ Hai đến thứ Sáu, 7 giờ 30 đến 11 giờ 30." },
  social: { label: "Trang mạng xã hội", singular: "liên kết" },
  "social.label": { label: "Tên hiển thị", hint: "Ví dụ: Facebook." },
  url: { label: "Địa chỉ trang", hint: "Bắt đầu bằng https://" },
};

/** Labels of the milestone date precision, which the site's own labels do not need. */
export const precisionLabels = { day: "Chính xác đến ngày", month: "Chỉ biết tháng" } as const;

/** Where a model or person belongs and how far it has come. */
const storyFacts = ["field", "unit", "campaign", "status", "registeredOn", "recognition"] as const;

/** When and whether an entry is published. */
const publicationFlags = ["publishedOn", "updatedOn", "featured", "sample", "draft"] as const;

/**
 * Top-level fields of each collection in the order people fill them in, in the CMS and on
 * paper; fields not listed follow in schema order, so a new schema field still appears.
 */
export const fieldOrder: Record<CollectionName, readonly string[]> = {
  models: [
    "title",
    "summary",
    ...storyFacts,
    "replicatedFrom",
    "results",
    "replication",
    "place",
    "cover",
    "gallery",
    "awards",
    "tags",
    ...publicationFlags,
  ],
  people: [
    "name",
    "honorific",
    "position",
    "consent",
    "summary",
    ...storyFacts,
    "birthYear",
    "portrait",
    "awards",
    "tags",
    ...publicationFlags,
  ],
  news: ["title", "publishedOn", "summary", "cover", "relatedModels", "relatedPeople", "campaign", "sample", "draft"],
  documents: ["title", "kind", "number", "issuer", "issuedOn", "year", "summary", "pdf", "campaign", "draft"],
  units: [
    "name",
    "shortName",
    "level",
    "parent",
    "validFrom",
    "validTo",
    "successor",
    "otherPredecessors",
    "formedBy",
    "parentChanges",
    "note",
    "unconfirmed",
    "order",
  ],
  campaigns: [
    "title",
    "startsOn",
    "endsOn",
    "planDocument",
    "summary",
    "levels",
    "milestones",
    "communeCertificateCycleYears",
  ],
  settings: ["name", "shortName", "address", "pressContact", "social"],
};
