/**
 * Type-level tests, checked by `tsc -p .` (npm run typecheck): a definition whose implementation
 * does not match its declared parameters must not compile. Each `@ts-expect-error` below fails the
 * typecheck if the mismatch it marks ever compiles; the well-formed definition must compile as is.
 */
import { days, price, t, vol, yearDays } from '../../shared/catalog/params';
import { defineFunction, type ArgsOf } from '../../shared/catalog/types';
import { TEST_BODY as body } from '../fixtures/definition';

const mode = {
  name: 'mode',
  kind: 'option',
  description: t('m', 'm'),
  unit: t('text', '텍스트'),
  choices: [
    { value: 'end', label: t('end', '만기') },
    { value: 'touch', label: t('touch', '도달') },
  ],
} as const;

const params = [price('spot', t('s', 's')), price('target', t('t', 't')), days, vol, mode, yearDays] as const;

// Well formed: names, kinds and the days → years key `T` all line up.
export const OK = defineFunction({
  ...body,
  name: 'OK',
  params,
  impl: ({ spot, target, T, vol, mode }) => (mode === 'touch' ? spot / target : T * vol),
});

// The record's type follows the declarations: numbers, the literal choices, `T` in place of days.
type Args = ArgsOf<typeof params>;
export const kinds: [Args['spot'], Args['mode'], Args['T']] = [1, 'touch', 0.5];
// @ts-expect-error a choice that is not declared
export const badChoice: Args['mode'] = 'middle';
// @ts-expect-error `days` reaches the implementation as `T`, never under its own name
export const noDays: Args['days'] = 1;

export const WRONG_NAME = defineFunction({
  ...body,
  name: 'WRONG_NAME',
  params,
  // @ts-expect-error reads `strike`, which is not declared
  impl: ({ spot, strike }) => spot / strike,
});

export const WRONG_KIND = defineFunction({
  ...body,
  name: 'WRONG_KIND',
  params,
  // @ts-expect-error treats the option `mode` as a number
  impl: ({ spot, mode }) => spot * (mode + 1),
});

function kernel(a: { spot: number; target: number; T: number; vol: number; mode: 'end' | 'touch'; extra: number }): number {
  return a.spot + a.extra;
}

export const MISSING_PARAM = defineFunction({
  ...body,
  name: 'MISSING_PARAM',
  params,
  // @ts-expect-error the kernel needs `extra`, which is not declared (a parameter dropped from the list)
  impl: kernel,
});

function positional(spot: number, target: number): number {
  return spot / target;
}

export const POSITIONAL = defineFunction({
  ...body,
  name: 'POSITIONAL',
  params,
  // @ts-expect-error implementations take the record, not positional arguments
  impl: positional,
});
