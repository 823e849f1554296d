/*
 * Our additions to the CMS, loaded after decap-cms.js and locale-vi-extra.js. Plain browser
 * script: no build step. Preview templates and styles come later, with the site's CSS.
 */
(function () {
  "use strict";

  /*
   * When an editor types into an optional field and then clears it, Decap saves an empty string
   * (or an empty object for a group of fields). The site's schemas read "" as a value, and a
   * wrong one ("ngày ''", "tên xã ''"), so the build would fail on a field the editor meant to
   * leave empty. Before each save, empty values are dropped, as if never touched. Entry data
   * is an Immutable.js structure; lists have `push`, maps do not.
   */
  function isList(value) {
    return value !== null && typeof value === "object" && typeof value.push === "function";
  }

  function isMap(value) {
    return value !== null && typeof value === "object" && !isList(value) && typeof value.keySeq === "function";
  }

  function isBlank(value) {
    return value === undefined || value === null || value === "" || (isMap(value) && value.size === 0);
  }

  function withoutBlanks(value) {
    if (isList(value) || isMap(value)) {
      return value.map(withoutBlanks).filter(function (item) {
        return !isBlank(item);
      });
    }
    return value;
  }

  CMS.registerEventListener({
    name: "preSave",
    handler: function (event) {
      var data = event.entry.get("data");
      var cleaned = withoutBlanks(data.delete("body"));
      // The body stays as it is: an empty body is an entry without a story, not a stray value.
      return data.has("body") ? cleaned.set("body", data.get("body")) : cleaned;
    },
  });
})();
