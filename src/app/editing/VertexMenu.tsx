// The menu of one vertex of the line or polygon being reshaped, opened by
// holding a finger on it (or a mouse right-click): "Xóa đỉnh", "Chèn đỉnh sau",
// "Hủy". It sits beside the finger, inside the screen, over the map and the
// bottom sheet; every item is a 44 px target, and the vertex it acts on is
// ringed on the map meanwhile. Escape closes only the menu.

import { useEffect, useRef } from "react";
import { createPortal } from "react-dom";
import type { VertexMenuRequest } from "../../map/drawing/edit-geometry";

interface Props {
  request: VertexMenuRequest;
  onDelete: (vertex: number) => void;
  onInsertAfter: (vertex: number) => void;
  onClose: () => void;
}

/** The menu's size for keeping it on screen (editing.css). */
const MENU = { width: 220, height: 200, margin: 8 };
/** Beside the finger, not under it. */
const OFFSET_PX = 16;

function placement({ x, y }: VertexMenuRequest["client"]): { left: number; top: number } {
  const left = x + OFFSET_PX + MENU.width + MENU.margin <= window.innerWidth ? x + OFFSET_PX : Math.max(MENU.margin, x - OFFSET_PX - MENU.width);
  const top = Math.min(Math.max(MENU.margin, y - MENU.height / 2), window.innerHeight - MENU.height - MENU.margin);
  return { left, top };
}

export function VertexMenu({ request, onDelete, onInsertAfter, onClose }: Props) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>("button:not(:disabled)")?.focus();
  }, [request]);
  const number = (request.vertex + 1).toLocaleString("vi-VN");
  return createPortal(
    <>
      <span className="vertex-menu-mark" aria-hidden="true" style={{ left: request.vertexClient.x, top: request.vertexClient.y }} />
      <div
        ref={menu}
        className="vertex-menu"
        role="menu"
        aria-label={`Đỉnh số ${number}`}
        style={placement(request.client)}
        onKeyDown={(event) => {
          if (event.key !== "Escape") return;
          // Escape closes the menu, not the whole reshaping (terra-draw-session.ts listens on window).
          event.stopPropagation();
          onClose();
        }}
      >
        <p className="vertex-menu-title">Đỉnh số {number}</p>
        <button type="button" role="menuitem" className="danger" disabled={!request.canDelete} onClick={() => onDelete(request.vertex)}>
          Xóa đỉnh
        </button>
        {!request.canDelete && <p className="vertex-menu-note">Hình đã ở số đỉnh tối thiểu.</p>}
        <button type="button" role="menuitem" disabled={!request.canInsertAfter} onClick={() => onInsertAfter(request.vertex)}>
          Chèn đỉnh sau
        </button>
        <button type="button" role="menuitem" onClick={onClose}>
          Hủy
        </button>
      </div>
    </>,
    document.body,
  );
}
