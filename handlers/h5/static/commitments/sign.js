// The commitment signing page: bind (first time), read the letter to its end, draw, confirm.
// No inline script (the page's policy forbids it); calls go to this origin's /h5/api/commitments.
(function () {
  "use strict";
  var API = "/h5/api/commitments";
  var $ = function (id) { return document.getElementById(id); };
  var pad = null;
  var current = null;

  function say(text) { $("status").textContent = text || ""; }
  function show(id) {
    ["bind", "list", "letter", "done"].forEach(function (s) { $(s).hidden = s !== id; });
  }
  function call(method, path, body) {
    var opts = { method: method, credentials: "same-origin", headers: { "X-Requested-With": "fetch" } };
    if (body !== undefined) {
      opts.headers["Content-Type"] = "application/json";
      opts.body = JSON.stringify(body);
    }
    return fetch(API + path, opts).then(function (r) {
      if (r.status === 204) { return null; }
      return r.json().then(function (data) {
        if (!r.ok) { throw new Error((data && data.message) || "请求失败"); }
        return data;
      });
    });
  }

  function load() {
    say("");
    return call("GET", "").then(function (state) {
      var select = $("campaign");
      select.innerHTML = "";
      state.campaigns.forEach(function (c) {
        var o = document.createElement("option");
        o.value = c.id; o.textContent = c.name;
        select.appendChild(o);
      });
      var list = $("letters");
      list.innerHTML = "";
      state.letters.forEach(function (l) {
        var li = document.createElement("li");
        var b = document.createElement("button");
        b.type = "button";
        b.className = l.signature_code ? "secondary" : "";
        b.textContent = l.title + (l.signature_code ? "（已签署）" : "（待签署）");
        b.addEventListener("click", function () { l.signature_code ? done(l.signature_code) : open(l); });
        li.appendChild(b);
        list.appendChild(li);
      });
      if (state.letters.length) { show("list"); } else if (state.campaigns.length) { show("bind"); }
      else { show("list"); say("目前没有需要签署的承诺书。"); }
    }).catch(function (e) { say(e.message); });
  }

  function open(letter) {
    current = letter;
    $("letter-title").textContent = letter.title;
    $("letter-body").textContent = letter.body;
    $("letter-body").scrollTop = 0;
    $("pad-box").hidden = true;
    $("read-hint").hidden = false;
    show("letter");
    call("POST", "/" + letter.roster_id + "/events", { kind: "opened" }).catch(function (e) { say(e.message); });
    checkRead();
  }

  function checkRead() {
    var box = $("letter-body");
    if (!current || !$("pad-box").hidden) { return; }
    if (box.scrollTop + box.clientHeight >= box.scrollHeight - 4) {
      call("POST", "/" + current.roster_id + "/events", { kind: "read" }).then(function () {
        $("read-hint").hidden = true;
        $("pad-box").hidden = false;
        startPad();
      }).catch(function (e) { say(e.message); });
    }
  }

  function startPad() {
    var canvas = $("pad");
    var ratio = Math.max(window.devicePixelRatio || 1, 1);
    canvas.width = canvas.offsetWidth * ratio;
    canvas.height = canvas.offsetHeight * ratio;
    canvas.getContext("2d").scale(ratio, ratio);
    if (pad) { pad.off(); }
    pad = new window.SignaturePad(canvas, { minWidth: 1.2, maxWidth: 3.2, penColor: "#000" });
  }

  function keyFor(letter) {
    var name = "fg-commit-key-" + letter.roster_id;
    var key = window.sessionStorage.getItem(name);
    if (!key) {
      var bytes = new Uint8Array(16);
      window.crypto.getRandomValues(bytes);
      key = Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
      window.sessionStorage.setItem(name, key);
    }
    return key;
  }

  function confirmSign() {
    if (!pad || pad.isEmpty()) { say("请先手写签名。"); return; }
    $("confirm").disabled = true;
    call("POST", "/" + current.roster_id + "/sign", { image: pad.toDataURL("image/png"), idempotency_key: keyFor(current) })
      .then(function (signed) { done(signed.code); })
      .catch(function (e) { say(e.message); })
      .then(function () { $("confirm").disabled = false; });
  }

  function done(code) {
    $("done-code").textContent = code;
    $("done-pdf").href = API + "/signatures/" + code + "/pdf";
    $("done-verify").href = "/verify/commitments/" + code;
    show("done");
  }

  document.addEventListener("DOMContentLoaded", function () {
    $("letter-body").addEventListener("scroll", checkRead);
    $("clear").addEventListener("click", function () { if (pad) { pad.clear(); } });
    $("confirm").addEventListener("click", confirmSign);
    $("back").addEventListener("click", load);
    $("bind-more").addEventListener("click", function () { show("bind"); });
    $("bind-form").addEventListener("submit", function (ev) {
      ev.preventDefault();
      var f = ev.target;
      $("bind-submit").disabled = true;
      call("POST", "/bind", {
        campaign_id: Number(f.campaign_id.value), party: f.party.value.trim(),
        name: f.name.value.trim(), id_number: f.id_number.value.trim()
      }).then(load).catch(function (e) { say(e.message); })
        .then(function () { $("bind-submit").disabled = false; });
    });
    load();
  });
})();
