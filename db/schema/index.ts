export * from "./auth";
export * from "./people";
export * from "./scheduling";
export * from "./intake";
export * from "./clinical";
export * from "./plans";
export * from "./audit";
export * from "./mail";
