// Registers the service worker (dist/sw.js) that keeps the site readable offline, once the page is loaded and the
// browser is idle: its precache downloads then, never while the page's own files are wanted.

const register = () => {
  const base = document.documentElement.dataset.base ?? '/';
  void navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
};
// Safari has no requestIdleCallback before 18.
const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(register) : setTimeout(register, 1000));

// `astro dev` builds no worker.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  if (document.readyState === 'complete') whenIdle();
  else addEventListener('load', whenIdle, { once: true });
}
