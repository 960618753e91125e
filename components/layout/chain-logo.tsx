/** The practice's mark: three interlocking links. Decorative; the practice name is always next to it. */
export function ChainLogo({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 48 24" className={className} aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="3">
        <rect x="2" y="6" width="18" height="12" rx="6" />
        <rect x="15" y="6" width="18" height="12" rx="6" />
        <rect x="28" y="6" width="18" height="12" rx="6" />
      </g>
    </svg>
  );
}
