/**
 * Writes the files of the README's `cdk init` apps into a directory, so that the build
 * synthesizes exactly what the README tells users to paste.
 *
 *   ts-node test/cdk-init/readme-files.ts <language> <directory> [file ...]
 *
 * A file of an app is the fenced block right after a comment that names the languages whose
 * app has it, and its path in the app:
 *
 *   <!-- cdk-init typescript: lib/shared-db-stack.ts -->
 *   <!-- cdk-init typescript python go: cdk.context.json -->
 *
 * With file arguments only those are written; each must exist. Without, every file of the
 * language is written (at least one must exist). Prints the paths written.
 */
import * as fs from 'fs';
import * as path from 'path';

const MARKER = /^<!-- cdk-init ([a-z ]+): (\S+) -->\n+```[^\n]*\n([\s\S]*?)^```$/gm;

/** The files of the README's app in `language`: path in the app -> content. */
export function readmeFiles(readme: string, language: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const [, languages, file, content] of readme.matchAll(MARKER)) {
    if (!languages.split(' ').includes(language)) continue;
    if (files.has(file)) throw new Error(`README: two blocks for ${language} ${file}`);
    if (path.isAbsolute(file) || file.split('/').includes('..')) throw new Error(`README: ${file} is not a path inside the app`);
    files.set(file, content);
  }
  return files;
}

function main(args: string[]): void {
  const [language, directory, ...only] = args;
  if (!language || !directory) {
    throw new Error('usage: readme-files.ts <language> <directory> [file ...]');
  }
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf-8');
  const files = readmeFiles(readme, language);
  const wanted = only.length > 0 ? only : [...files.keys()];
  if (wanted.length === 0) throw new Error(`README: no cdk-init block for ${language}`);
  for (const file of wanted) {
    const content = files.get(file);
    if (content === undefined) throw new Error(`README: no cdk-init block for ${language} ${file}`);
    fs.mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
    fs.writeFileSync(path.join(directory, file), content);
    console.log(file);
  }
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error(`readme-files: ${(e as Error).message}`);
    process.exit(1);
  }
}
