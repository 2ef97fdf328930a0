/**
 * Offline structural check of manifest.xml (office-addin-manifest validate needs the network):
 * element order of the add-in-only schema, shared runtime, resid references that resolve, URLs that
 * are consistent and served by the build, and the production rewrite of every localhost URL.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DOMParser } from '@xmldom/xmldom';
import { rewriteManifest } from '../addin/manifest';
import { EXCEL_NAMESPACE } from '../shared/formula';

const ROOT = path.resolve(__dirname, '..');
const SOURCE = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

type El = {
  tagName: string;
  localName: string;
  childNodes: ArrayLike<unknown>;
  getAttribute(n: string): string | null;
  textContent: string | null;
};

function parse(xml: string): El {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level: string, msg: string) => errors.push(`${level}: ${msg}`) }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  return doc.documentElement as unknown as El;
}

const children = (e: El): El[] => Array.from(e.childNodes as ArrayLike<El & { nodeType: number }>).filter((n) => n.nodeType === 1);
const all = (e: El): El[] => children(e).flatMap((c) => [c, ...all(c)]);
const child = (e: El, name: string): El => {
  const c = children(e).find((x) => x.localName === name);
  if (!c) throw new Error(`missing <${name}> in <${e.localName}>`);
  return c;
};

describe('manifest.xml', () => {
  const root = parse(SOURCE);

  test('top-level elements in the order the OfficeApp schema requires', () => {
    const order = [
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides',
    ];
    const names = children(root).map((c) => c.localName);
    const positions = names.map((n) => order.indexOf(n));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(root.getAttribute('xsi:type')).toBe('TaskPaneApp');
    expect(child(root, 'Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  test('shared runtime: SharedRuntime 1.1 and a long-lived runtime used by the functions and the pane', () => {
    const set = all(child(root, 'Requirements')).find((e) => e.localName === 'Set')!;
    expect([set.getAttribute('Name'), set.getAttribute('MinVersion')]).toEqual(['SharedRuntime', '1.1']);
    const runtime = all(root).find((e) => e.localName === 'Runtime')!;
    expect(runtime.getAttribute('lifetime')).toBe('long');
    const cf = all(root).find((e) => e.localName === 'ExtensionPoint' && e.getAttribute('xsi:type') === 'CustomFunctions')!;
    const page = all(cf).find((e) => e.localName === 'Page')!;
    expect(child(page, 'SourceLocation').getAttribute('resid')).toBe(runtime.getAttribute('resid'));
    const ns = all(cf).find((e) => e.localName === 'Namespace')!;
    const nsString = all(root).find((e) => e.localName === 'String' && e.getAttribute('id') === ns.getAttribute('resid'))!;
    expect(nsString.getAttribute('DefaultValue')).toBe(EXCEL_NAMESPACE); // the prefix the panes, model sheet and docs write
  });

  test('every resid resolves to a resource, and every resource is used', () => {
    const resources = all(child(child(root, 'VersionOverrides'), 'Resources')).filter(
      (e) => ['Image', 'Url', 'String'].includes(e.localName) && e.getAttribute('id'),
    );
    const ids = new Set(resources.map((e) => e.getAttribute('id')));
    const refs = all(root)
      .map((e) => e.getAttribute('resid'))
      .filter((r): r is string => Boolean(r));
    for (const r of refs) {
      expect(ids.has(r)).toBe(true);
      expect(r.length).toBeLessThanOrEqual(32);
    }
    for (const id of ids) expect(refs).toContain(id);
  });

  test('a ribbon button opens the task pane', () => {
    const action = all(root).find((e) => e.localName === 'Action')!;
    expect(action.getAttribute('xsi:type')).toBe('ShowTaskpane');
  });

  test('all URLs are https://localhost:3000 and name files the build writes', () => {
    const urls = [...SOURCE.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    const built = path.join(ROOT, 'dist/excel');
    for (const u of urls) {
      expect(u.startsWith('https://localhost:3000/')).toBe(true);
      expect(fs.existsSync(path.join(built, u.slice('https://localhost:3000/'.length)))).toBe(true);
    }
  });

  test('Korean overrides for the display name, description and function metadata', () => {
    const overrides = all(root).filter((e) => e.localName === 'Override' && e.getAttribute('Locale') === 'ko-KR');
    const values = overrides.map((e) => e.getAttribute('Value'));
    expect(values).toContain('시나리오 데스크');
    expect(values).toContain('https://localhost:3000/functions.ko.json');
  });

  test('a production build rewrites every localhost URL, not just the first', () => {
    const prod = rewriteManifest(SOURCE, 'https://desk.example.com/addin');
    expect(prod).not.toContain('localhost');
    expect(prod.match(/https:\/\/desk\.example\.com\/addin\//g)!.length).toBe(SOURCE.match(/https:\/\/localhost:3000\//g)!.length);
    parse(prod);
    expect(() => rewriteManifest(SOURCE, 'http://insecure.example.com/')).toThrow('https');
  });

  test('the built manifest is the source (development build)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'dist/excel/manifest.xml'), 'utf8')).toBe(SOURCE);
  });
});
