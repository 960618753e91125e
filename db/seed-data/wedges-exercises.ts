import type { ChainLink } from "../schema/clinical";
import type { SeedExercise } from "./seed-exercise";

/**
 * The practice's wedges technique for the feet and ankles (issue 17, point 5): a wedge under the forefoot
 * loads the calf and the sole of the foot in a lengthened position, so the foot rolls off smoothly again and
 * the hamstring no longer has to make up for a stiff ankle. The drawings are in public/illustrations/exercises/
 * under the same slugs (lib/plans/exercise-illustrations.ts).
 */
export const wedgesExercises: SeedExercise[] = [
  {
    slug: "wedge-kuitstretch",
    name: "Kuitstretch op een wedge",
    summary: "De kuit en de achterkant van de enkel lang maken met de voorvoet omhoog.",
    instructions:
      "Zet de voorkant van je voet op de wedge, hiel op de grond, en steun met je handen tegen de muur. Houd je knie gestrekt en breng je lichaam langzaam naar voren tot je de rek in je kuit voelt. Blijf rustig staan en wissel daarna van been.",
    cues: ["Hiel blijft op de grond", "Knie gestrekt, heup mee naar voren", "Rek voelen in de kuit, geen pijn in de enkel"],
    defaultSets: 3,
    defaultReps: null,
    defaultHoldSeconds: 30,
    defaultTimesPerWeek: 7,
    phaseTags: ["protect", "load", "maintenance"],
  },
  {
    slug: "wedge-balans-eenbenig",
    name: "Eenbenige balans op een wedge",
    summary: "Evenwicht en voetcontrole trainen op een schuine ondergrond.",
    instructions:
      "Ga met één voet op de wedge staan, voorvoet hoger dan de hiel, en buig je knie een klein beetje. Til het andere been op en houd je evenwicht. Lukt dat rustig, kijk dan over je schouder of doe je ogen kort dicht.",
    cues: ["Knie boven de tweede teen", "Bekken blijft horizontaal", "Tenen ontspannen, niet klauwen"],
    defaultSets: 3,
    defaultReps: null,
    defaultHoldSeconds: 30,
    defaultTimesPerWeek: 4,
    phaseTags: ["load", "return_to_sport"],
  },
  {
    slug: "wedge-kuitheffen",
    name: "Kuitheffen op een wedge",
    summary: "De kuit sterker maken over het hele bereik van de enkel.",
    instructions:
      "Sta met je voorvoeten op de wedge en je hielen op de grond. Kom langzaam zo hoog mogelijk op je tenen, blijf even boven en zak in drie tellen terug tot je hielen de grond weer raken. Gaat het met twee benen makkelijk, doe het dan op één been.",
    cues: ["Omhoog via de grote teen", "Langzaam zakken, drie tellen", "Houd je vast aan een stoel of de muur als dat nodig is"],
    defaultSets: 3,
    defaultReps: 12,
    defaultHoldSeconds: null,
    defaultTimesPerWeek: 3,
    phaseTags: ["load", "return_to_sport"],
  },
  {
    slug: "voetboog-activatie",
    name: "Voetboogactivatie (korte voet)",
    summary: "De kleine voetspieren aanspannen zodat de voetboog zichzelf draagt.",
    instructions:
      "Zit op een stoel met je blote voet plat op de grond. Houd je hiel en de bal van je voet op de grond en je tenen lang, en trek de voetboog op zodat je voet korter wordt. Houd dat even vast en laat rustig los.",
    cues: ["Tenen blijven lang en ontspannen", "Hiel en bal blijven op de grond", "Klein en precies, geen grote beweging"],
    defaultSets: 3,
    defaultReps: 10,
    defaultHoldSeconds: 5,
    defaultTimesPerWeek: 7,
    phaseTags: ["protect", "load", "maintenance"],
  },
];

/** The chain links each exercise of the library trains (for tailoring: suggestions per weak link). */
export const exerciseChainLinks: Record<string, ChainLink[]> = {
  "isometrische-hamstringhold": ["hamstring"],
  "statische-hamstringstretch": ["hamstring"],
  "pijnvrij-wandelen-fietsen": ["hamstring", "knees"],
  "ademhaling-4-2-6": ["core"],
  voetactivatie: ["feet_ankles"],
  "nordic-hamstring-curl": ["hamstring"],
  "eenbenige-deadlift": ["hamstring", "hips", "feet_ankles"],
  "gecontroleerde-hamstringcurl": ["hamstring", "knees"],
  "roemeense-deadlift-licht": ["hamstring", "pelvis_lower_back"],
  bilbrug: ["hips", "hamstring", "pelvis_lower_back"],
  "heupmobiliteit-90-90": ["hips"],
  plankvariaties: ["core"],
  "dead-bug": ["core", "pelvis_lower_back"],
  "bird-dog": ["core", "pelvis_lower_back"],
  beenzwaaien: ["hips", "hamstring"],
  "wandelende-lunges": ["hips", "knees"],
  "opbouw-joggen-sprinten": ["hamstring"],
  richtingsveranderingen: ["knees", "feet_ankles"],
  "foamrollen-hamstring": ["hamstring"],
  "warming-up-voor-training": ["hamstring", "hips"],
  "nordic-hamstring-curl-met-band": ["hamstring"],
  "bilbrug-eenbenig": ["hips", "hamstring"],
  "wedge-kuitstretch": ["feet_ankles"],
  "wedge-balans-eenbenig": ["feet_ankles", "knees", "hips"],
  "wedge-kuitheffen": ["feet_ankles"],
  "voetboog-activatie": ["feet_ankles"],
};
