/**
 * Deterministic generator of assistant-médical contract-years for the benchmark (no Math.random: a
 * small seeded PRNG, so every run and every machine sees the same data).
 */
export function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BANDS = ['P30-P50', 'P50-P70', 'P70-P90', 'P90-P95', 'P95+'];
const pad = (n) => String(n).padStart(2, '0');

/** The n-th contract-year of the stream: a contract signed 2019-09..2026, hired 0–90 days later. */
export function* contractYears(count, seed = 20261123) {
  const rand = prng(seed);
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  for (let i = 0; i < count; i++) {
    const year = int(2019, 2026);
    const month = year === 2019 ? int(9, 12) : int(1, 12);
    const day = int(1, 28);
    const signedOn = `${year}-${pad(month)}-${pad(day)}`;
    const hireMonth = month + int(0, 2);
    const hiredOn = hireMonth > 12 ? `${year + 1}-${pad(hireMonth - 12)}-${pad(day)}` : `${year}-${pad(hireMonth)}-${pad(day)}`;
    const option = signedOn < '2023-05-01' ? ['1/3', '1/2', '1'][int(0, 2)] : ['1/2', '1'][int(0, 1)];
    const band = BANDS[int(0, 4)];
    const startingPatients = int(650, 3000);
    const targetPatients = startingPatients + int(0, 400);
    const contractYear = int(1, 5);
    const reachedPatients = startingPatients + int(-100, 500);
    yield { signedOn, hiredOn, option, band, startingPatients, targetPatients, year: contractYear, reachedPatients: Math.max(0, reachedPatients) };
  }
}

export const CSV_HEADER = 'signedOn,hiredOn,option,band,startingPatients,objective.targetPatients,year,achievement.reachedPatients';

export function csvRow(c) {
  return `${c.signedOn},${c.hiredOn},${c.option},${c.band},${c.startingPatients},${c.targetPatients},${c.year},${c.year >= 3 ? c.reachedPatients : ''}\n`;
}
