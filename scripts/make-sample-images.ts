/**
 * Draws the illustrative images used by the sample content and writes them as JPEG files under
 * `src/assets/samples/`. Every picture is a flat drawing made here as SVG (no photos, no text),
 * so the samples can never be mistaken for real photographs of real people.
 *
 * Run: `npx tsx scripts/make-sample-images.ts` (or `npm run images:samples`).
 */
import { mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";

const OUT_DIR = join(process.cwd(), "src", "assets", "samples");
const SCENE = { width: 1600, height: 1000 } as const;
const PORTRAIT = { width: 800, height: 1000 } as const;

/** A small deterministic random generator, so the drawings are the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

function svg(width: number, height: number, body: string, defs = ""): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><defs>${defs}</defs>${body}</svg>`;
}

function skyGradient(id: string, top: string, bottom: string): string {
  return `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>`;
}

function sky(top: string, bottom: string, height = SCENE.height): { defs: string; body: string } {
  return {
    defs: skyGradient("sky", top, bottom),
    body: `<rect width="${SCENE.width}" height="${height}" fill="url(#sky)"/>`,
  };
}

function sun(x: number, y: number, radius: number, colour = "#fff3c4"): string {
  return `<circle cx="${x}" cy="${y}" r="${radius}" fill="${colour}" opacity="0.9"/>`;
}

function cloud(x: number, y: number, scale: number): string {
  return `<g fill="#ffffff" opacity="0.85" transform="translate(${x} ${y}) scale(${scale})"><ellipse cx="0" cy="0" rx="70" ry="26"/><ellipse cx="50" cy="-14" rx="50" ry="30"/><ellipse cx="100" cy="2" rx="60" ry="22"/></g>`;
}

/** A row of rounded limestone peaks in the Tràng An manner. */
function karst(seed: number, baseY: number, minH: number, maxH: number, colour: string, count = 7): string {
  const rnd = random(seed);
  const step = SCENE.width / count;
  let d = `M0 ${baseY}`;
  for (let i = 0; i < count + 1; i++) {
    const x0 = i * step - step * 0.3;
    const w = step * (0.8 + rnd() * 0.7);
    const h = minH + rnd() * (maxH - minH);
    const top = baseY - h;
    d += ` L${r1(x0)} ${baseY} C${r1(x0 + w * 0.05)} ${r1(top + h * 0.2)} ${r1(x0 + w * 0.2)} ${r1(top)} ${r1(x0 + w * 0.5)} ${r1(top)} C${r1(x0 + w * 0.8)} ${r1(top)} ${r1(x0 + w * 0.95)} ${r1(top + h * 0.25)} ${r1(x0 + w)} ${baseY}`;
  }
  d += ` L${SCENE.width} ${baseY} L${SCENE.width} ${SCENE.height} L0 ${SCENE.height} Z`;
  return `<path d="${d}" fill="${colour}"/>`;
}

/** Gentle rolling hills. */
function hills(seed: number, baseY: number, amplitude: number, colour: string): string {
  const rnd = random(seed);
  let d = `M0 ${baseY}`;
  const parts = 4;
  const step = SCENE.width / parts;
  for (let i = 0; i < parts; i++) {
    const x = (i + 1) * step;
    const peak = baseY - amplitude * (0.4 + rnd() * 0.6);
    d += ` Q${r1(x - step / 2)} ${r1(peak)} ${r1(x)} ${r1(baseY - amplitude * 0.2 * rnd())}`;
  }
  d += ` L${SCENE.width} ${SCENE.height} L0 ${SCENE.height} Z`;
  return `<path d="${d}" fill="${colour}"/>`;
}

/** Rice paddies as stacked bands with thin dykes. */
function paddies(seed: number, topY: number, colours: string[]): string {
  const rnd = random(seed);
  let out = "";
  let y = topY;
  let band = 30;
  let i = 0;
  while (y < SCENE.height) {
    const colour = colours[i % colours.length] ?? "#7cb342";
    const tilt = (rnd() - 0.5) * 30;
    out += `<path d="M0 ${r1(y)} L${SCENE.width} ${r1(y + tilt)} L${SCENE.width} ${r1(y + tilt + band)} L0 ${r1(y + band)} Z" fill="${colour}"/>`;
    out += `<path d="M0 ${r1(y)} L${SCENE.width} ${r1(y + tilt)}" stroke="#5d7a32" stroke-width="3" opacity="0.5"/>`;
    y += band;
    band *= 1.28;
    i++;
  }
  return out;
}

function water(topY: number, bottomY: number, colour: string, seed: number): string {
  const rnd = random(seed);
  let out = `<rect x="0" y="${topY}" width="${SCENE.width}" height="${bottomY - topY}" fill="${colour}"/>`;
  for (let i = 0; i < 26; i++) {
    const x = rnd() * SCENE.width;
    const y = topY + 10 + rnd() * (bottomY - topY - 20);
    const w = 40 + rnd() * 120;
    out += `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(w)}" height="4" rx="2" fill="#ffffff" opacity="0.25"/>`;
  }
  return out;
}

function tree(x: number, y: number, size: number, leaf = "#2e7d32"): string {
  return `<rect x="${r1(x - size * 0.08)}" y="${r1(y - size * 0.6)}" width="${r1(size * 0.16)}" height="${r1(size * 0.6)}" fill="#6d4c41"/><circle cx="${x}" cy="${r1(y - size * 0.85)}" r="${r1(size * 0.45)}" fill="${leaf}"/>`;
}

function palm(x: number, y: number, size: number): string {
  const leaves = [-60, -25, 10, 45, 80]
    .map(
      (angle) =>
        `<ellipse cx="${r1(x + Math.cos((angle * Math.PI) / 180) * size * 0.3)}" cy="${r1(y - size + Math.sin((angle * Math.PI) / 180) * size * 0.1)}" rx="${r1(size * 0.35)}" ry="${r1(size * 0.08)}" transform="rotate(${angle} ${x} ${y - size})" fill="#388e3c"/>`,
    )
    .join("");
  return `<path d="M${x} ${y} Q${x + size * 0.1} ${y - size * 0.5} ${x} ${y - size}" stroke="#795548" stroke-width="${r1(size * 0.06)}" fill="none"/>${leaves}`;
}

function house(x: number, y: number, w: number, h: number, wall: string, roof: string): string {
  return `<rect x="${x}" y="${y - h}" width="${w}" height="${h}" fill="${wall}"/><path d="M${x - w * 0.1} ${y - h} L${x + w / 2} ${y - h - h * 0.6} L${x + w * 1.1} ${y - h} Z" fill="${roof}"/><rect x="${r1(x + w * 0.4)}" y="${r1(y - h * 0.55)}" width="${r1(w * 0.2)}" height="${r1(h * 0.55)}" fill="#5d4037"/>`;
}

/** A person seen from afar: head, body, optional hat; flat colours only. */
function figure(x: number, y: number, size: number, shirt: string, hat?: string): string {
  const head = size * 0.16;
  let out = `<path d="M${r1(x - size * 0.22)} ${y} L${r1(x - size * 0.2)} ${r1(y - size * 0.55)} Q${x} ${r1(y - size * 0.72)} ${r1(x + size * 0.2)} ${r1(y - size * 0.55)} L${r1(x + size * 0.22)} ${y} Z" fill="${shirt}"/>`;
  out += `<circle cx="${x}" cy="${r1(y - size * 0.78)}" r="${r1(head)}" fill="#e0ac69"/>`;
  if (hat) {
    out += `<ellipse cx="${x}" cy="${r1(y - size * 0.84)}" rx="${r1(head * 1.5)}" ry="${r1(head * 0.35)}" fill="${hat}"/><ellipse cx="${x}" cy="${r1(y - size * 0.88)}" rx="${r1(head * 1.05)}" ry="${r1(head * 0.8)}" fill="${hat}"/>`;
  }
  return out;
}

function beehive(x: number, y: number, w: number, colour: string): string {
  const h = w * 0.8;
  return `<rect x="${r1(x - w * 0.1)}" y="${r1(y)}" width="${r1(w * 0.08)}" height="${r1(w * 0.35)}" fill="#5d4037"/><rect x="${r1(x + w * 1.02)}" y="${r1(y)}" width="${r1(w * 0.08)}" height="${r1(w * 0.35)}" fill="#5d4037"/><rect x="${x}" y="${r1(y - h)}" width="${w}" height="${r1(h)}" fill="${colour}"/><rect x="${r1(x - w * 0.08)}" y="${r1(y - h - w * 0.12)}" width="${r1(w * 1.16)}" height="${r1(w * 0.14)}" fill="#4e342e"/><rect x="${r1(x + w * 0.3)}" y="${r1(y - w * 0.12)}" width="${r1(w * 0.4)}" height="${r1(w * 0.05)}" fill="#3e2723"/><line x1="${x}" y1="${r1(y - h / 2)}" x2="${x + w}" y2="${r1(y - h / 2)}" stroke="#00000033" stroke-width="3"/>`;
}

function bees(seed: number, count: number, area: [number, number, number, number]): string {
  const rnd = random(seed);
  let out = "";
  for (let i = 0; i < count; i++) {
    const x = area[0] + rnd() * (area[2] - area[0]);
    const y = area[1] + rnd() * (area[3] - area[1]);
    out += `<ellipse cx="${r1(x)}" cy="${r1(y)}" rx="7" ry="5" fill="#f9a825"/><ellipse cx="${r1(x - 2)}" cy="${r1(y - 6)}" rx="5" ry="3" fill="#ffffff" opacity="0.8"/>`;
  }
  return out;
}

function flag(x: number, y: number, w: number, wave = 0): string {
  const h = w * 0.66;
  const cx = x + w / 2;
  const cy = y + h / 2;
  const star = starPoints(cx, cy, h * 0.3);
  return `<path d="M${x} ${y} Q${x + w / 2} ${y - wave} ${x + w} ${y} L${x + w} ${y + h} Q${x + w / 2} ${y + h - wave} ${x} ${y + h} Z" fill="#da251d"/><polygon points="${star}" fill="#ffcd00"/>`;
}

function starPoints(cx: number, cy: number, radius: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const rad = i % 2 === 0 ? radius : radius * 0.38;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${r1(cx + Math.cos(angle) * rad)},${r1(cy + Math.sin(angle) * rad)}`);
  }
  return points.join(" ");
}

function boat(x: number, y: number, w: number): string {
  return `<path d="M${x} ${y} Q${x + w / 2} ${y + w * 0.18} ${x + w} ${y} L${r1(x + w * 0.9)} ${r1(y + w * 0.05)} Q${x + w / 2} ${r1(y + w * 0.2)} ${r1(x + w * 0.1)} ${r1(y + w * 0.05)} Z" fill="#4e342e"/>`;
}

function chairRows(topY: number, rows: number, colour: string): string {
  let out = "";
  for (let row = 0; row < rows; row++) {
    const y = topY + row * 90;
    const scale = 1 + row * 0.18;
    const w = 70 * scale;
    const gap = 18 * scale;
    const count = Math.ceil(SCENE.width / (w + gap)) + 1;
    const offset = (row % 2) * (w / 2) - w;
    for (let i = 0; i < count; i++) {
      const x = offset + i * (w + gap);
      out += `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(w)}" height="${r1(60 * scale)}" rx="${r1(10 * scale)}" fill="${colour}"/>`;
      out += `<circle cx="${r1(x + w / 2)}" cy="${r1(y - 14 * scale)}" r="${r1(22 * scale)}" fill="${row % 2 === 0 ? "#3e2723" : "#4e342e"}"/>`;
    }
  }
  return out;
}

