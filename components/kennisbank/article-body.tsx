import type { Article } from "@/lib/content/articles";
import { WARNING_BOX_ID } from "@/lib/content/article-anchors";
import { WarningSignsBox } from "./warning-signs-box";

/** The article's Markdown (rendered at build time) with the warning-signs box where the author put it. */
export function ArticleBody({ article }: { article: Article }) {
  return (
    <div className="prose-article">
      {article.blocks.map((block, index) =>
        block.kind === "markdown" ? (
          <div key={index} dangerouslySetInnerHTML={{ __html: block.html }} />
        ) : (
          <WarningSignsBox key={index} codes={article.warningSigns} id={WARNING_BOX_ID} />
        ),
      )}
    </div>
  );
}
