import { el, fill } from '../lib/dom.js';
import { suggestRegions } from './region-finder.js';
import { RegionRef } from './selection.js';

const LEVEL_WORDS: Record<RegionRef['level'], string> = { PROVINCE: '省', CITY: '市', COUNTY: '县级', TOWNSHIP: '乡镇' };

/** Waits this long after the last keystroke before asking the hub, so typing 余姚市 asks once, not three times. */
const TYPING_PAUSE_MS = 250;

/** Offers the regions whose names hold what is typed (宁波, 余姚, 丈亭), valid in the year viewed, as the input's suggestions. */
export function bindRegionPicker(input: HTMLInputElement, list: HTMLDataListElement, year: () => number | undefined): void {
  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      suggestRegions(input.value, year())
        .then((regions) => fill(list, ...regions.map((r) => el('option', { value: r.code }, `${r.name}（${LEVEL_WORDS[r.level]}）`))))
        // Suggestions are a convenience: without them the typed name is still looked up on 查看.
        .catch(() => fill(list));
    }, TYPING_PAUSE_MS);
  });
}

/** 省 › 市 › 县 › 乡镇: each level above the last a link to it. */
export function drawBreadcrumb(target: HTMLElement, path: RegionRef[], open: (code: string) => void): void {
  const parts = path.map((region, i) =>
    i === path.length - 1
      ? el('strong', { id: 'region-name' }, region.name)
      : el('button', { type: 'button', class: 'region-link', 'data-region': region.code, onclick: () => open(region.code) }, region.name),
  );
  fill(target, ...parts.flatMap((part, i) => (i === 0 ? [part] : [el('span', { class: 'crumb-sep' }, ' › '), part])));
}
