/** The extra frontmatter of the guide pages, added to Starlight's own. */
import { z } from 'astro/zod';
import { ToolIdSchema } from './primitives';

/** What kind of page a guide page is; a Pagefind filter in the site search. */
export const PageTypeSchema = z.enum(['overview', 'guide', 'concept', 'reference', 'decision']);

/** Extra frontmatter of the guide pages, added to Starlight's own. */
export const PageFrontmatterSchema = z.object({
	/** The page's kind, offered as the search filter "Page type". */
	pageType: PageTypeSchema.default('guide'),
	/** The tools the page is about, offered as the search filter "Tool". */
	tools: z.array(ToolIdSchema).min(1).default(['cloud-sync', 'connect-sync']),
});

export type PageType = z.infer<typeof PageTypeSchema>;
