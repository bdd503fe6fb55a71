/** Infra: the CDN serves the widget and the console from a private bucket, with the right headers. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { staticFile } from '../../functions/local/static-files.js';
import { WebHeaders } from '../../infra/constructs/web-headers.js';
import {
  assetAllowOrigin,
  consoleContentSecurityPolicy,
  entryCacheControl,
  immutableCacheControl,
  securityHeaders,
  type WebFileKind,
  webFileHeaders,
} from '../../infra/web-security.js';
import { type Resource, synthStacks, testApp } from './synth-stacks.js';

const { web, stacks } = synthStacks();
const distribution = () =>
  (Object.values(web.findResources('AWS::CloudFront::Distribution'))[0] as Resource).Properties
    .DistributionConfig as Record<string, unknown> & { CacheBehaviors: Record<string, unknown>[] };
const behavior = (pattern: string) => distribution().CacheBehaviors.find((b) => b.PathPattern === pattern);
const headersPolicy = (comment: string) =>
  (
    Object.values(web.findResources('AWS::CloudFront::ResponseHeadersPolicy')).find(
      (r) =>
        ((r as Resource).Properties.ResponseHeadersPolicyConfig as { Comment: string }).Comment === comment,
    ) as Resource
  ).Properties.ResponseHeadersPolicyConfig as Record<string, Record<string, unknown>>;

describe('the bucket', () => {
  it('is private, encrypted, versioned, SSL-only and retained', () => {
    web.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: {
        BucketName: Match.absent(),
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        VersioningConfiguration: { Status: 'Enabled' },
      },
    });
    web.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('is read by CloudFront alone, through origin access control', () => {
    web.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    const policy = Object.values(web.findResources('AWS::S3::BucketPolicy'))[0] as Resource;
    const statements = (policy.Properties.PolicyDocument as { Statement: Record<string, unknown>[] })
      .Statement;
    const allowed = statements.filter((s) => s.Effect === 'Allow');
    expect(allowed).toHaveLength(1);
    expect(allowed[0]).toMatchObject({
      Principal: { Service: 'cloudfront.amazonaws.com' },
      Action: 's3:GetObject',
      Condition: { StringEquals: { 'AWS:SourceArn': expect.anything() } },
    });
  });
});

describe('the distribution', () => {
  it('speaks HTTPS only, HTTP/2 and 3, and compresses', () => {
    const config = distribution();
    expect(config.HttpVersion).toBe('http2and3');
    const behaviors = [config.DefaultCacheBehavior as Record<string, unknown>, ...config.CacheBehaviors];
    for (const b of behaviors)
      expect(b).toMatchObject({ ViewerProtocolPolicy: 'https-only', Compress: true });
  });

  it('keeps widget.js briefly and hashed files for a year', () => {
    expect(headersPolicy('Réagir: WidgetHeaders').CustomHeadersConfig).toEqual({
      Items: [{ Header: 'Cache-Control', Value: entryCacheControl, Override: true }],
    });
    expect(headersPolicy('Réagir: ImmutableHeaders').CustomHeadersConfig).toEqual({
      Items: [{ Header: 'Cache-Control', Value: immutableCacheControl, Override: true }],
    });
    expect(behavior('/chunks/*')).toBeDefined();
    expect(behavior('/console/assets/*')?.ResponseHeadersPolicyId).toEqual(
      behavior('/chunks/*')?.ResponseHeadersPolicyId,
    );
  });

  it('lets a page of any origin load widget.js and import its chunks (CORS, GET only, no credentials)', () => {
    for (const comment of ['Réagir: WidgetHeaders', 'Réagir: ImmutableHeaders']) {
      const cors = headersPolicy(comment).CorsConfig as {
        AccessControlAllowOrigins: { Items: string[] };
        AccessControlAllowMethods: { Items: string[] };
        AccessControlAllowCredentials: boolean;
      };
      expect(cors.AccessControlAllowOrigins.Items).toEqual([assetAllowOrigin]);
      expect(cors.AccessControlAllowMethods.Items).toEqual(['GET', 'HEAD']);
      expect(cors.AccessControlAllowCredentials).toBe(false);
    }
    expect(assetAllowOrigin).toBe('*');
  });

  it('sends the same CORS header from `npm start` as from the CDN, on widget.js and chunks only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reagir-static-'));
    mkdirSync(join(dir, 'widget', 'chunks'), { recursive: true });
    writeFileSync(join(dir, 'widget', 'widget.js'), '');
    writeFileSync(join(dir, 'widget', 'chunks', 'kit-abc.js'), '');
    mkdirSync(join(dir, 'console'));
    writeFileSync(join(dir, 'console', 'index.html'), '');
    const allow = async (path: string) =>
      (await staticFile(path, join(dir, 'widget')))?.headers['access-control-allow-origin'];

    expect(await allow('/widget.js')).toBe(assetAllowOrigin);
    expect(await allow('/chunks/kit-abc.js')).toBe(assetAllowOrigin);
    expect(await allow('/console/')).toBeUndefined();
    expect(headersPolicy('Réagir: ConsoleHeaders').CorsConfig).toBeUndefined();
  });

  it('serves the console under /console/ with a strict CSP, never framed, never sniffed', () => {
    const security = headersPolicy('Réagir: ConsoleHeaders').SecurityHeadersConfig as Record<
      string,
      Record<string, unknown>
    >;
    const csp = JSON.stringify(security.ContentSecurityPolicy?.ContentSecurityPolicy);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(consoleContentSecurityPolicy()).toContain("default-src 'none'");
    expect(security.ContentTypeOptions).toEqual({ Override: true });
    expect(security.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
    expect(behavior('/console*')?.FunctionAssociations).toHaveLength(1);
  });

  it('forwards /v1/* to the API with the token, uncached, every method, without the Host header', () => {
    const api = behavior('/v1/*');
    expect(api?.AllowedMethods).toHaveLength(7);
    web.hasResourceProperties('AWS::CloudFront::CachePolicy', {
      CachePolicyConfig: Match.objectLike({
        Comment: 'Réagir: ApiCache',
        DefaultTTL: 0,
        MinTTL: 0,
        ParametersInCacheKeyAndForwardedToOrigin: Match.objectLike({
          HeadersConfig: { HeaderBehavior: 'whitelist', Headers: ['Authorization'] },
        }),
      }),
    });
    web.hasResourceProperties('AWS::CloudFront::OriginRequestPolicy', {
      OriginRequestPolicyConfig: Match.objectLike({
        Comment: 'Réagir: ApiRequests',
        HeadersConfig: {
          HeaderBehavior: 'whitelist',
          Headers: ['Content-Type', 'Idempotency-Key', 'Origin', 'User-Agent', 'CloudFront-Viewer-Address'],
        },
      }),
    });
    expect(JSON.stringify(api?.OriginRequestPolicyId)).toContain('ApiRequests');
  });

  it('shares the first page and the counts as the API says, keyed by query, origin and token, compressed', () => {
    for (const path of ['/v1/comments', '/v1/counts']) {
      const shared = behavior(path);
      expect(shared?.AllowedMethods).toHaveLength(7);
      expect(shared?.Compress).toBe(true);
      expect(JSON.stringify(shared?.CachePolicyId)).toContain('SharedApiCache');
    }
    web.hasResourceProperties('AWS::CloudFront::CachePolicy', {
      CachePolicyConfig: Match.objectLike({
        Comment: 'Réagir: SharedApiCache',
        DefaultTTL: 0,
        MinTTL: 0,
        MaxTTL: 60,
        ParametersInCacheKeyAndForwardedToOrigin: Match.objectLike({
          EnableAcceptEncodingBrotli: true,
          EnableAcceptEncodingGzip: true,
          HeadersConfig: { HeaderBehavior: 'whitelist', Headers: ['Authorization', 'Origin'] },
          QueryStringsConfig: { QueryStringBehavior: 'all' },
        }),
      }),
    });
  });

  it('lists the shared paths before /v1/*, which would take them otherwise', () => {
    const order = distribution().CacheBehaviors.map((b) => b.PathPattern);
    expect(order.indexOf('/v1/comments')).toBeLessThan(order.indexOf('/v1/*'));
    expect(order.indexOf('/v1/counts')).toBeLessThan(order.indexOf('/v1/*'));
  });

  it('proves to the API that a request came through it, with the stage’s edge secret', () => {
    const origins = JSON.stringify(distribution().Origins);
    expect(origins).toContain('x-reagir-edge');
    expect(origins).toContain('resolve:secretsmanager');
  });
});

describe('the response headers policies', () => {
  const apiUrl = 'https://api.example.fr';
  const stack = new Stack(testApp(), 'Headers');
  new WebHeaders(stack, 'Headers', { apiUrl });
  const policies = Template.fromStack(stack).findResources('AWS::CloudFront::ResponseHeadersPolicy');
  /** The headers a policy adds, by lower-case name, as a browser would receive them. */
  const sentBy = (comment: string): Record<string, string> => {
    const entry = Object.values(policies).find(
      (r) =>
        ((r as Resource).Properties.ResponseHeadersPolicyConfig as { Comment: string }).Comment === comment,
    ) as Resource;
    const config = entry.Properties.ResponseHeadersPolicyConfig as Record<string, unknown>;
    const security = config.SecurityHeadersConfig as Record<
      string,
      Record<string, string | number | boolean>
    >;
    const hsts = security.StrictTransportSecurity ?? {};
    const cors = config.CorsConfig as { AccessControlAllowOrigins?: { Items: string[] } } | undefined;
    const custom = (config.CustomHeadersConfig as { Items: { Header: string; Value: string }[] }).Items;
    return {
      ...Object.fromEntries(custom.map((h) => [h.Header.toLowerCase(), h.Value])),
      'content-security-policy': String(security.ContentSecurityPolicy?.ContentSecurityPolicy),
      'strict-transport-security': `max-age=${hsts.AccessControlMaxAgeSec}${hsts.IncludeSubdomains ? '; includeSubDomains' : ''}${hsts.Preload ? '; preload' : ''}`,
      ...(security.ContentTypeOptions ? { 'x-content-type-options': 'nosniff' } : {}),
      'x-frame-options': String(security.FrameOptions?.FrameOption),
      'referrer-policy': String(security.ReferrerPolicy?.ReferrerPolicy),
      ...(cors
        ? { 'access-control-allow-origin': String(cors.AccessControlAllowOrigins?.Items.join(',')) }
        : {}),
    };
  };

  it.each([
    ['Réagir: WidgetHeaders', 'widget'],
    ['Réagir: ImmutableHeaders', 'immutable'],
    ['Réagir: ConsoleHeaders', 'console'],
  ] as [string, WebFileKind][])(
    '%s adds exactly what web-security.ts defines, which npm start sends',
    (comment, kind) => {
      const sent = sentBy(comment);

      expect(sent).toEqual(webFileHeaders(kind, apiUrl));
      expect(sent).toMatchObject(securityHeaders);
    },
  );
});

