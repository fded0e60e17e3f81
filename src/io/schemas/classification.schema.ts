// The optional độ mật of a stored record (domain/classification.ts): absent
// on records from before marks; any other value than the three is refused.

import * as v from "valibot";
import { CLASSIFICATIONS } from "../../domain/classification";

export const classificationSchema = v.optional(v.picklist(CLASSIFICATIONS.map((entry) => entry.id)));
