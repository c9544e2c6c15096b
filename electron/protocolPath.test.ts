import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { resolveAppPath } from './protocolPath';

const root = path.resolve('/opt/plenum/dist');
const resolve = (url: string) => resolveAppPath(root, url, 'plenum');

describe('the app:// path guard', () => {
  it('serves files inside the renderer folder, and index.html for the root', () => {
    expect(resolve('app://plenum/')).toBe(path.join(root, 'index.html'));
    expect(resolve('app://plenum/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolve('app://plenum/assets/main-abc.js?x=1#h')).toBe(path.join(root, 'assets', 'main-abc.js'));
    expect(resolve('app://plenum/assets/%E4%B8%AD.png')).toBe(path.join(root, 'assets', '中.png'));
  });

  it('never leaves the renderer folder, however .. is spelt', () => {
    const attacks = [
      'app://plenum/../secret.txt',
      'app://plenum/assets/%2e%2e/%2e%2e/etc/passwd',
      'app://plenum/%2E%2E%2Fetc%2Fpasswd',
      'app://plenum/assets/..%2f..%2fetc%2fpasswd',
      'app://plenum/assets/..%5c..%5cwindows',
      'app://plenum/assets/%252e%252e/x',
    ];
    for (const url of attacks) {
      const resolved = resolve(url);
      if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
    }
    // The URL parser folds plain and %2e dot segments; encoded slashes reach the guard, which refuses them.
    expect(resolve('app://plenum/../secret.txt')).toBe(path.join(root, 'secret.txt'));
    expect(resolve('app://plenum/%2E%2E%2Fetc%2Fpasswd')).toBeNull();
    expect(resolve('app://plenum/assets/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolve('app://plenum/assets/..%5c..%5cwindows')).toBeNull();
  });

  it('refuses absolute and drive paths, NUL bytes and malformed escapes', () => {
    expect(resolve('app://plenum/%2Fetc%2Fpasswd')).toBe(path.join(root, 'etc', 'passwd'));
    expect(resolve('app://plenum/C:%5CWindows%5Cwin.ini')).toBeNull();
    expect(resolve('app://plenum/c:/windows/win.ini')).toBeNull();
    expect(resolve('app://plenum/index.html%00.png')).toBeNull();
    expect(resolve('app://plenum/%E0%A4%A')).toBeNull();
  });

  it('refuses other hosts and unparsable URLs', () => {
    expect(resolve('app://evil/index.html')).toBeNull();
    expect(resolve('not a url')).toBeNull();
  });
});
