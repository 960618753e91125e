import { PublicPage } from "@/components/layout/public-page";
import { Breadcrumbs } from "@/components/public/breadcrumbs";
import { getContentPage, type ContentPage } from "@/lib/content/pages";
import { formatCalendarDate } from "@/lib/time/format";

// A page without client JavaScript: nothing on it needs any (docs/decisions/012).
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export function getStaticProps() {
  return { props: { page: getContentPage("privacy") } };
}

export default function PrivacyPage({ page }: { page: ContentPage }) {
  const crumbs = [
    { name: "Home", path: "/" },
    { name: page.title, path: "/privacy" },
  ];
  return (
    <PublicPage head={{ title: page.title, description: page.description, path: "/privacy" }}>
      <div className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
        <Breadcrumbs crumbs={crumbs} />
        <h1 className="mt-4 text-4xl font-semibold sm:text-5xl">{page.title}</h1>
        <p className="mt-3 text-sm text-muted">
          Bijgewerkt op <time dateTime={page.updated}>{formatCalendarDate(page.updated)}</time>
        </p>
        <div className="prose-article mt-6" dangerouslySetInnerHTML={{ __html: page.html }} />
      </div>
    </PublicPage>
  );
}
