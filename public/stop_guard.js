// Chainlit's composer turns its send button into a stop button on the same spot while a turn runs; in a new chat it
// does so only once the server's "first_interaction" event arrives (it waits for the thread's first writes: well
// into the first turn on a busy server). A click meant for Send, or the second click of a double-click, then lands
// on Stop and cancels the customer's turn: "Task manually stopped.", and the message they sent is never answered
// (fresh13 browser pass). Chainlit 2.12 has no setting for this, so here a stop button counts a click only once it
// has been on screen for ARM_MS, longer than anyone takes to see a new button and mean to press it; an earlier click
// is dropped before Chainlit's own handler sees it, and the turn goes on. Loaded by the full-page chat
// (public/thread_address.js) and the shop's widget (shop/templates/_chrome.html), whose shadow root is watched too.
(function () {
  "use strict";
  if (window.vitrineStopGuard) return;
  var ARM_MS = 1000;
  var WIDGET = "chainlit-copilot";
  var shownAt = new WeakMap(); // stop button -> when it was first seen on screen
  var watched = new WeakSet();
  var guard = { dropped: 0 };
  window.vitrineStopGuard = guard;

  function note(root) {
    var button = root.querySelector && root.querySelector("#stop-button");
    if (button && !shownAt.has(button)) shownAt.set(button, Date.now());
  }

  function watchWidget() {
    var host = document.getElementById(WIDGET);
    if (host && host.shadowRoot) watch(host.shadowRoot); // its mutations reach no observer of the page
  }

  function watch(root) {
    if (!root || watched.has(root)) return;
    watched.add(root);
    note(root);
    new MutationObserver(function () {
      note(root);
      watchWidget();
    }).observe(root, { childList: true, subtree: true });
  }

  function stopButtonOf(event) {
    var path = event.composedPath ? event.composedPath() : [event.target];
    for (var i = 0; i < path.length; i++) {
      if (path[i] && path[i].id === "stop-button") return path[i];
    }
    return null;
  }

  // Capture on the window runs before Chainlit's React handlers (at its root, or inside the widget's shadow root).
  window.addEventListener("click", function (event) {
    var button = stopButtonOf(event);
    if (!button) return;
    note(button.getRootNode());
    if (Date.now() - shownAt.get(button) >= ARM_MS) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    guard.dropped += 1;
  }, true);

  watch(document.documentElement);
  watchWidget();
})();
