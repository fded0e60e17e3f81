// The one error type analyses throw for bad input: its message is Vietnamese
// and says what is wrong and where, ready to show to an officer or print on
// the command line. Anything else thrown is a defect.

export class AnalysisInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AnalysisInputError";
  }
}

export function describeFeature(id: string | number | undefined, index: number): string {
  return id === undefined ? `đối tượng thứ ${index + 1}` : `“${id}”`;
}
