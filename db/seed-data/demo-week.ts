/**
 * The demo practice's week (issue 17, point 10): the patients in both therapists' agendas, the intakes they
 * filled in, and the history of Lotte Visser, who is halfway through her plan. All fictional; every sentence
 * written for this product. Times are relative to the day the database is seeded (db/seed-demo.ts).
 */
export type DemoWeekPatient = {
  key: string;
  name: string;
  email: string;
  dateOfBirth: string;
  phone: string | null;
  side: "left" | "right" | "both";
  sport: string;
  goals: string;
};

const person = (key: string, name: string, dateOfBirth: string, phone: string | null, side: DemoWeekPatient["side"], sport: string, goals: string): DemoWeekPatient => ({
  key,
  name,
  email: `${key}@demo.keten.test`,
  dateOfBirth,
  phone,
  side,
  sport,
  goals,
});

/** Sanne's patients: a new analysis goes to the next one in the list, a follow-up to an earlier one. */
export const sannePatients: DemoWeekPatient[] = [
  person("bram.dekker", "Bram Dekker", "1988-03-14", "06 21 43 65 87", "left", "Hardlopen", "De halve marathon van Leiden in het voorjaar uitlopen."),
  person("noor.willems", "Noor Willems", "2001-07-02", "06 30 41 52 63", "right", "Korfbal", "Weer volledig meetrainen en wedstrijden spelen."),
  person("daan.smit", "Daan Smit", "1975-11-23", null, "right", "Wielrennen en wandelen", "Zonder trekkend gevoel een dag in de Ardennen wandelen."),
  person("iris.mulder", "Iris Mulder", "1993-01-30", "06 44 55 66 77", "both", "Dans (hedendaags)", "Sprongen en diepe uitvallen weer zonder angst maken."),
  person("ruben.degraaf", "Ruben de Graaf", "1998-09-09", "06 18 27 36 45", "left", "Voetbal", "Weer vol sprinten op zaterdag."),
  person("sophie.hendriks", "Sophie Hendriks", "1969-04-17", "06 90 80 70 60", "right", "Tennis", "Een heel dubbelpartijtje spelen zonder kramp."),
];

/** Joris's patients, mostly sporters. */
export const jorisPatients: DemoWeekPatient[] = [
  person("milan.kok", "Milan Kok", "2003-12-05", "06 12 21 12 21", "right", "Atletiek (sprint)", "De 200 meter weer op wedstrijdtempo lopen."),
  person("eline.vandam", "Eline van Dam", "1991-06-21", "06 57 46 35 24", "left", "Hockey", "Na de winterstop weer in het eerste team."),
  person("thijs.vermeulen", "Thijs Vermeulen", "1984-02-28", null, "both", "Rugby", "Scrums en sprints zonder dat mijn hamstrings verkrampen."),
  person("julia.peters", "Julia Peters", "1996-10-11", "06 66 77 88 99", "left", "Crossfit", "Deadliften met mijn oude gewicht zonder pijn."),
  person("mees.koster", "Mees Koster", "2006-05-19", "06 31 32 33 34", "right", "Voetbal (jeugd)", "Weer meedoen met de trainingen van JO19-1."),
  person("anouk.brouwer", "Anouk Brouwer", "1979-08-08", "06 48 49 50 51", "left", "Trailrunning", "Bergaf lopen zonder dat de achterkant van mijn been opspeelt."),
];

const firstNames = ["Lars", "Fleur", "Sem", "Yara", "Jesse", "Lieke", "Finn", "Roos", "Luuk", "Sara", "Niels", "Maud", "Tim", "Vera", "Bas", "Esmee", "Koen", "Nina", "Stijn", "Amber"];
const lastNames = ["Jacobs", "van Leeuwen", "Bos", "de Wit", "Maas", "Verhoeven", "Schouten", "Kuipers", "Postma", "van Dijk", "Huisman", "Prins", "Scholten", "Wouters", "Timmermans", "Gerritsen", "Bosman", "Smeets", "van Wijk", "Hoekstra"];
const sports = ["Hardlopen", "Voetbal", "Hockey", "Tennis", "Padel", "Volleybal", "Wielrennen", "Handbal"];
const goalsList = [
  "Weer pijnvrij mijn vaste rondje hardlopen.",
  "Zonder zorgen de competitie uitspelen.",
  "Weten waar het vandaan komt, zodat het niet telkens terugkomt.",
  "Weer lang kunnen zitten op mijn werk zonder zeurende pijn.",
];

