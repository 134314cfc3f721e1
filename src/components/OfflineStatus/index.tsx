import React, {useCallback, useEffect, useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {OFFLINE_FLAG_KEY} from '../../plugins/offline/flag';
import styles from './styles.module.css';

type Status = 'checking' | 'unsupported' | 'off' | 'saving' | 'ready';

/** The service worker registration of this locale runs in offline mode when its URL says so. */
const isOfflineWorker = (sw: ServiceWorker | null | undefined) => !!sw && decodeURIComponent(sw.scriptURL).includes('"offlineMode":true');

async function readStatus(): Promise<Status> {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return 'unsupported';
  const reg = await navigator.serviceWorker.getRegistration();
  // The reader has just asked for the offline copy and it is fully downloaded, but the
  // previous (online-only) worker still controls the page: switch now. (A waiting worker
  // that replaces an offline one is a new version: the PWA's reload prompt handles it.)
  if (isOfflineWorker(reg?.waiting) && !isOfflineWorker(reg?.active)) reg!.waiting!.postMessage({type: 'SKIP_WAITING'});
  if (isOfflineWorker(reg?.active) && !reg?.installing) return 'ready';
  if (isOfflineWorker(reg?.installing) || isOfflineWorker(reg?.waiting)) return 'saving';
  return 'off';
}

function setFlag(on: boolean): void {
  try {
    if (on) window.localStorage.setItem(OFFLINE_FLAG_KEY, 'on');
    else window.localStorage.removeItem(OFFLINE_FLAG_KEY);
  } catch {
    // Without storage the choice cannot be remembered.
  }
}

const MESSAGES: Record<Status, () => string> = {
  checking: () => translate({id: 'offline.status.checking', message: 'Checking whether this site is saved on this device…', description: 'Offline status while checking'}),
  unsupported: () =>
    translate({id: 'offline.status.unsupported', message: 'This browser cannot keep the site offline (it needs a recent browser and a secure https address). Use the PDF downloads below instead.', description: 'Offline status: not supported'}),
  off: () => translate({id: 'offline.status.off', message: 'Not saved for offline use on this device.', description: 'Offline status: not enabled'}),
  saving: () => translate({id: 'offline.status.saving', message: 'Saving the site on this device… Keep this page open until it says ready.', description: 'Offline status: downloading'}),
  ready: () => translate({id: 'offline.status.ready', message: 'Ready offline: every page, quiz and PDF of this language is saved on this device.', description: 'Offline status: ready'}),
};

/** In the USB edition (no service worker from file://) the whole site already is on the device. */
function UsbEditionStatus() {
  return (
    <div className={`${styles.box} ${styles.ready}`} data-testid="offline-status" data-status="usb">
      <p className={styles.message}>
        <Translate id="offline.status.usb" description="Offline status in the USB edition, opened from a folder">
          You are using the USB edition: every page, quiz and PDF of this language is already in this folder, and works without a network. Nothing needs to be saved.
        </Translate>
      </p>
    </div>
  );
}

/** Shows whether this locale is saved for offline use and lets the reader turn it on or off. */
export default function OfflineStatus() {
  const {siteConfig} = useDocusaurusContext();
  return siteConfig.customFields?.edition === 'usb' ? <UsbEditionStatus /> : <WebsiteOfflineStatus />;
}

function WebsiteOfflineStatus() {
  const [status, setStatus] = useState<Status>('checking');
  const refresh = useCallback(() => void readStatus().then(setStatus), []);

  useEffect(() => {
    refresh();
    if (!('serviceWorker' in navigator)) return undefined;
    navigator.serviceWorker.addEventListener('controllerchange', refresh);
    const timer = window.setInterval(refresh, 1500);
    return () => {
      navigator.serviceWorker.removeEventListener('controllerchange', refresh);
      window.clearInterval(timer);
    };
  }, [refresh]);

  const change = (on: boolean) => {
    setFlag(on);
    // A full reload lets the PWA register its service worker in the chosen mode.
    window.location.reload();
  };

  return (
    <div className={`${styles.box} ${styles[status]}`} data-testid="offline-status" data-status={status}>
      <p role="status" aria-live="polite" className={styles.message}>
        {MESSAGES[status]()}
      </p>
      {status === 'off' && (
        <button type="button" className="button button--primary" onClick={() => change(true)}>
          <Translate id="offline.enable" description="Button that saves the site for offline use">Make this site available offline</Translate>
        </button>
      )}
      {(status === 'ready' || status === 'saving') && (
        <button type="button" className="button button--secondary" onClick={() => change(false)}>
          <Translate id="offline.disable" description="Button that removes the offline copy">Remove the offline copy</Translate>
        </button>
      )}
    </div>
  );
}
