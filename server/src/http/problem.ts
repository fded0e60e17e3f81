// Errors as RFC 9457 problem details (application/problem+json) with a
// Vietnamese `detail` the app can show as is; never a library's English message.

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
}

export function problemBody(status: number, title: string, detail: string): ProblemBody {
  return { type: "about:blank", title, status, detail };
}

export const notFound = (detail = "Không tìm thấy mục này.") => new ProblemError(404, "Not Found", detail);
export const badRequest = (detail: string) => new ProblemError(400, "Bad Request", detail);
export const forbidden = (detail: string) => new ProblemError(403, "Forbidden", detail);
export const unauthorized = (detail = "Cần đăng nhập để truy cập dữ liệu.") =>
  new ProblemError(401, "Unauthorized", detail, { "www-authenticate": 'Bearer realm="ban-do-xa"' });
export const preconditionFailed = (detail = "Mục đã bị thay đổi bởi người khác (phiên bản không khớp). Hãy tải lại rồi sửa tiếp.") =>
  new ProblemError(412, "Precondition Failed", detail);
export const preconditionRequired = () =>
  new ProblemError(428, "Precondition Required", "Thiếu tiêu đề If-Match (phiên bản đang sửa): máy chủ không ghi đè khi không biết phiên bản.");
export const unprocessable = (detail: string) => new ProblemError(422, "Unprocessable Content", detail);
