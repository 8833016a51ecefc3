/* evidex serve: conveniences only; every page works without this script.
 * Copy buttons put their data-copy text on the clipboard. */
"use strict";
(function () {
  function copied(btn) {
    var label = btn.textContent;
    btn.classList.add("done");
    btn.textContent = "Copied";
    setTimeout(function () { btn.classList.remove("done"); btn.textContent = label; }, 1500);
  }
  function fallback(text, btn) {
    var t = document.createElement("textarea");
    t.value = text;
    document.body.appendChild(t);
    t.select();
    try { if (document.execCommand("copy")) copied(btn); } catch (e) { /* leave the text visible */ }
    document.body.removeChild(t);
  }
  document.addEventListener("click", function (ev) {
    var btn = ev.target.closest && ev.target.closest("button.copy");
    if (!btn) return;
    var text = btn.getAttribute("data-copy") || "";
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { copied(btn); },
        function () { fallback(text, btn); });
    } else {
      fallback(text, btn);
    }
  });
})();
