// The REST API under api/ (relative, so the page works under any context root). Failures become ApiProblem:
// the RFC 9457 problem document when the server sent one, a stand-in when the network failed.
export class ApiProblem extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || 'Request failed');
    this.problem = problem;
  }

  get status() {
    return this.problem.status;
  }
}

// Called when the server no longer knows this page's session: answers whether it signed in again.
let renewSession = async () => false;

export function onSessionLost(renew) {
  renewSession = renew;
}

async function request(method, path, body, retried = false) {
  let response;
  try {
    response = await fetch(`api/${path}`, {
      method,
      headers: body === undefined
        ? { Accept: 'application/json' }
        : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch (networkError) {
    throw new ApiProblem({
      title: 'Server unreachable',
      status: 0,
      detail: `${method} api/${path} did not reach the server (${networkError.message}).`,
      offline: true,
    });
  }
  if (response.status === 401 && !retried && await renewSession()) {
    return request(method, path, body, true);
  }
  const type = response.headers.get('Content-Type') || '';
  const json = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    throw new ApiProblem(json && json.title ? json : {
      title: response.statusText || 'Request failed',
      status: response.status,
      detail: `${method} api/${path} answered ${response.status}.`,
    });
  }
  return json;
}

export const api = {
  get: (path) => request('GET', path),
  post: (path, body = {}) => request('POST', path, body),
};
