// A labelled number input for analysis settings (metres, minutes…): what the
// user types is kept as text; the analysis reads a non-negative number or 0.

export function NumberField({ label, value, onChange, step = 1 }: { label: string; value: string; onChange: (value: string) => void; step?: number }) {
  return (
    <label className="analysis-field">
      {label}
      <input type="number" inputMode="decimal" min={0} step={step} value={value} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}

export function numberFrom(text: string): number {
  const value = Number(text.replace(",", "."));
  return Number.isFinite(value) && value > 0 ? value : 0;
}
