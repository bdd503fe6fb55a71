/**
 * Local stack: where the command-line tools (`npm run site`, `npm run export`) point the SDK. A
 * configured COMMENTS_TABLE (a deployed stage, with its AWS credentials) wins; otherwise the
 * running `npm start` is found through its stack file, whatever its DATA_DIR.
 */
import { UsageError } from '../sites/cli-options.js';
import { readStackFile, stackFilePath } from './stack-file.js';

/** Points the SDK at the running local stack, unless a table is configured; which one it uses. */
export function useLocalStackUnlessConfigured(): 'configured' | 'local' {
  if (process.env.COMMENTS_TABLE) return 'configured';
  const stack = readStackFile();
  if (!stack) {
    throw new UsageError(
      `No local stack is running (no ${stackFilePath()}): run \`npm start\` first, or set COMMENTS_TABLE and AWS credentials for a deployed table.`,
    );
  }
  Object.assign(process.env, stack.env);
  return 'local';
}
