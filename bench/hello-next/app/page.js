export default function Page() {
  return <h1>Hallo, wereld</h1>;
}
