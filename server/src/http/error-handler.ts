// Turns every failure into a problem+json answer with a Vietnamese detail:
// our own ProblemErrors as they are, Fastify's and PostgreSQL's errors mapped
// to the right status, anything else a 500 whose cause is only logged.

import type { FastifyError, FastifyInstance } from "fastify";
import { ProblemError, problemBody } from "./problem";

interface DatabaseError {
  code?: string;
}

function fromDatabase(error: DatabaseError): ProblemError | null {
  switch (error.code) {
    case "42501":
      return new ProblemError(403, "Forbidden", "Đơn vị của bạn không có quyền ghi mục này (ngoài phạm vi xã được giao).");
    case "23505":
      return new ProblemError(409, "Conflict", "Mã mục (UUID) này đã được dùng.");
    case "23514":
      return new ProblemError(422, "Unprocessable Content", "Không xác định được xã của mục này: hãy gửi kèm mã xã (communeCodes) trong phạm vi đơn vị.");
    case "23503":
      return new ProblemError(422, "Unprocessable Content", "Mục liên quan không tồn tại.");
    case "22P02":
    case "22023":
    case "XX000":
      return new ProblemError(422, "Unprocessable Content", "Dữ liệu hình học hoặc giá trị không hợp lệ.");
    default:
      return null;
  }
}

function fromFastify(error: FastifyError): ProblemError | null {
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new ProblemError(413, "Content Too Large", "Nội dung gửi lên quá lớn.");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new ProblemError(415, "Unsupported Media Type", "Kiểu nội dung không được hỗ trợ (dùng application/geo+json hoặc application/json).");
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return new ProblemError(400, "Bad Request", "Nội dung JSON không hợp lệ.");
    default:
      return error.statusCode === 400 ? new ProblemError(400, "Bad Request", "Yêu cầu không hợp lệ.") : null;
  }
}

/** The problem an error stands for, or null when it is unexpected (a 500 whose cause is logged). */
export function toProblem(error: unknown): ProblemError | null {
  if (error instanceof ProblemError) return error;
  if (typeof error !== "object" || error === null) return null;
  return fromDatabase(error as DatabaseError) ?? fromFastify(error as FastifyError);
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(async (error: FastifyError & DatabaseError, request, reply) => {
    const problem = toProblem(error);
    if (!problem) request.log.error(error);
    const answer = problem ?? new ProblemError(500, "Internal Server Error", "Máy chủ gặp lỗi, vui lòng thử lại sau.");
    return reply
      .code(answer.status)
      .headers(answer.headers)
      .type("application/problem+json; charset=utf-8")
      .send(problemBody(answer.status, answer.title, answer.detail));
  });
  app.setNotFoundHandler(async (_request, reply) =>
    reply.code(404).type("application/problem+json; charset=utf-8").send(problemBody(404, "Not Found", "Không tìm thấy đường dẫn này.")),
  );
}
