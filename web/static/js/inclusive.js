// Inclusive-language check while typing: progressive enhancement of the
// vacancy and story editors. Every element with data-inclusive-check (a
// textarea or input, or an element around one) gets a results area below
// it; a short pause after typing posts the text to the server's check
// (same origin, so the session cookie and the browser's cross-origin
// protection apply) and shows the findings there. The summary goes to a
// polite live region, so screen-reader users hear it without losing their
// place. Without this script the editors' "Check language" button does
// the same on the server.
(function () {
  "use strict";

  var DELAY = 800; // ms of quiet before checking
  var DEFAULT_URL = "/admin/inclusive/check";

  // The text's language: the attribute's value, else the form's "lang"
  // field (a new vacancy or story), else the page's.
  function languageOf(marker, control) {
    var l = marker.getAttribute("data-inclusive-check");
    if (l) {
      return l;
    }
    var form = control.form;
    var field = form && form.elements.namedItem("lang");
    if (field && field.value) {
      return field.value;
    }
    return document.documentElement.lang || "nl";
  }

  function setUp(marker, n) {
    var control = marker;
    if (!/^(TEXTAREA|INPUT)$/.test(marker.tagName)) {
      control = marker.querySelector("textarea, input[type=text]");
    }
    if (!control) {
      return;
    }
    var url = marker.getAttribute("data-inclusive-url") || DEFAULT_URL;

    var output = document.createElement("div");
    output.className = "inclusive-live";
    var status = document.createElement("p");
    status.className = "inclusive-live__status";
    status.setAttribute("role", "status");
    status.id = (control.id || "inclusive-" + n) + "-inclusive-status";
    var details = document.createElement("div");
    details.className = "inclusive-live__details";
    output.appendChild(status);
    output.appendChild(details);
    var anchor = control.closest(".form-field") || control;
    anchor.insertAdjacentElement("afterend", output);

    var timer = 0;
    var inFlight = null;
    var lastSent = null;

    function check() {
      var text = control.value;
      var lang = languageOf(marker, control);
      var key = lang + "\u0000" + text;
      if (key === lastSent) {
        return;
      }
      lastSent = key;
      if (inFlight) {
        inFlight.abort();
      }
      if (text.trim() === "") {
        status.textContent = "";
        details.replaceChildren();
        return;
      }
      inFlight = new AbortController();
      var body = new URLSearchParams();
      body.set("lang", lang);
      body.set("text", text);
      fetch(url, {
        method: "POST",
        body: body,
        credentials: "same-origin",
        headers: { Accept: "application/json" },
        signal: inFlight.signal
      })
        .then(function (resp) {
          return resp.json().then(function (data) {
            return { ok: resp.ok, data: data };
          });
        })
        .then(function (r) {
          if (!r.ok) {
            status.textContent = r.data.error || "";
            details.replaceChildren();
            return;
          }
          status.textContent = r.data.summary;
          // The server renders the findings with the same template as the
          // page itself, escaped; parsing it as inert HTML runs nothing.
          var doc = new DOMParser().parseFromString(r.data.html, "text/html");
          details.replaceChildren.apply(details, Array.prototype.slice.call(doc.body.childNodes));
        })
        .catch(function (err) {
          if (err && err.name === "AbortError") {
            return;
          }
          lastSent = null; // try again after the next change
        });
    }

    control.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(check, DELAY);
    });
    var form = control.form;
    var langField = form && form.elements.namedItem("lang");
    if (langField && !marker.getAttribute("data-inclusive-check") && langField.addEventListener) {
      langField.addEventListener("change", check);
    }
    if (control.value.trim() !== "") {
      check();
    }
  }

  var markers = document.querySelectorAll("[data-inclusive-check]");
  for (var i = 0; i < markers.length; i++) {
    setUp(markers[i], i);
  }
})();
