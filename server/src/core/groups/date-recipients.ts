// Rules of the "date-recipients" group, in the order their findings are listed. Registered by ../registry.ts.
import type { Rule } from '../types';

export const DATE_RECIPIENTS_RULES: readonly Rule[] = [];
