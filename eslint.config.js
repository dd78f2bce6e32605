import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
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

/** Imports flow one way: model → core/url → store → timeline/panels → app. */
const layers = [
  { target: './src/model', from: ['./src/core', './src/url', './src/store', './src/timeline', './src/panels', './src/app', './src/data'] },
  { target: './src/core', from: ['./src/store', './src/timeline', './src/panels', './src/app', './src/data'] },
  { target: './src/url', from: ['./src/store', './src/timeline', './src/panels', './src/app', './src/data'] },
  { target: './src/store', from: ['./src/timeline', './src/panels', './src/app', './src/data'] },
  { target: './src/timeline', from: ['./src/panels', './src/app', './src/data'] },
  { target: './src/panels', from: ['./src/app', './src/data'] },
];

export default tseslint.config(
  { ignores: ['dist', 'bench/dist', 'node_modules', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...htmlSinks],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layers }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
  },
);
