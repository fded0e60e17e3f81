// One opacity control per layer, labelled with the layer's name.

interface Props {
  layerName: string;
  value: number;
  onChange: (value: number) => void;
}

export function OpacitySlider({ layerName, value, onChange }: Props) {
  return (
    <label className="opacity-slider">
      <span>Độ đậm</span>
      <input
        type="range"
        min={0}
        max={1}
        step={0.05}
        value={value}
        aria-label={`Độ đậm – ${layerName}`}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <output>{Math.round(value * 100)}%</output>
    </label>
  );
}
