/** wink-model.cjs: files of wink-eng-lite-web-model, in its internal format (see model.ts). */
declare const parts: {
  // biome-ignore lint/suspicious/noExplicitAny: the model's internal, untyped format
  coreJson: Record<string, any>;
  cerMetaJson: unknown;
  cerTransformers: unknown;
  featureFn: unknown;
  lemmatize: unknown;
  loadNegation: unknown;
  loadPos: unknown;
  loadSa: unknown;
  loadSbd: unknown;
  stem: unknown;
  readabilityStats: unknown;
};
export = parts;
