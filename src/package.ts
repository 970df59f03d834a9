/**
 * The package root as shipped in JavaScript: the same members as `index.ts` (which gives the types), each
 * scheme as a plain frozen object of its values instead of a module namespace, so that the Node REPL and
 * `console.log` show its functions as functions (`[Function: yearlyAid]`), not `[Getter]`.
 * test/package/namespaces.test.ts keeps the two in agreement.
 */
import * as am from './assistant-medical/index.js';
import * as msp from './aci-msp/index.js';
import * as cpts from './aci-cpts/index.js';

export * from './core/index.js';

/** True for an object whose properties are getters: a module namespace as bundlers emit it. */
function isNamespace(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== null && proto !== Object.prototype) return false;
  return Object.keys(value).some((k) => typeof Object.getOwnPropertyDescriptor(value, k)?.get === 'function');
}

/**
 * A module namespace as a plain frozen object of its values (nested namespaces too), so that the Node
 * REPL and `console.log` show functions as functions, not `[Getter]`.
 */
function plain<T extends object>(namespace: T): T {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(namespace)) {
    const value = (namespace as Record<string, unknown>)[key];
    out[key] = isNamespace(value) ? plain(value) : value;
  }
  return Object.freeze(out) as T;
}

/** Aide à l’emploi d’un assistant médical (Avenant 7, règlement arbitral 2023, convention médicale 2024). */
export const assistantMedical: typeof am = /* @__PURE__ */ plain(am);
/** ACI des maisons de santé pluriprofessionnelles (ACI 2017 and its avenant 1). */
export const aciMsp: typeof msp = /* @__PURE__ */ plain(msp);
/** ACI des communautés professionnelles territoriales de santé (ACI 2019 and its avenant 2). */
export const aciCpts: typeof cpts = /* @__PURE__ */ plain(cpts);
