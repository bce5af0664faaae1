import type { IncomingMessage, ServerResponse } from 'node:http';
import { ComponentType, InteractionResponseType, InteractionType, Routes, type REST } from 'discord.js';
import type { DiscordMessage } from '../render/discord.ts';
import { answerInteraction, type DiscordDeps } from './answer-interaction.ts';
import { requestFromParts, type DiscordRequest } from './interaction-request.ts';
import { interactionPayloadSchema, type InteractionPayload } from './interaction-payload.ts';
import type { Responder } from './responder.ts';
import { signatureVerifier } from './verify-signature.ts';

export const INTERACTIONS_PATH = '/discord/interactions';

// Interactions are a few kB; anything far larger is not from Discord.
const MAX_BODY_BYTES = 256 * 1024;

/**
 * Discord's interactions endpoint. Every request is verified before it is read; the first response
 * goes back in the HTTP reply and later ones through REST with the interaction's own token, so an
 * instance keeps nothing between requests and any number can share the load.
 */
export function interactionsHandler(publicKeyHex: string, rest: REST, deps: DiscordDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const verify = signatureVerifier(publicKeyHex);
  return (req, res) => {
    void (async () => {
      if ((req.url ?? '').split('?')[0] !== INTERACTIONS_PATH) return sendStatus(res, 404);
      if (req.method !== 'POST') return sendStatus(res, 405);
      const body = await readBody(req);
      if (!body) return sendStatus(res, 413);
      const signature = header(req, 'x-signature-ed25519');
      const timestamp = header(req, 'x-signature-timestamp');
      if (!verify(timestamp, body, signature)) return sendStatus(res, 401);
      const json = parseJson(body);
      if ((json as { type?: unknown } | null)?.type === InteractionType.Ping) return sendJson(res, { type: InteractionResponseType.Pong });
      const parsed = interactionPayloadSchema.safeParse(json);
      if (!parsed.success) return sendStatus(res, 400);
      const payload = parsed.data;
      const request = requestFromPayload(payload);
      if (!request) return sendStatus(res, 400);
      await answerInteraction(request, httpResponder(payload, res, rest), deps);
    })().catch((error: unknown) => {
      deps.log(`discord: interactions endpoint failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) sendStatus(res, 500);
    });
  };
}

export function requestFromPayload(payload: InteractionPayload): DiscordRequest | null {
  const userId = payload.member?.user.id ?? payload.user?.id;
  if (!userId) return null;
  const permissions = payload.member ? BigInt(payload.member.permissions) : null;
  const data = payload.data;
  switch (payload.type) {
    case InteractionType.ApplicationCommand:
      return requestFromParts({
        type: 'command',
        userId,
        permissions,
        commandName: data?.name,
        options: data?.options,
        attachment: (option) => {
          const file = data?.resolved?.attachments?.[String(option.value)];
          return file ? { name: file.filename, url: file.url, size: file.size } : null;
        },
      });
    case InteractionType.ApplicationCommandAutocomplete:
      return requestFromParts({ type: 'autocomplete', userId, permissions, commandName: data?.name, options: data?.options });
    case InteractionType.MessageComponent:
      return data?.component_type === ComponentType.Button ? requestFromParts({ type: 'component', userId, permissions, customId: data.custom_id }) : null;
    default:
      return null;
  }
}

function httpResponder(payload: InteractionPayload, res: ServerResponse, rest: REST): Responder {
  const isButton = payload.type === InteractionType.MessageComponent;
  const original = Routes.webhookMessage(payload.application_id, payload.token, '@original');
  // Interaction webhooks are authorised by the interaction's token, not the bot's.
  const webhook = { auth: false } as const;
  return {
    respond: async (message) => sendJson(res, { type: isButton ? InteractionResponseType.UpdateMessage : InteractionResponseType.ChannelMessageWithSource, data: message }),
    defer: async () => sendJson(res, { type: isButton ? InteractionResponseType.DeferredMessageUpdate : InteractionResponseType.DeferredChannelMessageWithSource }),
    edit: async (message) => {
      await rest.patch(original, { ...webhook, body: editBody(message) });
    },
    notify: async (notice) => sendJson(res, { type: InteractionResponseType.ChannelMessageWithSource, data: notice }),
    failAfterDefer: async (notice) => {
      if (!isButton) await rest.delete(original, webhook);
      await rest.post(Routes.webhook(payload.application_id, payload.token), { ...webhook, body: notice });
    },
    suggest: async (choices) =>
      sendJson(res, { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: choices.map((c) => ({ name: c, value: c })) } }),
  };
}

function editBody(message: DiscordMessage): Omit<DiscordMessage, 'flags'> {
  return { content: message.content ?? '', embeds: message.embeds, components: message.components, allowed_mentions: message.allowed_mentions };
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function header(req: IncomingMessage, name: string): string {
  const value = req.headers[name];
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

function sendJson(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** Status only: a refused request learns nothing about why. */
function sendStatus(res: ServerResponse, status: number): void {
  res.writeHead(status).end();
}
