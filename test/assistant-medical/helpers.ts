export { errorOf } from '../support/errors.js';
