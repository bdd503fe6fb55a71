/** Environment read once, failing fast with a message naming the missing variable. */
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

export const config = {
  get commentsTable(): string {
    return required('COMMENTS_TABLE');
  },
  get reactionsTable(): string {
    return required('REACTIONS_TABLE');
  },
  /** Set locally to DynamoDB Local's URL; unset on AWS. */
  get dynamodbEndpoint(): string | undefined {
    return process.env.DYNAMODB_ENDPOINT || undefined;
  },
  get cognitoUserPoolId(): string {
    return required('COGNITO_USER_POOL_ID');
  },
  get cognitoClientId(): string {
    return required('COGNITO_CLIENT_ID');
  },
  get region(): string {
    return process.env.AWS_REGION || 'eu-west-3';
  },
};
