// Inserting canned responses and articles on the desk's case page (SPEC §8): each text of the insert
// panel gets an "Insert" button that puts it into the message, plan or summary field the agent last
// worked in (at the cursor), opening that field's form if it is folded. Without the script the texts
// can be copied by hand.
(() => {
  const panel = document.getElementById('insert');
  if (!panel) return;
  let target = null;
  const fields = () => document.querySelectorAll('.desk-action textarea, .desk-message textarea');
  for (const f of fields()) f.addEventListener('focus', () => (target = f));

  function insert(text) {
    const field = target || document.querySelector('.desk-message textarea');
    if (!field) return;
    const details = field.closest('details');
    if (details) details.open = true;
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? field.value.length;
    const before = field.value.slice(0, start);
    const glue = before && !before.endsWith('\n') ? '\n' : '';
    field.value = before + glue + text + field.value.slice(end);
    const at = (before + glue + text).length;
    field.focus();
    field.setSelectionRange(at, at);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }

  for (const item of panel.querySelectorAll('[data-insert-key]')) {
    const text = item.querySelector('.insert-text');
    if (!text) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary small insert-button';
    button.textContent = panel.dataset.insertLabel;
    button.addEventListener('click', () => {
      insert(text.textContent);
      button.textContent = panel.dataset.inserted;
      setTimeout(() => (button.textContent = panel.dataset.insertLabel), 1500);
    });
    item.prepend(button);
  }
})();
