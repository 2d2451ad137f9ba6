// Rules of the "body" group, in the order their findings are listed. Registered by ../registry.ts.
import type { Rule } from '../types';

export const BODY_RULES: readonly Rule[] = [];
