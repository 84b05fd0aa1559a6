// Chainlit writes a few labels in English whatever the customer's language: the screen-reader text and aria-labels
// of its dialogs ("Close"), its theme and sidebar toggles, its notifications. They are hard-coded in its bundle, so
// its translation files cannot reach them; this puts them in the browser's language (the one Chainlit's own
// translations follow), from the app's Chainlit translation files: .chainlit/translations/<language>.json, under
// "vitrine" > "uiLabels" (English label -> label). Loaded by the shop's widget (shop/templates/_chrome.html) and by
// the full-page chat (public/thread_address.js); it relabels the page and the widget's shadow root as they change.
// Its photo-upload notifications too ("File is larger than 10 MB", "Too many files": the browser's own checks,
// before anything reaches the server) are reworded from "vitrine" > "uploadErrors" of the same file; the text the
// customer typed stays in the box (Chainlit only drops the file). A refused sign-in's notification, which Chainlit
// writes as the raw HTTP error ("Unauthorized: credentialssignin") beside its own translated form error, says that
// translated sentence instead (auth > login > errors > credentialsSignin).
(function () {
  "use strict";
  var TRANSLATIONS = "/chat/project/translations?language=";
  var WIDGET = "chainlit-copilot";
  var WIDGET_WAIT_MS = 30000;

  function own(labels, key) { return Object.prototype.hasOwnProperty.call(labels, key); }

  // Chainlit's upload notifications (react-dropzone's messages, Chainlit's "Failed to upload: ...") -> a key of
  // uploadErrors and its facts.
  function uploadError(text, failedPrefix) {
    var larger = /^File is larger than (\d+) ?(MB|bytes?)$/.exec(text);
    if (larger) return { key: "tooLarge", mb: larger[2] === "MB" ? larger[1] : String(Math.round(larger[1] / 1048576)) };
    if (/^File type must be /.test(text)) return { key: "wrongType" };
    if (text === "Too many files") return { key: "tooMany" };
    if (failedPrefix && text.indexOf(failedPrefix) === 0) return { key: "failed" };
    return null;
  }

  function reword(root, words) {
    root.querySelectorAll("[data-sonner-toast] [data-title], [data-sonner-toast] [data-description]").forEach(function (node) {
      if (node.children.length !== 0) return;
      var text = node.textContent.trim();
      if (words.signInFailed && /^Unauthorized: credentialssignin$/i.test(text)) {
        node.textContent = words.signInFailed;
        return;
      }
      var found = uploadError(text, words.failedPrefix);
      if (found && own(words.errors, found.key)) node.textContent = words.errors[found.key].replace("{mb}", found.mb || "");
    });
  }

  function relabel(root, labels, words) {
    if (words) reword(root, words);
    root.querySelectorAll(".sr-only").forEach(function (node) {
      var text = node.textContent.trim();
      if (node.children.length === 0 && own(labels, text) && labels[text] !== text) node.textContent = labels[text];
    });
    root.querySelectorAll("[aria-label]").forEach(function (node) {
      var label = node.getAttribute("aria-label");
      // Only a change is written: writing a label again would wake the observer again, for ever.
      if (own(labels, label) && labels[label] !== label) node.setAttribute("aria-label", labels[label]);
    });
  }

  function follow(root, labels, words) {
    relabel(root, labels, words);
    new MutationObserver(function () { relabel(root, labels, words); }).observe(root, {
      subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["aria-label"],
    });
  }

  function followWidget(labels, words) {
    var started = Date.now();
    var timer = setInterval(function () {
      var host = document.getElementById(WIDGET);
      if (host && host.shadowRoot) {
        clearInterval(timer);
        follow(host.shadowRoot, labels, words);
      } else if (Date.now() - started > WIDGET_WAIT_MS) {
        clearInterval(timer);
      }
    }, 200);
  }

  var language = navigator.language || "en-US";
  fetch(TRANSLATIONS + encodeURIComponent(language), { credentials: "same-origin" })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (body) {
      var translation = (body && body.translation) || {};
      var own_words = translation.vitrine || {};
      var labels = own_words.uiLabels || {};
      var upload = ((translation.chat || {}).fileUpload || {}).errors || {};
      var signInFailed = (((translation.auth || {}).login || {}).errors || {}).credentialsSignin;
      var words = own_words.uploadErrors || signInFailed
        ? { errors: own_words.uploadErrors || {}, failedPrefix: upload.failed, signInFailed: signInFailed } : null;
      if (!own_words.uiLabels && !words) return;
      follow(document.body, labels, words);
      followWidget(labels, words);
    })
    .catch(function () { /* the labels stay as Chainlit wrote them */ });
})();
