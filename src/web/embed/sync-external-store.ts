// react-i18next imports `useSyncExternalStore` from the CommonJS shim package, which `require`s
// React. In the library build React is the host's (external), and a bundled CommonJS `require` of
// an external module throws in the browser. React 18 and later have the hook itself: the library
// build points the shim here (vite.lib.config.ts).
export { useSyncExternalStore } from 'react';
