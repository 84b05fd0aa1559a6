// Chainlit writes a few labels in English whatever the customer's language: the screen-reader text and aria-labels
// of its dialogs ("Close"), its theme and sidebar toggles, its notifications. They are hard-coded in its bundle, so
// its translation files cannot reach them; this puts them in the browser's language (the one Chainlit's own
// translations follow), from the app's Chainlit translation files: .chainlit/translations/<language>.json, under
// "vitrine" > "uiLabels" (English label -> label). Loaded by the shop's widget (shop/templates/_chrome.html) and by
// the full-page chat (public/thread_address.js); it relabels the page and the widget's shadow root as they change.
(function () {
  "use strict";
  var TRANSLATIONS = "/chat/project/translations?language=";
  var WIDGET = "chainlit-copilot";
  var WIDGET_WAIT_MS = 30000;

  function own(labels, key) { return Object.prototype.hasOwnProperty.call(labels, key); }

  function relabel(root, labels) {
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

  function follow(root, labels) {
    relabel(root, labels);
    new MutationObserver(function () { relabel(root, labels); }).observe(root, {
      subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["aria-label"],
    });
  }

  function followWidget(labels) {
    var started = Date.now();
    var timer = setInterval(function () {
      var host = document.getElementById(WIDGET);
      if (host && host.shadowRoot) {
        clearInterval(timer);
        follow(host.shadowRoot, labels);
      } else if (Date.now() - started > WIDGET_WAIT_MS) {
        clearInterval(timer);
      }
    }, 200);
  }

  var language = navigator.language || "en-US";
  fetch(TRANSLATIONS + encodeURIComponent(language), { credentials: "same-origin" })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (body) {
      var labels = body && body.translation && body.translation.vitrine && body.translation.vitrine.uiLabels;
      if (!labels) return;
      follow(document.body, labels);
      followWidget(labels);
    })
    .catch(function () { /* the labels stay as Chainlit wrote them */ });
})();
