// Renders scripts/icon.svg to the PNG sizes the stores and browsers ask for
// (public/icon/<size>.png, which WXT puts in the manifest's `icons`). Run after editing the SVG:
//   npx tsx scripts/render-icons.ts
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../tests/e2e/harness/browser';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync('scripts/icon.svg', 'utf8');

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`public/icon/{${SIZES.join(',')}}.png written`);
