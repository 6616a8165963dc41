// sync-tool-picker-host.js: the host page's side of the picker's iframe (see /embed/). It sizes the
// frame to its content, and scrolls this page to whatever the picker moves focus to.
const frame = document.getElementById('sync-tool-picker-frame');
window.addEventListener('message', (event) => {
	// A sandboxed frame posts from origin "null": identify it by its window, then check the shape.
	if (!frame || event.source !== frame.contentWindow) return;
	const message = event.data;
	if (typeof message !== 'object' || message === null || message.version !== 1) return;
	if (message.type === 'sync-tool-picker:resize' && Number.isFinite(message.height)) {
		frame.height = String(message.height);
	} else if (message.type === 'sync-tool-picker:reveal' && Number.isFinite(message.top + message.bottom)) {
		// Scroll only as far as it takes to show that part of the frame, below any sticky header
		// this page declares with scroll-padding-top.
		const header = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
		const frameTop = frame.getBoundingClientRect().top;
		const above = frameTop + message.top - header;
		const below = frameTop + message.bottom - window.innerHeight;
		if (above < 0) window.scrollBy({ top: above, behavior: 'instant' });
		else if (below > 0) window.scrollBy({ top: Math.min(below, above), behavior: 'instant' });
	} else if (message.type === 'sync-tool-picker:result') {
		// Act on the result here: message.tool, message.needs, message.reasons, message.shareUrl.
	}
});
