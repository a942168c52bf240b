// The page's only script: forms that call the API (with the CSRF token), job polling with progress, the
// per-input results, and focus on the highlighted evidence. Article text is only ever set as textContent.

interface InputResult {
  input: string;
  status: 'stored' | 'duplicate' | 'rejected';
  id: string | null;
  reason: string | null;
}
interface Job {
  status: 'running' | 'done' | 'failed';
  progress: { done: number; total: number };
  result?: unknown;
  error?: string;
  links: { self: string };
}
interface ProblemDoc {
  detail?: string;
  errors?: { field: string; message: string }[];
}

const csrf = (): string => document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';

async function call(url: string, init: RequestInit): Promise<{ status: number; body: unknown }> {
  const headers = new Headers(init.headers);
  headers.set('x-csrf-token', csrf());
  headers.set('accept', 'application/json');
  const res = await fetch(url, { ...init, headers, credentials: 'same-origin' });
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = { detail: text };
  }
  return { status: res.status, body };
}

function problemText(body: unknown): string {
  const p = (body ?? {}) as ProblemDoc;
  const fields = (p.errors ?? []).map((e) => `${e.field}: ${e.message}`).join('; ');
  return `${p.detail ?? 'the request failed'}${fields && !p.detail?.includes(fields) ? ` (${fields})` : ''}`;
}

function say(el: Element | null, text: string, isError = false): void {
  if (!el) return;
  el.textContent = text;
  el.classList.toggle('error', isError);
}

/** Follows a job's server-sent events until it is done or failed. */
function follow(url: string, onProgress: (j: Job) => void): Promise<Job> {
  return new Promise((resolve, reject) => {
    const events = new EventSource(`${url}/events`);
    events.addEventListener('progress', (e) => onProgress(JSON.parse((e as MessageEvent).data) as Job));
    for (const end of ['done', 'failed'])
      events.addEventListener(end, (e) => {
        events.close();
        resolve(JSON.parse((e as MessageEvent).data) as Job);
      });
    events.onerror = () => {
      events.close();
      reject(new Error('lost touch with the server while it worked; reload to see what was stored'));
    };
  });
}

function showResults(list: Element | null, results: InputResult[]): void {
  if (!list) return;
  list.replaceChildren(
    ...results.map((r) => {
      const li = document.createElement('li');
      li.className = r.status;
      const badge = document.createElement('span');
      badge.className = `badge ${r.status}`;
      badge.textContent = r.status;
      const name = document.createElement('span');
      name.textContent = ` ${r.input}${r.id && r.id !== r.input ? ` → ${r.id}` : ''}`;
      li.append(badge, name);
      if (r.reason) {
        const why = document.createElement('span');
        why.className = 'reason';
        why.textContent = `: ${r.reason}`;
        li.append(why);
      }
      return li;
    }),
  );
}

function newStoryForm(form: HTMLFormElement): void {
  const out = form.parentElement?.querySelector('.result') ?? null;
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const title = (new FormData(form).get('title') ?? '').toString();
    say(out, 'Creating…');
    const { status, body } = await call(form.dataset.api!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title }),
    });
    if (status === 201) window.location.assign((body as { links: { page: string } }).links.page);
    else say(out, problemText(body), true);
  });
}

function addArticlesForm(form: HTMLFormElement): void {
  const panel = form.parentElement!;
  const progress = panel.querySelector('.progress');
  const list = panel.querySelector('.results');
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const button = form.querySelector('button');
    if (button) button.disabled = true;
    say(progress, 'Reading and cleaning…');
    try {
      const data = new FormData(form);
      const { status, body } = await call(form.dataset.api!, {
        method: 'POST',
        body: data,
        headers: { prefer: 'respond-async' },
      });
      let result: unknown = body;
      if (status === 202) {
        const job = await follow((body as Job).links.self, (j) =>
          say(progress, `Working: ${j.progress.done} of ${j.progress.total} inputs done…`),
        );
        if (job.status === 'failed') throw new Error(job.error ?? 'the job failed');
        result = job.result;
      } else if (status >= 400) throw new Error(problemText(body));
      const r = result as { stored: number; duplicate: number; rejected: number; inputs: InputResult[] };
      say(
        progress,
        `${r.stored} stored, ${r.duplicate} duplicate, ${r.rejected} rejected.${r.stored ? ' Reload to see the new briefing.' : ''}`,
        r.rejected > 0 && r.stored === 0,
      );
      showResults(list, r.inputs);
      if (r.stored) {
        const reload = document.createElement('a');
        reload.href = window.location.pathname;
        reload.textContent = 'Show the updated briefing';
        reload.className = 'reload';
        progress?.append(' ', reload);
        reload.focus();
      }
      form.reset();
    } catch (e) {
      say(progress, (e as Error).message, true);
    } finally {
      if (button) button.disabled = false;
    }
  });
}

function deleteButton(button: HTMLButtonElement): void {
  const out = button.parentElement?.querySelector('.result') ?? null;
  button.addEventListener('click', async () => {
    if (!window.confirm('Delete this story and all its articles?')) return;
    const { status, body } = await call(button.dataset.api!, { method: 'DELETE' });
    if (status === 204) window.location.assign('/');
    else say(out, problemText(body), true);
  });
}

function focusHighlight(): void {
  const hl = document.getElementById('hl');
  if (!hl) return;
  hl.scrollIntoView({ block: 'center' });
  hl.focus({ preventScroll: true });
}

function start(): void {
  const story = document.querySelector<HTMLFormElement>('form#new-story');
  if (story) newStoryForm(story);
  const add = document.querySelector<HTMLFormElement>('form#add-articles');
  if (add) addArticlesForm(add);
  for (const b of document.querySelectorAll<HTMLButtonElement>('button.delete')) deleteButton(b);
  focusHighlight();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
