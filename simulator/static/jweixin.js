/* Simulated WeChat JS-SDK (the shape of jweixin-1.6.0) and WeixinJSBridge for pages opened in the
   simulator's in-page WeChat browser. Served by /sim/jweixin.js, which prepends window.__SIM_WX__ =
   {base, openid, apis}. See simulator/pay/jssdk.py for the contract. */
(function () {
  "use strict";
  var SIM = window.__SIM_WX__ || {base: "", openid: "", apis: []};
  var st = {cfg: null, ready: false, failure: null, readyFns: [], errorFns: []};

  // text/plain keeps these cross-origin calls "simple" (no preflight); the simulator reads JSON anyway.
  function post(path, body) {
    return fetch(SIM.base + path, {method: "POST", headers: {"Content-Type": "text/plain"}, body: JSON.stringify(body)})
      .then(function (r) { return r.json().then(function (d) { return {ok: r.ok, data: d}; }); });
  }
  function call(fn, arg) { if (typeof fn === "function") { try { fn(arg); } catch (e) { setTimeout(function () { throw e; }); } } }

  function yuan(fen) { return "¥" + (fen / 100).toFixed(2); }

  // The confirmation sheet WeChat shows for requestMerchantTransfer; resolves with an err_msg suffix.
  function confirmSheet(params) {
    return post("/sim/pay/package", {package: params["package"]}).then(function (res) {
      return new Promise(function (resolve) {
        var bill = res.ok ? res.data.bill : null;
        var mask = document.createElement("div");
        mask.id = "sim-wx-transfer";
        mask.setAttribute("role", "dialog");
        mask.setAttribute("aria-label", "微信支付 确认收款");
        mask.style.cssText = "position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.5);display:flex;align-items:flex-end;justify-content:center;font:15px/1.5 -apple-system,'PingFang SC','Noto Sans CJK SC',sans-serif";
        var sheet = document.createElement("div");
        sheet.style.cssText = "background:#fff;width:100%;max-width:480px;border-radius:12px 12px 0 0;padding:20px 20px 24px;text-align:center;color:#111";
        var title = document.createElement("div");
        title.textContent = "微信支付";
        title.style.cssText = "color:#666;font-size:13px";
        var amount = document.createElement("div");
        amount.className = "sim-wx-amount";
        amount.style.cssText = "font-size:32px;font-weight:600;margin:10px 0 4px";
        var remark = document.createElement("div");
        remark.style.cssText = "color:#555;font-size:14px;margin-bottom:6px";
        var note = document.createElement("div");
        note.className = "sim-wx-note";
        note.style.cssText = "color:#c0392b;font-size:13px;min-height:1.4em;margin-bottom:10px";
        var ok = document.createElement("button");
        ok.type = "button"; ok.textContent = "确认收款";
        ok.style.cssText = "display:block;width:100%;padding:11px;border:0;border-radius:6px;background:#057a3c;color:#fff;font-size:16px;cursor:pointer";
        var cancel = document.createElement("button");
        cancel.type = "button"; cancel.textContent = "取消";
        cancel.style.cssText = "display:block;width:100%;padding:10px;margin-top:8px;border:0;background:none;color:#576b95;font-size:15px;cursor:pointer";
        if (bill) {
          amount.textContent = yuan(bill.transfer_amount);
          remark.textContent = bill.transfer_remark + " · 商家转账";
          if (bill.state !== "WAIT_USER_CONFIRM") { note.textContent = "该笔转账已失效"; ok.disabled = true; ok.style.opacity = ".5"; }
        } else {
          amount.textContent = "—"; note.textContent = "package参数有问题，请检查"; ok.disabled = true; ok.style.opacity = ".5";
        }
        sheet.append(title, amount, remark, note, ok, cancel);
        mask.appendChild(sheet);
        document.body.appendChild(mask);
        function close(result) { mask.remove(); resolve(result); }
        cancel.onclick = function () { close({suffix: "cancel"}); };
        ok.onclick = function () {
          ok.disabled = true;
          post("/sim/pay/confirm", {"package": params["package"], mchId: params.mchId, appId: params.appId, openid: SIM.openid || undefined})
            .then(function (r) {
              if (r.ok) { close({suffix: "ok"}); return; }
              note.textContent = r.data.error || "收款失败";
              ok.textContent = "知道了"; ok.disabled = false;
              ok.onclick = function () { close({suffix: "fail", reason: r.data.error}); };
            })
            .catch(function () { note.textContent = "网络错误"; ok.disabled = false; });
        };
      });
    }, function () { return {suffix: "fail", reason: "network"}; });
  }

  var bridge = {
    invoke: function (name, params, cb) {
      if (name !== "requestMerchantTransfer") { call(cb, {err_msg: name + ":fail_not_supported"}); return; }
      confirmSheet(params || {}).then(function (r) {
        call(cb, {err_msg: "requestMerchantTransfer:" + r.suffix, err_desc: r.reason || ""});
      });
    },
    on: function () {},
    call: function () {}
  };
  window.WeixinJSBridge = bridge;
  setTimeout(function () {
    var ev;
    try { ev = new Event("WeixinJSBridgeReady"); } catch (e) { ev = document.createEvent("Event"); ev.initEvent("WeixinJSBridgeReady", true, true); }
    document.dispatchEvent(ev);
  }, 0);

  function allowed(api) { return st.ready && st.cfg && (st.cfg.jsApiList || []).indexOf(api) >= 0; }

  var wx = {
    config: function (cfg) {
      st.cfg = cfg || {}; st.ready = false; st.failure = null;
      post("/sim/jsapi/config", {appId: st.cfg.appId, timestamp: st.cfg.timestamp, nonceStr: st.cfg.nonceStr,
                                  signature: st.cfg.signature, url: location.href.split("#")[0]})
        .then(function (r) {
          if (r.data.errMsg === "config:ok") {
            st.ready = true; st.readyFns.splice(0).forEach(function (fn) { call(fn); });
          } else {
            st.failure = {errMsg: r.data.errMsg}; st.errorFns.forEach(function (fn) { call(fn, st.failure); });
          }
        }, function () {
          st.failure = {errMsg: "config:fail"}; st.errorFns.forEach(function (fn) { call(fn, st.failure); });
        });
    },
    ready: function (fn) { if (st.ready) call(fn); else st.readyFns.push(fn); },
    error: function (fn) { st.errorFns.push(fn); if (st.failure) call(fn, st.failure); },
    checkJsApi: function (o) {
      o = o || {};
      var result = {};
      (o.jsApiList || []).forEach(function (api) { result[api] = SIM.apis.indexOf(api) >= 0; });
      var res = {checkResult: result, errMsg: "checkJsApi:ok"};
      call(o.success, res); call(o.complete, res);
    },
    requestMerchantTransfer: function (o) {
      o = o || {};
      if (!allowed("requestMerchantTransfer")) {
        var denied = {errMsg: "requestMerchantTransfer:permission denied"};
        call(o.fail, denied); call(o.complete, denied); return;
      }
      confirmSheet(o).then(function (r) {
        var res = r.suffix === "ok" ? {errMsg: "requestMerchantTransfer:ok"}
          : {errMsg: "requestMerchantTransfer:fail " + (r.suffix === "cancel" ? "cancel" : (r.reason || ""))};
        if (r.suffix === "ok") call(o.success, res); else call(o.fail, res);
        call(o.complete, res);
      });
    },
    closeWindow: function () {
      if (window.parent !== window) window.parent.postMessage({simWx: "closeWindow"}, "*");
    }
  };
  window.wx = window.jWeixin = wx;
})();
