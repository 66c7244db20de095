'use strict';
// The settings section: the shop's look, the business hours and the texts the owner changes most, each from its
// admin API. What the server's configuration sets wins and is shown greyed out with where it is set. A refusal is
// shown beside the form with the server's reason.
(function () {
  async function call(method, path, body) {
    const res = await fetch(path, {method: method, credentials: 'same-origin',
      headers: body ? {'Content-Type': 'application/json'} : {}, body: body ? JSON.stringify(body) : undefined});
    if (res.status === 401) { location.href = '/admin' + location.hash; return new Promise(() => {}); }
    const json = await res.json();
    if (!res.ok) throw new Error(json && json.error ? json.error : 'HTTP ' + res.status);
    return json;
  }
  function status(box, text, failed) {
    const s = box.querySelector('.settings-status');
    s.textContent = text;
    s.className = 'settings-status' + (failed ? ' error' : text ? ' ok' : '');
  }
  /** Runs a change; says it was saved, or why not. */
  async function change(box, action) {
    status(box, '');
    try {
      await action();
      status(box, t('settings.saved'));
      loadAudit();
    } catch (e) {
      status(box, t('settings.refused', {reason: e.message}), true);
    }
  }
  /** A field the environment sets: its value shown, greyed out, with where it is set. */
  function fixed(input, variable) {
    input.disabled = !!variable;
    let note = input.parentNode.querySelector('.from-env');
    if (!variable) { if (note) note.remove(); return; }
    if (!note) { note = el('small', '', 'from-env muted'); input.parentNode.appendChild(note); }
    note.textContent = t('settings.from-environment', {variable: variable});
  }

  // the shop's look
  const brandForm = document.getElementById('brand-form');
  const PARTS = {name: 'ANSWERDESK_BRAND_NAME', color: 'ANSWERDESK_BRAND_COLOR', logo_url: 'ANSWERDESK_BRAND_LOGO_URL'};
  async function loadBrand() {
    const r = await call('GET', '/api/brand');
    Object.keys(PARTS).forEach(part => {
      const env = r.environment[part];
      brandForm[part].value = env || r.owner[part] || '';
      fixed(brandForm[part], env ? PARTS[part] : null);
    });
  }
  brandForm.addEventListener('submit', ev => {
    ev.preventDefault();
    const body = {};
    Object.keys(PARTS).filter(p => !brandForm[p].disabled).forEach(p => { body[p] = brandForm[p].value; });
    change(brandForm, async () => { await call('PUT', '/api/brand', body); await loadBrand(); });
  });

  // the business hours
  const hoursForm = document.getElementById('hours-form');
  async function loadHours() {
    const r = await call('GET', '/api/settings/hours');
    hoursForm.weekly.value = r.weekly;
    hoursForm.zone.value = r.zone;
    hoursForm.closed.value = r.closed.join(', ');
    ['weekly', 'zone', 'closed'].forEach(f => fixed(hoursForm[f], r.editable ? null : 'ANSWERDESK_HOURS_' + f.toUpperCase()));
    hoursForm.querySelectorAll('button').forEach(b => { b.disabled = !r.editable; });
    document.getElementById('hours-now').textContent = r.open_now ? t('hours.open-now')
      : t('hours.closed-now', {next: r.next_opening ? when(r.next_opening) : '–'});
  }
  hoursForm.addEventListener('submit', ev => {
    ev.preventDefault();
    const body = {weekly: hoursForm.weekly.value, zone: hoursForm.zone.value,
      closed: hoursForm.closed.value.split(/[\s,;]+/).filter(d => d)};
    change(hoursForm, async () => { await call('PUT', '/api/settings/hours', body); await loadHours(); });
  });
  document.getElementById('hours-clear').addEventListener('click', () =>
    change(hoursForm, async () => { await call('DELETE', '/api/settings/hours'); await loadHours(); }));

  // the texts the owner changes most, in one of the shop's languages at a time
  const picker = document.getElementById('owner-texts-language');
  const list = document.getElementById('owner-text-list');
  function card(text) {
    const box = el('div', undefined, 'owner-text');
    box.dataset.key = text.key;
    const label = box.appendChild(el('label', t('owner-texts.key.' + text.key)));
    const area = el('textarea', undefined);
    area.rows = 3;
    area.value = text.text;
    area.disabled = !text.editable;
    label.appendChild(area);
    const notes = [];
    if (text.placeholders.length) notes.push(t('owner-texts.keep', {placeholders: text.placeholders.map(p => '{' + p + '}').join(' ')}));
    if (text.source === 'ADMIN') notes.push(t('owner-texts.changed'));
    if (text.source === 'FILE') notes.push(t('owner-texts.from-file'));
    if (text.source === 'ENVIRONMENT') notes.push(t('settings.from-environment', {variable: text.variable || text.key}));
    box.appendChild(el('small', notes.join(' · '), 'muted'));
    const row = box.appendChild(el('div', undefined, 'row'));
    const path = '/api/settings/texts/' + text.language + '/' + text.key;
    if (text.editable) {
      const save = row.appendChild(el('button', t('owner-texts.save'), 'act primary save'));
      save.addEventListener('click', () => change(box, async () => { await call('PUT', path, {text: area.value}); await loadTexts(); }));
      if (text.source === 'ADMIN') {
        const reset = row.appendChild(el('button', t('owner-texts.reset'), 'act reset'));
        reset.addEventListener('click', () => change(box, async () => { await call('DELETE', path); await loadTexts(); }));
      }
    }
    row.appendChild(el('span', '', 'settings-status')).setAttribute('role', 'status');
    return box;
  }
  let shown = null;
  async function loadTexts() {
    const r = await call('GET', '/api/settings/texts');
    if (!shown || !r.languages.includes(shown)) shown = r.languages.includes(LANG) ? LANG : r.languages[0];
    picker.textContent = '';
    r.languages.forEach(tag => {
      const known = LANGUAGES.find(([code]) => code === tag);
      const option = el('option', known ? known[1] : tag);
      option.value = tag;
      option.selected = tag === shown;
      picker.appendChild(option);
    });
    list.textContent = '';
    r.texts.filter(x => x.language === shown).forEach(x => list.appendChild(card(x)));
  }
  picker.addEventListener('change', () => { shown = picker.value; loadTexts(); });

  // admin.js marks the page loaded when this is done too
  window.settingsLoaded = Promise.all([loadBrand(), loadHours(), loadTexts()])
    .then(() => { document.getElementById('owner-texts').dataset.loaded = 'true'; });
})();