/** The n-th new patient of the demo week (the analyses): a fresh name for each. */
export function newcomer(n: number): DemoWeekPatient {
  const first = firstNames[n % firstNames.length]!;
  const last = lastNames[(n * 7 + 3 + Math.floor(n / firstNames.length)) % lastNames.length]!;
  const key = `${first}.${last}`.toLowerCase().replace(/ /g, "");
  const year = 1970 + ((n * 13) % 36);
  const month = String(1 + ((n * 5) % 12)).padStart(2, "0");
  const day = String(1 + ((n * 11) % 28)).padStart(2, "0");
  const sides = ["left", "right", "both"] as const;
  return person(key, `${first} ${last}`, `${year}-${month}-${day}`, n % 3 === 0 ? null : `06 ${String(10 + n).padStart(2, "0")} 40 50 ${String(60 + n).slice(-2)}`, sides[n % 3]!, sports[n % sports.length]!, goalsList[n % goalsList.length]!);
}

/** What an intake with no warning signs says, filled in for one patient. */
export function plainAnswers(p: DemoWeekPatient) {
  return {
    fullName: p.name,
    email: p.email,
    dateOfBirth: p.dateOfBirth,
    complaintLocation: p.side,
    onset: "gradual",
    since: "one_to_three_months",
    painNow: 3,
    painWorst: 5,
    stiffness: "after_rest",
    strengthLoss: false,
    swellingOrBruising: false,
    pop: false,
    visibleDent: false,
    weightBearing: "normal",
    walkingHard: false,
    painfulActivities: ["sitting"],
    crampFrequency: "never",
    oneLegMuchMore: false,
    restWeek: "better",
    sport: p.sport,
    previousInjuries: "once",
    tried: "Rekken na het sporten en een paar weken minder trainen.",
    goals: p.goals,
  };
}

/** The urgent intake: a sprint with a pop and a bruise three days ago (possible tear). */
export function urgentAnswers(p: DemoWeekPatient) {
  return {
    ...plainAnswers(p),
    onset: "acute",
    since: "under_week",
    painNow: 6,
    painWorst: 9,
    pop: true,
    swellingOrBruising: true,
    weightBearing: "painful",
    walkingHard: true,
    painfulActivities: ["walking", "stairs"],
    restWeek: "not_rested",
    tried: "IJs erop gelegd en niet meer getraind sinds de wedstrijd.",
  };
}

/** The intake with an attention sign: cramp that comes more often and already at little effort. */
export function attentionAnswers(p: DemoWeekPatient) {
  return {
    ...plainAnswers(p),
    crampFrequency: "weekly",
    crampTiming: ["during", "night"],
    crampDuration: "minutes",
    crampTrend: "increasing",
    crampAtMinimalEffort: true,
    oneLegMuchMore: true,
    restWeek: "not_better",
    tried: "Meer water en magnesium, maar de kramp blijft terugkomen.",
  };
}

/** Lotte's two assessments: at the analysis before her plan, and a week ago (stronger, more symmetric). */
export const lotteAssessments = [
  {
    daysAgo: 22,
    gradeEstimate: 1,
    conclusion: "Overbelaste linker hamstring bij een stugge linkerenkel en een zwakke heupstabilisatie links; de hamstring vangt het werk op.",
    weakLinks: ["feet_ankles", "hips", "hamstring"],
    notes: "Start met fase 1 (beschermen en activeren). Over een week kijken of isometrisch aanspannen pijnvrij gaat.",
    findings: [
      { link: "feet_ankles", rating: "limited", findings: "Knie-tot-muur links duidelijk minder; hielaanzet links kort.", measures: { dorsiflexionLeft: 7.5, dorsiflexionRight: 11 } },
      { link: "knees", rating: "normal", findings: "Geen instabiliteit, goede controle bij de squat.", measures: {} },
      { link: "hips", rating: "compensating", findings: "Bekken zakt links weg bij staan op één been; endorotatie links beperkt.", measures: { internalRotationLeft: 28, internalRotationRight: 38, externalRotationLeft: 40, externalRotationRight: 44 } },
      { link: "pelvis_lower_back", rating: "normal", findings: "Lichte holle onderrug, goed beweeglijk.", measures: {} },
      { link: "core", rating: "limited", findings: "Plank 35 seconden, dead bug met lichte compensatie.", measures: {} },
      { link: "hamstring", rating: "limited", findings: "Drukpijn midden in de buik van de spier links; kracht links duidelijk lager.", measures: { strengthLeft: 142, strengthRight: 186 } },
    ],
  },
  {
    daysAgo: 7,
    gradeEstimate: 1,
    conclusion: "Vooruitgang: kracht links 89% van rechts, enkel soepeler. Heup links nog de zwakke schakel.",
    weakLinks: ["hips"],
    notes: "Door in fase 2 met nadruk op heupstabiliteit. Fase 3 zodra de kracht links minstens 90% van rechts is.",
    findings: [
      { link: "feet_ankles", rating: "normal", findings: "Knie-tot-muur bijna gelijk; wedges helpen bij het afwikkelen.", measures: { dorsiflexionLeft: 10, dorsiflexionRight: 11.5 } },
      { link: "knees", rating: "normal", findings: "Onveranderd goed.", measures: {} },
      { link: "hips", rating: "limited", findings: "Bekken blijft beter horizontaal, maar vermoeit na 20 seconden.", measures: { internalRotationLeft: 34, internalRotationRight: 38, externalRotationLeft: 43, externalRotationRight: 44 } },
      { link: "pelvis_lower_back", rating: "normal", findings: "Geen bijzonderheden.", measures: {} },
      { link: "core", rating: "normal", findings: "Plank 60 seconden zonder doorzakken.", measures: {} },
      { link: "hamstring", rating: "limited", findings: "Geen drukpijn meer; nordic curls tot halverwege gecontroleerd.", measures: { strengthLeft: 171, strengthRight: 192 } },
    ],
  },
] as const;

