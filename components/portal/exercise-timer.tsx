"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { formatSeconds } from "@/lib/plans/dosage";

const noSubscription = () => () => {};

/** A short beep through Web Audio (no sound file to download); silent where audio is not allowed. */
function beep() {
  try {
    const context = new AudioContext();
    const oscillator = context.createOscillator();
    oscillator.frequency.value = 880;
    oscillator.connect(context.destination);
    oscillator.start();
    oscillator.stop(context.currentTime + 0.25);
    oscillator.onended = () => void context.close();
  } catch {
    // No audio: the vibration and the text still say the set is over.
  }
}

const clock = (seconds: number) => (seconds >= 60 ? `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}` : `${seconds}s`);

/**
 * A countdown for an exercise with a hold time or a duration: start, a visible countdown, a beep and a
 * vibration at the end, which set this is, and the rest between sets counted down too. Without JavaScript
 * only the text stays (the button appears after hydration). The moving bar is hidden under reduced motion;
 * the numbers are always there.
 */
export function ExerciseTimer({ name, sets, seconds, restSeconds = null }: { name: string; sets: number; seconds: number | null; restSeconds?: number | null }) {
  // False in the server's HTML and before hydration: then only the text is shown.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const [left, setLeft] = useState<number | null>(null);
  const [mode, setMode] = useState<"work" | "rest">("work");
  const [set, setSet] = useState(1);
  const [announcement, setAnnouncement] = useState("");
  const endsAt = useRef(0);
  const running = left !== null;

  useEffect(() => {
    if (!running) return;
    const tick = window.setInterval(() => {
      const remaining = Math.max(0, Math.ceil((endsAt.current - Date.now()) / 1000));
      setLeft(remaining);
      if (remaining > 0) return;
      window.clearInterval(tick);
      navigator.vibrate?.([200, 100, 200]);
      beep();
      if (mode === "rest") {
        setAnnouncement(`Rust voorbij: begin aan set ${set}.`);
        setMode("work");
        setLeft(null);
      } else if (set < sets && restSeconds) {
        setAnnouncement(`Set ${set} klaar. Rust ${formatSeconds(restSeconds)}.`);
        setSet(set + 1);
        setMode("rest");
        endsAt.current = Date.now() + restSeconds * 1000;
        setLeft(restSeconds);
      } else {
        setAnnouncement(set < sets ? `Set ${set} klaar. Rust even, dan set ${set + 1}.` : sets === 1 ? "Klaar: gedaan." : `Klaar: alle ${sets} sets gedaan.`);
        setSet(set < sets ? set + 1 : 1);
        setLeft(null);
      }
    }, 250);
    return () => window.clearInterval(tick);
  }, [running, mode, set, sets, restSeconds]);

  if (!seconds) return null;
  const start = () => {
    endsAt.current = Date.now() + seconds * 1000;
    setAnnouncement("");
    setMode("work");
    setLeft(seconds);
  };
  const total = mode === "rest" ? (restSeconds ?? 1) : seconds;
  return (
    <div className="mt-2 text-sm">
      {ready ? (
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={running ? () => setLeft(null) : start}
            className="min-h-11 rounded-md border border-brand px-3 py-2 font-medium text-brand"
            aria-label={running ? `Timer van ${name} stoppen` : `Timer van ${name} starten: set ${set} van ${sets}, ${formatSeconds(seconds)}`}
          >
            {running ? "Stop" : `Start set ${set} van ${sets}`}
          </button>
          {left !== null ? (
            <span className="font-serif text-2xl font-semibold tabular-nums" role="timer" aria-label={`${name}: ${mode === "rest" ? "rust, " : ""}nog ${formatSeconds(left)}`}>
              {mode === "rest" ? "Rust " : ""}
              {clock(left)}
            </span>
          ) : null}
          {left !== null ? (
            <span className="h-2 w-24 overflow-hidden rounded-full bg-brand-soft motion-reduce:hidden" aria-hidden="true">
              <span className="block h-full bg-brand transition-[width] duration-200" style={{ width: `${Math.round((left / total) * 100)}%` }} />
            </span>
          ) : null}
        </div>
      ) : (
        <p className="text-muted">
          {seconds >= 120 ? `${formatSeconds(seconds)} achter elkaar` : `Houd ${formatSeconds(seconds)} vast`}, {sets === 1 ? "één keer" : `${sets} sets`}
          {restSeconds && sets > 1 ? `, ${formatSeconds(restSeconds)} rust ertussen` : ""}; tel rustig mee of gebruik een klok.
        </p>
      )}
      <p aria-live="polite" className="mt-1 text-ok">
        {announcement}
      </p>
    </div>
  );
}
