/**
 * Imported first by bench/run.ts, before any module that reads the environment at load time:
 * the handlers' logger would otherwise print a JSON line per request, hundreds per second.
 */
process.env.LOG_LEVEL = 'SILENT';
// The pinned SDK warns once that its 2027 releases will need Node 22: known, and noise in a report.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
