/**
 * The Excel add-in's files checked offline with Microsoft's own packages and schemas:
 *
 * - dist/excel/manifest.json (unified manifest) against the schema bundled in @microsoft/app-manifest,
 *   with that package's validator; its ko-KR localization file against the bundled localization schema;
 *   both read back by office-addin-manifest and packed into an app package by its export.
 * - manifest.xml read by office-addin-manifest and converted by office-addin-manifest-converter, which
 *   keeps our ids but drops the custom functions (the reason addin/manifest-json.ts writes our JSON).
 * - functions.json and functions.ko.json against Microsoft's custom-functions schema (vendored in
 *   test/schemas/), every description within Excel's 255 characters, every helpUrl an anchor of
 *   functions.html.
 * - Microsoft's metadata generator (custom-functions-metadata) run on JSDoc declarations of the catalog
 *   gives our functions.json.
 *
 * Nothing here reaches the network (office-addin-manifest's validateManifest calls a Microsoft service
 * and is not used; fetch is replaced by a function that fails the test).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { exportMetadataPackage, OfficeAddinManifest } from 'office-addin-manifest';
import { convert } from 'office-addin-manifest-converter';
import { DESCRIPTION_LIMIT, fitText, functionsJson, helpAnchor, jsdocDeclarations, type FunctionsJson } from '../addin/metadata';
import { DEV_ORIGIN } from '../addin/manifest';
import {
  KO_FILE,
  LOCALIZATION_SCHEMA,
  MANIFEST_VERSION,
  readManifestXml,
  SCHEMA,
  semver,
  unifiedManifestFiles,
} from '../addin/manifest-json';
import { CATALOG } from '../shared/catalog';
import { customFunctionsSchema, teamsSchemaPath, VENDORED } from './schemas/custom-functions-schema';

// @microsoft/app-manifest and office-addin-manifest require() strip-bom and uuid, whose current
// majors are ESM only: Node 20 loads them (require of ESM), Jest's module loader cannot. The two
// functions they use, as CommonJS (uuid's v4 serves only modifyManifestFile, unused here):
jest.mock('strip-bom', () => ({ __esModule: true, default: (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s) }));
jest.mock('uuid', () => ({ v4: () => jest.requireActual<typeof import('crypto')>('crypto').randomUUID() }));

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist', 'excel');
const XML = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const LANGS = ['en', 'ko'] as const;
const METADATA_FILE = { en: 'functions.json', ko: 'functions.ko.json' } as const;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const readJson = (file: string): Json => JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
const built = (file: string): string => fs.readFileSync(path.join(DIST, file), 'utf8');
const tempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'desk-ms-'));

const realFetch = globalThis.fetch;
beforeAll(() => {
  globalThis.fetch = (async (url: unknown) => {
    throw new Error(`test/microsoft.test.ts must stay offline; something fetched ${String(url)}`);
  }) as typeof fetch;
});
afterAll(() => {
  globalThis.fetch = realFetch;
});

/** Every https URL in a JSON text. */
const urlsIn = (text: string): string[] =>
  [...text.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]).filter((u) => !u.startsWith('https://developer.microsoft.com/'));

