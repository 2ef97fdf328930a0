/**
 * The unified manifest for Microsoft 365 (dist/excel/manifest.json) and its Korean localization file
 * (dist/excel/manifest.ko-KR.json), generated from manifest.xml so the two cannot drift: the app id,
 * version, names, descriptions, URLs, ribbon ids and strings are all read from the XML. Microsoft's
 * converter (office-addin-manifest-converter) drops the custom functions, so this is written here.
 *
 * One shared runtime (the task pane page, which also loads functions.js; lifetime long) hosts the
 * custom functions (namespace DESK, metadata functions.json, functions.ko.json for ko-KR through
 * the localization file) and the action the ribbon button runs to open the task pane.
 *
 * manifestVersion 1.25 is the first schema whose localization file may override the custom functions'
 * metadataUrl (1.23 introduced customFunctions in runtimes). allowCustomDataForDataTypeAny stays false:
 * the core takes plain cell values, so linked data types reach it as their display values.
 * test/microsoft.test.ts validates both files against the schemas in @microsoft/app-manifest.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DOMParser } from '@xmldom/xmldom';
import { functionsHtml } from './help-page';
import { rewriteManifest } from './manifest';

export const MANIFEST_VERSION = '1.25';
export const SCHEMA = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
export const LOCALIZATION_SCHEMA = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;
export const KO_FILE = 'manifest.ko-KR.json';
/** Paths relative to manifest.json, as the app package (zip) holds them. */
export const COLOR_ICON = 'assets/icon-192.png';
export const OUTLINE_ICON = 'assets/icon-outline-32.png';
/** The icons' tile colour (addin/assets/make-icons.js). */
export const ACCENT_COLOR = '#0F6CBD';
const RUNTIME_ID = 'Desk.SharedRuntime';
const ACTION_ID = 'Desk.ShowTaskpane';

/** description.short is at most 80 characters; the XML has only the full description. */
export const SHORT_DESCRIPTION = {
  en: 'Scenario, sizing, DCF, options and risk formulas (DESK.*) with a task pane.',
  ko: '시나리오·사이징·DCF·옵션·위험 수식(DESK.*)과 작업창.',
};

type Node = {
  nodeType: number;
  localName: string;
  childNodes: ArrayLike<Node>;
  textContent: string | null;
  getAttribute(name: string): string | null;
};

const kids = (e: Node): Node[] => Array.from(e.childNodes).filter((n) => n.nodeType === 1);
const descendants = (e: Node): Node[] => kids(e).flatMap((c) => [c, ...descendants(c)]);

/** What the unified manifest takes from manifest.xml. */
export interface XmlFacts {
  id: string;
  version: string;
  provider: string;
  defaultLocale: string;
  supportUrl: string;
  permissions: string;
  requirements: Array<{ name: string; minVersion: string }>;
  tabId: string;
  groupId: string;
  controlId: string;
  taskpaneId: string;
  /** Resource values by id; each with its default and the ko-KR override if any. */
  resources: Record<string, { en: string; ko?: string }>;
  displayName: { en: string; ko?: string };
  description: { en: string; ko?: string };
  /** resid of the runtime page, functions script, metadata, namespace, images, and so on. */
  resid: {
    page: string;
    script: string;
    metadata: string;
    namespace: string;
    groupLabel: string;
    buttonLabel: string;
    buttonTitle: string;
    tooltip: string;
    icons: Array<{ size: number; resid: string }>;
    getStartedTitle: string;
    getStartedDescription: string;
    learnMore: string;
  };
}

