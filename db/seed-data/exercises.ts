import type { ExercisePhase } from "../schema/plans";
import { wedgesExercises } from "./wedges-exercises";

/**
 * The practice's exercise library as seeded: Dutch names, instructions, cues, default dosage and the
 * phases of the hamstring plan each exercise suits. Written for patients, in plain Dutch.
 */
export type SeedExercise = {
  slug: string;
  name: string;
  summary: string;
  instructions: string;
  cues: string[];
  defaultSets: number;
  defaultReps: number | null;
  defaultHoldSeconds: number | null;
  defaultDurationMinutes?: number | null;
  defaultTimesPerWeek: number;
  phaseTags: ExercisePhase[];
};

const coreExercises: SeedExercise[] = [
  {
    slug: "isometrische-hamstringhold",
    name: "Isometrische hamstringhold",
    summary: "Spanning opbouwen in de hamstring zonder dat het been beweegt.",
    instructions:
      "Ga op je rug liggen en leg je hiel op een stoel of traptree, knie licht gebogen. Druk je hiel rustig omlaag in de zitting alsof je hem naar je toe wilt trekken. Houd die spanning vast zonder dat je been of bekken beweegt en laat daarna langzaam los.",
    cues: ["Bouw de druk in een paar tellen op, niet met een schok", "Je voelt spanning, geen pijn: zak terug in kracht als het steekt", "Blijf rustig doorademen"],
    defaultSets: 5,
    defaultReps: null,
    defaultHoldSeconds: 30,
    defaultTimesPerWeek: 7,
    phaseTags: ["protect", "load"],
  },
  {
    slug: "statische-hamstringstretch",
    name: "Statische hamstringstretch (zittend)",
    summary: "Rustig rekken van de achterkant van het bovenbeen.",
    instructions:
      "Ga op de grond zitten met één been gestrekt voor je en het andere gebogen opzij. Trek de voet van het gestrekte been naar je toe. Buig met een lange, rechte rug vanuit je heupen naar voren tot je een milde rek voelt en blijf daar stil zitten.",
    cues: ["Niet veren of wippen", "Je rug blijft lang, je buigt vanuit de heup", "Rek mag voelbaar zijn, pijn niet"],
    defaultSets: 3,
    defaultReps: null,
    defaultHoldSeconds: 30,
    defaultTimesPerWeek: 7,
    phaseTags: ["protect", "maintenance"],
  },
  {
    slug: "pijnvrij-wandelen-fietsen",
    name: "Pijnvrij wandelen of licht fietsen",
    summary: "De doorbloeding op gang houden zonder de spier te belasten.",
    instructions:
      "Wandel in een rustig tempo of fiets op een lage weerstand. Kies een duur en tempo waarbij je niets voelt in je hamstring. Lukt dat, dan mag het de volgende keer iets langer.",
    cues: ["Pijnvrij is de grens, niet de afstand", "Kleine, ontspannen passen", "Liever vaker kort dan één keer lang"],
    defaultSets: 1,
    defaultReps: null,
    defaultHoldSeconds: null,
    defaultDurationMinutes: 15,
    defaultTimesPerWeek: 7,
    phaseTags: ["protect"],
  },
  {
    slug: "ademhaling-4-2-6",
    name: "4-2-6-ademhaling bij kramp",
    summary: "Een ademritme dat het zenuwstelsel en de verkrampte spier tot rust brengt.",
    instructions:
      "Adem in door je neus terwijl je tot vier telt. Houd je adem twee tellen vast. Adem dan door je mond uit terwijl je tot zes telt. Herhaal dit ritme terwijl je de spier zachtjes rekt.",
    cues: ["Adem naar je buik, niet naar je borst", "De uitademing is langer dan de inademing", "Combineer met een rustige rek van het been"],
    defaultSets: 1,
    defaultReps: 6,
    defaultHoldSeconds: null,
    defaultTimesPerWeek: 7,
    phaseTags: ["protect"],
  },
  {
    slug: "voetactivatie",
    name: "Voetactivatie",
    summary: "De voet wakker maken als eerste schakel van de keten.",
    instructions:
      "Sta op één been, eventueel met een hand tegen de muur. Draai rustige cirkels met de voet van het andere been. Spreid daarna je tenen zo ver mogelijk en krul ze weer in. Rol tot slot op het standbeen langzaam van hiel naar teen en terug.",
    cues: ["Je grote teen blijft contact houden met de grond", "Langzaam en bewust, niet snel", "Wissel na elke set van been"],
    defaultSets: 2,
    defaultReps: 10,
    defaultHoldSeconds: null,
    defaultTimesPerWeek: 5,
    phaseTags: ["protect", "load", "maintenance"],
  },
  {
    slug: "nordic-hamstring-curl",
    name: "Nordic hamstring curl",
    summary: "Excentrische kracht: de hamstring leert remmen onder belasting.",
    instructions:
      "Kniel op een mat en laat iemand je enkels stevig vastzetten, of haak je hielen onder een zware bank. Houd knieën, heupen en schouders op één lijn. Laat je zo langzaam mogelijk voorover zakken en rem met de achterkant van je bovenbenen. Vang jezelf op met je handen en duw je terug omhoog.",
    cues: ["Niet knikken in je heupen: je lichaam is een plank", "Tel minstens drie tellen tijdens het zakken", "Stop bij scherpe pijn achter in je been"],
    defaultSets: 3,
    defaultReps: 5,
    defaultHoldSeconds: null,
    defaultTimesPerWeek: 3,
    phaseTags: ["load", "return_to_sport", "maintenance"],
  },
  {
    slug: "eenbenige-deadlift",
    name: "Eenbenige deadlift",
    summary: "Kracht en balans van hamstring en bil op één been.",
    instructions:
      "Sta op één been met een lichte buiging in de knie. Kantel je romp naar voren terwijl het andere been gestrekt naar achteren gaat, tot je een rek in de hamstring voelt. Kom met je bil en hamstring weer omhoog tot je rechtop staat.",
    cues: ["Je bekken blijft recht, het draait niet open", "De beweging komt uit je heup, je rug blijft recht", "Begin zonder gewicht"],
    defaultSets: 3,
    defaultReps: 8,
    defaultHoldSeconds: null,
    defaultTimesPerWeek: 3,
    phaseTags: ["load", "return_to_sport"],
  },
  {
    slug: "gecontroleerde-hamstringcurl",
    name: "Gecontroleerde hamstringcurl",
    summary: "Buigen tegen weerstand met nadruk op het langzame terugkomen.",
    instructions:
      "Ga op je buik liggen met een elastiek om je enkel, of gebruik een curlapparaat. Buig je knie vlot naar je bil en laat het been in drie tot vier tellen weer zakken tot het bijna gestrekt is.",
    cues: ["Snel omhoog, langzaam terug", "Je heupen blijven op de grond", "Kies een weerstand waarbij de laatste herhalingen zwaar maar netjes zijn"],
    defaultSets: 3,
    defaultReps: 10,
    defaultHoldSeconds: null,
    defaultTimesPerWeek: 3,
    phaseTags: ["load"],
  },
  {
    slug: "roemeense-deadlift-licht",
    name: "Roemeense deadlift (licht)",
    summary: "Heupscharnier met licht gewicht voor hamstring en bilspieren.",
    instructions:
      "Sta op heupbreedte met een lichte halter of kettlebell voor je bovenbenen. Duw je billen naar achteren en laat het gewicht langs je benen zakken tot halverwege je scheenbenen. Kom rustig omhoog door je heupen naar voren te brengen.",
    cues: ["Knieën licht gebogen en stil", "Het gewicht blijft dicht bij je benen", "Het zakken duurt langer dan het omhoogkomen"],
    defaultSets: 3,
    defaultReps: 8,
    defaultHoldSeconds: null,
    defaultTimesPerWeek: 3,
    phaseTags: ["load", "maintenance"],
  },
  {
    slug: "bilbrug",
    name: "Bilbrug (glute bridge)",
    summary: "De bilspieren aanzetten zodat de hamstring niet al het werk doet.",
    instructions:
      "Lig op je rug met gebogen knieën en je voeten plat op de grond. Span je buik licht aan en duw je heupen omhoog tot knieën, heupen en schouders een lijn vormen. Houd kort vast en zak gecontroleerd terug.",
    cues: ["Duw vanuit je hielen", "Voel het vooral in je billen, minder in je onderrug", "Geen hol gevormde rug bovenin"],
    defaultSets: 3,
    defaultReps: 12,
    defaultHoldSeconds: null,
    defaultTimesPerWeek: 3,
    phaseTags: ["load", "maintenance"],
  },
  {
    slug: "heupmobiliteit-90-90",
    name: "90-90 heupmobiliteit",
    summary: "De heupen laten draaien zodat de hamstring niet hoeft te compenseren.",
    instructions:
      "Ga op de grond zitten met je voorste been in een hoek van 90 graden voor je en het achterste been ook in 90 graden opzij. Draai beide knieën rustig naar de andere kant, zodat je in de gespiegelde houding uitkomt. Wissel zo heen en weer.",
    cues: ["Zit zo rechtop als je kunt", "Gebruik je handen als steun als dat nodig is", "Rustig draaien, niet forceren"],
    defaultSets: 2,
    defaultReps: 8,
    defaultHoldSeconds: null,
    defaultTimesPerWeek: 3,
    phaseTags: ["load", "maintenance"],
  },
  {
    slug: "plankvariaties",
    name: "Plankvariaties",
    summary: "Rompstabiliteit zodat je bekken neutraal blijft.",
    instructions:
      "Steun op je onderarmen en tenen met je lichaam in één lijn. Houd dat vast. Varieer met een zijplank op één onderarm, of til in de voorwaartse plank om en om een voet een paar centimeter op.",
    cues: ["Navel zachtjes naar binnen", "Billen niet omhoog en niet doorzakken", "Stop de set als je houding wegzakt"],
    defaultSets: 3,
    defaultReps: null,
    defaultHoldSeconds: 45,
    defaultTimesPerWeek: 3,
    phaseTags: ["load", "maintenance"],
  },
  {
    slug: "dead-bug",
    name: "Dead bug",
    summary: "Romp stabiel houden terwijl armen en benen bewegen.",
    instructions:
      "Lig op je rug met je armen recht omhoog en je knieën gebogen boven je heupen. Druk je onderrug licht in de mat. Strek tegelijk je rechterarm naar achteren en je linkerbeen naar voren, kom terug en wissel van kant.",
    cues: ["Je onderrug blijft de mat raken", "Adem uit terwijl je strekt", "Hoe langzamer, hoe zwaarder"],
    defaultSets: 3,
    defaultReps: null,
    defaultHoldSeconds: 45,
    defaultTimesPerWeek: 3,
    phaseTags: ["load", "maintenance"],
  },
  {
    slug: "bird-dog",
    name: "Bird dog",
    summary: "Stabiliteit van romp en bekken op handen en knieën.",
    instructions:
      "Zet je handen onder je schouders en je knieën onder je heupen. Strek tegelijk één arm naar voren en het tegenovergestelde been naar achteren, zonder dat je bekken kantelt. Kom terug en wissel.",
    cues: ["Stel je een glas water op je onderrug voor", "Reik ver in plaats van hoog", "Houd je nek in het verlengde van je rug"],
    defaultSets: 3,
    defaultReps: null,
    defaultHoldSeconds: 45,
    defaultTimesPerWeek: 3,
    phaseTags: ["load", "maintenance"],
  },
  {
    slug: "beenzwaaien",
    name: "Beenzwaaien (leg swings)",
    summary: "Dynamische rek als voorbereiding op sport.",
    instructions:
      "Sta naast een muur en houd je er met één hand aan vast. Zwaai het buitenste been ontspannen naar voren en naar achteren en maak de zwaai geleidelijk groter. Doe daarna hetzelfde zijwaarts voor je lichaam langs.",
    cues: ["Groter worden in de zwaai, niet forceren", "Je romp blijft rechtop", "Beide benen even vaak"],
    defaultSets: 2,
    defaultReps: 10,
    defaultHoldSeconds: null,
    defaultTimesPerWeek: 3,
    phaseTags: ["return_to_sport", "maintenance"],
  },
  {
    slug: "wandelende-lunges",
    name: "Wandelende lunges",
    summary: "Dynamische warming-up voor heupen, bil en hamstring.",
    instructions:
      "Zet een grote stap naar voren en zak door beide knieën tot je achterste knie net boven de grond is. Duw je af met het voorste been en stap meteen door in de volgende lunge.",
    cues: ["Je voorste knie blijft boven je voet", "Romp rechtop", "Rustig tempo, stevige stap"],
    defaultSets: 2,
    defaultReps: 10,
    defaultHoldSeconds: null,
    defaultTimesPerWeek: 3,
    phaseTags: ["load", "return_to_sport", "maintenance"],
  },
  {
    slug: "opbouw-joggen-sprinten",
    name: "Opbouw van joggen naar sprinten",
    summary: "Stapsgewijs terug naar hardlopen op snelheid.",
    instructions:
      "Begin met rustig joggen. Gaat dat pijnvrij, voeg dan versnellingen toe over 40 tot 60 meter op ongeveer de helft van je topsnelheid en bouw dat per week op naar driekwart. Wandel tussen de versnellingen terug.",
    cues: ["Eerst pijnvrij joggen, dan pas versnellen", "Verhoog de snelheid per week, niet per keer", "Voel je iets trekken, dan stop je de sessie"],
    defaultSets: 1,
    defaultReps: 6,
    defaultHoldSeconds: null,
    defaultTimesPerWeek: 2,
    phaseTags: ["return_to_sport"],
  },
  {
    slug: "richtingsveranderingen",
    name: "Richtingsveranderingen",
    summary: "Afremmen, draaien en opnieuw versnellen zoals in je sport.",
    instructions:
      "Zet twee pionnen op tien meter afstand. Loop in matig tempo naar de eerste, rem af, draai en versnel naar de tweede. Varieer de hoek van de draai en verhoog het tempo pas als de beweging soepel en pijnvrij gaat.",
    cues: ["Laag zakken bij het afremmen", "Kleine passen in de draai", "Eerst beheerst, dan snel"],
    defaultSets: 2,
    defaultReps: 6,
    defaultHoldSeconds: null,
    defaultTimesPerWeek: 2,
    phaseTags: ["return_to_sport"],
  },
  {
    slug: "foamrollen-hamstring",
    name: "Foamrollen hamstring",
    summary: "De spier soepel houden en de doorbloeding verbeteren.",
    instructions:
      "Zit met de achterkant van je bovenbeen op een foamroller en steun op je handen. Rol heel langzaam van knie naar bil. Blijf op een gevoelige plek liggen tot de spanning afneemt en rol dan verder.",
    cues: ["Ongeveer een tot twee centimeter per seconde", "Blijf een halve tot een hele minuut op een gevoelige plek", "Niet rollen op een verse blessure"],
    defaultSets: 2,
    defaultReps: null,
    defaultHoldSeconds: 60,
    defaultTimesPerWeek: 3,
    phaseTags: ["maintenance"],
  },
  {
    slug: "warming-up-voor-training",
    name: "Warming-up voor training",
    summary: "Een vaste opbouw van kwartier tot twintig minuten voor elke training of wedstrijd.",
    instructions:
      "Begin met vijf minuten rustige cardio, zoals joggen of fietsen. Doe daarna dynamische rekoefeningen zoals beenzwaaien en wandelende lunges, en activeer je bil en hamstring met bilbruggen en een lichte Roemeense deadlift. Eindig met bewegingen uit je eigen sport op zeventig tot tachtig procent van je maximale inzet.",
    cues: ["Je bent licht bezweet voor je voluit gaat", "Van rustig naar sportspecifiek", "Sla hem niet over als je weinig tijd hebt: kort hem in"],
    defaultSets: 1,
    defaultReps: null,
    defaultHoldSeconds: null,
    defaultDurationMinutes: 15,
    defaultTimesPerWeek: 3,
    phaseTags: ["return_to_sport", "maintenance"],
  },
];

/** The library as seeded: the core exercises, then the wedges technique for the feet. */
export const seedExercises: SeedExercise[] = [...coreExercises, ...wedgesExercises];
