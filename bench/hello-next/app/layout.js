// A root layout with nothing in it: the smallest App Router page Next.js can serve.
export const metadata = { title: "Hallo" };

export default function RootLayout({ children }) {
  return (
    <html lang="nl">
      <body>{children}</body>
    </html>
  );
}
