import type { FastifyReply, FastifyRequest } from 'fastify';

import type { FormResult } from '@pim/kernel';
import type { FailedSubmit } from '../security/session-store.js';
import { wantsJson, type Admin } from './admin-context.js';

type Failure = Extract<FormResult, { ok: false }>;

/** Where a result leads, and what a failure leaves behind for the page it goes back to. */
export interface ResultRoutes {
  /** The page after a success (the edit page, the list…). */
  readonly next: string;
  /** The page a browser goes back to after a failure. */
  readonly back: string;
  /** What a failed submit keeps for its form (errors, what was typed); absent for actions. */
  readonly keep?: (failure: Failure) => FailedSubmit;
  /** How a browser is told that the record is gone; absent: back with the message. */
  readonly gone?: () => Promise<FastifyReply>;
}

/**
 * Answers a submit, an action or a delete. Scripts get JSON (UnoPim's contract: the message, the
 * next page, the field errors); browsers a 303 redirect (Post/Redirect/Get: a reload never posts
 * again) with the message kept for the page they land on. The admin's own script
 * (`x-pim-fetch`) gets JSON and the message on the next page.
 */
export async function respond(
  request: FastifyRequest,
  reply: FastifyReply,
  admin: Admin,
  result: FormResult,
  routes: ResultRoutes,
): Promise<FastifyReply> {
  const json = wantsJson(request);
  if (result.ok) {
    if (!json || request.headers['x-pim-fetch'] === '1')
      await admin.flashNext({ level: 'success', text: result.message });
    if (!json) return reply.redirect(routes.next, 303);
    return reply.send({ message: result.message, redirect_url: routes.next, details: result.details ?? [] });
  }
  if (json)
    return reply.status(result.status).send({
      message: result.message,
      errors: result.errors,
      ...(result.confirm ? { confirm: result.confirm } : {}),
    });
  if (result.status === 404 && routes.gone) return routes.gone();
  await admin.flashNext({
    level: 'error',
    text: result.message,
    ...(routes.keep ? { form: routes.keep(result) } : {}),
  });
  return reply.redirect(routes.back, 303);
}
