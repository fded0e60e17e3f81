// The Geolocation API's failures in Vietnamese, with what the user can do.
// The browser's own message (English) never reaches the screen.

export const NO_GEOLOCATION_MESSAGE = "Thiết bị hoặc trình duyệt này không cho biết vị trí.";

export function geolocationErrorMessage(error: Pick<GeolocationPositionError, "code">): string {
  switch (error.code) {
    case 1: // PERMISSION_DENIED
      return "Chưa được phép dùng vị trí: hãy cho phép ứng dụng truy cập vị trí trong cài đặt trình duyệt, rồi thử lại.";
    case 2: // POSITION_UNAVAILABLE
      return "Không xác định được vị trí: hãy bật GPS (định vị) của thiết bị và ra chỗ thoáng, rồi thử lại.";
    case 3: // TIMEOUT
      return "Chưa nhận được vị trí sau một lúc chờ: tín hiệu GPS yếu, hãy ra chỗ thoáng rồi thử lại.";
    default:
      return "Không lấy được vị trí thiết bị.";
  }
}
