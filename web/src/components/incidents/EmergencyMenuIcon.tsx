/**
 * The emergency area's menu icon: a red badge with the unread urgent alerts, and a sound when
 * a new one arrives, on every console page (the side menu is always there). It reads the
 * same notifications the bell shows, a little more often.
 */
import { AlertOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api } from '../../api/client';
import type { Notifications } from '../../api/types';
import { t } from '../../locales';

/** Three short two-tone beeps, made on the spot: no sound file to load. */
function beep() {
  const AudioContextClass = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!AudioContextClass) return;
  const audio = new AudioContextClass();
  // Browsers keep sound off until the user has used the page; after the login click it is allowed.
  void audio.resume().catch(() => undefined);
  for (let i = 0; i < 3; i++) {
    for (const [offset, frequency] of [
      [0, 880],
      [0.15, 660],
    ] as const) {
      const start = audio.currentTime + i * 0.4 + offset;
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.25, start);
      gain.gain.exponentialRampToValueAtTime(0.001, start + 0.14);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start);
      oscillator.stop(start + 0.15);
    }
  }
  setTimeout(() => void audio.close().catch(() => undefined), 2000);
}

/** The menu gives its icon a class (spacing, collapsed size); it goes on the outer element. */
export default function EmergencyMenuIcon({ className }: { className?: string }) {
  const list = useQuery({
    queryKey: ['notifications'],
    queryFn: () => api<Notifications>('/notifications', { background: true }),
    refetchInterval: 15_000,
  });
  const urgent = (list.data?.items ?? []).filter((n) => n.severity === 'urgent' && !n.readAt);
  const heard = useRef<Set<number> | null>(null);

  useEffect(() => {
    if (!list.data) return;
    const ids = urgent.map((n) => n.id);
    const fresh = heard.current === null ? ids : ids.filter((id) => !heard.current!.has(id));
    heard.current = new Set(ids);
    if (fresh.length > 0) beep();
  }, [list.data]);

  const label = urgent.length ? t('incidents.urgent.label', { count: urgent.length }) : undefined;
  return (
    <span className={className} style={{ position: 'relative', display: 'inline-flex' }} title={label}>
      <AlertOutlined style={{ color: urgent.length ? '#ff4d4f' : undefined }} aria-label={label} />
      {urgent.length > 0 && (
        <span
          data-testid="urgent-alerts"
          style={{
            position: 'absolute',
            top: -9,
            right: -12,
            minWidth: 14,
            height: 14,
            padding: '0 3px',
            borderRadius: 7,
            background: '#f5222d',
            color: '#fff',
            fontSize: 10,
            lineHeight: '14px',
            textAlign: 'center',
            boxShadow: '0 0 0 1px #fff',
          }}
        >
          {urgent.length}
        </span>
      )}
    </span>
  );
}
