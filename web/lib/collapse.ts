import { el } from './dom.js';

/** Past this many items a list shows its first ones and a button for the rest (a city has hundreds of townships). */
export const SHOWN_BEFORE_COLLAPSE = 30;

/**
 * The items, the ones past the limit behind a 展开 button that shows them in place; `holder`
 * wraps the button where the items need one (rows of a table).
 */
export function collapsed(
  items: HTMLElement[],
  holder: (button: HTMLButtonElement) => HTMLElement = (button) => button,
  limit = SHOWN_BEFORE_COLLAPSE,
): HTMLElement[] {
  if (items.length <= limit) return items;
  const rest = items.slice(limit);
  rest.forEach((item) => (item.hidden = true));
  const more = holder(
    el(
      'button',
      {
        type: 'button',
        class: 'more',
        onclick: () => {
          rest.forEach((item) => (item.hidden = false));
          more.remove();
        },
      },
      `展开其余 ${rest.length} 个`,
    ),
  );
  return [...items, more];
}
