import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of eslint.config.mjs, tried on code that breaks them: each import a layer may
 * not make is refused by `npm run lint`, by the alias and by a relative path, and allowed ones pass.
 */
const eslint = new ESLint({
  cwd: process.cwd(),
  // The fixtures are not files on disk, so type-aware rules (which need the project) are off.
  overrideConfig: [tseslint.configs.disableTypeChecked, { languageOptions: { parserOptions: { projectService: false } } }],
});

async function importProblems(file: string, from: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { thing } from '${from}';\nexport const copy = thing;\n`, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layers, as lint enforces them', () => {
  it.each([
    ['app/inspections/zz-page.tsx', '@/db/client', 'app/ reaches data only through lib/'],
    ['app/inspections/zz-page.tsx', '../../db/client', 'app/ reaches data only through lib/'],
    ['app/zz-page.tsx', '@/testing/principals', 'Test builders stay out of production code'],
    ['cli/commands/zz-command.ts', '@/db/users', 'cli/ holds no rules and no SQL'],
    ['lib/reviews/zz-use-case.ts', '@/app/_server/guards', 'lib/ never imports app/'],
    ['lib/reviews/zz-use-case.ts', '@/cli/operator', 'lib/ never imports cli/'],
    ['db/zz-queries.ts', '@/lib/result', 'db/ holds SQL only and never imports lib/'],
    ['db/zz-queries.ts', '../lib/result', 'db/ holds SQL only and never imports lib/'],
    ['domain/zz-codes.ts', '@/db/schema', 'domain/ is the vocabulary under every layer'],
  ])('%s may not import %s', async (file, from, reason) => {
    const problems = await importProblems(file, from);
    expect(problems.join('\n')).toContain(reason);
  });

  it.each([
    ['app/zz-page.tsx', '@/lib/result'],
    ['cli/zz-command.ts', '@/lib/policy'],
    ['lib/zz-use-case.ts', '@/db/client'],
    ['db/zz-queries.ts', '@/domain/codes'],
    ['lib/zz-use-case.test.ts', '@/testing/principals'],
  ])('%s may import %s', async (file, from) => {
    expect(await importProblems(file, from)).toEqual([]);
  });
});
