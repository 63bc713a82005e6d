import { createHash } from 'node:crypto';
import { VIEW_MODES } from './site';

const views = VIEW_MODES.map((mode) => mode.id).join('|');

/**
 * Runs in <head> before the page paints, so a stored or linked view mode and theme apply without a flash.
 * Kept inline (and hashed for the Content-Security-Policy) because a separate file would block rendering.
 */
export const BOOT_SCRIPT = `(function(){var d=document.documentElement;d.classList.remove('no-js');try{var s=localStorage,v=new URLSearchParams(location.search).get('view');if(v&&/^(${views})$/.test(v))s.setItem('view',v);v=s.getItem('view');if(v&&/^(${views})$/.test(v))d.dataset.view=v;var t=s.getItem('theme');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}})();`;

/** CSP source expression that allows exactly {@link BOOT_SCRIPT}. */
export const BOOT_SCRIPT_HASH = `'sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}'`;
