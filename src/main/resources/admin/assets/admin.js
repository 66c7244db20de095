'use strict';
const $ = s => document.querySelector(s);
function el(tag, text, cls) { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; }
function pct(x) { return (100 * x).toFixed(1) + '%'; }
async function api(path, options) {
  const res = await fetch(path, Object.assign({credentials: 'same-origin'}, options || {}));
  if (res.status === 401) { location.href = '/admin'; throw new Error('signed out'); }
  const body = res.status === 204 ? null : await res.json();
  if (!res.ok) { alert(body && body.error ? body.error : 'HTTP ' + res.status); throw new Error(res.status); }
  return body;
}
function post(path, body) {
  return api(path, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body || {})});
}

let charts = [];
async function loadDashboard() {
  const r = await api('/api/analytics');
  const ss = r.self_service;
  $('#kpi-self-service').textContent = ss.asked ? pct(ss.rate) : 'no questions yet';
  $('#kpi-after-pick').textContent = ss.after_pick;
  $('#kpi-conversations').textContent = r.conversations;
  $('#kpi-faq').textContent = r.outcomes.FAQ;
  $('#kpi-llm').textContent = r.outcomes.LLM;
  $('#kpi-person').textContent = r.outcomes.PERSON;
  $('#kpi-unanswered').textContent = r.outcomes.UNANSWERED;
  $('#kpi-fallback').textContent = pct(r.fallback_rate);
  $('#kpi-handoff').textContent = pct(r.handoff_rate);
  const f = r.feedback.FAQ;
  $('#kpi-feedback').textContent = f.up_ratio === null ? 'no votes' : pct(f.up_ratio);
  $('#kpi-tokens').textContent = r.llm_tokens.input + ' / ' + r.llm_tokens.output;
  renderCsat(r.csat);
  charts.forEach(c => c.destroy());
  const days = [...new Set(r.conversations_per_day.map(d => d.day))];
  const channels = [...new Set(r.conversations_per_day.map(d => d.channel))];
  const colors = {WEB: '#24477a', TELEGRAM: '#2aa3df', SLACK: '#7a3e9d', EMAIL: '#d08a1e', WHATSAPP: '#25a244'};
  charts = [
    new Chart($('#chart-days'), {type: 'bar', data: {labels: days, datasets: channels.map(ch => ({
      label: ch, backgroundColor: colors[ch],
      data: days.map(d => (r.conversations_per_day.find(x => x.day === d && x.channel === ch) || {count: 0}).count)}))},
      options: {animation: false, plugins: {title: {display: true, text: 'Conversations per day'}},
        scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true}}}}),
    new Chart($('#chart-outcomes'), {type: 'doughnut', data: {labels: Object.keys(r.outcomes),
      datasets: [{data: Object.values(r.outcomes), backgroundColor: ['#2e8b57', '#24477a', '#d08a1e', '#a02020']}]},
      options: {animation: false, plugins: {title: {display: true, text: 'Outcomes'}}}})
  ];
}

// CSAT overall, per channel and per agent: requests, scores, mean and the share of 4 and 5
function renderCsat(csat) {
  const o = csat.overall;
  $('#kpi-csat').textContent = o.satisfied_share === null ? 'no ratings' : pct(o.satisfied_share);
  const tbody = $('#csat tbody');
  tbody.textContent = '';
  const rows = [['All', o]].concat(Object.entries(csat.by_channel).map(([k, v]) => ['Channel ' + k.toLowerCase(), v]),
    Object.entries(csat.by_agent).map(([k, v]) => ['Agent ' + k, v]));
  rows.forEach(([label, c]) => {
    const tr = el('tr');
    [label, c.requested, c.rated, c.average === null ? '–' : c.average.toFixed(2),
      c.satisfied_share === null ? '–' : pct(c.satisfied_share)].forEach(x => tr.appendChild(el('td', String(x))));
    tbody.appendChild(tr);
  });
}

async function loadUnanswered() {
  const groups = await api('/api/analytics/unanswered?limit=10');
  const tbody = $('#unanswered tbody');
  tbody.textContent = '';
  if (!groups.length) tbody.appendChild(el('tr')).appendChild(el('td', 'Nothing yet.', 'muted'));
  groups.forEach(g => {
    const tr = el('tr');
    tr.appendChild(el('td', g.size + '×'));
    tr.appendChild(el('td', g.examples.join(' · ')));
    const b = el('button', 'Draft FAQ entry', 'act');
    b.addEventListener('click', () => editFaq({question: g.draft.question, answer: '', phrasings: g.draft.phrasings}));
    tr.appendChild(el('td')).appendChild(b);
    tbody.appendChild(tr);
  });
}

