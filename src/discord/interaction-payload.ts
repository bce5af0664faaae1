import { z } from 'zod';
import type { OptionData } from './interaction-request.ts';

// The parts of Discord's interaction JSON ainews reads; everything else passes unread.

const optionSchema: z.ZodType<OptionData> = z.lazy(() =>
  z.object({
    name: z.string(),
    type: z.number().int(),
    value: z.union([z.string(), z.number(), z.boolean()]).optional(),
    focused: z.boolean().optional(),
    options: z.array(optionSchema).optional(),
  }),
);

const userSchema = z.object({ id: z.string() });

export const interactionPayloadSchema = z.object({
  id: z.string(),
  application_id: z.string().regex(/^\d+$/),
  type: z.number().int(),
  token: z.string().min(1),
  member: z.object({ user: userSchema, permissions: z.string().regex(/^\d+$/) }).optional(),
  user: userSchema.optional(),
  data: z
    .object({
      name: z.string().optional(),
      custom_id: z.string().optional(),
      component_type: z.number().int().optional(),
      options: z.array(optionSchema).optional(),
      resolved: z
        .object({ attachments: z.record(z.string(), z.object({ filename: z.string(), url: z.string(), size: z.number() })).optional() })
        .optional(),
    })
    .optional(),
});

export type InteractionPayload = z.infer<typeof interactionPayloadSchema>;