/** Lotte's phase-1 logs in the first week of her plan (the base seed holds the two weeks after). */
export const lottePhaseOneLogs = [
  { daysAgo: 20, painDuring: 4, painAfter: 3, note: "Aanspannen ging, zitten blijft gevoelig." },
  { daysAgo: 18, painDuring: 3, painAfter: 2, note: "" },
  { daysAgo: 16, painDuring: 2, painAfter: 2, note: "Na het wandelen nauwelijks last." },
] as const;

/** Lotte's visit notes, by the visit's days ago; the analysis note got a correction the next day. */
export const lotteNotes: Record<number, { complaints: string; examination: string; treatment: string; agreements: string; amendment?: { examination: string; reason: string } }> = {
  22: {
    complaints: "Sinds zes weken trekkende pijn achter in het linkerbovenbeen, erger na lang zitten en bij hardlopen boven 8 km.",
    examination: "Enkel links stug (knie-tot-muur 7,5 cm tegen 11 cm), bekken zakt links weg op één been, kracht hamstring links 142 N tegen 168 N rechts.",
    treatment: "Uitleg over de bewegingsketen; isometrisch aanspannen en bruggetje voorgedaan en geoefend.",
    agreements: "Fase 1 van het oefenplan, drie keer per week. Hardlopen even op pauze, wandelen mag.",
    amendment: { examination: "Enkel links stug (knie-tot-muur 7,5 cm tegen 11 cm), bekken zakt links weg op één been, kracht hamstring links 142 N tegen 186 N rechts.", reason: "Krachtmeting rechts verkeerd overgenomen van het meetblad." },
  },
  14: {
    complaints: "Zitten gaat beter; na het oefenen nauwelijks napijn. Eén keer een sessie overgeslagen.",
    examination: "Isometrisch aanspannen pijnvrij, bruggetje 3 × 12 zonder compensatie.",
    treatment: "Nordic curls met beperkt bereik en eenbenige brug aangeleerd.",
    agreements: "Door naar fase 2 (opbouwen). Over een week meten we opnieuw.",
  },
  7: {
    complaints: "Geen pijn bij dagelijkse dingen; licht trekken bij de diepste nordic curls.",
    examination: "Kracht links 171 N, rechts 192 N (89%). Heup links vermoeit na 20 seconden op één been.",
    treatment: "Heupstabiliteit uitgebreid met zijwaartse plank; wedges besproken voor het afwikkelen links.",
    agreements: "Fase 2 afmaken; fase 3 zodra links minstens 90% van rechts haalt. Rustig duurlopen van 20 minuten mag.",
  },
};

/** A short note for an attended follow-up in the demo week (the returning patients). */
export function followUpNote(p: DemoWeekPatient) {
  return {
    complaints: `Gaat vooruit; ${p.sport.toLowerCase()} nog niet op vol niveau.`,
    examination: "Kracht en beweeglijkheid verder verbeterd; geen drukpijn meer.",
    treatment: "Oefeningen nagelopen en de belasting een stap opgevoerd.",
    agreements: `Doel blijft: ${p.goals.charAt(0).toLowerCase()}${p.goals.slice(1)}`,
  };
}

/** Lotte's PSK and NPRS: at the analysis (by Sanne), at the phase change and a week ago (herself, in the portal). */
export const lotteOutcomes = [
  { daysAgo: 22, moment: "intake", byPatient: false, nprs: 5, psk: [{ activity: "Hardlopen langer dan 5 km", score: 8 }, { activity: "Een uur stilzitten op het werk", score: 6 }, { activity: "Trap op met twee treden tegelijk", score: 4 }] },
  { daysAgo: 14, moment: "phase_change", byPatient: true, nprs: 3, psk: [{ activity: "Hardlopen langer dan 5 km", score: 6 }, { activity: "Een uur stilzitten op het werk", score: 4 }, { activity: "Trap op met twee treden tegelijk", score: 3 }] },
  { daysAgo: 7, moment: "check", byPatient: true, nprs: 2, psk: [{ activity: "Hardlopen langer dan 5 km", score: 5 }, { activity: "Een uur stilzitten op het werk", score: 3 }, { activity: "Trap op met twee treden tegelijk", score: 1 }] },
] as const;
