/**
 * The movement chain as a picture: six links from feet (bottom) to core (top), with the hamstring drawn
 * between knee and hip in the accent colour, because that is where the practice's patients feel it.
 * The labels are real text, so they scale, print and can be read by screen readers via the figure.
 */
const links = [
  { label: "Romp (core)", note: "stabiliteit" },
  { label: "Bekken en onderrug", note: "stand van je bekken" },
  { label: "Heupen", note: "beweeglijkheid, bilspieren" },
  { label: "Hamstring", note: "vangt op wat elders tekortschiet", hamstring: true },
  { label: "Knieën", note: "controle, balans voor- en achterkant" },
  { label: "Voeten en enkels", note: "afwikkelen, beweeglijkheid" },
] as const;

const rowHeight = 62;
const top = 12;

export function ChainIllustration() {
  return (
    <figure className="m-0">
      <svg
        viewBox={`0 0 340 ${top * 2 + rowHeight * links.length}`}
        className="h-auto w-full max-w-md"
        role="img"
        aria-labelledby="keten-titel"
        aria-describedby="keten-beschrijving"
      >
        <title id="keten-titel">De bewegingsketen</title>
        <desc id="keten-beschrijving">
          Zes schakels van onder naar boven: voeten en enkels, knieën, de hamstring, heupen, bekken en onderrug, en de romp.
          De hamstring zit tussen knie en heup en vangt op wat elders in de keten tekortschiet.
        </desc>
        {links.map((link, index) => {
          const y = top + index * rowHeight;
          const hamstring = "hamstring" in link;
          const colour = hamstring ? "var(--color-accent)" : "var(--color-brand)";
          return (
            <g key={link.label}>
              <rect
                x={index % 2 === 0 ? 22 : 30}
                y={y}
                width={index % 2 === 0 ? 44 : 28}
                height={rowHeight + 10}
                rx={index % 2 === 0 ? 22 : 14}
                fill={hamstring ? "var(--color-accent-soft)" : "none"}
                stroke={colour}
                strokeWidth={hamstring ? 6 : 5}
                strokeDasharray={hamstring ? "10 5" : undefined}
              />
              <text x={86} y={y + rowHeight / 2 + 1} fontSize="17" fontWeight="600" fill={hamstring ? "var(--color-accent)" : "var(--color-ink)"}>
                {link.label}
              </text>
              <text x={86} y={y + rowHeight / 2 + 21} fontSize="13" fill="var(--color-muted)">
                {link.note}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-sm text-muted">
        Je lichaam werkt als een ketting: geeft één schakel mee, dan neemt een andere het werk over. Vaak is dat de hamstring.
      </figcaption>
    </figure>
  );
}
