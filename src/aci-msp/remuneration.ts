/**
 * The yearly remuneration of an MSP under the ACI: points of every indicator, their value in euros,
 * the precarity majoration, the new-structure minimum, the advance and the balance, each explained.
 *
 * Order of the computation (ACI 2017 and Avenant 1; ameli « Rémunération des maisons de santé
 * pluriprofessionnelles », Cnam guide):
 * 1. the version and catalogue in force for the calendar year; 2. each indicator's points;
 * 3. the socle prérequis (one missing: nothing is paid); 4. total points × point value;
 * 5. prorata of a first partial year; 6. precarity majoration; 7. new-structure minimum;
 * 8. advance (60 % of the amount for 100 % of the socle and prérequis indicators); 9. balance.
 */
import type { Decimal } from 'decimal.js';
import { isIsoDate, plusMonths, plusYears, yearOf, type IsoDate } from '../core/dates.js';
import { ExerciceCoordonneError, invalid, isExerciceCoordonneError, issue } from '../core/errors.js';
import { step, type Explanation, type Step } from '../core/explain.js';
import { Dec, allocate, euro, max as maxOf, min as minOf, roundToCent, signedEuro, sum } from '../core/money.js';
import { checkOverrides, type Label, type Resolved, type RuleReading } from '../core/parameters.js';
import { parseInput } from '../core/validation.js';
import { ParamReader, text, unitsInYear, unitsToYearEnd, type ProrataBasis, type YearFacts } from './context.js';
import { definition, runIndicator, typeOf, type Axis, type IndicatorContext, type Part, type PartKind } from './indicators.js';
import { PARAMETERS, RULES, VERSIONS, type IndicatorId, type IndicatorType, type MspParameterId, type MspVersion } from './parameters.js';
import { guide, SOURCES as S } from './sources.js';
import { yearInputSchema, type MspOverrides, type MspAchievementsInput, type MspContractInput, type MspOptionsInput, type MspYearInput, type MspYearParsed } from './schema.js';

/** The points of one indicator in the year. */
export interface IndicatorResult {
  readonly id: IndicatorId;
  readonly label: Label;
  readonly axis: Axis;
  readonly type: IndicatorType;
  /** The indicator is met (a socle prérequis not achieved stops the whole remuneration). */
  readonly achieved: boolean;
  /** Fixed points earned (exact). */
  readonly fixed: Decimal;
  /** Variable points earned (exact; prorated information-system points are rounded to the hundredth). */
  readonly variable: Decimal;
  /** fixed + variable. Shown even when a prérequis fails (then nothing is paid: see `amount`). */
  readonly points: Decimal;
  /** The parts of the points (base, levels, IPA bonus…). */
  readonly parts: readonly { readonly key: string; readonly label: Label; readonly kind: PartKind; readonly points: Decimal }[];
  /** What these points are worth for a full year: points × point value, rounded to the cent. */
  readonly value: Decimal;
  /** This indicator's share of the paid `amount` (allocated by points, in whole cents; 0 if not paid). */
  readonly amount: Decimal;
  readonly explanation: Explanation;
}

