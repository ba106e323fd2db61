// Calls one operation from a service's Swagger UI in Chromium, as a newcomer would: Authorize with a
// bearer token, expand the operation, "Try it out", fill the path parameters, "Execute".
// Prints one JSON line: {"status": <HTTP status Swagger UI shows>, "curl": "..."}.
// usage: node swagger-ui-call.mjs <baseUrl> <token> <operationId> [name=value ...]
import { chromium } from 'playwright-core';

const [baseUrl, token, operationId, ...params] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/swagger-ui/index.html`, { waitUntil: 'networkidle' });
  await page.click('button.authorize');
  await page.fill('.modal-ux input[type=text], .modal-ux input:not([type])', token);
  await page.click('.modal-ux button.modal-btn.auth.authorize');
  await page.click('.modal-ux button.btn-done, .modal-ux button.close-modal');
  const op = page.locator(`[id$="-${operationId}"].opblock`).first();
  await op.locator('.opblock-summary').first().click();
  await op.locator('button.try-out__btn').click();
  for (const p of params) {
    const [name, value] = p.split('=');
    await op.locator(`tr[data-param-name="${name}"] input`).fill(value);
  }
  await op.locator('button.execute').click();
  const status = op.locator('.live-responses-table tr.response .response-col_status').first();
  await status.waitFor({ timeout: 20000 });
  const curl = await op.locator('.curl-command .curl, .curl-command textarea, .curl-command pre').first().innerText().catch(() => '');
  const shown = (await status.innerText()).trim();
  console.log(JSON.stringify({ status: parseInt(shown, 10), shown, curl }));
} finally {
  await browser.close();
}
