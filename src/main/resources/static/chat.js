// The web chat: talks to /api/chat, /api/feedback and polls /api/chat/{session}/messages for agent replies.
(function () {
  'use strict';
  const log = document.getElementById('log');
  const typing = document.getElementById('typing');
  const form = document.getElementById('ask');
  const input = document.getElementById('message');
  const shown = new Set();
  let lastId = 0;
  // the page's words in the visitor's language (GET /api/chat/texts); English until they arrive
  let words = {};
  // recordings are heard (GET /api/chat/texts says so when a transcriber is configured): {max_seconds}
  let voice = null;
  const lang = navigator.language || '';
  function t(key, english) { return words[key] || english; }

  async function loadTexts() {
    try {
      const res = await (await fetch('/api/chat/texts?lang=' + encodeURIComponent(lang))).json();
      words = res.texts || {};
      voice = res.voice || null;
      document.documentElement.lang = res.language || 'en';
      document.querySelectorAll('[data-text]').forEach(e => { e.textContent = t(e.dataset.text, e.textContent); });
      [['data-text-title', 'title'], ['data-text-placeholder', 'placeholder'], ['data-text-aria-label', 'aria-label']]
        .forEach(([attr, target]) => document.querySelectorAll('[' + attr + ']').forEach(e => {
          e.setAttribute(target, t(e.getAttribute(attr), e.getAttribute(target)));
        }));
    } catch (e) { /* the English words stay */ }
  }

  // The session id is this customer's secret (it reads, rates and resets the conversation): random, never shown.
  function sessionId() {
    let id = localStorage.getItem('answerdesk.session');
    if (!id) {
      id = 'web-' + (crypto.randomUUID ? crypto.randomUUID()
        : Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join(''));
      localStorage.setItem('answerdesk.session', id);
    }
    return id;
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text; // never innerHTML: customer and FAQ text stay text
    return e;
  }

  // The answer's rich text, given by the server as a tree (see WebRich): built node by node, never as HTML.
  function rich(blocks, into) {
    blocks.forEach(b => {
      if (b.type === 'list') {
        const list = el(b.ordered ? 'ol' : 'ul');
        b.items.forEach(item => { const li = el('li'); inline(item, li); list.appendChild(li); });
        into.appendChild(list);
      } else { const p = el('p'); inline(b.spans, p); into.appendChild(p); }
    });
  }

  function inline(spans, into) {
    spans.forEach(s => {
      let n;
      if (s.href && /^(https?:|mailto:)/i.test(s.href)) {
        n = el('a', null, s.text); n.href = s.href; n.target = '_blank'; n.rel = 'noopener noreferrer';
      } else n = document.createTextNode(s.text);
      if (s.bold) { const b = el('strong'); b.appendChild(n); n = b; }
      into.appendChild(n);
    });
  }

  function chips(questions, into) {
    if (!questions.length) return;
    const box = el('div', 'chips');
    questions.forEach(q => {
      const c = el('button', 'chip', q);
      c.type = 'button';
      c.addEventListener('click', () => ask(q));
      box.appendChild(c);
    });
    into.appendChild(box);
  }

  // "That helped" / "Something else" under an answer, labelled in the conversation's language: a press posts its payload
  function quickReplies(replies, into) {
    const box = el('div', 'chips');
    replies.forEach(q => {
      const c = el('button', 'chip', q.label);
      c.type = 'button';
      c.addEventListener('click', () => {
        box.querySelectorAll('button').forEach(b => { b.disabled = true; });
        choose(q.label, q.payload);
      });
      box.appendChild(c);
    });
    into.appendChild(box);
  }

  // a clarify reply: one chip per offered entry, then "Something else" and "Talk to a person"; a press answers once
  function offered(r, into) {
    const box = el('div', 'chips choices');
    const press = (label, payload) => {
      box.querySelectorAll('button').forEach(b => { b.disabled = true; });
      choose(label, payload);
    };
    r.choices.forEach(c => {
      const b = el('button', 'chip choice', c.question);
      b.type = 'button';
      b.dataset.payload = c.payload;
      b.addEventListener('click', () => press(c.question, c.payload));
      box.appendChild(b);
    });
    const other = el('button', 'chip choice other', t('choices.something-else', 'Something else'));
    other.type = 'button';
    other.addEventListener('click', () => press(t('choices.something-else', 'Something else'), r.something_else));
    box.appendChild(other);
    const person = el('button', 'chip choice person', t('choices.talk-to-person', 'Talk to a person'));
    person.type = 'button';
    person.addEventListener('click', () => {
      box.querySelectorAll('button').forEach(b => { b.disabled = true; });
      choose(t('choices.talk-to-person', 'Talk to a person'), 'human');
    });
    box.appendChild(person);
    into.appendChild(box);
  }

  function scroll() { log.scrollTop = log.scrollHeight; }

  function addCustomer(text) {
    log.appendChild(el('li', 'msg customer', text));
    scroll();
  }

  function addReply(r) {
    if (r.message_id && shown.has(r.message_id)) return;
    if (r.message_id) { shown.add(r.message_id); lastId = Math.max(lastId, r.message_id); }
    const li = el('li', 'msg rich ' + (r.source === 'AGENT' ? 'agent' : 'bot'));
    if (r.rich && r.rich.length) rich(r.rich, li); else li.textContent = r.reply;
    li.dataset.messageId = r.message_id;
    li.dataset.source = r.source;
    const who = r.source === 'AGENT' ? t('web.source.agent', 'Support team')
      : r.source === 'FAQ' ? t('web.source.faq', 'From our FAQ')
      : r.source === 'LLM' ? t('web.source.llm', 'AI assistant') : t('web.source.bot', 'Support bot');
    if (r.file) {
      // a file staff sent: a download link of this session (the server never serves it inline), under its caption
      if (r.reply === r.file.name) li.textContent = ''; else li.appendChild(document.createElement('br'));
      const a = el('a', 'file', '📎 ' + r.file.name);
      a.href = r.file.url;
      a.setAttribute('download', r.file.name);
      li.appendChild(a);
    }
    li.appendChild(el('span', 'meta', who));
    if (r.source === 'FAQ' || r.source === 'LLM' || r.source === 'AGENT') {
      const votes = el('div', 'votes');
      [['up', '👍', t('web.vote.up', 'Helpful')], ['down', '👎', t('web.vote.down', 'Not helpful')]].forEach(([vote, label, title]) => {
        const b = el('button', 'vote-' + vote, label);
        b.type = 'button';
        b.title = title;
        b.addEventListener('click', () => rate(r.message_id, vote, votes, b));
        votes.appendChild(b);
      });
      li.appendChild(votes);
    }
    if (r.did_it_help && r.did_it_help.length) quickReplies(r.did_it_help, li);
    if (r.choices && r.choices.length) offered(r, li);
    else if (r.suggestions && r.source !== 'AGENT') {
      chips(r.suggestions.slice(0, r.source === 'FAQ' ? 3 : 4).map(s => s.question), li);
    }
    if (r.rating) scores(r.rating, li);
    log.appendChild(li);
    scroll();
  }

  // a satisfaction request: one chip per score; the chosen one stays marked (a later click replaces it)
  function scores(rating, into) {
    const box = el('div', 'chips rating');
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', t('web.rating.label', 'Your rating'));
    rating.scores.forEach(score => {
      const c = el('button', 'chip score', String(score));
      c.type = 'button';
      c.setAttribute('aria-pressed', 'false');
      c.addEventListener('click', async () => {
        const res = await fetch('/api/chat/rating', {
          method: 'POST', headers: {'Content-Type': 'application/json'},
          body: JSON.stringify({session_id: sessionId(), request_id: rating.request_id, score: score})
        });
        const thanks = box.querySelector('.thanks') || box.appendChild(el('span', 'thanks'));
        if (!res.ok) { thanks.textContent = t('web.rating.closed', 'This rating is no longer open.'); return; }
        box.querySelectorAll('button').forEach(b => {
          b.classList.toggle('chosen', b === c);
          b.setAttribute('aria-pressed', String(b === c));
        });
        thanks.textContent = (await res.json()).thanks;
      });
      box.appendChild(c);
    });
    into.appendChild(box);
  }

  async function rate(messageId, vote, votes, button) {
    const res = await fetch('/api/feedback', {
      method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({session_id: sessionId(), message_id: messageId, vote: vote})
    });
    if (res.ok) {
      votes.querySelectorAll('button').forEach(b => b.classList.remove('chosen'));
      button.classList.add('chosen');
      setTimeout(poll, 300); // a thumbs-down may bring the offer of a person
    }
  }

  function ask(text) {
    return send(text, {session_id: sessionId(), message: text, idempotency_key: sessionId() + '-' + Date.now(),
      language: lang});
  }

  function choose(label, payload) {
    return send(label, {session_id: sessionId(), choice: payload, language: lang});
  }

  async function send(shownText, request) {
    addCustomer(shownText);
    typing.hidden = false;
    try {
      const res = await fetch('/api/chat', {
        method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(request)
      });
      const body = await res.json();
      if (res.status === 200) { addReply(body); (body.more || []).forEach(addReply); }
      else if (res.status !== 202) log.appendChild(el('li', 'msg bot error', body.error || t('web.error.generic', 'Something went wrong.')));
    } catch (e) {
      log.appendChild(el('li', 'msg bot error', t('web.error.unreachable', 'Could not reach the server. Please try again.')));
    } finally {
      typing.hidden = true;
      scroll();
    }
  }

  /** A file from the 📎 button (or a recording), with what is typed as its caption; the server says why one is refused. */
  async function sendFile(file, shownAs) {
    const caption = input.value.trim();
    input.value = '';
    addCustomer((shownAs || '📎 ' + file.name) + (caption ? ' · ' + caption : ''));
    typing.hidden = false;
    const form = new FormData();
    form.append('session_id', sessionId());
    if (caption) form.append('message', caption);
    form.append('file', file);
    try {
      const res = await fetch('/api/chat/files', {method: 'POST', body: form});
      const body = await res.json();
      if (res.status === 200 && body.reply) { addReply(body.reply); (body.reply.more || []).forEach(addReply); }
      else if (res.status !== 202) log.appendChild(el('li', 'msg bot error', body.error || t('web.error.file', 'The file could not be sent.')));
    } catch (e) {
      log.appendChild(el('li', 'msg bot error', t('web.error.unreachable', 'Could not reach the server. Please try again.')));
    } finally {
      typing.hidden = true;
      scroll();
    }
  }

  const fileInput = document.getElementById('file');
  fileInput.addEventListener('change', () => {
    if (fileInput.files.length) sendFile(fileInput.files[0]);
    fileInput.value = '';
  });

  // The microphone: shown only when the server hears recordings and the browser can record (MediaRecorder: WebM/Opus
  // in Chromium, OGG/Opus in Firefox). A press records, a second press (or the server's length limit) sends it.
  const mic = document.getElementById('mic');
  let recorder = null;

  function recordingType() {
    if (!window.MediaRecorder || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) return null;
    return ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/webm', 'audio/ogg']
      .find(type => MediaRecorder.isTypeSupported(type)) || null;
  }

  function showMic() { mic.hidden = !(voice && recordingType()); }

  function micState(recording) {
    mic.classList.toggle('recording', recording);
    mic.setAttribute('aria-pressed', String(recording));
    const label = recording ? t('web.mic.stop', 'Stop and send the voice message') : t('web.mic.title', 'Record a voice message');
    mic.title = label;
    mic.setAttribute('aria-label', label);
  }

  async function record() {
    if (recorder) { recorder.stop(); return; }
    const type = recordingType();
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({audio: true});
    } catch (e) {
      log.appendChild(el('li', 'msg bot error', t('web.mic.unavailable', 'The microphone could not be used. Please type your question.')));
      scroll();
      return;
    }
    const chunks = [];
    const rec = new MediaRecorder(stream, {mimeType: type});
    recorder = rec;
    // a second short of the server's limit, so a recording that runs on is still heard
    const limit = setTimeout(() => { if (rec.state === 'recording') rec.stop(); },
      Math.max(1, voice.max_seconds - 1) * 1000);
    rec.ondataavailable = e => { if (e.data.size) chunks.push(e.data); };
    rec.onstop = () => {
      clearTimeout(limit);
      stream.getTracks().forEach(track => track.stop());
      recorder = null;
      micState(false);
      const plain = type.split(';')[0];
      const blob = new Blob(chunks, {type: plain});
      if (blob.size) sendFile(new File([blob], 'voice.' + plain.split('/')[1], {type: plain}), t('web.voice.sent', '🎤 Voice message'));
    };
    rec.start();
    micState(true);
  }

  mic.addEventListener('click', record);

  async function poll() {
    try {
      const res = await fetch('/api/chat/' + encodeURIComponent(sessionId()) + '/messages?after=' + lastId);
      if (res.ok) (await res.json()).forEach(addReply);
    } catch (e) { /* offline for a moment: the next poll catches up */ }
  }

  form.addEventListener('submit', e => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    ask(text);
  });

  document.getElementById('human').addEventListener('click', () => choose(t('choices.talk-to-person', 'Talk to a person'), 'human'));

  document.getElementById('reset').addEventListener('click', async () => {
    await fetch('/api/reset', {method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({session_id: sessionId()})});
    localStorage.removeItem('answerdesk.session');
    log.textContent = '';
    shown.clear();
    lastId = 0;
    greet();
  });

  async function greet() {
    try {
      const g = await (await fetch('/api/chat/greeting?lang=' + encodeURIComponent(lang))).json();
      const li = el('li', 'msg bot greeting', g.text);
      chips(g.questions.map(q => q.text), li);
      log.appendChild(li);
    } catch (e) { /* no greeting: the chat still works */ }
  }

  // The shop's look (GET /api/chat/brand): its name heads the page, with its logo; its colour replaces the blue.
  async function loadBrand() {
    try {
      const brand = await (await fetch('/api/chat/brand')).json();
      if (brand.color) document.documentElement.style.setProperty('--brand', brand.color);
      if (!brand.name) return;
      const heading = document.querySelector('header h1');
      heading.textContent = brand.name;
      document.title = brand.name + ' · ' + t('web.title', 'Support chat');
      if (brand.logo_url) {
        const logo = document.createElement('img');
        logo.className = 'logo';
        logo.alt = '';
        logo.src = brand.logo_url;
        heading.prepend(logo);
      }
    } catch (e) { /* the plain look stays */ }
  }

  // A reload shows the conversation so far; a new visitor gets the greeting and the most asked questions.
  async function start() {
    await loadTexts();
    showMic();
    await loadBrand();
    const id = localStorage.getItem('answerdesk.session');
    let lines = [];
    if (id) {
      try {
        const res = await fetch('/api/chat/' + encodeURIComponent(id) + '/history');
        if (res.ok) lines = await res.json();
      } catch (e) { /* the poll below catches up */ }
    }
    lines.forEach(l => l.customer != null ? addCustomer(l.customer) : addReply(l.reply));
    if (!lines.length) await greet();
    poll();
    setInterval(poll, 3000);
  }

  start();
})();