/** Result of {@link yearlyRemuneration}. Decimals serialise to JSON as strings (euros as "1234.50"). */
export interface MspYearResult {
  readonly scheme: 'aci-msp';
  readonly structure?: string;
  readonly year: number;
  readonly version: MspVersion;
  /** Socle prérequis: all met, or those missing (then no remuneration for the year). */
  readonly prerequisites: { readonly met: boolean; readonly missing: readonly { readonly id: IndicatorId; readonly label: Label }[] };
  readonly byIndicator: readonly IndicatorResult[];
  /** Points paid (zero when a prérequis is missing). */
  readonly points: { readonly fixed: Decimal; readonly variable: Decimal; readonly total: Decimal };
  /** Value of one point, in euros. */
  readonly pointValue: Decimal;
  /** Value of the points in euros, after the prorata of a first partial year. */
  readonly amount: Decimal;
  /** Prorata of a first partial year (the contract signed during the year), or null. */
  readonly prorata: {
    readonly from: IsoDate;
    readonly to: IsoDate;
    readonly basis: ProrataBasis;
    readonly numerator: number;
    readonly denominator: number;
    /** Amount for a full year, before the prorata. */
    readonly fullYearAmount: Decimal;
  } | null;
  /** Precarity majoration (C2S and AME patients). */
  readonly precarity: {
    /** False when the contract gives no precarity rates. */
    readonly applied: boolean;
    /** Majoration rate (capped). */
    readonly rate: Decimal;
    readonly capped: boolean;
    readonly majoration: Decimal;
  };
  /** New-structure disposition (projet de santé filed less than a year before signature). */
  readonly newStructure: {
    readonly isNew: boolean;
    /** 1 or 2 during the disposition, null otherwise. */
    readonly yearOfDisposition: number | null;
    /** Guaranteed minimum for the year (0 outside the disposition). */
    readonly minimum: Decimal;
    /** What is added to reach the minimum. */
    readonly topUp: Decimal;
  };
  /** amount + majoration + new-structure top-up. */
  readonly total: Decimal;
  /** Advance paid during the year. */
  readonly advance: { readonly amount: Decimal; readonly dueBy: IsoDate; readonly basisPoints: Decimal };
  /** total − advance (negative: the excess advance to recover), due by 30 April of the next year. */
  readonly balance: { readonly amount: Decimal; readonly dueBy: IsoDate; readonly kind: 'payment' | 'recovery' | 'none' };
  readonly explanation: Explanation;
}

/** The fields of a year's input besides contract, year and achievements. */
export interface MspExtra {
  /** Caller's values of parameters, by id (see docs/aci-msp.md, e.g. the national C2S/AME rates). */
  readonly overrides?: MspOverrides;
  readonly options?: MspOptionsInput;
}

const ZERO = () => new Dec(0);

function dueDate(rd: ParamReader, year: number, monthId: MspParameterId, dayId: MspParameterId, uses: Resolved[]): IsoDate {
  const month = rd.int(monthId, uses);
  const day = rd.int(dayId, uses);
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isIsoDate(iso)) invalid(['overrides', dayId], day, `a day that exists in month ${month}`);
  return iso;
}

function prorate(amount: Decimal, num: number, den: number): Decimal {
  if (num >= den) return amount;
  return allocate(amount, [new Dec(num), new Dec(den - num)])[0]!;
}

function normalise(args: readonly unknown[]): unknown {
  if (args.length <= 1) return args[0];
  const [contract, year, achievements, extra] = args;
  if (extra !== undefined && (typeof extra !== 'object' || extra === null || Array.isArray(extra))) {
    invalid(['options'], extra, 'an object { overrides?, options? } as fourth argument');
  }
  return { contract, year, achievements, ...(extra as object | undefined) };
}

/**
 * The yearly remuneration of a maison de santé pluriprofessionnelle under the ACI (2017, Avenant 1).
 *
 * Call it with the JSON shape `{ contract, year, achievements, overrides?, options? }` (as in
 * `examples/aci-msp/msp.json`), or as `yearlyRemuneration(contract, year, achievements, { overrides, options })`.
 *
 * @throws ExerciceCoordonneError `invalid-input` (a field, its value and what was expected),
 *   `not-in-force` (a year before 2017) or `missing-parameter` (e.g. a national C2S/AME rate needed by
 *   the precarity majoration and not given as an override).
 */
export function yearlyRemuneration(input: MspYearInput): MspYearResult;
export function yearlyRemuneration(contract: MspContractInput, year: number, achievements: MspAchievementsInput, extra?: MspExtra): MspYearResult;
export function yearlyRemuneration(...args: unknown[]): MspYearResult {
  const raw = normalise(args);
  const input = parseInput(yearInputSchema, raw);
  const overrides = checkOverrides(PARAMETERS, input.overrides);
  return compute(input, overrides);
}

