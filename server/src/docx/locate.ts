// Where a finding of a Word file is in Word: wordLocationAt lives in the core (core/letter/format.ts), beside
// the DocumentFormat it reads, so that rules and hosts use the same one.
export { wordLocationAt, type FindingLocation } from '../core/letter/format';