/** Width and height from a PNG's IHDR. */
function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('manifest.json (unified manifest for Microsoft 365)', () => {
  const manifest = readJson(path.join(DIST, 'manifest.json'));
  const korean = readJson(path.join(DIST, KO_FILE));
  const xml = readManifestXml(XML);
  const runtime = manifest.extensions[0].runtimes[0];

  test('the build wrote it from manifest.xml (development URLs)', () => {
    const files = unifiedManifestFiles(ROOT, DEV_ORIGIN);
    expect(built('manifest.json')).toBe(files['manifest.json']);
    expect(built(KO_FILE)).toBe(files[KO_FILE]);
    // functions.html is minified by the production build (webpack minimizes HTML assets).
    expect(built('functions.html')).toContain('<title>Scenario Desk functions');
    expect(files['functions.html'].length).toBeGreaterThan(built('functions.html').length * 0.8);
  });

  test('valid against the bundled MicrosoftTeams.schema.json, with @microsoft/app-manifest’s validator', async () => {
    expect(manifest.$schema).toBe(SCHEMA);
    expect(manifest.manifestVersion).toBe(MANIFEST_VERSION);
    // The validator loads a developer.microsoft.com schema from the package when it has it (no fetch).
    expect(fs.existsSync(teamsSchemaPath(MANIFEST_VERSION))).toBe(true);
    expect(await AppManifestUtils.validateAgainstSchema(manifest as never)).toEqual([]);
  });

  test('the ko-KR localization file is valid against the bundled localization schema', () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'en-US',
      additionalLanguages: [{ languageTag: 'ko-KR', file: KO_FILE }],
    });
    expect(korean.$schema).toBe(LOCALIZATION_SCHEMA);
    // AppManifestUtils.validateAgainstSchema cannot compile this schema (one of its patterns,
    // `...\b]\.description$`, is not a valid Unicode-mode RegExp), so ajv runs it without the u flag.
    const schema = readJson(path.join(path.dirname(teamsSchemaPath(MANIFEST_VERSION)), 'MicrosoftTeams.Localization.schema.json'));
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv, ['uri']);
    const validate = ajv.compile(schema);
    expect(validate(korean) ? [] : validate.errors).toEqual([]);
    expect(korean['name.short']).toBe('시나리오 데스크');
    expect(korean['extensions[0].runtimes[0].customFunctions.metadataUrl']).toBe(`${DEV_ORIGIN}functions.ko.json`);
  });

  test('same app id and version as manifest.xml', () => {
    expect(manifest.id).toBe(xml.id);
    expect(manifest.version).toBe(semver(xml.version));
    expect(semver('1.2.3.0')).toBe('1.2.3');
    expect(() => semver('1.2.3.4')).toThrow('semver');
  });

  test('one long-lived shared runtime: the task pane page loading functions.js, hosting the DESK functions', () => {
    expect(manifest.extensions[0].runtimes).toHaveLength(1);
    expect(runtime.lifetime).toBe('long');
    expect(runtime.code).toEqual({ page: `${DEV_ORIGIN}taskpane.html`, script: `${DEV_ORIGIN}functions.js` });
    expect(built('taskpane.html')).toMatch(/<script[^>]+src="?functions\.js/);
    expect(runtime.customFunctions).toEqual({
      namespace: { id: 'DESK', name: 'DESK' },
      metadataUrl: `${DEV_ORIGIN}functions.json`,
      allowCustomDataForDataTypeAny: false,
    });
    expect(manifest.extensions[0].requirements.capabilities).toContainEqual({ name: 'SharedRuntime', minVersion: '1.1' });
  });

  test('the Home tab button opens the task pane', () => {
    const group = manifest.extensions[0].ribbons[0].tabs[0];
    expect(group.builtInTabId).toBe('TabHome');
    const control = group.groups[0].controls[0];
    expect(control.id).toBe(xml.controlId);
    const action = runtime.actions.find((a: Json) => a.id === control.actionId);
    expect(action).toEqual({ id: control.actionId, type: 'openPage', view: xml.taskpaneId });
    expect(korean['extensions[0].ribbons[0].tabs[0].groups[0].controls[0].label']).toBe('시나리오 데스크');
  });

  test('icons: 192×192 colour and 32×32 transparent outline, served and packaged', () => {
    expect(pngSize(path.join(DIST, manifest.icons.color))).toEqual([192, 192]);
    expect(pngSize(path.join(DIST, manifest.icons.outline))).toEqual([32, 32]);
    for (const icon of group0Icons(manifest))
      expect(pngSize(path.join(DIST, icon.url.slice(DEV_ORIGIN.length)))).toEqual([icon.size, icon.size]);
  });

  test('every URL is on the dev server and names a file the build writes', () => {
    const urls = [...urlsIn(built('manifest.json')), ...urlsIn(built(KO_FILE))];
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) {
      expect(u.startsWith(DEV_ORIGIN)).toBe(true);
      expect(fs.existsSync(path.join(DIST, u.slice(DEV_ORIGIN.length)))).toBe(true);
    }
  });

  test('a production build rewrites every localhost URL and stays valid', async () => {
    const prod = unifiedManifestFiles(ROOT, 'https://desk.example.com/addin');
    for (const file of ['manifest.json', KO_FILE]) {
      expect(prod[file]).not.toContain('localhost');
      expect(urlsIn(prod[file]).every((u) => u.startsWith('https://desk.example.com/addin/'))).toBe(true);
    }
    expect(await AppManifestUtils.validateAgainstSchema(JSON.parse(prod['manifest.json']))).toEqual([]);
    expect(() => unifiedManifestFiles(ROOT, 'http://insecure.example.com/')).toThrow('https');
  });

  test('office-addin-manifest reads it, and packs the app package (manifest, icons, ko-KR file)', async () => {
    const info = await OfficeAddinManifest.readManifestFile(path.join(DIST, 'manifest.json'));
    expect([info.id, info.version, info.displayName, info.manifestType]).toEqual([xml.id, semver(xml.version), 'Scenario Desk', 'json']);
    const zip = path.join(tempDir(), 'scenario-desk.zip');
    await exportMetadataPackage(zip, path.join(DIST, 'manifest.json'));
    const bytes = fs.readFileSync(zip).toString('latin1');
    for (const name of ['manifest.json', KO_FILE, 'icon-192.png', 'icon-outline-32.png']) expect(bytes).toContain(name);
  });
});

