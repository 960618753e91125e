// The triage shared by the public self-check and the booking intake: pure, no I/O, no framework imports.
export * from "./input";
export * from "./outcomes";
export * from "./article-sections";
export * from "./red-flags";
export * from "./triage";
export * from "./codec";
