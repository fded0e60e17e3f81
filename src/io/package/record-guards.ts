// What merging needs of every record in a package: a string id, an ISO
// updatedAt and its revisions list. The full shape of each record kind is
// checked by its schema (io/schemas/) before merging.

export interface RevisedRecord {
  id: string;
  updatedAt: string;
  revisions: string[];
}
