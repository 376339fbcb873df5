// esbuild bundles the generated snippets file as JSON (esbuild.mjs: loader '.code-snippets': 'json').
declare module '*.code-snippets' {
  const snippets: Record<string, { prefix: string; description: string; body: string[] }>;
  export default snippets;
}