function compute(input: MspYearParsed, overrides: ReturnType<typeof checkOverrides>): MspYearResult {
  const { contract: c, year, achievements } = input;
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const rd = new ParamReader(yearStart, overrides, ['year']);
  const steps: Step[] = [];

  // 1. Version and catalogue
  const versionUses: Resolved[] = [];
  const version = rd.choice<MspVersion>('msp.version', versionUses);
  const catalogue = rd.list('msp.catalogue', versionUses) as readonly IndicatorId[];
  steps.push(
    step({
      rule: 'msp.version',
      label: text({ fr: 'Texte applicable à l’exercice ', en: 'Text governing year ' }, String(year)),
      inputs: { year, indicators: [...catalogue] },
      value: version,
      uses: versionUses,
      alternatives: VERSIONS.filter((v) => v !== version).map((v) => ({
        value: v,
        reason: text({ fr: 'ne régit pas l’exercice ', en: 'does not govern year ' }, String(year)),
      })),
    }),
  );

  // Cross-field checks
  for (const [id, value] of Object.entries(achievements)) {
    if (value !== undefined && !catalogue.includes(id as IndicatorId)) {
      invalid(['achievements', id], value, `an indicator of the ${version} catalogue in force for ${year}: ${catalogue.join(', ')}`);
    }
  }
  if (c.projetDeSanteFiledOn > c.signedOn) {
    invalid(['contract', 'projetDeSanteFiledOn'], c.projetDeSanteFiledOn, `a date on or before the contract's signature (${c.signedOn})`);
  }
  const signYear = yearOf(c.signedOn);
  if (year < signYear) invalid(['year'], year, `a year from the contract's signature year (${signYear}) on`);

  const coverageFrom = c.signedOn > yearStart ? c.signedOn : yearStart;
  const facts: YearFacts = {
    year,
    version,
    yearStart,
    yearEnd,
    coverageFrom,
    patientele: new Dec(c.patientele),
    professionals: c.associatedProfessionals,
    ipa: c.ipa ?? false,
    aboveCap: input.options?.aboveCap ?? 'reject',
  };

  // 2. Indicators
  const computed = catalogue.map((id) => {
    const def = definition(id);
    const typeUses: Resolved[] = [];
    const type = typeOf(def, rd, typeUses);
    const ctx: IndicatorContext = { rd, facts, achievements, path: ['achievements', id] };
    const { computation, step: s } = runIndicator(def, ctx, achievements[id], type, typeUses);
    steps.push(s);
    const fixed = sum(computation.parts.filter((p) => p.kind === 'fixed').map((p) => p.points));
    const variable = sum(computation.parts.filter((p) => p.kind === 'variable').map((p) => p.points));
    return { id, def, type, computation, step: s, fixed, variable, points: fixed.plus(variable) };
  });

  // 3. Socle prérequis
  const prerequisites = computed.filter((r) => r.type === 'socle-prerequis');
  const missing = prerequisites.filter((r) => !r.computation.achieved);
  const paid = missing.length === 0;
  steps.push(
    step({
      rule: 'msp.prerequisites',
      label: paid
        ? { fr: 'Indicateurs socle prérequis : tous atteints', en: 'Core prerequisite indicators: all met' }
        : text(
            { fr: 'Socle prérequis non atteint, aucune rémunération pour l’exercice : ', en: 'Core prerequisite not met, no remuneration for the year: ' },
            ...missing.flatMap((m, i) => (i === 0 ? [m.def.label] : [', ', m.def.label])),
          ),
      inputs: { prerequisites: prerequisites.map((p) => p.id), missing: missing.map((m) => m.id) },
      value: paid,
      sources: [guide('6, 21, 24, 26'), S.femasifBoite],
    }),
  );

  // 4. Points and euros
  const pointsFixed = paid ? sum(computed.map((r) => r.fixed)) : ZERO();
  const pointsVariable = paid ? sum(computed.map((r) => r.variable)) : ZERO();
  const pointsTotal = pointsFixed.plus(pointsVariable);
  steps.push(
    step({
      rule: 'msp.points.total',
      label: { fr: 'Total des points (fixes + variables)', en: 'Total points (fixed + variable)' },
      inputs: { fixed: pointsFixed, variable: pointsVariable },
      value: pointsTotal,
    }),
  );
  const amountUses: Resolved[] = [];
  const pointValue = rd.dec('msp.point-value', amountUses);
  const exactAmount = pointsTotal.times(pointValue);
  const fullYearAmount = roundToCent(exactAmount);
  steps.push(
    step({
      rule: 'msp.amount',
      label: text({ fr: 'Valeur des points : ', en: 'Value of the points: ' }, pointsTotal, ' × ', pointValue, ' €'),
      inputs: { points: pointsTotal, pointValue },
      value: fullYearAmount.toFixed(2),
      uses: amountUses,
      ...(exactAmount.equals(fullYearAmount) ? {} : { rules: [RULES.euroRounding] }),
    }),
  );

  // 5. First partial year
  let amount = fullYearAmount;
  let prorataInfo: MspYearResult['prorata'] = null;
  let fraction: { num: number; den: number } | null = null;
  if (coverageFrom > yearStart) {
    const uses: Resolved[] = [];
    const basis = rd.choice<ProrataBasis>('msp.prorata.basis', uses);
    const num = unitsToYearEnd(coverageFrom, basis);
    const den = unitsInYear(year, basis);
    fraction = { num, den };
    amount = prorate(fullYearAmount, num, den);
    prorataInfo = { from: coverageFrom, to: yearEnd, basis, numerator: num, denominator: den, fullYearAmount: euro(fullYearAmount) };
    steps.push(
      step({
        rule: 'msp.prorata',
        label: text(
          { fr: 'Première année incomplète : ', en: 'First partial year: ' },
          fullYearAmount.toFixed(2),
          ' € × ',
          String(num),
          '/',
          String(den),
          { fr: basis === 'days' ? ' jours' : ' mois', en: basis === 'days' ? ' days' : ' months' },
          { fr: ` (du ${coverageFrom} au ${yearEnd})`, en: ` (from ${coverageFrom} to ${yearEnd})` },
        ),
        inputs: { signedOn: c.signedOn, numerator: num, denominator: den, fullYearAmount: fullYearAmount.toFixed(2) },
        value: amount.toFixed(2),
        uses,
        rules: [RULES.firstYearProrata],
      }),
    );
  }

  // 6. Precarity majoration
  let precarity: MspYearResult['precarity'];
  if (!c.precarity) {
    precarity = { applied: false, rate: ZERO(), capped: false, majoration: euro(0) };
    steps.push(
      step({
        rule: 'msp.precarity',
        label: { fr: 'Majoration précarité : taux C2S et AME non renseignés, pas de majoration calculée', en: 'Precarity majoration: no C2S/AME rates given, none computed' },
        inputs: {},
        value: '0.00',
        sources: [S.ameliRemuneration],
      }),
    );
  } else {
    const uses: Resolved[] = [];
    const gap = (rate: Decimal, id: MspParameterId): Decimal => {
      if (rate.isZero()) return ZERO();
      return maxOf(rate.minus(rd.dec(id, uses)), ZERO());
    };
    const c2sGap = gap(c.precarity.c2sRate, 'msp.precarite.national-rate-c2s');
    const ameGap = gap(c.precarity.ameRate, 'msp.precarite.national-rate-ame');
    const cap = rd.dec('msp.precarite.cap', uses);
    const uncapped = c2sGap.plus(ameGap);
    const rate = minOf(uncapped, cap);
    const majoration = euro(roundToCent(amount.times(rate)));
    precarity = { applied: true, rate, capped: uncapped.greaterThan(cap), majoration };
    steps.push(
      step({
        rule: 'msp.precarity',
        label: text(
          { fr: 'Majoration précarité : ', en: 'Precarity majoration: ' },
          amount.toFixed(2),
          ' € × min(',
          c2sGap,
          ' + ',
          ameGap,
          ', ',
          cap,
          ')',
        ),
        inputs: { c2sRate: c.precarity.c2sRate, ameRate: c.precarity.ameRate, c2sGap, ameGap, rate },
        value: majoration.toFixed(2),
        uses,
        rules: [RULES.precarityFormula],
      }),
    );
  }

  // 7. New structure
  const nsUses: Resolved[] = [];
  const maxAge = rd.int('msp.nouvelle-structure.projet-age-max', nsUses);
  const isNew = c.projetDeSanteFiledOn > plusYears(c.signedOn, -maxAge);
  const dispositionYears = rd.int('msp.nouvelle-structure.years', nsUses);
  const inDisposition = isNew && year < signYear + dispositionYears;
  let minimum = euro(0);
  let topUp = euro(0);
  const beforeMinimum = amount.plus(precarity.majoration);
  if (inDisposition) {
    const nsRules: RuleReading[] = [];
    const minFull = rd.dec('msp.nouvelle-structure.minimum', nsUses);
    minimum = euro(fraction ? prorate(minFull, fraction.num, fraction.den) : minFull);
    if (fraction) nsRules.push(RULES.newStructureMinimumProrata);
    const needsPrerequisites = rd.flag('msp.nouvelle-structure.minimum-requires-prerequisites', nsUses);
    const eligible = paid || !needsPrerequisites;
    topUp = euro(eligible ? maxOf(minimum.minus(beforeMinimum), ZERO()) : ZERO());
    steps.push(
      step({
        rule: 'msp.new-structure',
        label: text(
          { fr: `Nouvelle structure (année ${year - signYear + 1} du dispositif) : minimum `, en: `New structure (year ${year - signYear + 1} of the disposition): minimum ` },
          minimum.toFixed(2),
          eligible ? { fr: ' €, complément ', en: ' €, top-up ' } : { fr: ' € non dû (prérequis non atteints)', en: ' € not due (prérequis not met)' },
          eligible ? `${topUp.toFixed(2)} €` : '',
        ),
        inputs: { projetDeSanteFiledOn: c.projetDeSanteFiledOn, signedOn: c.signedOn, remunerationBeforeMinimum: beforeMinimum.toFixed(2) },
        value: topUp.toFixed(2),
        uses: nsUses,
        rules: nsRules,
      }),
    );
  } else {
    steps.push(
      step({
        rule: 'msp.new-structure',
        label: isNew
          ? { fr: 'Nouvelle structure : dispositif terminé (au-delà des deux premières années civiles)', en: 'New structure: disposition over (past the first two calendar years)' }
          : { fr: 'Pas une nouvelle structure : projet de santé déposé au moins un an avant la signature', en: 'Not a new structure: projet de santé filed at least a year before signature' },
        inputs: { projetDeSanteFiledOn: c.projetDeSanteFiledOn, signedOn: c.signedOn },
        value: '0.00',
        uses: nsUses,
      }),
    );
  }

  const total = euro(beforeMinimum.plus(topUp));
  steps.push(
    step({
      rule: 'msp.total',
      label: { fr: 'Rémunération de l’exercice (points + majoration + complément nouvelle structure)', en: 'Remuneration for the year (points + majoration + new-structure top-up)' },
      inputs: { amount: amount.toFixed(2), majoration: precarity.majoration.toFixed(2), topUp: topUp.toFixed(2) },
      value: total.toFixed(2),
    }),
  );

  // 8. Advance
  const advUses: Resolved[] = [];
  const fullFacts: YearFacts = { ...facts, coverageFrom: yearStart, aboveCap: 'ignore-excess' };
  let basisPoints = ZERO();
  const basisIds: IndicatorId[] = [];
  for (const r of computed) {
    if ((r.type !== 'socle-prerequis' && r.type !== 'socle') || !r.def.full) continue;
    const def = definition(r.id);
    const ctx: IndicatorContext = { rd, facts: fullFacts, achievements: {}, path: ['achievements', r.id] };
    const full = def.compute(ctx, def.full!(ctx));
    for (const u of full.uses) if (!advUses.includes(u)) advUses.push(u);
    basisPoints = basisPoints.plus(sum(full.parts.map((p: Part) => p.points)));
    basisIds.push(r.id);
  }
  const advRate = rd.dec('msp.avance.rate', advUses);
  const basisAmount = roundToCent(basisPoints.times(pointValue));
  let fullAdvance = roundToCent(basisAmount.times(advRate));
  const advRules: RuleReading[] = [RULES.advanceBasis];
  if (inDisposition) fullAdvance = maxOf(fullAdvance, rd.dec('msp.nouvelle-structure.avance', advUses));
  const advanceAmount = euro(fraction ? prorate(fullAdvance, fraction.num, fraction.den) : fullAdvance);
  if (fraction && inDisposition) advRules.push(RULES.newStructureMinimumProrata);
  const advDueBy =
    year === signYear
      ? plusMonths(c.signedOn, rd.int('msp.avance.new-adherent-delay-months', advUses))
      : dueDate(rd, year, 'msp.avance.due-month', 'msp.avance.due-day', advUses);
  steps.push(
    step({
      rule: 'msp.advance',
      label: text(
        { fr: 'Avance : ', en: 'Advance: ' },
        advRate,
        ' × ',
        basisPoints,
        { fr: ' points socles à 100 % × ', en: ' core points at 100 % × ' },
        pointValue,
        ' €',
        fraction ? text(' × ', String(fraction.num), '/', String(fraction.den)) : '',
        inDisposition ? { fr: ' (au moins le minimum nouvelle structure)', en: ' (at least the new-structure minimum)' } : '',
        { fr: `, due au plus tard le ${advDueBy}`, en: `, due by ${advDueBy}` },
      ),
      inputs: { indicators: basisIds, basisPoints, basisAmount: basisAmount.toFixed(2), dueBy: advDueBy },
      value: advanceAmount.toFixed(2),
      uses: advUses,
      rules: advRules,
    }),
  );

  // 9. Balance
  const balUses: Resolved[] = [];
  const balanceAmount = signedEuro(total.minus(advanceAmount));
  const balDueBy = dueDate(rd, year + 1, 'msp.solde.due-month', 'msp.solde.due-day', balUses);
  const kind = balanceAmount.isZero() ? 'none' : balanceAmount.isNegative() ? 'recovery' : 'payment';
  steps.push(
    step({
      rule: 'msp.balance',
      label: text(
        kind === 'recovery'
          ? { fr: 'Solde négatif (avance à récupérer) : ', en: 'Negative balance (advance to recover): ' }
          : { fr: 'Solde : ', en: 'Balance: ' },
        total.toFixed(2),
        ' − ',
        advanceAmount.toFixed(2),
        { fr: ` €, au plus tard le ${balDueBy}`, en: ` €, by ${balDueBy}` },
      ),
      inputs: { total: total.toFixed(2), advance: advanceAmount.toFixed(2), dueBy: balDueBy },
      value: balanceAmount.toFixed(2),
      uses: balUses,
      ...(kind === 'recovery' ? { rules: [RULES.advanceRecovery] } : {}),
    }),
  );

  // Per-indicator euros
  const weights = computed.map((r) => r.points);
  const shares = paid && amount.greaterThan(0) && sum(weights).greaterThan(0) ? allocate(amount, weights) : computed.map(() => ZERO());
  const byIndicator: IndicatorResult[] = computed.map((r, i) => ({
    id: r.id,
    label: r.def.label,
    axis: r.def.axis,
    type: r.type,
    achieved: r.computation.achieved,
    fixed: r.fixed,
    variable: r.variable,
    points: r.points,
    parts: r.computation.parts.map((p) => ({ key: p.key, label: p.label, kind: p.kind, points: p.points })),
    value: euro(roundToCent(r.points.times(pointValue))),
    amount: euro(shares[i]!),
    explanation: [r.step],
  }));

  return {
    scheme: 'aci-msp',
    ...(c.name !== undefined ? { structure: c.name } : {}),
    year,
    version,
    prerequisites: { met: paid, missing: missing.map((m) => ({ id: m.id, label: m.def.label })) },
    byIndicator,
    points: { fixed: pointsFixed, variable: pointsVariable, total: pointsTotal },
    pointValue: euro(pointValue),
    amount: euro(amount),
    prorata: prorataInfo,
    precarity,
    newStructure: { isNew, yearOfDisposition: inDisposition ? year - signYear + 1 : null, minimum, topUp },
    total,
    advance: { amount: advanceAmount, dueBy: advDueBy, basisPoints },
    balance: { amount: balanceAmount, dueBy: balDueBy, kind },
    explanation: steps,
  };
}

