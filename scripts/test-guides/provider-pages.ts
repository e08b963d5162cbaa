/**
 * The provider's HTML: login, consent and the self-submitting sign-out form.
 * Plain forms with stable ids and names, so the browser session can drive them
 * whatever language the app under test speaks.
 */
const esc = (text: string) => text.replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]!);

export function renderPage(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><h1>${esc(title)}</h1>${body}</body></html>`;
}

export function renderLogin(uid: string, error?: string): string {
  return renderPage(
    'Sign in to the test tenant',
    `${error ? `<p id="login-error">${esc(error)}</p>` : ''}
<form id="login" method="post" action="/oidc/interaction/${esc(uid)}/login">
  <label>Username <input name="username" autocomplete="username"></label>
  <label>Password <input name="password" type="password" autocomplete="current-password"></label>
  <button type="submit" id="login-submit">Sign in</button>
</form>`,
  );
}

export function renderConsent(uid: string, clientId: string, scope: string, resources: string[]): string {
  return renderPage(
    'Authorize the app',
    `<p><code>${esc(clientId)}</code> asks for: <code id="consent-scope">${esc(scope)}</code></p>
<p>Resources: <code id="consent-resources">${esc(resources.join(' '))}</code></p>
<form id="consent" method="post" action="/oidc/interaction/${esc(uid)}/consent">
  <button type="submit" name="decision" value="allow" id="consent-allow">Continue</button>
  <button type="submit" name="decision" value="deny" id="consent-deny">Cancel</button>
</form>`,
  );
}

/** oidc-provider's end-session form, submitted at once with logout=yes (no confirmation page). */
export function renderLogout(form: string): string {
  const withLogout = form.replace('</form>', '<input type="hidden" name="logout" value="yes"/></form>');
  return renderPage('Signing out', `${withLogout}<script>document.forms[0].submit()</script>`);
}
