// Who is using the page. The key or token a person pastes is kept in sessionStorage (this browser session only) and
// traded for an HttpOnly session cookie, which fetches, the event stream and the WebSocket then carry: a browser
// cannot put an Authorization header on the last two. When the server forgets the session (a restart), the page
// signs in again with what it holds; when that fails, it asks again.
const HELD = 'tcps.credential';

async function ask(method, headers = {}) {
  const response = await fetch('api/session', { method, headers: { Accept: 'application/json', ...headers }, cache: 'no-store' });
  const json = await response.json().catch(() => null);
  if (!response.ok) {
    throw Object.assign(new Error(json?.detail || `Signing in answered ${response.status}`), {
      problem: json?.title ? json : { title: 'Sign-in failed', status: response.status },
    });
  }
  return json;
}

export const session = {
  /** { signedIn, name, role, via, anonymousRead } */
  current: () => ask('GET'),

  async signIn(credential) {
    const who = await ask('POST', { Authorization: `Bearer ${credential.trim()}` });
    sessionStorage.setItem(HELD, credential.trim());
    return who;
  },

  /** Signs in again with the credential held for this browser session; null when there is none or it fails. */
  async renew() {
    const held = sessionStorage.getItem(HELD);
    if (!held) return null;
    try {
      return await session.signIn(held);
    } catch {
      sessionStorage.removeItem(HELD);
      return null;
    }
  },

  async signOut() {
    sessionStorage.removeItem(HELD);
    await fetch('api/session', { method: 'DELETE' }).catch(() => {});
  },
};
