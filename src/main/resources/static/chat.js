// The web chat page: the shared client (client.js) over the page's own elements, its words applied to the page's
// markup (data-text attributes), the shop's brand in the header.
(function () {
  'use strict';
  const log = document.getElementById('log');
  const input = document.getElementById('message');
  const chat = AnswerdeskClient.create({
    key: 'answerdesk.session', log: log, input: input, typing: document.getElementById('typing'),
    fileInput: document.getElementById('file'), mic: document.getElementById('mic'),
    unreachable: 'web.error.unreachable', pollWithoutSession: true
  });
  const t = chat.t;

  // the page's words in the visitor's language, in place of the markup's placeholders
  function applyTexts(page) {
    document.documentElement.lang = page.language || document.documentElement.lang;
    document.querySelectorAll('[data-text]').forEach(e => { e.textContent = t(e.dataset.text); });
    [['data-text-title', 'title'], ['data-text-placeholder', 'placeholder'], ['data-text-aria-label', 'aria-label']]
      .forEach(([attr, target]) => document.querySelectorAll('[' + attr + ']').forEach(e => {
        e.setAttribute(target, t(e.getAttribute(attr)));
      }));
  }

  // The shop's look: its name heads the page, with its logo; its colour replaces the blue.
  function applyBrand(brand) {
    if (brand.color) document.documentElement.style.setProperty('--brand', brand.color);
    if (!brand.name) return;
    const heading = document.querySelector('header h1');
    heading.textContent = brand.name;
    document.title = brand.name + ' · ' + t('web.title');
    if (brand.logo_url) {
      const logo = document.createElement('img');
      logo.className = 'logo';
      logo.alt = '';
      logo.src = brand.logo_url;
      heading.prepend(logo);
    }
  }

  document.getElementById('ask').addEventListener('submit', e => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    chat.ask(text);
  });

  document.getElementById('human').addEventListener('click', () => chat.choose(t('choices.talk-to-person'), 'human'));

  document.getElementById('reset').addEventListener('click', () => chat.reset().catch(() => { /* no greeting */ }));

  // A reload shows the conversation so far; a new visitor gets the greeting and the most asked questions.
  async function start() {
    try {
      applyTexts(await chat.loadTexts());
      applyBrand(await chat.brand());
    } catch (e) { /* the server cannot be reached: nothing here would work */ }
    try {
      await chat.begin();
    } catch (e) { /* no greeting: the chat still works */ }
    chat.startPolling();
  }

  start();
})();
