import type { MetadataRoute } from "next";
import { siteOrigin } from "@/lib/content/metadata";

/** Search engines may read the public site; the portal, the practice's workspace and the API are not for them. */
export default function robots(): MetadataRoute.Robots {
  const origin = siteOrigin();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/portaal", "/praktijk", "/api/", "/dev/"] },
    sitemap: `${origin}/sitemap.xml`,
  };
}