type Drawing = { defs: string; body: string };

const scenes: Record<string, () => Drawing> = {
  /** Beehives in a garden below karst hills. */
  "nuoi-ong-cuc-phuong": () => {
    const s = sky("#9fd3f2", "#e9f6fb");
    let body = s.body + sun(1320, 170, 70) + cloud(200, 160, 1.2) + cloud(900, 110, 0.9);
    body += karst(11, 620, 180, 330, "#a5c3a0", 6) + karst(12, 680, 120, 260, "#6f9a6b", 8);
    body += `<rect x="0" y="640" width="1600" height="360" fill="#8bc34a"/>`;
    for (let i = 0; i < 5; i++) body += tree(120 + i * 350, 700, 150, i % 2 ? "#33691e" : "#558b2f");
    const colours = ["#ffb300", "#fdd835", "#ffca28", "#f57f17", "#ffd54f"];
    for (let i = 0; i < 5; i++) body += beehive(160 + i * 270, 900 - (i % 2) * 30, 160, colours[i] ?? "#ffb300");
    body += bees(13, 40, [100, 580, 1500, 900]);
    body += figure(1450, 960, 260, "#33691e", "#556b2f");
    return { defs: s.defs, body };
  },
  /** The same trade spreading to another village: hives among fruit trees. */
  "nuoi-ong-ky-phu": () => {
    const s = sky("#b3e5fc", "#fff8e1");
    let body = s.body + sun(260, 180, 60) + cloud(1100, 140, 1);
    body += hills(21, 560, 160, "#9ccc65") + hills(22, 680, 120, "#7cb342");
    for (let i = 0; i < 8; i++) body += tree(80 + i * 210, 760 + (i % 2) * 30, 170, i % 3 ? "#2e7d32" : "#43a047");
    for (let i = 0; i < 4; i++) body += beehive(180 + i * 360, 940, 180, i % 2 ? "#ffa000" : "#ffd600");
    body += bees(23, 50, [100, 600, 1500, 900]);
    body += figure(1480, 980, 240, "#2e7d32", "#556b2f") + figure(120, 990, 220, "#1565c0");
    return { defs: s.defs, body };
  },
  /** A new concrete village road between rice fields. */
  "duong-lang-gia-sinh": () => {
    const s = sky("#90caf9", "#e3f2fd");
    let body = s.body + cloud(250, 150, 1.3) + cloud(1150, 200, 1);
    body += karst(31, 520, 150, 300, "#9fb8a3", 6);
    body += paddies(32, 520, ["#8bc34a", "#9ccc65", "#7cb342", "#aed581"]);
    body += `<path d="M740 520 L860 520 L1250 1000 L350 1000 Z" fill="#cfd8dc"/><path d="M795 520 L805 520 L820 1000 L780 1000 Z" fill="#ffffff" opacity="0.6"/>`;
    for (let i = 0; i < 6; i++) {
      body += palm(700 - i * 70 - i * i * 12, 560 + i * 80, 90 + i * 30);
      body += palm(900 + i * 70 + i * i * 12, 560 + i * 80, 90 + i * 30);
    }
    body += figure(620, 930, 200, "#33691e", "#556b2f") + figure(1010, 900, 180, "#0277bd");
    return { defs: s.defs, body };
  },
  /** Wide rice fields in the coastal plain. */
  "canh-dong-kim-dong": () => {
    const s = sky("#fff3e0", "#ffe0b2");
    let body = s.body + sun(1250, 260, 90, "#ffcc80") + cloud(300, 180, 1);
    body += `<rect x="0" y="470" width="1600" height="20" fill="#b0bec5"/>`;
    body += paddies(41, 480, ["#c0ca33", "#d4e157", "#afb42b", "#cddc39", "#9e9d24"]);
    for (let i = 0; i < 4; i++) body += figure(260 + i * 330, 760 + (i % 2) * 80, 180 + i * 10, "#5d4037", "#f5deb3");
    body += `<path d="M0 480 L200 470 L260 430 L300 470 L1600 470 L1600 480 Z" fill="#78909c"/>`;
    return { defs: s.defs, body };
  },
  /** Boats on a river between karst peaks. */
  "du-lich-ninh-hai": () => {
    const s = sky("#b2ebf2", "#e0f7fa");
    let body = s.body + cloud(400, 150, 1) + cloud(1200, 120, 1.2);
    body += karst(51, 640, 300, 480, "#80a888", 5) + karst(52, 660, 200, 360, "#5b8a63", 7);
    body += water(640, 1000, "#4db6ac", 53);
    body += `<rect x="0" y="880" width="1600" height="120" fill="#c5e1a5"/>`;
    body += boat(300, 760, 300) + figure(420, 780, 110, "#ef6c00", "#f5deb3") + figure(500, 780, 100, "#1565c0");
    body += boat(950, 820, 340) + figure(1080, 840, 120, "#c62828", "#f5deb3") + figure(1180, 840, 110, "#6a1b9a");
    for (let i = 0; i < 5; i++) body += tree(100 + i * 360, 1000, 140, "#558b2f");
    return { defs: s.defs, body };
  },
  /** A clean residential street with trees and bins. */
  "khu-pho-dong-thanh": () => {
    const s = sky("#bbdefb", "#e3f2fd");
    let body = s.body + cloud(300, 120, 1);
    const walls = ["#ffe082", "#ffccbc", "#c5e1a5", "#b3e5fc", "#f8bbd0", "#d7ccc8"];
    for (let i = 0; i < 6; i++) {
      const x = 20 + i * 265;
      const h = 360 + ((i * 73) % 140);
      body += `<rect x="${x}" y="${700 - h}" width="240" height="${h}" fill="${walls[i] ?? "#eeeeee"}"/>`;
      for (let k = 0; k < 3; k++)
        body += `<rect x="${x + 30 + k * 70}" y="${730 - h + 40}" width="40" height="60" fill="#90a4ae"/>`;
      body += `<rect x="${x + 90}" y="580" width="60" height="120" fill="#6d4c41"/>`;
    }
    body += `<rect x="0" y="700" width="1600" height="60" fill="#bdbdbd"/><rect x="0" y="760" width="1600" height="240" fill="#90a4ae"/>`;
    for (let i = 0; i < 7; i++) body += tree(100 + i * 240, 740, 220, "#2e7d32");
    body += `<rect x="1270" y="820" width="70" height="90" rx="8" fill="#2e7d32"/><rect x="1350" y="820" width="70" height="90" rx="8" fill="#f9a825"/>`;
    body += figure(560, 960, 200, "#33691e", "#556b2f") + figure(760, 950, 190, "#ad1457");
    return { defs: s.defs, body };
  },
  /** Tidy village lanes lined with flowers. */
  "duong-xanh-dong-son": () => {
    const s = sky("#c8e6c9", "#f1f8e9");
    let body = s.body + sun(1350, 160, 60);
    body += hills(61, 520, 180, "#a5d6a7") + hills(62, 600, 120, "#81c784");
    body += `<path d="M760 560 L840 560 L1300 1000 L300 1000 Z" fill="#e0e0e0"/>`;
    for (let i = 0; i < 7; i++) {
      const t = i / 6;
      const yy = 580 + t * 400;
      const left = 760 - t * 460;
      const right = 840 + t * 460;
      const size = 16 + t * 30;
      body += `<circle cx="${r1(left - 30)}" cy="${r1(yy)}" r="${r1(size)}" fill="#e91e63"/><circle cx="${r1(right + 30)}" cy="${r1(yy)}" r="${r1(size)}" fill="#ffeb3b"/>`;
    }
    body += house(100, 640, 200, 120, "#fff9c4", "#bf360c") + house(1300, 640, 200, 120, "#ffe0b2", "#8d6e63");
    body += figure(700, 940, 170, "#33691e", "#556b2f") + figure(900, 930, 160, "#0288d1");
    return { defs: s.defs, body };
  },
  /** A village cultural house decorated for a simple ceremony. */
  "nha-van-hoa-yen-thanh": () => {
    const s = sky("#e1f5fe", "#fffde7");
    let body = s.body + cloud(220, 140, 1) + cloud(1250, 190, 0.8);
    body += `<rect x="0" y="720" width="1600" height="280" fill="#a5d6a7"/>`;
    body += `<rect x="400" y="380" width="800" height="340" fill="#fff8e1"/><path d="M340 390 L800 200 L1260 390 Z" fill="#c62828"/>`;
    for (let i = 0; i < 4; i++) body += `<rect x="${460 + i * 190}" y="470" width="110" height="250" fill="#8d6e63"/>`;
    body += flag(760, 250, 80) + `<rect x="752" y="240" width="6" height="150" fill="#5d4037"/>`;
    for (let i = 0; i < 6; i++)
      body += `<circle cx="${r1(380 + i * 170)}" cy="740" r="36" fill="${i % 2 ? "#ec407a" : "#ffca28"}"/>`;
    for (let i = 0; i < 5; i++) body += figure(260 + i * 270, 990, 200 + (i % 2) * 20, i % 2 ? "#ad1457" : "#37474f");
    return { defs: s.defs, body };
  },
  /** A classroom: blackboard, desks and pupils from behind. */
  "lop-hoc-khuyen-hoc": () => {
    let body = `<rect width="1600" height="1000" fill="#fff3e0"/><rect x="0" y="760" width="1600" height="240" fill="#d7ccc8"/>`;
    body += `<rect x="380" y="140" width="840" height="380" rx="12" fill="#2e5d4b"/><rect x="360" y="120" width="880" height="420" rx="16" fill="none" stroke="#8d6e63" stroke-width="20"/>`;
    body += flag(1300, 150, 150, 6);
    body += `<rect x="120" y="180" width="160" height="240" fill="#bbdefb"/><rect x="120" y="180" width="160" height="240" fill="none" stroke="#8d6e63" stroke-width="12"/>`;
    body += figure(300, 760, 280, "#33691e", "#556b2f");
    for (let row = 0; row < 2; row++) {
      for (let i = 0; i < 5; i++) {
        const x = 120 + i * 300 + row * 60;
        const y = 780 + row * 150;
        body += `<rect x="${x}" y="${y}" width="240" height="40" fill="#a1887f"/>`;
        body += `<circle cx="${x + 70}" cy="${y - 30}" r="34" fill="#3e2723"/><path d="M${x + 30} ${y + 40} Q${x + 70} ${y - 10} ${x + 110} ${y + 40} Z" fill="#ffffff"/>`;
        body += `<circle cx="${x + 170}" cy="${y - 30}" r="34" fill="#4e342e"/><path d="M${x + 130} ${y + 40} Q${x + 170} ${y - 10} ${x + 210} ${y + 40} Z" fill="#e3f2fd"/>`;
      }
    }
    return { defs: "", body };
  },
  /** Night patrol on a village road under the moon. */
  "tuan-tra-khanh-nhac": () => {
    const s = sky("#1a237e", "#3949ab");
    let body = s.body + sun(1300, 170, 70, "#fff9c4");
    const rnd = random(71);
    for (let i = 0; i < 60; i++)
      body += `<circle cx="${r1(rnd() * 1600)}" cy="${r1(rnd() * 450)}" r="${r1(1 + rnd() * 2)}" fill="#ffffff" opacity="0.8"/>`;
    body += hills(72, 600, 140, "#283593") + `<rect x="0" y="640" width="1600" height="360" fill="#1b5e20"/>`;
    body += `<path d="M700 640 L900 640 L1400 1000 L200 1000 Z" fill="#546e7a"/>`;
    body += house(100, 700, 220, 130, "#37474f", "#263238") + house(1250, 700, 240, 140, "#37474f", "#263238");
    body += `<rect x="140" y="620" width="40" height="40" fill="#ffee58"/><rect x="1300" y="610" width="40" height="40" fill="#ffee58"/>`;
    body += `<path d="M760 860 L520 1000 L820 1000 Z" fill="#fff59d" opacity="0.35"/>`;
    body +=
      figure(700, 960, 260, "#33691e", "#556b2f") +
      figure(900, 950, 250, "#33691e", "#556b2f") +
      figure(1080, 945, 230, "#455a64");
    return { defs: s.defs, body };
  },
  /** A send-off for recruits: flags and a crowd. */
  "tien-dua-tan-binh-kim-son": () => {
    const s = sky("#e3f2fd", "#ffffff");
    let body = s.body + cloud(250, 120, 1) + cloud(1200, 160, 1.1);
    body += `<rect x="0" y="700" width="1600" height="300" fill="#c8e6c9"/>`;
    for (let i = 0; i < 7; i++) {
      const x = 120 + i * 230;
      body +=
        `<rect x="${x}" y="230" width="6" height="470" fill="#795548"/>` + flag(x + 6, 240, 150, 10 + (i % 3) * 6);
    }
    for (let i = 0; i < 8; i++) body += figure(100 + i * 200, 980, 260, "#2e7d32", "#2e7d32");
    for (let i = 0; i < 9; i++) body += figure(40 + i * 190, 1000, 200, i % 2 ? "#c62828" : "#1565c0");
    return { defs: s.defs, body };
  },
  /** A one-stop public service counter. */
  "tiep-dan-mot-cua": () => {
    let body = `<rect width="1600" height="1000" fill="#eceff1"/><rect x="0" y="0" width="1600" height="120" fill="#cfd8dc"/>`;
    for (let i = 0; i < 4; i++)
      body += `<rect x="${120 + i * 380}" y="180" width="280" height="240" fill="#b3e5fc"/><rect x="${120 + i * 380}" y="180" width="280" height="240" fill="none" stroke="#90a4ae" stroke-width="10"/>`;
    body += `<rect x="0" y="560" width="1600" height="160" fill="#1565c0"/><rect x="0" y="540" width="1600" height="30" fill="#0d47a1"/>`;
    body += figure(300, 560, 220, "#e8f5e9") + figure(800, 560, 220, "#e8f5e9") + figure(1300, 560, 220, "#e8f5e9");
    body += `<rect x="0" y="720" width="1600" height="280" fill="#b0bec5"/>`;
    body +=
      figure(360, 1000, 260, "#33691e", "#556b2f") +
      figure(860, 1000, 250, "#6d4c41") +
      figure(1240, 1000, 240, "#ad1457");
    body += flag(1420, 140, 120, 4);
    return { defs: "", body };
  },
  /** Members meet the leadership: a round-table dialogue. */
  "doi-thoai-hoi-vien": () => {
    let body = `<rect width="1600" height="1000" fill="#fbe9e7"/><rect x="0" y="0" width="1600" height="420" fill="#c62828"/>`;
    body += `<polygon points="${starPoints(800, 210, 110)}" fill="#ffcd00"/>`;
    body += `<ellipse cx="800" cy="760" rx="620" ry="170" fill="#8d6e63"/><ellipse cx="800" cy="740" rx="600" ry="150" fill="#a1887f"/>`;
    for (let i = 0; i < 5; i++) body += figure(260 + i * 270, 640, 220, "#33691e", i % 2 ? undefined : "#556b2f");
    for (let i = 0; i < 4; i++) body += figure(400 + i * 270, 1000, 260, i % 2 ? "#455a64" : "#33691e");
    for (let i = 0; i < 3; i++) body += `<circle cx="${560 + i * 240}" cy="740" r="26" fill="#ffffff"/>`;
    body += `<circle cx="800" cy="720" r="50" fill="#ef5350"/><circle cx="770" cy="700" r="26" fill="#ffca28"/><circle cx="830" cy="705" r="28" fill="#ec407a"/>`;
    return { defs: "", body };
  },
  /** A village meeting of the Party cell, seen from the back of the room. */
  "sinh-hoat-chi-bo": () => {
    let body = `<rect width="1600" height="1000" fill="#fff8e1"/><rect x="0" y="0" width="1600" height="500" fill="#ffe0b2"/>`;
    body += `<rect x="380" y="80" width="840" height="380" fill="#c62828"/>`;
    body += flag(470, 130, 260) + `<rect x="830" y="130" width="300" height="200" fill="#c62828"/>`;
    body += `<polygon points="${starPoints(980, 230, 70)}" fill="#ffcd00"/>`;
    body += `<rect x="500" y="470" width="600" height="80" fill="#6d4c41"/><rect x="500" y="460" width="600" height="20" fill="#8d6e63"/>`;
    body += `<circle cx="800" cy="440" r="40" fill="#ef5350"/><circle cx="775" cy="425" r="20" fill="#ffca28"/>`;
    body += chairRows(640, 4, "#33691e");
    return { defs: "", body };
  },
  /** A meeting hall prepared for a review conference. */
  "hoi-truong-so-ket": () => {
    let body = `<rect width="1600" height="1000" fill="#efebe9"/><rect x="0" y="0" width="1600" height="460" fill="#b71c1c"/>`;
    body += `<rect x="200" y="60" width="1200" height="260" fill="#c62828"/><rect x="200" y="60" width="1200" height="260" fill="none" stroke="#ffcd00" stroke-width="8"/>`;
    body += flag(300, 110, 230) + `<polygon points="${starPoints(1200, 190, 90)}" fill="#ffcd00"/>`;
    body += `<rect x="160" y="400" width="1280" height="120" fill="#5d4037"/>`;
    for (let i = 0; i < 6; i++) body += figure(300 + i * 200, 420, 160, "#33691e");
    for (let i = 0; i < 6; i++)
      body += `<circle cx="${300 + i * 200}" cy="480" r="24" fill="${i % 2 ? "#ec407a" : "#ffca28"}"/>`;
    body += chairRows(660, 4, "#2e7d32");
    return { defs: "", body };
  },
  /** A stage with flowers and certificates at an awards ceremony. */
  "le-bieu-duong": () => {
    let body = `<rect width="1600" height="1000" fill="#fff3e0"/><rect x="0" y="0" width="1600" height="560" fill="#c62828"/>`;
    const rnd = random(81);
    for (let i = 0; i < 50; i++)
      body += `<circle cx="${r1(rnd() * 1600)}" cy="${r1(rnd() * 500)}" r="${r1(3 + rnd() * 6)}" fill="#ffcd00" opacity="0.7"/>`;
    body += `<polygon points="${starPoints(800, 170, 110)}" fill="#ffcd00"/>`;
    body += `<rect x="0" y="560" width="1600" height="80" fill="#8d6e63"/>`;
    for (let i = 0; i < 7; i++) {
      const x = 230 + i * 190;
      body += figure(x, 600, 260, i % 3 === 1 ? "#ad1457" : "#33691e");
      body += `<rect x="${x - 40}" y="430" width="80" height="60" fill="#fff8e1" stroke="#ffcd00" stroke-width="5"/>`;
      body += `<circle cx="${x + 45}" cy="470" r="24" fill="#ec407a"/><circle cx="${x + 60}" cy="455" r="14" fill="#ffca28"/>`;
    }
    body += chairRows(760, 3, "#6d4c41");
    return { defs: "", body };
  },
  /** A training session outdoors: a presenter and a flip chart without writing. */
  "tap-huan-can-bo": () => {
    let body = `<rect width="1600" height="1000" fill="#e8f5e9"/><rect x="0" y="0" width="1600" height="520" fill="#dcedc8"/>`;
    for (let i = 0; i < 5; i++)
      body += `<rect x="${80 + i * 320}" y="80" width="220" height="280" fill="#b3e5fc"/><rect x="${80 + i * 320}" y="80" width="220" height="280" fill="none" stroke="#a1887f" stroke-width="10"/>`;
    body += `<rect x="1050" y="300" width="360" height="300" fill="#ffffff" stroke="#8d6e63" stroke-width="10"/><rect x="1100" y="360" width="140" height="90" fill="#ffcc80"/><rect x="1260" y="360" width="100" height="180" fill="#a5d6a7"/><rect x="1100" y="470" width="140" height="70" fill="#90caf9"/><line x1="1120" y1="600" x2="1080" y2="760" stroke="#8d6e63" stroke-width="12"/><line x1="1340" y1="600" x2="1380" y2="760" stroke="#8d6e63" stroke-width="12"/>`;
    body += figure(920, 760, 300, "#33691e", "#556b2f");
    body += chairRows(720, 3, "#558b2f");
    return { defs: "", body };
  },
  /** Greenhouses for melons, a new crop. */
  "nha-mang-yen-mo": () => {
    const s = sky("#e1f5fe", "#ffffff");
    let body = s.body + cloud(300, 140, 1) + cloud(1200, 120, 1.2);
    body += karst(91, 560, 140, 260, "#b0c4b1", 7);
    body += `<rect x="0" y="540" width="1600" height="460" fill="#aed581"/>`;
    for (let i = 0; i < 3; i++) {
      const x = 80 + i * 510;
      body += `<path d="M${x} 900 L${x} 700 Q${x + 220} 520 ${x + 440} 700 L${x + 440} 900 Z" fill="#e0f2f1" stroke="#b0bec5" stroke-width="8"/>`;
      for (let k = 1; k < 5; k++)
        body += `<line x1="${x + k * 88}" y1="${k === 1 || k === 4 ? 640 : 600}" x2="${x + k * 88}" y2="900" stroke="#b0bec5" stroke-width="5"/>`;
      for (let k = 0; k < 5; k++)
        body += `<circle cx="${x + 50 + k * 85}" cy="860" r="26" fill="#cddc39"/><circle cx="${x + 50 + k * 85}" cy="860" r="26" fill="none" stroke="#9e9d24" stroke-width="4"/>`;
    }
    body += figure(1540, 990, 220, "#33691e", "#556b2f");
    return { defs: s.defs, body };
  },
  /** Older people learning to use phones for online services. */
  "huong-dan-dich-vu-cong": () => {
    let body = `<rect width="1600" height="1000" fill="#e3f2fd"/><rect x="0" y="700" width="1600" height="300" fill="#bbdefb"/>`;
    body += `<rect x="100" y="100" width="500" height="320" rx="20" fill="#1565c0"/><rect x="130" y="130" width="440" height="260" rx="10" fill="#e1f5fe"/><rect x="170" y="170" width="160" height="80" fill="#90caf9"/><rect x="350" y="170" width="180" height="80" fill="#a5d6a7"/><rect x="170" y="270" width="360" height="80" fill="#ffe082"/>`;
    body += `<rect x="200" y="640" width="1200" height="60" fill="#8d6e63"/>`;
    for (let i = 0; i < 4; i++) {
      const x = 320 + i * 320;
      body += figure(x, 660, 260, i % 2 ? "#ad1457" : "#607d8b");
      body += `<rect x="${x + 30}" y="560" width="50" height="90" rx="10" fill="#263238"/><rect x="${x + 36}" y="568" width="38" height="70" rx="6" fill="#4fc3f7"/>`;
    }
    body += figure(1450, 1000, 300, "#33691e", "#556b2f");
    return { defs: "", body };
  },
  /** A small repair workshop where a mentor works beside a young man. */
  "xuong-nghe-tam-diep": () => {
    let body = `<rect width="1600" height="1000" fill="#eceff1"/><rect x="0" y="0" width="1600" height="560" fill="#cfd8dc"/>`;
    body += `<rect x="120" y="90" width="520" height="300" fill="#90a4ae"/><rect x="140" y="110" width="480" height="260" fill="#b3e5fc"/>`;
    body += `<rect x="760" y="120" width="700" height="24" fill="#8d6e63"/>`;
    for (let i = 0; i < 8; i++) {
      const x = 800 + i * 80;
      body += `<rect x="${x}" y="144" width="10" height="${70 + (i % 3) * 25}" fill="#607d8b"/><circle cx="${x + 5}" cy="${214 + (i % 3) * 25}" r="${14 + (i % 2) * 6}" fill="none" stroke="#455a64" stroke-width="8"/>`;
    }
    body += `<rect x="0" y="560" width="1600" height="440" fill="#a1887f"/>`;
    body += figure(470, 720, 400, "#33691e", "#556b2f") + figure(1160, 720, 390, "#1e88e5");
    body += `<rect x="260" y="620" width="1080" height="60" fill="#6d4c41"/><rect x="300" y="680" width="40" height="260" fill="#5d4037"/><rect x="1260" y="680" width="40" height="260" fill="#5d4037"/>`;
    body += `<circle cx="640" cy="600" r="60" fill="#37474f"/><circle cx="640" cy="600" r="22" fill="#b0bec5"/><rect x="820" y="560" width="220" height="60" rx="10" fill="#1565c0"/><rect x="880" y="540" width="30" height="30" fill="#263238"/>`;
    return { defs: "", body };
  },
  /** A factory run by a veteran, with its workers at the gate. */
  "nha-xuong-doanh-nghiep": () => {
    const s = sky("#bbdefb", "#e3f2fd");
    let body = s.body + cloud(200, 120, 1.1) + cloud(1250, 100, 0.9);
    body += karst(111, 520, 120, 240, "#b0c4b1", 8);
    body += `<rect x="0" y="500" width="1600" height="500" fill="#cfd8dc"/>`;
    body += `<path d="M160 640 L160 320 L400 220 L400 320 L640 220 L640 320 L880 220 L880 320 L1120 220 L1120 640 Z" fill="#90a4ae"/><rect x="1180" y="340" width="300" height="300" fill="#eceff1"/>`;
    for (let i = 0; i < 4; i++) body += `<rect x="${210 + i * 230}" y="420" width="150" height="100" fill="#e1f5fe"/>`;
    for (let i = 0; i < 3; i++) body += `<rect x="${1210 + i * 90}" y="380" width="60" height="70" fill="#b3e5fc"/>`;
    body += `<rect x="1310" y="200" width="6" height="150" fill="#5d4037"/>` + flag(1316, 205, 110, 6);
    body += `<rect x="0" y="640" width="1600" height="360" fill="#b0bec5"/>`;
    for (let i = 0; i < 7; i++)
      body += figure(180 + i * 200, 960, 230, i === 3 ? "#33691e" : "#1565c0", i === 3 ? "#556b2f" : "#fdd835");
    return { defs: s.defs, body };
  },
  /** A village gate in daylight with a self-management team on duty. */
  "cong-lang-yen-thanh": () => {
    const s = sky("#b3e5fc", "#fffde7");
    let body = s.body + sun(1380, 150, 60) + cloud(300, 120, 1);
    body += hills(121, 520, 120, "#aed581") + `<rect x="0" y="600" width="1600" height="400" fill="#9ccc65"/>`;
    body += `<path d="M680 600 L920 600 L1200 1000 L400 1000 Z" fill="#d7ccc8"/>`;
    body += `<rect x="560" y="300" width="70" height="330" fill="#bcaaa4"/><rect x="970" y="300" width="70" height="330" fill="#bcaaa4"/><rect x="520" y="260" width="560" height="70" fill="#a1887f"/><path d="M500 262 L800 190 L1100 262 Z" fill="#8d6e63"/>`;
    body +=
      `<rect x="1100" y="560" width="260" height="140" fill="#fff9c4"/><path d="M1080 560 L1230 480 L1380 560 Z" fill="#c62828"/>` +
      flag(1250, 420, 70, 3);
    body += tree(200, 720, 260, "#2e7d32") + tree(380, 700, 200, "#388e3c") + tree(1480, 740, 240, "#2e7d32");
    body +=
      figure(680, 930, 220, "#33691e", "#556b2f") +
      figure(860, 940, 215, "#33691e", "#556b2f") +
      figure(1010, 920, 200, "#ad1457");
    body += `<rect x="655" y="780" width="50" height="16" fill="#c62828"/><rect x="835" y="790" width="50" height="16" fill="#c62828"/><rect x="985" y="775" width="50" height="16" fill="#c62828"/>`;
    return { defs: s.defs, body };
  },
  /** Paddies and a village at the edge of karst; used for a draft entry only. */
  "lang-que-chung": () => {
    const s = sky("#b3e5fc", "#e1f5fe");
    let body = s.body + cloud(500, 150, 1);
    body += karst(101, 540, 160, 300, "#8fb996", 7);
    body += paddies(102, 560, ["#9ccc65", "#8bc34a"]);
    body += house(200, 600, 180, 110, "#fff9c4", "#bf360c") + house(1250, 600, 180, 110, "#ffe0b2", "#6d4c41");
    return { defs: s.defs, body };
  },
};

