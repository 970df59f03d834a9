/**
 * exercice-coordonne: exact, explained and sourced computation of the French Assurance Maladie's
 * coordinated-care payments.
 *
 * Each scheme is a namespace; each is also importable alone from its subpath
 * (`exercice-coordonne/assistant-medical`, …) so that a bundle pulls only what it uses.
 */
export * from './core/index.js';
export * as assistantMedical from './assistant-medical/index.js';
export * as aciMsp from './aci-msp/index.js';
export * as aciCpts from './aci-cpts/index.js';
