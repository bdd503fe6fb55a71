/** Bench: a process's peak resident memory, as Linux keeps it (`VmHWM` of `/proc/<pid>/status`). */
import { readFileSync } from 'node:fs';

/** The peak RSS of a running process in MB, or NaN where /proc cannot tell (not Linux, or gone). */
export function peakRssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}
