/**
 * The widget's promised size: every article page downloads the entry script before comments show,
 * so its gzip weight is a budget the product promises (issue 4: at most 12 KB, CSS and French
 * texts included). `npm test` builds the widget first, so this check always has a build to weigh.
 */
import { describe, expect, it } from 'vitest';
import { WIDGET_GZIP_BUDGET, widgetSizes } from '../../bench/widget-size.js';

describe('widget size budget', () => {
  it('keeps widget.js within its gzip budget', () => {
    // Prepare
    const sizes = widgetSizes();
    // Assess
    expect(sizes, 'dist/widget/widget.js: run `npm run build:widget` first').toBeDefined();
    expect(sizes?.entry.gzipBytes).toBeLessThanOrEqual(WIDGET_GZIP_BUDGET);
  });

  it('splits the widget into chunks, so screens used by few readers stay out of the entry', () => {
    const sizes = widgetSizes();
    const names = sizes?.chunks.map((chunk) => chunk.file) ?? [];
    expect(names.some((name) => name.startsWith('chunks/kit-'))).toBe(true);
    expect(names.some((name) => name.startsWith('chunks/auth-panel-'))).toBe(true);
  });
});
