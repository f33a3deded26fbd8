import path from 'node:path';
import { projectRoot } from '../../core/project-root';
import { CachePolicy, resolveUnder } from './static-files';

export interface WebFile {
  file: string;
  cache: CachePolicy;
}

const root = projectRoot();

/** The browser pages (web/static/*.html) by the path people type. */
const PAGES: Record<string, string> = {
  '/': 'dashboard.html',
  '/upload': 'upload.html',
};

/** The GraphQL explorer, served at /graphql to a browser (see explorer.ts). */
export const EXPLORER_PAGE: WebFile = { file: path.join(root, 'web', 'static', 'explorer.html'), cache: 'revalidate' };

/**
 * Folders served as they are: the page scripts tsc compiles from web/ (npm run build:web),
 * the pages' stylesheets, ECharts' own ES-module build, and the explorer's React 18 and
 * GraphiQL 3 browser builds (the last versions that ship one), all from the installed packages.
 */
const MOUNTS: { prefix: string; dir: string; cache: CachePolicy }[] = [
  { prefix: '/assets/', dir: path.join(root, 'dist', 'web'), cache: 'revalidate' },
  { prefix: '/static/', dir: path.join(root, 'web', 'static'), cache: 'revalidate' },
  { prefix: '/vendor/echarts/', dir: path.join(root, 'node_modules', 'echarts', 'dist'), cache: 'day' },
  { prefix: '/vendor/react/', dir: path.join(root, 'node_modules', 'react', 'umd'), cache: 'day' },
  { prefix: '/vendor/react-dom/', dir: path.join(root, 'node_modules', 'react-dom', 'umd'), cache: 'day' },
  { prefix: '/vendor/graphiql/', dir: path.join(root, 'node_modules', 'graphiql'), cache: 'day' },
];

/** The file a browser path names, or undefined (not ours, or outside the folder it names). */
export function webFile(urlPath: string): WebFile | undefined {
  const page = PAGES[urlPath];
  if (page) return { file: path.join(root, 'web', 'static', page), cache: 'revalidate' };
  const mount = MOUNTS.find((m) => urlPath.startsWith(m.prefix));
  const file = mount && resolveUnder(mount.dir, urlPath.slice(mount.prefix.length));
  return file ? { file, cache: mount.cache } : undefined;
}
