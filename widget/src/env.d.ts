/** Vite's `?inline` CSS imports: the minified stylesheet as a string. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
