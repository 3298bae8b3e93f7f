#!/usr/bin/env node
// Runs the compiled test files with node's own test runner (see README: why not jest).
// Usage: node test/run.js unit e2e browser
'use strict';
const { readdirSync, statSync, existsSync, mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
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

// The browser specs count their axe checks here (test/browser/support/accessibility-report.ts).
const axeDir = wanted.includes('browser') ? mkdtempSync(join(tmpdir(), 'jep-axe-')) : null;
const args = ['--enable-source-maps', '--test', '--test-reporter=spec', ...files];
const result = spawnSync(process.execPath, args, {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'test', ...(axeDir ? { JEP_AXE_COUNT_DIR: axeDir } : {}) },
});
if (axeDir) {
  // accessibility-check.json only after the whole browser suite passed (or to a file asked for)
  const file = process.env.ACCESSIBILITY_CHECK_FILE;
  if (result.status === 0 && (!filter || file)) {
    const report = require(join(root, 'dist', 'test', 'browser', 'support', 'accessibility-report.js'));
    const written = report.writeAccessibilityCheck(axeDir, file || join(root, 'accessibility-check.json'));
    console.log(`accessibility-check.json: ${written.pages} pages checked, 0 violations`);
  }
  rmSync(axeDir, { recursive: true, force: true });
}
process.exit(result.status ?? 1);
