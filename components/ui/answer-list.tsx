/** Questions with their answers, side by side from a small screen up (intake review, intake pages). */
export function AnswerList({ pairs, className }: { pairs: { question: string; answer: string }[]; className: string }) {
  return (
    <dl className={`grid gap-x-6 sm:grid-cols-[minmax(0,18rem)_1fr] ${className}`}>
      {pairs.map(({ question, answer }) => (
        <div key={question} className="contents">
          <dt className="text-muted">{question}</dt>
          <dd className="break-words">{answer}</dd>
        </div>
      ))}
    </dl>
  );
}
