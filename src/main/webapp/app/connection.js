// Keeps the page current: the server's event stream when it is there ("live"), polling the REST API otherwise
// ("polling"), and "offline" while neither answers. The stream is tried again every so often after a fallback.
const POLL_MS = 5_000;
const STREAM_RETRY_MS = 30_000;
// The stream sends a heartbeat every 30 s; this much silence means it is gone even if the socket looks open.
const SILENCE_MS = 75_000;
const STREAM = 'api/stream';

// `reload`: the server no longer holds the events a reconnecting client missed, so everything is read afresh.
export const EVENT_TYPES = ['connected', 'metrics-update', 'andon_triggered', 'andon_resolved',
  'work_order_update', 'health_changed', 'alert_fired', 'alert_acknowledged', 'alert_resolved', 'heartbeat', 'reload'];

export class LineConnection {
  /**
   * @param poll      async () => boolean: refreshes every panel from the REST API, true when the server answered
   * @param onEvent   (type, data) => void for every stream event (data parsed from JSON when it is JSON)
   * @param onState   (state) => void with 'connecting' | 'live' | 'polling' | 'offline'
   */
  constructor({ poll, onEvent, onState }) {
    this.poll = poll;
    this.onEvent = onEvent;
    this.onState = onState;
    this.state = null;
    this.source = null;
    this.pollTimer = null;
    this.retryTimer = null;
    this.silenceTimer = null;
  }

  async start() {
    this.setState('connecting');
    const answered = await this.poll();
    if (this.state === 'connecting') this.setState(answered ? 'polling' : 'offline');
    this.startPolling();
    this.openStream();
  }

  setState(state) {
    if (state === this.state) return;
    this.state = state;
    this.onState(state);
  }

  startPolling() {
    if (this.pollTimer) return;
    this.pollTimer = setInterval(async () => {
      const answered = await this.poll();
      if (this.state !== 'live') this.setState(answered ? 'polling' : 'offline');
    }, POLL_MS);
  }

  stopPolling() {
    clearInterval(this.pollTimer);
    this.pollTimer = null;
  }

  /**
   * Asks first whether the stream exists (an EventSource answered 404 fails for good and leaves an error in the
   * console); then opens it and lets the browser reconnect it after network errors.
   */
  async openStream() {
    clearTimeout(this.retryTimer);
    if (!(await this.streamAvailable())) {
      this.retryTimer = setTimeout(() => this.openStream(), STREAM_RETRY_MS);
      return;
    }
    const source = new EventSource(STREAM);
    this.source = source;
    source.addEventListener('open', () => this.goLive());
    source.addEventListener('error', () => this.streamFailed(source));
    for (const type of EVENT_TYPES) {
      source.addEventListener(type, (message) => {
        this.heard();
        if (type === 'connected') this.goLive();
        if (type === 'reload') this.poll();
        this.onEvent(type, parse(message.data));
      });
    }
  }

  async streamAvailable() {
    const abort = new AbortController();
    try {
      const response = await fetch(STREAM, { headers: { Accept: 'text/event-stream' }, signal: abort.signal, cache: 'no-store' });
      return response.ok && (response.headers.get('Content-Type') || '').startsWith('text/event-stream');
    } catch {
      return false;
    } finally {
      abort.abort();
    }
  }

  goLive() {
    if (this.state === 'live') return;
    this.setState('live');
    this.stopPolling();
    this.heard();
    // Whatever changed while the stream was away is read once now.
    this.poll();
  }

  heard() {
    clearTimeout(this.silenceTimer);
    this.silenceTimer = setTimeout(() => this.dropStream(), SILENCE_MS);
  }

  streamFailed(source) {
    if (source !== this.source) return;
    if (source.readyState === EventSource.CLOSED) {
      // The server refused the stream: poll, and try it again later.
      this.dropStream();
      return;
    }
    // The browser is reconnecting on its own; poll meanwhile so the page does not go stale.
    clearTimeout(this.silenceTimer);
    this.setState('polling');
    this.startPolling();
  }

  dropStream() {
    clearTimeout(this.silenceTimer);
    this.source?.close();
    this.source = null;
    if (this.state === 'live') this.setState('polling');
    this.startPolling();
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.openStream(), STREAM_RETRY_MS);
  }
}

function parse(data) {
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}
