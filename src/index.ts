/**
 * exercice-coordonne: exact, explained and sourced computation of the French Assurance Maladie's
 * coordinated-care payments.
 *
 * Each scheme is a namespace here (`assistantMedical`, `aciMsp`, `aciCpts`: functions, constants and
 * types) and a subpath of its own (`exercice-coordonne/assistant-medical`, …), which a bundle should
 * prefer: it pulls only what it uses.
 *
 * This file gives the package's types. The JavaScript shipped for the package root is built from
 * `package.ts`, which exports the same members with each scheme as a plain frozen object (so that the
 * Node REPL shows its functions as functions, not `[Getter]`); a test keeps the two in agreement.
 */
export * from './core/index.js';
export * as assistantMedical from './assistant-medical/index.js';
export * as aciMsp from './aci-msp/index.js';
export * as aciCpts from './aci-cpts/index.js';
