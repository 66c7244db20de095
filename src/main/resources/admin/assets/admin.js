'use strict';
const $ = s => document.querySelector(s);
function el(tag, text, cls) { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; }
function pct(x) { return x.toLocaleString(LANG, {style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1}); }

// the page's words in the owner's language (texts/admin*.properties, put in the page by the server: no inline script)
const TEXTS = JSON.parse(document.querySelector('meta[name=admin-texts]').content);
const LANG = document.documentElement.lang || 'en';
function t(key, values) {
  let text = TEXTS[key] === undefined ? key : TEXTS[key];
  Object.entries(values || {}).forEach(([k, v]) => { text = text.split('{' + k + '}').join(String(v)); });
  return text;
}
function when(iso) { return new Date(iso).toLocaleString(LANG, {dateStyle: 'medium', timeStyle: 'short'}); }
/** A span of time in the owner's words: "5 min", "2 h 10 min", "3 d 4 h". */
function duration(ms) {
  const minutes = Math.max(0, Math.floor(ms / 60000));
  if (minutes < 60) return t('time.minutes', {n: minutes});
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('time.hours', {h: hours, m: minutes % 60});
  return t('time.days', {d: Math.floor(hours / 24), h: hours % 24});
}
const BRANDS = {TELEGRAM: 'Telegram', SLACK: 'Slack', WHATSAPP: 'WhatsApp'};
function channelName(ch) { return BRANDS[ch] || t('channel.' + ch); }

async function api(path, options) {
  const res = await fetch(path, Object.assign({credentials: 'same-origin'}, options || {}));
  // signed out (elsewhere, or the session ended): to the sign-in page; what asked waits for nothing, no error
  if (res.status === 401) { location.href = '/admin' + location.hash; return new Promise(() => {}); }
  const body = res.status === 204 ? null : await res.json();
  if (!res.ok) { alert(t('error.refused', {reason: body && body.error ? body.error : 'HTTP ' + res.status})); throw new Error(res.status); }
  return body;
}
function post(path, body) {
  return api(path, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body || {})});
}

// sections, each with its own address (#/tickets); an alert's link #ticket-12 opens the tickets at that ticket
const PAGES = ['dashboard', 'tickets', 'faq', 'questions', 'knowledge', 'channels', 'customers', 'settings'];
function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const page = PAGES.includes(hash) ? hash : /^ticket-\d+$/.test(hash) ? 'tickets' : 'dashboard';
  document.querySelectorAll('main > section').forEach(s => { s.hidden = s.dataset.page !== page; });
  document.querySelectorAll('#nav a').forEach(a => {
    if (a.dataset.page === page) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
  document.title = t('nav.' + page) + ' · ' + t('title');
  document.body.dataset.page = page;
  if (page === 'tickets' && hash !== page) { const ticket = document.getElementById(hash); if (ticket) ticket.scrollIntoView(); }
  else window.scrollTo(0, 0);
}
function show(page) { if (document.body.dataset.page !== page) { location.hash = '#/' + page; route(); } }
window.addEventListener('hashchange', route);
route();

// every chart's categories in colours of their own: the fixed ones, then unused ones of a palette
const PALETTE = ['#24477a', '#2e8b57', '#d08a1e', '#a02020', '#7a3e9d', '#17a2b8', '#8c564b', '#e377c2', '#7f7f7f',
  '#bcbd22', '#2aa3df', '#25a244'];
function colours(keys, fixed) {
  const used = new Set(keys.map(k => fixed[k]).filter(Boolean));
  const spare = PALETTE.filter(c => !used.has(c));
  return keys.map(k => fixed[k] || spare.shift() || '#000000');
}
const CHANNEL_COLOURS = {WEB: '#24477a', TELEGRAM: '#2aa3df', SLACK: '#7a3e9d', EMAIL: '#d08a1e', WHATSAPP: '#25a244'};
const OUTCOME_COLOURS = {FAQ: '#2e8b57', KNOWLEDGE: '#17a2b8', LLM: '#24477a', SMALL_TALK: '#9aa3ae', PERSON: '#d08a1e',
  UNANSWERED: '#a02020'};

let charts = [];
async function loadDashboard() {
  const r = await api('/api/analytics');
  const ss = r.self_service;
  $('#kpi-self-service').textContent = ss.asked ? pct(ss.rate) : t('dashboard.no-questions');
  $('#kpi-after-pick').textContent = ss.after_pick;
  $('#kpi-conversations').textContent = r.conversations;
  $('#kpi-faq').textContent = r.outcomes.FAQ;
  $('#kpi-llm').textContent = r.outcomes.LLM;
  $('#kpi-person').textContent = r.outcomes.PERSON;
  $('#kpi-unanswered').textContent = r.outcomes.UNANSWERED;
  $('#kpi-fallback').textContent = pct(r.fallback_rate);
  $('#kpi-handoff').textContent = pct(r.handoff_rate);
  const f = r.feedback.FAQ;
  $('#kpi-feedback').textContent = f.up_ratio === null ? t('dashboard.no-votes') : pct(f.up_ratio);
  $('#kpi-tokens').textContent = r.llm_tokens.input + ' / ' + r.llm_tokens.output;
  renderCsat(r.csat);
  charts.forEach(c => c.destroy());
  const days = [...new Set(r.conversations_per_day.map(d => d.day))];
  const channels = [...new Set(r.conversations_per_day.map(d => d.channel))];
  const channelColours = colours(channels, CHANNEL_COLOURS);
  const outcomes = Object.keys(r.outcomes);
  charts = [
    new Chart($('#chart-days'), {type: 'bar', data: {labels: days, datasets: channels.map(ch => ({
      label: channelName(ch), backgroundColor: channelColours[channels.indexOf(ch)],
      data: days.map(d => (r.conversations_per_day.find(x => x.day === d && x.channel === ch) || {count: 0}).count)}))},
      options: {animation: false, plugins: {title: {display: true, text: t('chart.days')}},
        scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true}}}}),
    new Chart($('#chart-outcomes'), {type: 'doughnut', data: {labels: outcomes.map(o => t('outcome.' + o)),
      datasets: [{data: outcomes.map(o => r.outcomes[o]), backgroundColor: colours(outcomes, OUTCOME_COLOURS)}]},
      options: {animation: false, plugins: {title: {display: true, text: t('chart.outcomes')}}}})
  ];
}

