// The full-page chat's address names its conversation from the first message on, so a reload (even in the middle
// of a turn) reopens that conversation instead of an empty new chat. Chainlit does this itself only when the chat
// is served at "/" (it checks the path after the first interaction); Vitrine serves it under /chat. The thread's
// id comes from Chainlit's own "first_interaction" socket event, for this session's conversation only; Chainlit
// resumes /chat/thread/<id> only for the thread's author.
(function () {
  "use strict";
  var BASE = "/chat";
  var Native = window.WebSocket;
  if (!Native) return;

  function onNewChat() {
    var path = window.location.pathname;
    return path === BASE || path === BASE + "/";
  }

  function nameThread(data) {
    if (typeof data !== "string" || data.indexOf('"first_interaction"') < 0) return;
    try {
      var packet = JSON.parse(data.slice(data.indexOf("[")));
      var threadId = packet[0] === "first_interaction" && packet[1] && packet[1].thread_id;
      if (threadId && onNewChat()) {
        window.history.replaceState(window.history.state, "", BASE + "/thread/" + encodeURIComponent(threadId));
      }
    } catch (error) { /* not a Socket.IO event packet */ }
  }

  // Socket.IO's client keeps the WebSocket constructor it found when it loaded and sets each socket's onmessage:
  // the handler is wrapped on the prototype, so every socket is read whichever constructor made it.
  var onmessage = Object.getOwnPropertyDescriptor(Native.prototype, "onmessage");
  if (!onmessage || !onmessage.set) return;
  Object.defineProperty(Native.prototype, "onmessage", {
    configurable: true,
    enumerable: onmessage.enumerable,
    get: onmessage.get,
    set: function (handler) {
      onmessage.set.call(this, typeof handler !== "function" ? handler : function (event) {
        nameThread(event.data);
        return handler.apply(this, arguments);
      });
    },
  });
})();

// The labels Chainlit hard-codes in English, in the browser's language (public/ui_labels.js), and the stop button
// that counts a click only once it has been on screen a moment (public/stop_guard.js).
(function () {
  ["/chat/public/ui_labels.js", "/chat/public/stop_guard.js"].forEach(function (source) {
    var script = document.createElement("script");
    script.src = source;
    document.head.appendChild(script);
  });
})();
