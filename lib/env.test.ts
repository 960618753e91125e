import { describe, expect, it } from "vitest";
import { parseEnvironment } from "./env";

describe("the environment", () => {
  it("needs nothing in development: embedded database and local defaults", () => {
    const env = parseEnvironment({ NODE_ENV: "development" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBe(".data/pglite");
    expect(env.DATABASE_POOL_SIZE).toBe(10);
    expect(env.APP_URL).toBe("http://localhost:3000");
  });

  it("treats an empty value as unset", () => {
    expect(parseEnvironment({ DATABASE_URL: "", DATABASE_POOL_SIZE: " " }).DATABASE_URL).toBeUndefined();
  });

  it("reads a PostgreSQL server and pool size", () => {
    const env = parseEnvironment({ DATABASE_URL: "postgres://keten@db:5432/keten", DATABASE_POOL_SIZE: "25" });
    expect(env.DATABASE_URL).toBe("postgres://keten@db:5432/keten");
    expect(env.DATABASE_POOL_SIZE).toBe(25);
  });

  it.each([
    [{ DATABASE_POOL_SIZE: "veel" }, "DATABASE_POOL_SIZE: expected a whole number from 1 to 100"],
    [{ DATABASE_POOL_SIZE: "0" }, "DATABASE_POOL_SIZE: expected a whole number from 1 to 100"],
    [{ DATABASE_URL: "mysql://db/keten" }, "DATABASE_URL: expected a PostgreSQL connection URL"],
    [{ APP_URL: "keten.nl" }, "APP_URL: expected an absolute http(s) URL"],
    [{ SMTP_URL: "http://mail" }, "SMTP_URL: expected an smtp:// or smtps:// URL"],
    [{ NODE_ENV: "production", APP_URL: "https://keten.example.nl" }, "AUTH_SECRET: expected a random string of at least 32 characters"],
    [{ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40) }, "APP_URL: expected the public address such as https://keten.example.nl; it is required when NODE_ENV=production"],
    [{ AUTH_SECRET: "kort" }, "AUTH_SECRET: expected a random string of at least 32 characters"],
    [{ MEDIA_S3_ENDPOINT: "http://minio:9000", MEDIA_S3_BUCKET: "keten" }, "MEDIA_S3_ENDPOINT: expected MEDIA_S3_ENDPOINT, MEDIA_S3_BUCKET, MEDIA_S3_ACCESS_KEY_ID and MEDIA_S3_SECRET_ACCESS_KEY go together"],
    [{ MEDIA_S3_BUCKET: "Keten_Media" }, "MEDIA_S3_BUCKET: expected a bucket name"],
  ])("stops with a message naming the variable for %o", (source, message) => {
    expect(() => parseEnvironment(source)).toThrow(message);
  });

  it("keeps exercise media in PostgreSQL unless all four S3 variables name a store (decision 022)", () => {
    expect(parseEnvironment({}).MEDIA_S3_ENDPOINT).toBeUndefined();
    const s3 = parseEnvironment({ MEDIA_S3_ENDPOINT: "http://minio:9000", MEDIA_S3_BUCKET: "keten-media", MEDIA_S3_ACCESS_KEY_ID: "keten", MEDIA_S3_SECRET_ACCESS_KEY: "geheim-genoeg" });
    expect(s3).toMatchObject({ MEDIA_S3_BUCKET: "keten-media", MEDIA_S3_REGION: "us-east-1" });
  });

  it("lets `next build` run without a session secret", () => {
    expect(() => parseEnvironment({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).not.toThrow();
  });
});