function group0Icons(manifest: Json): Array<{ size: number; url: string }> {
  return manifest.extensions[0].ribbons[0].tabs[0].groups[0].icons;
}

describe('manifest.xml with Microsoft’s tools', () => {
  test('office-addin-manifest reads it (offline part: readManifestFile)', async () => {
    const info = await OfficeAddinManifest.readManifestFile(path.join(ROOT, 'manifest.xml'));
    expect(info).toMatchObject({
      id: '4e533fa4-ac1c-463e-89e7-64f995854a94',
      version: '0.1.0.0',
      displayName: 'Scenario Desk',
      providerName: 'Scenario Desk',
      defaultLocale: 'en-US',
      officeAppType: 'TaskPaneApp',
      permissions: 'ReadWriteDocument',
      hosts: ['Workbook'],
      manifestType: 'xml',
    });
    expect(info.defaultSettings?.sourceLocation).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  test('office-addin-manifest-converter converts it, keeping our ids but dropping the custom functions', async () => {
    const out = path.join(tempDir(), 'converted');
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await convert(path.join(ROOT, 'manifest.xml'), out, false); // no image download: offline
    } finally {
      log.mockRestore();
    }
    const converted = readJson(path.join(out, 'manifest.json'));
    const ours = readJson(path.join(DIST, 'manifest.json'));
    expect(converted.id).toBe(ours.id);
    expect(converted.version).toBe(ours.version);
    expect(converted.name.short).toBe(ours.name.short);
    expect(converted.extensions[0].ribbons[0].tabs[0].groups[0].controls[0].id).toBe('Desk.TaskpaneButton');
    expect(fs.readdirSync(out)).toContain('ko-kr.json');
    // What the converter loses, and why manifest.json is generated by addin/manifest-json.ts instead:
    expect(JSON.stringify(converted)).not.toContain('customFunctions');
    expect(JSON.stringify(converted)).not.toContain('functions.json');
    expect(ours.extensions[0].runtimes[0].customFunctions.metadataUrl).toBe(`${DEV_ORIGIN}functions.json`);
  });
});

describe('functions.json and functions.ko.json', () => {
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);

  test('the vendored custom-functions schema is the one in the installed @microsoft/app-manifest', () => {
    const fresh = customFunctionsSchema();
    if (process.env.UPDATE_SCHEMAS) fs.writeFileSync(VENDORED, JSON.stringify(fresh, null, 2) + '\n');
    const { $comment: _a, ...vendored } = readJson(VENDORED); // eslint-disable-line @typescript-eslint/no-unused-vars
    const { $comment: _b, ...current } = fresh; // eslint-disable-line @typescript-eslint/no-unused-vars
    expect(vendored).toEqual(current);
  });

  const validate = ajv.compile(readJson(VENDORED));
  test.each(LANGS)('dist/excel functions metadata (%s) is valid against Microsoft’s custom-functions schema', (lang) => {
    const meta = readJson(path.join(DIST, METADATA_FILE[lang]));
    expect(validate(meta) ? [] : validate.errors).toEqual([]);
  });

  test('the schema does reject broken metadata (it is not vacuous)', () => {
    const meta = functionsJson('en') as unknown as Json;
    const bad = structuredClone(meta);
    bad.functions[0].id = '1 bad id';
    bad.functions[1].parameters[0].dimensionality = 'cube';
    bad.functions[2].helpUrl = 'http://insecure.example.com/';
    expect(validate(bad)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath).sort()).toEqual([
      '/functions/0/id',
      '/functions/1/parameters/0/dimensionality',
      '/functions/2/helpUrl',
    ]);
  });

  test.each(LANGS)(`every description (%s) fits Excel's ${DESCRIPTION_LIMIT} characters`, (lang) => {
    for (const meta of [functionsJson(lang), readJson(path.join(DIST, METADATA_FILE[lang])) as FunctionsJson]) {
      expect(meta.functions).toHaveLength(CATALOG.length);
      for (const f of meta.functions) {
        expect([f.id, f.description.length <= DESCRIPTION_LIMIT]).toEqual([f.id, true]);
        expect(f.description.length).toBeGreaterThan(10);
        for (const p of f.parameters) {
          expect([f.id, p.name, p.description.length <= DESCRIPTION_LIMIT]).toEqual([f.id, p.name, true]);
          expect(p.description.length).toBeGreaterThan(5);
        }
      }
    }
  });

  test('every helpUrl opens the function’s section of functions.html, which the build serves', () => {
    const html = built('functions.html');
    for (const lang of LANGS) {
      for (const f of (readJson(path.join(DIST, METADATA_FILE[lang])) as FunctionsJson).functions) {
        expect(f.helpUrl).toBe(`${DEV_ORIGIN}functions.html#${helpAnchor(f.id)}`);
        expect(html).toMatch(new RegExp(`<h3 id="?${helpAnchor(f.id)}"?>${f.id}</h3>`));
      }
    }
    // docs/functions.md links its sections with the same anchors, so the page and GitHub agree.
    for (const spec of CATALOG)
      expect(fs.readFileSync(path.join(ROOT, 'docs/functions.md'), 'utf8')).toContain(`](#${helpAnchor(spec.name)})`);
  });

  test('shortening keeps the unit/range tail, drops whole sentences first, else cuts at a word with an ellipsis', () => {
    const tail = ' Unit: decimal. Valid: > 0.';
    expect(fitText('Short.', tail)).toBe(`Short.${tail}`);
    const sentences = `${'First sentence is here. '.repeat(6)}${'x'.repeat(200)}.`;
    const fitted = fitText(sentences, tail);
    expect(fitted.endsWith(`here.${tail}`)).toBe(true);
    expect(fitted.length).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
    const words = `${'word '.repeat(80)}end.`;
    const cut = fitText(words, tail);
    expect(cut.length).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
    expect(cut).toMatch(/ word… Unit: decimal\. Valid: > 0\.$/);
    expect(fitText(words, tail)).toBe(cut);
  });
});