async function loadTickets() {
  const tickets = await api('/api/tickets');
  const box = $('#tickets');
  box.textContent = tickets.length ? '' : 'None.';
  tickets.forEach(t => {
    const div = el('div');
    div.id = 'ticket-' + t.id; // the alerts' link (ANSWERDESK_ALERTS_*) points here
    div.appendChild(el('p', '#' + t.id + ' · ' + t.customer + ' on ' + t.channel + ' · ' + t.reason));
    div.appendChild(el('div', t.transcript.map(l => (l.from_customer ? 'Customer: ' : (l.source || '') + ': ') + l.text).join('\n'), 'transcript'));
    if (t.files && t.files.length) {
      const list = el('ul', undefined, 'files');
      t.files.forEach(f => list.appendChild(fileItem(f)));
      div.appendChild(list);
    }
    const text = el('textarea'); text.placeholder = 'Reply to the customer';
    const send = el('button', 'Send reply', 'act primary');
    // a file goes with the text as its caption, checked on the server like a customer's file
    const attach = el('input'); attach.type = 'file'; attach.className = 'attach'; attach.title = 'Attach a file';
    send.addEventListener('click', async () => {
      if (attach.files.length) {
        const form = new FormData();
        form.append('file', attach.files[0]);
        form.append('text', text.value);
        form.append('agent', 'admin');
        await api('/api/tickets/' + t.id + '/files', {method: 'POST', body: form});
      } else {
        await post('/api/tickets/' + t.id + '/reply', {text: text.value, agent: 'admin'});
      }
      loadTickets(); loadCandidates(); loadFiles();
    });
    const resolve = el('button', 'Resolve', 'act');
    resolve.addEventListener('click', async () => { await post('/api/tickets/' + t.id + '/resolve', {agent: 'admin'}); loadTickets(); loadDashboard(); });
    div.append(text, attach, send, resolve);
    box.appendChild(div);
  });
}

function fileItem(f) {
  const li = el('li');
  if (f.refused) {
    li.textContent = f.name + ' (not kept: ' + f.refused.toLowerCase().replace(/_/g, ' ') + ')';
    return li;
  }
  const a = el('a', f.name); a.href = '/api/attachments/' + f.id; a.setAttribute('download', f.name);
  li.append(a, el('span', ' · ' + f.media_type + ' · ' + Math.ceil(f.size_bytes / 1024) + ' KB · message ' + f.message_id));
  // what the transcriber heard in a voice note, beside its audio (textContent: the customer's words, never markup)
  if (f.transcript) li.append(el('span', ' · 🎙 '), el('q', f.transcript, 'transcript'));
  return li;
}

async function loadFiles() {
  const files = await api('/api/attachments');
  const tbody = $('#files tbody');
  tbody.textContent = '';
  if (!files.length) { tbody.appendChild(el('tr')).appendChild(el('td', 'None.', 'muted')); return; }
  files.forEach(f => {
    const tr = el('tr');
    tr.appendChild(el('td', 'conversation ' + f.conversation_id));
    tr.appendChild(el('td')).appendChild(fileItem(f));
    tr.appendChild(el('td', new Date(f.at).toLocaleString()));
    tbody.appendChild(tr);
  });
}

