// The app's icons by name, so pages and navigation always agree.

import BookOpen from '@lucide/svelte/icons/book-open';
import ClipboardCheck from '@lucide/svelte/icons/clipboard-check';
import Globe from '@lucide/svelte/icons/globe';
import HandHeart from '@lucide/svelte/icons/hand-heart';
import House from '@lucide/svelte/icons/house';
import Package from '@lucide/svelte/icons/package';
import Settings from '@lucide/svelte/icons/settings';
import Users from '@lucide/svelte/icons/users';
import Lock from '@lucide/svelte/icons/lock';
import KeyRound from '@lucide/svelte/icons/key-round';
import TriangleAlert from '@lucide/svelte/icons/triangle-alert';
import ShieldCheck from '@lucide/svelte/icons/shield-check';
import ArrowLeft from '@lucide/svelte/icons/arrow-left';
import Check from '@lucide/svelte/icons/check';
import CloudUpload from '@lucide/svelte/icons/cloud-upload';

export const icons = {
  home: House,
  portal: BookOpen,
  'self-check': ClipboardCheck,
  assist: HandHeart,
  friends: Users,
  packs: Package,
  settings: Settings,
  language: Globe,
  lock: Lock,
  key: KeyRound,
  alert: TriangleAlert,
  shield: ShieldCheck,
  back: ArrowLeft,
  check: Check,
  sync: CloudUpload,
};

export type IconName = keyof typeof icons;
