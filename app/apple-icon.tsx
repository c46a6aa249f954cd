import { ImageResponse } from "next/og";

/** The home-screen icon (180 px PNG), drawn like app/icon.svg: calibration points on the diagonal. */
export const size = { width: 180, height: 180 };
export const contentType = "image/png";

export default function AppleIcon() {
  const dot = (left: number, top: number, color: string) => (
    <div style={{ position: "absolute", left, top, width: 34, height: 34, borderRadius: 17, background: color }} />
  );
  return new ImageResponse(
    <div style={{ width: 180, height: 180, background: "#1f5fa8", display: "flex", position: "relative" }}>
      {dot(39, 107, "#ffffff")}
      {dot(76, 67, "#ffffff")}
      {dot(113, 50, "#ffd35c")}
    </div>,
    size,
  );
}
