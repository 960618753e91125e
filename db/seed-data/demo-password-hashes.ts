/**
 * The argon2id hashes of the demo accounts' published passwords (README), made once with
 * lib/auth/password.ts at the same cost. The embedded database's first start uses them instead of hashing
 * four passwords at OWASP cost on a cold machine (issue 12, point 21): the passwords are public anyway, so
 * a shared salt gives nothing away. `npm run db:seed` still hashes afresh.
 */
const DEMO_PASSWORD_HASHES: Record<string, string> = {
  "praktijk-beheer-demo": "$argon2id$v=19$m=19456,t=2,p=1$xjkds6flMG3hxRJEAmpo9Q$aqaP2RskKVe/Otgpf1AVEGAn39YOb7WDoPT7LhT2vXM",
  "ketenanalyse-demo": "$argon2id$v=19$m=19456,t=2,p=1$GxVZDx2UKKKHlo456ecrCg$gJTN1sxzi+bk/pq9uWuaesv+u0anTYJl2fNDVAWUusI",
  "sportfysio-demo": "$argon2id$v=19$m=19456,t=2,p=1$kXKZ6kf1A9DKA5fzYokubA$m8yBSiYGOy5r5SKxHZKV7AZldDJ+WGmqhrsm4PtjTII",
  "oefenen-elke-dag": "$argon2id$v=19$m=19456,t=2,p=1$J3GNlJZp6LsclYhlyRKBBg$W3w9TZ+WV5+VOdwR73jBplAZyPCaiJL8h2y2upIpV0k",
};

/** hashPassword, but a demo password gets its stored hash at once. */
export function withDemoPasswordHashes(hashPassword: (password: string) => Promise<string>): (password: string) => Promise<string> {
  return async (password) => DEMO_PASSWORD_HASHES[password] ?? hashPassword(password);
}