type PortraitSpec = {
  background: [string, string];
  shirt: string;
  skin: string;
  hair: string;
  hat?: string;
  long?: boolean;
};

const portraits: Record<string, PortraitSpec> = {
  "chan-dung-1": {
    background: ["#c8e6c9", "#81c784"],
    shirt: "#33691e",
    skin: "#d7a574",
    hair: "#eeeeee",
    hat: "#556b2f",
  },
  "chan-dung-2": { background: ["#f8bbd0", "#f48fb1"], shirt: "#4e6b3a", skin: "#e0b48a", hair: "#3e2723", long: true },
  "chan-dung-3": { background: ["#fff3e0", "#ffcc80"], shirt: "#2e7d32", skin: "#c68c5b", hair: "#bdbdbd" },
  "chan-dung-4": { background: ["#bbdefb", "#64b5f6"], shirt: "#455a64", skin: "#dcae82", hair: "#9e9e9e" },
  "chan-dung-5": {
    background: ["#d1c4e9", "#9575cd"],
    shirt: "#33691e",
    skin: "#d09a6a",
    hair: "#616161",
    hat: "#556b2f",
  },
};

/** An abstract head-and-shoulders silhouette, no face. */
function portrait(spec: PortraitSpec): Drawing {
  const { width, height } = PORTRAIT;
  const defs = `<linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${spec.background[0]}"/><stop offset="1" stop-color="${spec.background[1]}"/></linearGradient>`;
  let body = `<rect width="${width}" height="${height}" fill="url(#bg)"/>`;
  body += `<circle cx="640" cy="180" r="120" fill="#ffffff" opacity="0.18"/>`;
  if (spec.long)
    body += `<path d="M250 420 Q240 240 400 220 Q560 240 550 420 L580 700 L220 700 Z" fill="${spec.hair}"/>`;
  body += `<path d="M80 1000 Q90 760 260 720 L330 690 L470 690 L540 720 Q710 760 720 1000 Z" fill="${spec.shirt}"/>`;
  body += `<path d="M330 690 L400 800 L470 690 Z" fill="#ffffff" opacity="0.25"/>`;
  body += `<rect x="350" y="560" width="100" height="150" rx="30" fill="${spec.skin}"/>`;
  body += `<ellipse cx="400" cy="440" rx="135" ry="165" fill="${spec.skin}"/>`;
  if (spec.hat) {
    body += `<ellipse cx="400" cy="330" rx="210" ry="45" fill="${spec.hat}"/><path d="M245 335 Q250 170 400 160 Q550 170 555 335 Z" fill="${spec.hat}"/><circle cx="400" cy="250" r="26" fill="#ffcd00" opacity="0.9"/>`;
  } else if (spec.long) {
    body += `<path d="M265 420 Q265 270 400 265 Q535 270 535 420 Q500 330 400 320 Q300 330 265 420 Z" fill="${spec.hair}"/>`;
  } else {
    body += `<path d="M268 410 Q262 280 400 270 Q538 280 532 410 Q520 340 400 335 Q280 340 268 410 Z" fill="${spec.hair}"/>`;
  }
  return { defs, body };
}

async function write(name: string, drawing: Drawing, size: { width: number; height: number }): Promise<void> {
  const file = join(OUT_DIR, `${name}.jpg`);
  await sharp(Buffer.from(svg(size.width, size.height, drawing.body, drawing.defs)))
    .jpeg({ quality: 78, mozjpeg: true })
    .toFile(file);
  const kb = Math.round(statSync(file).size / 1024);
  console.log(`${name}.jpg  ${size.width}×${size.height}  ${kb} KB`);
}

mkdirSync(OUT_DIR, { recursive: true });
for (const [name, draw] of Object.entries(scenes)) await write(name, draw(), SCENE);
for (const [name, spec] of Object.entries(portraits)) await write(name, portrait(spec), PORTRAIT);
