// Rules of the "header" group, in the order their findings are listed. Registered by ../registry.ts.
import type { Rule } from '../types';

export const HEADER_RULES: readonly Rule[] = [];
