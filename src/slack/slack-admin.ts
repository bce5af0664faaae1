import type { Logger, webApi } from '@slack/bolt';

/**
 * Admin commands are for the user ids in SLACK_ADMIN_USER_IDS and for the workspace's admins and
 * owners. Asked on every admin command, not cached, so a demoted admin loses the right at once.
 * Any failure to ask Slack counts as "not an admin".
 */
export async function isSlackAdmin(client: webApi.WebClient, userId: string, adminIds: readonly string[], logger: Logger): Promise<boolean> {
  if (adminIds.includes(userId)) return true;
  try {
    const { user } = await client.users.info({ user: userId });
    return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
  } catch (error) {
    logger.warn(`users.info for ${userId} failed, treating as not an admin: ${(error as Error).message}`);
    return false;
  }
}
