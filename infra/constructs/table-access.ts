/**
 * Data access: what a Lambda may do on a table, as explicit DynamoDB actions on the table and on
 * each of its named indexes. No `index/*` wildcard and no Scan: every read path is a key lookup.
 */
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';

/** How much of a table a function may touch. */
export type TableAccess = 'none' | 'read' | 'readWrite';

/** A table and the names of its indexes, which the grants list one by one. */
export interface TableRef {
  readonly table: ITable;
  readonly indexNames: readonly string[];
}

/** The two tables, as the handlers find them in COMMENTS_TABLE and REACTIONS_TABLE. */
export interface AppTableRefs {
  readonly comments: TableRef;
  readonly reactions: TableRef;
}

// What the repositories send (Get, BatchGet, Query; TransactWrite is authorized per item action).
const readActions = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'];
const writeActions = [
  'dynamodb:ConditionCheckItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
];

/** The DynamoDB actions an access level allows. */
export const tableActions = (access: TableAccess): string[] =>
  access === 'none' ? [] : access === 'read' ? readActions : [...readActions, ...writeActions];

/** Grants `access` to `ref`'s table (all actions) and indexes (queries only: indexes cannot be written). */
export function grantTable(ref: TableRef, grantee: IGrantable, access: TableAccess): void {
  if (access === 'none') return;
  const arn = ref.table.tableArn;
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({ actions: tableActions(access), resources: [arn] }),
  );
  if (ref.indexNames.length > 0) {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        resources: ref.indexNames.map((name) => `${arn}/index/${name}`),
      }),
    );
  }
}
