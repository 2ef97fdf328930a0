/** The Google Sheets implementation of DeskHost: `google.script.run` calls into Code.js. */
import type { Lang } from '../../shared/catalog/describe';
import { languageOf } from '../../shared/i18n';
import type { SheetCell } from '../../shared/playbook';
import type { DeskHost, InsertResult, ModelInserted } from '../../ui/host';

interface ScriptRunner {
  withSuccessHandler(f: (value: unknown) => void): ScriptRunner;
  withFailureHandler(f: (error: Error) => void): ScriptRunner;
  [server: string]: unknown;
}

declare const google: { script: { run: ScriptRunner } };

/** Calls a public server function of Code.js and resolves with its return value. */
function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler((v) => resolve(v as T)).withFailureHandler(reject);
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

export function sheetsHost(): DeskHost {
  return {
    kind: 'sheets',
    prefix: '',
    language: async (): Promise<Lang | null> => languageOf(await call<string>('deskLocale')),
    insertFormula: (formula: string, force: boolean) => call<InsertResult>('deskInsertFormula', formula, force),
    addSheet: (baseName: string, rows: SheetCell[][]) => call<string>('deskAddSheet', baseName, rows),
    insertModel: async (lang: Lang): Promise<ModelInserted> => ({ name: await call<string>('insertModelSheet', lang), notes: 'notes' }),
    selection: () => call<string>('deskSelection'),
    loadSetting: (key: string) => call<string | null>('deskLoadSetting', key),
    saveSetting: (key: string, value: string) => call<void>('deskSaveSetting', key, value),
  };
}

export function hasScriptRunner(): boolean {
  return typeof google !== 'undefined' && Boolean(google?.script?.run);
}
