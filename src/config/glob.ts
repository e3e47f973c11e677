/**
 * The `include` and `exclude` globs of the configuration file, matched against paths relative to
 * the file's directory (POSIX separators). Written here because Node 20 has no glob matcher and
 * fast-glob only walks directories: `**` is any number of directories, `*` and `?` stay within one
 * path segment, `{a,b}` is either, `[abc]` one of. As in .gitignore, a pattern without a `/` (other
 * than a trailing one) matches a name at any depth (`*.plan.json`, `legacy`), and a pattern that
 * matches a directory matches everything in it.
 */

function escape(c: string): string {
  return /[.+^${}()|[\]\\*?]/.test(c) ? `\\${c}` : c;
}

/** The regular expression source of one glob (anchored by the caller). */
function toSource(glob: string): string {
  let out = '';
  let inBraces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charAt(i);
    if (c === '*') {
      if (glob.charAt(i + 1) === '*') {
        // `**/` is zero or more directories; a trailing `**` is anything below.
        if (glob.charAt(i + 2) === '/') {
          out += '(?:[^/]*/)*';
          i += 2;
        } else {
          out += '.*';
          i += 1;
        }
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end === -1) {
        out += '\\[';
      } else {
        const body = glob.slice(i + 1, end).replace(/\\/g, '\\\\');
        out += body.startsWith('!') ? `[^/${body.slice(1)}]` : `[${body}]`;
        i = end;
      }
    } else if (c === '{') {
      inBraces += 1;
      out += '(?:';
    } else if (c === '}' && inBraces > 0) {
      inBraces -= 1;
      out += ')';
    } else if (c === ',' && inBraces > 0) {
      out += '|';
    } else {
      out += escape(c);
    }
  }
  return out + ')'.repeat(inBraces);
}

/** A matcher for one glob. */
export function globMatcher(glob: string): (relativePath: string) => boolean {
  let pattern = glob.replace(/^\.\//, '').replace(/\/+$/, '');
  if (!pattern.includes('/')) pattern = `**/${pattern}`;
  if (pattern.startsWith('/')) pattern = pattern.slice(1);
  // The path itself, or anything below it (a pattern naming a directory).
  const re = new RegExp(`^${toSource(pattern)}(?:/.*)?$`);
  return (path) => re.test(path);
}

/** A matcher for a list of globs: true when any matches. */
export function anyGlob(globs: readonly string[]): (relativePath: string) => boolean {
  const matchers = globs.map(globMatcher);
  return (path) => matchers.some((m) => m(path));
}
