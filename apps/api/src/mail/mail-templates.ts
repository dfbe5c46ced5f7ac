import { PASSWORD_RESET_TTL_MINUTES, type MailLocale } from '@crowdstake/domain';

export interface MailContent {
  subject: string;
  text: string;
}

/** The password-reset mail, in the language the person asked in. Plain text: it survives every mail client. */
export function passwordResetMail(locale: MailLocale, input: { name: string; link: string }): MailContent {
  if (locale === 'zh-CN') {
    return {
      subject: '重置您的 Crowdstake 密码',
      text: [
        `${input.name}，您好：`,
        '',
        '我们收到了重置您 Crowdstake 账户密码的请求。请打开以下链接设置新密码：',
        '',
        input.link,
        '',
        `该链接在 ${PASSWORD_RESET_TTL_MINUTES} 分钟内有效，且只能使用一次。设置新密码后，您在所有设备上的登录都会退出。`,
        '',
        '如果这不是您本人的操作，请忽略此邮件，您的密码不会改变。',
        '',
        '— Crowdstake',
      ].join('\n'),
    };
  }
  return {
    subject: 'Reset your Crowdstake password',
    text: [
      `Hello ${input.name},`,
      '',
      'We received a request to reset the password of your Crowdstake account. Open this link to choose a new one:',
      '',
      input.link,
      '',
      `The link works for ${PASSWORD_RESET_TTL_MINUTES} minutes and only once. Setting a new password signs you out on every device.`,
      '',
      'If you did not ask for this, ignore this email: your password stays as it is.',
      '',
      '— Crowdstake',
    ].join('\n'),
  };
}
