/**
 * Fetches the Debian packages the ontology is built from (`apt-get download`, then `dpkg-deb -x`)
 * into a cache folder, without installing them (no R needed). Dev-only: spawns apt-get and
 * dpkg-deb with argument arrays, never through a shell.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A Debian package unpacked in the cache. */
export interface FetchedPackage {
  name: string;
  /** Debian version, e.g. `3.16.0-1`. */
  version: string;
  debFile: string;
  /** Root of the unpacked tree (holds `usr/...`). */
  root: string;
  /** Text of `usr/share/doc/<pkg>/copyright`, or '' when missing. */
  copyright: string;
}

function run(cmd: string, args: string[], cwd?: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}:\n${r.stderr}`);
  return r.stdout;
}

/** The cached .deb of a package (newest by file name), or undefined. */
function cachedDeb(debDir: string, pkg: string): string | undefined {
  if (!existsSync(debDir)) return undefined;
  const files = readdirSync(debDir)
    .filter((f) => f.startsWith(`${pkg}_`) && f.endsWith('.deb'))
    .sort();
  return files.length > 0 ? path.join(debDir, files[files.length - 1]!) : undefined;
}

/**
 * Makes sure each package is downloaded and unpacked under `cacheDir`; downloads only what is
 * missing (or everything when `refresh`). Returns the unpacked packages in the order asked.
 */
export function fetchPackages(packages: readonly string[], cacheDir: string, opts: { refresh?: boolean; log?: (s: string) => void } = {}): FetchedPackage[] {
  const log = opts.log ?? (() => {});
  const debDir = path.join(cacheDir, 'debs');
  mkdirSync(debDir, { recursive: true });
  const missing = packages.filter((p) => opts.refresh || !cachedDeb(debDir, p));
  if (missing.length > 0) {
    log(`apt-get download ${missing.join(' ')}`);
    run('apt-get', ['download', ...missing], debDir);
  }
  return packages.map((pkg) => {
    const debFile = cachedDeb(debDir, pkg);
    if (!debFile) throw new Error(`apt-get download did not produce a .deb for ${pkg}`);
    const version = run('dpkg-deb', ['-f', debFile, 'Version']).trim();
    const root = path.join(cacheDir, 'unpacked', `${pkg}_${version}`);
    if (!existsSync(path.join(root, 'usr'))) {
      log(`dpkg-deb -x ${path.basename(debFile)}`);
      mkdirSync(root, { recursive: true });
      run('dpkg-deb', ['-x', debFile, root]);
    }
    const copyrightFile = path.join(root, 'usr', 'share', 'doc', pkg, 'copyright');
    const copyright = existsSync(copyrightFile) ? readFileSync(copyrightFile, 'utf8') : '';
    return { name: pkg, version, debFile, root, copyright };
  });
}

/** The `License:` of the `Files: *` stanza of a Debian machine-readable copyright file. */
export function mainLicence(copyright: string): string | undefined {
  const stanzas = copyright.split(/\n\s*\n/);
  const files = stanzas.find((s) => /^Files:\s*\*\s*$/m.test(s));
  return files ? /^License:\s*(.+)$/m.exec(files)?.[1]?.trim() : undefined;
}
