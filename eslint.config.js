import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** No way to turn a string into markup or code, anywhere in the app. */
const htmlSinks = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'Render text, never HTML: innerHTML is banned.' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'Render text, never HTML: outerHTML is banned.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML is banned.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'dangerouslySetInnerHTML is banned.' },
  { selector: "CallExpression[callee.name='eval']", message: 'eval is banned.' },
  { selector: "NewExpression[callee.name='Function']", message: 'new Function is banned.' },
  { selector: "CallExpression[callee.property.name='html']", message: "d3's .html() writes markup; use .text()." },
  { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'document.write is banned.' },
];

/**
 * Every folder of src/ and the folders it may import: imports flow one way, from the model up to the pages.
 * model → core → store → url → timeline → exports → panels → app → embed → prerender; data (the dataset)
 * sits on the model, and the pages read it; design (the tokens of colour and size) sits below what draws. A folder not listed here fails the lint test; `testing` holds
 * the tests' fixtures, which no production module imports.
 */
export const LAYERS = {
  design: [],
  model: [],
  // The languages: catalogues, Intl's dates and plurals; no folder above the model needs to know which is shown.
  i18n: ['model'],
  // Search: words cut and compared, an index over them, the matches marked; it knows no event type.
  search: [],
  core: ['model', 'i18n'],
  store: ['model', 'i18n', 'core'],
  url: ['model', 'i18n', 'core', 'store'],
  timeline: ['design', 'model', 'i18n', 'core', 'store'],
  // The export builders (citations, CSV, JSON, the view image) read the model and the screen's layout code only.
  exports: ['design', 'model', 'i18n', 'core', 'timeline'],
  panels: ['design', 'model', 'i18n', 'search', 'core', 'store', 'timeline', 'exports'],
  data: ['model'],
  // The pure side of curation (the draft dataset and its formats) reads the model and the export builders only.
  authoring: ['model', 'i18n', 'exports'],
  app: ['design', 'model', 'i18n', 'search', 'core', 'store', 'url', 'timeline', 'exports', 'panels', 'data'],
  embed: ['design', 'model', 'i18n', 'search', 'core', 'store', 'url', 'timeline', 'exports', 'panels', 'data', 'app'],
  // The curation workbench (curate.html): a page of its own over the pure side of curation and the reader's views.
  curate: ['design', 'model', 'i18n', 'search', 'core', 'store', 'url', 'timeline', 'exports', 'panels', 'data', 'app', 'authoring'],
  prerender: ['design', 'model', 'i18n', 'search', 'core', 'store', 'url', 'timeline', 'exports', 'panels', 'data', 'app', 'embed'],
  testing: [
    'design',
    'model',
    'i18n',
    'search',
    'core',
    'store',
    'url',
    'timeline',
    'exports',
    'panels',
    'data',
    'app',
    'authoring',
    'curate',
  ],
};

/** What the app itself never imports: Node's modules and the build scripts (tests and src/testing may). */
const productionBans = [
  { group: ['node:*'], message: 'The app runs in the browser: no Node modules in src/ (tests and src/testing aside).' },
  { group: ['**/scripts/*'], message: 'scripts/ are build and test tools: the app never imports them.' },
];
const testFiles = ['**/*.test.{ts,tsx}', 'src/testing/**'];

/** One rule entry per folder, since a later entry for the same rule replaces an earlier one. */
const bannedImports = (patterns) => ({ 'no-restricted-imports': ['error', { patterns: [...productionBans, ...patterns] }] });

/** The timeline's description is JSON that imports nothing, so any layer may read it (see src/model/timelineConfig.ts). */
const readableData = ['!**/data/timeline.json'];

const layerRules = Object.entries(LAYERS).map(([layer, allowed]) => {
  const above = Object.keys(LAYERS).filter((folder) => folder !== layer && !allowed.includes(folder));
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    ignores: testFiles,
    rules: bannedImports([
      {
        group: [...above.map((folder) => `**/${folder}/*`), ...readableData],
        message: `src/${layer} may import only ${allowed.length > 0 ? allowed.join(', ') : 'its own modules'}: imports flow one way.`,
      },
    ]),
  };
});

/**
 * The benchmark and the tests stay apart: what both use (serving the build, finding Chromium, measuring a page)
 * lives in scripts/browser/, which both import. Neither imports the other, and scripts/ imports neither.
 */
const toolFolders = [
  { files: ['bench/**/*.ts'], apart: ['tests'] },
  { files: ['tests/**/*.ts'], apart: ['bench'] },
  { files: ['scripts/**/*.ts'], apart: ['tests', 'bench'] },
].map(({ files, apart }) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: apart.map((folder) => `**/${folder}/**`),
            message: 'bench/ and tests/ do not import each other: share code through scripts/browser/ (or scripts/).',
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'bench/dist', 'node_modules', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...htmlSinks],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['src/**/*.{ts,tsx}'], ignores: testFiles, rules: bannedImports([]) },
  // The timeline's DOM is its own: other folders ask its view handle (src/store/viewHandle.ts), never query its elements.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [...testFiles, 'src/timeline/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...htmlSinks,
        ...['Literal[value=/\\.timeline-/]', 'TemplateElement[value.raw=/\\.timeline-/]'].map((selector) => ({
          selector,
          message: "The timeline's elements are its own: use the view handle (src/store/viewHandle.ts), not a .timeline- selector.",
        })),
      ],
    },
  },
  ...layerRules,
  ...toolFolders,
);
