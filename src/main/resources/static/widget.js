/* answerdesk chat widget: <script src="https://support.example.com/widget.js" async></script>
   Adds a chat button and panel to the page, talking to the answerdesk server it was loaded from (CORS: the page's
   origin must be allowed: ANSWERDESK_WEB_ALLOWED_ORIGINS or POST /api/web/origins). Plain DOM in a shadow root, no framework, no innerHTML. */
(function () {
  'use strict';
  var me = document.currentScript;
  if (!me || window.__answerdeskWidget) return;
  window.__answerdeskWidget = true;
  var base = new URL(me.src).origin;
  var KEY = 'answerdesk.widget.session';
  var shown = {}, lastId = 0, timer = null, started = false;

  function sessionId() {
    var id = localStorage.getItem(KEY);
    if (!id) {
      var b = crypto.getRandomValues(new Uint8Array(16));
      id = 'web-' + Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
      localStorage.setItem(KEY, id);
    }
    return id;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function api(path, body) {
    var opts = body ? {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)} : {};
    opts.credentials = 'omit';
    return fetch(base + path, opts);
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

  // the widget's words in the visitor's language (GET /api/chat/texts), English until they arrive
  var words = {};
  // recordings are heard (the texts' voice, when a transcriber is configured): {max_seconds}
  var voice = null;
  var lang = navigator.language || '';
  function t(key, english) { return words[key] || english; }

  var host = el('div');
  host.id = 'answerdesk-widget';
  var root = host.attachShadow({mode: 'open'});
  var open = el('button', 'open', '💬');
  open.type = 'button';
  open.setAttribute('aria-label', 'Open support chat');
  open.setAttribute('aria-expanded', 'false');
  open.setAttribute('aria-controls', 'ad-panel');
  var panel = el('section', 'panel');
  panel.id = 'ad-panel';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', 'ad-title');
  var head = el('header');
  var title = el('h2', null, 'Customer support');
  title.id = 'ad-title';
  var close = el('button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close support chat');
  head.append(title, close);
  var log = el('ol', 'log');
  log.setAttribute('aria-live', 'polite');
  log.setAttribute('aria-label', 'Conversation');
  var form = el('form');
  var input = el('input');
  input.maxLength = 4000;
  input.required = true;
  input.placeholder = 'Ask a question…';
  input.setAttribute('aria-label', 'Your question');
  var submit = el('button', null, 'Send');
  submit.type = 'submit';
  var fileInput = el('input');
  fileInput.type = 'file';
  fileInput.hidden = true;
  fileInput.accept = 'image/jpeg,image/png,image/gif,image/webp,application/pdf,text/plain,audio/*';
  var attach = el('button', 'attach', '📎');
  attach.type = 'button';
  attach.title = 'Send a photo or a file (up to 10 MB)';
  attach.setAttribute('aria-label', 'Send a photo or a file');
  attach.addEventListener('click', function () { fileInput.click(); });
  var mic = el('button', 'mic', '🎤');
  mic.type = 'button';
  mic.hidden = true;
  mic.setAttribute('aria-pressed', 'false');

  // the shop's look (GET /api/chat/brand): its name as the title, its logo beside it, its colour for the blue
  var look = {};
  function relabel() {
    open.setAttribute('aria-label', panel.hidden ? t('widget.open', 'Open support chat')
      : t('widget.close', 'Close support chat'));
    title.textContent = look.name || t('web.heading', 'Customer support');
    if (look.color) host.style.setProperty('--brand', look.color);
    if (look.logo_url && !title.previousSibling) {
      var logo = el('img', 'logo');
      logo.alt = '';
      logo.src = look.logo_url;
      head.insertBefore(logo, title);
    }
    close.setAttribute('aria-label', t('widget.close', 'Close support chat'));
    log.setAttribute('aria-label', t('widget.log', 'Conversation'));
    input.placeholder = t('web.input.placeholder', 'Ask a question…');
    input.setAttribute('aria-label', t('web.input.label', 'Your question'));
    submit.textContent = t('web.send', 'Send');
    attach.title = t('widget.attach.title', 'Send a photo or a file (up to 10 MB)');
    attach.setAttribute('aria-label', t('widget.attach.label', 'Send a photo or a file'));
    micState(!!recorder);
    mic.hidden = !(voice && recordingType());
  }
  form.append(input, attach, mic, fileInput, submit);
  panel.append(head, log, form);
  // a constructed style sheet needs no 'unsafe-inline' in the host page's CSP; a <style> where that is missing
  if (root.adoptedStyleSheets && window.CSSStyleSheet && CSSStyleSheet.prototype.replaceSync) {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
    root.append(panel, open);
  } else root.append(el('style', null, CSS), panel, open);

  // A safe subset of the answer's rich text, given by the server as a tree: built node by node, never as HTML.
  function rich(blocks, into) {
    blocks.forEach(function (b) {
      if (b.type === 'list') {
        var list = el(b.ordered ? 'ol' : 'ul', b.ordered ? 'md' : null);
        b.items.forEach(function (item) { var li = el('li'); inline(item, li); list.append(li); });
        into.append(list);
      } else { var p = el('p'); inline(b.spans, p); into.append(p); }
    });
  }
  function inline(spans, into) {
    spans.forEach(function (s) {
      var n;
      if (s.href && /^(https?:|mailto:)/i.test(s.href)) {
        n = el('a', null, s.text); n.href = s.href; n.target = '_blank'; n.rel = 'noopener noreferrer';
      } else n = document.createTextNode(s.text);
      if (s.bold) { var b = el('strong'); b.append(n); n = b; }
      into.append(n);
    });
  }

  function scroll() { log.scrollTop = log.scrollHeight; }

  function line(cls, text) { var li = el('li', cls, text); log.append(li); scroll(); return li; }

  function chips(questions, into) {
    if (!questions.length) return;
    var box = el('div', 'chips');
    questions.forEach(function (q) {
      var c = el('button', 'chip', q);
      c.type = 'button';
      c.addEventListener('click', function () { ask(q); });
      box.append(c);
    });
    into.append(box);
  }

  // "That helped" / "Something else" under an answer, labelled in the conversation's language: a press posts its payload
  function quickReplies(replies, into) {
    var box = el('div', 'chips');
    replies.forEach(function (q) {
      var c = el('button', 'chip', q.label);
      c.type = 'button';
      c.addEventListener('click', function () {
        box.querySelectorAll('button').forEach(function (x) { x.disabled = true; });
        choose(q.label, q.payload);
      });
      box.append(c);
    });
    into.append(box);
  }

  // a clarify reply: one chip per offered entry, then "Something else" and "Talk to a person"; a press answers once
  function offered(r, into) {
    var box = el('div', 'chips choices');
    function chip(label, action) {
      var b = el('button', 'chip choice', label);
      b.type = 'button';
      b.addEventListener('click', function () {
        box.querySelectorAll('button').forEach(function (x) { x.disabled = true; });
        action();
      });
      box.append(b);
      return b;
    }
    r.choices.forEach(function (c) {
      chip(c.question, function () { choose(c.question, c.payload); }).dataset.payload = c.payload;
    });
    chip(t('choices.something-else', 'Something else'), function () {
      choose(t('choices.something-else', 'Something else'), r.something_else);
    });
    chip(t('choices.talk-to-person', 'Talk to a person'), function () {
      choose(t('choices.talk-to-person', 'Talk to a person'), 'human');
    });
    into.append(box);
  }

  function addReply(r) {
    if (!r.reply || (r.message_id && shown[r.message_id])) return;
    if (r.message_id) { shown[r.message_id] = true; lastId = Math.max(lastId, r.message_id); }
    var li = el('li', r.source === 'AGENT' ? 'agent' : 'bot');
    if (r.rich && r.rich.length) rich(r.rich, li); else li.textContent = r.reply;
    li.dataset.messageId = r.message_id;
    li.dataset.source = r.source;
    if (r.file) { // a file staff sent: a download link of this session only, under its caption
      if (r.reply === r.file.name) li.textContent = ''; else li.append(document.createElement('br'));
      var a = el('a', 'file', '📎 ' + r.file.name);
      a.href = base + r.file.url;
      a.setAttribute('download', r.file.name);
      li.append(a);
    }
    li.append(el('span', 'meta', r.source === 'AGENT' ? t('web.source.agent', 'Support team')
      : r.source === 'FAQ' ? t('web.source.faq', 'From our FAQ')
      : r.source === 'LLM' ? t('web.source.llm', 'AI assistant') : t('web.source.bot', 'Support bot')));
    if (r.source === 'FAQ' || r.source === 'LLM' || r.source === 'AGENT') {
      var votes = el('div', 'votes');
      [['up', '👍', t('web.vote.up', 'Helpful')], ['down', '👎', t('web.vote.down', 'Not helpful')]].forEach(function (v) {
        var b = el('button', 'vote-' + v[0], v[1]);
        b.type = 'button';
        b.setAttribute('aria-label', v[2]);
        b.setAttribute('aria-pressed', 'false');
        b.addEventListener('click', function () { rate(r.message_id, v[0], votes, b); });
        votes.append(b);
      });
      li.append(votes);
    }
    if (r.did_it_help && r.did_it_help.length) quickReplies(r.did_it_help, li);
    if (r.choices && r.choices.length) offered(r, li);
    else if (r.source !== 'AGENT' && r.suggestions) {
      chips(r.suggestions.slice(0, 3).map(function (s) { return s.question; }), li);
    }
    if (r.rating) scores(r.rating, li);
    log.append(li);
    scroll();
  }

  // a satisfaction request: one chip per score; the chosen one stays marked (a later click replaces it)
  function scores(rating, into) {
    var box = el('div', 'chips rating');
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', t('web.rating.label', 'Your rating'));
    var thanks = el('span', 'thanks');
    rating.scores.forEach(function (score) {
      var c = el('button', 'score', String(score));
      c.type = 'button';
      c.setAttribute('aria-pressed', 'false');
      c.addEventListener('click', function () {
        api('/api/chat/rating', {session_id: sessionId(), request_id: rating.request_id, score: score})
          .then(function (res) {
            if (!res.ok) { thanks.textContent = t('web.rating.closed', 'This rating is no longer open.'); return; }
            box.querySelectorAll('button').forEach(function (b) {
              b.classList.toggle('chosen', b === c);
              b.setAttribute('aria-pressed', String(b === c));
            });
            return res.json().then(function (body) { thanks.textContent = body.thanks; });
          }, function () {});
      });
      box.append(c);
    });
    box.append(thanks);
    into.append(box);
  }

  function rate(id, vote, votes, button) {
    api('/api/feedback', {session_id: sessionId(), message_id: id, vote: vote}).then(function (res) {
      if (!res.ok) return;
      votes.querySelectorAll('button').forEach(function (b) {
        b.classList.toggle('chosen', b === button);
        b.setAttribute('aria-pressed', String(b === button));
      });
      setTimeout(poll, 300);
    }, function () {});
  }

  function ask(text) {
    send(text, {session_id: sessionId(), message: text, idempotency_key: sessionId() + '-' + Date.now(),
      language: lang});
  }

  function choose(label, payload) {
    send(label, {session_id: sessionId(), choice: payload, language: lang});
  }

  function send(shownText, request) {
    line('customer', shownText);
    api('/api/chat', request)
      .then(function (res) {
        return res.json().then(function (body) {
          if (res.status === 200) { addReply(body); (body.more || []).forEach(addReply); }
          else if (res.status !== 202) line('bot error', body.error || t('web.error.generic', 'Something went wrong.'));
        });
      }).catch(function () { line('bot error', t('widget.unavailable', 'The support chat is not available on this page.')); });
  }

  // A file from the 📎 button, with what is typed as its caption; the server says why one is refused.
  function sendFile(file, shownAs) {
    var caption = input.value.trim();
    input.value = '';
    line('customer', (shownAs || '📎 ' + file.name) + (caption ? ' · ' + caption : ''));
    var data = new FormData();
    data.append('session_id', sessionId());
    if (caption) data.append('message', caption);
    data.append('file', file);
    fetch(base + '/api/chat/files', {method: 'POST', body: data, credentials: 'omit'})
      .then(function (res) {
        return res.json().then(function (body) {
          if (res.status === 200 && body.reply) { addReply(body.reply); (body.reply.more || []).forEach(addReply); }
          else if (res.status !== 202) line('bot error', body.error || t('web.error.file', 'The file could not be sent.'));
        });
      }).catch(function () { line('bot error', t('widget.unavailable', 'The support chat is not available on this page.')); });
  }
  fileInput.addEventListener('change', function () {
    if (fileInput.files.length) sendFile(fileInput.files[0]);
    fileInput.value = '';
  });

  // The microphone, as on the chat page: shown only when the server hears recordings and the browser can record. The
  // permission asked is the shop's site's (the page the widget is on), which must allow the microphone.
  var recorder = null;

  function recordingType() {
    if (!window.MediaRecorder || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) return null;
    return ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/webm', 'audio/ogg']
      .filter(function (type) { return MediaRecorder.isTypeSupported(type); })[0] || null;
  }

  function micState(recording) {
    mic.classList.toggle('recording', recording);
    mic.setAttribute('aria-pressed', String(recording));
    var label = recording ? t('web.mic.stop', 'Stop and send the voice message') : t('web.mic.title', 'Record a voice message');
    mic.title = label;
    mic.setAttribute('aria-label', label);
  }

  function record() {
    if (recorder) { recorder.stop(); return; }
    var type = recordingType();
    navigator.mediaDevices.getUserMedia({audio: true}).then(function (stream) {
      var chunks = [];
      var rec = new MediaRecorder(stream, {mimeType: type});
      recorder = rec;
      // a second short of the server's limit, so a recording that runs on is still heard
      var limit = setTimeout(function () { if (rec.state === 'recording') rec.stop(); },
        Math.max(1, voice.max_seconds - 1) * 1000);
      rec.ondataavailable = function (e) { if (e.data.size) chunks.push(e.data); };
      rec.onstop = function () {
        clearTimeout(limit);
        stream.getTracks().forEach(function (track) { track.stop(); });
        recorder = null;
        micState(false);
        var plain = type.split(';')[0];
        var blob = new Blob(chunks, {type: plain});
        if (blob.size) sendFile(new File([blob], 'voice.' + plain.split('/')[1], {type: plain}), t('web.voice.sent', '🎤 Voice message'));
      };
      rec.start();
      micState(true);
    }, function () {
      line('bot error', t('web.mic.unavailable', 'The microphone could not be used. Please type your question.'));
    });
  }
  mic.addEventListener('click', record);

  function poll() {
    if (!localStorage.getItem(KEY)) return;
    api('/api/chat/' + encodeURIComponent(sessionId()) + '/messages?after=' + lastId)
      .then(function (res) { return res.ok ? res.json() : []; }).then(function (list) { list.forEach(addReply); },
        function () {});
  }

  // Opening shows the conversation so far (kept across page loads), or the greeting with the most asked questions.
  function start() {
    if (started) return;
    started = true;
    var had = localStorage.getItem(KEY);
    var history = had ? api('/api/chat/' + encodeURIComponent(had) + '/history').then(function (res) {
      return res.ok ? res.json() : [];
    }) : Promise.resolve([]);
    var texts = api('/api/chat/texts?lang=' + encodeURIComponent(lang)).then(function (res) { return res.json(); })
      .then(function (page) { words = page.texts || {}; voice = page.voice || null; relabel(); }, function () {});
    Promise.all([texts, history]).then(function (both) {
      var lines = both[1];
      lines.forEach(function (l) { if (l.customer != null) line('customer', l.customer); else addReply(l.reply); });
      if (lines.length) return;
      return api('/api/chat/greeting?lang=' + encodeURIComponent(lang)).then(function (res) { return res.json(); }).then(function (g) {
        var li = line('bot greeting', g.text);
        chips(g.questions.map(function (q) { return q.text; }), li);
      });
    }).catch(function () { started = false; line('bot error', t('widget.unavailable', 'The support chat is not available on this page.')); });
    timer = setInterval(poll, 3000);
  }

  function toggle(show) {
    panel.hidden = !show;
    open.setAttribute('aria-expanded', String(show));
    open.setAttribute('aria-label', show ? t('widget.close', 'Close support chat') : t('widget.open', 'Open support chat'));
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
    ask(text);
  });

  // The launcher appears only once the server has answered this page: on a site it refuses (CORS) the customer sees
  // nothing rather than an error, and the owner finds the site in GET /api/web/origins to allow it.
  function mount() {
    api('/api/chat/texts?lang=' + encodeURIComponent(lang)).then(function (res) {
      if (!res.ok) throw new Error('HTTP ' + res.status);
      return res.json();
    }).then(function (page) {
      words = page.texts || {};
      voice = page.voice || null;
      relabel();
      return api('/api/chat/brand').then(function (res) { return res.ok ? res.json() : {}; }, function () { return {}; });
    }).then(function (brand) {
      look = brand || {};
      relabel();
      document.body.append(host);
      window.__answerdeskWidget = 'shown';
      if (sessionStorage.getItem('answerdesk.widget.open')) { panel.hidden = false; open.setAttribute('aria-expanded', 'true'); start(); }
    }, function () { window.__answerdeskWidget = 'refused'; });
  }
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);
})();
