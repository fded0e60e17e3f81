// Turns picked image files into stored-ready attachments: checks type and
// size first, reads when and where each was taken (before resizing drops its
// EXIF), resizes in a worker, checks the result; refused files get a
// Vietnamese message each, the others go on.

import { useCallback, useState } from "react";
import { wrap, type Remote } from "comlink";
import { photoInputProblem, storedPhotoProblem } from "../../domain/photo-rules";
import type { NewAttachment } from "../../store/incidents/attachment.repository";
import type { PhotoResizeWorkerApi } from "../../workers/photo-resize.worker";
import { photoCapture } from "./photo-capture";

let worker: Remote<PhotoResizeWorkerApi> | null = null;

function photoWorker(): Remote<PhotoResizeWorkerApi> {
  worker ??= wrap<PhotoResizeWorkerApi>(new Worker(new URL("../../workers/photo-resize.worker.ts", import.meta.url), { type: "module" }));
  return worker;
}

/** `recordName`: what the photos belong to, in the messages ("vụ việc", "lượt kiểm tra"). */
export function usePreparedPhotos(recordName: string) {
  const [busy, setBusy] = useState(false);

  const prepare = useCallback(async (files: readonly File[], alreadyAttached: number): Promise<{ photos: NewAttachment[]; problems: string[] }> => {
    setBusy(true);
    const photos: NewAttachment[] = [];
    const problems: string[] = [];
    try {
      for (const file of files) {
        const problem = photoInputProblem(file, alreadyAttached + photos.length, recordName);
        if (problem) {
          problems.push(problem);
          continue;
        }
        try {
          const capture = await photoCapture(file);
          const resized = await photoWorker().resizePhoto(file);
          const tooLarge = storedPhotoProblem(file.name, resized.blob.size);
          if (tooLarge) problems.push(tooLarge);
          else photos.push({ fileName: file.name, type: resized.blob.type, width: resized.width, height: resized.height, blob: resized.blob, capture });
        } catch {
          problems.push(`Không đọc được ảnh "${file.name}": tệp hỏng hoặc định dạng không hỗ trợ.`);
        }
      }
    } finally {
      setBusy(false);
    }
    return { photos, problems };
  }, [recordName]);

  return { prepare, busy };
}
