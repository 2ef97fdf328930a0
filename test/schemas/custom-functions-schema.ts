/**
 * Builds test/schemas/custom-functions.schema.json: the custom-functions metadata schema as Microsoft
 * publishes it inside the unified manifest schema (definitions extensionCustomFunctions,
 * extensionFunction, extensionFunctionParameter, extensionResult, enum, ...) of
 * @microsoft/app-manifest, made a standalone schema whose root is the metadata object. See README.md.
 */
import * as fs from 'fs';
import * as path from 'path';

export const SCHEMA_PACKAGE = '@microsoft/app-manifest';
/**
 * The newest stable unified manifest schema in the package. Its function and parameter descriptions
 * may be 1024 and 512 characters (1.23 to 1.26 said 128); Excel's dialog shows 255, tested separately.
 */
export const TEAMS_VERSION = '1.30';
export const VENDORED = path.join(__dirname, 'custom-functions.schema.json');

type Json = { [key: string]: unknown };

export function teamsSchemaPath(version = TEAMS_VERSION): string {
  const pkg = path.dirname(require.resolve(`${SCHEMA_PACKAGE}/package.json`));
  return path.join(pkg, 'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json');
}

export function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(require.resolve(`${SCHEMA_PACKAGE}/package.json`), 'utf8')) as { version: string }).version;
}

/** Every `#/definitions/X` reachable from `value`. */
function refs(value: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => refs(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/definitions/')) out.add(v.slice('#/definitions/'.length));
      else refs(v, out);
    }
  }
  return out;
}

/** The standalone schema, from the unified manifest schema's definitions (byte-for-byte subtrees). */
export function customFunctionsSchema(teams: Json = JSON.parse(fs.readFileSync(teamsSchemaPath(), 'utf8')) as Json): Json {
  const all = teams.definitions as Record<string, unknown>;
  const root = all.extensionCustomFunctions as Json;
  const needed = new Set<string>();
  let frontier = refs(root, new Set());
  while ([...frontier].some((n) => !needed.has(n))) {
    const next = new Set<string>();
    for (const n of frontier) {
      if (needed.has(n)) continue;
      needed.add(n);
      refs(all[n], next);
    }
    frontier = next;
  }
  const definitions: Record<string, unknown> = {};
  for (const n of [...needed].sort()) definitions[n] = all[n];
  return {
    $schema: teams.$schema,
    $comment:
      `Vendored from ${SCHEMA_PACKAGE}@${packageVersion()} build/json-schemas/teams/v${TEAMS_VERSION}/MicrosoftTeams.schema.json ` +
      `(https://developer.microsoft.com/json-schemas/teams/v${TEAMS_VERSION}/MicrosoftTeams.schema.json): its definition ` +
      'extensionCustomFunctions as the root, with the definitions it references. See test/schemas/README.md.',
    title: 'Excel custom functions metadata (functions.json)',
    ...root,
    definitions,
  };
}
