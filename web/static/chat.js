// Chat without page loads. The conversation lives only in this page: nothing goes to cookies
// or storage, and leaving the page (or the quick exit) leaves nothing behind.
// Addresses come from the page (data-messages-url), resolved against it, never glued onto
// another address: the form's action carries ?lang= when a language was chosen.
(function () {
  "use strict";
  var log = document.getElementById("chat-log");
  var form = document.getElementById("chat-form");
  if (!log || !form || !window.fetch || !form.getAttribute("data-messages-url")) { return; }
  var endpoint = new URL(form.getAttribute("data-messages-url"), location.href).href;
  var box = form.querySelector("textarea");
  var session = form.elements.session.value || null;
  var lang = form.elements.lang.value || "en";
  // The signed token from the page (no cookie); each reply brings a fresh one.
  var csrf = form.elements.csrf ? form.elements.csrf.value : "";

  function said(text) {
    var p = document.createElement("p");
    var label = document.createElement("span");
    p.className = "chat-you";
    label.className = "visually-hidden";
    label.textContent = log.getAttribute("data-you-said") || "";
    p.appendChild(label);
    p.appendChild(document.createTextNode(" " + text));
    log.appendChild(p);
  }

  // The server renders each answer (links and tel: links made from the structured reply),
  // the same HTML as the page without JavaScript shows.
  function answer(html) {
    var holder = document.createElement("template");
    holder.innerHTML = html;
    log.appendChild(holder.content);
  }

  function offline() {
    var block = document.createElement("div");
    var p = document.createElement("p");
    block.className = "chat-bot";
    p.textContent = form.getAttribute("data-offline") || "";
    block.appendChild(p);
    log.appendChild(block);
  }

  function send(message, shown) {
    said(shown || message);
    fetch(endpoint, {
      method: "POST",
      headers: {"Content-Type": "application/json"},
      credentials: "omit",
      body: JSON.stringify({session: session, message: message, lang: lang, csrf: csrf})
    }).then(function (r) {
      // A refused token comes back as a 400 with a fresh token and a message to show.
      return r.json().then(function (data) {
        if (data.csrf) { csrf = data.csrf; }
        if (!r.ok && !data.html) { throw new Error(String(r.status)); }
        return data;
      });
    }).then(function (data) {
      var forgotten = (data.messages || []).some(function (m) { return m.forgotten; });
      if (forgotten || (session && data.session && data.session !== session)) {
        // A deleted conversation is deleted from the screen too: only this turn stays.
        while (log.children.length > 1) { log.removeChild(log.firstChild); }
      }
      if (data.session) { session = data.session; }
      answer(data.html || "");
      box.focus();
    }).catch(offline);
  }

  // Typed messages, and the buttons in replies (they belong to this form: form="chat-form").
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var button = event.submitter;
    if (button && button.name === "choice") {
      send(button.value, button.textContent);
      return;
    }
    var message = box.value.trim();
    if (!message) { return; }
    box.value = "";
    send(message);
  });
})();
