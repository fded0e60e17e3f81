// The top edge of the phone's bottom sheet: a handle to drag (or tap) and two
// buttons, large enough for a thumb, to step the sheet down or up. Hidden by
// CSS outside the phone layout.

import type { BottomSheet, SheetState } from "./use-bottom-sheet";

const STEP_DOWN: Record<SheetState, SheetState> = { peek: "peek", half: "peek", full: "half" };
const STEP_UP: Record<SheetState, SheetState> = { peek: "half", half: "full", full: "full" };

export function BottomSheetHandle({ sheet }: { sheet: BottomSheet }) {
  return (
    <div className="sheet-handle" {...sheet.handleProps}>
      <button type="button" className="sheet-step" aria-label="Thu nhỏ bảng" disabled={sheet.state === "peek"} onClick={() => sheet.setState(STEP_DOWN[sheet.state])}>
        ▾
      </button>
      <span className="sheet-grip" aria-hidden="true" />
      <button type="button" className="sheet-step" aria-label="Mở rộng bảng" disabled={sheet.state === "full"} onClick={() => sheet.setState(STEP_UP[sheet.state])}>
        ▴
      </button>
    </div>
  );
}
