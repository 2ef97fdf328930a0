/** Types of addin/static-server.js (plain JavaScript, so that `npm start` needs no TypeScript loader). */
import type { Server } from 'http';
import type { ServerOptions } from 'https';

export const CONTENT_TYPES: Readonly<Record<string, string>>;

export function resolveFile(root: string, urlPath: string, index?: string | null): string | null;

export interface StaticServerOptions {
  root: string;
  index?: string | null;
  headers?: Record<string, string>;
  https?: ServerOptions | null;
  port?: number;
  host?: string;
}

export function serveStatic(options: StaticServerOptions): Promise<{ server: Server; url: string; close: () => Promise<void> }>;