// CSAT overall, per channel and per agent: requests, scores, mean and the share of 4 and 5
function renderCsat(csat) {
  const o = csat.overall;
  $('#kpi-csat').textContent = o.satisfied_share === null ? t('dashboard.no-ratings') : pct(o.satisfied_share);
  const tbody = $('#csat tbody');
  tbody.textContent = '';
  const rows = [[t('csat.all'), o]].concat(Object.entries(csat.by_channel).map(([k, v]) => [t('csat.channel', {channel: channelName(k)}), v]),
    Object.entries(csat.by_agent).map(([k, v]) => [t('csat.agent', {agent: k}), v]));
  rows.forEach(([label, c]) => {
    const tr = el('tr');
    [label, c.requested, c.rated, c.average === null ? '–' : c.average.toLocaleString(LANG, {minimumFractionDigits: 2, maximumFractionDigits: 2}),
      c.satisfied_share === null ? '–' : pct(c.satisfied_share)].forEach(x => tr.appendChild(el('td', String(x))));
    tbody.appendChild(tr);
  });
}

async function loadUnanswered() {
  const groups = await api('/api/analytics/unanswered?limit=10');
  const tbody = $('#unanswered tbody');
  tbody.textContent = '';
  if (!groups.length) tbody.appendChild(el('tr')).appendChild(el('td', t('nothing-yet'), 'muted'));
  groups.forEach(g => {
    const tr = el('tr');
    tr.appendChild(el('td', g.size + '×'));
    tr.appendChild(el('td', g.examples.join(' · ')));
    const b = el('button', t('unanswered.draft'), 'act');
    b.addEventListener('click', () => editFaq({question: g.draft.question, answer: '', phrasings: g.draft.phrasings}));
    tr.appendChild(el('td')).appendChild(b);
    tbody.appendChild(tr);
  });
}

// open tickets, the longest waiting first, each with when it opened and how long the customer has waited
function waitingSince(tk) {
  const replies = tk.transcript.filter(l => l.source === 'AGENT');
  if (!replies.length) return tk.opened_at;
  const last = new Date(replies[replies.length - 1].at);
  const after = tk.transcript.find(l => l.from_customer && new Date(l.at) > last);
  return after ? after.at : null;
}
function waitText(since, lastReply) {
  return since ? t('tickets.waiting', {time: duration(Date.now() - new Date(since))})
    : t('tickets.answered', {time: duration(Date.now() - new Date(lastReply))});
}
function updateWaits() {
  document.querySelectorAll('#tickets .ticket-wait').forEach(w => {
    w.textContent = waitText(w.dataset.since, w.dataset.lastReply);
  });
}
setInterval(updateWaits, 30000);

