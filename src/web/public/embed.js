/* global window, document, URL */
// Usage Insights iframe sizing, for the host page: load it from the Usage Insights server
// (<script src="https://insights.example.com/embed.js" async></script>) beside the iframe.
// Each /embed page posts its height; only messages from this script's own origin, coming from
// one of this page's iframes, resize that iframe.
(() => {
  const script = document.currentScript;
  const origin = new URL(script ? script.src : window.location.href).origin;
  window.addEventListener('message', (e) => {
    if (e.origin !== origin || !e.data || e.data.type !== 'usage-insights:height') return;
    const height = Number(e.data.height);
    if (!Number.isFinite(height) || height < 0 || height > 100000) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === e.source) frame.style.height = `${Math.ceil(height)}px`;
    }
  });
})();
