import type { ExercisePhase } from "../schema/plans";

/**
 * The practice's four-phase hamstring plan. Therapists start a patient's plan from it and adjust it;
 * the seed gives the demo patient a plan built from it.
 */
export type TemplatePhase = {
  key: ExercisePhase;
  title: string;
  goal: string;
  exitCriteria: string[];
  /** The pain rule's limit during exercise in this phase (default 5/10); 0 means "pijnvrij". */
  painMaxDuring?: number;
  exercises: { slug: string; sets?: number; reps?: number | null; holdSeconds?: number | null; timesPerWeek?: number; notes?: string }[];
};

export const hamstringPlanTitle = "Hamstringherstel via de bewegingsketen";

export const hamstringTemplate: TemplatePhase[] = [
  {
    key: "protect",
    title: "Rustig opbouwen",
    painMaxDuring: 0,
    goal:
      "De eerste dagen laten we de acute klachten tot rust komen en blijf je pijnvrij in beweging. Koel de eerste twee tot drie dagen een paar keer per dag een kwartier tot twintig minuten; daarna helpt warmte. Masseer hooguit licht.",
    exitCriteria: ["Je wandelt zonder pijn", "De isometrische oefeningen gaan pijnvrij"],
    exercises: [
      { slug: "isometrische-hamstringhold" },
      { slug: "statische-hamstringstretch", sets: 2, holdSeconds: 20, notes: "Alleen een lichte rek, nog niet ver doorbuigen." },
      { slug: "pijnvrij-wandelen-fietsen" },
      { slug: "ademhaling-4-2-6", notes: "Gebruik dit ritme zodra je kramp voelt opkomen." },
    ],
  },
  {
    key: "load",
    title: "Kracht opbouwen",
    goal:
      "In week twee tot zes maken we de hamstring sterker met excentrische oefeningen, waarbij de spier leert remmen onder belasting. Tegelijk trainen we de schakels eromheen: bilspieren, romp, heupen en voeten.",
    exitCriteria: ["Je jogt zonder pijn", "Je kracht neemt aantoonbaar toe ten opzichte van de vorige meting"],
    exercises: [
      { slug: "nordic-hamstring-curl" },
      { slug: "eenbenige-deadlift" },
      { slug: "gecontroleerde-hamstringcurl" },
      { slug: "roemeense-deadlift-licht" },
      { slug: "bilbrug" },
      { slug: "plankvariaties" },
      { slug: "dead-bug" },
      { slug: "bird-dog" },
      { slug: "heupmobiliteit-90-90" },
      { slug: "voetactivatie" },
    ],
  },
  {
    key: "return_to_sport",
    title: "Terug naar sport",
    goal:
      "Stap voor stap terug naar je sport: van joggen naar sprinten op de helft tot driekwart van je topsnelheid, dan richtingsveranderingen, en pas daarna de volledige belasting van je sport.",
    exitCriteria: [
      "Pijnvrij in het dagelijks leven",
      "Sportspecifieke bewegingen zonder compensatie",
      "Minimaal 90% kracht ten opzichte van het andere been",
      "Beide benen bewegen symmetrisch",
      "Geen angst om voluit te gaan",
    ],
    exercises: [
      { slug: "opbouw-joggen-sprinten" },
      { slug: "richtingsveranderingen" },
      { slug: "nordic-hamstring-curl" },
      { slug: "eenbenige-deadlift" },
      { slug: "beenzwaaien" },
      { slug: "wandelende-lunges" },
    ],
  },
  {
    key: "maintenance",
    title: "Onderhoud en preventie",
    goal:
      "Je houdt vast wat je hebt opgebouwd zodat de klacht niet terugkomt: drie keer per week nordic curls en rompoefeningen, een vaste warming-up voor elke training en rustig rekken en foamrollen na afloop.",
    exitCriteria: ["Je voert het onderhoudsprogramma zelfstandig uit"],
    exercises: [
      { slug: "warming-up-voor-training" },
      { slug: "nordic-hamstring-curl" },
      { slug: "plankvariaties" },
      { slug: "dead-bug" },
      { slug: "statische-hamstringstretch", holdSeconds: 45, timesPerWeek: 3, notes: "Na de training, 30 tot 60 seconden per kant." },
      { slug: "foamrollen-hamstring" },
    ],
  },
];
