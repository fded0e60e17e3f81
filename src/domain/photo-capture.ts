// When and where a field photo was taken, stored with the photo (incident
// attachments, marker-inspection photos): the capture time from the photo's
// EXIF DateTimeOriginal, else the file's last-modified time; the device
// position if a fresh fix was at hand when the photo came in, else none.

export interface PhotoCapture {
  /** ISO time the photo was taken. */
  capturedAt: string;
  /** Where the device was, with its accuracy in metres; null when no fresh fix was known. */
  position: { lon: number; lat: number; accuracyMetres: number } | null;
}
