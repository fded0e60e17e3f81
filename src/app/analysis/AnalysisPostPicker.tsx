// "Chọn chốt": which militia posts the coverage counts (all by default), so
// an officer can ask "what if this post were closed?".

import { featureId, featureName } from "../../geo/shapes/feature-identity";
import type { LayerFeatures } from "./use-analysis-inputs";

interface Props {
  posts: LayerFeatures;
  excluded: ReadonlySet<string>;
  onChange: (excluded: Set<string>) => void;
}

export function AnalysisPostPicker({ posts, excluded, onChange }: Props) {
  const chosen = posts.length - posts.filter((post, index) => excluded.has(featureId(post, index))).length;
  return (
    <details className="analysis-posts">
      <summary>
        Chốt được tính: {chosen}/{posts.length}
      </summary>
      <div className="analysis-posts-actions">
        <button type="button" onClick={() => onChange(new Set())}>
          Chọn tất cả
        </button>
        <button type="button" onClick={() => onChange(new Set(posts.map((post, index) => featureId(post, index))))}>
          Bỏ chọn tất cả
        </button>
      </div>
      <ul>
        {posts.map((post, index) => {
          const id = featureId(post, index);
          return (
            <li key={id}>
              <label>
                <input
                  type="checkbox"
                  checked={!excluded.has(id)}
                  onChange={(event) => {
                    const next = new Set(excluded);
                    if (event.target.checked) next.delete(id);
                    else next.add(id);
                    onChange(next);
                  }}
                />
                {featureName(post, index)}
              </label>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
