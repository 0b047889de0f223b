// Phone intake: finds the caller as the agent types (name, e-mail, phone or company), with a debounced
// request to /desk/intake/contacts.json, and lists the matches as choices in the intake form. Without
// this script the lookup is a plain search form that reloads the page with the same choices.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.querySelector('form[data-contact-lookup]');
  if (!form) return;
  const input = form.querySelector('input[name="lookup"]');
  const list = document.getElementById(form.getAttribute('data-contact-lookup'));
  if (!input || !list) return;
  let timer = null;
  let latest = 0;

  function choice(c) {
    const label = document.createElement('label');
    label.className = 'check';
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = 'contactEmail';
    radio.value = c.email;
    const text = document.createElement('span');
    const name = document.createElement('strong');
    name.textContent = `${c.firstName} ${c.lastName}`;
    const rest = document.createElement('span');
    rest.className = 'muted small';
    rest.textContent = ` · ${c.email}${c.phone ? ` · ${c.phone}` : ''}`;
    text.append(name, ` · ${c.company.name}`, rest);
    label.append(radio, ' ', text);
    return label;
  }

  function show(found, q) {
    const checked = list.querySelector('input[name="contactEmail"]:checked');
    const keep = checked ? checked.closest('label') : null;
    for (const el of [...list.querySelectorAll('label.check, p[data-empty]')]) if (el !== keep) el.remove();
    const anchor = list.querySelector('.error');
    for (const c of found) {
      if (keep && checked.value === c.email) continue;
      list.insertBefore(choice(c), anchor);
    }
    if (!found.length && !keep) {
      const p = document.createElement('p');
      p.className = 'hint';
      p.setAttribute('data-empty', '');
      p.textContent = (list.getAttribute('data-none') || '').replace('{{q}}', q);
      list.insertBefore(p, anchor);
    }
  }

  async function lookUp() {
    const q = input.value.trim();
    const mine = ++latest;
    if (q.length < 2) return;
    const res = await fetch(`/desk/intake/contacts.json?q=${encodeURIComponent(q)}`, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
    if (!res.ok || mine !== latest) return;
    show(await res.json(), q);
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(lookUp, 250);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    lookUp();
  });
});
