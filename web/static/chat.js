// Chat without page loads. The conversation lives only in this page: nothing goes to cookies
// or storage, and leaving the page (or the quick exit) leaves nothing behind.
(function () {
  "use strict";
  var log = document.getElementById("chat-log");
  var form = document.getElementById("chat-form");
  if (!log || !form || !window.fetch) { return; }
  var box = form.querySelector("textarea");
  var session = form.elements.session.value || null;
  var lang = form.elements.lang.value || "en";
  // The signed token from the page (no cookie); each reply brings a fresh one.
  var csrf = form.elements.csrf ? form.elements.csrf.value : "";

  function line(cls, text) {
    var p = document.createElement("p");
    p.className = cls;
    text.split("\n").forEach(function (part, i) {
      if (i) { p.appendChild(document.createElement("br")); }
      p.appendChild(document.createTextNode(part));
    });
    return p;
  }

  function show(reply) {
    var block = document.createElement("div");
    block.className = "chat-bot";
    block.appendChild(line("", reply.text));
    if (reply.buttons && reply.buttons.length) {
      var group = document.createElement("div");
      group.className = "chat-buttons";
      reply.buttons.forEach(function (b) {
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = b.title;
        button.addEventListener("click", function () { send(b.payload, b.title); });
        group.appendChild(button);
      });
      block.appendChild(group);
    }
    log.appendChild(block);
  }

  function send(message, shown) {
    log.appendChild(line("chat-you", shown || message));
    fetch(form.action + "/messages", {
      method: "POST",
      headers: {"Content-Type": "application/json"},
      credentials: "omit",
      body: JSON.stringify({session: session, message: message, lang: lang, csrf: csrf})
    }).then(function (r) { return r.json(); }).then(function (data) {
      if (data.session) { session = data.session; }
      if (data.csrf) { csrf = data.csrf; }
      (data.messages || []).forEach(show);
      box.focus();
    }).catch(function () {
      show({text: form.getAttribute("data-offline") || "", buttons: []});
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var message = box.value.trim();
    if (!message) { return; }
    box.value = "";
    send(message);
  });
  Array.prototype.forEach.call(log.querySelectorAll("form[data-chat-form]"), function (f) {
    f.addEventListener("submit", function (event) {
      event.preventDefault();
      var b = event.submitter;
      if (b) { send(b.value, b.textContent); }
    });
  });
})();
