// Rules of the "closing" group, in the order their findings are listed. Registered by ../registry.ts.
import type { Rule } from '../types';

export const CLOSING_RULES: readonly Rule[] = [];
