// Passkeys (issue 25): asks the browser to create a passkey (account page) or to use one (the second
// step of signing in) with @simplewebauthn/browser (vendor/, served as a file: the CSP allows scripts
// from the desk itself only), then sends the browser's answer in the page's own form, CSRF token and
// all. Without WebAuthn (or without this script) the button stays hidden and the code form remains.
(() => {
  const lib = window.SimpleWebAuthnBrowser;
  const problem = (form, text) => {
    let box = form.querySelector('.passkey-problem');
    if (!box) {
      box = document.createElement('div');
      box.className = 'error-summary passkey-problem';
      box.setAttribute('role', 'alert');
      form.prepend(box);
    }
    box.textContent = text;
  };
  for (const form of document.querySelectorAll('form[data-passkey]')) {
    const button = form.querySelector('button[type="button"]');
    if (!lib || !button || !lib.browserSupportsWebAuthn()) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        const res = await fetch(form.dataset.options, { credentials: 'same-origin', headers: { accept: 'application/json' } });
        if (!res.ok) throw new Error(`options: ${res.status}`);
        const optionsJSON = await res.json();
        const answer = form.dataset.passkey === 'register' ? await lib.startRegistration({ optionsJSON }) : await lib.startAuthentication({ optionsJSON });
        form.querySelector('input[name="credential"]').value = JSON.stringify(answer);
        // On the sign-in page "remember this device" is the code form's checkbox.
        const remember = form.querySelector('input[type="hidden"][name="remember"]');
        const box = document.querySelector('input[type="checkbox"][name="remember"]');
        if (remember) remember.value = box && box.checked ? 'on' : '';
        form.submit();
      } catch (err) {
        button.disabled = false;
        problem(form, form.dataset.failed || String(err));
      }
    });
  }
})();
