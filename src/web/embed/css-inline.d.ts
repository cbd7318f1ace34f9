// Vite's `?inline` imports: the stylesheet's text, to adopt in the embedded shadow root.
declare module '*.css?inline' {
  const css: string;
  export default css;
}
