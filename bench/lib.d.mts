import type { Browser, BrowserContext, Page } from '@playwright/test';

export function serveApp(port: number): Promise<{ base: string; stop: () => void }>;
export function launchChromium(): Promise<{ browser: Browser; context: BrowserContext; page: Page }>;
export function machineLine(browser: Browser): string;
