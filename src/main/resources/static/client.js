/* answerdesk chat client, shared by the chat page (chat.js) and the widget (widget.js, which loads this file from
   its own server): the conversation's log, answers with their votes, choices, quick replies and ratings, files and
   voice messages, the greeting, the history and the poll for agents' replies. Every word comes from the server's
   bundles in the visitor's language (GET /api/chat/texts); there is no English fallback. Plain DOM, never innerHTML:
   customer and FAQ text stay text. */
window.AnswerdeskClient = window.AnswerdeskClient || (function () {
  'use strict';

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  /**
   * One chat client over the given elements. Options: base (the server's origin; '' for the page it serves),
   * key (where the session id is kept), log, input, fileInput, mic and typing (may be null), credentials (for fetch),
   * unreachable (the text key shown when the server cannot be reached) and pollWithoutSession (poll before the
   * customer wrote: the page does, the widget waits for its first message).
   */
  function create(o) {
    const base = o.base || '';
    const lang = navigator.language || '';
    const shown = new Set();
    let lastId = 0, words = {}, voice = null, recorder = null, timer = null;

    function t(key) { return words[key] || ''; }

    function api(path, body) {
      const opts = body ? {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)} : {};
      if (o.credentials) opts.credentials = o.credentials;
      return fetch(base + path, opts);
    }

    // The session id is this customer's secret (it reads, rates and resets the conversation): random, never shown.
    function sessionId() {
      let id = localStorage.getItem(o.key);
      if (!id) {
        id = 'web-' + Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join('');
        localStorage.setItem(o.key, id);
      }
      return id;
    }

    function scroll() { o.log.scrollTop = o.log.scrollHeight; }

    function line(cls, text) { const li = el('li', 'msg ' + cls, text); o.log.appendChild(li); scroll(); return li; }

    // The answer's rich text, given by the server as a tree (see WebRich): built node by node, never as HTML.
    function rich(blocks, into) {
      blocks.forEach(b => {
        if (b.type === 'list') {
          const list = el(b.ordered ? 'ol' : 'ul', b.ordered ? 'md' : null);
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

    // a row of chips; a press disables the row when `once`
    function chipRow(cls, into, items, once) {
      const box = el('div', cls);
      items.forEach(([label, action, payload]) => {
        const c = el('button', 'chip' + (cls.includes('choices') ? ' choice' : ''), label);
        c.type = 'button';
        if (payload) c.dataset.payload = payload;
        c.addEventListener('click', () => {
          if (once) box.querySelectorAll('button').forEach(b => { b.disabled = true; });
          action();
        });
        box.appendChild(c);
      });
      into.appendChild(box);
      return box;
    }

    function chips(questions, into) {
      if (questions.length) chipRow('chips', into, questions.map(q => [q, () => ask(q)]), false);
    }

    // a clarify reply: one chip per offered entry, then the chips "something else" and "talk to a person"; a press answers once
    function offered(r, into) {
      const other = t('choices.something-else'), person = t('choices.talk-to-person');
      const box = chipRow('chips choices', into, r.choices.map(c => [c.question, () => choose(c.question, c.payload), c.payload])
        .concat([[other, () => choose(other, r.something_else)], [person, () => choose(person, 'human')]]), true);
      box.lastChild.classList.add('person');
      box.lastChild.previousSibling.classList.add('other');
    }

    /** The questions a reply's chips offer: its choices, or else related questions. */
    function chipQuestions(r) {
      if (r.choices && r.choices.length) return r.choices.map(c => c.question);
      if (!r.suggestions || r.source === 'AGENT') return [];
      // a few under an answer; every one a reply numbers in its text ("pick one of these")
      const lines = r.reply.split('\n');
      return r.suggestions.map(s => s.question)
        .filter((q, i) => i < (r.source === 'FAQ' ? 3 : 4) || lines.some(l => numberedOffer(l, [q])));
    }

    // Text channels get the offered questions as numbered lines of the reply; here the chips offer them, so a
    // numbered line naming one of them is not shown a second time.
    function numberedOffer(line, offers) {
      const m = /^\s*\d+\.\s+(.*\S)\s*$/.exec(line);
      return m !== null && offers.includes(m[1]);
    }

    function unnumbered(text, offers) {
      if (!offers.length) return text;
      const lines = text.split('\n');
      const kept = lines.filter(l => !numberedOffer(l, offers));
      return kept.length === lines.length ? text : kept.join('\n').trim();
    }

    function unlisted(blocks, offers) {
      const offered = b => b.type === 'list' && b.ordered
        && b.items.every(item => offers.includes(item.map(s => s.text).join('').trim()));
      return offers.length ? blocks.filter(b => !offered(b)) : blocks;
    }

    function addReply(r) {
      if (!r.reply || (r.message_id && shown.has(r.message_id))) return;
      if (r.message_id) { shown.add(r.message_id); lastId = Math.max(lastId, r.message_id); }
      const li = el('li', 'msg rich ' + (r.source === 'AGENT' ? 'agent' : 'bot'));
      const offers = chipQuestions(r);
      if (r.rich && r.rich.length) rich(unlisted(r.rich, offers), li); else li.textContent = unnumbered(r.reply, offers);
      li.dataset.messageId = r.message_id;
      li.dataset.source = r.source;
      if (r.file) {
        // a file staff sent: a download link of this session (the server never serves it inline), under its caption
        if (r.reply === r.file.name) li.textContent = ''; else li.appendChild(document.createElement('br'));
        const a = el('a', 'file', '📎 ' + r.file.name);
        a.href = base + r.file.url;
        a.setAttribute('download', r.file.name);
        li.appendChild(a);
      }
      li.appendChild(el('span', 'meta', t(r.source === 'AGENT' ? 'web.source.agent' : r.source === 'FAQ' ? 'web.source.faq'
        : r.source === 'LLM' ? 'web.source.llm' : 'web.source.bot')));
      if (r.source === 'FAQ' || r.source === 'LLM' || r.source === 'AGENT') votes(r.message_id, li);
      // the "did that help?" quick replies under an answer, labelled in the conversation's language
      if (r.did_it_help && r.did_it_help.length) {
        chipRow('chips', li, r.did_it_help.map(q => [q.label, () => choose(q.label, q.payload)]), true);
      }
      if (r.choices && r.choices.length) offered(r, li);
      else chips(offers, li);
      if (r.rating) scores(r.rating, li);
      o.log.appendChild(li);
      scroll();
    }

    function votes(messageId, into) {
      const box = el('div', 'votes');
      [['up', '👍', 'web.vote.up'], ['down', '👎', 'web.vote.down']].forEach(([vote, label, key]) => {
        const b = el('button', 'vote-' + vote, label);
        b.type = 'button';
        b.title = t(key);
        b.setAttribute('aria-label', t(key));
        b.setAttribute('aria-pressed', 'false');
        b.addEventListener('click', () => rate(messageId, vote, box, b));
        box.appendChild(b);
      });
      into.appendChild(box);
    }

    async function rate(messageId, vote, box, button) {
      try {
        const res = await api('/api/feedback', {session_id: sessionId(), message_id: messageId, vote: vote});
        if (!res.ok) return;
        box.querySelectorAll('button').forEach(b => {
          b.classList.toggle('chosen', b === button);
          b.setAttribute('aria-pressed', String(b === button));
        });
        setTimeout(poll, 300); // a thumbs-down may bring the offer of a person
      } catch (e) { /* offline: the vote is not kept, the button stays unmarked */ }
    }

    // a satisfaction request: one chip per score; the chosen one stays marked (a later click replaces it)
    function scores(rating, into) {
      const box = el('div', 'chips rating');
      box.setAttribute('role', 'group');
      box.setAttribute('aria-label', t('web.rating.label'));
      const thanks = el('span', 'thanks');
      rating.scores.forEach(score => {
        const c = el('button', 'chip score', String(score));
        c.type = 'button';
        c.setAttribute('aria-pressed', 'false');
        c.addEventListener('click', async () => {
          try {
            const res = await api('/api/chat/rating', {session_id: sessionId(), request_id: rating.request_id, score: score});
            if (!res.ok) { thanks.textContent = t('web.rating.closed'); return; }
            box.querySelectorAll('button').forEach(b => {
              b.classList.toggle('chosen', b === c);
              b.setAttribute('aria-pressed', String(b === c));
            });
            thanks.textContent = (await res.json()).thanks;
          } catch (e) { thanks.textContent = t(o.unreachable); }
        });
        box.appendChild(c);
      });
      box.appendChild(thanks);
      into.appendChild(box);
    }

    function ask(text) {
      return send(text, {session_id: sessionId(), message: text, idempotency_key: sessionId() + '-' + Date.now(),
        language: lang});
    }

    function choose(label, payload) {
      return send(label, {session_id: sessionId(), choice: payload, language: lang});
    }

    // the answer, or why there is none: `refused` gives the text from the body and the status. A recording being
    // heard is said to be received at once; its answer comes with the poll.
    async function answered(res, reply, refused) {
      const body = await res.json();
      const r = reply(body);
      if (res.status === 200 && r) {
          // with further replies, reply holds all their texts and the last one's choices: show each reply on its own
          const more = r.more || [];
          const last = more[more.length - 1];
          const hoisted = last && JSON.stringify(last.choices || []) === JSON.stringify(r.choices || []);
          addReply(hoisted && (r.choices || []).length ? Object.assign({}, r, {choices: [], something_else: null}) : r);
          more.forEach(addReply);
        }
      else if (res.status === 202 && body.transcribing) { line('bot pending', t('web.voice.transcribing')); setTimeout(poll, 1500); }
      else if (res.status !== 202) line('bot error', refused(body, res.status));
    }

    // A refused message is told in the visitor's words, never with the API's reason (written for a developer, in
    // English): sent too fast, or anything else.
    async function send(shownText, request) {
      line('customer', shownText);
      await waiting(async () => answered(await api('/api/chat', request), b => b,
        (body, status) => t(status === 429 ? 'web.error.busy' : 'web.error.generic')));
    }

    async function waiting(work) {
      if (o.typing) o.typing.hidden = false;
      try {
        await work();
      } catch (e) {
        line('bot error', t(o.unreachable));
      } finally {
        if (o.typing) o.typing.hidden = true;
        scroll();
      }
    }

    /** A file from the 📎 button (or a recording), with what is typed as its caption; the server says why one is refused. */
    async function sendFile(file, shownAs) {
      const caption = o.input.value.trim();
      o.input.value = '';
      line('customer', (shownAs || '📎 ' + file.name) + (caption ? ' · ' + caption : ''));
      const data = new FormData();
      data.append('session_id', sessionId());
      if (caption) data.append('message', caption);
      data.append('file', file);
      const opts = {method: 'POST', body: data};
      if (o.credentials) opts.credentials = o.credentials;
      // a refused file's reason is the attachment's text in the conversation's language (Attachments.Refusal)
      await waiting(async () => answered(await fetch(base + '/api/chat/files', opts), b => b.reply,
        body => body.error || t('web.error.file')));
    }

    o.fileInput.addEventListener('change', () => {
      if (o.fileInput.files.length) sendFile(o.fileInput.files[0]);
      o.fileInput.value = '';
    });

    // The microphone: shown only when the server hears recordings and the browser can record (MediaRecorder: WebM/Opus
    // in Chromium, OGG/Opus in Firefox). A press records, a second press (or the server's length limit) sends it. In
    // the widget the permission asked is the shop's site's, which must allow the microphone.
    function recordingType() {
      if (!window.MediaRecorder || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) return null;
      return ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/webm', 'audio/ogg']
        .find(type => MediaRecorder.isTypeSupported(type)) || null;
    }

    function micState() {
      const recording = !!recorder;
      o.mic.hidden = !(voice && recordingType());
      o.mic.classList.toggle('recording', recording);
      o.mic.setAttribute('aria-pressed', String(recording));
      const label = t(recording ? 'web.mic.stop' : 'web.mic.title');
      o.mic.title = label;
      o.mic.setAttribute('aria-label', label);
    }

    async function record() {
      if (recorder) { recorder.stop(); return; }
      const type = recordingType();
      let stream;
      try {
        stream = await navigator.mediaDevices.getUserMedia({audio: true});
      } catch (e) {
        line('bot error', t('web.mic.unavailable'));
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
        micState();
        const plain = type.split(';')[0];
        const blob = new Blob(chunks, {type: plain});
        if (blob.size) sendFile(new File([blob], 'voice.' + plain.split('/')[1], {type: plain}), t('web.voice.sent'));
      };
      rec.start();
      micState();
    }

    o.mic.addEventListener('click', record);

    async function poll() {
      if (!o.pollWithoutSession && !localStorage.getItem(o.key)) return;
      try {
        const res = await api('/api/chat/' + encodeURIComponent(sessionId()) + '/messages?after=' + lastId);
        if (res.ok) (await res.json()).forEach(addReply);
      } catch (e) { /* offline for a moment: the next poll catches up */ }
    }

    /** The words in the visitor's language (throws when the server refuses this page, or cannot be reached). */
    async function loadTexts() {
      const res = await api('/api/chat/texts?lang=' + encodeURIComponent(lang));
      if (!res.ok) throw new Error('HTTP ' + res.status);
      const page = await res.json();
      words = page.texts || {};
      voice = page.voice || null;
      micState();
      return page;
    }

    async function greet() {
      const g = await (await api('/api/chat/greeting?lang=' + encodeURIComponent(lang))).json();
      chips(g.questions.map(q => q.text), line('bot greeting', g.text));
    }

    /** The conversation so far (kept across page loads), or for a new visitor the greeting and the most asked questions. */
    async function begin() {
      const id = localStorage.getItem(o.key);
      let lines = [];
      if (id) {
        try {
          const res = await api('/api/chat/' + encodeURIComponent(id) + '/history');
          if (res.ok) lines = await res.json();
        } catch (e) { /* the poll catches up */ }
      }
      lines.forEach(l => l.customer != null ? line('customer', l.customer) : addReply(l.reply));
      if (!lines.length) await greet();
    }

    function startPolling() {
      if (!timer) timer = setInterval(poll, 3000);
      poll();
    }

    /** A new conversation: the server closes the live one, the session id is forgotten, the greeting shows again. */
    async function reset() {
      await api('/api/reset', {session_id: sessionId()});
      localStorage.removeItem(o.key);
      o.log.textContent = '';
      shown.clear();
      lastId = 0;
      await greet();
    }

    /** The shop's look (GET /api/chat/brand): its name, logo and colour; {} when it has none or cannot be read. */
    async function brand() {
      try {
        const res = await api('/api/chat/brand');
        return res.ok ? await res.json() : {};
      } catch (e) { return {}; }
    }

    return {t, ask, choose, loadTexts, begin, startPolling, reset, brand, micState, line};
  }

  return {create};
})();