async function loadCandidates() {
  const groups = await api('/api/faq/candidates');
  const box = $('#candidates');
  box.textContent = groups.length ? '' : 'None.';
  groups.forEach(c => {
    const div = el('div');
    const q = el('input'); q.value = c.questions[0];
    const a = el('textarea'); a.value = c.answer;
    if (c.origin) {
      const p = el('p', 'Draft from ' + c.origin + ', written by the LLM from ');
      const link = el('a', c.source_url); link.href = c.source_url; link.target = '_blank'; link.rel = 'noopener';
      p.append(link, el('span', ' (check it against the page before approving). Other phrasings: '
        + (c.phrasings.length ? c.phrasings.join(' · ') : 'none')));
      div.appendChild(p);
    } else {
      div.appendChild(el('p', (c.pinned ? 'Pinned at the desk. ' : '') + c.size
        + ' question(s), in customers\' words (edit before approving): ' + c.questions.join(' · ')));
    }
    const approve = el('button', 'Approve', 'act primary');
    approve.addEventListener('click', async () => {
      const edits = {question: q.value, answer: a.value};
      if (!await confirmChange(await post('/api/faq/candidates/' + c.id + '/approve/preview', edits))) return;
      await post('/api/faq/candidates/' + c.id + '/approve', edits); loadCandidates(); loadFaq(); loadHealthSoon();
    });
    const reject = el('button', 'Reject', 'act');
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
  if (!sources.length) tbody.appendChild(el('tr')).appendChild(el('td', 'No sources yet.', 'muted'));
  sources.forEach(s => {
    const tr = el('tr');
    tr.dataset.sourceId = s.id;
    const name = s.kind === 'FILE' ? s.file_name + (s.url ? ' (' + s.url + ')' : '') : s.url;
    const status = el('td', s.status + (s.sync_pending && s.status !== 'SYNCING' ? ', sync asked for' : ''),
      'source-status status-' + s.status);
    if (s.error) status.appendChild(el('div', s.error, 'muted'));
    if (s.drafts_status) status.appendChild(el('div', 'Drafts: ' + s.drafts_status.toLowerCase()
      + (s.drafts_detail ? ' – ' + s.drafts_detail : ''), 'drafts status-' + s.drafts_status));
    if (s.held) status.appendChild(el('div', s.held + ' passage(s) held for review', 'source-held'));
    tr.append(el('td', name), el('td', String(s.pages), 'source-pages'), el('td', String(s.passages), 'source-passages'),
      el('td', s.last_sync ? new Date(s.last_sync).toLocaleString() : 'not yet'), status);
    const td = el('td');
    const sync = el('button', 'Re-sync', 'act source-sync');
    sync.addEventListener('click', async () => { await post('/api/knowledge/sources/' + s.id + '/sync'); loadSources(); });
    const drafts = el('button', 'Draft FAQ entries', 'act source-drafts');
    drafts.title = 'Ask the LLM for FAQ entries from this source; they arrive as candidates for your review';
    drafts.disabled = s.drafts_status === 'RUNNING' || s.passages === 0;
    drafts.addEventListener('click', async () => { await post('/api/knowledge/sources/' + s.id + '/drafts'); loadSources(); });
    const remove = el('button', 'Remove', 'act source-remove');
    remove.addEventListener('click', async () => {
      if (!confirm('Remove ' + name + ' and its ' + s.passages + ' passages?')) return;
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
  box.textContent = held.length ? '' : 'None.';
  held.forEach(h => {
    const div = el('div', undefined, 'held-passage');
    div.dataset.passageId = h.id;
    const p = el('p', h.review + ': ' + h.reason + ' – ');
    const link = el('a', h.title + (h.headings ? ' › ' + h.headings : ''));
    if (/^https?:/.test(h.url)) { link.href = h.url; link.target = '_blank'; link.rel = 'noopener'; }
    p.appendChild(link);
    div.append(p, el('blockquote', h.text));
    const approve = el('button', 'Approve', 'act held-approve');
    approve.disabled = h.review === 'APPROVED';
    approve.addEventListener('click', async () => { await post('/api/knowledge/held/' + h.id + '/approve'); loadSources(); });
    const reject = el('button', 'Reject', 'act held-reject');
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
  if (!learned.length) tbody.appendChild(el('tr')).appendChild(el('td', 'Nothing learned yet.', 'muted'));
  learned.forEach(p => {
    const tr = el('tr');
    tr.append(el('td', p.phrasing), el('td', p.entry_question), el('td', String(p.conversations)),
      el('td', new Date(p.at).toLocaleString()));
    const undo = el('button', 'Undo', 'act');
    undo.addEventListener('click', async () => {
      if (!confirm('Stop answering "' + p.phrasing + '" with "' + p.entry_question + '"?')) return;
      await post('/api/faq/learned/' + p.id + '/undo'); loadLearned(); loadHealthSoon();
    });
    tr.appendChild(el('td')).appendChild(undo);
    tbody.appendChild(tr);
  });
  const pending = $('#learn-review tbody');
  pending.textContent = '';
  if (!review.length) pending.appendChild(el('tr')).appendChild(el('td', 'None.', 'muted'));
  review.forEach(p => {
    const tr = el('tr');
    tr.append(el('td', p.phrasing), el('td', '→ ' + p.entry_question), el('td', p.conversations + ' conversation(s)'));
    const td = el('td');
    const approve = el('button', 'Approve', 'act primary');
    approve.addEventListener('click', async () => { await post('/api/faq/learned/' + p.id + '/approve'); loadLearned(); loadHealthSoon(); });
    const reject = el('button', 'Reject', 'act');
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
      const edit = el('button', 'Edit', 'act'); edit.addEventListener('click', () => editFaq(e));
      const del = el('button', 'Delete', 'act');
      del.addEventListener('click', async () => { if (confirm('Delete "' + e.question + '"?')) { await api('/api/faq/' + e.id, {method: 'DELETE'}); loadFaq(); } });
      td.append(edit, del); tr.appendChild(td); tbody.appendChild(tr);
    });
}
function editFaq(e) {
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
  const f = await api('/api/faq/languages?lang=' + encodeURIComponent(navigator.language || ''));
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
  alert('Imported ' + r.imported + ' entries.');
  loadFaq(); loadHealthSoon();
});

// the file becomes the whole FAQ (one transaction on the server: a bad file changes nothing)
$('#faq-replace').addEventListener('change', async ev => {
  const file = ev.target.files[0];
  if (!file) return;
  const type = /\.(md|markdown)$/i.test(file.name) ? 'text/markdown' : 'text/csv';
  const body = await file.text();
  ev.target.value = '';
  if (!confirm('Replace the whole FAQ with the entries of ' + file.name + '? Entries the file does not have are removed.')) return;
  const r = await api('/api/faq/import?mode=replace', {method: 'POST', headers: {'Content-Type': type}, body: body});
  alert('The FAQ now has the file\'s entries: ' + r.added + ' added, ' + r.updated + ' updated, ' + r.unchanged + ' unchanged, ' + r.removed + ' removed.');
  loadFaq(); loadHealthSoon();
});
$('#faq-clear').addEventListener('click', async () => {
  if (!confirm('Remove every FAQ entry? Customers\' questions then go to the LLM or a person until you add or import entries.')) return;
  const r = await api('/api/faq?all=true', {method: 'DELETE'});
  alert(r.deleted + ' entries removed.');
  loadFaq(); loadHealthSoon();
});

// a change that would lower the FAQ's estimated accuracy is applied only after the admin confirms it
async function confirmChange(preview) {
  if (!preview.lowers_accuracy) return true;
  const top = (preview.after.confusions || []).slice(0, 3)
    .map(c => '"' + c.expected_question + '" answered as "' + c.answered_question + '"').join('\n');
  return confirm(preview.message + '.' + (top ? '\nMost confused:\n' + top : '') + '\n\nApply it anyway?');
}

async function loadHealth() {
  const h = await api('/api/faq/health?precision=' + encodeURIComponent($('#health-precision').value));
  $('#health-status').textContent = h.status === 'READY'
    ? h.entries + ' entries, ' + h.phrasings + ' phrasings; ' + h.asked + ' held-out and ' + h.asked_out_of_scope
      + ' out-of-scope questions asked (' + h.model + ', ' + h.millis + ' ms)'
    : 'Estimating…';
  if (!h.at_threshold) { setTimeout(loadHealth, 2000); return; }
  $('#health-top1').textContent = pct(h.top1);
  $('#health-precision-now').textContent = pct(h.at_threshold.precision);
  $('#health-inscope').textContent = pct(h.at_threshold.in_scope_accuracy);
  $('#health-oos').textContent = pct(h.at_threshold.out_of_scope_recall);
  $('#health-threshold').textContent = h.threshold_for_precision === null ? 'not reachable'
    : h.threshold_for_precision.toFixed(3) + ' (' + pct(h.at_target.in_scope_accuracy) + ' answered right)';
  const conf = $('#health-confusions tbody');
  conf.textContent = '';
  if (!h.confusions.length) conf.appendChild(el('tr')).appendChild(el('td', 'None found.', 'muted'));
  h.confusions.slice(0, 15).forEach(c => {
    const tr = el('tr');
    tr.append(el('td', c.count + '×'), el('td', c.expected_question + ' → answered as: ' + c.answered_question),
      el('td', c.examples.join(' · '), 'muted'));
    conf.appendChild(tr);
  });
  const thin = $('#health-thin tbody');
  thin.textContent = '';
  if (!h.few_phrasings.length) thin.appendChild(el('tr')).appendChild(el('td', 'None.', 'muted'));
  h.few_phrasings.forEach(e => {
    const tr = el('tr');
    const edit = el('button', 'Add phrasings', 'act');
    edit.addEventListener('click', () => { const full = faq.find(f => f.id === e.id); if (full) editFaq(full); });
    tr.append(el('td', e.phrasings + ' phrasing(s)'), el('td', e.question));
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
  $('#customer-result').textContent = 'Exported ' + doc.messages.length + ' messages.';
  loadAudit();
});
$('#customer-erase').addEventListener('click', async () => {
  const f = $('#customer-form');
  if (!f.id.value.trim() || !confirm('Erase everything about ' + f.channel.value + ' ' + f.id.value.trim() + '? This cannot be undone.')) return;
  const r = await api(customerPath(), {method: 'DELETE'});
  $('#customer-result').textContent = 'Erased: ' + Object.entries(r.deleted).filter(([, n]) => n > 0).map(([t, n]) => t + ' ' + n).join(', ');
  loadAudit();
});
async function loadAudit() {
  const r = await api('/api/audit?limit=50');
  const tbody = $('#audit tbody');
  tbody.textContent = '';
  r.events.forEach(e => {
    const tr = el('tr');
    [new Date(e.at).toLocaleString(), e.actor, e.address || '', e.action, e.detail || ''].forEach(x => tr.appendChild(el('td', x)));
    tbody.appendChild(tr);
  });
}

// the shop's look: the owner's parts over the settings' defaults
async function loadBrand() {
  const r = await api('/api/brand');
  const f = $('#brand-form');
  f.name.value = r.owner.name || '';
  f.color.value = r.owner.color || '';
  f.logo_url.value = r.owner.logo_url || '';
  const d = r.defaults;
  $('#brand-defaults').textContent = [d.name, d.color, d.logo_url].filter(x => x).join(' · ') || 'none set';
}
$('#brand-form').addEventListener('submit', async ev => {
  ev.preventDefault();
  const f = ev.target;
  await api('/api/brand', {method: 'PUT', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify({name: f.name.value, color: f.color.value, logo_url: f.logo_url.value})});
  loadBrand(); loadAudit();
});

// the sites that may embed the widget, and those refused (counted by the server, bounded)
async function loadSites() {
  const r = await api('/api/web/origins');
  const allowed = $('#sites-allowed tbody');
  allowed.textContent = '';
  if (!r.allowed.length) allowed.appendChild(el('tr')).appendChild(el('td', 'Only this server\'s own pages.', 'muted'));
  r.allowed.forEach(s => {
    const tr = el('tr');
    tr.appendChild(el('td', s.origin));
    const cell = tr.appendChild(el('td'));
    if (s.source === 'ADMIN') {
      const remove = el('button', 'Remove', 'act');
      remove.addEventListener('click', async () => {
        await api('/api/web/origins?origin=' + encodeURIComponent(s.origin), {method: 'DELETE'});
        loadSites(); loadAudit();
      });
      cell.appendChild(remove);
    } else cell.appendChild(el('span', 'set in ANSWERDESK_WEB_ALLOWED_ORIGINS', 'muted'));
    allowed.appendChild(tr);
  });
  const refused = $('#sites-refused tbody');
  refused.textContent = '';
  if (!r.refused.length) refused.appendChild(el('tr')).appendChild(el('td', 'None.', 'muted'));
  r.refused.forEach(s => {
    const tr = el('tr');
    tr.append(el('td', s.origin), el('td', String(s.count)), el('td', new Date(s.last_seen).toLocaleString()));
    const allow = el('button', 'Allow', 'act primary');
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

// an action reloads only what it changes: the questions to add are re-grouped (MiniLM over up to 500 questions)
// only when the page opens
function loadAll() { return Promise.all([loadDashboard(), loadUnanswered(), loadTickets(), loadFiles(), loadCandidates(), loadLearned(), loadFaq(), loadSources(), loadHealth(), loadBrand(), loadSites(), loadAudit()]); }
loadAll().then(() => document.body.dataset.loaded = 'true');
