// A province directive as the server sends it (GET /directives) and as the
// device keeps it: the text, the deadline, the communes it goes to and each
// commune's acknowledgement ("đã nhận", then "đã thực hiện").

export type AcknowledgementState = "da-nhan" | "da-thuc-hien";

export interface Acknowledgement {
  communeCode: string;
  state: AcknowledgementState;
  at: string;
  /** The acknowledging user's name; the server always sends it. */
  by: string;
}

export interface DirectiveProperties {
  title: string;
  text: string;
  deadline: string;
  communeCodes: string[];
  createdAt?: string;
  createdBy?: string;
  acknowledgements?: Acknowledgement[];
}
