export function pgliteTemplatePath(root: string, folder?: string): string;
