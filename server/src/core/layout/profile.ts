// The layout of a team: the table of Phụ lục I (nd30.ts) with the choices of the team profile
// (`.congvan/profile.json`, key "layout") applied. The decree gives ranges ("cỡ chữ từ 13 đến 14", "lề trái
// từ 30 đến 35 mm"); a team may choose a value inside each range, never outside it. The layout rules, the
// preview and the export all read the layout through `layoutForProfile`, so a team's choice means the same
// thing to each of them.
import type { TeamProfile } from '../types';
import { BODY_SIZED, applyLayoutChoices, nd30Layout, type ComponentId, type LayoutTable } from './nd30';

export { LayoutChoiceError } from './nd30';

/**
 * The layout table of a team: the decree's defaults without a profile or without its "layout" key, the
 * team's choices applied otherwise. Throws a `LayoutChoiceError` (a Vietnamese message naming the value, its
 * range and the clause) for a choice outside the decree's range: that is a configuration error, which the
 * hosts report when they read the profile (node/profile-file.ts) and never pass on to the core.
 */
export function layoutForProfile(profile: TeamProfile | undefined): LayoutTable {
	const choices = profile?.layout;
	return choices ? applyLayoutChoices(choices) : nd30Layout();
}

/** What a team chose itself, as opposed to the decree's defaults: the layout rules hint at a departure from a choice only. */
export interface ChosenLayout {
	/** The components whose size the team chose (`sizes`, or `bodySize` for the body and what follows it). */
	sizes: ReadonlySet<ComponentId>;
	/** The margins the team chose. */
	margins: ReadonlySet<'top' | 'bottom' | 'left' | 'right'>;
	lineSpacing: boolean;
}

/** The values a profile chooses itself. */
export function chosenLayout(profile: TeamProfile | undefined): ChosenLayout {
	const choices = profile?.layout ?? {};
	const sizes = new Set<ComponentId>(Object.keys(choices.sizes ?? {}) as ComponentId[]);
	if (choices.bodySize !== undefined) {
		for (const id of BODY_SIZED) {
			sizes.add(id);
		}
	}
	const margins = new Set((['top', 'bottom', 'left', 'right'] as const).filter((side) => choices.margins?.[side] !== undefined));
	return { sizes, margins, lineSpacing: choices.lineSpacing !== undefined };
}
