// The hello-world page made as large as an article (~85 kB of HTML): plain server-rendered text, nothing
// else. `npm run bench` serves it beside the article to show what a page of that size costs the framework
// itself (issue 14, point 3); its size is printed with the figures.
const sentence =
  "Deze zin is vultekst zonder betekenis, alleen bedoeld om de pagina even groot te maken als een artikel van de praktijk. ";

export const metadata = { title: "Groot" };

export default function Page() {
  return (
    <main>
      <h1>Hallo, wereld — groot</h1>
      {Array.from({ length: 46 }, (_, section) => (
        <section key={section}>
          <h2>Deel {section + 1}</h2>
          <p>{sentence.repeat(3)}</p>
          <p>{sentence.repeat(3)}</p>
        </section>
      ))}
    </main>
  );
}