// ---------------------------------------------------------------------------------------------------
// Comparing two scenarios

/** Difference between two achievement scenarios of the same MSP and year (b − a). */
export interface MspComparison {
  readonly a: MspYearResult;
  readonly b: MspYearResult;
  readonly difference: {
    readonly points: { readonly fixed: Decimal; readonly variable: Decimal; readonly total: Decimal };
    /** Difference of the value of the points (signed euros). */
    readonly amount: Decimal;
    /** Difference of the year's remuneration (signed euros): what b gains over a. */
    readonly total: Decimal;
    readonly advance: Decimal;
    /** Indicators whose points differ. */
    readonly byIndicator: readonly { readonly id: IndicatorId; readonly label: Label; readonly points: Decimal; readonly value: Decimal }[];
  };
  readonly explanation: Explanation;
}

function repath(e: unknown, to: string): never {
  if (isExerciceCoordonneError(e)) {
    throw new ExerciceCoordonneError(
      e.code,
      e.issues.map((i) => (i.path[0] === 'achievements' ? issue([to, ...i.path.slice(1)], i.received, i.expected) : i)),
    );
  }
  throw e;
}

/**
 * The planning question: what does scenario `b` gain over scenario `a` (adding an indicator, reaching a
 * level, more protocols…)? Both are computed with {@link yearlyRemuneration}; errors in `a` or `b` name
 * the field as `a.<indicator>…` or `b.<indicator>…`.
 */
