// How the editor names a feature in lists, buttons and undo labels.

export function featureTitle(properties: Record<string, unknown>): string {
  const { name, label } = properties as { name?: unknown; label?: unknown };
  const title = typeof name === "string" && name.trim() !== "" ? name : typeof label === "string" && label.trim() !== "" ? label : null;
  return title ?? "Đối tượng chưa đặt tên";
}
