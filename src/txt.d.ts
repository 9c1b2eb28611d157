/** Lexicon data files are bundled as text (tsup loader `.txt: text`, a Vite plugin in tests). */
declare module '*.txt' {
  const text: string;
  export default text;
}
