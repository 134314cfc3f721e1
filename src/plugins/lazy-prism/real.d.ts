// The real prism-react-renderer under the name the lazy-prism plugin aliases it to.
declare module 'cmh-prism-react-renderer-real' {
  export * from 'prism-react-renderer';
}
