import path from 'node:path';
import type { LintMessage, LintResult } from '../result.js';
import type { Formatter, FormatterContext } from './formatter.js';
import { attributes, text } from './xml.js';

const SUITES_NAME = 'runbook-lint';
const RULE_DOCS = 'https://github.com/runbook-dev/runbook/blob/main/docs/rules/';

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
}

// JUnit XML as GitLab and Jenkins read it: a suite per file, a test case per finding. Errors fail their case (a parse
// error is a JUnit `<error>`: the file could not be checked at all); warnings pass with the finding in
// `<system-out>`; a clean file is one passing case, so it still counts as tested.
const junit: Formatter = (results, context) => {
  const suites = results.map((result) => toSuite(result, context));
  const sum = (key: 'tests' | 'failures' | 'errors'): number => suites.reduce((total, suite) => total + suite[key], 0);
  const open = `<testsuites${attributes({ name: SUITES_NAME, tests: sum('tests'), failures: sum('failures'), errors: sum('errors') })}`;
  const body = suites.length === 0 ? `${open}/>\n` : `${open}>\n${suites.map((suite) => suite.xml).join('')}</testsuites>\n`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
};

export default junit;

function toSuite(result: LintResult, context: FormatterContext): Suite {
  const file = relativePath(result.filePath, context);
  let failures = 0;
  let errors = 0;
  const cases =
    result.messages.length === 0
      ? [`    <testcase${attributes({ name: SUITES_NAME, classname: file })}/>\n`]
      : result.messages.map((message) => {
          const open = `    <testcase${attributes({ name: `${message.line}:${message.column} ${message.ruleId}`, classname: file })}>\n`;
          const detail = describe(file, message, context);
          if (message.severity === 1) return `${open}      <system-out>${text(detail)}</system-out>\n    </testcase>\n`;
          const tag = message.fatal ? 'error' : 'failure';
          if (message.fatal) errors++;
          else failures++;
          return `${open}      <${tag}${attributes({ message: message.message, type: message.ruleId })}>${text(detail)}</${tag}>\n    </testcase>\n`;
        });
  const tests = cases.length;
  const xml = `  <testsuite${attributes({ name: file, tests, failures, errors })}>\n${cases.join('')}  </testsuite>\n`;
  return { xml, tests, failures, errors };
}

/** The body CI systems show when a case is opened: where, what, and the rule's docs when the rule is known. */
function describe(file: string, message: LintMessage, context: FormatterContext): string {
  const severity = message.severity === 2 ? 'error' : 'warning';
  const line = `${file}:${message.line}:${message.column}: ${severity}: ${message.message} (${message.ruleId})`;
  const meta = context.rulesMeta[message.ruleId];
  if (!meta) return line;
  return `${line}\n${meta.docsPath ? new URL(meta.docsPath, `${RULE_DOCS}../../`).href : `${RULE_DOCS}${encodeURIComponent(message.ruleId)}.md`}`;
}

/** Forward slashes on every platform, so reports from Windows and Linux runners name a file the same way. */
function relativePath(filePath: string, context: FormatterContext): string {
  return (path.relative(context.cwd, filePath) || filePath).split(path.sep).join('/');
}
