import fs from 'node:fs';
import { Browser, chromium } from 'playwright-core';

/** Debian's chromium package; .ci/run installs it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launches headless Chromium. Without Chromium this throws (the browser tests fail, never skip).
 * The flags keep it from reaching for the network, which this machine does not have and
 * on which Chromium otherwise stalls. playwright gives each launch a fresh temporary profile
 * (--user-data-dir) of its own.
 */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install -y chromium, as .ci/run does) or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A 1366×768 office screen. */
export const OFFICE_SCREEN = { width: 1366, height: 768 };

/** A phone held upright (390×844 CSS pixels). */
export const PHONE_SCREEN = { width: 390, height: 844 };