describe('Microsoft’s metadata generator (custom-functions-metadata)', () => {
  /**
   * The generator leaves out values equal to the defaults (optional: false, result type "any",
   * dimensionality "scalar") that our functions.json spells out, and adds a top-level
   * `allowCustomDataForDataTypeAny: true` that we deliberately do not set (the core takes plain
   * values; data types would reach it as objects). Otherwise the two must be identical.
   */
  const normalize = (meta: Json): Json[] =>
    meta.functions.map((f: Json) => ({
      ...f,
      result: { type: 'any', dimensionality: 'scalar', ...f.result },
      parameters: f.parameters.map((p: Json) => ({ optional: false, dimensionality: 'scalar', ...p })),
    }));

  test.each(LANGS)('on JSDoc declarations of the catalog (%s) it writes our functions.json', async (lang) => {
    const file = path.join(tempDir(), 'functions.ts');
    fs.writeFileSync(file, jsdocDeclarations(lang));
    const result = await generateCustomFunctionsMetadata(file);
    expect(result.errors).toEqual([]);
    const generated = JSON.parse(result.metadataJson) as Json;
    expect(Object.keys(generated).sort()).toEqual(['allowCustomDataForDataTypeAny', 'functions']);
    expect(generated.allowCustomDataForDataTypeAny).toBe(true);
    const ours = JSON.parse(JSON.stringify(functionsJson(lang))) as Json; // what the build serves (test/generated.test.ts)
    expect(Object.keys(ours)).toEqual(['functions']);
    expect(normalize(generated)).toEqual(normalize(ours));
    // Spot-check that the comparison sees the things that matter.
    const spec = CATALOG.find((s) => s.params.some((p) => p.optional))!;
    const g = generated.functions.find((f: Json) => f.id === spec.name);
    expect(g.parameters.map((p: Json) => [p.name, p.type, p.dimensionality, Boolean(p.optional)])).toEqual(
      spec.params.map((p) => [p.name, 'any', 'matrix', Boolean(p.optional)]),
    );
    expect(g.result).toEqual({ dimensionality: 'matrix' });
  });
});
