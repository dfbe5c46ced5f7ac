import type { ErrorCode } from '@crowdstake/domain';

/**
 * Every API error code (`code`) and every field-error code (`details[].code`) in both languages.
 * Typed as complete records over the domain's lists, so a new code cannot build without its
 * words (and i18n/api-messages.spec.ts checks the bundles at run time too). The server's English
 * sentence is only a last resort for a code an older web does not know yet.
 *
 * Field wordings take the detail's `params` ({{minimum}}, {{maximum}}, …); money params arrive
 * already formatted in the reader's format (api/describe-api-error.ts).
 */
type ApiErrorMessages = Record<ErrorCode, string>;

export const apiErrorsEn: ApiErrorMessages = {
  validation_failed: 'Some fields need your attention.',
  unauthenticated: 'Please sign in to continue.',
  forbidden: 'Your account cannot do this.',
  csrf_failed: 'Your session needs a refresh. Reload the page and try again.',
  account_suspended: 'This account is suspended. Contact support if you think this is a mistake.',
  not_found: 'We could not find what you were looking for.',
  conflict: 'Someone changed this at the same time. Reload the page to see the latest version.',
  invalid_transition: 'This can no longer be done: its status has changed. Reload the page to see it.',
  email_taken: 'An account with this email already exists. Sign in instead, or use another email.',
  idempotency_key_reused: 'This attempt was already sent with other choices. Press the button again to send it anew.',
  idempotency_key_in_use: 'This was already sent and is still being carried out. Try again in a moment.',
  cap_reached: 'The campaign has reached its maximum. It takes no more pledges.',
  tier_sold_out: 'This reward has just sold out. Choose another reward.',
  campaign_not_live: 'This campaign is not taking pledges right now.',
  cancel_window_closed: 'The cancellation window has closed: this pledge is final.',
  second_reviewer_required: 'A second reviewer must approve this; the same person cannot decide it twice.',
  conflict_of_interest: 'You cannot review this campaign: you are connected to the company.',
  payload_too_large: 'This is too large to send. Choose a smaller file or shorten the text.',
  unsupported_media_type: 'This kind of file is not accepted.',
  investor_profile_required: 'Before investing, state your income and net worth in your investor profile.',
  investment_limit_exceeded: 'This is over your investment limit.',
  risk_not_acknowledged: 'Tick the box to confirm you read the risks.',
  checklist_incomplete: 'Confirm every item of the checklist before approving.',
  card_declined: 'Your card was declined. Nothing was taken. Try another card.',
  too_many_requests: 'Too many attempts. Wait a few minutes and try again.',
  internal_error: 'Something went wrong on our side. Please try again.',
  service_unavailable: 'Crowdstake is briefly unavailable. Please try again in a moment.',
};

export const apiErrorsZhCN: ApiErrorMessages = {
  validation_failed: '有些内容需要您修改。',
  unauthenticated: '请先登录。',
  forbidden: '您的账户无权执行此操作。',
  csrf_failed: '会话需要刷新。请重新加载页面后重试。',
  account_suspended: '此账户已被停用。如您认为有误，请联系客服。',
  not_found: '找不到您要查找的内容。',
  conflict: '有人同时修改了此内容。请重新加载页面查看最新版本。',
  invalid_transition: '状态已变化，此操作无法再进行。请重新加载页面查看。',
  email_taken: '该电子邮箱已注册。请直接登录，或使用其他电子邮箱。',
  idempotency_key_reused: '这次提交已用其他选项发送过。请再按一次按钮重新提交。',
  idempotency_key_in_use: '这次提交已发送，仍在处理中。请稍后再试。',
  cap_reached: '该项目已达到筹款上限，不再接受认筹。',
  tier_sold_out: '这个回报刚刚售罄，请选择其他回报。',
  campaign_not_live: '该项目目前不接受认筹。',
  cancel_window_closed: '取消期限已过：这笔认筹已不可撤销。',
  second_reviewer_required: '需要第二位审核员批准；同一人不能重复决定。',
  conflict_of_interest: '您与该公司有关联，不能审核此项目。',
  payload_too_large: '内容过大，无法发送。请选择较小的文件或缩短文字。',
  unsupported_media_type: '不接受此类文件。',
  investor_profile_required: '投资前，请先在投资者资料中填写收入和净资产。',
  investment_limit_exceeded: '超出了您的投资限额。',
  risk_not_acknowledged: '请勾选方框，确认您已阅读风险提示。',
  checklist_incomplete: '批准前请确认核查清单中的每一项。',
  card_declined: '您的银行卡被拒绝，未扣任何款项。请换一张卡。',
  too_many_requests: '尝试次数过多，请几分钟后再试。',
  internal_error: '我们这边出了问题，请重试。',
  service_unavailable: 'Crowdstake 暂时无法使用，请稍后再试。',
};
