let context: AudioContext | null = null;

/** A short tone at the desk: high for a check-in, low and double for a warning or an unknown badge. */
export function playConfirmation(kind: 'ok' | 'warning'): void {
  try {
    context ??= new AudioContext();
    const tones =
      kind === 'ok'
        ? [[880, 0]]
        : [
            [220, 0],
            [220, 0.18],
          ];
    for (const [frequency, delay] of tones) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = frequency!;
      gain.gain.value = 0.08;
      oscillator.connect(gain).connect(context.destination);
      const start = context.currentTime + delay!;
      oscillator.start(start);
      oscillator.stop(start + 0.12);
    }
  } catch {
    // No audio device (or not allowed yet): the visual confirmation stands alone.
  }
}
