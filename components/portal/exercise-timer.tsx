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

/**
 * A countdown for an exercise with a hold time: start, a visible countdown, a beep and a vibration at the
 * end, and which set this is. Without JavaScript only the text stays (the button appears after hydration).
 * The progress bar is left out when the user asked for reduced motion; the numbers are always there.
 */
export function ExerciseTimer({ name, sets, holdSeconds }: { name: string; sets: number; holdSeconds: number | null }) {
  // False in the server's HTML and before hydration: then only the text is shown.
  const ready = useSyncExternalStore(noSubscription, () => true, () => false);
  const [left, setLeft] = useState<number | null>(null);
  const [set, setSet] = useState(1);
  const [announcement, setAnnouncement] = useState("");
  const endsAt = useRef(0);
  const running = left !== null;

  useEffect(() => {
    if (!running) return;
    const tick = window.setInterval(() => {
      const remaining = Math.max(0, Math.ceil((endsAt.current - Date.now()) / 1000));
      setLeft(remaining);
      if (remaining === 0) {
        window.clearInterval(tick);
        navigator.vibrate?.([200, 100, 200]);
        beep();
        setAnnouncement(set < sets ? `Set ${set} klaar. Rust even, dan set ${set + 1}.` : `Klaar: alle ${sets} sets gedaan.`);
        setLeft(null);
        setSet((current) => (current < sets ? current + 1 : 1));
      }
    }, 250);
    return () => window.clearInterval(tick);
  }, [running, set, sets]);

  if (!holdSeconds) return null;
  const start = () => {
    endsAt.current = Date.now() + holdSeconds * 1000;
    setAnnouncement("");
    setLeft(holdSeconds);
  };
  return (
    <div className="mt-2 text-sm">
      {ready ? (
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={running ? () => setLeft(null) : start}
            className="min-h-11 rounded-md border border-brand px-3 py-2 font-medium text-brand"
            aria-label={running ? `Timer van ${name} stoppen` : `Timer van ${name} starten: set ${set} van ${sets}, ${formatSeconds(holdSeconds)}`}
          >
            {running ? "Stop" : `Start set ${set} van ${sets}`}
          </button>
          {running ? (
            <span className="font-serif text-2xl font-semibold tabular-nums" role="timer" aria-label={`${name}: nog ${formatSeconds(left)}`}>
              {left}s
            </span>
          ) : null}
          {running ? (
            <span className="h-2 w-24 overflow-hidden motion-reduce:hidden rounded-full bg-brand-soft" aria-hidden="true">
              <span className="block h-full bg-brand transition-[width] duration-200" style={{ width: `${Math.round((left / holdSeconds) * 100)}%` }} />
            </span>
          ) : null}
        </div>
      ) : (
        <p className="text-muted">
          Houd {formatSeconds(holdSeconds)} vast, {sets} {sets === 1 ? "keer" : "sets"}; tel rustig mee of gebruik een klok.
        </p>
      )}
      <p aria-live="polite" className="mt-1 text-ok">
        {announcement}
      </p>
    </div>
  );
}
