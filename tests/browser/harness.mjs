// Shared by the browser tests: a static file server for dist/ (plain files, as any static host
// would serve them) and a headless Chromium from Debian, driven by playwright-core.
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const distDir = process.env.TARIKH_DIST_DIR || path.join(repoRoot, 'dist');
export const artifactsDir = path.join(repoRoot, 'tests/artifacts');

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.ttf': 'font/ttf',
  '.json': 'application/json',
};

// Serves `root` on 127.0.0.1 at a free port; resolves to {origin, close()}.
export async function serveStatic(root) {
  const server = createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = path.join(root, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
    if (!file.startsWith(root + path.sep)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': MIME[path.extname(file)] || 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// Debian's Chromium, headless with software WebGL2 (SwiftShader), in a fresh profile.
export async function launchChromium() {
  const profile = await mkdtemp(path.join(tmpdir(), 'tarikh-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--headless', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    close: async () => { await context.close(); await rm(profile, { recursive: true, force: true }); },
  };
}

export async function saveArtifact(name, bytes) {
  await mkdir(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, name);
  await writeFile(file, bytes);
  return file;
}

// Decodes an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium's screenshots are) into
// {width, height, channels, pixels}.
export function decodePng(png) {
  let pos = 8, width = 0, height = 0, channels = 0;
  const idat = [];
  while (pos < png.length) {
    const length = png.readUInt32BE(pos);
    const type = png.toString('ascii', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, colorType, interlace] = [data[8], data[9], data[12]];
      if (depth !== 8 || interlace !== 0 || (colorType !== 2 && colorType !== 6)) {
        throw new Error(`unsupported PNG: depth ${depth}, color type ${colorType}, interlace ${interlace}`);
      }
      channels = colorType === 6 ? 4 : 3;
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    pos += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      pixels[y * stride + x] = (v + predictor) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

// The shared material (corpus, gold) beside the repo, as CI clones it.
export const sharedDir = process.env.TARIKH_SHARED || path.join(repoRoot, '..', 'shared');

// Serves dist/, opens the page in a fresh Chromium and waits for the canvas module. Records
// console errors and any request that leaves the page's origin, for the tests to check.
export async function openApp({ colorScheme = 'dark', viewport } = {}) {
  const server = await serveStatic(distDir);
  const browser = await launchChromium();
  const page = await browser.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme });
  const consoleErrors = [], foreignRequests = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  browser.context.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin !== server.origin && url.protocol !== 'data:') foreignRequests.push(req.url());
  });
  await page.goto(`${server.origin}/`);
  await page.evaluate(() => window.tarikh.ready);
  return {
    page, server, consoleErrors, foreignRequests,
    close: async () => { await browser.close(); await server.close(); },
  };
}

// How many pixels differ between two same-sized screenshots (any channel by more than 8).
export function pixelDifference(a, b) {
  const [pa, pb] = [decodePng(a), decodePng(b)];
  if (pa.width !== pb.width || pa.height !== pb.height) return Infinity;
  let differing = 0;
  for (let i = 0; i < pa.pixels.length; i += pa.channels) {
    for (let c = 0; c < 3; c++) {
      if (Math.abs(pa.pixels[i + c] - pb.pixels[i + c]) > 8) { differing++; break; }
    }
  }
  return differing;
}

// The horizontal extent of the "ink" in a screenshot: columns with a pixel far from the
// top-left (background) colour. Returns {left, right, width}.
export function inkExtent(png) {
  const { width, height, channels, pixels } = decodePng(png);
  const bg = [pixels[0], pixels[1], pixels[2]];
  let left = width, right = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * channels;
      if (Math.abs(pixels[i] - bg[0]) + Math.abs(pixels[i + 1] - bg[1]) + Math.abs(pixels[i + 2] - bg[2]) > 120) {
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  return { left, right, width: right >= left ? right - left + 1 : 0 };
}
