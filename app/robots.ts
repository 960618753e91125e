import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

/** Search engines may read the public site; the portal, the practice's workspace and the API are not for them. */
export default function robots(): MetadataRoute.Robots {
  const origin = new URL(env.APP_URL).origin;
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/portaal", "/praktijk", "/api/", "/dev/"] },
    sitemap: `${origin}/sitemap.xml`,
  };
}