export function readManifestXml(xml: string): XmlFacts {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level: string, msg: string) => errors.push(`${level}: ${msg}`) }).parseFromString(xml, 'text/xml');
  if (errors.length) throw new Error(`manifest.xml: ${errors.join('; ')}`);
  const root = doc.documentElement as unknown as Node;
  const all = descendants(root);
  const find = (name: string, pred: (e: Node) => boolean = () => true): Node => {
    const e = all.find((x) => x.localName === name && pred(x));
    if (!e) throw new Error(`manifest.xml: no <${name}>`);
    return e;
  };
  const text = (name: string): string => (kids(root).find((e) => e.localName === name)?.textContent ?? '').trim();
  const localized = (e: Node): { en: string; ko?: string } => {
    const ko = kids(e).find((o) => o.localName === 'Override' && o.getAttribute('Locale') === 'ko-KR');
    return { en: e.getAttribute('DefaultValue') ?? '', ...(ko ? { ko: ko.getAttribute('Value') ?? '' } : {}) };
  };
  const residOf = (e: Node, child?: string): string => {
    const target = child ? kids(e).find((c) => c.localName === child) : e;
    const r = target?.getAttribute('resid');
    if (!r) throw new Error(`manifest.xml: <${e.localName}> has no resid`);
    return r;
  };

  const resources: XmlFacts['resources'] = {};
  for (const e of descendants(find('Resources'))) {
    const id = e.getAttribute('id');
    if (id && ['Image', 'Url', 'String'].includes(e.localName)) resources[id] = localized(e);
  }
  const customFunctions = find('ExtensionPoint', (e) => e.getAttribute('xsi:type') === 'CustomFunctions');
  const cfChild = (name: string): Node => kids(customFunctions).find((c) => c.localName === name)!;
  const control = find('Control');
  const supertip = kids(control).find((c) => c.localName === 'Supertip')!;
  const getStarted = find('GetStarted');
  const icon = kids(control).find((c) => c.localName === 'Icon')!;
  return {
    id: text('Id'),
    version: text('Version'),
    provider: text('ProviderName'),
    defaultLocale: text('DefaultLocale'),
    supportUrl: find('SupportUrl').getAttribute('DefaultValue') ?? '',
    permissions: text('Permissions'),
    requirements: descendants(find('Requirements'))
      .filter((e) => e.localName === 'Set')
      .map((e) => ({ name: e.getAttribute('Name') ?? '', minVersion: e.getAttribute('MinVersion') ?? '' })),
    tabId: find('OfficeTab').getAttribute('id') ?? '',
    groupId: find('Group').getAttribute('id') ?? '',
    controlId: control.getAttribute('id') ?? '',
    taskpaneId: (find('TaskpaneId').textContent ?? '').trim(),
    resources,
    displayName: localized(find('DisplayName')),
    description: localized(find('Description')),
    resid: {
      page: residOf(find('Runtime')),
      script: residOf(cfChild('Script'), 'SourceLocation'),
      metadata: residOf(cfChild('Metadata'), 'SourceLocation'),
      namespace: residOf(cfChild('Namespace')),
      groupLabel: residOf(find('Group'), 'Label'),
      buttonLabel: residOf(control, 'Label'),
      buttonTitle: residOf(supertip, 'Title'),
      tooltip: residOf(supertip, 'Description'),
      icons: kids(icon).map((i) => ({ size: Number(i.getAttribute('size')), resid: i.getAttribute('resid') ?? '' })),
      getStartedTitle: residOf(getStarted, 'Title'),
      getStartedDescription: residOf(getStarted, 'Description'),
      learnMore: residOf(getStarted, 'LearnMoreUrl'),
    },
  };
}

/** "0.1.0.0" → "0.1.0": the unified manifest's version is semver; a fourth part must be 0. */
export function semver(xmlVersion: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:\.(\d+))?$/.exec(xmlVersion);
  if (!m || (m[4] !== undefined && Number(m[4]) !== 0)) throw new Error(`manifest.xml Version ${xmlVersion} has no semver equivalent`);
  return `${Number(m[1])}.${Number(m[2])}.${Number(m[3])}`;
}

/** The XML's Permissions as the unified manifest's resource-specific permission. */
const PERMISSIONS: Record<string, string> = {
  Restricted: 'Document.Restricted.User',
  ReadDocument: 'Document.Read.User',
  ReadWriteDocument: 'Document.ReadWrite.User',
  ReadAllDocument: 'Document.ReadAll.User',
  WriteDocument: 'Document.Write.User',
};

export interface UnifiedManifest {
  manifest: Record<string, unknown>;
  /** Localization files by file name (relative to manifest.json). */
  locales: Record<string, Record<string, string>>;
}

