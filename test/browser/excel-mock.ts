/**
 * Runs in the task pane page right after the real office.js (served from @microsoft/office-js):
 * stands Excel's object model in with office-addin-mock (Microsoft's mock library, with its
 * load/sync rules) and answers Office.onReady as Excel would. Test state lives on window.__excel.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { recordingSheet, type SheetRecord } from '../hosts/excel-standin';

interface TestConfig {
  lang: string;
  activeValue: string;
  sheets: string[];
  /** The newest ExcelApi requirement set this Excel has ("1.18" when not given). */
  excelApi?: string;
}

const w = window as unknown as {
  __deskTest: TestConfig;
  __excel: unknown;
  __excelSheets: string[];
  /** What was done to each sheet added (test/hosts/excel-standin.ts records it). */
  __excelAdded: SheetRecord[];
  Excel: unknown;
  Office: typeof Office;
};
const config = w.__deskTest;
const sheetNames = [...config.sheets];
let namesRequested = false;
w.__excelSheets = sheetNames;
w.__excelAdded = [];

const data = {
  context: {
    workbook: {
      activeCell: { address: 'Sheet1!B2', formulas: [[config.activeValue]], values: [[config.activeValue]] },
      getActiveCell: function (this: { activeCell: unknown }) {
        return this.activeCell;
      },
      selectedRange: { address: 'Sheet1!B2:B20' },
      getSelectedRange: function (this: { selectedRange: unknown }) {
        return this.selectedRange;
      },
      worksheets: {
        // A collection: office-addin-mock has none, so `load('items/name')` and the following
        // `sync` are stood in here with Office.js's rule (items are there only after the sync).
        load: function (this: unknown, what: string) {
          if (what !== 'items/name') throw new Error(`worksheets.load(${JSON.stringify(what)}) is not stood in`);
          namesRequested = true;
          return this;
        },
        sync: async function (this: { items?: { name: string }[] }) {
          if (namesRequested) this.items = sheetNames.map((name) => ({ name }));
        },
        add: function (name: string) {
          if (sheetNames.some((n) => n.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
          sheetNames.push(name);
          const added = recordingSheet(name);
          w.__excelAdded.push(added.rec);
          return added.sheet;
        },
      },
    },
  },
  run: async function (this: { context: unknown }, callback: (context: unknown) => Promise<unknown>) {
    installLanguage();
    return callback(this.context);
  },
};

const excel = new OfficeMockObject(data as never);
w.__excel = excel;
w.Excel = excel;

const office = w.Office;
const info = { host: office.HostType.Excel, platform: office.PlatformType.OfficeOnline };
// Office.js installs Office.context itself while it initialises (outside Office with no display
// language); the stand-in adds Excel's display language to whatever context is there when the page
// asks for readiness.
// Office.context.document.settings, as Office.js keeps them: set in memory, saved by saveAsync
// (window.__excelSettings holds what was saved, as the workbook would).
const saved: Record<string, unknown> = ((window as unknown as { __excelSettings?: Record<string, unknown> }).__excelSettings ??= {});
const pending: Record<string, unknown> = { ...saved };
const documentStandIn = {
  settings: {
    get: (key: string) => (key in pending ? pending[key] : null),
    set: (key: string, value: unknown) => {
      pending[key] = value;
    },
    saveAsync: (callback?: (r: { status: unknown }) => void) => {
      Object.assign(saved, pending);
      callback?.({ status: office.AsyncResultStatus.Succeeded });
    },
  },
};
// Office.context.requirements.isSetSupported('ExcelApi', "1.8"): versions compare part by part (1.18 > 1.8).
const newest = (config.excelApi ?? '1.18').split('.').map(Number);
const requirements = {
  isSetSupported: (set: string, version = '1.1') => {
    const [major, minor = 0] = version.split('.').map(Number);
    return set === 'ExcelApi' && (major < newest[0] || (major === newest[0] && minor <= newest[1]));
  },
};
const installLanguage = () => {
  const ctx = (office as unknown as { context?: object }).context;
  if (ctx) {
    Object.defineProperty(ctx, 'displayLanguage', { configurable: true, get: () => config.lang });
    Object.defineProperty(ctx, 'document', { configurable: true, get: () => documentStandIn });
    Object.defineProperty(ctx, 'requirements', { configurable: true, get: () => requirements });
  } else
    Object.defineProperty(office, 'context', {
      configurable: true,
      writable: true,
      value: { displayLanguage: config.lang, document: documentStandIn, requirements },
    });
};
// Office.js may install a fresh Office.context after readiness (seen on a loaded machine: the pane then
// read office.js's own requirement sets and document outside Office, so the model was refused and the
// settings not saved); the stand-in's language, document and requirement sets are laid over again on
// every request and every few milliseconds, as the real host always answers them.
let overlaying: ReturnType<typeof setInterval> | undefined;
office.onReady = ((callback?: (i: typeof info) => void) => {
  installLanguage();
  overlaying ??= setInterval(() => {
    try {
      installLanguage();
    } catch {
      // a context office.js has sealed keeps what it has
    }
  }, 10);
  if (callback) callback(info);
  return Promise.resolve(info);
}) as unknown as typeof office.onReady;
