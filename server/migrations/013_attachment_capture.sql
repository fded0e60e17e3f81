-- When and where a photo was taken (the app's `PhotoCapture`: capturedAt, and
-- the device position with its accuracy, or null), sent with the photo's
-- metadata, so a device that pulls the photo — the border station's, the
-- province's — gets the stamp the field device recorded. Absent for photos
-- from before, and for bytes that arrived before their metadata.
alter table attachments
  add column capture jsonb check (capture is null or jsonb_typeof(capture) = 'object');
