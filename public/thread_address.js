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

  function WatchedSocket(url, protocols) {
    var socket = protocols === undefined ? new Native(url) : new Native(url, protocols);
    socket.addEventListener("message", function (event) { nameThread(event.data); });
    return socket;
  }
  WatchedSocket.prototype = Native.prototype;
  ["CONNECTING", "OPEN", "CLOSING", "CLOSED"].forEach(function (name) { WatchedSocket[name] = Native[name]; });
  window.WebSocket = WatchedSocket;
})();
