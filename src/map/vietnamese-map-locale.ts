// Vietnamese strings for maplibre-gl's built-in controls (its `locale` option).

export const VIETNAMESE_MAP_LOCALE: Record<string, string> = {
  "AttributionControl.ToggleAttribution": "Bật/tắt nguồn dữ liệu",
  "AttributionControl.MapFeedback": "Góp ý bản đồ",
  "FullscreenControl.Enter": "Toàn màn hình",
  "FullscreenControl.Exit": "Thoát toàn màn hình",
  "GeolocateControl.FindMyLocation": "Vị trí của tôi",
  "GeolocateControl.LocationNotAvailable": "Không xác định được vị trí",
  "LogoControl.Title": "MapLibre",
  "Map.Title": "Bản đồ",
  "Marker.Title": "Điểm đánh dấu",
  "NavigationControl.ResetBearing": "Đặt lại hướng bắc",
  "NavigationControl.ZoomIn": "Phóng to",
  "NavigationControl.ZoomOut": "Thu nhỏ",
  "Popup.Close": "Đóng",
  "ScaleControl.Meters": "m",
  "ScaleControl.Kilometers": "km",
  "CooperativeGesturesHandler.WindowsHelpText": "Giữ Ctrl và cuộn để phóng to/thu nhỏ",
  "CooperativeGesturesHandler.MacHelpText": "Giữ ⌘ và cuộn để phóng to/thu nhỏ",
};
