// Small progressive enhancements; every page works without this script.
document.addEventListener('DOMContentLoaded', () => {
  const summary = document.querySelector('.error-summary');
  const firstInvalid = document.querySelector('[aria-invalid="true"]');
  if (firstInvalid) firstInvalid.focus();
  else if (summary) summary.focus();
  for (const form of document.querySelectorAll('form[data-confirm]')) {
    form.addEventListener('submit', (e) => {
      if (!window.confirm(form.getAttribute('data-confirm'))) e.preventDefault();
    });
  }
  for (const form of document.querySelectorAll('form')) {
    form.addEventListener('submit', () => {
      for (const b of form.querySelectorAll('button[type="submit"]')) setTimeout(() => (b.disabled = true), 0);
    });
  }
});
