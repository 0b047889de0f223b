// Suggestions while a contact writes a new request (SPEC §8): after a pause in typing the title or the
// description, the three best help-centre articles are fetched (GET /portal/help/suggest) and shown
// under the title, each to open (in a new tab, so the form keeps what was typed) or to mark "This
// solved it" — which posts the hidden deflection form and leaves without filing. The form works the
// same without this script.
(() => {
  const form = document.querySelector('form[data-suggest]');
  const box = document.getElementById('help-suggestions');
  const deflect = document.getElementById('deflect-form');
  if (!form || !box || !deflect || !window.fetch) return;
  const title = form.querySelector('[name="title"]');
  const description = form.querySelector('[name="description"]');
  if (!title) return;
  let timer = null;
  let asked = '';
  let controller = null;

  const query = () => `${title.value} ${description ? description.value.slice(0, 300) : ''}`.replace(/\s+/g, ' ').trim();

  const el = (tag, props, ...children) => {
    const node = document.createElement(tag);
    Object.assign(node, props);
    for (const c of children) node.append(c);
    return node;
  };

  function show(articles, q) {
    box.replaceChildren();
    if (!articles.length) {
      box.hidden = true;
      return;
    }
    deflect.querySelector('[name="query"]').value = q;
    const list = el('ol', { className: 'suggestion-list' });
    for (const a of articles) {
      const link = el('a', { href: a.href, target: '_blank', rel: 'noopener', className: 'suggestion-title' }, a.title);
      const solved = el('button', { type: 'submit', className: 'secondary small', name: 'article', value: String(a.id) }, box.dataset.solved);
      solved.setAttribute('form', 'deflect-form');
      const item = el('li', { className: 'suggestion' }, link, el('p', { className: 'small muted' }, a.snippet), solved);
      item.dataset.article = String(a.id);
      list.append(item);
    }
    box.append(
      el('p', { className: 'suggestion-heading' }, el('strong', {}, box.dataset.heading), ' ', el('span', { className: 'small muted' }, box.dataset.hint)),
      list,
    );
    box.hidden = false;
  }

  async function ask() {
    const q = query();
    if (q === asked) return;
    asked = q;
    if (q.replace(/[^\p{L}\p{N}]/gu, '').length < 3) return show([], q);
    if (controller) controller.abort();
    controller = new AbortController();
    try {
      const res = await fetch(`${form.dataset.suggest}?${new URLSearchParams({ q })}`, {
        credentials: 'same-origin',
        signal: controller.signal,
        headers: { accept: 'application/json' },
      });
      if (!res.ok) return;
      const body = await res.json();
      if (q === asked) show(body.articles || [], q);
    } catch {
      // A slow or failed suggestion never stands in the way of filing the request.
    }
  }

  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(ask, 350);
  };
  title.addEventListener('input', later);
  if (description) description.addEventListener('input', later);
  if (title.value) later();
})();
