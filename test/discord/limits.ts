import { expect } from 'vitest';

interface SentEmbed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
}

export interface SentMessage {
  content?: string;
  embeds?: SentEmbed[];
  components?: { components: { type: number; custom_id?: string; label?: string }[] }[];
  allowed_mentions?: { parse?: string[] };
  flags?: number;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every limit Discord enforces on a message, checked on what was actually sent. */
export function expectWithinDiscordLimits(message: SentMessage): void {
  expect(message.content?.length ?? 0).toBeLessThanOrEqual(2000);
  const embeds = message.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(10);
  let total = 0;
  for (const embed of embeds) {
    const texts = [embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '', ...(embed.fields ?? []).flatMap((f) => [f.name, f.value])];
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(2048);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(256);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(1024);
    }
    for (const text of [...texts, message.content ?? '']) expect(text).not.toMatch(LONE_SURROGATE);
    total += texts.reduce((sum, t) => sum + t.length, 0);
  }
  expect(total).toBeLessThanOrEqual(6000);
  for (const row of message.components ?? []) {
    expect(row.components.length).toBeLessThanOrEqual(5);
    for (const button of row.components) expect(button.custom_id?.length ?? 0).toBeLessThanOrEqual(100);
  }
}
