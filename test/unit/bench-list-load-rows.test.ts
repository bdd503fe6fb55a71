/** The bench's issue-18 rows: a missed goal shows ✗, not only a figure. */
import { describe, expect, it } from 'vitest';
import {
  type ListThroughput,
  listThroughputRows,
  type ServerThroughput,
} from '../../bench/list-throughput.js';
import { footprintRows } from '../../bench/local-footprint.js';

const server = (medianRps: number): ServerThroughput => ({
  rps: [medianRps],
  medianRps,
  p99Ms: 20,
  failed: 0,
  maxRssMb: 150,
});

const run = (current: number, base: number, sameBody = true): ListThroughput => ({
  baseRef: 'e2ee2b6',
  baseCommit: 'e2ee2b6',
  connections: 10,
  rounds: 1,
  secondsPerRound: 10,
  current: server(current),
  base: server(base),
  ratio: current / base,
  sameBody,
});

const ratioRow = (t: ListThroughput) => listThroughputRows(t).find((row) => row.metric.includes('ratio'));

describe('the list-load rows', () => {
  it('marks a throughput ratio under 1.5 as missed', () => {
    // Act
    const row = ratioRow(run(140, 100));

    // Assess
    expect(row).toMatchObject({ value: '1.40', budget: '≥ 1.5', ok: false });
  });

  it('marks a throughput ratio of 1.5 or more as met', () => {
    expect(ratioRow(run(150, 100))?.ok).toBe(true);
  });

  it('marks a list whose JSON differs from the base as failed', () => {
    // Act
    const row = listThroughputRows(run(200, 100, false)).find((r) => r.metric.includes('byte for byte'));

    // Assess
    expect(row).toMatchObject({ value: 'different', ok: false });
  });

  it('marks npm start over 600 MB, Node and Java together, as missed', () => {
    // Act
    const [row] = footprintRows({ nodeMb: 250, javaMb: 360, requests: 1000, seconds: 10 });

    // Assess
    expect(row).toMatchObject({ value: '610 MB (Node 250 MB, Java 360 MB)', ok: false });
  });
});
