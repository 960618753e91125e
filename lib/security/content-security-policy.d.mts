export function nonceContentSecurityPolicy(nonce: string): string;
export function hashContentSecurityPolicy(hashes: readonly string[]): string;
export function inlineScriptHashes(html: string): string[];
