/**
 * What any web server must do to serve a build of this site: the MIME type of each file
 * extension in it, the security headers (with the Content-Security-Policy), which files may be
 * cached for a year, where the not-found page is, and which folders can do without the pages (so
 * that IIS may set their MIME types in a web.config of their own). Worked out from the build's own
 * file list; the web.config files and the nginx and Apache snippets are each written from one plan.
 */
import { EMBED_FRAME_PAGE } from '../../data/site-contracts';
import {
	contentSecurityPolicy,
	serializePolicy,
	SITE_FRAME_ANCESTORS,
	type InlineHashes,
} from './content-security-policy';

/** The MIME type of every file extension the site can contain. Pagefind's index files are gzip data it unpacks itself. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.json': 'application/json',
	'.map': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml',
	'.txt': 'text/plain',
	'.conf': 'text/plain',
	// The embed's type declarations (sync-tool-picker.d.ts): text to read or download, never the
	// MPEG transport stream some servers map ".ts" to.
	'.ts': 'text/plain',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
	'.pagefind': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

/** The folder of the iframe page, whose framing rule differs from the rest of the site. */
export const FRAME_FOLDER = EMBED_FRAME_PAGE;

/** Folders whose every file has a content hash in its name (Astro's assets; Pagefind's index, fragments and filters). */
const CONTENT_HASHED_FOLDERS = ['_astro/', 'pagefind/fragment/', 'pagefind/index/', 'pagefind/filter/'];
/** Pagefind's metadata file carries its hash in its name too; its other entry files (pagefind.js, pagefind-entry.json, wasm.*.pagefind) do not. */
const CONTENT_HASHED_FILE = /^pagefind\/pagefind\.[^/]+\.pf_meta$/;

/** Folders whose files every page loads: Astro's stylesheets and scripts. */
const PAGE_ASSET_FOLDERS = ['_astro/'];

/** Cache-Control for files whose name changes with their content, and for everything else. */
export const CACHE_CONTROL = { contentHashed: 'max-age=31536000, immutable', revalidate: 'no-cache' } as const;

/** One response header. */
export interface ResponseHeader {
	name: string;
	value: string;
}

/** A file extension (with its dot, lower case) and its MIME type. */
export interface MimeType {
	extension: string;
	type: string;
}

/** A folder that holds no page and nothing a page loads, with the MIME types of the files under it. */
export interface IndependentFolder {
	/** The folder, relative to the build, ending in `/` (`pagefind/`). */
	folder: string;
	/** The MIME type of each extension under it, sorted by extension. */
	mimeTypes: MimeType[];
}

/** Everything a server configuration needs. */
export interface HostingPlan {
	/** The base path, with slashes at both ends. */
	base: string;
	/** Each file extension of the build and its MIME type, sorted by extension. */
	mimeTypes: MimeType[];
	/**
	 * The topmost folders that hold no page and nothing every page loads (the search index, the
	 * server snippets). A server may refuse such a folder (IIS does, where a web.config in it uses a
	 * locked section) and the pages still work.
	 */
	independentFolders: IndependentFolder[];
	/** The extensions of the files outside every independent folder: the pages and what they load. */
	pageExtensions: string[];
	/** Headers of every response (pages, files, errors). */
	headers: ResponseHeader[];
	/** Headers of responses under FRAME_FOLDER, in place of `headers`. */
	frameHeaders: ResponseHeader[];
	/** Paths (relative to the build) that may be cached for a year: whole folders (ending in `/`) and single files. */
	contentHashed: { folders: string[]; files: string[] };
}

