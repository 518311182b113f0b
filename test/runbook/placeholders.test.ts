import { describe, expect, test } from 'vitest';
import { findPlaceholders } from '../../src/runbook/placeholders.js';
import { classifyCommand } from '../../src/kube/index.js';

describe('placeholders', () => {
  test('bare names are placeholders, with their offsets', () => {
    expect(findPlaceholders('kubectl get pods -n {{namespace}} -l app={{ app }}')).toEqual([
      { name: 'namespace', start: 20, end: 33 },
      { name: 'app', start: 41, end: 50 },
    ]);
  });

  test('kubectl go-template syntax is left alone', () => {
    const line = `kubectl get pods -o go-template='{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}' -n {{namespace}}`;
    expect(findPlaceholders(line).map((p) => p.name)).toEqual(['namespace']);
    expect(classifyCommand(`kubectl get pods -n x -o go-template="{{.metadata.name}}"`).safety).toBe('read-only');
  });

  test('badly formed placeholders are still found, so lint can name them', () => {
    expect(findPlaceholders('kubectl get pods -l {{ App Label }} {{}}').map((p) => p.name)).toEqual(['App Label', '']);
  });
});