/** The unified manifest and its ko-KR file, with the XML's (development) URLs. */
export function unifiedManifest(xml: string): UnifiedManifest {
  const x = readManifestXml(xml);
  const res = (id: string): { en: string; ko?: string } => {
    const r = x.resources[id];
    if (!r) throw new Error(`manifest.xml: no resource ${id}`);
    return r;
  };
  const permission = PERMISSIONS[x.permissions];
  if (!permission) throw new Error(`manifest.xml: unknown Permissions ${x.permissions}`);
  const icons = x.resid.icons.map((i) => ({ size: i.size, url: res(i.resid).en }));
  const namespace = res(x.resid.namespace).en;

  const manifest = {
    $schema: SCHEMA,
    manifestVersion: MANIFEST_VERSION,
    version: semver(x.version),
    id: x.id,
    localizationInfo: {
      defaultLanguageTag: x.defaultLocale,
      additionalLanguages: [{ languageTag: 'ko-KR', file: KO_FILE }],
    },
    developer: { name: x.provider, websiteUrl: x.supportUrl, privacyUrl: x.supportUrl, termsOfUseUrl: x.supportUrl },
    name: { short: x.displayName.en, full: x.displayName.en },
    description: { short: SHORT_DESCRIPTION.en, full: x.description.en },
    icons: { color: COLOR_ICON, outline: OUTLINE_ICON },
    accentColor: ACCENT_COLOR,
    authorization: { permissions: { resourceSpecific: [{ name: permission, type: 'Delegated' }] } },
    extensions: [
      {
        requirements: { scopes: ['workbook'], capabilities: x.requirements },
        runtimes: [
          {
            id: RUNTIME_ID,
            type: 'general',
            code: { page: res(x.resid.page).en, script: res(x.resid.script).en },
            lifetime: 'long',
            actions: [{ id: ACTION_ID, type: 'openPage', view: x.taskpaneId }],
            customFunctions: {
              namespace: { id: namespace, name: namespace },
              metadataUrl: res(x.resid.metadata).en,
              allowCustomDataForDataTypeAny: false,
            },
          },
        ],
        ribbons: [
          {
            contexts: ['default'],
            tabs: [
              {
                builtInTabId: x.tabId,
                groups: [
                  {
                    id: x.groupId,
                    label: res(x.resid.groupLabel).en,
                    icons,
                    controls: [
                      {
                        id: x.controlId,
                        type: 'button',
                        label: res(x.resid.buttonLabel).en,
                        icons,
                        supertip: { title: res(x.resid.buttonTitle).en, description: res(x.resid.tooltip).en },
                        actionId: ACTION_ID,
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        getStartedMessages: [
          {
            title: res(x.resid.getStartedTitle).en,
            description: res(x.resid.getStartedDescription).en,
            learnMoreUrl: res(x.resid.learnMore).en,
          },
        ],
      },
    ],
  };

  const ko = (value: { en: string; ko?: string }, what: string): string => {
    if (value.ko === undefined) throw new Error(`manifest.xml: no ko-KR override for ${what}`);
    return value.ko;
  };
  const control = 'extensions[0].ribbons[0].tabs[0].groups[0].controls[0]';
  const korean: Record<string, string> = {
    $schema: LOCALIZATION_SCHEMA,
    'name.short': ko(x.displayName, 'DisplayName'),
    'name.full': ko(x.displayName, 'DisplayName'),
    'description.short': SHORT_DESCRIPTION.ko,
    'description.full': ko(x.description, 'Description'),
    'extensions[0].runtimes[0].customFunctions.metadataUrl': ko(res(x.resid.metadata), x.resid.metadata),
    'extensions[0].ribbons[0].tabs[0].groups[0].label': ko(res(x.resid.groupLabel), x.resid.groupLabel),
    [`${control}.label`]: ko(res(x.resid.buttonLabel), x.resid.buttonLabel),
    [`${control}.supertip.title`]: ko(res(x.resid.buttonTitle), x.resid.buttonTitle),
    [`${control}.supertip.description`]: ko(res(x.resid.tooltip), x.resid.tooltip),
    'extensions[0].getStartedMessages[0].title': ko(res(x.resid.getStartedTitle), x.resid.getStartedTitle),
    'extensions[0].getStartedMessages[0].description': ko(res(x.resid.getStartedDescription), x.resid.getStartedDescription),
  };
  return { manifest, locales: { [KO_FILE]: korean } };
}

const json = (value: unknown): string => JSON.stringify(value, null, 2) + '\n';

/**
 * The files the build adds to dist/excel for the unified manifest and the help page, every
 * https://localhost:3000/ URL rewritten to `baseUrl` (as manifest.xml is): manifest.json,
 * manifest.ko-KR.json and functions.html. `root` is the project folder.
 */
export function unifiedManifestFiles(root: string, baseUrl: string): Record<string, string> {
  const { manifest, locales } = unifiedManifest(fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8'));
  const files: Record<string, string> = { 'manifest.json': rewriteManifest(json(manifest), baseUrl) };
  for (const [file, strings] of Object.entries(locales)) files[file] = rewriteManifest(json(strings), baseUrl);
  files['functions.html'] = functionsHtml(fs.readFileSync(path.join(root, 'docs', 'functions.md'), 'utf8'));
  return files;
}
