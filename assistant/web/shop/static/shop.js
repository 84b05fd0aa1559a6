// Storefront behaviour (served from /shop/static, allowed by the shop's script-src 'self'): the product page's
// "Ask about this product" opens the chat widget and sends the customer's question about that product, which
// names the product's id so the assistant knows exactly which one is meant for the follow-up questions too. Never
// into a conversation the desk holds (data-held-threads, named by the server, where the widget still is in the visit
// that asked for a person):
// the assistant is paused there, so the question would only get "a member of our team will answer"; the widget
// starts a new chat for it instead (the held one stays in the chat history, and the desk's replies to it are
// still shown, as notices, in the new chat).
//
// A message sent before the widget's chat is connected: Chainlit's composer ignores Enter while its socket is not
// connected (its send button is disabled), with no sign of it, so a message typed the instant the widget opens was
// silently not sent. Here that Enter is held: the customer is told the message will be sent, and it is, by the
// widget's own send button, as soon as the chat is connected; if it never connects, they are told it was not sent
// (the text stays in the box). Lines in the page's language: data-chat-pending / data-chat-not-sent.
// A new chat is connected a moment before its session has opened (the greeting, a held ticket's notice): Enter is
// held until the chat shows its first line too, so the customer's message follows the opening, never races it
// (issue 17 F8; the server also answers a message only after the opening, assistant/web/chat/opening.py).
(function () {
  "use strict";
  var WAIT_MS = 30000;
  var placeholder = window.sendChainlitMessage; // Chainlit's stand-in until the widget's chat is connected
  var script = document.currentScript;
  var words = {pending: script.getAttribute("data-chat-pending") || "",
               notSent: script.getAttribute("data-chat-not-sent") || ""};
  var held = null; // the time a held message was sent, while it waits for the chat to connect
  var deskThreads = (script.getAttribute("data-held-threads") || "").split(" ").filter(Boolean);

  function widget() {
    var host = document.getElementById("chainlit-copilot");
    return host && host.shadowRoot;
  }

  function chatOpen() {
    var root = widget();
    return Boolean(root && root.querySelector("#chat-input"));
  }

  // Ready once the chat's session has started: the assistant's greeting is shown (a message sent before that
  // reaches no session on the server and gets no answer).
  function chatReady() {
    var root = widget();
    return chatOpen() && typeof window.sendChainlitMessage === "function" &&
      window.sendChainlitMessage !== placeholder &&
      Boolean(root.querySelector('[data-step-type="assistant_message"]'));
  }

  function messageId() {
    if (window.crypto && window.crypto.randomUUID) return window.crypto.randomUUID();
    return "ask-" + Date.now() + "-" + Math.random().toString(16).slice(2);
  }

  function onDeskThread() {
    return typeof window.getChainlitCopilotThreadId === "function" &&
      deskThreads.indexOf(window.getChainlitCopilotThreadId()) >= 0;
  }

  function chatEmpty() {
    var root = widget();
    return Boolean(root) && !root.querySelector('[data-step-type="assistant_message"]');
  }

  function ask(question, button) {
    if (!chatOpen() && typeof window.toggleChainlitCopilot === "function") window.toggleChainlitCopilot();
    var started = Date.now();
    var cleared = true; // once a new chat has started: its earlier messages are gone from the widget
    button.disabled = true;
    if (onDeskThread() && typeof window.clearChainlitCopilotThreadId === "function") {
      window.clearChainlitCopilotThreadId();
      cleared = false;
    }
    (function attempt() {
      if (!cleared && chatEmpty() && !onDeskThread()) cleared = true;
      if (cleared && chatReady()) {
        window.sendChainlitMessage({
          id: messageId(), createdAt: new Date().toISOString(), type: "user_message", name: "User", output: question,
        });
        button.disabled = false;
        return;
      }
      if (Date.now() - started < WAIT_MS) {
        window.setTimeout(attempt, 200);
      } else {
        button.disabled = false;
      }
    })();
  }

  function sendButton() {
    var root = widget();
    return root && root.querySelector("#chat-submit");
  }

  function composerText() {
    var root = widget();
    var input = root && root.querySelector("#chat-input");
    return input ? (input.value !== undefined ? input.value : input.textContent) || "" : "";
  }

  function note(text) {
    var root = widget();
    if (!root) return;
    var line = root.getElementById("vitrine-chat-note");
    if (!text) {
      if (line) line.remove();
      return;
    }
    var composer = root.querySelector("#message-composer");
    if (!line && composer) {
      line = document.createElement("div");
      line.id = "vitrine-chat-note";
      line.setAttribute("role", "status");
      line.style.cssText = "font-size:13px;line-height:1.4;color:#374151;padding:4px 8px;";
      composer.parentNode.insertBefore(line, composer);
    }
    if (line) line.textContent = text;
  }

  // The chat's session has opened: it shows a message (a new chat's greeting, a resumed one's history).
  function chatOpened() {
    var root = widget();
    return Boolean(root && root.querySelector('[data-step-type="assistant_message"], [data-step-type="user_message"]'));
  }

  function sendWhenConnected() {
    var button = sendButton();
    if (button && !button.disabled && chatOpened()) {
      held = null;
      note("");
      button.click();
    } else if (Date.now() - held > WAIT_MS) {
      held = null;
      note(words.notSent);
    } else {
      window.setTimeout(sendWhenConnected, 100);
    }
  }

  // Capture on the document runs before the widget's own handlers inside its shadow root.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    var target = event.composedPath ? event.composedPath()[0] : event.target;
    var input = target && target.closest && target.closest("#chat-input");
    var button = sendButton();
    if (!input || !button || (!button.disabled && chatOpened()) || !composerText().trim()) return;
    event.preventDefault();
    event.stopPropagation();
    if (held === null) {
      held = Date.now();
      note(words.pending);
      sendWhenConnected();
    }
  }, true);

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-question]");
    if (button) ask(button.getAttribute("data-question"), button);
  });
})();
