/**
 * The layering, written as rules: a file may import its own layer and the layers below it,
 * never one above. The layers follow the data, from the ground up: the document is read
 * (reading), checked (checks), stored (storage), answered (answers) and served (api);
 * resolvers, the demo and the composition roots (config, hub, server, cli, bench) stand on top.
 * `npm run lint` runs it, with type-only imports counted (tsPreCompilationDeps).
 */
const LAYERS = [
  ['core', '^src/core/'],
  ['documents', '^src/reading/documents/'],
  ['template', '^src/reading/template/'],
  ['narrative', '^src/reading/narrative/'],
  ['reader', '^src/reading/[^/]+$'],
  ['checks', '^src/checks/'],
  ['generator', '^src/generator/'],
  ['entities', '^entities/'],
  ['db', '^src/storage/db/'],
  ['store', '^src/storage/store/'],
  ['ingest', '^src/storage/ingest/'],
  // The parse workers: threads that read documents through ingest's parser, started by the roots.
  ['workers', '^src/workers/'],
  ['analytics', '^src/answers/analytics/'],
  ['assessment', '^src/answers/assessment/'],
  ['export', '^src/answers/export/'],
  ['auth', '^src/api/auth/'],
  ['audit', '^src/api/audit/'],
  ['loaders', '^src/api/loaders/'],
  ['graphql', '^src/api/graphql/'],
  ['http', '^src/api/http/'],
  ['resolvers', '^resolvers/'],
  ['demo', '^src/demo/'],
  ['roots', '^(src/[^/]+$|src/cli/|bench/|seeds/)'],
];

/** The generator writes documents from ReportData: it stands beside the checks and may use reading only. */
const SIDE_BY_SIDE = [['generator', 'checks']];

const above = (index) => LAYERS.slice(index + 1).map(([, path]) => path);

const upward = LAYERS.slice(0, -1).map(([name, path], index) => ({
  name: `${name}-imports-upward`,
  comment: `${name} (${path}) may import only the layers below it; a helper its users need belongs where they can reach it`,
  severity: 'error',
  from: { path },
  to: { path: above(index) },
}));

const sideways = SIDE_BY_SIDE.flatMap(([a, b]) => {
  const pathOf = (name) => LAYERS.find(([layer]) => layer === name)[1];
  return [
    { name: `${a}-not-${b}`, severity: 'error', from: { path: pathOf(a) }, to: { path: pathOf(b) } },
    { name: `${b}-not-${a}`, severity: 'error', from: { path: pathOf(b) }, to: { path: pathOf(a) } },
  ];
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'a circle of imports has no bottom: no layer can be read, tested or moved on its own',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'web-reads-wording-only',
      comment: "the browser pages share the templates' words and the rules' names, and nothing else of the server",
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^(src|entities|resolvers)/', pathNot: '^src/(reading/template/(wording|report-data)|checks/rule-names)\\.ts$' },
    },
    {
      name: 'no-test-code-in-the-product',
      severity: 'error',
      from: { pathNot: '^test/' },
      to: { path: '^test/' },
    },
    ...upward,
    ...sideways,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
