/**
 * Element factory: the same UI renders Fluent UI web components in Excel (the Office design
 * language) and Google add-on styled native controls in Sheets. All text goes in as text nodes.
 */
export type Theme = 'fluent' | 'google';

export interface Controls {
  theme: Theme;
  button(label: string, onClick: () => void, opts?: { primary?: boolean; disabled?: boolean; ariaLabel?: string }): HTMLElement;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

export function controls(theme: Theme): Controls {
  return {
    theme,
    button(label, onClick, opts = {}) {
      const b = document.createElement(theme === 'fluent' ? 'fluent-button' : 'button');
      b.textContent = label;
      if (theme === 'fluent') b.setAttribute('appearance', opts.primary ? 'accent' : 'outline');
      else {
        b.setAttribute('type', 'button');
        if (opts.primary) b.className = 'action';
      }
      if (opts.ariaLabel) b.setAttribute('aria-label', opts.ariaLabel);
      if (opts.disabled) b.setAttribute('disabled', '');
      b.addEventListener('click', () => {
        if (!b.hasAttribute('disabled')) onClick();
      });
      return b;
    },
  };
}
