// Types for what Vite lets the renderer import besides TypeScript. Declarations only.
declare module '*.css';
