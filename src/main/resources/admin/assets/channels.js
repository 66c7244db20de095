'use strict';
// The admin page's Channels section: each channel's state from /api/channels, a form for the ones this page can
// connect, the platform's set-up steps beside it. Words from the language bundles (/api/channels/texts).
(function () {
  const section = document.getElementById('channels');
  const list = document.getElementById('channel-list');
  let words = {};
  let signIn = null; // the mailbox's OAuth provider, when it signs in with one
  const PROVIDERS = {microsoft: 'Microsoft 365', google: 'Google'};
  // set by the sign-in buttons (oauth_provider), or for a stand-in of the provider's token endpoint (API only)
  const NOT_IN_FORM = ['oauth_provider'];

  function word(key, values) {
    let text = words[key] || key;
    Object.entries(values || {}).forEach(([k, v]) => { text = text.replace('{' + k + '}', v); });
    return text;
  }
  function node(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  // platforms by their brand names; the web chat and email by the bundle's words
  const BRANDS = {TELEGRAM: 'Telegram', SLACK: 'Slack', WHATSAPP: 'WhatsApp'};
  function title(name) {
    return BRANDS[name] || word('name.' + name);
  }

  /** The API's answer, or an Error carrying its reason. */
  async function call(method, path, body) {
    const res = await fetch(path, {method: method, credentials: 'same-origin',
      headers: body ? {'Content-Type': 'application/json'} : {}, body: body ? JSON.stringify(body) : undefined});
    if (res.status === 401) { location.href = '/admin'; throw new Error('signed out'); }
    const json = await res.json();
    if (!res.ok) throw new Error(json && json.error ? json.error : 'HTTP ' + res.status);
    return json;
  }

  function card(c) {
    const name = c.channel;
    const box = node('div', null, 'channel');
    box.dataset.channel = name;
    const left = node('div');
    const head = node('h3', title(name));
    head.appendChild(node('span', word('state.' + c.state), 'state state-' + c.state));
    left.appendChild(head);
    if (c.state === 'FAILING') {
      const since = c.failing_since ? ' (' + word('since', {time: new Date(c.failing_since).toLocaleString()}) + ')' : '';
      left.appendChild(node('p', (c.last_error || '') + since, 'channel-error failing'));
    }
    if (c.source) left.appendChild(node('p', word('source.' + c.source), 'muted source'));
    const message = node('p', null, 'message');
    if (c.editable && c.fields.length) {
      const shown = c.fields.filter(f => !NOT_IN_FORM.includes(f.name));
      const form = node('form');
      shown.forEach(f => form.appendChild(field(f)));
      const connect = node('button', word('connect'), 'act primary connect');
      connect.type = 'submit';
      form.appendChild(connect);
      /** The form's settings; null (and the reason shown) when a required one is empty. */
      function settings() {
        const values = {};
        let missing = false;
        shown.forEach(f => {
          const value = form.elements[f.name].value.trim();
          if (value) values[f.name] = value;
          else if (f.required) missing = true;
        });
        if (missing) { show(message, word('required'), false); return null; }
        return values;
      }
      form.addEventListener('submit', e => {
        e.preventDefault();
        const values = settings();
        if (values) act(message, () => call('PUT', '/api/channels/' + name.toLowerCase(), values));
      });
      // instead of a password: the provider's sign-in, which comes back to .../sign-in/callback and then here
      const provider = c.fields.find(f => f.name === 'oauth_provider');
      (provider ? provider.choices : []).forEach(p => {
        const go = node('button', word('email.sign-in', {provider: PROVIDERS[p] || p}), 'act sign-in sign-in-' + p);
        go.type = 'button';
        go.addEventListener('click', async () => {
          const values = settings();
          if (!values) return;
          values.oauth_provider = p;
          try {
            const started = await call('POST', '/api/channels/' + name.toLowerCase() + '/sign-in', values);
            location.href = started.authorize_url;
          } catch (e) {
            show(message, e.message, false);
          }
        });
        form.appendChild(go);
      });
      left.appendChild(form);
    }
    if (c.source === 'ADMIN' || (c.source === 'ENVIRONMENT' && c.fields.length)) {
      const test = node('button', word('test'), 'act test');
      test.type = 'button';
      test.addEventListener('click', () => act(message, () => call('POST', '/api/channels/' + name.toLowerCase() + '/test')));
      left.appendChild(test);
    }
    if (c.source === 'ADMIN') {
      const off = node('button', word('disconnect'), 'act disconnect');
      off.type = 'button';
      off.addEventListener('click', () => act(message, () => call('DELETE', '/api/channels/' + name.toLowerCase())));
      left.appendChild(off);
    }
    if (name === 'EMAIL' && signIn && !c.editable) {
      // the provider's sign-in, then back to /api/channels/email/oauth/callback, which stores the refresh token
      const go = node('button', word('email.sign-in', {provider: PROVIDERS[signIn] || signIn}), 'act sign-in');
      go.type = 'button';
      go.addEventListener('click', () => { location.href = '/api/channels/email/oauth/start?provider=' + signIn; });
      left.appendChild(go);
    }
    left.appendChild(message);
    box.appendChild(left);
    if (name !== 'WEB') {
      const steps = words['steps.' + name] ? word('steps.' + name, {origin: location.origin}) : word('steps.other');
      box.appendChild(node('div', steps, 'steps'));
    }
    return box;
  }

  /** One setting's input: a list for the ones with choices, hidden typing for secrets, "optional" where it is. */
  function field(f) {
    const p = node('p');
    const label = node('label', word('field.' + f.name) + (f.required ? '' : ' (' + word('optional') + ')'));
    let input;
    if (f.choices && f.choices.length) {
      input = node('select');
      f.choices.forEach(v => {
        const option = node('option', words['choice.' + v] || v);
        option.value = v;
        input.appendChild(option);
      });
    } else {
      input = node('input');
      input.type = f.secret ? 'password' : 'text';
      input.autocomplete = 'off';
    }
    input.name = f.name;
    label.appendChild(input);
    p.appendChild(label);
    return p;
  }

  function show(target, text, ok) {
    target.textContent = text;
    target.className = 'message ' + (ok ? 'channel-ok' : 'channel-error');
  }

  /**
   * Runs one change or check; its answer (or its refusal's reason) shown under the form, the list reloaded.
   * {@code message} null: the card of {@code channel}'s.
   */
  async function act(message, request, channel) {
    const target = () => message || list.querySelector('[data-channel="' + channel + '"] .message');
    try {
      const c = await request();
      await load();
      const again = list.querySelector('[data-channel="' + c.channel + '"] .message');
      if (again && c.account) show(again, word('checked', {account: c.account}), true);
    } catch (e) {
      if (target()) show(target(), e.message, false);
    }
  }

  /** Back from a provider's sign-in (?sign_in=id&channel=email): its outcome under the channel's card. */
  async function signedIn() {
    const query = new URLSearchParams(location.search);
    const id = query.get('sign_in');
    const channel = (query.get('channel') || '').toLowerCase();
    if (!id || !/^[a-z]+$/.test(channel)) return;
    history.replaceState(null, '', location.pathname + location.hash);
    await act(null, () => call('GET', '/api/channels/' + channel + '/sign-in/' + encodeURIComponent(id)),
      channel.toUpperCase());
  }

  async function load() {
    const channels = await call('GET', '/api/channels');
    list.textContent = '';
    channels.forEach(c => list.appendChild(card(c)));
    section.dataset.loaded = 'true';
  }

  (async function () {
    try {
      words = await call('GET', '/api/channels/texts?lang=' + encodeURIComponent(document.documentElement.lang || navigator.language || ''));
      section.querySelectorAll('[data-text]').forEach(e => { e.textContent = word(e.dataset.text); });
      const oauth = await fetch('/api/channels/email/oauth', {credentials: 'same-origin'});
      if (oauth.ok) signIn = (await oauth.json()).provider;
      await load();
      await signedIn();
    } catch (e) {
      list.textContent = e.message;
    }
  })();
})();