async function loadTickets() {
  const tickets = await api('/api/tickets');
  const box = $('#tickets');
  box.textContent = tickets.length ? '' : t('none');
  $('#nav-tickets-count').textContent = tickets.length ? String(tickets.length) : '';
  const since = new Map(tickets.map(x => [x.id, waitingSince(x)]));
  const order = x => since.get(x.id) ? new Date(since.get(x.id)).getTime() : Number.MAX_SAFE_INTEGER;
  tickets.slice().sort((a, b) => order(a) - order(b)).forEach(tk => {
    const div = el('div', undefined, 'ticket');
    div.id = 'ticket-' + tk.id; // the alerts' link (ANSWERDESK_ALERTS_*) points here
    div.appendChild(el('p', t('tickets.head', {id: tk.id, customer: tk.customer, channel: channelName(tk.channel), reason: tk.reason})));
    if (tk.callback) div.appendChild(el('p', t('tickets.callback', {phone: tk.callback}), 'ticket-callback'));
    const times = el('p', undefined, 'ticket-times');
    times.appendChild(el('span', t('tickets.opened', {time: when(tk.opened_at)}), 'ticket-opened'));
    times.appendChild(document.createTextNode(' · '));
    const wait = el('b', undefined, 'ticket-wait');
    const replies = tk.transcript.filter(l => l.source === 'AGENT');
    if (since.get(tk.id)) wait.dataset.since = since.get(tk.id);
    else wait.dataset.lastReply = replies[replies.length - 1].at;
    wait.textContent = waitText(wait.dataset.since, wait.dataset.lastReply);
    times.appendChild(wait);
    if (tk.reply_expected_by) times.appendChild(el('span', ' · ' + t('tickets.promised', {time: when(tk.reply_expected_by)}), 'muted'));
    div.appendChild(times);
    div.appendChild(el('div', tk.transcript.map(l => when(l.at) + '  ' + (l.from_customer ? t('tickets.customer') : (l.agent || l.source || '')) + ': ' + l.text).join('\n'), 'transcript'));
    if (tk.files && tk.files.length) {
      const list = el('ul', undefined, 'files');
      tk.files.forEach(f => list.appendChild(fileItem(f)));
      div.appendChild(list);
    }
    const text = el('textarea'); text.placeholder = t('tickets.reply-placeholder');
    const send = el('button', t('tickets.send'), 'act primary');
    // a file goes with the text as its caption, checked on the server like a customer's file
    const attach = el('input'); attach.type = 'file'; attach.className = 'attach'; attach.title = t('tickets.attach');
    send.addEventListener('click', async () => {
      if (attach.files.length) {
        const form = new FormData();
        form.append('file', attach.files[0]);
        form.append('text', text.value);
        form.append('agent', 'admin');
        await api('/api/tickets/' + tk.id + '/files', {method: 'POST', body: form});
      } else {
        await post('/api/tickets/' + tk.id + '/reply', {text: text.value, agent: 'admin'});
      }
      loadTickets(); loadCandidates(); loadFiles();
    });
    const resolve = el('button', t('tickets.resolve'), 'act');
    resolve.addEventListener('click', async () => { await post('/api/tickets/' + tk.id + '/resolve', {agent: 'admin'}); loadTickets(); loadDashboard(); });
    div.append(text, attach, send, resolve);
    box.appendChild(div);
  });
  if (/^#ticket-\d+$/.test(location.hash)) route();
}

function fileItem(f) {
  const li = el('li');
  if (f.refused) {
    li.textContent = t('files.not-kept', {name: f.name, reason: f.refused.toLowerCase().replace(/_/g, ' ')});
    return li;
  }
  const a = el('a', f.name); a.href = '/api/attachments/' + f.id; a.setAttribute('download', f.name);
  li.append(a, el('span', ' · ' + f.media_type + ' · ' + Math.ceil(f.size_bytes / 1024) + ' KB · ' + t('files.message', {id: f.message_id})));
  // what the transcriber heard in a voice note, beside its audio (textContent: the customer's words, never markup)
  if (f.transcript) li.append(el('span', ' · 🎙 '), el('q', f.transcript, 'transcript'));
  return li;
}

async function loadFiles() {
  const files = await api('/api/attachments');
  const tbody = $('#files tbody');
  tbody.textContent = '';
  if (!files.length) { tbody.appendChild(el('tr')).appendChild(el('td', t('none'), 'muted')); return; }
  files.forEach(f => {
    const tr = el('tr');
    tr.appendChild(el('td', t('files.conversation', {id: f.conversation_id})));
    tr.appendChild(el('td')).appendChild(fileItem(f));
    tr.appendChild(el('td', when(f.at)));
    tbody.appendChild(tr);
  });
}

async function loadCandidates() {
  const groups = await api('/api/faq/candidates');
  const box = $('#candidates');
  box.textContent = groups.length ? '' : t('none');
  groups.forEach(c => {
    const div = el('div');
    const q = el('input'); q.value = c.questions[0];
    const a = el('textarea'); a.value = c.answer;
    if (c.origin) {
      const p = el('p', t('candidates.drafted', {origin: c.origin}) + ' ');
      const link = el('a', c.source_url); link.href = c.source_url; link.target = '_blank'; link.rel = 'noopener';
      p.append(link, el('span', ' ' + t('candidates.check', {phrasings: c.phrasings.length ? c.phrasings.join(' · ') : t('candidates.no-phrasings')})));
      div.appendChild(p);
    } else {
      div.appendChild(el('p', (c.pinned ? t('candidates.pinned') + ' ' : '') + t('candidates.questions', {n: c.size, questions: c.questions.join(' · ')})));
    }
    const approve = el('button', t('approve'), 'act primary');
    approve.addEventListener('click', async () => {
      const edits = {question: q.value, answer: a.value};
      if (!await confirmChange(await post('/api/faq/candidates/' + c.id + '/approve/preview', edits))) return;
      await post('/api/faq/candidates/' + c.id + '/approve', edits); loadCandidates(); loadFaq(); loadHealthSoon();
    });
    const reject = el('button', t('reject'), 'act');
    reject.addEventListener('click', async () => { await post('/api/faq/candidates/' + c.id + '/reject'); loadCandidates(); });
    div.append(q, a, approve, reject);
    box.appendChild(div);
  });
}

// knowledge sources: listed with their counts and status; reloaded while one is being read or drafted from
let sourcesTimer = null;
let wasDrafting = false;
async function loadSources() {
  clearTimeout(sourcesTimer);
  const sources = await api('/api/knowledge/sources');
  const tbody = $('#sources tbody');
  tbody.textContent = '';
  if (!sources.length) tbody.appendChild(el('tr')).appendChild(el('td', t('knowledge.none'), 'muted'));
  sources.forEach(s => {
    const tr = el('tr');
    tr.dataset.sourceId = s.id;
    const name = s.kind === 'FILE' ? s.file_name + (s.url ? ' (' + s.url + ')' : '') : s.url;
    const status = el('td', t('knowledge.status.' + s.status) + (s.sync_pending && s.status !== 'SYNCING' ? t('knowledge.sync-asked') : ''),
      'source-status status-' + s.status);
    if (s.error) status.appendChild(el('div', s.error, 'muted'));
    if (s.drafts_status) status.appendChild(el('div', t('knowledge.drafts', {status: t('knowledge.drafts.' + s.drafts_status)})
      + (s.drafts_detail ? ' – ' + s.drafts_detail : ''), 'drafts status-' + s.drafts_status));
    if (s.held) status.appendChild(el('div', t('knowledge.held', {n: s.held}), 'source-held'));
    tr.append(el('td', name), el('td', String(s.pages), 'source-pages'), el('td', String(s.passages), 'source-passages'),
      el('td', s.last_sync ? when(s.last_sync) : t('knowledge.not-yet')), status);
    const td = el('td');
    const sync = el('button', t('knowledge.resync'), 'act source-sync');
    sync.addEventListener('click', async () => { await post('/api/knowledge/sources/' + s.id + '/sync'); loadSources(); });
    const drafts = el('button', t('knowledge.draft'), 'act source-drafts');
    drafts.title = t('knowledge.draft-hint');
    drafts.disabled = s.drafts_status === 'RUNNING' || s.passages === 0;
    drafts.addEventListener('click', async () => { await post('/api/knowledge/sources/' + s.id + '/drafts'); loadSources(); });
    const remove = el('button', t('remove'), 'act source-remove');
    remove.addEventListener('click', async () => {
      if (!confirm(t('knowledge.remove-confirm', {name: name, n: s.passages}))) return;
      await api('/api/knowledge/sources/' + s.id, {method: 'DELETE'}); loadSources();
    });
    td.append(sync, drafts, remove); tr.appendChild(td); tbody.appendChild(tr);
  });
  loadHeld();
  const busy = sources.some(s => s.status === 'PENDING' || s.status === 'SYNCING' || s.sync_pending);
  const drafting = sources.some(s => s.drafts_status === 'RUNNING');
  if (wasDrafting && !drafting) loadCandidates();
  wasDrafting = drafting;
  if (busy || drafting) sourcesTimer = setTimeout(loadSources, 1500);
}
// passages held at sync for planted text: shown with the reason, approved or rejected by the owner
async function loadHeld() {
  const held = await api('/api/knowledge/held');
  const box = $('#held');
  box.textContent = held.length ? '' : t('none');
  held.forEach(h => {
    const div = el('div', undefined, 'held-passage');
    div.dataset.passageId = h.id;
    const p = el('p', t('held.review.' + h.review) + ': ' + h.reason + ' – ');
    const link = el('a', h.title + (h.headings ? ' › ' + h.headings : ''));
    if (/^https?:/.test(h.url)) { link.href = h.url; link.target = '_blank'; link.rel = 'noopener'; }
    p.appendChild(link);
    div.append(p, el('blockquote', h.text));
    const approve = el('button', t('approve'), 'act held-approve');
    approve.disabled = h.review === 'APPROVED';
    approve.addEventListener('click', async () => { await post('/api/knowledge/held/' + h.id + '/approve'); loadSources(); });
    const reject = el('button', t('reject'), 'act held-reject');
    reject.disabled = h.review === 'REJECTED';
    reject.addEventListener('click', async () => { await post('/api/knowledge/held/' + h.id + '/reject'); loadSources(); });
    div.append(approve, reject);
    box.appendChild(div);
  });
}
$('#source-form').addEventListener('submit', async ev => {
  ev.preventDefault();
  await post('/api/knowledge/sources', {url: ev.target.url.value.trim()});
  ev.target.reset(); loadSources();
});
$('#source-file').addEventListener('change', async ev => {
  const file = ev.target.files[0];
  if (!file) return;
  const form = new FormData();
  form.append('file', file);
  ev.target.value = '';
  await api('/api/knowledge/sources', {method: 'POST', body: form}); loadSources();
});

// what was learned from picks (undo), and in REVIEW mode the pairs waiting for approval
async function loadLearned() {
  const [learned, review] = await Promise.all([api('/api/faq/learned'), api('/api/faq/learned?status=REVIEW')]);
  const tbody = $('#learned tbody');
  tbody.textContent = '';
  if (!learned.length) tbody.appendChild(el('tr')).appendChild(el('td', t('learned.none'), 'muted'));
  learned.forEach(p => {
    const tr = el('tr');
    tr.append(el('td', p.phrasing), el('td', p.entry_question), el('td', String(p.conversations)),
      el('td', when(p.at)));
    const undo = el('button', t('learned.undo'), 'act');
    undo.addEventListener('click', async () => {
      if (!confirm(t('learned.undo-confirm', {phrasing: p.phrasing, entry: p.entry_question}))) return;
      await post('/api/faq/learned/' + p.id + '/undo'); loadLearned(); loadHealthSoon();
    });
    tr.appendChild(el('td')).appendChild(undo);
    tbody.appendChild(tr);
  });
  const pending = $('#learn-review tbody');
  pending.textContent = '';
  if (!review.length) pending.appendChild(el('tr')).appendChild(el('td', t('none'), 'muted'));
  review.forEach(p => {
    const tr = el('tr');
    tr.append(el('td', p.phrasing), el('td', '→ ' + p.entry_question), el('td', t('learned.in-conversations', {n: p.conversations})));
    const td = el('td');
    const approve = el('button', t('approve'), 'act primary');
    approve.addEventListener('click', async () => { await post('/api/faq/learned/' + p.id + '/approve'); loadLearned(); loadHealthSoon(); });
    const reject = el('button', t('reject'), 'act');
    reject.addEventListener('click', async () => { await post('/api/faq/learned/' + p.id + '/reject'); loadLearned(); });
    td.append(approve, reject); tr.appendChild(td); pending.appendChild(tr);
  });
}

let faq = [];
async function loadFaq() { faq = await api('/api/faq'); renderFaq(); }
function renderFaq() {
  const term = $('#faq-search').value.toLowerCase();
  const tbody = $('#faq tbody');
  tbody.textContent = '';
  faq.filter(e => !term || (e.question + ' ' + e.answer + ' ' + e.phrasings.join(' ')).toLowerCase().includes(term))
    .forEach(e => {
      const tr = el('tr');
      tr.append(el('td', e.question), el('td', e.answer), el('td', e.category || ''));
      const td = el('td');
      const edit = el('button', t('edit'), 'act'); edit.addEventListener('click', () => editFaq(e));
      const del = el('button', t('delete'), 'act');
      del.addEventListener('click', async () => { if (confirm(t('faq.delete-confirm', {question: e.question}))) { await api('/api/faq/' + e.id, {method: 'DELETE'}); loadFaq(); } });
      td.append(edit, del); tr.appendChild(td); tbody.appendChild(tr);
    });
}
function editFaq(e) {
  show('faq');
  const form = $('#faq-form');
  form.hidden = false;
  form.id.value = e.id || '';
  form.question.value = e.question || '';
  form.answer.value = e.answer || '';
  form.category.value = e.category || '';
  form.keywords.value = (e.keywords || []).join('; ');
  form.phrasings.value = (e.phrasings || []).filter(p => p !== e.question).join(' | ');
  form.language.value = e.language || '';
  form.scrollIntoView();
}
$('#faq-form').addEventListener('submit', async ev => {
  ev.preventDefault();
  const form = ev.target;
  const body = {question: form.question.value, answer: form.answer.value, category: form.category.value,
    keywords: form.keywords.value.split(';').map(s => s.trim()).filter(Boolean),
    phrasings: form.phrasings.value.split('|').map(s => s.trim()).filter(Boolean), language: form.language.value || null};
  await api(form.id.value ? '/api/faq/' + form.id.value : '/api/faq', {method: form.id.value ? 'PUT' : 'POST',
    headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
  form.hidden = true;
  loadFaq(); loadHealthSoon();
});
// an entry's language: offered only by a shop of several languages (words from the bundles, /api/faq/languages)
async function loadFaqLanguages() {
  const f = await api('/api/faq/languages?lang=' + encodeURIComponent(document.documentElement.lang || navigator.language || ''));
  const select = $('#faq-form').language;
  select.replaceChildren(el('option', f.default_label), ...f.served.map(l => el('option', l.name)));
  select.options[0].value = '';
  f.served.forEach((l, i) => { select.options[i + 1].value = l.code; });
  $('#faq-language-label').textContent = f.label;
  $('#faq-language-row').hidden = f.served.length < 2;
}
loadFaqLanguages();
$('#faq-cancel').addEventListener('click', () => { $('#faq-form').hidden = true; });
$('#faq-new').addEventListener('click', () => editFaq({}));
$('#faq-search').addEventListener('input', renderFaq);
$('#faq-import').addEventListener('change', async ev => {
  const file = ev.target.files[0];
  if (!file) return;
  const type = /\.(md|markdown)$/i.test(file.name) ? 'text/markdown' : 'text/csv';
  const body = await file.text();
  ev.target.value = '';
  const preview = await api('/api/faq/import/preview', {method: 'POST', headers: {'Content-Type': type}, body: body});
  if (!await confirmChange(preview)) return;
  const r = await api('/api/faq/import', {method: 'POST', headers: {'Content-Type': type}, body: body});
  alert(t('faq.imported', {n: r.imported}));
  loadFaq(); loadHealthSoon();
});

// the file becomes the whole FAQ (one transaction on the server: a bad file changes nothing)
$('#faq-replace').addEventListener('change', async ev => {
  const file = ev.target.files[0];
  if (!file) return;
  const type = /\.(md|markdown)$/i.test(file.name) ? 'text/markdown' : 'text/csv';
  const body = await file.text();
  ev.target.value = '';
  if (!confirm(t('faq.replace-confirm', {file: file.name}))) return;
  const r = await api('/api/faq/import?mode=replace', {method: 'POST', headers: {'Content-Type': type}, body: body});
  alert(t('faq.replaced', {added: r.added, updated: r.updated, unchanged: r.unchanged, removed: r.removed}));
  loadFaq(); loadHealthSoon();
});
$('#faq-clear').addEventListener('click', async () => {
  if (!confirm(t('faq.clear-confirm'))) return;
  const r = await api('/api/faq?all=true', {method: 'DELETE'});
  alert(t('faq.cleared', {n: r.deleted}));
  loadFaq(); loadHealthSoon();
});

// a change that would lower the FAQ's estimated accuracy is applied only after the admin confirms it
async function confirmChange(preview) {
  if (!preview.lowers_accuracy) return true;
  const top = (preview.after.confusions || []).slice(0, 3)
    .map(c => t('health.answered-as', {expected: c.expected_question, answered: c.answered_question})).join('\n');
  return confirm(preview.message + '.' + (top ? '\n' + t('health.most-confused') + '\n' + top : '') + '\n\n' + t('faq.apply-anyway'));
}

// the FAQ's health in the owner's words: per 100 questions like the FAQ's own phrasings, answered right, answered
// wrong and left to choices or a person; the statistics behind it under "details"
async function loadHealth() {
  const h = await api('/api/faq/health?precision=' + encodeURIComponent($('#health-precision').value));
  $('#health-status').textContent = h.status === 'READY'
    ? t('health.status', {entries: h.entries, phrasings: h.phrasings, asked: h.asked, oos: h.asked_out_of_scope,
      model: h.model, millis: h.millis})
    : t('health.estimating');
  if (!h.at_threshold) { $('#health-summary').textContent = t('health.estimating'); setTimeout(loadHealth, 2000); return; }
  const a = h.at_threshold;
  const answered = Math.round(100 * a.answered);
  const right = Math.min(answered, Math.round(100 * a.answered * a.precision));
  $('#health-summary').textContent = t('health.summary', {right: right, wrong: answered - right, rest: 100 - answered});
  const top = h.confusions.slice(0, 3).map(c => t('health.pair', {expected: c.expected_question, answered: c.answered_question}));
  $('#health-confused').textContent = top.length ? t('health.confused', {pairs: top.join('; ')}) : t('health.none-confused');
  $('#health-unknown').textContent = t('health.unknown', {n: Math.round(10 * a.out_of_scope_recall)});
  $('#health-top1').textContent = pct(h.top1);
  $('#health-precision-now').textContent = pct(a.precision);
  $('#health-inscope').textContent = pct(a.in_scope_accuracy);
  $('#health-oos').textContent = pct(a.out_of_scope_recall);
  $('#health-threshold').textContent = h.threshold_for_precision === null ? t('health.not-reachable')
    : t('health.threshold-value', {threshold: h.threshold_for_precision.toFixed(3), right: pct(h.at_target.in_scope_accuracy)});
  const conf = $('#health-confusions tbody');
  conf.textContent = '';
  if (!h.confusions.length) conf.appendChild(el('tr')).appendChild(el('td', t('health.none-found'), 'muted'));
  h.confusions.slice(0, 15).forEach(c => {
    const tr = el('tr');
    tr.append(el('td', c.count + '×'), el('td', t('health.answered-as', {expected: c.expected_question, answered: c.answered_question})),
      el('td', c.examples.join(' · '), 'muted'));
    conf.appendChild(tr);
  });
  const thin = $('#health-thin tbody');
  thin.textContent = '';
  if (!h.few_phrasings.length) thin.appendChild(el('tr')).appendChild(el('td', t('none'), 'muted'));
  h.few_phrasings.forEach(e => {
    const tr = el('tr');
    const edit = el('button', t('health.add-phrasings'), 'act');
    edit.addEventListener('click', () => { const full = faq.find(f => f.id === e.id); if (full) editFaq(full); });
    tr.append(el('td', t('health.phrasings', {n: e.phrasings})), el('td', e.question));
    tr.appendChild(el('td')).appendChild(edit);
    thin.appendChild(tr);
  });
  if (h.status !== 'READY') setTimeout(loadHealth, 2000);
}
function loadHealthSoon() { setTimeout(loadHealth, 1500); }
$('#health-precision').addEventListener('change', loadHealth);

// customers' data: export downloads the JSON document; erase asks first, then deletes everything about them
function customerPath() {
  const f = $('#customer-form');
  return '/api/customers/' + encodeURIComponent(f.channel.value) + '/' + encodeURIComponent(f.id.value.trim());
}
$('#customer-form').addEventListener('submit', async ev => {
  ev.preventDefault();
  const doc = await api(customerPath() + '/export');
  const a = el('a');
  a.href = URL.createObjectURL(new Blob([JSON.stringify(doc, null, 2)], {type: 'application/json'}));
  a.download = 'customer-export.json';
  a.click();
  $('#customer-result').textContent = t('customers.exported', {n: doc.messages.length});
  loadAudit();
});
$('#customer-erase').addEventListener('click', async () => {
  const f = $('#customer-form');
  if (!f.id.value.trim() || !confirm(t('customers.erase-confirm', {customer: channelName(f.channel.value) + ' ' + f.id.value.trim()}))) return;
  const r = await api(customerPath(), {method: 'DELETE'});
  $('#customer-result').textContent = t('customers.erased') + ' ' + Object.entries(r.deleted).filter(([, n]) => n > 0).map(([t, n]) => t + ' ' + n).join(', ');
  loadAudit();
});
async function loadAudit() {
  const r = await api('/api/audit?limit=50');
  const tbody = $('#audit tbody');
  tbody.textContent = '';
  r.events.forEach(e => {
    const tr = el('tr');
    [when(e.at), e.actor, e.address || '', e.action, e.detail || ''].forEach(x => tr.appendChild(el('td', x)));
    tbody.appendChild(tr);
  });
}

// the sites that may embed the widget, and those refused (counted by the server, bounded)
async function loadSites() {
  const r = await api('/api/web/origins');
  const allowed = $('#sites-allowed tbody');
  allowed.textContent = '';
  if (!r.allowed.length) allowed.appendChild(el('tr')).appendChild(el('td', t('sites.own-only'), 'muted'));
  r.allowed.forEach(s => {
    const tr = el('tr');
    tr.appendChild(el('td', s.origin));
    const cell = tr.appendChild(el('td'));
    if (s.source === 'ADMIN') {
      const remove = el('button', t('remove'), 'act');
      remove.addEventListener('click', async () => {
        await api('/api/web/origins?origin=' + encodeURIComponent(s.origin), {method: 'DELETE'});
        loadSites(); loadAudit();
      });
      cell.appendChild(remove);
    } else cell.appendChild(el('span', t('sites.from-environment'), 'muted'));
    allowed.appendChild(tr);
  });
  const refused = $('#sites-refused tbody');
  refused.textContent = '';
  if (!r.refused.length) refused.appendChild(el('tr')).appendChild(el('td', t('none'), 'muted'));
  r.refused.forEach(s => {
    const tr = el('tr');
    tr.append(el('td', s.origin), el('td', String(s.count)), el('td', when(s.last_seen)));
    const allow = el('button', t('sites.allow-one'), 'act primary');
    allow.addEventListener('click', async () => { await post('/api/web/origins', {origin: s.origin}); loadSites(); loadAudit(); });
    tr.appendChild(el('td')).appendChild(allow);
    refused.appendChild(tr);
  });
}
$('#site-form').addEventListener('submit', async ev => {
  ev.preventDefault();
  await post('/api/web/origins', {origin: ev.target.origin.value.trim()});
  ev.target.reset();
  loadSites(); loadAudit();
});

// the page's language: the owner's choice, kept in a cookie by the server (?lang=); the shipped languages by their
// names, from their files (the page's meta)
const LANGUAGES = JSON.parse(document.querySelector('meta[name=admin-languages]').content);
LANGUAGES.forEach(([tag, name]) => {
  const option = el('option', name); option.value = tag; option.selected = tag === LANG;
  $('#admin-language').appendChild(option);
});
$('#admin-language').addEventListener('change', ev => { location.href = '/admin?lang=' + ev.target.value + location.hash; });

// an action reloads only what it changes: the questions to add are re-grouped (MiniLM over up to 500 questions)
// only when the page opens
function loadAll() { return Promise.all([loadDashboard(), loadUnanswered(), loadTickets(), loadFiles(), loadCandidates(), loadLearned(), loadFaq(), loadSources(), loadHealth(), loadSites(), loadAudit()]); }
// loaded once the settings section's script (settings.js, after this one) has its parts in too
const pageLoaded = new Promise(resolve => window.addEventListener('load', resolve));
loadAll().then(() => pageLoaded).then(() => window.settingsLoaded).then(() => document.body.dataset.loaded = 'true');
