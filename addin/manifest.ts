/** Manifest handling at build time: the development manifest's URLs rewritten for a hosting URL. */

export const DEV_ORIGIN = 'https://localhost:3000/';

/** Rewrites every https://localhost:3000/ URL to `baseUrl` (which must be https and end in /). */
export function rewriteManifest(xml: string, baseUrl: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  if (!/^https:\/\/[^\s"<>]+$/.test(base)) throw new Error(`hosting URL must be https: ${baseUrl}`);
  return xml.split(DEV_ORIGIN).join(base);
}
