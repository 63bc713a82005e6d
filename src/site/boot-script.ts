import { createHash } from 'node:crypto';
import { VIEW_MODES } from './site';

const views = VIEW_MODES.map((mode) => mode.id).join('|');

/**
 * Runs in <head>, before the stylesheets, so the theme applies to the first frame and controls that need JavaScript
 * show from the start. Kept inline (and hashed for the Content-Security-Policy) because a separate file would block
 * rendering.
 */
export const THEME_SCRIPT = `(function(){var d=document.documentElement;d.classList.remove('no-js');try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}})();`;

/**
 * Runs between the site header and `<main>`, so a stored or linked view mode applies before the text is parsed.
 * Standing after the stylesheets, it waits for them, as a classic script must, and so holds the parser there: the
 * browser draws the header while the text is still to come, where it would otherwise parse and lay out the whole
 * page before its first frame (docs/performance.md, "Our first paint beside the twin's").
 */
export const VIEW_SCRIPT = `(function(){var d=document.documentElement;try{var s=localStorage,v=new URLSearchParams(location.search).get('view');if(v&&/^(${views})$/.test(v))s.setItem('view',v);v=s.getItem('view');if(v&&/^(${views})$/.test(v))d.dataset.view=v}catch(e){}})();`;

/** The page's inline scripts, in the order they appear. */
const INLINE_SCRIPTS = [THEME_SCRIPT, VIEW_SCRIPT] as const;

/** CSP source expressions that allow exactly the {@link INLINE_SCRIPTS}. */
export const INLINE_SCRIPT_HASHES = INLINE_SCRIPTS.map(
  (script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`,
);
