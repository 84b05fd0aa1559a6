// Storefront behaviour (served from /shop/static, allowed by the shop's script-src 'self'): the product page's
// "Ask about this product" opens the chat widget and sends the customer's question about that product, which
// names the product's id so the assistant knows exactly which one is meant for the follow-up questions too.
(function () {
  "use strict";
  var WAIT_MS = 30000;
  var placeholder = window.sendChainlitMessage; // Chainlit's stand-in until the widget's chat is connected

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

  function ask(question, button) {
    if (!chatOpen() && typeof window.toggleChainlitCopilot === "function") window.toggleChainlitCopilot();
    var started = Date.now();
    button.disabled = true;
    (function attempt() {
      if (chatReady()) {
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

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-question]");
    if (button) ask(button.getAttribute("data-question"), button);
  });
})();