/** The extension of a file path as servers see it (`.pf_meta` for `pagefind.en_1a.pf_meta`), lower case. */
export function extensionOf(path: string): string {
	const name = path.slice(path.lastIndexOf('/') + 1);
	const dot = name.lastIndexOf('.');
	return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** Whether a file (path relative to the build) has a content hash in its name. */
export function isContentHashed(path: string): boolean {
	return CONTENT_HASHED_FOLDERS.some((folder) => path.startsWith(folder)) || CONTENT_HASHED_FILE.test(path);
}

/** Input of `hostingPlan`. */
export interface HostingPlanInput {
	/** Every file of the build, relative to it, with `/` separators. */
	files: readonly string[];
	/** The base path, with slashes at both ends. */
	base: string;
	/** The inline hashes of all pages together. */
	hashes: InlineHashes;
	/** The inline hashes of the pages under FRAME_FOLDER, which get a header policy of their own. */
	frameHashes: InlineHashes;
	/** The frame-ancestors sources of /embed/frame/ (from `parseFrameAncestors`). */
	frameAncestors: readonly string[];
}

/** Whether a file (path relative to the build) is a page or something every page loads. */
function servesPages(file: string): boolean {
	return extensionOf(file) === '.html' || PAGE_ASSET_FOLDERS.some((folder) => file.startsWith(folder));
}

/**
 * The topmost folder above `file` that holds no page and nothing every page loads, or undefined
 * when every folder above it does (a page, a file at the root, a file beside a page).
 */
function independentFolderOf(file: string, files: readonly string[]): string | undefined {
	const segments = file.split('/').slice(0, -1);
	for (let depth = 1; depth <= segments.length; depth++) {
		const folder = `${segments.slice(0, depth).join('/')}/`;
		if (!files.some((other) => other.startsWith(folder) && servesPages(other))) return folder;
	}
	return undefined;
}

/** Works out the plan; fails on a file no server could be told the type of. */
export function hostingPlan({ files, base, hashes, frameHashes, frameAncestors }: HostingPlanInput): HostingPlan {
	const types = new Map<string, string>();
	const byFolder = new Map<string, Map<string, string>>();
	const pageExtensions = new Set<string>();
	for (const file of files) {
		const extension = extensionOf(file);
		const type = MIME_TYPES[extension];
		if (!extension || !type) {
			throw new Error(
				`The build holds "${file}", whose ${extension ? `extension "${extension}"` : 'name has no extension and'} has no MIME type in src/integrations/hosting/hosting-plan.ts: add it there, or a server such as IIS will refuse to serve the file.`,
			);
		}
		types.set(extension, type);
		const folder = independentFolderOf(file, files);
		if (folder === undefined) pageExtensions.add(extension);
		else byFolder.set(folder, (byFolder.get(folder) ?? new Map<string, string>()).set(extension, type));
	}
	const common: ResponseHeader[] = [
		{ name: 'X-Content-Type-Options', value: 'nosniff' },
		{ name: 'Referrer-Policy', value: 'same-origin' },
	];
	const policy = (inline: InlineHashes, ancestors: readonly string[]) =>
		serializePolicy(contentSecurityPolicy(inline, { via: 'header', frameAncestors: ancestors }));
	const folders = CONTENT_HASHED_FOLDERS.filter((folder) => files.some((file) => file.startsWith(folder)));
	return {
		base,
		mimeTypes: sortedTypes(types),
		independentFolders: [...byFolder]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([folder, folderTypes]) => ({ folder, mimeTypes: sortedTypes(folderTypes) })),
		pageExtensions: [...pageExtensions].sort(),
		headers: [
			{ name: 'Content-Security-Policy', value: policy(hashes, SITE_FRAME_ANCESTORS) },
			...common,
			// For browsers that predate frame-ancestors; those that know it ignore this header.
			{ name: 'X-Frame-Options', value: 'DENY' },
		],
		frameHeaders: [{ name: 'Content-Security-Policy', value: policy(frameHashes, frameAncestors) }, ...common],
		contentHashed: { folders, files: files.filter((file) => CONTENT_HASHED_FILE.test(file)).sort() },
	};
}

function sortedTypes(types: ReadonlyMap<string, string>): MimeType[] {
	return [...types].sort(([a], [b]) => a.localeCompare(b)).map(([extension, type]) => ({ extension, type }));
}
