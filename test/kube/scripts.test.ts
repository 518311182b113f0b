import { describe, expect, it } from 'vitest';
import { awkProgramRisk } from '../../src/kube/awk.js';
import { sedScriptRisk } from '../../src/kube/sed.js';

describe('sedScriptRisk', () => {
  it.each([
    's/a/b/',
    's/a/b/g',
    's|/usr|/opt|2',
    's/a\\/w/b/g',
    '1d;$d',
    '/^#/d',
    '/start/,/end/p',
    '\\,x,p',
    '2~3p',
    '1,+2d',
    '/x/!d',
    '/a/{s/a/b/;p}',
    'y/abc/xyz/',
    '$!N;P;D',
    ':a;N;$!ba;s/\\n/ /g',
    'a\\\nappended line',
    '1i header',
    'r /etc/hosts',
    'q5',
    '# comment\np',
    's/web/w/',
  ])('%j only edits the stream', (script) => {
    expect(sedScriptRisk(script)).toBeUndefined();
  });

  it.each([
    ['w out.txt', 'writes to a file'],
    ['1,5w out.txt', 'writes to a file'],
    ['/x/W out', 'writes to a file'],
    ['s/a/b/w out.txt', 'writes to a file'],
    ['s/a/b/gw out.txt', 'writes to a file'],
    ['s/.*/ls/e', 'runs'],
    ['e rm -rf /', 'runs a shell command'],
    ['p;w x', 'writes to a file'],
    ['s/a/b', 'cannot read'],
    ['k', 'cannot read'],
  ])('%j is unsafe', (script, why) => {
    expect(sedScriptRisk(script)).toContain(why);
  });
});

describe('awkProgramRisk', () => {
  it.each([
    '{print $1}',
    '$4 > 3 {print $1}',
    'NR > 1 && $3 >= 100',
    '/error|warn/ {c++} END {print c}',
    '{printf "%s > %s\\n", $1, $2}',
    'BEGIN {FS=":"} {print $NF}',
    '{ if ($2 ~ /a|b/) print }',
    '{ getline line < "other.txt"; print line }',
    '{ n = $1 / 2; print n }',
  ])('%j only reads', (program) => {
    expect(awkProgramRisk(program)).toBeUndefined();
  });

  it.each([
    ['{system("rm " $1)}', 'runs a shell command'],
    ['{print | "sh"}', 'pipes'],
    ['{"date" | getline d; print d}', 'pipes'],
    ['{print > "out.txt"}', 'writes to a file'],
    ['{printf "%s", $1 >> "out.txt"}', 'writes to a file'],
    ['@load "filefuncs"', 'loads code'],
  ])('%j is unsafe', (program, why) => {
    expect(awkProgramRisk(program)).toContain(why);
  });
});
