/**
 * The practice's own drawing of each exercise in the library: one SVG per exercise slug in
 * public/illustrations/exercises/, served as a static file. The title and description here are the same
 * Dutch text as the <title> and <desc> inside each SVG, so a page can show the picture as an <img> with
 * this alt text, or as a <figure> with the description as its caption. Pure: no I/O.
 */
export type ExerciseIllustration = { src: string; title: string; description: string };

const illustrations: Record<string, Omit<ExerciseIllustration, "src">> = {
  // The seeded library
  "isometrische-hamstringhold": {
    title: "Isometrische hamstringhold",
    description:
      "Iemand ligt op de rug op een mat met één hiel op de zitting van een stoel en de knie een beetje gebogen. De hiel duwt omlaag en naar de bil toe in de zitting, terwijl been en bekken stil blijven liggen.",
  },
  "statische-hamstringstretch": {
    title: "Statische hamstringstretch (zittend)",
    description:
      "Iemand zit op de mat, het ene been gestrekt naar voren met de tenen naar zich toe, het andere gebogen opzij. Vanuit rechtop zitten buigt de romp met een rechte rug vanuit de heupen naar voren, de handen schuiven langs het gestrekte been.",
  },
  "pijnvrij-wandelen-fietsen": {
    title: "Pijnvrij wandelen of licht fietsen",
    description:
      "Links wandelt iemand in een rustig tempo met kleine passen, rechts fietst iemand rustig en ontspannen.",
  },
  "ademhaling-4-2-6": {
    title: "4-2-6-ademhaling bij kramp",
    description:
      "Iemand ligt op de rug en houdt met een handdoek om de voet het been omhoog in een zachte rek. Erboven staat het ademritme: vier tellen in, twee tellen vasthouden, zes tellen uit.",
  },
  voetactivatie: {
    title: "Voetactivatie",
    description:
      "Drie delen: op één been staan met een hand tegen de muur en cirkels draaien met de andere voet; de tenen van bovenaf gezien wijd gespreid; en op het standbeen van de hiel naar de tenen afrollen.",
  },
  "nordic-hamstring-curl": {
    title: "Nordic hamstring curl",
    description:
      "Iemand zit rechtop geknield op een mat terwijl een partner de enkels tegen de grond drukt. Knie, heup en schouder blijven op één lijn terwijl het lichaam langzaam voorover zakt; de handen zijn klaar om de val op te vangen.",
  },
  "eenbenige-deadlift": {
    title: "Eenbenige deadlift",
    description:
      "Begin: rechtop op één been met een lichte buiging in de knie. Eind: de romp is naar voren gekanteld en het vrije been wijst gestrekt naar achteren, romp en been vormen bijna één lijn, de armen hangen naar de grond.",
  },
  "gecontroleerde-hamstringcurl": {
    title: "Gecontroleerde hamstringcurl",
    description:
      "Iemand ligt op de buik met het hoofd op de armen en een elastiek van de enkel naar een vast punt achter de voeten. De knie buigt de hiel naar de bil en het been zakt daarna langzaam terug tot het bijna gestrekt is.",
  },
  "roemeense-deadlift-licht": {
    title: "Roemeense deadlift (licht)",
    description:
      "Begin: rechtop staan met een lichte kettlebell voor de bovenbenen. Eind: de billen zijn naar achteren geschoven, de rug is recht, de knieën zijn licht gebogen en het gewicht hangt ter hoogte van de scheenbenen.",
  },
  bilbrug: {
    title: "Bilbrug (glute bridge)",
    description:
      "Iemand ligt op de rug met gebogen knieën en de voeten plat op de grond. De heupen gaan omhoog tot knie, heup en schouder op één lijn liggen, en zakken daarna weer rustig terug.",
  },
  "heupmobiliteit-90-90": {
    title: "90-90 heupmobiliteit",
    description:
      "Van bovenaf gezien: iemand zit rechtop op de grond, het voorste been in een hoek van 90 graden voor zich en het achterste been in 90 graden opzij. Beide knieën kantelen naar de andere kant, zodat de benen gespiegeld liggen.",
  },
  plankvariaties: {
    title: "Plankvariaties",
    description:
      "Boven: een plank op de onderarmen en tenen, het lichaam recht van hielen tot hoofd. Onder: een zijplank op één onderarm met de voeten op elkaar en de heup van de grond.",
  },
  "dead-bug": {
    title: "Dead bug",
    description:
      "Begin: op de rug met de armen recht omhoog en de knieën gebogen boven de heupen. Eind: één arm gaat naar achteren boven het hoofd en het andere been strekt naar voren, terwijl de onderrug op de mat blijft.",
  },
  "bird-dog": {
    title: "Bird dog",
    description:
      "Iemand staat op handen en knieën, handen onder de schouders en knieën onder de heupen. Eén arm reikt naar voren en het andere been strekt naar achteren, zodat arm, romp en been een vlakke lijn vormen.",
  },
  beenzwaaien: {
    title: "Beenzwaaien (leg swings)",
    description:
      "Links staat iemand met een hand tegen de muur en zwaait het buitenste been van achteren naar voren. Rechts, van voren gezien, zwaait het been zijwaarts voor het lichaam langs en weer terug.",
  },
  "wandelende-lunges": {
    title: "Wandelende lunges",
    description:
      "Begin: rechtop staan. Eind: een grote stap naar voren, beide knieën gebogen, de voorste knie boven de voet en de achterste knie net boven de grond, met de romp rechtop.",
  },
  "opbouw-joggen-sprinten": {
    title: "Opbouw van joggen naar sprinten",
    description:
      "Links joggen: rechtop, korte passen en ontspannen armen. Rechts versnellen: iets voorover, een lange pas met de knie hoog en krachtig zwaaiende armen.",
  },
  richtingsveranderingen: {
    title: "Richtingsveranderingen",
    description:
      "Twee pionnen staan op tien meter van elkaar. Iemand remt bij de pion laag af met gebogen knieën, draait en versnelt terug naar de andere pion.",
  },
  "foamrollen-hamstring": {
    title: "Foamrollen hamstring",
    description:
      "Iemand zit met de achterkant van het bovenbeen op een foamroller en steunt met de handen achter zich op de grond. Het been rolt langzaam heen en weer tussen knie en bil.",
  },
  "warming-up-voor-training": {
    title: "Warming-up voor training",
    description:
      "Vier stappen: eerst rustig inlopen, dan dynamisch rekken met een lunge, daarna de bilspieren activeren met een bilbrug, en tot slot sportbewegingen op hogere snelheid, zoals sprinten.",
  },
  // Variants (easier / harder) and the wedges technique for the feet
  "nordic-hamstring-curl-met-band": {
    title: "Nordic hamstring curl met elastiek",
    description:
      "Iemand zit geknield met de hielen onder een bank en een elastiek om de borst dat aan een paal erachter vastzit. Knie, heup en schouder blijven op één lijn terwijl het lichaam voorover zakt; het elastiek neemt een deel van het gewicht over.",
  },
  "bilbrug-eenbenig": {
    title: "Eenbenige bilbrug",
    description:
      "Iemand ligt op de rug met één voet plat op de grond en het andere been gestrekt in het verlengde van het bovenbeen. De heupen gaan omhoog tot knie, heup en schouder op één lijn liggen, en zakken daarna rustig terug.",
  },
  "wedge-kuitstretch": {
    title: "Kuitstretch op een wedge",
    description:
      "Iemand staat met de voorvoet op een wedge en de hiel op de grond, de handen tegen de muur. Met een gestrekte knie schuift het lichaam naar voren, zodat de kuit en de achterkant van de enkel rekken.",
  },
  "wedge-balans-eenbenig": {
    title: "Eenbenige balans op een wedge",
    description:
      "Iemand staat op één been op een wedge, met de voorvoet hoger dan de hiel en de knie licht gebogen. Het andere been is opgetild en de armen helpen een beetje om het evenwicht te houden.",
  },
  "wedge-kuitheffen": {
    title: "Kuitheffen op een wedge",
    description:
      "Begin: staan met de voorvoeten op een wedge en de hielen op de grond. Eind: de hielen zijn zo hoog mogelijk opgetild en het gewicht rust op de bal van de voet.",
  },
  "voetboog-activatie": {
    title: "Voetboogactivatie (korte voet)",
    description:
      "Iemand zit op een stoel met de blote voet plat op de grond. Ingezoomd op de voet: hiel en bal blijven op de grond en de tenen lang, terwijl de voetboog zich optrekt tot een koepel.",
  },
};

/** Slugs that have a drawing, in library order. */
export const illustratedExerciseSlugs: readonly string[] = Object.keys(illustrations);

/** The drawing of an exercise, or null when the practice has not drawn it (yet). */
export function exerciseIllustration(slug: string): ExerciseIllustration | null {
  const drawn = Object.hasOwn(illustrations, slug) ? illustrations[slug] : undefined;
  return drawn ? { src: `/illustrations/exercises/${slug}.svg`, ...drawn } : null;
}