/** Runs a CloudFront Function of the template on a viewer request, as the edge would. */
function runEdgeFunction(name: string, uri: string, headers: Record<string, string> = {}) {
  const functions = Object.entries(web.findResources('AWS::CloudFront::Function'));
  const [, fn] = functions.find(([id]) => id.includes(name)) ?? [];
  const code = (fn as Resource).Properties.FunctionCode as string;
  const handler = new Function(`${code}; return handler;`)() as (event: unknown) => Record<string, unknown>;
  const viewerHeaders = Object.fromEntries(Object.entries(headers).map(([k, value]) => [k, { value }]));
  return handler({ request: { uri, headers: viewerHeaders } });
}

describe('the edge functions', () => {
  it('serve the console page for its folder and client-side routes, and files as they are', () => {
    expect(runEdgeFunction('ConsoleRewrite', '/console')).toMatchObject({ statusCode: 301 });
    expect(runEdgeFunction('ConsoleRewrite', '/console/').uri).toBe('/console/index.html');
    expect(runEdgeFunction('ConsoleRewrite', '/console/queue/pending').uri).toBe('/console/index.html');
    expect(runEdgeFunction('ConsoleRewrite', '/console/assets/index-abc.js').uri).toBe(
      '/console/assets/index-abc.js',
    );
  });

  it('drop the Origin of same-origin API calls only, so cross-origin calls keep their CORS checks', () => {
    const host = 'd111.cloudfront.net';
    const same = runEdgeFunction('SameOriginApi', '/v1/moderation/decisions', {
      host,
      origin: `https://${host}`,
    });
    expect(same.headers).not.toHaveProperty('origin');
    const other = runEdgeFunction('SameOriginApi', '/v1/comments', { host, origin: 'https://evil.example' });
    expect(other.headers).toHaveProperty('origin');
  });
});

