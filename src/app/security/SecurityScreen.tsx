// The frame of the screens shown instead of the app (set-up, lock, progress):
// the app's title, no map and nothing from the commune's data behind it.

import type { ReactNode } from "react";

export function SecurityScreen({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="security-screen">
      <section className="security-card" aria-labelledby="security-title">
        <p className="security-app-name">Bản đồ số quốc phòng – an ninh</p>
        <h1 id="security-title">{title}</h1>
        {children}
      </section>
    </main>
  );
}