export function compare(contract: MspContractInput, year: number, a: MspAchievementsInput, b: MspAchievementsInput, extra?: MspExtra): MspComparison {
  let ra: MspYearResult;
  let rb: MspYearResult;
  try {
    ra = yearlyRemuneration(contract, year, a, extra);
  } catch (e) {
    repath(e, 'a');
  }
  try {
    rb = yearlyRemuneration(contract, year, b, extra);
  } catch (e) {
    repath(e, 'b');
  }
  const byIndicator = rb.byIndicator
    .map((ib) => {
      const ia = ra.byIndicator.find((x) => x.id === ib.id);
      const pa = ia ? ia.points : ZERO();
      const va = ia ? ia.value : ZERO();
      return { id: ib.id, label: ib.label, points: ib.points.minus(pa), value: signedEuro(ib.value.minus(va)) };
    })
    .filter((d) => !d.points.isZero());
  const total = signedEuro(rb.total.minus(ra.total));
  const difference = {
    points: {
      fixed: rb.points.fixed.minus(ra.points.fixed),
      variable: rb.points.variable.minus(ra.points.variable),
      total: rb.points.total.minus(ra.points.total),
    },
    amount: signedEuro(rb.amount.minus(ra.amount)),
    total,
    advance: signedEuro(rb.advance.amount.minus(ra.advance.amount)),
    byIndicator,
  };
  const explanation: Step[] = [
    step({
      rule: 'msp.compare',
      label: text(
        { fr: 'Scénario B par rapport au scénario A : ', en: 'Scenario B against scenario A: ' },
        ra.total.toFixed(2),
        ' € → ',
        rb.total.toFixed(2),
        ' €',
      ),
      inputs: {
        totalA: ra.total.toFixed(2),
        totalB: rb.total.toFixed(2),
        pointsA: ra.points.total,
        pointsB: rb.points.total,
        changed: byIndicator.map((d) => d.id),
      },
      value: total.toFixed(2),
    }),
  ];
  return { a: ra, b: rb, difference, explanation };
}

