/**
 * Embed: where the widget lives in the host page: an open shadow root on `#reagir`, on the
 * element a single-page app names, or on a container inserted right after the script tag. The
 * shadow root keeps host CSS out (and ours in); the stylesheet travels inside the script.
 */
import css from '../styles/widget.css?inline';

/** A mounted widget container. */
export interface Mounted {
  /** Where Preact renders. */
  container: HTMLElement;
  /** Removes what `mount` added (the host element it created, or the shadow content). */
  unmount(): void;
}

/** Prepares the shadow root on `target` (or `#reagir`, or after `script`) and returns its container. */
export function mount(target: Element | null, script: Element | null): Mounted {
  let host = target ?? document.getElementById('reagir');
  const created = !host;
  if (!host) {
    host = document.createElement('div');
    host.className = 'reagir';
    if (script?.parentNode) script.after(host);
    else document.body.append(host);
  }
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.replaceChildren(style, container);
  return {
    container,
    unmount() {
      shadow.replaceChildren();
      if (created) host.remove();
    },
  };
}
