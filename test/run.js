#!/usr/bin/env node
// Runs the compiled test files with node's own test runner (see README: why not jest).
// Usage: node test/run.js unit e2e browser
'use strict';
const { readdirSync, statSync, existsSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');

const root = join(__dirname, '..');
const suites = {
  unit: { dir: join(root, 'dist', 'src'), suffix: '.spec.js' },
  e2e: { dir: join(root, 'dist', 'test', 'e2e'), suffix: '.e2e-spec.js' },
  browser: { dir: join(root, 'dist', 'test', 'browser'), suffix: '.browser-spec.js' },
};

function find(dir, suffix, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) find(path, suffix, out);
    else if (name.endsWith(suffix)) out.push(path);
  }
  return out;
}

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const filter = process.env.TEST_FILTER;
const files = wanted
  .flatMap((s) => {
    if (!suites[s]) throw new Error(`Unknown suite ${s}`);
    return find(suites[s].dir, suites[s].suffix);
  })
  .filter((f) => !filter || f.includes(filter))
  .sort();

if (files.length === 0) {
  console.error('No test files found: run the build first.');
  process.exit(1);
}

const args = ['--enable-source-maps', '--test', '--test-reporter=spec', ...files];
const result = spawnSync(process.execPath, args, {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'test' },
});
process.exit(result.status ?? 1);
