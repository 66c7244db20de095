/* answerdesk chat widget: <script src="https://support.example.com/widget.js" async></script>
   Adds a chat button and panel to the page, talking to the answerdesk server it was loaded from (CORS: the page's
   origin must be allowed: ANSWERDESK_WEB_ALLOWED_ORIGINS or POST /api/web/origins). The conversation itself is the
   chat page's client (client.js, loaded from the same server), here inside a shadow root; this file adds the button,
   the panel and the shop's look. Plain DOM, no framework, no innerHTML. */
(function () {
  'use strict';
  var me = document.currentScript;
  if (!me || window.__answerdeskWidget) return;
  window.__answerdeskWidget = true;
  var base = new URL(me.src).origin;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  var CSS = ':host{all:initial;font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2430}' +
    '*{box-sizing:border-box}button{font:inherit;cursor:pointer}' +
    '.open{position:fixed;right:20px;bottom:20px;width:56px;height:56px;border-radius:50%;border:0;background:var(--brand,#24477a);' +
    'color:#fff;font-size:26px;box-shadow:0 4px 14px #0004;z-index:2147483000}' +
    '.panel{position:fixed;right:20px;bottom:88px;width:360px;max-width:calc(100vw - 40px);height:520px;' +
    'max-height:calc(100vh - 110px);display:flex;flex-direction:column;background:#fff;border-radius:12px;' +
    'box-shadow:0 8px 30px #0005;overflow:hidden;z-index:2147483000}.panel[hidden]{display:none}' +
    'header{display:flex;justify-content:space-between;align-items:center;padding:10px 14px;background:var(--brand,#24477a);color:#fff}' +
    'h2{font-size:16px;margin:0;flex:1}.logo{height:24px;max-width:96px;margin-right:8px;object-fit:contain}header button{background:none;border:0;color:#fff;font-size:20px}' +
    'ol{list-style:none;margin:0;padding:12px;flex:1;overflow-y:auto}' +
    'li{margin:8px 0;max-width:88%;padding:8px 12px;border-radius:12px;white-space:pre-wrap;word-wrap:break-word}' +
    '.customer{margin-left:auto;background:var(--brand,#24477a);color:#fff}.bot{background:#f1f3f7}.agent{background:#fff4d6}' +
    '.error{color:#a02020}.meta{display:block;font-size:12px;color:#6b7585;margin-top:4px}' +
    '.chips{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}.chips button{border:1px solid var(--brand,#24477a);color:var(--brand,#24477a);' +
    'background:#fff;border-radius:14px;padding:2px 10px;font-size:13px}' +
    '.votes button{border:1px solid #ccd3de;background:#fff;border-radius:14px;padding:1px 8px;margin:4px 6px 0 0}' +
    '.votes .chosen,.rating .chosen{background:var(--brand,#24477a);color:#fff}.thanks{font-size:13px;color:#6b7585}p{margin:0 0 6px}ul,ol.md{margin:4px 0;padding-left:20px}' +
    'ul li,ol.md li{margin:2px 0;padding:0;max-width:none;white-space:normal}a{color:var(--brand,#24477a)}.customer a{color:#fff}' +
    'form{display:flex;gap:6px;padding:10px;border-top:1px solid #e2e6ec}' +
    '.attach{border:0;background:none;font-size:18px;padding:0 6px}' +
    '.mic{border:0;background:none;font-size:18px;padding:0 6px}.mic[hidden]{display:none}' +
    '.mic.recording{background:#a02020;border-radius:8px}' +
    'input{flex:1;padding:8px 10px;border:1px solid #ccd3de;border-radius:8px;font:inherit}' +
    'form button{border:0;border-radius:8px;background:var(--brand,#24477a);color:#fff;padding:8px 14px}' +
    ':focus-visible{outline:3px solid #f0a020;outline-offset:1px}';

  // Every label is set from the server's words once they are read (relabel), before the widget is shown: none is
  // written here in a language the visitor may not speak.
  var host = el('div');
  host.id = 'answerdesk-widget';
  var root = host.attachShadow({mode: 'open'});
  var open = el('button', 'open', '💬');
  open.type = 'button';
  open.setAttribute('aria-expanded', 'false');
  open.setAttribute('aria-controls', 'ad-panel');
  var panel = el('section', 'panel');
  panel.id = 'ad-panel';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', 'ad-title');
  var head = el('header');
  var title = el('h2');
  title.id = 'ad-title';
  var close = el('button', 'close', '×');
  close.type = 'button';
  head.append(title, close);
  var log = el('ol', 'log');
  log.setAttribute('aria-live', 'polite');
  var form = el('form');
  var input = el('input');
  input.maxLength = 4000;
  input.required = true;
  var submit = el('button');
  submit.type = 'submit';
  var fileInput = el('input');
  fileInput.type = 'file';
  fileInput.hidden = true;
  fileInput.accept = 'image/jpeg,image/png,image/gif,image/webp,application/pdf,text/plain,audio/*';
  var attach = el('button', 'attach', '📎');
  attach.type = 'button';
  attach.addEventListener('click', function () { fileInput.click(); });
  var mic = el('button', 'mic', '🎤');
  mic.type = 'button';
  mic.hidden = true;
  mic.setAttribute('aria-pressed', 'false');
  form.append(input, attach, mic, fileInput, submit);
  panel.append(head, log, form);
  // a constructed style sheet needs no 'unsafe-inline' in the host page's CSP; a <style> where that is missing
  if (root.adoptedStyleSheets && window.CSSStyleSheet && CSSStyleSheet.prototype.replaceSync) {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
    root.append(panel, open);
  } else root.append(el('style', null, CSS), panel, open);

  var chat = null, started = false;
  function t(key) { return chat.t(key); }

  // the shop's look (GET /api/chat/brand): its name as the title, its logo beside it, its colour for the blue
  var look = {};
  function relabel() {
    open.setAttribute('aria-label', t(panel.hidden ? 'widget.open' : 'widget.close'));
    title.textContent = look.name || t('web.heading');
    if (look.color) host.style.setProperty('--brand', look.color);
    if (look.logo_url && !title.previousSibling) {
      var logo = el('img', 'logo');
      logo.alt = '';
      logo.src = look.logo_url;
      head.insertBefore(logo, title);
    }
    close.setAttribute('aria-label', t('widget.close'));
    log.setAttribute('aria-label', t('widget.log'));
    input.placeholder = t('web.input.placeholder');
    input.setAttribute('aria-label', t('web.input.label'));
    submit.textContent = t('web.send');
    attach.title = t('widget.attach.title');
    attach.setAttribute('aria-label', t('widget.attach.label'));
    chat.micState();
  }

  // Opening shows the conversation so far (kept across page loads), or the greeting with the most asked questions.
  function start() {
    if (started) return;
    started = true;
    chat.begin().catch(function () { started = false; chat.line('bot error', t('widget.unavailable')); });
    chat.startPolling();
  }

  function toggle(show) {
    panel.hidden = !show;
    open.setAttribute('aria-expanded', String(show));
    open.setAttribute('aria-label', t(show ? 'widget.close' : 'widget.open'));
    try { sessionStorage.setItem('answerdesk.widget.open', show ? '1' : ''); } catch (e) { /* storage off */ }
    if (show) { start(); input.focus(); } else { open.focus(); }
  }

  open.addEventListener('click', function () { toggle(panel.hidden); });
  close.addEventListener('click', function () { toggle(false); });
  panel.addEventListener('keydown', function (e) { if (e.key === 'Escape') { e.stopPropagation(); toggle(false); } });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    input.value = '';
    chat.ask(text);
  });

  // The launcher appears only once the server has answered this page: on a site it refuses (CORS) the customer sees
  // nothing rather than an error, and the owner finds the site in GET /api/web/origins to allow it.
  function mount() {
    chat = window.AnswerdeskClient.create({
      base: base, key: 'answerdesk.widget.session', log: log, input: input, fileInput: fileInput, mic: mic,
      credentials: 'omit', unreachable: 'widget.unavailable', pollWithoutSession: false
    });
    chat.loadTexts().then(function () {
      return chat.brand();
    }).then(function (brand) {
      look = brand || {};
      relabel();
      document.body.append(host);
      window.__answerdeskWidget = 'shown';
      if (sessionStorage.getItem('answerdesk.widget.open')) { panel.hidden = false; open.setAttribute('aria-expanded', 'true'); relabel(); start(); }
    }, function () { window.__answerdeskWidget = 'refused'; });
  }

  // the shared client, from the server this file came from (one <script> tag for the owner)
  function load() {
    if (window.AnswerdeskClient) { mount(); return; }
    var client = document.createElement('script');
    client.src = base + '/client.js';
    client.async = true;
    client.onload = mount;
    client.onerror = function () { window.__answerdeskWidget = 'refused'; };
    (document.head || document.documentElement).append(client);
  }
  if (document.body) load(); else document.addEventListener('DOMContentLoaded', load);
})();
