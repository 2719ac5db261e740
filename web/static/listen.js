// Listen: the phone's own voice reads the page when it has one for the page's language;
// otherwise the site's own recording plays, from this site. Chat replies get the same control.
// Without JavaScript, "Listen to this page" is a plain link to the recording.
(function () {
  "use strict";
  var synth = window.speechSynthesis;

  function deviceVoice(lang) {
    if (!synth || !synth.getVoices) { return null; }
    var voices = synth.getVoices();
    for (var i = 0; i < voices.length; i += 1) {
      if (voices[i].lang && voices[i].lang.toLowerCase().split(/[-_]/)[0] === lang) { return voices[i]; }
    }
    return null;
  }

  function say(text, lang) {
    var voice = deviceVoice(lang);
    if (!voice) { return false; }
    if (synth.speaking) { synth.cancel(); return true; }  // a second press stops it
    var utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    synth.speak(utterance);
    return true;
  }

  function pageText() {
    var main = document.getElementById("main").cloneNode(true);
    Array.prototype.forEach.call(main.querySelectorAll("[data-listen-skip], script, style, form, [hidden], [aria-hidden=true]"),
      function (node) { node.parentNode.removeChild(node); });
    return main.innerText || main.textContent;
  }

  function play(after, source) {
    var audio = after.nextElementSibling;
    if (!audio || audio.tagName !== "AUDIO") {
      audio = document.createElement("audio");
      audio.controls = true;
      after.parentNode.insertBefore(audio, after.nextSibling);
    }
    audio.src = source;
    audio.play().catch(function () {});
  }

  // The page's own control.
  var link = document.querySelector("a[data-listen]");
  if (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      if (!say(pageText(), link.getAttribute("data-lang"))) { play(link, link.href); }
    });
  }
  // No recording in this language: offer the phone's voice if it has one.
  var none = document.querySelector("[data-listen-none]");
  function offerDevice() {
    var lang = none.getAttribute("data-lang");
    if (!deviceVoice(lang) || none.querySelector("button")) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = none.getAttribute("data-label");
    button.addEventListener("click", function () { say(pageText(), lang); });
    none.textContent = "";
    none.appendChild(button);
  }
  if (none && synth) {
    offerDevice();
    synth.addEventListener && synth.addEventListener("voiceschanged", offerDevice);
  }

  // Chat replies: a Listen button on each, now and as they arrive.
  var log = document.getElementById("chat-log");
  var control = document.querySelector("[data-listen-reply]");
  if (!log || !control) { return; }
  var lang = control.getAttribute("data-lang");
  var url = control.getAttribute("data-url");

  // The button follows the reply rather than sitting in it, so the reply's text stays its own.
  function addButton(reply) {
    var next = reply.nextElementSibling;
    if (next && next.classList.contains("listen-reply")) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "listen-reply";
    button.textContent = control.getAttribute("data-label");
    button.addEventListener("click", function () {
      var text = reply.innerText;
      if (say(text, lang) || !url) { return; }
      var body = new URLSearchParams({text: text, lang: lang});
      fetch(url, {method: "POST", body: body, credentials: "omit"})
        .then(function (response) { if (!response.ok) { throw new Error(); } return response.blob(); })
        .then(function (blob) { play(button, URL.createObjectURL(blob)); })
        .catch(function () {});
    });
    reply.parentNode.insertBefore(button, reply.nextSibling);
  }
  Array.prototype.forEach.call(log.querySelectorAll(".chat-bot"), addButton);
  new MutationObserver(function () {
    Array.prototype.forEach.call(log.querySelectorAll(".chat-bot"), addButton);
  }).observe(log, {childList: true});
})();
