/*
 * Vietnamese interface of the CMS. Decap 3.16 ships a `vi` locale that lacks many newer phrases
 * (they fall back to English) and words some things awkwardly for association staff; this file
 * covers every phrase of the English locale. Plain browser script, loaded after decap-cms.js and
 * before the CMS reads its config, which is when it picks its phrases.
 *
 * Words used throughout: entry = "mục", collection = "danh mục", publish = "đăng (lên trang)",
 * media = "ảnh và tệp". The editorial workflow's "Draft" is "Đang soạn" so that it is not
 * confused with the entries' own "Chưa đăng lên trang" switch.
 */
(function () {
  "use strict";

  var phrases = {
    auth: {
      login: "Đăng nhập",
      loggingIn: "Đang đăng nhập…",
      loginWithNetlifyIdentity: "Đăng nhập bằng Netlify Identity",
      loginWithAzure: "Đăng nhập bằng Azure",
      loginWithBitbucket: "Đăng nhập bằng Bitbucket",
      loginWithGitHub: "Đăng nhập bằng GitHub",
      loginWithGitLab: "Đăng nhập bằng GitLab",
      loginWithGitea: "Đăng nhập bằng Gitea",
      loginWithForgejo: "Đăng nhập bằng Forgejo",
      errors: {
        email: "Hãy nhập địa chỉ thư điện tử.",
        password: "Hãy nhập mật khẩu.",
        identitySettings:
          "Không đọc được thiết lập đăng nhập. Khi dùng git-gateway, cần bật dịch vụ Identity và Git Gateway.",
      },
    },
    app: {
      header: {
        content: "Nội dung",
        workflow: "Duyệt bài",
        media: "Ảnh và tệp",
        quickAdd: "Thêm nhanh",
      },
      app: {
        errorHeader: "Không tải được cấu hình trang quản trị",
        configErrors: "Lỗi cấu hình",
        checkConfigYml: "Hãy báo cho người phụ trách kỹ thuật kiểm tra tệp config.yml.",
        loadingConfig: "Đang tải cấu hình…",
        waitingBackend: "Đang kết nối kho nội dung…",
      },
      notFoundPage: {
        header: "Không tìm thấy trang",
      },
    },
    collection: {
      sidebar: {
        collections: "Danh mục",
        allCollections: "Tất cả danh mục",
        searchAll: "Tìm trong tất cả",
        searchIn: "Tìm trong",
      },
      collectionTop: {
        sortBy: "Sắp xếp theo",
        viewAs: "Xem dạng",
        viewAsList: "Xem dạng danh sách",
        viewAsGrid: "Xem dạng lưới",
        // A plain "+": the full-width "＋" of the English phrase is missing from many fonts.
        newButton: "+ Thêm %{collectionLabel}",
        newButtonAriaLabel: "Thêm mục mới vào %{collectionLabel}",
        ascending: "Tăng dần",
        descending: "Giảm dần",
        searchResults: "Kết quả tìm “%{searchTerm}”",
        searchResultsInCollection: "Kết quả tìm “%{searchTerm}” trong %{collection}",
        filterBy: "Lọc theo",
        groupBy: "Nhóm theo",
      },
      entries: {
        loadingEntries: "Đang tải các mục…",
        cachingEntries: "Đang chuẩn bị các mục…",
        longerLoading: "Việc này có thể mất vài phút",
        noEntries: "Chưa có mục nào",
        unpublishedHeader: "Các mục chưa đăng",
      },
      groups: {
        other: "Khác",
        negateLabel: "Không phải %{label}",
      },
      defaultFields: {
        author: {
          label: "Người viết",
        },
        updatedOn: {
          label: "Cập nhật lúc",
        },
      },
    },
    editor: {
      editorControl: {
        field: {
          optional: "không bắt buộc",
          widgetLabel: "ô %{widgetLabel}",
        },
      },
      editorControlPane: {
        widget: {
          required: "Cần điền “%{fieldLabel}”.",
          regexPattern: "“%{fieldLabel}”: %{pattern}.",
          processing: "“%{fieldLabel}” đang được xử lý.",
          range: "“%{fieldLabel}” phải từ %{minValue} đến %{maxValue}.",
          min: "“%{fieldLabel}” phải từ %{minValue} trở lên.",
          max: "“%{fieldLabel}” không được quá %{maxValue}.",
          rangeCount: "“%{fieldLabel}” cần từ %{minCount} đến %{maxCount} mục.",
          rangeCountExact: "“%{fieldLabel}” cần đúng %{count} mục.",
          rangeMin: "“%{fieldLabel}” cần ít nhất %{minCount} mục.",
          rangeMax: "“%{fieldLabel}” chỉ được tối đa %{maxCount} mục.",
          invalidPath: "“%{path}” không phải là đường dẫn hợp lệ",
          pathExists: "Đường dẫn “%{path}” đã có",
        },
        i18n: {
          writingInLocale: "Đang viết bằng %{locale}",
          copyFromLocale: "Chép từ ngôn ngữ khác",
          copyFromLocaleConfirm: "Chép nội dung từ %{locale} sang?\nMọi nội dung đang có sẽ bị thay thế.",
        },
      },
      editor: {
        onLeavePage: "Bạn có chắc muốn rời trang này?",
        onUpdatingWithUnsavedChanges: "Có thay đổi chưa lưu; hãy lưu trước khi đổi trạng thái duyệt.",
        onPublishingNotReady: "Hãy chuyển trạng thái sang “Sẵn sàng đăng” trước khi đăng.",
        onPublishingWithUnsavedChanges: "Có thay đổi chưa lưu; hãy lưu trước khi đăng.",
        onPublishing: "Bạn có chắc muốn đăng mục này lên trang?",
        onUnpublishing: "Bạn có chắc muốn gỡ mục này khỏi trang?",
        onDeleteWithUnsavedChanges:
          "Bạn có chắc muốn xoá mục đã đăng này, cùng các thay đổi chưa lưu trong lần sửa này?",
        onDeletePublishedEntry: "Bạn có chắc muốn xoá mục đã đăng này?",
        onDeleteUnpublishedChangesWithUnsavedChanges:
          "Mọi thay đổi chưa đăng của mục này, cùng các thay đổi chưa lưu trong lần sửa này, sẽ bị xoá. Vẫn xoá chứ?",
        onDeleteUnpublishedChanges: "Mọi thay đổi chưa đăng của mục này sẽ bị xoá. Vẫn xoá chứ?",
        loadingEntry: "Đang tải mục…",
        confirmLoadBackup: "Máy này còn giữ một bản đang soạn dở của mục này. Dùng bản đó không?",
      },
      editorInterface: {
        toggleI18n: "Bật/tắt song ngữ",
        togglePreview: "Bật/tắt xem trước",
        toggleScrollSync: "Cuộn cùng lúc",
        toggleNotes: "Bật/tắt ghi chú",
      },
      editorNotesPane: {
        title: "Ghi chú",
        emptyState: "Chưa có ghi chú. Thêm ghi chú đầu tiên ở dưới để trao đổi với người duyệt.",
        addNote: "Thêm ghi chú",
        addPlaceholder: "Viết ghi chú…",
        editPlaceholder: "Sửa ghi chú…",
        save: "Lưu",
        cancel: "Huỷ",
        edit: "Sửa",
        delete: "Xoá",
        resolve: "Đã xong",
        unresolve: "Mở lại",
        confirmDelete: "Bạn có chắc muốn xoá ghi chú này?",
        shortcut: "Mẹo: nhấn Ctrl+Enter để thêm ghi chú nhanh",
      },
      editorToolbar: {
        publishing: "Đang đăng…",
        publish: "Đăng",
        published: "Đã đăng",
        unpublish: "Gỡ khỏi trang",
        duplicate: "Nhân bản",
        unpublishing: "Đang gỡ khỏi trang…",
        publishAndCreateNew: "Đăng và thêm mục mới",
        publishAndDuplicate: "Đăng và nhân bản",
        deleteUnpublishedChanges: "Xoá các thay đổi chưa đăng",
        deleteUnpublishedEntry: "Xoá mục chưa đăng",
        deletePublishedEntry: "Xoá mục đã đăng",
        deleteEntry: "Xoá mục",
        saving: "Đang lưu…",
        save: "Lưu",
        statusInfoTooltipDraft: "Mục đang soạn. Khi soạn xong, chuyển trạng thái sang “Chờ duyệt” để người duyệt xem.",
        statusInfoTooltipInReview:
          "Mục đang chờ duyệt, bạn không cần làm gì thêm. Bạn vẫn có thể sửa trong lúc chờ duyệt.",
        deleting: "Đang xoá…",
        updating: "Đang cập nhật…",
        status: "Duyệt bài: %{status}",
        backCollection: " Đang viết trong danh mục %{collectionLabel}",
        unsavedChanges: "Có thay đổi chưa lưu",
        changesSaved: "Đã lưu thay đổi",
        draft: "Đang soạn",
        inReview: "Chờ duyệt",
        ready: "Sẵn sàng đăng",
        publishNow: "Đăng ngay",
        deployPreviewPendingButtonLabel: "Kiểm tra bản xem trước",
        deployPreviewButtonLabel: "Xem bản xem trước",
        deployButtonLabel: "Xem trên trang",
      },
      editorWidgets: {
        markdown: {
          bold: "Chữ đậm",
          italic: "Chữ nghiêng",
          strikethrough: "Gạch ngang",
          code: "Mã",
          link: "Liên kết",
          linkPrompt: "Nhập địa chỉ của liên kết",
          headings: "Tiêu đề mục",
          quote: "Trích dẫn",
          bulletedList: "Danh sách gạch đầu dòng",
          numberedList: "Danh sách đánh số",
          addComponent: "Chèn thành phần",
          richText: "Soạn thảo thường",
          markdown: "Markdown",
          toggleMode: {
            rich: "Chuyển sang soạn thảo thường",
            markdown: "Chuyển sang Markdown",
          },
        },
        image: {
          choose: "Chọn ảnh",
          chooseMultiple: "Chọn nhiều ảnh",
          chooseUrl: "Chèn từ địa chỉ web",
          replaceUrl: "Thay bằng địa chỉ web",
          promptUrl: "Nhập địa chỉ của ảnh",
          chooseDifferent: "Chọn ảnh khác",
          addMore: "Thêm ảnh",
          remove: "Bỏ ảnh",
          removeAll: "Bỏ tất cả ảnh",
        },
        file: {
          choose: "Chọn tệp",
          chooseUrl: "Chèn từ địa chỉ web",
          chooseMultiple: "Chọn nhiều tệp",
          replaceUrl: "Thay bằng địa chỉ web",
          promptUrl: "Nhập địa chỉ của tệp",
          chooseDifferent: "Chọn tệp khác",
          addMore: "Thêm tệp",
          remove: "Bỏ tệp",
          removeAll: "Bỏ tất cả tệp",
        },
        unknownControl: {
          noControl: "Không có ô nhập cho loại “%{widget}”.",
        },
        unknownPreview: {
          noPreview: "Không xem trước được loại “%{widget}”.",
        },
        headingOptions: {
          headingOne: "Tiêu đề cấp 1",
          headingTwo: "Tiêu đề cấp 2",
          headingThree: "Tiêu đề cấp 3",
          headingFour: "Tiêu đề cấp 4",
          headingFive: "Tiêu đề cấp 5",
          headingSix: "Tiêu đề cấp 6",
        },
        datetime: {
          now: "Hôm nay",
          clear: "Xoá",
          setToNow: "Đặt “%{fieldLabel}” là hôm nay",
        },
        list: {
          add: "Thêm %{item}",
          addType: "Thêm %{item}",
        },
        object: {
          expand: "Mở rộng",
          collapse: "Thu gọn",
        },
      },
    },
    mediaLibrary: {
      mediaLibraryCard: {
        draft: "Chưa lưu",
        copy: "Sao chép",
        copyUrl: "Sao chép địa chỉ",
        copyPath: "Sao chép đường dẫn",
        copyName: "Sao chép tên",
        copied: "Đã sao chép",
      },
      mediaLibrary: {
        onDelete: "Bạn có chắc muốn xoá các tệp đã chọn?",
        fileTooLarge: "Tệp quá lớn.\nChỉ nhận tệp không quá %{size} kB.",
      },
      mediaLibraryModal: {
        loading: "Đang tải…",
        close: "Đóng",
        noResults: "Không có kết quả.",
        noAssetsFound: "Chưa có tệp nào.",
        noImagesFound: "Chưa có ảnh nào.",
        private: "Riêng tư ",
        images: "Ảnh",
        mediaAssets: "Ảnh và tệp",
        search: "Tìm…",
        uploading: "Đang tải lên…",
        upload: "Tải lên",
        download: "Tải về",
        deleting: "Đang xoá…",
        deleteSelected: "Xoá các tệp đã chọn",
        chooseSelected: "Dùng tệp đã chọn",
      },
    },
    ui: {
      default: {
        goBackToSite: "Về trang web",
      },
      errorBoundary: {
        title: "Lỗi",
        details: "Đã xảy ra lỗi – hãy ",
        reportIt: "báo lỗi trên GitHub.",
        detailsHeading: "Chi tiết",
        privacyWarning:
          "Khi báo lỗi, nội dung lỗi và dữ liệu gỡ lỗi được điền sẵn.\nHãy kiểm tra lại và xoá thông tin riêng tư nếu có.",
        recoveredEntry: {
          heading: "Nội dung được khôi phục",
          warning: "Hãy sao chép nội dung này ra chỗ khác trước khi rời trang!",
          copyButtonLabel: "Sao chép",
        },
      },
      settingsDropdown: {
        logOut: "Đăng xuất",
        account: "Tài khoản",
      },
      toast: {
        onFailToLoadEntries: "Không tải được mục: %{details}",
        onFailToLoadDeployPreview: "Không tải được bản xem trước: %{details}",
        onFailToPersist: "Không lưu được mục: %{details}",
        onFailToDelete: "Không xoá được mục: %{details}",
        onFailToUpdateStatus: "Không đổi được trạng thái: %{details}",
        missingRequiredField: "Còn ô bắt buộc chưa điền hoặc điền chưa đúng. Hãy xem các ô báo đỏ rồi lưu lại.",
        entrySaved: "Đã lưu",
        entryPublished: "Đã đăng lên trang",
        entryUnpublished: "Đã gỡ khỏi trang",
        onFailToPublishEntry: "Không đăng được: %{details}",
        onFailToUnpublishEntry: "Không gỡ được mục: %{details}",
        entryUpdated: "Đã đổi trạng thái",
        onDeleteUnpublishedChanges: "Đã xoá các thay đổi chưa đăng",
        noteAdded: "Đã thêm ghi chú",
        onFailToAddNote: "Không thêm được ghi chú: %{details}",
        noteUpdated: "Đã sửa ghi chú",
        onFailToUpdateNote: "Không sửa được ghi chú: %{details}",
        noteDeleted: "Đã xoá ghi chú",
        onFailToDeleteNote: "Không xoá được ghi chú: %{details}",
        noteResolved: "Đã đánh dấu xong",
        noteReopened: "Đã mở lại ghi chú",
        onFailToToggleNote: "Không đổi được trạng thái ghi chú: %{details}",
        onFailToAuth: "%{details}",
        onLoggedOut: "Bạn đã bị đăng xuất. Hãy sao lưu nội dung đang soạn rồi đăng nhập lại.",
        onBackendDown: "Kho nội dung đang gặp sự cố. Xem %{details} để biết thêm.",
      },
    },
    workflow: {
      workflow: {
        loading: "Đang tải các mục chờ duyệt",
        workflowHeading: "Duyệt bài",
        newPost: "Mục mới",
        description:
          "%{smart_count} mục chờ duyệt, %{readyCount} mục sẵn sàng đăng. |||| %{smart_count} mục chờ duyệt, %{readyCount} mục sẵn sàng đăng. ",
        dateFormat: "D/M",
      },
      workflowCard: {
        lastChange: "%{date}, %{author}",
        lastChangeNoAuthor: "%{date}",
        lastChangeNoDate: "%{author}",
        deleteChanges: "Xoá thay đổi",
        deleteNewEntry: "Xoá mục mới",
        publishChanges: "Đăng thay đổi",
        publishNewEntry: "Đăng mục mới",
      },
      workflowList: {
        onDeleteEntry: "Bạn có chắc muốn xoá mục này?",
        onPublishingNotReadyEntry:
          "Chỉ đăng được mục ở cột “Sẵn sàng đăng”. Hãy kéo thẻ sang cột “Sẵn sàng đăng” trước.",
        onPublishEntry: "Bạn có chắc muốn đăng mục này lên trang?",
        draftHeader: "Đang soạn",
        inReviewHeader: "Chờ duyệt",
        readyHeader: "Sẵn sàng đăng",
        currentEntries: "%{smart_count} mục |||| %{smart_count} mục",
      },
    },
  };

  /** Phrases here win; anything else the bundled locale has (from a newer Decap) is kept. */
  function merge(base, extra) {
    var result = {};
    var key;
    for (key in base) if (Object.prototype.hasOwnProperty.call(base, key)) result[key] = base[key];
    for (key in extra) {
      if (!Object.prototype.hasOwnProperty.call(extra, key)) continue;
      var both = result[key] && typeof result[key] === "object" && typeof extra[key] === "object";
      result[key] = both ? merge(result[key], extra[key]) : extra[key];
    }
    return result;
  }

  CMS.registerLocale("vi", merge(CMS.getLocale("vi") || {}, phrases));
})();