describe('the content', () => {
  it('uploads the widget at the root and the console under console/, invalidating their entry files', () => {
    web.resourceCountIs('Custom::CDKBucketDeployment', 2);
    web.hasResourceProperties('Custom::CDKBucketDeployment', {
      DestinationBucketKeyPrefix: Match.absent(),
      DistributionPaths: ['/widget.js'],
      Prune: false,
    });
    web.hasResourceProperties('Custom::CDKBucketDeployment', {
      DestinationBucketKeyPrefix: 'console/',
      DistributionPaths: ['/console*'],
    });
  });

  it('still synthesizes when nothing was built, skipping the upload with a warning', () => {
    const empty = mkdtempSync(join(tmpdir(), 'reagir-empty-'));
    const { web: bare, stacks: bareStacks } = synthStacks({ distDir: empty });
    bare.resourceCountIs('Custom::CDKBucketDeployment', 0);
    const warnings = Annotations.fromStack(bareStacks.web).findWarning(
      '*',
      Match.stringLikeRegexp('is not deployed'),
    );
    expect(warnings).toHaveLength(2);
  });

  it('prints the CDN URL, the console URL and the script tag of each site', () => {
    web.hasOutput('CdnUrl', {});
    web.hasOutput('ConsoleUrl', {});
    const tag = JSON.stringify(web.findOutputs('ScriptTagdemo'));
    // No data-api: the widget calls its own origin, the CDN.
    expect(tag).toContain('/widget.js\\" data-site=\\"demo\\" async>');
    expect(tag).toContain('async></script>');
    expect(stacks.web.content.deployed).toEqual(['Widget', 'Console']);
  });
});
